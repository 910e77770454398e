package store

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// merge folds e, a report in the document being written, into the
// stored event whose sketch is cur: a report, the document, new
// participants, an exact date if the event has none, a place if it has
// none, and the stronger of the modalities. The event keeps its ID,
// type, first report and its participants' roles. es is e's sketch.
//
// The event's record is read and rewritten, and one report added: the
// cost of a merge does not grow with the reports before it.
func (w *writer) merge(cur *sketch, e Event, es *sketch) error {
	var old Event
	found, err := getEvent(w.kv, cur.id, &old)
	if err == nil && !found {
		err = fmt.Errorf("store: sketch of missing event %q", cur.id)
	}
	if err != nil {
		return err
	}
	next := old
	next.Actors = unionActors(old.Actors, e.Actors)
	if !w.reported[cur.id] {
		next.Sources = cur.docs + 1
	}
	if exact(es) && !exact(cur) {
		next.Date, next.Mod, next.FirstDay, next.LastDay, next.TimeText = e.Date, e.Mod, e.FirstDay, e.LastDay, e.TimeText
		next.Relation, next.Anchor = "", ""
	}
	next.Modality = strongerModality(old.Modality, e.Modality)
	next.Cameo = cmp.Or(old.Cameo, e.Cameo)
	next.Plover = cmp.Or(old.Plover, e.Plover)
	next.Place = cmp.Or(old.Place, e.Place)
	sc := w.scopeOf(cur.id)
	if err := putEvent(w.kv, &next, sc); err != nil {
		return err
	}
	reports := cur.reports
	switch err := w.report(cur.id, reports, e); {
	case err == nil:
		reports++
	case !errors.Is(err, errSaid):
		return err
	}
	ns := sketchOf(next, reports, cur.docDays)
	ns.addDay(w.doc.Date)
	if err := w.sketches.put(w.kv, ns, sc); err != nil {
		return err
	}
	w.added.Merged++
	s0, e0 := span(old)
	s1, e1 := span(next)
	switch {
	case s1 != s0 || e1 != e0:
		// Every entry moves with the event's days.
		if err := w.unindex(old, sc); err != nil {
			return err
		}
	case next.Cameo == old.Cameo && len(next.Actors) == len(old.Actors):
		// The entries are as they were: a merge that adds only a
		// report writes no index entry.
		return nil
	}
	return w.index(next, sc)
}

// unionActors returns cur with the participants of add whose names it
// lacks appended.
func unionActors(cur, add []event.Participant) []event.Participant {
	out := slices.Clone(cur)
	for _, p := range add {
		if fold(p.Name) == "" {
			continue
		}
		if !slices.ContainsFunc(out, func(q event.Participant) bool { return fold(q.Name) == fold(p.Name) }) {
			out = append(out, p)
		}
	}
	return out
}

// modalityRank orders the modalities a merged event may take: one report
// that an event took place outweighs another that it was planned.
var modalityRank = map[string]int{string(event.Planned): 1, string(event.Reported): 2, string(event.Asserted): 3}

// strongerModality returns b if it ranks above a, else a.
func strongerModality(a, b event.Modality) event.Modality {
	if modalityRank[fold(string(b))] > modalityRank[fold(string(a))] {
		return b
	}
	return a
}
