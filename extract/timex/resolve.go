package timex

import (
	"strings"
	"sync"
	"time"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// Find returns the time expressions of src, in text order and without
// overlaps, resolved against the publication date dct, of which only the
// calendar day is used.
func Find(src string, dct time.Time) []Timex {
	return FindIn(text.New(src), dct)
}

// FindIn is [Find] on a text already split, as the extraction pipeline
// shares one [text.Doc] between its stages.
func FindIn(d *text.Doc, dct time.Time) []Timex {
	r := &reader{Doc: d, ref: time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)}
	r.findTimes()
	return r.times
}

// A reader holds one text while its time expressions are found.
type reader struct {
	*text.Doc
	ref   time.Time // the publication day, midnight UTC
	found []found   // the expressions the engine matched, in byte offsets
	times []Timex

	// What resolving remembers of the expressions before the current one.
	last        time.Time // the first day of the last date named: "the following month" counts from it
	lastDay     time.Time // the last single day named: "a year earlier" and a clock time count from it
	lastDaySent int32     // the sentence of lastDay; -1 before one is named
	rangeFrom   time.Time // the start of a range the next expression may end
	lastQuarter struct {  // the last quarter named: "a year ago" in a report on it is that quarter a year before
		year, quarter int
		sent          int32
	}
}

// rangeLink reports whether the text between two time expressions joins
// them into a range: "March 3 to March 5", "May 1-5".
func rangeLink(between string) bool {
	return rangeLinks()[strings.TrimSpace(between)]
}

// rangeLinks are what may stand between the two dates of a range.
var rangeLinks = sync.OnceValue(func() map[string]bool { return lexicon.Set("range-links") })

// refZero is a reference date for frames that need none.
var refZero = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// findTimes finds and resolves the document's time expressions.
func (d *reader) findTimes() {
	d.found = timeEngineInstance().scan(d.Text, d.Low, d.Toks, d.Sents, d.ref)
	d.last, d.lastDay, d.lastDaySent = d.ref, d.ref, -1
	for k := range d.found {
		if t, ok := d.resolveFound(k); ok {
			d.times = append(d.times, t)
		}
	}
	d.widen()
}

// resolveFound gives found expression k its value, counting from the
// anchor it takes, and remembers what the expressions after it may count
// from. It reports false for an expression with no value.
func (d *reader) resolveFound(k int) (Timex, bool) {
	fd := &d.found[k]
	f := &fd.f
	anchor := d.anchor(fd)
	if f.needWeekday {
		f.relative, f.rel = true, forward(anchor, f.weekday)
	}
	if f.byTense {
		anchor = d.place(k, anchor)
	}
	d.inQuarter(fd)
	value, begin, finish := f.resolve(anchor)
	if f.gran == granQuarter && !f.yearShift && !(f.yearAgoPeriod && d.shiftFollows(k)) {
		d.lastQuarter.year, d.lastQuarter.quarter, d.lastQuarter.sent = atoi(value[:4]), int(value[len(value)-1]-'0'), d.Toks[fd.tok].Sent
	}
	if value == "" {
		return Timex{}, false
	}
	typ := f.timexType()
	begin, finish = f.clipTo(begin, finish, anchor)
	d.remember(fd, typ, value, begin, finish)
	return Timex{
		Text: d.Text[fd.s:fd.e], Type: typ, Value: value, Mod: f.mod,
		Start: d.Off.Char(fd.s), End: d.Off.Char(fd.e), FirstDay: begin, LastDay: finish,
		bstart: fd.s, bend: fd.e,
	}, true
}

// shiftFollows reports whether found expression k is followed, after a
// space, by a shift of years: in "the same period a year earlier" the
// shift counts from the quarter under discussion, which the period must
// not replace (or the year would be taken off twice).
func (d *reader) shiftFollows(k int) bool {
	if k+1 >= len(d.found) {
		return false
	}
	next := &d.found[k+1]
	return next.f.yearShift && d.Text[d.found[k].e:next.s] == " "
}

// anchor returns the date found expression fd counts from: the
// publication date, or a date named before it.
func (d *reader) anchor(fd *found) time.Time {
	f := &fd.f
	switch {
	case f.anchorLast && f.rel != 0 && strings.Contains(d.Text[fd.s:fd.e], " "):
		if strings.HasPrefix(strings.ToLower(d.Text[fd.s:fd.e]), "the ") {
			return d.last // "the following month": from the last time named
		}
		return d.lastDay // "a year earlier": from the last day named
	case f.hasHour && d.lastDaySent >= 0 && d.Toks[fd.tok].Sent-d.lastDaySent <= 1:
		return d.lastDay // "On Friday … at 10:35 a.m.": the clock time is that day's
	case f.anchorLast:
		return d.last
	}
	return d.ref
}

// place places found expression k, a bare weekday, month-day, month or
// quarter, in the past or future of anchor as the tense of its clause
// says. The end of a range follows its start: it returns the start, which
// is then the anchor of the end.
func (d *reader) place(k int, anchor time.Time) time.Time {
	fd := &d.found[k]
	f := &fd.f
	tense := f.tense
	if tense == text.NoTense {
		tense = d.TenseAt(fd.tok)
	}
	if k > 0 && f.month != 0 && rangeLink(d.Low[d.found[k-1].e:fd.s]) && !d.rangeFrom.IsZero() {
		// "from March 3 to March 5": the end follows the start
		anchor, tense = d.rangeFrom, text.Future
	}
	f.placeByTense(anchor, tense)
	f.year += f.shiftYear
	return anchor
}

// inQuarter reads found expression fd in the quarter under discussion:
// "the 1988 quarter" is that quarter of 1988, and "a year ago" in a report
// on a quarter is that quarter a year before.
func (d *reader) inQuarter(fd *found) {
	f := &fd.f
	if f.quarterOfContext {
		f.quarter = max(d.lastQuarter.quarter, 1)
	}
	if f.yearShift && d.lastQuarter.quarter != 0 && d.Toks[fd.tok].Sent-d.lastQuarter.sent <= 3 {
		f.gran, f.relative, f.quarter, f.year = granQuarter, false, d.lastQuarter.quarter, d.lastQuarter.year+f.rel
	}
}

// remember keeps, of a resolved date, what later expressions count from:
// the start of a range, the last date and the last single day.
func (d *reader) remember(fd *found, typ Type, value, begin, finish string) {
	d.rangeFrom = time.Time{}
	if t, err := time.Parse("2006-01-02", begin); err == nil && typ == Date {
		d.rangeFrom = t
	}
	if typ == Date && begin != "" && !strings.HasSuffix(value, "_REF") {
		if t, err := time.Parse("2006-01-02", begin); err == nil {
			d.last = t // "the following month" counts from here
			if begin == finish {
				d.lastDay, d.lastDaySent = t, d.Toks[fd.tok].Sent
			}
		}
	}
}
