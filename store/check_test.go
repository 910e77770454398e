package store

import (
	"context"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

func TestCheckClean(t *testing.T) {
	for _, inMemory := range []bool{false, true} {
		var db *DB
		if inMemory {
			db = openTest(t, true)
			putFixtures(t, db)
		} else {
			db = openAt(t, storeOnDisk(t), &Options{ReadOnly: true})
		}
		r, err := db.Check(context.Background())
		if err != nil || r.Err() != nil {
			t.Fatalf("Check (in memory %v) = %v, %v; want no problems", inMemory, r.Problems, err)
		}
		if want := map[string]int{
			"documents": 2, "document_order": 2, "events": 7, "reports": 8, "sketches": 7, "actors": 5, "aliases": 10,
			"mentions": 1, "edges": 8, "start_index": 7, "type_index": 7, "actor_index": 15, "kind_index": 15, "meta": 3,
		}; !maps.Equal(r.Records, want) {
			t.Errorf("records (in memory %v) = %v; want %v", inMemory, r.Records, want)
		}
		if want := map[bool]int{false: 1, true: 0}[inMemory]; r.Tables != want {
			t.Errorf("%d tables verified (in memory %v); want %d", r.Tables, inMemory, want)
		}
	}
}

func TestCheckRecords(t *testing.T) {
	for _, tc := range []struct {
		name     string
		key, val string
		want     string // in the problem
	}{
		{"event does not decode", "e/ev1", `{"id":`, "cannot decode"},
		{"event record cut short", "e/ev1", "\x01\x00\x01\x02", "cannot decode"},
		{"event under another ID", "e/ev1", `{"id":"ev2"}`, `holds event "ev2"`},
		{"actor does not decode", "a/russia", `[]`, "cannot decode"},
		{"start index to no event", "t/s\x002022-01-10\x00ghost", "2022-01-10", `event "ghost" is not stored`},
		{"start index with a bad day", "t/s\x002022-13-45\x00ev1", "2022-01-10", `day "2022-13-45"`},
		{"start index of the wrong class", "t/s\x002022-01-10\x00ev1", "2022-06-10", `is of class "l"`},
		{"type index to no event", "y/meet\x00s\x002022-01-10\x00ghost", "2022-01-10", `event "ghost" is not stored`},
		{"actor index to no actor", "x/atlantis\x00s\x002022-01-10\x00ev1", "symmetric|meet||2022-01-10", `actor "atlantis" is not stored`},
		{"actor index value", "x/russia\x00s\x002022-01-10\x00ev1", "symmetric", "not role|type|code|end"},
		{"kind index to no sketch", "k/tmeet\x00russia\x002022-01-10\x00ghost", "", `sketch of event "ghost" is not stored`},
		{"sketch does not decode", "s/ev1", "\x09", "malformed event sketch"},
		{"report of no event", "r/ghost\x00000000", `{"doc":"x"}`, `event "ghost" is not stored`},
		{"order to no document", "q/000000000009", "h9", `document "h9" is not stored`},
		{"surname of no actor", "p/bush\x00george bush", "", `actor "george bush" is not stored`},
		{"alias to no actor", "n/atlantis", "Atlantis", `actor "Atlantis" is not stored`},
		{"edge to no event", "m/h1\x00ghost", "", `event "ghost" is not stored`},
		{"edge from no document", "m/h9\x00ev1", "", `document "h9" is not stored`},
		{"mention of no document", "o/russia\x00h9\x000000000004", `{"doc":"x"}`, `document "h9" is not stored`},
		{"mention offset", "o/russia\x00h1\x004", `{"doc":"x"}`, "not ten digits"},
		{"document missing a chunk", "d/h3", `{"hash":"h3","chunks":2}`, "text chunk 0 of 2 is not stored"},
		{"chunk of no document", "c/h9\x00000000", "text", `document "h9" is not stored`},
		{"key in no table", "z/what", "", "in no table"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openTest(t, true)
			putFixtures(t, db)
			err := db.bdb.Update(func(txn *badger.Txn) error { return txn.Set([]byte(tc.key), []byte(tc.val)) })
			if err != nil {
				t.Fatal(err)
			}
			r, err := db.Check(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Problems) != 1 || r.Problems[0].Key != tc.key || !strings.Contains(r.Problems[0].What, tc.want) {
				t.Fatalf("problems = %q; want one, with key %q, saying %q", r.Problems, tc.key, tc.want)
			}
			if err := r.Err(); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Err() = %v; want ErrDamaged saying %q", err, tc.want)
			}
		})
	}
}

// TestCheckTableDamagedWhileOpen damages the table of an open store,
// which Open checked before; Check reads it again.
func TestCheckTableDamagedWhileOpen(t *testing.T) {
	for _, opts := range []*Options{{ReadOnly: true}, nil} {
		dir := storeOnDisk(t)
		db := openAt(t, dir, opts)
		table := onlyTable(t, dir)
		scribbleInBlock(t, dir, table)
		r, err := db.Check(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Problems) == 0 || r.Problems[0].File != table {
			t.Errorf("open %+v: problems = %q; want %s first", opts, r.Problems, table)
		}
	}
}

func TestCheckCancelled(t *testing.T) {
	db := openAt(t, storeOnDisk(t), nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := db.Check(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Check = %v; want context.Canceled", err)
	}
}

func TestCheckProblemsBounded(t *testing.T) {
	db := openTest(t, true)
	err := db.bdb.Update(func(txn *badger.Txn) error {
		for i := range maxProblems + 5 {
			if err := txn.Set([]byte("z/"+strings.Repeat("x", i+1)), nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err := db.Check(context.Background())
	if err != nil || len(r.Problems) != maxProblems || r.More != 5 {
		t.Errorf("Check = %d problems and %d more, %v; want %d and 5", len(r.Problems), r.More, err, maxProblems)
	}
}
