package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
)

func TestExtractCommand(t *testing.T) {
	out := mustRun(t, "extract", seed)
	var res extract.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("extract output is not a Result: %v", err)
	}
	if res.DCT != "2021-12-28" || res.Doc != seed {
		t.Errorf("dct, doc = %q, %q; want 2021-12-28, %q", res.DCT, res.Doc, seed)
	}
	if !strings.HasPrefix(out, "{\n  \"doc\": ") {
		t.Errorf("extract output is not indented by two spaces: %.40q", out)
	}

	out = mustRun(t, "extract", "--date", "2022-01-03", seed)
	if !strings.Contains(out, `"dct": "2022-01-03"`) {
		t.Errorf("extract --date: dct not overridden")
	}

	jsonl := writeFile(t, "a.jsonl", "\n"+`{"id":"x","date":"2022-01-10","text":"Russia and NATO met."}`+"\n{\n")
	out = mustRun(t, "extract", jsonl)
	if !strings.Contains(out, `"doc": "x"`) || !strings.Contains(out, `"dct": "2022-01-10"`) {
		t.Errorf("extract of JSON Lines = %s, want the first article", out)
	}

	bad := writeFile(t, "b.jsonl", "\n\n{\n"+`{"id":"x","date":"2022-01-10","text":"Later."}`+"\n")
	r := chronicle(t, "", "extract", bad)
	if r.code != 1 || !strings.Contains(r.stderr, bad+":3:") {
		t.Errorf("extract of bad JSON Lines: exit %d, stderr %q; want 1 and %s:3:", r.code, r.stderr, bad)
	}

	r = chronicle(t, "Russia and NATO met.", "extract", "-")
	if r.code != 1 || !strings.Contains(r.stderr, "<stdin>: extract: no publication date") {
		t.Errorf("extract of undated stdin: exit %d, stderr %q", r.code, r.stderr)
	}
	r = chronicle(t, "Russia and NATO met.", "extract", "-", "--date", "2022-01-10")
	if r.code != 0 || !strings.Contains(r.stdout, `"dct": "2022-01-10"`) {
		t.Errorf("extract of stdin with --date: exit %d, stderr %q", r.code, r.stderr)
	}

	missing := t.TempDir() + "/missing.txt"
	r = chronicle(t, "", "extract", missing)
	if want := "chronicle extract: " + missing + ": no such file or directory\n"; r.code != 1 || r.stderr != want {
		t.Errorf("extract of a missing file: exit %d, stderr %q; want 1, %q", r.code, r.stderr, want)
	}
	if r = chronicle(t, "", "extract", seed, seed); r.code != 2 || !strings.Contains(r.stderr, "one FILE at a time, not 2") {
		t.Errorf("extract of two files: exit %d, stderr %q; want 2 and one FILE at a time", r.code, r.stderr)
	}
}
