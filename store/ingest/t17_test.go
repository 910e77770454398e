package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
	"github.com/chronicle-kg/chronicle/store"
	"github.com/chronicle-kg/chronicle/store/ingest"
)

// t17Topic is a topic of the Timeline17 news corpus in ../shared, its
// smallest: 0.4 MB of text.
const t17Topic = "corpora/t17/H1N1_guardian"

// t17JSONL writes the articles of t17Topic as JSON Lines and returns the
// file's path with the number of articles that have text and the
// messages of those that have none, in file order. It skips the test when
// ../shared is absent.
func t17JSONL(tb testing.TB) (path string, good int, bad []string) {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(corpus.Need(tb, t17Topic), "articles.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var docs []struct{ UID, DCT, Text string }
	if err := json.Unmarshal(data, &docs); err != nil {
		tb.Fatal(err)
	}
	path = filepath.Join(tb.TempDir(), "h1n1.jsonl")
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i, d := range docs {
		if err := enc.Encode(map[string]string{"id": d.UID, "date": d.DCT, "text": d.Text}); err != nil {
			tb.Fatal(err)
		}
		if strings.TrimSpace(d.Text) == "" {
			bad = append(bad, fmt.Sprintf("%s:%d: empty article", path, i+1))
		} else {
			good++
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path, good, bad
}

// TestT17 ingests a topic of real news as JSON Lines: every article with
// text is stored, once, and every other reported; a second ingest finds
// them all stored.
func TestT17(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping Timeline17 ingest in -short mode")
	}
	path, good, bad := t17JSONL(t)
	s := newStore(t)
	ctx := context.Background()

	sum, err := ingest.Paths(ctx, s.open, []string{path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := sum.Added.Documents + sum.Duplicates; got != good || sum.Added.Events == 0 || sum.Added.Actors == 0 {
		t.Errorf("first ingest: %d documents and %d duplicates, %d events, %d actors; want %d articles, with events and actors",
			sum.Added.Documents, sum.Duplicates, sum.Added.Events, sum.Added.Actors, good)
	}
	if got := messages(sum.Errors); !slices.Equal(got, bad) {
		t.Errorf("first ingest: errors %q, want %q", got, bad)
	}

	sum, err = ingest.Paths(ctx, s.open, []string{path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != (store.Added{}) || sum.Duplicates != good {
		t.Errorf("second ingest: added %+v, %d duplicates; want nothing and %d", sum.Added, sum.Duplicates, good)
	}
}
