package store

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "chronicle.db")
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	putFixtures(t, db)
	want := jsonOf(t, mustTimeline(t, db, Query{All: true}))
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	for _, opts := range []*Options{nil, {ReadOnly: true}} {
		db := openAt(t, path, opts)
		if got := jsonOf(t, mustTimeline(t, db, Query{All: true})); got != want {
			t.Errorf("timeline after reopen (%+v):\n%s\nwant:\n%s", opts, got, want)
		}
		docs, err := db.Documents(ctx)
		if err != nil || len(docs) != 2 {
			t.Errorf("Documents after reopen = %d docs, %v; want 2", len(docs), err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenLocked(t *testing.T) {
	path := t.TempDir()
	openAt(t, path, nil)
	for _, opts := range []*Options{nil, {ReadOnly: true}} {
		db, err := Open(path, opts)
		if err == nil {
			db.Close()
			t.Fatalf("second Open(%+v) succeeded; want ErrLocked", opts)
		}
		if !errors.Is(err, ErrLocked) {
			t.Errorf("second Open(%+v) = %v; want ErrLocked", opts, err)
		}
		if want := "store: " + path + " is in use by another process"; err.Error() != want {
			t.Errorf("error = %q; want %q", err, want)
		}
	}
}

func TestOpenReadOnlyMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing")
	db, err := Open(path, &Options{ReadOnly: true})
	if err == nil {
		db.Close()
		t.Fatal("Open of a missing store read-only succeeded")
	}
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v; want one naming %s and matching os.ErrNotExist", err, path)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("read-only Open created %s", path)
	}
}

func TestPutReadOnly(t *testing.T) {
	path := t.TempDir()
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = openAt(t, path, &Options{ReadOnly: true})
	a, r := fixture1()
	if _, err := db.Put(context.Background(), a, r); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Put on read-only store = %v; want ErrReadOnly", err)
	}
}

func TestOpenEmptyPath(t *testing.T) {
	db, err := Open("", nil)
	if err == nil {
		db.Close()
		t.Fatal(`Open("") succeeded`)
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf(`Open("") = %v; want ErrInvalid`, err)
	}
}

// TestOpenAfterKill runs a child process that stores a document and
// exits without closing the store, as a killed ingest would.
func TestOpenAfterKill(t *testing.T) {
	if dir := os.Getenv("STORE_TEST_KILL_DIR"); dir != "" {
		db, err := Open(dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		a, r := fixture1()
		if _, err := db.Put(context.Background(), a, r); err != nil {
			t.Fatal(err)
		}
		os.Exit(0) // no Close
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestOpenAfterKill$")
	cmd.Env = append(os.Environ(), "STORE_TEST_KILL_DIR="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}

	if db, err := Open(dir, &Options{ReadOnly: true}); err == nil {
		db.Close() // Badger may one day replay read-only; fine.
	} else if !errors.Is(err, ErrUnclean) {
		t.Fatalf("read-only Open after kill = %v; want ErrUnclean", err)
	}
	for _, opts := range []*Options{nil, {ReadOnly: true}} {
		db, err := Open(dir, opts)
		if err != nil {
			t.Fatalf("Open(%+v) after recovery: %v", opts, err)
		}
		got := eventIDs(mustTimeline(t, db, Query{All: true}))
		if want := []string{"ev6", "ev3", "ev1", "ev5", "ev2", "ev4"}; !slices.Equal(got, want) {
			t.Errorf("Open(%+v): timeline %q; want %q", opts, got, want)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
