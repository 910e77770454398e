package clusters_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/clusters"
)

func Example() {
	c, err := clusters.Load(strings.NewReader("May\t01\nmay\t101\nsaid\t100\nthe\t00\ntold\t100\n"))
	if err != nil {
		panic(err)
	}
	for _, w := range []string{"The", "said", "told", "May", "may", "wrote"} {
		k := c.Of(w)
		fmt.Printf("%-5s cluster %d %q, its 2-bit prefix %d %q\n", w, k, c.Path(k), c.Prefix(k, 2), c.Path(c.Prefix(k, 2)))
	}
	// Output:
	// The   cluster 4 "00", its 2-bit prefix 4 "00"
	// said  cluster 7 "100", its 2-bit prefix 6 "10"
	// told  cluster 7 "100", its 2-bit prefix 6 "10"
	// May   cluster 5 "01", its 2-bit prefix 5 "01"
	// may   cluster 8 "101", its 2-bit prefix 6 "10"
	// wrote cluster 0 "", its 2-bit prefix 0 ""
}
