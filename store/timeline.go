package store

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

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

	// Reports fills in each event's Documents and Mentions, which are
	// kept apart from the event and read only when asked for.
	Reports bool

	// Kind, if not nil, keeps only events of the types and CAMEO codes
	// it accepts (event.IsMeeting, say). With Actors, it is applied to
	// the actor index, before any event is read.
	Kind func(typ, cameo string) bool
}

// Timeline returns the events q selects, sorted by their first day,
// then last (as the indexes record them: a missing bound takes the
// value of the other, and undated events come first), then ID. If a
// name in q.Actors resolves to no actor, the error matches ErrNotFound
// and quotes it.
func (db *DB) Timeline(ctx context.Context, q Query) ([]Event, error) {
	var events []Event
	err := db.EachEvent(ctx, q, func(e Event) error {
		events = append(events, e)
		return nil
	})
	return events, err
}

// EachEvent calls fn with each event q selects, in Timeline's order, as
// it reads them: a timeline of the whole store is written in the memory
// of one day's events. An error from fn stops it and is returned.
func (db *DB) EachEvent(ctx context.Context, q Query, fn func(Event) error) error {
	win, err := newWindow(q)
	if err != nil {
		return err
	}
	return db.view(func(txn *badger.Txn) error {
		f, err := newFilter(ctx, txn, q, win)
		if err != nil {
			return err
		}
		f.pending = pendingDocs(txn)
		return f.each(ctx, txn, q.Reports, fn)
	})
}

// compareEvents orders events by start day, then end day (see span),
// then ID.
func compareEvents(a, b Event) int {
	as, ae := span(a)
	bs, be := span(b)
	return cmp.Or(cmp.Compare(as, bs), cmp.Compare(ae, be), cmp.Compare(a.ID, b.ID))
}

// A filter is a Query made ready to match events.
type filter struct {
	win        window
	kind       func(typ, cameo string) bool
	actors     []string        // folded canonical names
	types      map[string]bool // folded; nil means any
	modalities map[string]bool // folded; nil means the default
	all        bool
	pending    map[string]bool // hashes of the documents being stored in stages
}

// hidden are the modalities a query hides by default.
var hidden = map[string]bool{string(event.Hypothetical): true, string(event.Negated): true}

// newFilter resolves the actors of q within txn.
func newFilter(ctx context.Context, txn *badger.Txn, q Query, win window) (*filter, error) {
	f := &filter{win: win, kind: q.Kind, types: foldSet(q.Types), modalities: foldSet(q.Modalities), all: q.All}
	fewest := -1
	for _, name := range q.Actors {
		a, err := resolveQuery(ctx, txn, name)
		if err != nil {
			return nil, err
		}
		f.actors = append(f.actors, fold(a.Name))
		// The actor named in the fewest documents leads: its index
		// entries are read, and the events are checked for the others.
		var s ActorSummary
		if _, err := getActor(txnKV{txn}, a.Name, &s); err != nil {
			return nil, err
		}
		if i := len(f.actors) - 1; fewest < 0 || s.Documents < fewest {
			fewest = s.Documents
			f.actors[0], f.actors[i] = f.actors[i], f.actors[0]
		}
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
	if f.hides(e) || !f.win.overlaps(span(e)) || !f.showType(e.Type) || !f.showKind(e.Type, e.Cameo) || !f.showModality(e.Modality) {
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

func (f *filter) showKind(typ, cameo string) bool { return f.kind == nil || f.kind(typ, cameo) }

func (f *filter) showModality(m event.Modality) bool {
	switch {
	case f.all:
		return true
	case f.modalities != nil:
		return f.modalities[fold(string(m))]
	}
	return !hidden[fold(string(m))]
}

// fetch reads the event id and reports whether f selects it, with its
// reports if withReports is set.
func (f *filter) fetch(ctx context.Context, txn *badger.Txn, id string, withReports bool) (Event, bool, error) {
	var e Event
	found, err := getEvent(txnKV{txn}, id, &e)
	if err != nil {
		return e, false, err
	}
	if !found {
		return e, false, fmt.Errorf("store: index names missing event %q", id)
	}
	if !f.match(e) {
		return e, false, nil
	}
	if withReports || len(f.pending) > 0 {
		if err := readReports(ctx, txn, &e); err != nil {
			return e, false, err
		}
		if f.hides(e) {
			return e, false, nil
		}
		if !withReports {
			e.Documents, e.Mentions = nil, nil
		}
	}
	return e, true, nil
}

// readReports reads the reports of the stored event e into e.Mentions,
// in the order stored, and the hashes of their documents, each once,
// into e.Documents.
func readReports(ctx context.Context, txn *badger.Txn, e *Event) error {
	e.Mentions, e.Documents = nil, nil
	return eachValue(ctx, txn, reportPrefix(e.ID), func(val []byte) error {
		var m Report
		if err := json.Unmarshal(val, &m); err != nil {
			return fmt.Errorf("store: decode report of event %q: %w", e.ID, err)
		}
		e.Mentions = append(e.Mentions, m)
		if m.Hash != "" && !slices.Contains(e.Documents, m.Hash) {
			e.Documents = append(e.Documents, m.Hash)
		}
		return nil
	})
}

// keepActor is an index filter that drops actor index entries of events
// outside the window or of types f does not show.
func (f *filter) keepActor(day string, val []byte) bool {
	_, typ, cameo, end := parseActorEntry(val)
	return f.showType(typ) && f.showKind(typ, cameo) && f.win.overlaps(day, end)
}

// keepEnd is an index filter that drops time and type index entries, of
// events starting on day and ending on the day their value holds, that
// are outside the window.
func (f *filter) keepEnd(day string, val []byte) bool {
	return f.win.overlaps(day, string(val))
}

// Types returns the types of the stored events, folded, in order. It
// reads one index key for each type.
func (db *DB) Types(ctx context.Context) ([]string, error) {
	var types []string
	err := db.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: []byte(prefixByType)})
		defer it.Close()
		for it.Seek([]byte(prefixByType)); it.Valid(); {
			if err := ctx.Err(); err != nil {
				return err
			}
			rest := it.Item().Key()[len(prefixByType):]
			typ, _, ok := strings.Cut(string(rest), sep)
			if !ok {
				return fmt.Errorf("store: malformed type index key %q", it.Item().Key())
			}
			types = append(types, typ)
			// Past every entry of typ: sep+1 sorts after them all.
			it.Seek([]byte(prefixByType + typ + "\x01"))
		}
		return nil
	})
	return types, err
}
