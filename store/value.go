package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// getJSON decodes the value at key into v and reports whether the key
// exists.
func getJSON(txn *badger.Txn, key []byte, v any) (bool, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	err = item.Value(func(val []byte) error { return json.Unmarshal(val, v) })
	if err != nil {
		return true, fmt.Errorf("store: decode %q: %w", key, err)
	}
	return true, nil
}

// putJSON stores v encoded as JSON at key.
func putJSON(txn *badger.Txn, key []byte, v any) error {
	val, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return txn.Set(key, val)
}

// eachValue calls fn with the value of every key under prefix, in key
// order, stopping early if ctx is done.
func eachValue(ctx context.Context, txn *badger.Txn, prefix string, fn func(val []byte) error) error {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefix)})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := it.Item().Value(fn); err != nil {
			return err
		}
	}
	return nil
}
