package ingest_test

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
	"github.com/chronicle-kg/chronicle/store/ingest"
)

// TestReextract rebuilds a store one of whose documents an older
// extractor read: the rebuilt store has every document, read by this
// extractor, and the same events as a store ingested afresh.
func TestReextract(t *testing.T) {
	ctx := context.Background()
	dir := writeTree(t, map[string]string{"a.txt": brussels, "b.txt": geneva})
	fresh := newStore(t)
	if _, err := ingest.Paths(ctx, fresh.open, []string{dir}, nil); err != nil {
		t.Fatal(err)
	}
	want := timelineOf(t, fresh.path)
	if stale, _, err := ingest.Stale(ctx, fresh.path); stale || err != nil {
		t.Fatalf("Stale = %v, %v on a fresh store; want false", stale, err)
	}
	// The same articles, the first read by an older extractor.
	s := newStore(t)
	for i, name := range []string{"a.txt", "b.txt"} {
		open := func() (*store.DB, error) {
			return store.Open(s.path, &store.Options{Extractor: []string{"older", extract.Version}[i]})
		}
		if _, err := ingest.Paths(ctx, open, []string{filepath.Join(dir, name)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	stale, versions, err := ingest.Stale(ctx, s.path)
	if !stale || err != nil || versions["older"] != 1 {
		t.Fatalf("Stale = %v, %v, %v; want true, with one document by the older version", stale, versions, err)
	}

	sum, err := ingest.Reextract(ctx, s.path, nil)
	if err != nil || sum.Added.Documents != 2 {
		t.Fatalf("Reextract = %+v, %v; want 2 documents", sum.Added, err)
	}
	db, err := store.Open(s.path, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Extractors(ctx)
	db.Close()
	if want := map[string]int{extract.Version: 2}; err != nil || !maps.Equal(got, want) {
		t.Errorf("after the rebuild, documents by extractor %v, %v; want %v", got, err, want)
	}
	if got := timelineOf(t, s.path); got != want {
		t.Errorf("rebuilt timeline:\n%s\nwant\n%s", got, want)
	}
	for _, left := range []string{s.path + ".rebuild", s.path + ".old"} {
		if _, err := os.Stat(left); err == nil {
			t.Errorf("%s left behind", left)
		}
	}
}

// TestFinishRebuild completes a swap cut short after the old store was
// moved aside: the complete rebuild takes its place, or, incomplete, the
// old store goes back.
func TestFinishRebuild(t *testing.T) {
	for _, complete := range []bool{true, false} {
		dir := filepath.Join(t.TempDir(), "db")
		for _, d := range []string{dir + ".old", dir + ".rebuild"} {
			if err := os.MkdirAll(d, 0o755); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(d, "which"), []byte(d), 0o644)
		}
		if complete {
			os.WriteFile(filepath.Join(dir+".rebuild", "REBUILT"), nil, 0o644)
		}
		if err := ingest.FinishRebuild(dir); err != nil {
			t.Fatal(err)
		}
		which, _ := os.ReadFile(filepath.Join(dir, "which"))
		want := dir + ".old"
		if complete {
			want = dir + ".rebuild"
		}
		if string(which) != want {
			t.Errorf("complete %v: the store is %q; want %q", complete, which, want)
		}
		if _, err := os.Stat(dir + ".old"); err == nil {
			t.Errorf("complete %v: the old store is left", complete)
		}
	}
}

// timelineOf returns the whole timeline of the store at path as JSON.
func timelineOf(t *testing.T, path string) string {
	t.Helper()
	db, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	events, err := db.Timeline(context.Background(), store.Query{All: true, Reports: true})
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.MarshalIndent(events, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
