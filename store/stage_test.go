package store

import (
	"context"
	"slices"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// TestStagedKV reads through a stagedKV whose overlays shadow, delete
// and add to what the store holds, before and after it commits its own
// writes.
func TestStagedKV(t *testing.T) {
	ctx := context.Background()
	db := openTest(t, true)
	err := db.bdb.Update(func(txn *badger.Txn) error {
		for _, en := range []entry{
			{key: byActorKey("a", short, "2020-01-01", "moved"), val: []byte("source|meet|")},
			{key: byActorKey("a", short, "2020-01-02", "gone"), val: []byte("source|meet|")},
			{key: byActorKey("a", short, "2020-01-03", "kept"), val: []byte("source|meet|")},
			{key: byActorKey("a", short, "2020-01-04", "recast"), val: []byte("source|meet|")},
			{key: byActorKey("ab", short, "2020-01-01", "other"), val: []byte("source|meet|")},
			{key: eventKey("gone"), val: []byte("{}")},
		} {
			if err := txn.Set(en.key, en.val); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s := newStagedKV(ctx, db.bdb)
	defer s.close()
	writes := []struct {
		key []byte
		val []byte
		del bool
		sc  scope
	}{
		{byActorKey("a", short, "2020-01-01", "moved"), nil, true, shared},
		{byActorKey("a", short, "2020-01-05", "moved"), []byte("source|meet|"), false, shared},
		{byActorKey("a", short, "2020-01-02", "gone"), nil, true, own},
		{eventKey("gone"), nil, true, own},
		{byActorKey("a", short, "2020-01-04", "recast"), []byte("target|meet|"), false, shared},
		{byActorKey("a", short, "2020-01-03", "new"), []byte("source|meet|"), false, own},
		{byActorKey("a", short, "2020-02-01", "late"), []byte("source|meet|"), false, own},
	}
	for _, w := range writes {
		var err error
		if w.del {
			err = s.delete(w.key, w.sc)
		} else {
			err = s.set(w.key, w.val, w.sc)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	sources := func(_ string, val []byte) bool { role, _, _, _ := parseActorEntry(val); return role == "source" }
	check := func(when string) {
		t.Helper()
		tests := []struct {
			from, to string
			keep     func(string, []byte) bool
			want     []string
		}{
			{"", "", nil, []string{"kept", "new", "recast", "moved", "late"}},
			{"2020-01-03", "2020-01-04", nil, []string{"kept", "new", "recast"}},
			{"", "2020-01-31", sources, []string{"kept", "new", "moved"}},
		}
		for _, tc := range tests {
			hits, err := s.scan(ctx, byActorPrefix("a", short), tc.from, tc.to, tc.keep)
			got := idsOf(hits)
			if err != nil || !slices.Equal(got, tc.want) {
				t.Errorf("%s: scan [%s, %s] = %q, %v; want %q", when, tc.from, tc.to, got, err, tc.want)
			}
		}
		if found, err := s.get(eventKey("gone"), nil); found || err != nil {
			t.Errorf("%s: get(gone) = %v, %v; want not found", when, found, err)
		}
	}
	check("before the batch")
	if err := s.flush(); err != nil {
		t.Fatal(err)
	}
	if len(s.staged.m) != 0 || len(s.final.m) != 3 {
		t.Errorf("after the batch: %d own and %d shared writes held; want 0 and 3", len(s.staged.m), len(s.final.m))
	}
	check("after the batch")
}
