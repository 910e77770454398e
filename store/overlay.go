package store

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// A bufferKV writes one document in one Badger transaction, holding its
// writes back until flush. Badger sorts a transaction's pending writes
// each time it makes an iterator, and the merge rule makes one or more
// for each event, so a transaction written as it goes takes time
// quadratic in the document's size. Reads go to the transaction, which
// records them for conflict detection, then to the writes held back.
type bufferKV struct {
	txn     *badger.Txn
	pending overlay
}

func (b *bufferKV) get(key []byte, fn func(val []byte) error) (bool, error) {
	return getOver(b.txn, key, fn, &b.pending)
}

func (b *bufferKV) scan(ctx context.Context, prefix, from, to string, keep func(day string, val []byte) bool) ([]indexHit, error) {
	return scanOver(ctx, b.txn, prefix, from, to, keep, &b.pending)
}

func (b *bufferKV) set(key, val []byte, _ scope) error {
	b.pending.put(string(key), pendingWrite{val: val})
	return nil
}

func (b *bufferKV) delete(key []byte, _ scope) error {
	b.pending.put(string(key), pendingWrite{del: true})
	return nil
}

func (b *bufferKV) checkpoint() error { return nil }

// flush makes the writes held back in the transaction.
func (b *bufferKV) flush() error { return b.pending.writeTo(b.txn) }

// getOver is get on the overlays os, the first that has a write to key
// first, on top of txn.
func getOver(txn *badger.Txn, key []byte, fn func(val []byte) error, os ...*overlay) (bool, error) {
	for _, o := range os {
		if p, ok := o.m[string(key)]; ok {
			if p.del || fn == nil {
				return !p.del, nil
			}
			return true, fn(p.val)
		}
	}
	return txnKV{txn}.get(key, fn)
}

// scanOver is scan on the overlays os on top of txn: it reads index
// entries from txn, passing over those the overlays have writes to, and
// from the overlays, and returns them in key order.
func scanOver(ctx context.Context, txn *badger.Txn, prefix, from, to string, keep func(day string, val []byte) bool, os ...*overlay) ([]indexHit, error) {
	type hit struct {
		key string
		indexHit
	}
	var hits []hit
	err := eachIndex(ctx, txn, prefix, from, to, func(item *badger.Item, day, id string) error {
		for _, o := range os {
			if o.holds(item.Key()) {
				return nil
			}
		}
		ok, err := keepItem(item, day, keep)
		if ok {
			hits = append(hits, hit{string(item.Key()), indexHit{day, id}})
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, o := range os {
		for _, key := range o.under(prefix) {
			p := o.m[key]
			day, id := splitIndexKey([]byte(key), prefix)
			if !p.del && key >= prefix+from && (to == "" || day <= to) && (keep == nil || keep(day, p.val)) {
				hits = append(hits, hit{key, indexHit{day, id}})
			}
		}
	}
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Compare(a.key, b.key) })
	out := make([]indexHit, len(hits))
	for i, h := range hits {
		out[i] = h.indexHit
	}
	return out, nil
}

// A pendingWrite is a write not yet committed: a value, or a deletion.
type pendingWrite struct {
	val  []byte
	del  bool
	cost int64 // see stagedKV.cost
}

// An overlay is a set of writes not yet committed, the last write to
// each key, with their total cost as Badger counts it.
type overlay struct {
	m      map[string]pendingWrite
	groups map[string]map[string]bool // keys by their first component, through its sep
	size   int64
	count  int64
}

// put records the write p to key, replacing any earlier one.
func (o *overlay) put(key string, p pendingWrite) {
	if o.m == nil {
		o.m, o.groups = map[string]pendingWrite{}, map[string]map[string]bool{}
	}
	if old, ok := o.m[key]; ok {
		o.size -= old.cost
		o.count--
	}
	o.m[key] = p
	o.size += p.cost
	o.count++
	if g, ok := group(key); ok {
		if o.groups[g] == nil {
			o.groups[g] = map[string]bool{}
		}
		o.groups[g][key] = true
	}
}

// holds reports whether o has a write to key.
func (o *overlay) holds(key []byte) bool {
	_, ok := o.m[string(key)]
	return ok
}

// under returns the keys o has writes to under prefix, in no order. A
// prefix that ends a key's first component (an actor's index entries)
// is looked up; any other is searched for.
func (o *overlay) under(prefix string) []string {
	if g, ok := group(prefix); ok && len(g) == len(prefix) {
		keys := make([]string, 0, len(o.groups[g]))
		for key := range o.groups[g] {
			keys = append(keys, key)
		}
		return keys
	}
	var keys []string
	for key := range o.m {
		if strings.HasPrefix(key, prefix) {
			keys = append(keys, key)
		}
	}
	return keys
}

// writeTo makes the writes of o in txn.
func (o *overlay) writeTo(txn *badger.Txn) error {
	for key, p := range o.m {
		var err error
		if p.del {
			err = txn.Delete([]byte(key))
		} else {
			err = txn.Set([]byte(key), p.val)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// group returns the part of key that a scan names as its prefix, through
// the sep that ends it, and whether key has one: the first component of
// most keys, the first two of actor, type and kind index entries (the
// actor and span class, the type and class, the kind and actor), so that
// a scan of one index finds the overlay's writes to it by lookup.
func group(key string) (string, bool) {
	n := 1
	if len(key) > 2 && key[1] == '/' && (key[0] == 'x' || key[0] == 'y' || key[0] == 'k') {
		n = 2
	}
	end := 0
	for range n {
		i := strings.IndexByte(key[end:], sep[0])
		if i < 0 {
			return "", false
		}
		end += i + 1
	}
	return key[:end], true
}
