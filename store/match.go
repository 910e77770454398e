package store

import (
	"fmt"
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

// timeOf returns the time of e, or false if e is undated or covers more
// than maxMergeDays days. An event dated only against the publication
// date may fall up to relativeDays before it (PAST_REF), after it
// (FUTURE_REF) or either (PRESENT_REF).
func timeOf(e Event) (when, bool) {
	start, end := span(e)
	n, ok := daysBetween(start, end)
	if !ok || n < 0 || n+1 > maxMergeDays {
		return when{}, false
	}
	t := when{from: start, to: end, relative: strings.HasSuffix(e.Date, "_REF")}
	t.exact = !t.relative && e.Relation == "" && start == end
	if t.relative {
		if e.Date != "FUTURE_REF" {
			t.from = shiftDay(start, -relativeDays)
		}
		if e.Date != "PAST_REF" {
			t.to = shiftDay(end, relativeDays)
		}
	}
	return t, true
}

// exact reports whether e is dated to one calendar day with no relation.
func exact(e Event) bool {
	t, ok := timeOf(e)
	return ok && t.exact
}

// match returns the stored event that e, a report in the document being
// written, is another report of, if there is one. Its candidates come
// from the actor index of each of e's participants but the last (any two
// shared names include one of them), over the days an event that may
// merge with e can start on.
func (w *writer) match(e Event) (Event, bool, error) {
	t, ok := timeOf(e)
	names := actorNames(e)
	if !ok || len(names) == 0 || fold(e.Type) == "" && len(strings.TrimSpace(e.Cameo)) < 2 {
		return Event{}, false, nil
	}
	lead := names
	if len(names) > 1 {
		lead = names[:len(names)-1]
	}
	from, to := shiftDay(t.from, -(maxMergeDays+relativeDays)), shiftDay(t.to, relativeDays)
	var best candidate
	seen := map[string]bool{}
	for _, name := range lead {
		keep := func(_ string, val []byte) bool {
			role, typ, cameo := parseActorEntry(val)
			return sameKind(e.Type, e.Cameo, typ, cameo) && (len(names) > 1 || role == string(roleOf(e, name)))
		}
		ids, err := w.kv.scan(w.ctx, byActorPrefix(name), from, to, keep)
		if err != nil {
			return Event{}, false, err
		}
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			if err := w.consider(&best, e, t, id); err != nil {
				return Event{}, false, err
			}
		}
	}
	if best.e.ID == "" {
		return Event{}, false, nil
	}
	var cur Event
	found, err := getJSON(w.kv, eventKey(best.e.ID), &cur)
	if err == nil && !found {
		err = fmt.Errorf("store: index names missing event %q", best.e.ID)
	}
	return cur, found, err
}

// sketch returns the stored event id as the merge rule reads it: without
// its reports and texts (evidence, trigger, time), which the rule does
// not read. The
// writer keeps the sketches of the events it reads and writes, since
// the events of a long document weigh the same stored events over and
// over.
func (w *writer) sketch(id string) (Event, error) {
	if s, ok := w.sketches[id]; ok {
		return s, nil
	}
	var s Event
	found, err := getJSON(w.kv, eventKey(id), &s)
	if err == nil && !found {
		err = fmt.Errorf("store: index names missing event %q", id)
	}
	if err != nil {
		return s, err
	}
	w.remember(s)
	return w.sketches[id], nil
}

// remember keeps the sketch of e, which is stored as it is.
func (w *writer) remember(e Event) {
	e.Mentions, e.Evidence, e.Trigger, e.TimeText = nil, "", "", ""
	w.sketches[e.ID] = e
}

// A candidate is a stored event e may merge with, and how well it fits.
type candidate struct {
	e      Event
	shared int  // participants shared
	same   bool // the same type, not only the same CAMEO root
	apart  int  // days between the starts
}

