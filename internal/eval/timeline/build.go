package timeline

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// A Reading is one document's extraction, as chronicle ingest makes it.
type Reading struct {
	Doc    Doc
	Result *extract.Result
}

// Read extracts every document of docs.
func Read(docs []Doc) []Reading {
	out := make([]Reading, len(docs))
	for i, d := range docs {
		out[i] = Reading{Doc: d, Result: extract.Extract(extract.Article{ID: d.ID, Date: d.DCT, Text: d.Text})}
	}
	return out
}

// Build makes the system's timeline of entity from the readings: every
// event, coded or open, asserted or planned, in which an actor that is the
// entity takes part, named by its trigger's first word, anchored to the
// day, month or year its time gives (the publication day for one that
// holds at it), and ordered by anchor.
func Build(entity string, rs []Reading) Timeline {
	tl := Timeline{Entity: entity}
	type found struct {
		anchor, mention string
	}
	var evs []found
	seen := map[string]bool{}
	for _, r := range rs {
		for _, e := range r.Result.Events {
			if e.Modality == event.Negated || e.Modality == event.Hypothetical || !involves(e, entity) {
				continue
			}
			m, ok := mentionOf(r.Doc, e)
			if !ok || seen[m] {
				continue
			}
			seen[m] = true
			evs = append(evs, found{anchorOf(e, r), m})
		}
	}
	var anchors []string
	for _, f := range evs {
		if anchored(f.anchor) && !slices.Contains(anchors, f.anchor) {
			anchors = append(anchors, f.anchor)
		}
	}
	sort.Strings(anchors)
	for _, f := range evs {
		order := 0
		if anchored(f.anchor) {
			order = slices.Index(anchors, f.anchor) + 1
		}
		tl.Lines = append(tl.Lines, Line{Order: order, Anchor: cmpOr(f.anchor, "XXXX-XX-XX"), Mentions: []string{f.mention}})
	}
	slices.SortStableFunc(tl.Lines, func(a, b Line) int { return a.Order - b.Order })
	return tl
}

func cmpOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// involves reports whether a participant of e is the entity.
func involves(e event.Event, entity string) bool {
	for _, p := range e.Actors {
		if SameEntity(p.Name, entity) {
			return true
		}
	}
	return false
}

// SameEntity reports whether an actor's name names the target entity:
// equal but for case, spacing, punctuation and a plural, or its words the
// entity's last ones ("Apple Corps" for "Beatles Apple Corps"). A name
// with a different last word is another entity: "iPhone" is not "iPhone
// 4".
func SameEntity(name, entity string) bool {
	n, e := nameWords(name), nameWords(entity)
	if len(n) == 0 || len(n) > len(e) {
		return false
	}
	tail := e[len(e)-len(n):]
	for i := range n {
		if n[i] != tail[i] && strings.TrimSuffix(n[i], "s") != tail[i] {
			return false
		}
	}
	return true
}

// nameWords returns the lower-cased words of a name, without "the" and
// punctuation.
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if w != "the" && w != "s" {
			out = append(out, w)
		}
	}
	return out
}

var (
	dayRE   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	monthRE = regexp.MustCompile(`^\d{4}-\d{2}$`)
	yearRE  = regexp.MustCompile(`^\d{4}$`)
)

// anchorOf returns the date an event is anchored to, as the task writes
// it, or "" when it has none: its own day, month or year; for an event
// that holds at publication, the publication day; for a past event with
// no time of its own, the last day the article named before it (news
// tells a day's events after naming the day), else the publication day.
func anchorOf(e event.Event, r Reading) string {
	switch {
	case dayRE.MatchString(e.Date):
		return e.Date
	case monthRE.MatchString(e.Date):
		return e.Date // the task writes a month as YYYY-MM
	case yearRE.MatchString(e.Date):
		return e.Date
	case e.FirstDay != "" && e.FirstDay == e.LastDay && e.Relation == "":
		return e.FirstDay
	case e.Relation == event.Overlap:
		return r.Doc.DCT.Format(time.DateOnly)
	case e.Relation == event.Before:
		last := ""
		for _, x := range r.Result.Timex {
			if x.Start < e.EvidenceStart && dayRE.MatchString(x.Value) && x.Value <= r.Doc.DCT.Format(time.DateOnly) {
				last = x.Value
			}
		}
		return cmpOr(last, r.Doc.DCT.Format(time.DateOnly))
	}
	return ""
}

// mentionOf returns the mention of e's trigger, DOCID-SENTENCE-WORD, in
// the CAT file's numbering: the first word of the trigger, found in the
// event's sentence.
func mentionOf(d Doc, e event.Event) (string, bool) {
	return mentionAt(d, e.EvidenceStart, e.EvidenceEnd, e.Trigger)
}

// mentionAt returns the mention of trigger in the sentence of d between
// characters evStart and evEnd.
func mentionAt(d Doc, evStart, evEnd int, trigger string) (string, bool) {
	start, end := byteOffset(d.Text, evStart), byteOffset(d.Text, evEnd)
	if start < 0 || end > len(d.Text) || start > end {
		return "", false
	}
	word, rest, _ := strings.Cut(trigger, " ")
	phrase := particles[strings.ToLower(rest)] // the task writes "showed_off"

	k := strings.Index(d.Text[start:end], word)
	if k < 0 {
		return "", false
	}
	at := start + k
	i := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > at })
	if i == len(d.Toks) {
		return "", false
	}
	t := d.Toks[i]
	form := t.Form
	if phrase && i+1 < len(d.Toks) && strings.EqualFold(d.Toks[i+1].Form, rest) {
		form += "_" + d.Toks[i+1].Form
	}
	return d.ID + "-" + itoa(t.Sent) + "-" + form, true
}

// particles end a phrasal verb, which the task writes as one word:
// "showed_off", "step_down".
var particles = map[string]bool{"off": true, "down": true, "up": true, "out": true, "away": true, "back": true, "over": true}

func itoa(n int) string { return strconv.Itoa(n) }

// byteOffset returns the byte offset of character c of s.
func byteOffset(s string, c int) int {
	b := 0
	for n := 0; n < c && b < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[b:])
		b += size
	}
	return b
}
