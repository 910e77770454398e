package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain runs the command line itself when the test binary is started
// as a command (CHRONICLE_AS_COMMAND=1), so that tests can run it in a
// process of its own, and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("CHRONICLE_AS_COMMAND") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// asCommand returns a command running chronicle with args in a process of
// its own.
func asCommand(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CHRONICLE_AS_COMMAND=1")
	return cmd
}

// newsCorpus writes n distinct articles of some sentences each, as JSON
// Lines, and returns the file's path.
func newsCorpus(tb testing.TB, n int) string {
	tb.Helper()
	pairs := [][2]string{{"Russia", "NATO"}, {"France", "Germany"}, {"China", "India"}, {"Japan", "South Korea"}, {"Egypt", "Israel"}}
	cities := []string{"Brussels", "Geneva", "Vienna", "Paris", "Cairo"}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i := range n {
		p := pairs[i%len(pairs)]
		day := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%40)
		var text strings.Builder
		for s := range 12 {
			fmt.Fprintf(&text, "Officials of %s and %s met in %s on %s to discuss trade, report %d. ",
				p[0], p[1], cities[(i+s)%len(cities)], day.Format("January 2"), i)
			fmt.Fprintf(&text, "%s accused %s of violating the ceasefire near the border, the ministry said on Monday. ", p[1], p[0])
		}
		enc.Encode(map[string]string{"id": fmt.Sprint("article-", i), "date": day.Format(time.DateOnly), "text": text.String()})
	}
	path := filepath.Join(tb.TempDir(), "news.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// TestIngestKilled kills an ingest with SIGKILL at several moments: each
// time the store opens and answers, the next ingest completes it, and the
// store ends as an uninterrupted ingest leaves it.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the kill -9 test in -short mode")
	}
	news := newsCorpus(t, 200)
	want := newDB(t)
	// The uninterrupted ingest, in a process of its own, times the kills.
	start := time.Now()
	if out, err := asCommand("ingest", "--quiet", "--workers", "1", "--db", want, news).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	wantState := storeState(t, want)

	db := newDB(t)
	killed := 0
	for _, part := range []float64{0.2, 0.4, 0.6, 0.8} {
		after := time.Duration(part * float64(took))
		cmd := asCommand("ingest", "--quiet", "--workers", "1", "--db", db, news)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			killed++
		} else if err != nil {
			t.Fatalf("ingest exited before the kill: %v\n%s", err, stderr.String())
		}
		if _, err := os.Stat(db); err != nil {
			continue // killed before the first article was stored
		}
		// The store opens and answers after every kill.
		r := chronicle(t, "", "timeline", "--db", db, "--all", "--json")
		if r.code != 0 {
			t.Fatalf("timeline after a kill %v in: exit %d: %s", after, r.code, r.stderr)
		}
		t.Logf("killed %v in: %d events, %d reports stored", after, strings.Count(r.stdout, "\n    {\n"), strings.Count(r.stdout, `"evidence_end"`))
	}
	if killed == 0 {
		t.Fatal("no ingest was killed: each finished before its kill, so nothing was tested")
	}
	out := mustRun(t, "ingest", "--quiet", "--db", db, news)
	if !strings.Contains(out, " 0 failed") {
		t.Errorf("completing ingest: %q", out)
	}
	if got := storeState(t, db); got != wantState {
		t.Errorf("after %d kills and a last ingest, the store differs from an uninterrupted one:\n%s\nwant\n%s", killed, head(got), head(wantState))
	}
}

// storeState returns what the store at db answers: its timeline with
// every report and its actors, as JSON.
func storeState(tb testing.TB, db string) string {
	tb.Helper()
	return mustRun(tb, "timeline", "--db", db, "--all", "--json") + mustRun(tb, "actors", "--db", db, "--json")
}

// head returns the first lines of s, for a message.
func head(s string) string {
	lines := strings.SplitN(s, "\n", 30)
	return strings.Join(lines[:min(len(lines), 29)], "\n")
}