// better reports whether c fits better than d: more shared participants,
// the same type, closer in time, then the lower ID.
func (c candidate) better(d candidate) bool {
	if d.e.ID == "" {
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
	return c.e.ID < d.e.ID
}

// consider reads the stored event id and makes it best if e may merge
// with it and it fits better.
func (w *writer) consider(best *candidate, e Event, t when, id string) error {
	s, err := w.sketch(id)
	if err != nil {
		return err
	}
	ok, err := w.mergeable(e, t, s)
	if err != nil || !ok {
		return err
	}
	d0, _ := span(e)
	d1, _ := span(s)
	apart, _ := daysBetween(min(d0, d1), max(d0, d1))
	c := candidate{e: s, shared: len(sharedNames(e, s)), same: fold(e.Type) == fold(s.Type), apart: apart}
	if c.better(*best) {
		*best = c
	}
	return nil
}

// mergeable reports whether e, dated t, and the stored event s are
// reports of one event.
func (w *writer) mergeable(e Event, t when, s Event) (bool, error) {
	st, ok := timeOf(s)
	switch {
	case !ok || !sameKind(e.Type, e.Cameo, s.Type, s.Cameo) || !sameModality(e.Modality, s.Modality):
		return false, nil
	case t.from > st.to || st.from > t.to:
		return false, nil
	case t.exact && st.exact && t.from != st.from:
		return false, nil
	case !shareActors(e, s):
		return false, nil
	case slices.Contains(s.Documents, w.hash):
		// Two reports in one document are two events unless they say
		// exactly the same.
		return identical(e, s), nil
	case t.relative || st.relative:
		return w.near(s)
	}
	return true, nil
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

// sameModality reports whether reports of modalities a and b may be of
// one event: a hypothetical or negated event merges only with another
// alike.
func sameModality(x, y event.Modality) bool {
	a, b := fold(string(x)), fold(string(y))
	if hidden[a] || hidden[b] {
		return a == b
	}
	return true
}

// shareActors reports whether e and s have participants enough in
// common: two names, or, if either has a single participant, that
// participant in the same role.
func shareActors(e, s Event) bool {
	en, sn := actorNames(e), actorNames(s)
	if len(en) == 1 || len(sn) == 1 {
		return len(en) == 1 && len(sn) == 1 && en[0] == sn[0] && roleOf(e, en[0]) == roleOf(s, sn[0])
	}
	return len(sharedNames(e, s)) >= 2
}

// identical reports whether e and s say exactly the same: type,
// modality, participants in their roles and one exact day.
func identical(e, s Event) bool {
	return fold(e.Type) == fold(s.Type) && fold(string(e.Modality)) == fold(string(s.Modality)) &&
		exact(e) && exact(s) && e.FirstDay == s.FirstDay &&
		slices.Equal(roles(e), roles(s))
}

// near reports whether a document of the stored event s was published
// within relativeDays of the document being written.
func (w *writer) near(s Event) (bool, error) {
	for _, h := range s.Documents {
		day, err := w.docDay(h)
		if err != nil {
			return false, err
		}
		if n, ok := daysBetween(min(day, w.doc.Date), max(day, w.doc.Date)); ok && n <= relativeDays {
			return true, nil
		}
	}
	return false, nil
}

// docDay returns the publication day of the stored document hash, or ""
// if it has none.
func (w *writer) docDay(hash string) (string, error) {
	if hash == w.hash {
		return w.doc.Date, nil
	}
	if day, ok := w.days[hash]; ok {
		return day, nil
	}
	var d struct {
		Date string `json:"date"`
	}
	if _, err := getJSON(w.kv, docKey(hash), &d); err != nil {
		return "", err
	}
	w.days[hash] = d.Date
	return d.Date, nil
}

// actorNames returns the folded names of e's participants, each once, in
// order; not its reporters, who take no part in it.
func actorNames(e Event) []string {
	var names []string
	for _, p := range e.Actors {
		if n := fold(p.Name); n != "" && p.Role != event.Reporter && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// sharedNames returns the folded names e and s both have.
func sharedNames(e, s Event) []string {
	sn := actorNames(s)
	return slices.DeleteFunc(actorNames(e), func(n string) bool { return !slices.Contains(sn, n) })
}

// roleOf returns the role of the first participant of e called name
// (folded).
func roleOf(e Event, name string) event.Role {
	for _, p := range e.Actors {
		if fold(p.Name) == name {
			return p.Role
		}
	}
	return ""
}

// roles returns e's participants as sorted "name|role" strings, folded.
func roles(e Event) []string {
	var rs []string
	for _, p := range e.Actors {
		if n := fold(p.Name); n != "" {
			rs = append(rs, n+"|"+string(p.Role))
		}
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
