package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/store"
	"github.com/chronicle-kg/chronicle/store/ingest"
)

// TestIngestOutput checks what ingest prints, and where, and its exit
// status, for good and bad input, and that bad input alone creates no
// store. Package store/ingest tests the reading itself.
func TestIngestOutput(t *testing.T) {
	const (
		dated   = "date 2022-01-10\nRussia and NATO met in Brussels.\n"
		undated = "Russia and NATO met in Brussels.\n"
		hint    = "chronicle ingest: date articles with a first line \"date YYYY-MM-DD\", a JSON \"date\" or --date\n"
	)
	tests := []struct {
		name   string
		files  map[string]string
		args   []string // after ingest --db DB; DIR is the files' directory
		stdin  string
		code   int
		stdout string // its beginning: the counts are the extractor's
		stderr string // with DIR for the files' directory
	}{
		{name: "undated",
			files: map[string]string{"undated.txt": undated}, args: []string{"DIR/undated.txt"},
			code: 1, stdout: "added 0 documents", stderr: "DIR/undated.txt: extract: no publication date\n" + hint},
		{name: "undated with --date",
			files: map[string]string{"undated.txt": undated}, args: []string{"DIR/undated.txt", "--date", "2022-01-10"},
			stdout: "added 1 documents"},
		{name: "invalid UTF-8",
			files: map[string]string{"bad.txt": "date 2022-01-10\nRussia and NATO\nmet in Br\xffssels.\n"}, args: []string{"DIR/bad.txt"},
			code: 1, stdout: "added 0 documents", stderr: "DIR/bad.txt:3:10: invalid UTF-8\n"},
		{name: "bad inputs",
			files: map[string]string{
				"a.bin": "date 2022-01-10\n\x00\x01\x02",
				"a.txt": "",
				"b.txt": "\ndate 2022-02-30\nText.",
			},
			args: []string{"DIR"},
			code: 1, stdout: "added 0 documents",
			stderr: "DIR/a.bin: binary file\nDIR/b.txt:2: invalid date \"2022-02-30\": impossible date, February 2022 has 28 days\n"},
		{name: "JSON Lines with a bad line",
			files: map[string]string{"news.jsonl": strings.Join([]string{
				`{"id":"one","date":"2022-01-10","text":"Russia and NATO met in Brussels."}`,
				`{"id":"two","date":"2022-01-11","text":`,
				``,
				`{"id":"three","date":"2022-01-12T09:00:00Z","text":"Russia and NATO met in Geneva."}`,
			}, "\n")},
			args: []string{"DIR/news.jsonl"},
			code: 1, stdout: "added 2 documents", stderr: "DIR/news.jsonl:2:40: invalid JSON: unexpected end of JSON input\n"},
		{name: "stdin",
			args: []string{"-"}, stdin: dated,
			stdout: "added 1 documents"},
		{name: "stdin JSON Lines",
			args: []string{"--jsonl", "-"}, stdin: `{"date":"2022-01-11","text":"Russia and NATO met in Geneva."}` + "\n{\n",
			code: 1, stdout: "added 1 documents", stderr: "<stdin>:2:2: invalid JSON: unexpected end of JSON input\n"},
		{name: "missing file",
			args: []string{"DIR/missing.txt", seed},
			code: 1, stdout: "added 1 documents", stderr: "DIR/missing.txt: no such file or directory\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			withDir := func(s string) string { return strings.ReplaceAll(s, "DIR", dir) }
			db := filepath.Join(t.TempDir(), "sub", "chronicle.db")
			args := []string{"ingest", "--db", db}
			for _, a := range tc.args {
				args = append(args, withDir(a))
			}

			r := chronicle(t, tc.stdin, args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d", r.code, tc.code)
			}
			if !strings.HasPrefix(r.stdout, tc.stdout) || strings.Count(r.stdout, "\n") != 2 || !strings.Contains(r.stdout, "\nread ") {
				t.Errorf("stdout = %q, want a line beginning %q and one of what was read", r.stdout, tc.stdout)
			}
			if want := withDir(tc.stderr); r.stderr != want {
				t.Errorf("stderr =\n%s\nwant\n%s", r.stderr, want)
			}
			if strings.HasPrefix(tc.stdout, "added 0 ") {
				assertNotExist(t, filepath.Dir(db))
			}
		})
	}
}

