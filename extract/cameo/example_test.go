package cameo_test

import (
	"fmt"

	"github.com/chronicle-kg/chronicle/extract/cameo"
)

func ExampleRootOf() {
	for _, code := range []string{"043", "138", "173"} {
		r := cameo.RootOf(code)
		fmt.Printf("%s: %s (%s), hostile %t, uses force %t, meeting %t\n", code, r.Name(), r.Plover(), r.Hostile(), r.UsesForce(), cameo.IsMeeting(code))
	}
	fmt.Println("intending to consult:", cameo.Consult.Intent(), "threatening to fight:", cameo.Fight.Threat())
	// Output:
	// 043: consult (CONSULT), hostile false, uses force false, meeting true
	// 138: threaten (THREATEN), hostile false, uses force false, meeting false
	// 173: coerce (COERCE), hostile true, uses force true, meeting false
	// intending to consult: 036 threatening to fight: 138
}
