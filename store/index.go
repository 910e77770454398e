package store

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// An entry is a key and its value. An entry of the kind index also
// gives its prefix and what scan makes of it, for the merge cache.
type entry struct {
	key, val []byte
	list     string // the kindPrefix of an entry of the kind index
	hit      indexHit
}

// indexEntries returns the time, type, actor and kind index entries of
// event e.
func indexEntries(e Event) []entry {
	start, end := span(e)
	c := classOf(start, end)
	entries := []entry{
		{key: startKey(c, start, e.ID), val: []byte(end)},
		{key: byTypeKey(e.Type, c, start, e.ID), val: []byte(end)},
	}
	kinds := kindsOf(e.Type, e.Cameo)
	var seen []string
	for _, p := range e.Actors {
		name := fold(p.Name)
		if name == "" {
			continue
		}
		entries = append(entries, entry{key: byActorKey(name, c, start, e.ID), val: actorEntry(p.Role, e, end)})
		if p.Role == event.Reporter || containsString(seen, name) {
			continue
		}
		seen = append(seen, name)
		for _, k := range kinds {
			prefix := kindPrefix(k, name)
			entries = append(entries, entry{key: []byte(prefix + start + sep + e.ID), list: prefix, hit: indexHit{start, e.ID}})
		}
	}
	return entries
}

// kindsOf returns the kinds under which the merge rule finds an event of
// type typ and CAMEO code code: its type, and its code's two-digit root.
// Two events may merge only if they share one (see sameKind).
func kindsOf(typ, code string) []string {
	var kinds []string
	if t := fold(typ); t != "" {
		kinds = append(kinds, "t"+t)
	}
	if r := cameo.RootOf(code); r != "" {
		kinds = append(kinds, "c"+string(r))
	}
	return kinds
}

// containsString reports whether ss holds s.
func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// index writes the index entries of event e in scope s. Writing an entry
// that is there already leaves it as it was.
func (w *writer) index(e Event, s scope) error {
	for _, en := range indexEntries(e) {
		if err := w.kv.set(en.key, en.val, s); err != nil {
			return err
		}
		if en.list != "" {
			w.sketches.cache.add(en.list, en.hit)
		}
	}
	return nil
}

// unindex deletes the index entries index wrote for event e.
func (w *writer) unindex(e Event, s scope) error {
	for _, en := range indexEntries(e) {
		if err := w.kv.delete(en.key, s); err != nil {
			return err
		}
		if en.list != "" {
			w.sketches.cache.remove(en.list, en.hit)
		}
	}
	return nil
}

// actorEntry is the value of an actor index entry: the actor's role, the
// event's type, its CAMEO code and its last day, joined by "|".
func actorEntry(role event.Role, e Event, end string) []byte {
	return []byte(string(role) + "|" + e.Type + "|" + e.Cameo + "|" + end)
}

// parseActorEntry splits the value of an actor index entry.
func parseActorEntry(val []byte) (role, typ, cameo, end string) {
	role, rest, _ := strings.Cut(string(val), "|")
	typ, rest, _ = strings.Cut(rest, "|")
	cameo, end, _ = strings.Cut(rest, "|")
	return role, typ, cameo, end
}
