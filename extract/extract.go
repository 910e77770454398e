package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// Hash returns the content hash that identifies an article: the SHA-256 of
// its publication day and text. Storing an article twice is a no-op
// because the hash is the document's key.
func Hash(a Article) string {
	h := sha256.New()
	h.Write([]byte(a.Date.Format("2006-01-02")))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// A doc holds one article while it is read.
type doc struct {
	*text.Doc
	ref    time.Time
	refDay string // ref as YYYY-MM-DD
	times  []Timex
	found  []found

	actors   []Actor
	actorIdx map[string]int // name → index+1
	mentions []mention
	inner    []mention      // mentions inside longer ones: "Russian" in "Russian President"
	unplaced []int          // mentions of groups of a stateless people, to give a state (placeGroups)
	sector   map[int]string // such a group's actor → its CAMEO sector code
	domestic map[int]bool   // people titled with a state office but of no known state (placeUnknown)
	surnames map[string]int // surname → actor, for people first named in full here; -1 when shared
	events   []Event
}

func newDoc(src string, ref time.Time) *doc {
	d := &doc{Doc: text.New(src), ref: time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)}
	d.refDay = day(d.ref)
	return d
}

// Extract reads one article.
func Extract(a Article) *Result {
	d := newDoc(a.Text, a.Date)
	d.findTimes()
	d.findActors()
	hash := Hash(a)
	d.findEvents(a.ID, hash)
	r := &Result{Doc: a.ID, DCT: d.refDay, Hash: hash, Timex: d.times, Actors: d.actors, Events: d.events}
	for _, s := range d.Sents {
		r.Sentences = append(r.Sentences, Sentence{Start: d.Off.Char(s[0]), End: d.Off.Char(s[1])})
	}
	if r.Timex == nil {
		r.Timex = []Timex{}
	}
	if r.Actors == nil {
		r.Actors = []Actor{}
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
	return r
}

// Times returns the time expressions of text, resolved against the
// publication date dct.
func Times(src string, dct time.Time) []Timex {
	d := newDoc(src, dct)
	d.findTimes()
	return d.times
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
func (d *doc) findTimes() {
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
			Start: d.Off.Char(fd.s), End: d.Off.Char(fd.e), Begin: begin, Finish: finish,
			bstart: fd.s, bend: fd.e,
		})
	}
	d.widen()
}
