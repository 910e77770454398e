package extract_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// t17Fields are the member names of Timeline17's articles.json.
var t17Fields = extract.Fields{ID: "uid", Date: "dct", Text: "text"}

// t17Files returns the contents of Timeline17's articles.json files,
// 26.9 MB in all.
func t17Files(tb testing.TB) [][]byte {
	tb.Helper()
	dir := corpus.Need(tb, "corpora/t17")
	paths, _ := filepath.Glob(filepath.Join(dir, "*", "articles.json"))
	var files [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, data)
	}
	return files
}

// benchmarkRead reads files with ReadArticles, b.SetBytes counting the
// bytes as read, before any decompression (so that gzip is not flattered).
func benchmarkRead(b *testing.B, files [][]byte, o extract.ReadOptions) {
	n := 0
	for _, f := range files {
		n += len(f)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			err := extract.ReadArticles("articles.json", bytes.NewReader(f), o, func(extract.Article) error { return nil })
			if err != nil && !errorsAreEmpty(err) {
				b.Fatal(err)
			}
		}
	}
}

// errorsAreEmpty reports whether err lists only empty articles, of which
// Timeline17 has 24.
func errorsAreEmpty(err error) bool {
	var list extract.ErrorList
	if !errors.As(err, &list) {
		return false
	}
	for _, e := range list {
		if !errors.Is(e, extract.ErrEmptyArticle) {
			return false
		}
	}
	return true
}

// BenchmarkReadT17 reads Timeline17's JSON arrays, as ingest of the corpus
// does; reading must be far faster than extraction's 1 MB/s.
func BenchmarkReadT17(b *testing.B) {
	benchmarkRead(b, t17Files(b), extract.ReadOptions{Fields: t17Fields})
}

// BenchmarkReadT17Gzip reads them gzipped; its MB/s are of compressed
// bytes.
func BenchmarkReadT17Gzip(b *testing.B) {
	var files [][]byte
	for _, f := range t17Files(b) {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(f)
		w.Close()
		files = append(files, buf.Bytes())
	}
	benchmarkRead(b, files, extract.ReadOptions{Format: extract.FormatJSON, Fields: t17Fields})
}

// BenchmarkReadT17Lines reads them as JSON Lines.
func BenchmarkReadT17Lines(b *testing.B) {
	var files [][]byte
	for _, f := range t17Files(b) {
		var elems []json.RawMessage
		if err := json.Unmarshal(f, &elems); err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		for _, e := range elems {
			buf.Write(e)
			buf.WriteByte('\n')
		}
		files = append(files, buf.Bytes())
	}
	benchmarkRead(b, files, extract.ReadOptions{Format: extract.FormatJSONL, Fields: t17Fields})
}
