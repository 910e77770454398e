package timex

import (
	"fmt"
	"time"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// A granularity is the unit a date value names.
type granularity uint8

// Granularities, from none and the finest to the coarsest.
const (
	granNone granularity = iota
	granTime
	granDay
	granWeekend
	granWeek
	granMonth
	granSeason
	granQuarter
	granYear
	granDecade
	granCentury
)

// A frame is what the rules learn of one expression before it is given a
// value: olebedev/when's context (absolute fields and a relative duration)
// and what TIMEX3 needs beyond it.
type frame struct {
	year, month, day, hour, minute int // 0 when unset (month and day are 1-based)
	hasHour                        bool
	gran                           granularity
	quarter, season                int // 1-4; season 1 spring … 4 winter
	rel                            int // offset in units of gran from the anchor
	relative                       bool
	byTense                        bool       // a bare weekday or month-day: tense picks past or future
	tense                          text.Tense // with byTense: a tense the words force ("last April"), else tenseNone
	needWeekday                    bool       // weekday set by our rule: its forward offset is computed at resolution
	part                           string     // MO, AF, EV, NI: a part of the day
	yearShift                      bool       // "a year ago", "last year": in a report on quarters, the same quarter a year before
	yearRel                        int        // with useYearRel, the year relative to the anchor's: "last year's third quarter"
	useYearRel                     bool
	shiftYear                      int  // added to the year tense chose: "the year-ago third quarter"
	strict                         bool // "last April": never the current month
	quarterOfContext               bool // "the 1988 quarter": the quarter under discussion, in that year
	yearAgoPeriod                  bool // "the year-ago period": the quarter under discussion, a year before
	weekday                        int  // 0 Sunday … 6 Saturday, with byTense
	mod                            string
	value                          string // a literal value: PAST_REF, P3D, XXXX-WXX-1
	typ                            Type
	anchorLast                     bool        // "the following day": anchored to the last date mentioned
	clip                           int         // -1: "earlier this month" ends at the anchor; +1: "later this month" begins there
	recent                         granularity // "in recent months": the last few of these units before the anchor
	shortDecade                    int         // "the 70s": 7, the decade of the latest century that puts it no later than the reference date
}

// seasonCodes are the TIMEX3 codes of the seasons, by seasonWords' number.
var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// resolve renders the frame as a TIMEX3 value, with the first and last
// day it covers, against the reference date ref.
func (f *frame) resolve(ref time.Time) (value, begin, finish string) {
	if f.value != "" {
		if f.value == "PAST_REF" {
			return f.value, f.recentBegin(ref), day(ref)
		}
		return f.value, "", ""
	}
	if f.shortDecade != 0 {
		dec := ref.Year()/100*100 + 10*f.shortDecade
		if dec > ref.Year() {
			dec -= 100 // "the 70s" said in 2024: the 1970s
		}
		f.year = dec
	}
	d := f.date(ref)
	if d.Year() < 1 || d.Year() > 9999 {
		return "", "", "" // "100000 years ago" is no calendar year
	}
	switch f.gran {
	case granTime:
		return f.timeValue(d)
	case granDay:
		dd := day(d)
		return dd, dd, dd
	case granWeekend, granWeek:
		return f.weekValue(d)
	}
	value, first, last := f.period(d)
	if value == "" {
		return "", "", ""
	}
	begin, finish = narrow(first, last, f.mod)
	return value, begin, finish
}

// timeValue renders a time of day on day d: 2022-01-12T10:30, or with a
// part of the day 2022-01-12TMO.
func (f *frame) timeValue(d time.Time) (value, begin, finish string) {
	dd := day(d)
	if f.part != "" {
		return dd + "T" + f.part, dd, dd
	}
	value = fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", d.Year(), d.Month(), d.Day(), f.hour, f.minute)
	return value, dd, dd
}

// weekValue renders the week or weekend of day d: 2022-W02, 2022-W02-WE.
func (f *frame) weekValue(d time.Time) (value, begin, finish string) {
	y, w := d.ISOWeek()
	value = fmt.Sprintf("%04d-W%02d", y, w)
	mon := d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	if f.gran == granWeekend {
		return value + "-WE", day(mon.AddDate(0, 0, 5)), day(mon.AddDate(0, 0, 6))
	}
	return value, day(mon), day(mon.AddDate(0, 0, 6))
}

// period renders the month, quarter, season, year, decade or century that
// holds day d, with its first and last day before a modifier narrows
// them; value is "" for a frame of no such granularity.
func (f *frame) period(d time.Time) (value string, first, last time.Time) {
	switch f.gran {
	case granMonth:
		first = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
		return first.Format("2006-01"), first, first.AddDate(0, 1, -1)
	case granQuarter:
		q := f.quarter
		if f.relative {
			q = (int(d.Month())-1)/3 + 1
		}
		first = time.Date(d.Year(), time.Month(3*(q-1)+1), 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%04d-Q%d", d.Year(), q), first, first.AddDate(0, 3, -1)
	case granSeason:
		first = time.Date(d.Year(), time.Month(3*f.season), 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%04d-%s", d.Year(), seasonCodes[f.season]), first, first.AddDate(0, 3, -1)
	case granYear:
		first = time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%04d", d.Year()), first, first.AddDate(1, 0, -1)
	case granDecade:
		dec := d.Year() / 10 * 10
		first = time.Date(dec, 1, 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%03d", dec/10), first, first.AddDate(10, 0, -1)
	case granCentury:
		c := d.Year() / 100 * 100
		first = time.Date(c, 1, 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%02d", c/100), first, first.AddDate(100, 0, -1)
	}
	return "", time.Time{}, time.Time{}
}

// timexType returns the TIMEX3 type of the frame's value: the type a rule
// set, else TIME for a time of day and DATE for the rest.
func (f *frame) timexType() Type {
	switch {
	case f.typ != "":
		return f.typ
	case f.gran == granTime:
		return Time
	}
	return Date
}

// recentBegin returns the first day of "in recent months" (three units
// back from ref), or "" when the expression names no unit.
func (f *frame) recentBegin(ref time.Time) string {
	if f.recent == granNone {
		return ""
	}
	return day(shift(ref, f.recent, -3))
}

// clipTo cuts [begin, finish] at ref as the frame's clip says.
func (f *frame) clipTo(begin, finish string, ref time.Time) (string, string) {
	switch r := day(ref); {
	case f.clip < 0 && r < finish && r >= begin:
		finish = r
	case f.clip > 0 && r > begin && r <= finish:
		begin = r
	}
	return begin, finish
}

// date places the frame on the calendar against ref.
func (f *frame) date(ref time.Time) time.Time {
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	if f.relative {
		return shift(ref, f.gran, f.rel)
	}
	y, m, dd := ref.Year(), int(ref.Month()), 1
	if f.useYearRel {
		y += f.yearRel
	}
	if f.year != 0 {
		y = f.year
	}
	if f.month != 0 {
		m = f.month
	}
	if f.day != 0 {
		dd = f.day
	}
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
}

// shift moves ref by n units of g.
func shift(ref time.Time, g granularity, n int) time.Time {
	switch g {
	case granDay, granTime:
		return ref.AddDate(0, 0, n)
	case granWeek, granWeekend:
		return ref.AddDate(0, 0, 7*n)
	case granMonth:
		first := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
		return first.AddDate(0, n, 0)
	case granQuarter:
		first := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
		return first.AddDate(0, 3*n, 0)
	case granYear, granSeason:
		return ref.AddDate(n, 0, 0)
	case granDecade:
		return ref.AddDate(10*n, 0, 0)
	case granCentury:
		return ref.AddDate(100*n, 0, 0)
	}
	return ref
}

// narrow returns the days of [first, last] that a modifier selects: START
// the first third, MID the middle third, END the last third. Spans of a
// year or more are cut in whole months (early 2022 is January to April),
// shorter ones in days.
func narrow(first, last time.Time, mod string) (string, string) {
	third := func(k int) time.Time { // the first day of the k-th third
		if months := monthsBetween(first, last); months >= 12 {
			return first.AddDate(0, k*months/3, 0)
		}
		span := int(last.Sub(first).Hours()/24) + 1
		return first.AddDate(0, 0, k*span/3)
	}
	switch mod {
	case "START", "EARLY":
		return day(first), day(third(1).AddDate(0, 0, -1))
	case "MID":
		return day(third(1)), day(third(2).AddDate(0, 0, -1))
	case "END", "LATE":
		return day(third(2)), day(last)
	}
	return day(first), day(last)
}

// monthsBetween counts the calendar months from first's to last's, both
// counted.
func monthsBetween(first, last time.Time) int {
	return (last.Year()-first.Year())*12 + int(last.Month()) - int(first.Month()) + 1
}

// day formats t as a calendar day.
func day(t time.Time) string { return t.Format("2006-01-02") }
