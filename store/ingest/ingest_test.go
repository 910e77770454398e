package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
	"github.com/chronicle-kg/chronicle/store/ingest"
)

// writeTree writes files, named by slash-separated paths, under a new
// temporary directory and returns the directory.
func writeTree(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// A storeAt opens the store at its path and counts how often it is asked
// to.
type storeAt struct {
	path  string
	opens int
}

// newStore returns a storeAt for a path where no store is yet.
func newStore(tb testing.TB) *storeAt {
	tb.Helper()
	return &storeAt{path: filepath.Join(tb.TempDir(), "chronicle.db")}
}

func (s *storeAt) open() (*store.DB, error) {
	s.opens++
	return store.Open(s.path, nil)
}

// created reports whether the store's directory exists.
func (s *storeAt) created() bool {
	_, err := os.Stat(s.path)
	return err == nil
}

// messages returns the text of each error.
func messages[E error](errs []E) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

// Articles for the tables below.
const (
	brussels = "date 2022-01-10\nRussia and NATO met in Brussels.\n"
	geneva   = "date 2022-01-12\nRussia and NATO met in Geneva.\n"
	undated  = "Russia and NATO met in Brussels.\n"
)

func TestPaths(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		paths []string // relative to the files' directory, but for "-"
		stdin string
		opts  ingest.Options

		docs, duplicates int
		errs             []string // with DIR for the files' directory
		noDate           bool
	}{
		{name: "text",
			files: map[string]string{"a.txt": brussels}, paths: []string{"a.txt"},
			docs: 1},
		{name: "undated",
			files: map[string]string{"a.txt": undated}, paths: []string{"a.txt"},
			errs: []string{"DIR/a.txt: extract: no publication date"}, noDate: true},
		{name: "date supplied",
			files: map[string]string{"a.txt": undated}, paths: []string{"a.txt"},
			opts: ingest.Options{Date: time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC)},
			docs: 1},
		{name: "invalid UTF-8",
			files: map[string]string{"bad.txt": "date 2022-01-10\nRussia and NATO\nmet in Br\xffssels.\n"}, paths: []string{"bad.txt"},
			errs: []string{"DIR/bad.txt:3:10: invalid UTF-8"}},
		{name: "binary",
			files: map[string]string{"a.bin": "date 2022-01-10\n\x00\x01\x02"}, paths: []string{"a.bin"},
			errs: []string{"DIR/a.bin: binary file"}},
		{name: "empty",
			files: map[string]string{"a.txt": ""}, paths: []string{"a.txt"},
			errs: []string{"DIR/a.txt: empty article"}},
		{name: "impossible date",
			files: map[string]string{"a.txt": "\ndate 2022-02-30\nText."}, paths: []string{"a.txt"},
			errs: []string{`DIR/a.txt:2: invalid date "2022-02-30": impossible date, February 2022 has 28 days`}},
		{name: "JSON Lines",
			files: map[string]string{"news.jsonl": strings.Join([]string{
				`{"id":"one","date":"2022-01-10","text":"Russia and NATO met in Brussels."}`,
				`{"id":"two","date":"2022-01-11","text":`,
				``,
				`{"id":"three","date":"2022-01-12T09:00:00Z","text":"Russia and NATO met in Geneva."}`,
				`{"id":"four","text":"Russia and NATO met in Vienna."}`,
			}, "\n")},
			paths: []string{"news.jsonl"},
			docs:  2,
			errs: []string{
				"DIR/news.jsonl:2:40: invalid JSON: unexpected end of JSON input",
				"DIR/news.jsonl:5: extract: no publication date",
			},
			noDate: true},
		{name: "NDJSON in capitals",
			files: map[string]string{"NEWS.NDJSON": `{"date":"2022-01-10","text":"Russia and NATO met."}`},
			paths: []string{"NEWS.NDJSON"},
			docs:  1},
		{name: "directory",
			files: map[string]string{
				"a.txt":             brussels,
				"sub/b.jsonl":       `{"date":"2022-01-11","text":"Russia and the OSCE met in Vienna."}` + "\n",
				"sub/c.md":          geneva,
				".hidden.txt":       "no date, and never read",
				".git/HEAD":         "ref: refs/heads/main",
				"sub/.cache/x.json": "{",
			},
			paths: []string{"."},
			docs:  3},
		{name: "directory in name order",
			files: map[string]string{"b.txt": "", "a/z.txt": "", "a.txt": "", "c/a.txt": brussels},
			paths: []string{"."},
			docs:  1,
			errs: []string{
				"DIR/a/z.txt: empty article",
				"DIR/a.txt: empty article",
				"DIR/b.txt: empty article",
			}},
		{name: "missing path",
			files: map[string]string{"a.txt": brussels}, paths: []string{"missing.txt", "a.txt"},
			docs: 1,
			errs: []string{"DIR/missing.txt: no such file or directory"}},
		{name: "duplicate",
			files: map[string]string{"a.txt": brussels, "b.txt": brussels}, paths: []string{"a.txt", "b.txt", "a.txt"},
			docs: 1, duplicates: 2},
		{name: "stdin",
			paths: []string{"-"}, stdin: brussels,
			docs: 1},
		{name: "stdin undated",
			paths: []string{"-"}, stdin: undated,
			errs: []string{"<stdin>: extract: no publication date"}, noDate: true},
		{name: "stdin JSON Lines",
			paths: []string{"-"}, stdin: `{"date":"2022-01-11","text":"Russia and NATO met in Geneva."}` + "\n{\n",
			opts: ingest.Options{JSONL: true},
			docs: 1,
			errs: []string{"<stdin>:2:2: invalid JSON: unexpected end of JSON input"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, tc.files)
			paths := slices.Clone(tc.paths)
			for i, p := range paths {
				if p != "-" {
					paths[i] = filepath.Join(dir, p)
				}
			}
			var reported []*extract.InputError
			opts := tc.opts
			opts.Stdin = strings.NewReader(tc.stdin)
			opts.Report = func(e *extract.InputError) { reported = append(reported, e) }
			s := newStore(t)

			sum, err := ingest.Paths(context.Background(), s.open, paths, &opts)
			if err != nil {
				t.Fatalf("Paths: %v", err)
			}
			if sum.Added.Documents != tc.docs || sum.Duplicates != tc.duplicates {
				t.Errorf("added %d documents, %d duplicates; want %d, %d", sum.Added.Documents, sum.Duplicates, tc.docs, tc.duplicates)
			}
			var want []string
			for _, e := range tc.errs {
				want = append(want, strings.Replace(e, "DIR/", dir+string(filepath.Separator), 1))
			}
			if got := messages(sum.Errors); !slices.Equal(got, want) {
				t.Errorf("Errors =\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
			if got := messages(reported); !slices.Equal(got, want) {
				t.Errorf("reported\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
			if got := sum.NoDate(); got != tc.noDate {
				t.Errorf("NoDate() = %v, want %v", got, tc.noDate)
			}
			stored := tc.docs+tc.duplicates > 0
			if s.created() != stored || s.opens != min(1, tc.docs+tc.duplicates) {
				t.Errorf("store opened %d times, created %v; want created %v, and opened once if so", s.opens, s.created(), stored)
			}
		})
	}
}

// TestPathsStoreInWalk ingests a directory that holds the store: the
// store, created on the first article, is not read as articles, the first
// time or the next.
func TestPathsStoreInWalk(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": brussels})
	s := &storeAt{path: filepath.Join(dir, "chronicle.db")}
	opts := &ingest.Options{StoreDir: s.path}
	for i, want := range []ingest.Summary{
		{Added: store.Added{Documents: 1}},
		{Duplicates: 1},
	} {
		sum, err := ingest.Paths(context.Background(), s.open, []string{dir}, opts)
		if err != nil {
			t.Fatalf("ingest %d: %v", i+1, err)
		}
		if sum.Added.Documents != want.Added.Documents || sum.Duplicates != want.Duplicates || len(sum.Errors) > 0 {
			t.Errorf("ingest %d: %d documents, %d duplicates, errors %v; want %d, %d, none",
				i+1, sum.Added.Documents, sum.Duplicates, sum.Errors, want.Added.Documents, want.Duplicates)
		}
	}
}

func TestReader(t *testing.T) {
	tests := []struct {
		name, input string
		jsonl       bool
		docs        int
		errs        []string
	}{
		{name: "text", input: brussels, docs: 1},
		{name: "text undated", input: undated, errs: []string{"feed: extract: no publication date"}},
		{name: "text as JSON Lines", input: brussels, jsonl: true, errs: []string{
			"feed:1:1: invalid JSON: invalid character 'd' looking for beginning of value",
			"feed:2:1: invalid JSON: invalid character 'R' looking for beginning of value",
		}},
		{name: "JSON Lines", input: `{"date":"2022-01-10","text":"Russia and NATO met."}` + "\n[]\n", jsonl: true, docs: 1, errs: []string{
			"feed:2: invalid JSON: want an object, not array",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newStore(t)
			sum, err := ingest.Reader(context.Background(), s.open, "feed", strings.NewReader(tc.input), &ingest.Options{JSONL: tc.jsonl})
			if err != nil {
				t.Fatalf("Reader: %v", err)
			}
			if sum.Added.Documents != tc.docs {
				t.Errorf("added %d documents, want %d", sum.Added.Documents, tc.docs)
			}
			if got := messages(sum.Errors); !slices.Equal(got, tc.errs) {
				t.Errorf("Errors = %q, want %q", got, tc.errs)
			}
			if s.created() != (tc.docs > 0) {
				t.Errorf("store created %v, want %v", s.created(), tc.docs > 0)
			}
		})
	}
}

// TestPathsCanceled cancels ingest after its first article: ingest stops
// with the context's error, and what it added stays added.
func TestPathsCanceled(t *testing.T) {
	dir := writeTree(t, map[string]string{"1.txt": brussels, "2.txt": "", "3.txt": geneva, "4.txt": ""})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := &ingest.Options{Report: func(*extract.InputError) { cancel() }}
	s := newStore(t)
	sum, err := ingest.Paths(ctx, s.open, []string{dir}, opts)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Paths: %v, want %v", err, context.Canceled)
	}
	if sum.Added.Documents != 1 || len(sum.Errors) != 1 {
		t.Errorf("added %d documents, errors %v; want 1 and the error about 2.txt alone", sum.Added.Documents, sum.Errors)
	}

	sum, err = ingest.Paths(context.Background(), s.open, []string{filepath.Join(dir, "1.txt")}, nil)
	if err != nil || sum.Duplicates != 1 {
		t.Errorf("ingest 1.txt again: %d duplicates, %v; want it stored already", sum.Duplicates, err)
	}
}

// TestPathsOpenFails checks that a store that cannot be opened stops
// ingest at the first article, with open's error.
func TestPathsOpenFails(t *testing.T) {
	dir := writeTree(t, map[string]string{"1.txt": "", "2.txt": brussels, "3.txt": ""})
	errOpen := errors.New("no store today")
	open := func() (*store.DB, error) { return nil, errOpen }
	sum, err := ingest.Paths(context.Background(), open, []string{dir}, nil)
	if !errors.Is(err, errOpen) {
		t.Errorf("Paths: %v, want %v", err, errOpen)
	}
	if got, want := messages(sum.Errors), []string{filepath.Join(dir, "1.txt") + ": empty article"}; !slices.Equal(got, want) {
		t.Errorf("Errors = %q, want %q: nothing read after the failure", got, want)
	}
}
