package store

import (
	"cmp"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// merge folds e, a report in the document being written, into the
// stored event cur: a mention, the document, new participants, an exact
// date if cur has none, a place if cur has none, and the stronger of the
// modalities. cur keeps its ID, type, first report and its participants'
// roles.
func (w *writer) merge(cur, e Event) error {
	next := cur
	next.Actors = unionActors(cur.Actors, e.Actors)
	next.Mentions = addMention(reports(cur), w.mention(e))
	if !slices.Contains(cur.Documents, w.hash) {
		next.Documents = append(slices.Clone(cur.Documents), w.hash)
	}
	next.Sources = len(next.Documents)
	if exact(e) && !exact(cur) {
		next.Date, next.Mod, next.FirstDay, next.LastDay, next.TimeText = e.Date, e.Mod, e.FirstDay, e.LastDay, e.TimeText
		next.Relation, next.Anchor = "", ""
	}
	next.Modality = strongerModality(cur.Modality, e.Modality)
	next.Cameo = cmp.Or(cur.Cameo, e.Cameo)
	next.Plover = cmp.Or(cur.Plover, e.Plover)
	next.Place = cmp.Or(cur.Place, e.Place)
	sc := w.scopeOf(cur.ID)
	if err := putJSON(w.kv, eventKey(next.ID), next, sc); err != nil {
		return err
	}
	w.remember(next)
	w.added.Merged++
	s0, e0 := span(cur)
	if s1, e1 := span(next); s1 != s0 || e1 != e0 {
		if err := w.unindex(cur, sc); err != nil {
			return err
		}
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

// reports returns a copy of the mentions of the stored event e. An event
// stored before mentions were kept has its own evidence as its first.
func reports(e Event) []Report {
	if len(e.Mentions) > 0 {
		return slices.Clone(e.Mentions)
	}
	m := Report{Doc: e.Doc, Evidence: e.Evidence, Sentence: e.Sentence, EvidenceStart: e.EvidenceStart, EvidenceEnd: e.EvidenceEnd, Trigger: e.Trigger}
	if len(e.Documents) > 0 {
		m.Hash = e.Documents[0]
	}
	return []Report{m}
}

// addMention appends m to ms unless ms holds it already.
func addMention(ms []Report, m Report) []Report {
	if slices.Contains(ms, m) {
		return ms
	}
	return append(ms, m)
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
