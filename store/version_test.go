package store

import (
	"context"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract"
)

// TestLayout opens stores of other layouts: one with data and no layout
// key (the first layout) and one of a later layout. Each fails with
// ErrIncompatible and says what to do; the store is left as it was.
func TestLayout(t *testing.T) {
	for _, tc := range []struct {
		name  string
		set   func(txn *badger.Txn) error
		words string
	}{
		{"older", func(txn *badger.Txn) error { return txn.Delete([]byte(layoutKey)) }, "--reextract"},
		{"newer", func(txn *badger.Txn) error { return txn.Set([]byte(layoutKey), []byte("99")) }, "newer Chronicle (layout 99"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := t.TempDir()
			db, err := Open(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			putFixtures(t, db)
			if err := db.bdb.Update(tc.set); err != nil {
				t.Fatal(err)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			for _, opts := range []*Options{nil, {ReadOnly: true}} {
				_, err := Open(path, opts)
				if !errors.Is(err, ErrIncompatible) || !strings.Contains(err.Error(), tc.words) || !strings.Contains(err.Error(), path) {
					t.Errorf("Open(%+v) = %v; want ErrIncompatible naming the store and saying %q", opts, err, tc.words)
				}
			}
		})
	}
}

// TestExtractors counts the documents stored by the extractor's version,
// once each: a duplicate adds nothing.
func TestExtractors(t *testing.T) {
	db := openTest(t, false)
	putFixtures(t, db)
	a, r := fixture1()
	mustPut(t, db, a, r)
	got, err := db.Extractors(context.Background())
	if want := map[string]int{extract.Version: 2}; err != nil || !maps.Equal(got, want) {
		t.Errorf("Extractors = %v, %v; want %v", got, err, want)
	}
}
