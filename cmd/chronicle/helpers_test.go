package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/graph"
)

// seed is the bundled sample article, dated 2021-12-28.
const seed = "../../testdata/news/seed.txt"

// A result is what one run of the command line gave.
type result struct {
	code           int
	stdout, stderr string
}

// chronicle runs the command line args in process with stdin as its
// standard input.
func chronicle(tb testing.TB, stdin string, args ...string) result {
	tb.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &stdout, &stderr)
	return result{code, stdout.String(), stderr.String()}
}

// mustRun runs args and fails unless they exit 0.
func mustRun(tb testing.TB, args ...string) string {
	tb.Helper()
	r := chronicle(tb, "", args...)
	if r.code != 0 {
		tb.Fatalf("chronicle %s: exit %d\nstderr: %s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r.stdout
}

// newDB returns the path of a store that does not exist yet.
func newDB(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(tb.TempDir(), "chronicle.db")
}

// seeded returns the path of a store holding the seed article.
func seeded(tb testing.TB) string {
	tb.Helper()
	db := newDB(tb)
	mustRun(tb, "ingest", "--db", db, seed)
	return db
}

// writeFile writes data to name in a new temporary directory and returns
// its path.
func writeFile(tb testing.TB, name, data string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// assertNotExist fails tb if anything is at path.
func assertNotExist(tb testing.TB, path string) {
	tb.Helper()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		tb.Errorf("%s exists (stat: %v), want it not created", path, err)
	}
}

// checkDOT renders dot with Graphviz when it is installed.
func checkDOT(tb testing.TB, dot []byte) {
	tb.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		tb.Skip("dot not on PATH; not rendering")
	}
	cmd := exec.Command(path, "-Tsvg")
	cmd.Stdin = bytes.NewReader(dot)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		tb.Errorf("dot -Tsvg: %v\n%s\ninput:\n%s", err, stderr.Bytes(), dot)
	}
}

// meetingsOf runs the met command args, which ask for JSON, and returns
// the meetings it prints.
func meetingsOf(tb testing.TB, args ...string) []graph.Meeting {
	tb.Helper()
	var out struct{ Meetings []graph.Meeting }
	if err := json.Unmarshal([]byte(mustRun(tb, args...)), &out); err != nil {
		tb.Fatal(err)
	}
	return out.Meetings
}
