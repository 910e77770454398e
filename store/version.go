package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// Layout is the version of the store's key layout and encodings (see
// "Key layout" in the package documentation), kept under v/layout. A
// store without it that holds anything was made by the first layout,
// which kept each event's reports in its record.
const Layout = 2

// The keys of the meta table.
const (
	layoutKey          = prefixMeta + "layout"
	storedKey          = prefixMeta + "stored"          // documents stored: the n of the next orderKey
	extractorKeyPrefix = prefixMeta + "extractor" + sep // v/extractor·<version> → documents it read
)

// checkLayout checks that the store's layout is Layout, writing it to a
// new store unless the store is read-only.
func (db *DB) checkLayout() error {
	var layout int
	empty := true
	err := db.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		found, err := txnKV{txn}.get([]byte(layoutKey), func(val []byte) (err error) {
			layout, err = strconv.Atoi(string(val))
			return err
		})
		if err == nil && !found && !empty {
			layout = 1
		}
		return err
	})
	switch {
	case err != nil:
		return fmt.Errorf("read its layout: %w", err)
	case empty && db.readOnly:
		return nil
	case empty:
		return db.bdb.Update(func(txn *badger.Txn) error {
			return txn.Set([]byte(layoutKey), []byte(strconv.Itoa(Layout)))
		})
	case layout < Layout:
		return &layoutError{path: db.path, layout: layout, older: true}
	case layout > Layout:
		return &layoutError{path: db.path, layout: layout}
	}
	return nil
}

// layoutError reports a store whose layout this store cannot read. It
// matches ErrIncompatible.
type layoutError struct {
	path   string
	layout int
	older  bool
}

func (e *layoutError) Error() string {
	if e.older {
		return fmt.Sprintf("store %s was made by an older Chronicle (layout %d, this one reads %d); rebuild it from its documents with chronicle ingest --reextract --db %s",
			e.path, e.layout, Layout, e.path)
	}
	return fmt.Sprintf("store %s was made by a newer Chronicle (layout %d, this one reads %d); use that version", e.path, e.layout, Layout)
}

func (e *layoutError) Is(target error) bool { return target == ErrIncompatible }

// countDocument counts one more document, read by the extractor
// version, in the meta table, and records its place in the order of
// documents stored (q/).
func (w *writer) countDocument(version string) error {
	n, err := w.increment(storedKey)
	if err == nil {
		err = w.kv.set(orderKey(n), []byte(w.hash), shared)
	}
	if err == nil {
		_, err = w.increment(extractorKeyPrefix + version)
	}
	return err
}

// increment adds one to the counter at key and returns its value before.
func (w *writer) increment(key string) (uint64, error) {
	var n uint64
	if _, err := w.kv.get([]byte(key), func(val []byte) error {
		if len(val) != 8 {
			return fmt.Errorf("store: malformed counter %q", key)
		}
		n = binary.BigEndian.Uint64(val)
		return nil
	}); err != nil {
		return 0, err
	}
	return n, w.kv.set([]byte(key), binary.BigEndian.AppendUint64(nil, n+1), shared)
}

// Extractors returns how many stored documents each version of the
// extractor read (extract.Version when they were stored).
func (db *DB) Extractors(ctx context.Context) (map[string]int, error) {
	counts := map[string]int{}
	err := db.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(extractorKeyPrefix)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			version := strings.TrimPrefix(string(it.Item().Key()), extractorKeyPrefix)
			err := itemValue(it.Item(), func(val []byte) error {
				if len(val) != 8 {
					return fmt.Errorf("store: malformed count of extractor %q", version)
				}
				counts[version] = int(binary.BigEndian.Uint64(val))
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	return counts, err
}
