package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
)

// t17Dir is the Timeline17 news corpus beside the module.
const t17Dir = "../../shared/corpora/t17"

// t17 loads up to limit bytes of Timeline17 articles, in a fixed order.
// It skips the test when ../shared is absent.
func t17(tb testing.TB, limit int) []extract.Article {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(t17Dir, "*", "articles.json"))
	if len(files) == 0 {
		tb.Skipf("skipping: no Timeline17 corpus at %s (../shared is not beside the module)", t17Dir)
	}
	sort.Strings(files)
	var out []extract.Article
	size := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var docs []struct{ UID, DCT, Text string }
		if err := json.Unmarshal(b, &docs); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		for _, d := range docs {
			dct, err := time.Parse("2006-01-02", d.DCT)
			if err != nil {
				continue
			}
			out = append(out, extract.Article{ID: d.UID, Date: dct, Text: d.Text})
			if size += len(d.Text); size >= limit {
				return out
			}
		}
	}
	return out
}

func size(as []extract.Article) int64 {
	n := 0
	for _, a := range as {
		n += len(a.Text)
	}
	return int64(n)
}

// BenchmarkExtract measures whole-article extraction (times, actors,
// events) over real news text.
func BenchmarkExtract(b *testing.B) {
	as := t17(b, 4<<20)
	b.SetBytes(size(as))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			extract.Extract(a)
		}
	}
}

// BenchmarkTimes measures the time engine alone.
func BenchmarkTimes(b *testing.B) {
	as := t17(b, 4<<20)
	b.SetBytes(size(as))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			extract.Times(a.Text, a.Date)
		}
	}
}

// TestT17 reads a slice of the real corpus: extraction must not panic and
// every span must lie inside its text.
func TestT17(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping corpus read in -short mode")
	}
	for _, a := range t17(t, 1<<20) {
		r := extract.Extract(a)
		n := len([]rune(a.Text))
		for _, x := range r.Timex {
			if x.Start < 0 || x.End > n || x.Start >= x.End || x.Value == "" {
				t.Errorf("%s: bad timex %+v", a.ID, x)
			}
		}
		for _, e := range r.Events {
			if e.EvStart < 0 || e.EvEnd > n || e.Start == "" || e.Modality == "" || len(e.Actors) == 0 {
				t.Errorf("%s: bad event %+v", a.ID, e)
			}
		}
	}
}
