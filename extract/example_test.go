package extract_test

import (
	"errors"
	"fmt"
	"strings"
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

// Read the articles of a JSON array whose members have other names, as
// Timeline17's do, counting the bad ones as they come rather than
// keeping them.
func ExampleReadArticles() {
	input := `[
  {"uid": "558", "dct": "2009-04-25", "text": "The virus has killed at least 60 people in Mexico."},
  {"uid": "559", "dct": "2009-04-31", "text": "An impossible date."},
  {"uid": "560", "dct": "2009-04-27", "text": ""}
]`
	o := extract.ReadOptions{
		Fields: extract.Fields{ID: "uid", Date: "dct"},
		Report: func(e *extract.InputError) {
			if errors.Is(e, extract.ErrEmptyArticle) {
				fmt.Println("skipped:", e)
				return
			}
			fmt.Println("bad:", e)
		},
	}
	err := extract.ReadArticles("articles.json", strings.NewReader(input), o, func(a extract.Article) error {
		fmt.Println(a.ID, a.Date.Format(time.DateOnly), a.Text)
		return nil
	})
	fmt.Println("stopped by:", err)
	// Output:
	// 558 2009-04-25 The virus has killed at least 60 people in Mexico.
	// bad: articles.json:3:3: invalid date "2009-04-31": impossible date, April 2009 has 30 days
	// skipped: articles.json:4:3: empty article
	// stopped by: <nil>
}
