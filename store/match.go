package store

import (
	"slices"
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// Limits of the merge rule; see "Events across documents" in the package
// documentation.
const (
	// maxMergeDays is the most days an event may cover and still be
	// merged: one dated only by a season or a year is too vague to be
	// told from another. It also bounds how far back match scans.
	maxMergeDays = 31

	// relativeDays is how far from the publication date an event dated
	// only against it is taken to lie, and how far apart the documents
	// of two merged reports may be when one of them is dated so.
	relativeDays = 7
)

// A when is the time of an event as the merge rule reads it.
type when struct {
	from, to string // the days the event may fall on
	exact    bool   // one calendar day, with no relation to an anchor
	relative bool   // dated only against the publication date (*_REF)
}

// timeOf returns the time of s, or false if s is undated or covers more
// than maxMergeDays days. An event dated only against the publication
// date may fall up to relativeDays before it (PAST_REF), after it
// (FUTURE_REF) or either (PRESENT_REF).
func timeOf(s *sketch) (when, bool) {
	start, end := spanOf(s.first, s.last)
	n, ok := daysBetween(start, end)
	if !ok || n < 0 || n+1 > maxMergeDays {
		return when{}, false
	}
	t := when{from: start, to: end, relative: strings.HasSuffix(s.date, "_REF")}
	t.exact = !t.relative && !s.relation && start == end
	if t.relative {
		if s.date != "FUTURE_REF" {
			t.from = shiftDay(start, -relativeDays)
		}
		if s.date != "PAST_REF" {
			t.to = shiftDay(end, relativeDays)
		}
	}
	return t, true
}

// exact reports whether s is dated to one calendar day with no relation.
func exact(s *sketch) bool {
	t, ok := timeOf(s)
	return ok && t.exact
}

// match returns the sketch of the stored event that e, a report in the
// document being written, is another report of, or nil if there is none.
// Its candidates come from the kind index (k/) of each of e's kinds and
// each of its participants but the last (any two shared names include
// one of them), over the days an event that may merge with e can start
// on, as the merge cache lists them.
func (w *writer) match(e *sketch) (*sketch, error) {
	t, ok := timeOf(e)
	names := actorNames(e)
	kinds := kindsOf(e.typ, e.cameo)
	if !ok || len(names) == 0 || len(kinds) == 0 {
		return nil, nil
	}
	lead := names
	if len(names) > 1 {
		lead = names[:len(names)-1]
	}
	from, to := shiftDay(t.from, -(maxMergeDays+relativeDays)), shiftDay(t.to, relativeDays)
	var best candidate
	seen := map[string]bool{}
	for _, name := range lead {
		for _, k := range kinds {
			hits, err := w.sketches.cache.list(w.ctx, w.kv, kindPrefix(k, name), from, to)
			if err != nil {
				return nil, err
			}
			for _, h := range hits {
				id := h.id
				if seen[id] {
					continue
				}
				seen[id] = true
				if err := w.consider(&best, e, t, id); err != nil {
					return nil, err
				}
			}
		}
	}
	return best.s, nil
}

// A candidate is a stored event e may merge with, and how well it fits.
type candidate struct {
	s      *sketch
	shared int  // participants shared
	same   bool // the same type, not only the same CAMEO root
	apart  int  // days between the starts
}

// better reports whether c fits better than d: more shared participants,
// the same type, closer in time, then the lower ID.
func (c candidate) better(d candidate) bool {
	if d.s == nil {
		return true
	}
	if c.shared != d.shared {
		return c.shared > d.shared
	}
	if c.same != d.same {
		return c.same
	}
	if c.apart != d.apart {
		return c.apart < d.apart
	}
	return c.s.id < d.s.id
}

// consider reads the sketch of the stored event id and makes it best if
// e may merge with it and it fits better.
func (w *writer) consider(best *candidate, e *sketch, t when, id string) error {
	s, err := w.sketch(id)
	if err != nil {
		return err
	}
	if !w.mergeable(e, t, s) {
		return nil
	}
	d0, _ := spanOf(e.first, e.last)
	d1, _ := spanOf(s.first, s.last)
	apart, _ := daysBetween(min(d0, d1), max(d0, d1))
	c := candidate{s: s, shared: len(sharedNames(e, s)), same: e.typ == s.typ, apart: apart}
	if c.better(*best) {
		*best = c
	}
	return nil
}

// mergeable reports whether e, dated t, and the stored event s are
// reports of one event.
func (w *writer) mergeable(e *sketch, t when, s *sketch) bool {
	st, ok := timeOf(s)
	switch {
	case !ok || !sameKind(e.typ, e.cameo, s.typ, s.cameo) || !sameModality(e.modality, s.modality):
		return false
	case t.from > st.to || st.from > t.to:
		return false
	case t.exact && st.exact && t.from != st.from:
		return false
	case !shareActors(e, s):
		return false
	case w.reported[s.id]:
		// Two reports in one document are two events unless they say
		// exactly the same.
		return identical(e, s)
	case t.relative || st.relative:
		return w.near(s)
	}
	return true
}

// sameKind reports whether events of types t1 and t2, with CAMEO codes
// c1 and c2, may be one event: the same type, or codes with the same
// two-digit root (040 and 043 are both consultations).
func sameKind(t1, c1, t2, c2 string) bool {
	if fold(t1) != "" && fold(t1) == fold(t2) {
		return true
	}
	r := cameo.RootOf(c1)
	return r != "" && r == cameo.RootOf(c2)
}

// sameModality reports whether reports of modalities a and b, folded,
// may be of one event: a hypothetical or negated event merges only with
// another alike.
func sameModality(a, b string) bool {
	if hidden[a] || hidden[b] {
		return a == b
	}
	return true
}

// shareActors reports whether e and s have participants enough in
// common: two names, or, if either has a single participant, that
// participant in the same role.
func shareActors(e, s *sketch) bool {
	en, sn := actorNames(e), actorNames(s)
	if len(en) == 1 || len(sn) == 1 {
		return len(en) == 1 && len(sn) == 1 && en[0] == sn[0] && roleOf(e, en[0]) == roleOf(s, sn[0])
	}
	return len(sharedNames(e, s)) >= 2
}

// identical reports whether e and s say exactly the same: type,
// modality, participants in their roles and one exact day.
func identical(e, s *sketch) bool {
	return e.typ == s.typ && e.modality == s.modality &&
		exact(e) && exact(s) && e.first == s.first &&
		slices.Equal(roles(e), roles(s))
}

// near reports whether a document of the stored event s was published
// within relativeDays of the document being written.
func (w *writer) near(s *sketch) bool {
	for _, day := range s.docDays {
		if n, ok := daysBetween(min(day, w.doc.Date), max(day, w.doc.Date)); ok && n <= relativeDays {
			return true
		}
	}
	return false
}

// actorNames returns the folded names of s's participants, each once, in
// order; not its reporters, who take no part in it.
func actorNames(s *sketch) []string {
	var names []string
	for _, p := range s.actors {
		if p.role != event.Reporter && !slices.Contains(names, p.name) {
			names = append(names, p.name)
		}
	}
	return names
}

// sharedNames returns the folded names e and s both have.
func sharedNames(e, s *sketch) []string {
	sn := actorNames(s)
	return slices.DeleteFunc(actorNames(e), func(n string) bool { return !slices.Contains(sn, n) })
}

// roleOf returns the role of the first participant of s called name
// (folded).
func roleOf(s *sketch, name string) event.Role {
	for _, p := range s.actors {
		if p.name == name {
			return p.role
		}
	}
	return ""
}

// roles returns s's participants as sorted "name|role" strings.
func roles(s *sketch) []string {
	var rs []string
	for _, p := range s.actors {
		rs = append(rs, p.name+"|"+string(p.role))
	}
	slices.Sort(rs)
	return slices.Compact(rs)
}

// daysBetween returns the number of days from a to b, both YYYY-MM-DD,
// and false if either is not a day.
func daysBetween(a, b string) (int, bool) {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return int(tb.Sub(ta).Hours() / 24), true
}

// shiftDay returns the day n days after day (before, if n is negative),
// or day itself if it is not YYYY-MM-DD.
func shiftDay(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}
