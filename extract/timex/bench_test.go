package timex_test

import (
	"strings"
	"testing"
	"time"

	"github.com/olebedev/when"

	"github.com/chronicle-kg/chronicle/extract/timex"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// scaleSizes are the document sizes of BenchmarkTimesScaling: each is four
// times the one before, so linear cost grows fourfold per step.
var scaleSizes = []struct {
	name string
	n    int
}{
	{"1x", 64 << 10},
	{"4x", 256 << 10},
	{"16x", 1 << 20},
}

// t17Document joins Timeline17 articles into one text of at most n bytes,
// cut at a space, with the publication date of the first article.
func t17Document(tb testing.TB, n int) (string, time.Time) {
	tb.Helper()
	as := corpus.T17(tb, n)
	var b strings.Builder
	for _, a := range as {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(a.Text)
	}
	text := b.String()
	if len(text) > n {
		text = text[:n]
		if i := strings.LastIndexByte(text, ' '); i > 0 {
			text = text[:i]
		}
	}
	return text, as[0].Date
}

// whenAll finds every time expression olebedev/when sees in text, driving
// when.EN sentence by sentence: each sentence is parsed again from the end
// of every match until Parse finds nothing, since Parse returns only the
// first expression of its input.
func whenAll(src string, base time.Time) int {
	found := 0
	for _, s := range splitSentences(src) {
		for s != "" {
			r, err := when.EN.Parse(s, base)
			if err != nil || r == nil {
				break
			}
			next := r.Index + len(r.Text)
			if next <= 0 || next > len(s) {
				break
			}
			found++
			s = s[next:]
		}
	}
	return found
}

// splitSentences splits text after ". ", "? " and "! " and at line breaks;
// it is the baseline's sentence splitter, as plain as when's users write.
func splitSentences(src string) []string {
	var out []string
	start := 0
	for i := 0; i < len(src); i++ {
		end := -1
		switch c := src[i]; {
		case c == '\n':
			end = i
		case (c == '.' || c == '?' || c == '!') && i+1 < len(src) && src[i+1] == ' ':
			end = i + 1
		}
		if end < 0 {
			continue
		}
		if s := strings.TrimSpace(src[start:end]); s != "" {
			out = append(out, s)
		}
		start = i + 1
	}
	if s := strings.TrimSpace(src[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// BenchmarkTimesScaling runs the time engine and olebedev/when, driven
// sentence by sentence, over the same Timeline17 text at 64 KiB, 256 KiB
// and 1 MiB. Linear cost shows as ns/op growing fourfold per step, equal
// MB/s across sizes; exprs/op is how many expressions each finds.
//
// when at 16x takes seconds per op; run with -benchtime 1x:
//
//	go test ./extract/timex -run XXX -bench TimesScaling -benchtime 1x -count 5
func BenchmarkTimesScaling(b *testing.B) {
	impls := []struct {
		name string
		find func(text string, dct time.Time) int
	}{
		{"engine", func(text string, dct time.Time) int { return len(timex.Find(text, dct)) }},
		{"when", whenAll},
	}
	for _, impl := range impls {
		b.Run(impl.name, func(b *testing.B) {
			for _, sz := range scaleSizes {
				b.Run(sz.name, func(b *testing.B) {
					text, dct := t17Document(b, sz.n)
					b.SetBytes(int64(len(text)))
					b.ReportAllocs()
					found := impl.find(text, dct) // warm up: the engine builds its rules on first use
					for b.Loop() {
						found = impl.find(text, dct)
					}
					b.ReportMetric(float64(found), "exprs/op")
				})
			}
		})
	}
}

// TestTimesFindsMoreThanWhen counts, on 64 KiB of real news text, the time
// expressions the engine finds and those olebedev/when finds driven
// sentence by sentence: the engine must find more.
func TestTimesFindsMoreThanWhen(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping corpus read in -short mode")
	}
	text, dct := t17Document(t, 64<<10)
	ours, theirs := len(timex.Find(text, dct)), whenAll(text, dct)
	t.Logf("%d bytes: engine %d expressions, when %d", len(text), ours, theirs)
	if ours <= theirs {
		t.Errorf("engine found %d expressions, when %d; want more than when", ours, theirs)
	}
}

// BenchmarkFind measures the time engine over real news text, article by
// article.
func BenchmarkFind(b *testing.B) {
	as := corpus.T17(b, 4<<20)
	n := 0
	for _, a := range as {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			timex.Find(a.Text, a.Date)
		}
	}
}
