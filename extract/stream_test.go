package extract

import (
	"bytes"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// A repeatReader reads unit n times.
type repeatReader struct {
	unit []byte
	n    int
	off  int // in the current unit
}

// Read reads the next bytes of the repeats.
func (r *repeatReader) Read(p []byte) (int, error) {
	written := 0
	for written < len(p) && r.n > 0 {
		c := copy(p[written:], r.unit[r.off:])
		written += c
		if r.off += c; r.off == len(r.unit) {
			r.off, r.n = 0, r.n-1
		}
	}
	if written == 0 {
		return 0, io.EOF
	}
	return written, nil
}

// TestReadArticlesStreams reads 128 MB of JSON Lines and of a JSON array,
// each with a 64 MB article over the limit in the middle, and checks that
// the heap stays far smaller than either.
func TestReadArticlesStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not streaming 256 MB")
	}
	const total, hugeSize, heapLimit = 128 << 20, 64 << 20, 32 << 20
	text := strings.Repeat("Russia and NATO met in Geneva. ", 130) // 4 KB
	article := []byte(`{"id":"a","date":"2022-01-12","text":"` + text + `"}`)
	n := (total - hugeSize) / (len(article) + 2) / 2
	hugeStart, hugeEnd := `{"id":"huge","date":"2022-01-12","text":"`, `"}`
	for _, tc := range []struct {
		name    string
		r       io.Reader
		wantErr string
	}{
		{"a.jsonl", io.MultiReader(
			&repeatReader{unit: append(bytes.Clone(article), '\n'), n: n},
			strings.NewReader(hugeStart), &repeatReader{unit: []byte("ab"), n: hugeSize / 2}, strings.NewReader(hugeEnd+"\n"),
			&repeatReader{unit: append(bytes.Clone(article), '\n'), n: n},
		), "a.jsonl:" + strconv.Itoa(n+1) + ": article is 64.0 MB, over the 1 MB limit"},
		{"a.json", io.MultiReader(
			strings.NewReader("[\n"),
			&repeatReader{unit: append(bytes.Clone(article), ",\n"...), n: n},
			strings.NewReader(hugeStart), &repeatReader{unit: []byte("ab"), n: hugeSize / 2}, strings.NewReader(hugeEnd+",\n"),
			&repeatReader{unit: append(bytes.Clone(article), ",\n"...), n: n},
			strings.NewReader(`{"id":"last","date":"2022-01-12","text":"x"}]`),
		), "a.json:" + strconv.Itoa(n+2) + ":1: article is 64.0 MB, over the 1 MB limit"},
	} {
		runtime.GC()
		var peak uint64
		var ms runtime.MemStats
		count := 0
		err := ReadArticles(tc.name, tc.r, ReadOptions{MaxSize: 1 << 20}, func(a Article) error {
			if count++; count%2000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
			return nil
		})
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
		if err == nil || err.Error() != tc.wantErr {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.wantErr)
		}
		if want := 2 * n; count < want {
			t.Errorf("%s: %d articles, want %d", tc.name, count, want)
		}
		if peak > heapLimit {
			t.Errorf("%s: heap reached %d MB, want under %d", tc.name, peak>>20, heapLimit>>20)
		}
		t.Logf("%s: %d articles, heap at most %.1f MB", tc.name, count, float64(peak)/(1<<20))
	}
}
