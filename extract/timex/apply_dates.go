package timex

import (
	"fmt"
	"strings"

	"github.com/olebedev/when/rules"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// The appliers of the rules that name a place on the calendar, with or
// without its year: months, years, decades, centuries, seasons, quarters.

// monthYear reads "March 2019".
func monthYear(m *rules.Match, f *frame) bool {
	mo, y := monthOf(m.Text), atoi(m.Captures[len(m.Captures)-1])
	if mo == 0 || !plausibleYear(y) {
		return false
	}
	f.year, f.month, f.gran = y, mo, granMonth
	return true
}

// monthRule reads a bare month, "March", which tense places.
func monthRule(m *rules.Match, f *frame) bool {
	f.month, f.gran, f.byTense = monthOf(m.Text), granMonth, true
	return f.month != 0
}

// year reads "1995".
func year(m *rules.Match, f *frame) bool {
	f.year, f.gran = atoi(m.Text), granYear
	return true
}

// fiscalYear reads "fiscal 1989", "fiscal year 1990".
func fiscalYear(m *rules.Match, f *frame) bool {
	f.year, f.gran = atoi(m.Captures[1]), granYear
	return true
}

// decade reads "the 1990s".
func decade(m *rules.Match, f *frame) bool {
	f.year, f.gran = atoi(m.Captures[1]+m.Captures[2]+"0"), granDecade
	return true
}

// decadeShort reads "the 70s": which century's, the reference date
// decides (see frame.resolve).
func decadeShort(m *rules.Match, f *frame) bool {
	f.shortDecade, f.gran = atoi(m.Captures[1]), granDecade
	return true
}

// yearWords reads a year in words: "nineteen ninety-six".
func yearWords(m *rules.Match, f *frame) bool {
	n, ok := numberWords[strings.ToLower(m.Captures[1])]
	if !ok {
		n, ok = highTens[strings.ToLower(m.Captures[1])]
	}
	if !ok {
		return false
	}
	f.year, f.gran = 1900+n+numberWords[strings.ToLower(m.Captures[2])], granYear
	return true
}

// century reads "the 20th century".
func century(m *rules.Match, f *frame) bool {
	n := atoi(m.Captures[1])
	f.value = fmt.Sprintf("%02d", n-1)
	return n >= 1 && n <= 22
}

// decadeWords reads "the nineties", a decade of the 1900s.
func decadeWords(m *rules.Match, f *frame) bool {
	f.value = fmt.Sprintf("19%d", decadeNames[strings.ToLower(m.Captures[1])])
	return true
}

// seasonYear reads "spring 1990", "winter of 2021".
func seasonYear(m *rules.Match, f *frame) bool {
	f.season, f.year, f.gran = seasonWords[strings.ToLower(m.Captures[1])], atoi(m.Captures[2]), granSeason
	return plausibleYear(f.year)
}

// theSeason reads "the summer", placed in the past or future by the tense
// of its clause.
func theSeason(m *rules.Match, f *frame) bool {
	f.season, f.gran, f.byTense = seasonWords[strings.ToLower(m.Captures[1])], granSeason, true
	return f.season != 0
}

// modified reads a month, year, decade or relative unit with a modifier:
// "early 2022", "the late 1970s", "mid-January", "late last year", "the
// end of the month".
func modified(m *rules.Match, f *frame) bool {
	c := m.Captures
	mod, rel, what := modWords[strings.ToLower(c[1])], strings.ToLower(c[2]), strings.ToLower(c[3])
	f.mod = mod
	if len(what) == 4 && text.IsDigit(what[0]) {
		f.year, f.gran = atoi(what), granYear
		return plausibleYear(f.year)
	}
	if len(what) == 5 && text.IsDigit(what[0]) { // "the late 1970s"
		f.year, f.gran = atoi(what[:4]), granDecade
		return plausibleYear(f.year)
	}
	if mo := monthOf(what); mo != 0 {
		f.month, f.gran, f.byTense = mo, granMonth, true
		return true
	}
	switch what {
	case "yesterday", "today", "tomorrow":
		f.gran, f.relative, f.rel = granDay, true, map[string]int{"yesterday": -1, "tomorrow": 1}[what]
		return true
	}
	g, ok := unitGran[what]
	if !ok {
		return false
	}
	f.gran, f.relative = g, true
	switch rel {
	case "last", "past":
		f.rel = -1
	case "next":
		f.rel = 1
	}
	return true
}

// quarter reads "the third quarter", "third-quarter", "the first quarter
// of 2022", "the latest quarter", "last year's third quarter".
func quarter(m *rules.Match, f *frame) bool {
	c := m.Captures
	if c[4] != "" { // "this year's third quarter"
		f.gran, f.quarter, f.yearRel = granQuarter, ordinals[strings.ToLower(c[5])], map[string]int{"last": -1, "next": 1}[strings.ToLower(c[4])]
		f.useYearRel = true
		return true
	}
	which, q := strings.ToLower(c[1]), ordinals[strings.ToLower(c[2])]
	f.gran = granQuarter
	if q == 0 {
		// "the quarter", "the latest quarter": the last one reported on
		if which == "" && !strings.HasPrefix(strings.ToLower(m.Text), "the") {
			return false
		}
		f.relative, f.rel = true, -1
		switch which {
		case "current", "this":
			f.rel = 0
		case "next":
			f.rel = 1
		case "year-ago", "year-earlier":
			f.rel = -5
		}
		return true
	}
	f.quarter = q
	if y := c[3]; y != "" {
		f.year = atoi(y)
	} else {
		f.byTense, f.tense = true, text.Past // quarters are reported when done
	}
	if which == "year-ago" || which == "year-earlier" {
		f.shiftYear = -1 // "the year-ago third quarter"
	}
	return true
}

// yearQuarter reads "the 1988 second quarter" and "the 1988 period": a
// year's quarter, which without its ordinal is the quarter under
// discussion.
func yearQuarter(m *rules.Match, f *frame) bool {
	f.year, f.gran = atoi(m.Captures[1]), granQuarter
	f.quarter = ordinals[strings.ToLower(m.Captures[2])]
	if f.quarter == 0 {
		f.quarterOfContext = true
	}
	return true
}

// period reads the reporting periods "the latest period" (the last
// quarter) and "the year-ago period" (that quarter a year before).
func period(m *rules.Match, f *frame) bool {
	f.gran, f.relative, f.rel = granQuarter, true, -1
	if w := strings.ToLower(m.Captures[1]); w != "latest" {
		f.rel, f.yearAgoPeriod = -5, true
	}
	return true
}
