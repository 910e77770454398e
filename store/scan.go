package store

import (
	"context"
	"slices"

	"github.com/dgraph-io/badger/v4"
)

// each calls fn with the events f selects, in the order of compareEvents.
// Its candidates come from the narrowest index at hand: the lead query
// actor's (x/; the one named in the fewest documents), the others
// checked on each event read; else the types' (y/); else the start
// index (t/). Each index is
// read in two parts: the short events from maxShortDays before the
// window to its end, streamed, and the long ones up to the window's
// end, read first and merged in by start day (see class). Entries that
// end before the window, or of types or kinds f does not show, are
// dropped on their value, without reading the event. Events are read
// one start day at a time and sorted within it.
func (f *filter) each(ctx context.Context, txn *badger.Txn, withReports bool, fn func(Event) error) error {
	r := txnKV{txn}
	e := &emitter{f: f, ctx: ctx, txn: txn, reports: withReports, fn: fn}
	switch {
	case len(f.actors) > 0:
		prefix := func(c class) string { return byActorPrefix(f.actors[0], c) }
		return f.stream(ctx, txn, prefix, f.keepActor, e)
	case f.types != nil:
		var hits []indexHit
		for t := range f.types {
			got, err := f.scanClasses(ctx, r, func(c class) string { return byTypePrefix(t, c) }, f.keepEnd)
			if err != nil {
				return err
			}
			hits = append(hits, got...)
		}
		slices.SortFunc(hits, compareHits)
		for _, h := range hits {
			if err := e.hit(h); err != nil {
				return err
			}
		}
		return e.flush()
	}
	return f.stream(ctx, txn, startPrefix, f.keepEnd, e)
}

// stream passes the entries of the index whose prefix for each class is
// prefix(class), over the start days of events that may overlap the
// window, to e in order of day: the long ones read first, the short ones
// as they are read.
func (f *filter) stream(ctx context.Context, txn *badger.Txn, prefix func(class) string, keep func(string, []byte) bool, e *emitter) error {
	longs, err := txnKV{txn}.scan(ctx, prefix(long), "", f.win.to, keep)
	if err != nil {
		return err
	}
	from := ""
	if f.win.from != "" {
		from = shiftDay(f.win.from, -maxShortDays)
	}
	err = eachIndex(ctx, txn, prefix(short), from, f.win.to, func(item *badger.Item, day, id string) error {
		ok, err := keepItem(item, day, keep)
		if err != nil || !ok {
			return err
		}
		for len(longs) > 0 && longs[0].day <= day {
			if err := e.hitIn(long, longs[0]); err != nil {
				return err
			}
			longs = longs[1:]
		}
		return e.hitIn(short, indexHit{day, id})
	})
	if err != nil {
		return err
	}
	for _, h := range longs {
		if err := e.hitIn(long, h); err != nil {
			return err
		}
	}
	return e.flush()
}

// scanClasses returns the entries of the index whose prefix for each
// class is prefix(class) over the start days of the events that may
// overlap the window, and which keep accepts.
func (f *filter) scanClasses(ctx context.Context, r reader, prefix func(class) string, keep func(day string, val []byte) bool) ([]indexHit, error) {
	from := ""
	if f.win.from != "" {
		from = shiftDay(f.win.from, -maxShortDays)
	}
	hits, err := r.scan(ctx, prefix(short), from, f.win.to, keep)
	if err != nil {
		return nil, err
	}
	more, err := r.scan(ctx, prefix(long), "", f.win.to, keep)
	return append(hits, more...), err
}

// An emitter reads the events of index entries given in order of start
// day, and passes those its filter selects to fn, each day's sorted.
type emitter struct {
	f       *filter
	ctx     context.Context
	txn     *badger.Txn
	reports bool
	fn      func(Event) error
	day     string // of the events held
	held    []Event
}

// hitIn is hit for an entry h of an actor index of span class c: an
// event the other query actors take part in has their entries too, of
// the same class, day and ID, so one without them is passed over before
// its event is read.
func (e *emitter) hitIn(c class, h indexHit) error {
	if len(e.f.actors) > 1 {
		r := txnKV{e.txn}
		for _, a := range e.f.actors[1:] {
			found, err := r.get(byActorKey(a, c, h.day, h.id), nil)
			if err != nil || !found {
				return err
			}
		}
	}
	return e.hit(h)
}

// hit reads the event of h, if it may be selected, and holds it until
// the events of its day are all read.
func (e *emitter) hit(h indexHit) error {
	if h.day != e.day {
		if err := e.flush(); err != nil {
			return err
		}
		e.day = h.day
	}
	if err := e.ctx.Err(); err != nil {
		return err
	}
	ev, ok, err := e.f.fetch(e.ctx, e.txn, h.id, e.reports)
	if err == nil && ok {
		e.held = append(e.held, ev)
	}
	return err
}

// flush passes the events held, sorted, to fn.
func (e *emitter) flush() error {
	slices.SortFunc(e.held, compareEvents)
	for _, ev := range e.held {
		if err := e.fn(ev); err != nil {
			return err
		}
	}
	e.held = e.held[:0]
	return nil
}
