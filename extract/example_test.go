package extract_test

import (
	"fmt"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
)

// Extract one article: its time expressions resolve against the
// publication date, and its events carry participants, a date and a
// modality.
func ExampleExtract() {
	a := extract.Article{
		ID:   "example",
		Date: time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC),
		Text: "The Russian Defense Ministry said on Saturday that troops had returned to their bases. " +
			"Russia and NATO plan to hold a meeting on January 12.",
	}
	r := extract.Extract(a)
	for _, t := range r.Timex {
		fmt.Println(t.Text, "=", t.Value)
	}
	for _, e := range r.Events {
		fmt.Print(e.Type, " ", e.Date, " ", e.Modality)
		for _, p := range e.Actors {
			fmt.Printf(" %s (%s, %s)", p.Name, p.Role, p.Code)
		}
		fmt.Println()
	}
	// Output:
	// Saturday = 2021-12-25
	// January 12 = 2022-01-12
	// statement 2021-12-25 asserted Russian Defense Ministry (source, RUSGOVMIL)
	// withdraw 2021-12-25 asserted Russia (source, RUS)
	// meet 2022-01-12 planned Russia (participant, RUS) NATO (participant, IGOWSTNAT)
}
