package timeline

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/store"
)

// A Reading is one document as an article and its extraction, as
// chronicle ingest makes it.
type Reading struct {
	Doc     Doc
	Article extract.Article
	Result  *extract.Result
}

// Read extracts every document of docs.
func Read(docs []Doc) []Reading {
	out := make([]Reading, len(docs))
	for i, d := range docs {
		a := extract.Article{ID: d.ID, Date: d.DCT, Text: d.Text}
		out[i] = Reading{Doc: d, Article: a, Result: extract.Extract(a)}
	}
	return out
}

// Ingest stores the readings in a store kept in memory, as chronicle
// ingest stores articles: reports of one event in several articles become
// one stored event with a mention each.
func Ingest(ctx context.Context, rs []Reading) (*store.DB, error) {
	db, err := store.Open("", &store.Options{InMemory: true})
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		if _, err := db.Put(ctx, r.Article, r.Result); err != nil {
			db.Close()
			return nil, fmt.Errorf("document %s: %w", r.Doc.ID, err)
		}
	}
	return db, nil
}

// Evaluate ingests the readings into a store in memory, as chronicle
// ingest stores a corpus, and scores each gold timeline's entity's
// timeline read back from it (see Build).
func Evaluate(ctx context.Context, gold []Timeline, rs []Reading) (Result, error) {
	db, err := Ingest(ctx, rs)
	if err != nil {
		return Result{}, err
	}
	defer db.Close()
	var r Result
	for _, g := range gold {
		sys, err := Build(ctx, db, g.Entity, rs)
		if err != nil {
			return Result{}, err
		}
		s := Compare(g, sys)
		r.Entities = append(r.Entities, s)
		r.Total.Add(s)
		r.Timelines = append(r.Timelines, sys)
	}
	return r, nil
}

// A Result is the score of each target entity's timeline and of all of
// them together, micro-averaged.
type Result struct {
	Entities []Score `json:"entities"`
	Total    Score   `json:"total"`
	// Timelines are the system's, in the order of the gold ones.
	Timelines []Timeline `json:"-"`
}

// Build makes the timeline of entity from the store: the events of every
// stored actor whose name names the entity (see SameEntity), as the
// timeline command lists them (hypothetical and negated ones left out),
// coded or open, each a line with a mention for each of its reports,
// anchored in its first report's article (see anchorOf) and ordered by
// anchor.
func Build(ctx context.Context, db *store.DB, entity string, rs []Reading) (Timeline, error) {
	byID := map[string]Reading{}
	for _, r := range rs {
		byID[r.Doc.ID] = r
	}
	actors, err := db.Actors(ctx)
	if err != nil {
		return Timeline{}, err
	}
	tl := Timeline{Entity: entity}
	var anchors []string
	seen := map[string]bool{}
	type line struct {
		anchor   string
		mentions []string
	}
	var lines []line
	reported := map[string]bool{} // the mentions of reporting made lines
	for _, a := range actors {
		if !SameEntity(a.Name, entity) {
			continue
		}
		evs, err := db.Timeline(ctx, store.Query{Actors: []string{a.Name}, Reports: true})
		if err != nil {
			return Timeline{}, err
		}
		for _, e := range evs {
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			// an event the entity only reports is its mention by the
			// word of reporting ("said"), once however many events the
			// sentence reports
			said, saidOn := reportedBy(e.Event, a.Name)
			var l line
			for _, rep := range e.Mentions {
				r, ok := byID[rep.Doc]
				if !ok {
					continue
				}
				trigger := rep.Trigger
				if trigger == "" || said != "" {
					trigger = cmp.Or(said, e.Trigger)
				}
				if m, ok := mentionAt(r.Doc, rep.EvidenceStart, rep.EvidenceEnd, trigger); ok && !slices.Contains(l.mentions, m) && !(said != "" && reported[m]) {
					l.mentions = append(l.mentions, m)
					if said != "" {
						reported[m] = true
					}
				}
			}
			if len(l.mentions) == 0 {
				continue
			}
			first := e.Event
			if len(e.Mentions) > 0 {
				first.EvidenceStart = e.Mentions[0].EvidenceStart
			}
			if said != "" {
				// reported, as a past statement is: not when the act
				// reported is
				first.Date, first.FirstDay, first.LastDay, first.Relation = cmp.Or(saidOn, "PAST_REF"), "", "", event.Before
			}
			l.anchor = anchorOf(first, byID[e.Mentions[0].Doc])
			if anchored(l.anchor) && !slices.Contains(anchors, l.anchor) {
				anchors = append(anchors, l.anchor)
			}
			lines = append(lines, l)
		}
	}
	sort.Strings(anchors)
	for _, l := range lines {
		order := 0
		if anchored(l.anchor) {
			order = slices.Index(anchors, l.anchor) + 1
		}
		tl.Lines = append(tl.Lines, Line{Order: order, Anchor: cmp.Or(l.anchor, "XXXX-XX-XX"), Mentions: l.mentions})
	}
	slices.SortStableFunc(tl.Lines, func(a, b Line) int { return a.Order - b.Order })
	return tl, nil
}

// reportedBy returns the word by which actor name reports e and the date
// it did, or "" if it is no reporter of e.
func reportedBy(e event.Event, name string) (trigger, date string) {
	for _, p := range e.Actors {
		if p.Role == event.Reporter && p.Name == name {
			return p.Trigger, p.Date
		}
	}
	return "", ""
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
		return cmp.Or(last, r.Doc.DCT.Format(time.DateOnly))
	}
	return ""
}

// mentionAt returns the mention of trigger in the sentence of d between
// characters evStart and evEnd.
func mentionAt(d Doc, evStart, evEnd int, trigger string) (string, bool) {
	start, end := d.doc.Byte(evStart), d.doc.Byte(evEnd)
	if start > end {
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
	return d.ID + "-" + strconv.Itoa(t.Sent) + "-" + form, true
}

// particles end a phrasal verb, which the task writes as one word:
// "showed_off", "step_down".
var particles = map[string]bool{"off": true, "down": true, "up": true, "out": true, "away": true, "back": true, "over": true}
