package extract_test

import (
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// t17 loads up to limit bytes of Timeline17 articles (see corpus.T17).
func t17(tb testing.TB, limit int) []extract.Article {
	tb.Helper()
	var out []extract.Article
	for _, a := range corpus.T17(tb, limit) {
		out = append(out, extract.Article{ID: a.ID, Date: a.Date, Text: a.Text})
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

// BenchmarkExtractSyntax is BenchmarkExtract with every sentence parsed
// as well (Options.Syntax): against BenchmarkExtract in the same run, it
// measures what parsing adds to extraction.
func BenchmarkExtractSyntax(b *testing.B) {
	as := t17(b, 4<<20)
	extract.ExtractWith(as[0], extract.Options{Syntax: true}) // the models read before timing
	b.SetBytes(size(as))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			extract.ExtractWith(a, extract.Options{Syntax: true})
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
			if e.EvidenceStart < 0 || e.EvidenceEnd > n || e.FirstDay == "" || e.Modality == "" || len(e.Actors) == 0 {
				t.Errorf("%s: bad event %+v", a.ID, e)
			}
		}
	}
}
