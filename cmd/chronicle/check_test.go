package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckSound(t *testing.T) {
	db := seeded(t)
	if got, want := mustRun(t, "check", "--db", db), "ok: 1 documents, 25 events, 11 actors; all checksums verified\n"; got != want {
		t.Errorf("check = %q; want %q", got, want)
	}
	var report struct {
		OK       bool
		Tables   int
		Records  map[string]int
		Problems []any
	}
	if err := json.Unmarshal([]byte(mustRun(t, "check", "--db", db, "--json")), &report); err != nil {
		t.Fatal(err)
	}
	if !report.OK || report.Tables != 1 || report.Records["events"] != 25 || report.Problems == nil || len(report.Problems) > 0 {
		t.Errorf("check --json = %+v; want ok, 1 table, 25 events, no problems", report)
	}
}

// damages are ways to damage the files of a store.
var damages = []struct {
	name   string
	damage func(tb testing.TB, db string) (file string)
	want   string // what check says of the file
}{
	{"table cut short", func(tb testing.TB, db string) string {
		table := onlyTable(tb, db)
		truncate(tb, filepath.Join(db, table), size(tb, filepath.Join(db, table))/2)
		return table
	}, "cut short"},
	{"random bytes in a block", func(tb testing.TB, db string) string {
		// The blocks come first; the index and footer take the last
		// 2 KB or so.
		table := onlyTable(tb, db)
		path := filepath.Join(db, table)
		scribble(tb, path, size(tb, path)/3)
		return table
	}, "block"},
	{"MANIFEST cut short", func(tb testing.TB, db string) string {
		path := filepath.Join(db, "MANIFEST")
		truncate(tb, path, size(tb, path)-3)
		return "MANIFEST"
	}, "cut short"},
}

func TestDamagedStore(t *testing.T) {
	for _, tc := range damages {
		t.Run(tc.name, func(t *testing.T) {
			db := seeded(t)
			file := tc.damage(t, db)
			for _, args := range [][]string{
				{"timeline", "--db", db},
				{"actors", "--db", db},
				{"met", "--db", db},
				{"stats", "--db", db},
				{"ingest", "--db", db, seed},
			} {
				r := chronicle(t, "", args...)
				if r.code != 1 || !strings.Contains(r.stderr, "is damaged: ") || !strings.Contains(r.stderr, file) ||
					!strings.Contains(r.stderr, "run chronicle check") {
					t.Errorf("%s: exit %d, stderr %q; want 1 and %s named damaged", args[0], r.code, r.stderr, file)
				}
				noStackTrace(t, r)
			}
			r := chronicle(t, "", "check", "--db", db)
			if r.code != 1 || !strings.Contains(r.stdout, file+": ") || !strings.Contains(r.stdout, tc.want) ||
				!strings.Contains(r.stderr, "is damaged: 1 problem") {
				t.Errorf("check: exit %d, stdout %q, stderr %q; want 1 and %s: %s", r.code, r.stdout, r.stderr, file, tc.want)
			}
			noStackTrace(t, r)
			var report struct {
				OK       bool
				Problems []struct{ File, Problem string }
			}
			r = chronicle(t, "", "check", "--db", db, "--json")
			if err := json.Unmarshal([]byte(r.stdout), &report); err != nil {
				t.Fatalf("check --json: %v\n%s", err, r.stdout)
			}
			if r.code != 1 || report.OK || len(report.Problems) != 1 || report.Problems[0].File != file {
				t.Errorf("check --json: exit %d, %+v; want 1 and a problem in %s", r.code, report, file)
			}
			if _, err := os.Stat(filepath.Join(db, onlyTableName(t, db))); err != nil {
				t.Errorf("the table is gone: %v", err)
			}
		})
	}
}

// noStackTrace fails tb if r printed a Go stack trace.
func noStackTrace(tb testing.TB, r result) {
	tb.Helper()
	for _, out := range []string{r.stdout, r.stderr} {
		if strings.Contains(out, "goroutine ") || strings.Contains(out, "panic:") {
			tb.Errorf("a stack trace:\n%s", out)
		}
	}
}

// onlyTable returns the name of the one table of the store db.
func onlyTable(tb testing.TB, db string) string {
	tb.Helper()
	name := onlyTableName(tb, db)
	if name == "" {
		tb.Fatalf("no table in %s", db)
	}
	return name
}

// onlyTableName returns the name of the one table of the store db, or
// "" if it has none.
func onlyTableName(tb testing.TB, db string) string {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(db, "*.sst"))
	if err != nil || len(names) > 1 {
		tb.Fatalf("tables in %s: %q, %v; want one", db, names, err)
	}
	if len(names) == 0 {
		return ""
	}
	return filepath.Base(names[0])
}

func truncate(tb testing.TB, path string, n int64) {
	tb.Helper()
	if err := os.Truncate(path, n); err != nil {
		tb.Fatal(err)
	}
}

func size(tb testing.TB, path string) int64 {
	tb.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	return fi.Size()
}

// scribble writes 32 bytes of noise into the file at path at offset off.
func scribble(tb testing.TB, path string, off int64) {
	tb.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	noise := []byte("\x8f\x13\xd2\x07\x5a\xee\x41\x90\x3c\x71\xb8\x02\xfd\x66\x29\xc4" +
		"\x1e\xa7\x58\xe3\x94\x0b\x7f\xd0\x35\xca\x62\x19\xb6\x4d\xf1\x88")
	if _, err := f.WriteAt(noise, off); err != nil {
		tb.Fatal(err)
	}
}
