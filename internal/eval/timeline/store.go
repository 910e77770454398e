package timeline

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
)

// Ingest stores the readings in a store kept in memory, as chronicle
// ingest stores articles: reports of one event in several articles become
// one stored event with a mention each.
func Ingest(ctx context.Context, rs []Reading) (*store.DB, error) {
	db, err := store.Open("", &store.Options{InMemory: true})
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		a := extract.Article{ID: r.Doc.ID, Date: r.Doc.DCT, Text: r.Doc.Text}
		if _, err := db.Put(ctx, a, r.Result); err != nil {
			db.Close()
			return nil, fmt.Errorf("document %s: %w", r.Doc.ID, err)
		}
	}
	return db, nil
}

// BuildFromStore makes the timeline of entity from the store: the events
// of every stored actor whose name names the entity (see SameEntity), as
// the timeline command lists them (hypothetical and negated ones left
// out), each a line with a mention for each of its reports, anchored as
// Build anchors an event in its first report's article.
func BuildFromStore(ctx context.Context, db *store.DB, entity string, rs []Reading) (Timeline, error) {
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
	for _, a := range actors {
		if !SameEntity(a.Name, entity) {
			continue
		}
		evs, err := db.Timeline(ctx, store.Query{Actors: []string{a.Name}})
		if err != nil {
			return Timeline{}, err
		}
		for _, e := range evs {
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			var l line
			for _, rep := range e.Mentions {
				r, ok := byID[rep.Doc]
				if !ok {
					continue
				}
				trigger := rep.Trigger
				if trigger == "" {
					trigger = e.Trigger
				}
				if m, ok := mentionAt(r.Doc, rep.EvidenceStart, rep.EvidenceEnd, trigger); ok && !slices.Contains(l.mentions, m) {
					l.mentions = append(l.mentions, m)
				}
			}
			if len(l.mentions) == 0 {
				continue
			}
			first := e.Event
			if len(e.Mentions) > 0 {
				first.EvidenceStart = e.Mentions[0].EvidenceStart
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
		tl.Lines = append(tl.Lines, Line{Order: order, Anchor: cmpOr(l.anchor, "XXXX-XX-XX"), Mentions: l.mentions})
	}
	slices.SortStableFunc(tl.Lines, func(a, b Line) int { return a.Order - b.Order })
	return tl, nil
}

// EvaluateStored is Evaluate through a store: the readings are ingested
// and each entity's timeline read back from it.
func EvaluateStored(ctx context.Context, gold []Timeline, rs []Reading) (Result, error) {
	db, err := Ingest(ctx, rs)
	if err != nil {
		return Result{}, err
	}
	defer db.Close()
	var r Result
	for _, g := range gold {
		sys, err := BuildFromStore(ctx, db, g.Entity, rs)
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
