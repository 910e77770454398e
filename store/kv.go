package store

import (
	"context"
	"errors"

	"github.com/dgraph-io/badger/v4"
)

// A scope says who may see a write before the document being written is
// complete. It matters only to a document stored in stages (see "Large
// documents" in the package documentation); one stored in one
// transaction makes all its writes at once.
type scope int

const (
	// shared writes change what queries show as soon as they are made:
	// the document record, actors, aliases, and stored events that
	// other documents reported. A document stored in stages makes them
	// all in its last transaction.
	shared scope = iota

	// own writes belong to the document alone: its text, the mentions
	// in it, and the events it is the first to report, with their index
	// entries and edges. Queries pass over them while the document is
	// pending, so a document stored in stages may make them early.
	own
)

// A reader reads keys, within a transaction or on top of the writes a
// writer has yet to make.
type reader interface {
	// get calls fn with the value at key, if there is one, and reports
	// whether there is. A nil fn only checks that the key exists.
	get(key []byte, fn func(val []byte) error) (bool, error)

	// scan returns the index entries under prefix whose day lies in
	// [from, to] (an empty bound is open) and which keep accepts (nil
	// accepts all), in key order.
	scan(ctx context.Context, prefix, from, to string, keep func(day string, val []byte) bool) ([]indexHit, error)
}

// An indexHit is an index entry as scan returns it: its day and event ID.
type indexHit struct{ day, id string }

// idsOf returns the event IDs of hits, in order.
func idsOf(hits []indexHit) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	return ids
}

// A kv is what a writer reads and writes.
type kv interface {
	reader
	set(key, val []byte, s scope) error
	delete(key []byte, s scope) error

	// checkpoint marks a point between whole writes (a chunk of text,
	// a mention, an event), where a document stored in stages may
	// make the own writes it has so far.
	checkpoint() error
}

// txnKV reads and writes within one Badger transaction. Scopes do not
// matter to it: the transaction commits every write at once.
type txnKV struct{ txn *badger.Txn }

func (t txnKV) get(key []byte, fn func(val []byte) error) (_ bool, err error) {
	defer recoverDamage(&err)
	item, err := t.txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if fn == nil {
		return true, nil
	}
	return true, itemValue(item, fn)
}

func (t txnKV) set(key, val []byte, _ scope) error { return t.txn.Set(key, val) }

func (t txnKV) delete(key []byte, _ scope) error { return t.txn.Delete(key) }

func (t txnKV) checkpoint() error { return nil }

func (t txnKV) scan(ctx context.Context, prefix, from, to string, keep func(day string, val []byte) bool) ([]indexHit, error) {
	var hits []indexHit
	err := eachIndex(ctx, t.txn, prefix, from, to, func(item *badger.Item, day, id string) error {
		ok, err := keepItem(item, day, keep)
		if ok {
			hits = append(hits, indexHit{day, id})
		}
		return err
	})
	return hits, err
}

// eachIndex calls fn with each index entry under prefix whose day is
// from or later, in key order, with its day and event ID. It reads keys
// only and stops at the first day past to (an empty to is open).
func eachIndex(ctx context.Context, txn *badger.Txn, prefix, from, to string, fn func(item *badger.Item, day, id string) error) (err error) {
	defer recoverDamage(&err)
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: []byte(prefix)})
	defer it.Close()
	for it.Seek([]byte(prefix + from)); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		item := it.Item()
		day, id := splitIndexKey(item.Key(), prefix)
		if to != "" && day > to {
			break
		}
		if err := fn(item, day, id); err != nil {
			return err
		}
	}
	return nil
}

// keepItem reports whether keep accepts the index entry item of day,
// reading its value only if there is a keep.
func keepItem(item *badger.Item, day string, keep func(day string, val []byte) bool) (bool, error) {
	if keep == nil {
		return true, nil
	}
	var ok bool
	err := itemValue(item, func(val []byte) error { ok = keep(day, val); return nil })
	return ok, err
}
