package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// getValue decodes the value at key with decode and reports whether the
// key exists; an error decode returns names the key.
func getValue(r reader, key []byte, decode func(val []byte) error) (bool, error) {
	found, err := r.get(key, decode)
	if err != nil && found {
		return true, fmt.Errorf("store: decode %q: %w", key, err)
	}
	return found, err
}

// getJSON decodes the value at key into v and reports whether the key
// exists.
func getJSON(r reader, key []byte, v any) (bool, error) {
	return getValue(r, key, func(val []byte) error { return json.Unmarshal(val, v) })
}

// putJSON stores v encoded as JSON at key, in scope s.
func putJSON(w kv, key []byte, v any, s scope) error {
	val, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return w.set(key, val, s)
}

// eachValue calls fn with the value of every key under prefix, in key
// order, stopping early if ctx is done.
func eachValue(ctx context.Context, txn *badger.Txn, prefix string, fn func(val []byte) error) (err error) {
	defer recoverDamage(&err)
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefix)})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := itemValue(it.Item(), fn); err != nil {
			return err
		}
	}
	return nil
}
