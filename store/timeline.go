package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// A Query selects events for Timeline. The zero Query selects every event
// except hypothetical and negated ones.
type Query struct {
	// Actors are names or aliases, matched as Resolve matches them; an
	// event must involve all of them.
	Actors []string

	// Types are event types ("meet", "threaten"), ignoring case; empty
	// means all.
	Types []string

	// From and To bound the days of the events, inclusive, as
	// YYYY-MM-DD; empty is open. An event is selected if the days it
	// covers, [FirstDay, LastDay], overlap [From, To]. Undated events are
	// selected only when both are empty.
	From, To string

	// Modalities are the modalities to show. Empty means all but
	// hypothetical and negated.
	Modalities []string

	// All shows every modality, overriding Modalities.
	All bool
}

// Timeline returns the events q selects, sorted by FirstDay, then LastDay, then
// ID. If a name in q.Actors resolves to no actor, the error matches
// ErrNotFound and quotes it.
func (db *DB) Timeline(ctx context.Context, q Query) ([]Event, error) {
	win, err := newWindow(q)
	if err != nil {
		return nil, err
	}
	var events []Event
	err = db.bdb.View(func(txn *badger.Txn) error {
		r := txnKV{txn}
		f, err := newFilter(r, q, win)
		if err != nil {
			return err
		}
		f.pending = pendingDocs(txn)
		ids, err := f.candidates(ctx, r)
		if err != nil {
			return err
		}
		events, err = f.fetch(ctx, r, ids)
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(events, compareEvents)
	return events, nil
}

// compareEvents orders events by FirstDay, then LastDay, then ID.
func compareEvents(a, b Event) int {
	return cmp.Or(cmp.Compare(a.FirstDay, b.FirstDay), cmp.Compare(a.LastDay, b.LastDay), cmp.Compare(a.ID, b.ID))
}

// A filter is a Query made ready to match events.
type filter struct {
	win        window
	actors     []string        // folded canonical names
	types      map[string]bool // folded; nil means any
	modalities map[string]bool // folded; nil means the default
	all        bool
	pending    map[string]bool // hashes of the documents being stored in stages
}

// hidden are the modalities a query hides by default.
var hidden = map[string]bool{string(event.Hypothetical): true, string(event.Negated): true}

// newFilter resolves the actors of q within r.
func newFilter(r reader, q Query, win window) (*filter, error) {
	f := &filter{win: win, types: foldSet(q.Types), modalities: foldSet(q.Modalities), all: q.All}
	for _, name := range q.Actors {
		a, err := resolve(r, name)
		if err != nil {
			return nil, err
		}
		f.actors = append(f.actors, fold(a.Name))
	}
	return f, nil
}

// foldSet returns the folded strings of ss as a set, or nil if ss is
// empty.
func foldSet(ss []string) map[string]bool {
	if len(ss) == 0 {
		return nil
	}
	set := make(map[string]bool, len(ss))
	for _, s := range ss {
		set[fold(s)] = true
	}
	return set
}

// match reports whether f selects e.
func (f *filter) match(e Event) bool {
	if f.hides(e) || !f.win.overlaps(span(e)) || !f.showType(e.Type) || !f.showModality(e.Modality) {
		return false
	}
	for _, want := range f.actors {
		if !slices.ContainsFunc(e.Actors, func(p event.Participant) bool { return fold(p.Name) == want }) {
			return false
		}
	}
	return true
}

// hides reports whether e is reported only by documents still being
// stored: an event a document stored in stages is the first to report
// shows only once the document is complete.
func (f *filter) hides(e Event) bool {
	if len(f.pending) == 0 || len(e.Documents) == 0 {
		return false
	}
	for _, h := range e.Documents {
		if !f.pending[h] {
			return false
		}
	}
	return true
}

func (f *filter) showType(t string) bool { return f.types == nil || f.types[fold(t)] }

func (f *filter) showModality(m event.Modality) bool {
	switch {
	case f.all:
		return true
	case f.modalities != nil:
		return f.modalities[fold(string(m))]
	}
	return !hidden[fold(string(m))]
}

// fetch reads the events ids and returns those f selects.
func (f *filter) fetch(ctx context.Context, r reader, ids []string) ([]Event, error) {
	var events []Event
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var e Event
		found, err := getJSON(r, eventKey(id), &e)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, fmt.Errorf("store: index names missing event %q", id)
		}
		if f.match(e) {
			events = append(events, e)
		}
	}
	return events, nil
}

// keepType is an index filter that drops actor index entries whose
// event type f does not show.
func (f *filter) keepType(_ string, val []byte) bool {
	_, typ, _ := parseActorEntry(val)
	return f.showType(typ)
}

// keepEnd is an index filter that drops time index entries of events
// ending before the window.
func (f *filter) keepEnd(_ string, val []byte) bool {
	return f.win.from == "" || string(val) >= f.win.from
}
