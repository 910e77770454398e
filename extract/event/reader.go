package event

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

// An Input is what the stages before this one found in a text.
type Input struct {
	Doc   *text.Doc
	DCT   time.Time     // the publication date; only its calendar day is used
	Times []timex.Timex // the time expressions of Doc (timex.FindIn)
	Cast  *actor.Cast   // the actors of Doc (actor.Find)
	ID    string        // the article's identifier, each event's Doc
	Hash  string        // the article's content hash, of which event IDs are made
}

// Find finds the events of every sentence of in.Doc.
func Find(in Input) []Event {
	ref := time.Date(in.DCT.Year(), in.DCT.Month(), in.DCT.Day(), 0, 0, 0, 0, time.UTC)
	d := &reader{Doc: in.Doc, ref: ref, refDay: ref.Format(time.DateOnly), times: in.Times,
		cast: in.Cast, actors: in.Cast.Actors, mentions: in.Cast.Spans}
	d.timeStarts = make([]int, len(d.times))
	for i, t := range d.times {
		d.timeStarts[i] = d.Byte(t.Start)
	}
	d.findEvents(in.ID, in.Hash)
	d.reporters()
	d.events = d.dropRestatements(d.events)
	for i := range d.events {
		if e := &d.events[i]; e.Cameo != "" {
			e.Coded = CAMEO(*e)
		}
	}
	return d.events
}

// A reader holds one text while its events are found.
type reader struct {
	*text.Doc
	ref        time.Time // the publication day, midnight UTC
	refDay     string    // ref as YYYY-MM-DD
	times      []timex.Timex
	timeStarts []int // the byte offset each of times starts at

	cast     *actor.Cast
	actors   []actor.Actor // the cast's
	mentions []actor.Span  // the cast's
	events   []Event
	evTok    []int // the first token of each event's trigger

	site   site   // the trigger being read (see event)
	parses parses // the sentences' trees, parsed on demand (see tree)
}

// Verbs of saying and believing: their subject reports the clause that
// follows rather than acting in it.
var reportVerbs = sync.OnceValue(func() map[string]bool { return text.Words.Set("report-verbs") })

// reportLemmas are the lemmas of the commonest verbs of saying, for the
// forms reportVerbs lacks ("report", "announce").
var reportLemmas = map[string]bool{"say": true, "announce": true, "tell": true, "report": true, "state": true, "confirm": true}

// saying reports whether word w of a tree is a verb of saying or
// believing, by its form or its lemma.
func saying(w *syntax.Word) bool {
	return reportVerbs()[strings.ToLower(w.Form)] || reportVerbs()[w.Lemma] || reportLemmas[w.Lemma]
}

func hasRole(ps []Participant, role Role) bool {
	for _, p := range ps {
		if p.Role == role {
			return true
		}
	}
	return false
}

// participant makes the participant for mention index m.
func (d *reader) participant(m int, role Role) Participant {
	a := d.actors[d.mentions[m].Actor]
	return Participant{Name: a.Name, Role: role, Code: a.Code}
}

func (d *reader) hasMention(a, b int) bool { return len(d.mentionsIn(a, b)) > 0 }

// mentionsIn returns the indexes of the mentions inside tokens [a, b).
func (d *reader) mentionsIn(a, b int) []int { return d.cast.In(a, b) }

// mentionsNear is mentionsIn for a window around token i, cut to i's
// sentence: a window of a few words after the last word of a sentence
// must not reach the next one's subject.
func (d *reader) mentionsNear(a, b, i int) []int {
	return d.cast.In(max(a, d.SentStart(i)), min(b, d.SentEnd(i)))
}

// mentionAt returns the mention that holds token i, or -1.
func (d *reader) mentionAt(i int) int {
	ms := d.mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].T1 > i })
	if k < len(ms) && ms[k].T0 <= i {
		return k
	}
	return -1
}

// hasActor reports whether sentence sent names an actor.
func (d *reader) hasActor(sent int) bool {
	ms := d.mentions
	k := sort.Search(len(ms), func(k int) bool { return int(d.Toks[ms[k].T0].Sent) >= sent })
	return k < len(ms) && int(d.Toks[ms[k].T0].Sent) == sent
}

// inTime reports whether byte b is inside a time expression.
func (d *reader) inTime(b int) bool {
	for i, t := range d.times {
		if d.timeStarts[i] <= b && b < d.Byte(t.End) {
			return true
		}
	}
	return false
}

// auxiliaries stand between a subject and its verb.
var auxiliaries = sync.OnceValue(func() map[string]bool { return text.Words.Set("auxiliaries") })

// span returns the text of trigger h.
func (d *reader) span(h hit) string { return d.Text[d.Toks[h.t0].Start:d.Toks[h.t1-1].End] }
