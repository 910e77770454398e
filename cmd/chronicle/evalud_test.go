package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// These tests check the plumbing of eval ud — the shape of what it
// prints, its errors — not the scores, which are syntax.Analyze's.

// udGold is a hand-made treebank of two sentences, 9 words.
const udGold = "../../internal/eval/ud/testdata/gold.conllu"

// udReportOf runs args, which ask for JSON, and returns the report.
func udReportOf(tb testing.TB, args ...string) udReport {
	tb.Helper()
	var r udReport
	if err := json.Unmarshal([]byte(mustRun(tb, args...)), &r); err != nil {
		tb.Fatal(err)
	}
	return r
}

func TestEvalUD(t *testing.T) {
	out := mustRun(t, "eval", "ud", udGold)
	lines := strings.Split(out, "\n")
	want := []string{"        accuracy  correct", "UPOS  ", "XPOS  ", "Lemmas  ", "UAS  ", "LAS  ", "(1 file, 2 sentences, 9 words)"}
	if len(lines) != len(want)+1 {
		t.Fatalf("eval ud printed %d lines, want %d:\n%s", len(lines)-1, len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want it to begin %q", i+1, lines[i], w)
		}
	}
	for _, row := range lines[1:6] {
		if f := strings.Fields(row); len(f) != 3 || len(f[1]) != 6 || !strings.HasPrefix(f[1], "0.") && f[1] != "1.0000" {
			t.Errorf("row %q, want a name, a figure of four places and a count", row)
		}
	}

	r := udReportOf(t, "eval", "--json", "ud", udGold)
	if r.Files != 1 || r.Sentences != 2 || r.Counts.Words != 9 || r.Results != nil {
		t.Errorf("--json: %d files, %d sentences, %d words, %d results; want 1, 2, 9 and none", r.Files, r.Sentences, r.Counts.Words, len(r.Results))
	}
	if r.Scores != r.Counts.Scores() {
		t.Errorf("--json: scores %+v, want those of the counts", r.Scores)
	}

	r = udReportOf(t, "eval", "ud", udGold, udGold, "--json", "--verbose")
	if r.Files != 2 || r.Counts.Words != 18 || len(r.Results) != 2 || r.Results[0].Name != udGold || r.Results[0].Words != 9 {
		t.Fatalf("--json --verbose of the file twice: %+v; want 2 files, 18 words, a result for each", r)
	}
	gold := 0
	for _, rel := range r.Results[0].Relations {
		gold += rel.Gold
	}
	if gold != 9 {
		t.Errorf("--json --verbose: relations %+v count %d gold words, want 9", r.Results[0].Relations, gold)
	}
}

func TestEvalUDVerbose(t *testing.T) {
	out := mustRun(t, "eval", "ud", "--verbose", udGold)
	for _, want := range []string{
		udGold + ": 2 sentences, 9 words, UAS ",
		"\nrelation  gold  system  correct  P       R       F1\n",
		"\nnsubj     2     ",
		"\ngoeswith  1     ",
		"\n\n        accuracy  correct\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval ud --verbose = %q, want it to contain %q", out, want)
		}
	}
}

func TestEvalUDErrors(t *testing.T) {
	good := "# sent_id = 1\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
	bad := writeFile(t, "bad.conllu", good+"1\tHi\n\n"+"# sent_id = 3\n1\tHi\thi\tINTJ\tUH\t_\t_\t_\t_\t_\n\n"+good)
	r := chronicle(t, "", "eval", "ud", bad, udGold)
	wantErr := bad + ":4: want 10 tab-separated columns, have 2\n" + bad + ": sentence 2 (sent_id = 3): gold word 1 has no head\n"
	if r.code != 1 || r.stderr != wantErr {
		t.Errorf("exit %d, stderr %q; want 1 and %q", r.code, r.stderr, wantErr)
	}
	if !strings.Contains(r.stdout, "(2 files, 4 sentences, 11 words)") {
		t.Errorf("stdout = %q, want the good sentences of both files scored", r.stdout)
	}

	dir := t.TempDir()
	for _, tc := range []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "missing.conllu"), "chronicle eval: open " + filepath.Join(dir, "missing.conllu") + ": no such file or directory\n"},
		{"empty", writeFile(t, "empty.conllu", "\n"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.want == "" {
				tc.want = "chronicle eval: " + tc.path + ": ud: no sentences\n"
			}
			r := chronicle(t, "", "eval", "ud", tc.path)
			if r.code != 1 || r.stderr != tc.want || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing and %q", r.code, r.stdout, r.stderr, tc.want)
			}
		})
	}

	r = chronicle(t, "", "eval", "ud", "--help")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Usage: chronicle eval") || !strings.Contains(r.stdout, "chronicle eval ud [--verbose] [--json] FILE.conllu...") {
		t.Errorf("eval ud --help: exit %d, stdout %.60q; want 0 and the usage", r.code, r.stdout)
	}
	r = chronicle(t, "", "eval", "ud")
	if r.code != 2 || !strings.Contains(r.stderr, "no FILE.conllu to read") || r.stdout != "" {
		t.Errorf("eval ud without a file: exit %d, stdout %q, stderr %q; want 2 and a usage error", r.code, r.stdout, r.stderr)
	}
}

// TestEvalUDTreebank scores the analysis on the EWT dev file: every
// sentence and word is scored, whatever the scores.
func TestEvalUDTreebank(t *testing.T) {
	dev := filepath.Join(corpus.Need(t, "corpora/ud-ewt"), "en_ewt-ud-dev.conllu")
	r := udReportOf(t, "eval", "ud", "--json", dev)
	if r.Sentences != 2001 || r.Counts.Words != 25147 {
		t.Errorf("scored %d sentences, %d words; want 2001 and 25147", r.Sentences, r.Counts.Words)
	}
}
