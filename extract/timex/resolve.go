package timex

import (
	"strings"
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
}

// rangeLink reports whether the text between two time expressions joins
// them into a range: "March 3 to March 5", "May 1-5".
func rangeLink(between string) bool {
	switch strings.TrimSpace(between) {
	case "to", "-", "–", "until", "through", "till", "thru":
		return true
	}
	return false
}

// refZero is a reference date for frames that need none.
var refZero = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// findTimes finds and resolves the document's time expressions.
func (d *reader) findTimes() {
	d.found = timeEngineInstance().scan(d.Text, d.Low, d.Toks, d.Sents, d.ref)
	last, lastDay := d.ref, d.ref
	lastDaySent := int32(-1)
	var rangeFrom time.Time // the start of a range the next expression may end
	var lastQuarter struct {
		year, quarter int
		sent          int32
	}
	for k := range d.found {
		fd := &d.found[k]
		f := &fd.f
		anchor := d.ref
		switch {
		case f.anchorLast && f.rel != 0 && strings.Contains(d.Text[fd.s:fd.e], " "):
			if strings.HasPrefix(strings.ToLower(d.Text[fd.s:fd.e]), "the ") {
				anchor = last // "the following month": from the last time named
			} else {
				anchor = lastDay // "a year earlier": from the last day named
			}
		case f.hasHour && lastDaySent >= 0 && d.Toks[fd.tok].Sent-lastDaySent <= 1:
			anchor = lastDay // "On Friday … at 10:35 a.m.": the clock time is that day's
		case f.anchorLast:
			anchor = last
		}
		if f.needWeekday {
			f.relative, f.rel = true, forward(anchor, f.weekday)
		}
		if f.byTense {
			tense := f.tense
			if tense == text.NoTense {
				tense = d.TenseAt(fd.tok)
			}
			if k > 0 && f.month != 0 && rangeLink(d.Low[d.found[k-1].e:fd.s]) && !rangeFrom.IsZero() {
				// "from March 3 to March 5": the end follows the start
				anchor, tense = rangeFrom, text.Future
			}
			f.placeByTense(anchor, tense)
			f.year += f.shiftYear
		}
		if f.quarterOfContext {
			f.quarter = max(lastQuarter.quarter, 1)
		}
		if f.yearShift && lastQuarter.quarter != 0 && d.Toks[fd.tok].Sent-lastQuarter.sent <= 3 {
			// "a year ago" in a report on a quarter is that quarter a year before
			f.gran, f.relative, f.quarter, f.year = granQuarter, false, lastQuarter.quarter, lastQuarter.year+f.rel
		}
		value, begin, finish := f.resolve(anchor)
		if f.gran == granQuarter && !f.yearShift {
			lastQuarter.year, lastQuarter.quarter, lastQuarter.sent = atoi(value[:4]), int(value[len(value)-1]-'0'), d.Toks[fd.tok].Sent
		}
		if value == "" {
			continue
		}
		typ := f.typ
		switch {
		case typ != "":
		case f.gran == granTime:
			typ = Time
		default:
			typ = Date
		}
		begin, finish = f.clipTo(begin, finish, anchor)
		rangeFrom = time.Time{}
		if t, err := time.Parse("2006-01-02", begin); err == nil && typ == Date {
			rangeFrom = t
		}
		if typ == Date && begin != "" && !strings.HasSuffix(value, "_REF") {
			if t, err := time.Parse("2006-01-02", begin); err == nil {
				last = t // "the following month" counts from here
				if begin == finish {
					lastDay, lastDaySent = t, d.Toks[fd.tok].Sent
				}
			}
		}
		d.times = append(d.times, Timex{
			Text: d.Text[fd.s:fd.e], Type: typ, Value: value, Mod: f.mod,
			Start: d.Off.Char(fd.s), End: d.Off.Char(fd.e), FirstDay: begin, LastDay: finish,
			bstart: fd.s, bend: fd.e,
		})
	}
	d.widen()
}
