package store

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract"
)

// index writes the time, type and actor index entries of event e.
// Writing an entry that is there already leaves it as it was.
func (w *writer) index(e extract.Event) error {
	start, end := span(e)
	if err := w.txn.Set(startKey(start, e.ID), []byte(end)); err != nil {
		return err
	}
	if err := w.txn.Set(endKey(end, e.ID), []byte(start)); err != nil {
		return err
	}
	if err := w.txn.Set(byTypeKey(e.Type, start, e.ID), nil); err != nil {
		return err
	}
	for _, p := range e.Actors {
		if fold(p.Name) == "" {
			continue
		}
		if err := w.txn.Set(byActorKey(p.Name, start, e.ID), actorEntry(p.Role, e)); err != nil {
			return err
		}
	}
	return nil
}

// unindex deletes the index entries index wrote for event e.
func (w *writer) unindex(e extract.Event) error {
	start, end := span(e)
	keys := [][]byte{startKey(start, e.ID), endKey(end, e.ID), byTypeKey(e.Type, start, e.ID)}
	for _, p := range e.Actors {
		if fold(p.Name) != "" {
			keys = append(keys, byActorKey(p.Name, start, e.ID))
		}
	}
	for _, key := range keys {
		if err := w.txn.Delete(key); err != nil {
			return err
		}
	}
	return nil
}

// actorEntry is the value of an actor index entry: the actor's role, the
// event's type and its CAMEO code, joined by "|".
func actorEntry(role string, e extract.Event) []byte {
	return []byte(role + "|" + e.Type + "|" + e.Cameo)
}

// parseActorEntry splits the value of an actor index entry. Entries
// written before the CAMEO code was added have none.
func parseActorEntry(val []byte) (role, typ, cameo string) {
	role, rest, _ := strings.Cut(string(val), "|")
	typ, cameo, _ = strings.Cut(rest, "|")
	return role, typ, cameo
}
