package store

import (
	"context"

	"github.com/dgraph-io/badger/v4"
)

// candidates returns the IDs of the events that may match f, read from
// the narrowest index at hand: the first actor's, else the types', else
// the end-day index for a window open on the right, else the start-day
// index. Each scan stops past the window's end.
func (f *filter) candidates(ctx context.Context, txn *badger.Txn) ([]string, error) {
	switch {
	case len(f.actors) > 0:
		return scan(ctx, txn, byActorPrefix(f.actors[0]), "", f.win.to, f.keepType)
	case f.types != nil:
		var ids []string
		for t := range f.types {
			got, err := scan(ctx, txn, byTypePrefix(t), "", f.win.to, nil)
			if err != nil {
				return nil, err
			}
			ids = append(ids, got...)
		}
		return ids, nil
	case f.win.from != "" && f.win.to == "":
		return scan(ctx, txn, prefixEnd, f.win.from, "", nil)
	}
	return scan(ctx, txn, prefixStart, "", f.win.to, f.keepEnd)
}

// scan returns the event IDs of the index entries under prefix whose day
// lies in [from, to] (an empty bound is open) and which keep accepts (nil
// accepts all). It reads keys only, values only when keep asks, and stops
// at the first day past to.
func scan(ctx context.Context, txn *badger.Txn, prefix, from, to string, keep func(day string, val []byte) bool) ([]string, error) {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: []byte(prefix)})
	defer it.Close()
	var ids []string
	for it.Seek([]byte(prefix + from)); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		item := it.Item()
		day, id := splitIndexKey(item.Key(), prefix)
		if to != "" && day > to {
			break
		}
		if keep != nil {
			var ok bool
			if err := item.Value(func(val []byte) error { ok = keep(day, val); return nil }); err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
		}
		ids = append(ids, id)
	}
	return ids, nil
}
