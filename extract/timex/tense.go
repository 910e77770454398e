package timex

import (
	"time"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// byTense places a bare weekday, month-day, month, quarter or season in
// the past or the future of ref as tense says, or on the nearest
// occurrence.
func (f *frame) placeByTense(ref time.Time, tense text.Tense) {
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	if f.gran == granWeekend { // "the weekend": the coming one, or the last one in a past clause
		if tense == text.Past && ref.Weekday() >= time.Monday && ref.Weekday() <= time.Friday {
			f.rel = -1
		}
		return
	}
	if f.relative && (f.gran == granDay || f.gran == granTime) { // a weekday: resolved forward, 1 to 7 days on
		fwd, back := f.rel, f.rel-7
		switch {
		case tense == text.Past:
			f.rel = back
		case tense == text.Future:
			f.rel = fwd
		case -back <= fwd+3:
			// no tense: news mostly reports the days just gone
			f.rel = back
		}
		return
	}
	best := f.nearest(ref, tense)
	if f.strict && f.gran == granMonth && tense == text.Past && !best.IsZero() && best.AddDate(0, 1, 0).Format("2006-01") == ref.Format("2006-01") {
		// "last February" said on March 1 is February of the year before:
		// the month just gone would be "last month"
		best = best.AddDate(-1, 0, 0)
	}
	// News speaks of dates near it: a tensed choice half a year away gives
	// way to an occurrence within two months on the other side; but "last
	// December" is never ahead.
	if near := f.nearest(ref, text.NoTense); tense != text.NoTense && !f.strict && !best.IsZero() && near != best {
		fb, lb := f.span(best.Year())
		fn, ln := f.span(near.Year())
		if distance(fb, lb, ref) > 183*24*time.Hour && distance(fn, ln, ref) < 62*24*time.Hour {
			best = near
		}
	}
	if best.IsZero() {
		f.year = ref.Year()
		return
	}
	f.year = best.Year()
}

// nearest returns the first day of the occurrence of a yearless frame
// nearest to ref on the side tense allows, or the zero time.
func (f *frame) nearest(ref time.Time, tense text.Tense) time.Time {
	var best time.Time
	bestDist := time.Duration(1<<63 - 1)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		first, last := f.span(y)
		switch {
		case tense == text.Past && first.After(ref), tense == text.Past && f.strict && !last.Before(ref):
			continue
		case tense == text.Future && last.Before(ref), tense == text.Future && f.strict && !first.After(ref):
			continue
		}
		d := distance(first, last, ref)
		if d < bestDist || tense == text.Past && d == bestDist {
			best, bestDist = first, d
		}
	}
	return best
}

// span returns the first and last day the frame covers in year y.
func (f *frame) span(y int) (time.Time, time.Time) {
	switch f.gran {
	case granMonth:
		first := time.Date(y, time.Month(f.month), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1)
	case granQuarter:
		first := time.Date(y, time.Month(3*(f.quarter-1)+1), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 3, -1)
	case granSeason:
		first := time.Date(y, time.Month(3*f.season), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 3, -1)
	}
	d := time.Date(y, time.Month(f.month), f.day, 0, 0, 0, 0, time.UTC)
	return d, d
}

// distance returns how far ref lies outside [first, last], or 0 inside.
func distance(first, last, ref time.Time) time.Duration {
	switch {
	case ref.Before(first):
		return first.Sub(ref)
	case ref.After(last):
		return ref.Sub(last)
	}
	return 0
}

// forward returns the days from ref to the next weekday wd, 1 to 7.
func forward(ref time.Time, wd int) int {
	n := (wd - int(ref.Weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	return n
}
