package timex_test

import (
	"fmt"
	"time"

	"github.com/chronicle-kg/chronicle/extract/timex"
)

func ExampleFind() {
	dct := time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC)
	text := "Officials said on Saturday that Russia and NATO will meet on January 12, nearly two years after their last talks."
	for _, t := range timex.Find(text, dct) {
		fmt.Printf("%-18q %-8s %-10s %s..%s\n", t.Text, t.Type, t.Value, t.FirstDay, t.LastDay)
	}
	// Output:
	// "Saturday"         DATE     2021-12-25 2021-12-25..2021-12-25
	// "January 12"       DATE     2022-01-12 2022-01-12..2022-01-12
	// "nearly two years" DURATION P2Y        ..
}
