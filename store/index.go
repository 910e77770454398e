package store

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// An entry is a key and its value.
type entry struct {
	key, val []byte
}

// indexEntries returns the time, type and actor index entries of event e.
func indexEntries(e Event) []entry {
	start, end := span(e)
	entries := []entry{
		{startKey(start, e.ID), []byte(end)},
		{endKey(end, e.ID), []byte(start)},
		{byTypeKey(e.Type, start, e.ID), nil},
	}
	for _, p := range e.Actors {
		if fold(p.Name) != "" {
			entries = append(entries, entry{byActorKey(p.Name, start, e.ID), actorEntry(p.Role, e)})
		}
	}
	return entries
}

// index writes the index entries of event e in scope s. Writing an entry
// that is there already leaves it as it was.
func (w *writer) index(e Event, s scope) error {
	for _, en := range indexEntries(e) {
		if err := w.kv.set(en.key, en.val, s); err != nil {
			return err
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
	}
	return nil
}

// actorEntry is the value of an actor index entry: the actor's role, the
// event's type and its CAMEO code, joined by "|".
func actorEntry(role event.Role, e Event) []byte {
	return []byte(string(role) + "|" + e.Type + "|" + e.Cameo)
}

// parseActorEntry splits the value of an actor index entry. Entries
// written before the CAMEO code was added have none.
func parseActorEntry(val []byte) (role, typ, cameo string) {
	role, rest, _ := strings.Cut(string(val), "|")
	typ, cameo, _ = strings.Cut(rest, "|")
	return role, typ, cameo
}