func TestIngestTwice(t *testing.T) {
	db := seeded(t)
	actors := mustRun(t, "actors", "--db", db, "--json")
	timeline := mustRun(t, "timeline", "--db", db, "--json", "--all")

	if got, want := mustRun(t, "ingest", "--db", db, seed), "added 0 documents, 0 events, 0 actors\nread 1 articles: 0 new, 1 duplicates, 0 empty, 0 failed;"; !strings.HasPrefix(got, want) {
		t.Errorf("second ingest: stdout = %q, want it to begin %q", got, want)
	}
	if got := mustRun(t, "actors", "--db", db, "--json"); got != actors {
		t.Errorf("actors --json changed on a second ingest:\n%s\nwant\n%s", got, actors)
	}
	if got := mustRun(t, "timeline", "--db", db, "--json", "--all"); got != timeline {
		t.Errorf("timeline --json changed on a second ingest:\n%s\nwant\n%s", got, timeline)
	}
}

// TestIngestStoreInInput ingests the directory that holds the store, as
// "chronicle ingest ." does: the store is not read as articles.
func TestIngestStoreInInput(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("date 2022-01-10\nRussia and NATO met.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "chronicle.db")
	for i, want := range []string{"added 1 documents", "added 0 documents"} {
		r := chronicle(t, "", "ingest", "--db", db, dir)
		if r.code != 0 || !strings.HasPrefix(r.stdout, want) {
			t.Errorf("ingest %d: exit %d, stdout %q, stderr %q; want 0 and %q", i+1, r.code, r.stdout, r.stderr, want)
		}
	}
}

// TestIngestIntoItself refuses a store that is the directory being
// ingested, which ingest would otherwise skip whole, saying nothing.
func TestIngestIntoItself(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("date 2022-01-10\nRussia and NATO met.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{dir, filepath.Join(dir, "a.txt")} {
		r := chronicle(t, "", "ingest", "--db", dir, path)
		if r.code != 2 || !strings.Contains(r.stderr, "is in the store --db") {
			t.Errorf("ingest --db %s %s: exit %d, stderr %q; want 2 and why", dir, path, r.code, r.stderr)
		}
	}
	// A store inside the directory ingested is skipped, as before.
	if r := chronicle(t, "", "ingest", "--db", filepath.Join(dir, "chronicle.db"), dir); r.code != 0 || !strings.HasPrefix(r.stdout, "added 1 documents") {
		t.Errorf("ingest of the store's parent: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestIngestReextractUpToDate says, and only says, that a store this
// extractor made has nothing to re-extract.
func TestIngestReextractUpToDate(t *testing.T) {
	db := seeded(t)
	r := chronicle(t, "", "ingest", "--reextract", "--db", db)
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "nothing to re-extract") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0, nothing, and why", r.code, r.stdout, r.stderr)
	}
	if r := chronicle(t, "", "ingest", "--reextract", "--db", db, seed); r.code != 2 {
		t.Errorf("--reextract with a PATH: exit %d; want 2, a usage error", r.code)
	}
}

// TestIngestReextractOlder rebuilds a store whose article an older
// extractor read, and the rebuilt store answers as one ingested afresh.
func TestIngestReextractOlder(t *testing.T) {
	db := newDB(t)
	open := func() (*store.DB, error) { return store.Open(db, &store.Options{Extractor: "older"}) }
	if _, err := ingest.Paths(context.Background(), open, []string{seed}, nil); err != nil {
		t.Fatal(err)
	}
	r := chronicle(t, "", "ingest", "--reextract", "--db", db)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "added 1 documents") || !strings.Contains(r.stderr, "rebuilding") {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 0, the document added again, and what is rebuilt", r.code, r.stdout, r.stderr)
	}
	if got, want := mustRun(t, "timeline", "--db", db, "--all", "--json"), mustRun(t, "timeline", "--db", seeded(t), "--all", "--json"); got != want {
		t.Errorf("rebuilt timeline differs from a fresh ingest's:\n%s\nwant\n%s", head(got), head(want))
	}
}
