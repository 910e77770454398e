package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/eval/plover"
	"github.com/chronicle-kg/chronicle/internal/eval/timeml"
)

func TestEvalCommand(t *testing.T) {
	out := mustRun(t, "eval", "timeml", tmlDir)
	lines := strings.Split(out, "\n")
	want := []string{"                 P       R       F1", "strict  ", "relaxed  ", "type  ", "value  ", "(2 documents, 7 gold, "}
	if len(lines) != len(want)+1 {
		t.Fatalf("eval timeml printed %d lines, want %d:\n%s", len(lines)-1, len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want it to begin %q", i+1, lines[i], w)
		}
	}
	for _, row := range lines[1:5] {
		if f := strings.Fields(row); len(f) != 4 || len(f[1]) != 6 || !strings.HasPrefix(f[1], "0.") && f[1] != "1.0000" {
			t.Errorf("row %q, want a name and three figures of four places", row)
		}
	}

	var report struct {
		Documents int
		Counts    timeml.Counts
		Scores    timeml.Scores
		Results   []timeml.DocResult
	}
	if err := json.Unmarshal([]byte(mustRun(t, "eval", "--json", "timeml", tmlDir)), &report); err != nil {
		t.Fatal(err)
	}
	if report.Documents != 2 || report.Counts.Gold != 7 || report.Results != nil {
		t.Errorf("--json: %d documents, %d gold, %d results; want 2, 7 and none", report.Documents, report.Counts.Gold, len(report.Results))
	}
	if report.Scores != report.Counts.Scores() {
		t.Errorf("--json: scores %+v, want those of the counts", report.Scores)
	}
	if err := json.Unmarshal([]byte(mustRun(t, "eval", "timeml", tmlDir, "--json", "--verbose")), &report); err != nil {
		t.Fatal(err)
	}
	if len(report.Results) != 2 || !strings.HasSuffix(report.Results[0].Name, "embassy.tml") {
		t.Errorf("--json --verbose: results %+v, want the two documents in name order", report.Results)
	}
}

func TestEvalVerbose(t *testing.T) {
	// A gold file annotating what the engine will not find.
	dir := writeFile(t, "gold/odd.tml", `<TimeML><DCT><TIMEX3 tid="t0" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>It happened in <TIMEX3 tid="t1" type="DATE" value="1997-Q4">zebra</TIMEX3>.</TEXT></TimeML>`)
	dir = strings.TrimSuffix(dir, "/odd.tml")
	out := mustRun(t, "eval", "timeml", "--verbose", dir)
	for _, want := range []string{
		dir + "/odd.tml: 1 gold, ",
		`  missed       "zebra"=1997-Q4 DATE` + "\n",
		"\n                 P       R       F1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval --verbose = %q, want it to contain %q", out, want)
		}
	}
}

func TestEvalErrors(t *testing.T) {
	bad := writeFile(t, "gold/bad.tml", "<TimeML><TEXT>\n&nbsp;</TEXT></TimeML>")
	dir := strings.TrimSuffix(bad, "/bad.tml")
	r := chronicle(t, "", "eval", "timeml", dir, tmlDir)
	if r.code != 1 || !strings.Contains(r.stderr, bad+":2: unknown entity &nbsp;") {
		t.Errorf("exit %d, stderr %q; want 1 and the bad file named", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "(2 documents, 7 gold") {
		t.Errorf("stdout = %q, want the good documents scored", r.stdout)
	}
	r = chronicle(t, "", "eval", "timeml", dir+"/missing")
	if r.code != 1 || !strings.Contains(r.stderr, "chronicle eval: open "+dir+"/missing: no such file or directory") || r.stdout != "" {
		t.Errorf("missing directory: exit %d, stdout %q, stderr %q; want 1, nothing and the directory named", r.code, r.stdout, r.stderr)
	}
}

func TestTimemlUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"timeml"}, "no PATH"},
		{[]string{"timeml", "--date", "1998-02-30", tmlMinisters}, "--date"},
		{[]string{"timeml", "-o"}, "flag needs an argument: -o"},
		{[]string{"eval"}, "missing kind: timeml, plover, ud or timeline"},
		{[]string{"eval", "tempeval", tmlDir}, `unknown kind "tempeval": want timeml, plover, ud or timeline`},
		{[]string{"eval", "timeml"}, "no GOLD_DIR"},
		{[]string{"eval", "timeml", "--bogus", tmlDir}, "flag provided but not defined: --bogus"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := chronicle(t, "", tc.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2, nothing and %q", r.code, r.stdout, r.stderr, tc.want)
			}
		})
	}
}

func TestTimemlHelp(t *testing.T) {
	for _, args := range [][]string{{"timeml", "--help"}, {"eval", "--help"}, {"eval", "timeml", "-h"}, {"eval", "plover", "--help"}, {"help", "eval"}} {
		r := chronicle(t, "", args...)
		name := args[0]
		if name == "help" {
			name = args[1]
		}
		if want := "Usage: chronicle " + name; r.code != 0 || !strings.HasPrefix(r.stdout, want) {
			t.Errorf("%s: exit %d, stdout %.40q; want 0 and %q", strings.Join(args, " "), r.code, r.stdout, want)
		}
	}
	if !strings.Contains(mustRun(t, "help"), "\ttimeml     tag TimeML files with our time expressions\n\teval       score extraction against gold data: timeml, plover, ud, timeline\n") {
		t.Errorf("help does not list timeml and eval")
	}
}

// gsr is a hand-written GSR of four records, with a conversion table
// beside it.
const gsr = "../../internal/eval/plover/testdata/gsr.json"

func TestEvalPlover(t *testing.T) {
	out := mustRun(t, "eval", "plover", gsr)
	lines := strings.Split(out, "\n")
	want := []string{
		"records                 4",
		"source actors     P ",
		"target actors     P ",
		"PLOVER category   accuracy ",
		"category+source+target  accuracy ",
	}
	if len(lines) != len(want)+1 || lines[0] != want[0] {
		t.Fatalf("eval plover printed %d lines, want %d, the first %q:\n%s", len(lines)-1, len(want), want[0], out)
	}
	figures := func(row string, vs ...string) {
		for _, v := range vs {
			if len(v) != 6 || !strings.HasPrefix(v, "0.") && v != "1.0000" {
				t.Errorf("row %q: figure %q, want four places", row, v)
			}
		}
	}
	for i, w := range want[1:] {
		row := lines[i+1]
		f := strings.Fields(row)
		switch {
		case !strings.HasPrefix(row, w):
			t.Errorf("line %d = %q, want it to begin %q", i+2, row, w)
		case i < 2 && (len(f) != 11 || f[4] != "R" || f[6] != "F1" || f[8] != "(exact" || f[9] != "set" || !strings.HasSuffix(row, ")")):
			t.Errorf("row %q, want P, R, F1 and the exact set", row)
		case i < 2:
			figures(row, f[3], f[5], f[7], strings.TrimSuffix(f[10], ")"))
		default:
			figures(row, f[len(f)-1])
		}
	}

	var r plover.Result
	if err := json.Unmarshal([]byte(mustRun(t, "eval", "--json", "plover", gsr)), &r); err != nil {
		t.Fatal(err)
	}
	if r.Records != 4 || len(r.Categories) != 4 || r.Errors != nil {
		t.Errorf("--json: %d records, %d categories, %d errors; want 4, 4 and none", r.Records, len(r.Categories), len(r.Errors))
	}
	if err := json.Unmarshal([]byte(mustRun(t, "eval", "plover", gsr, "--json", "--verbose")), &r); err != nil {
		t.Fatal(err)
	}
	if r.Records != 4 || len(r.Errors) > 4 {
		t.Errorf("--json --verbose: %d records, %d errors; want 4 and at most 4", r.Records, len(r.Errors))
	}
}

func TestEvalPloverVerbose(t *testing.T) {
	// A record whose sentence the extractor will find nothing in.
	path := writeFile(t, "gsr/gsr.json", `[{"id": "odd-1", "date": "2000-01-01", "event": "FIGHT", "eventText": "zorbed",
		"text": "Zebras zorbed.", "source": [{"actorText": "Zebras", "code": "ZZZ"}], "target": ""}]`)
	copyFile(t, "../../internal/eval/plover/testdata/"+plover.MappingFile, filepath.Join(filepath.Dir(path), plover.MappingFile))
	out := mustRun(t, "eval", "plover", "--verbose", path)
	for _, want := range []string{
		"odd-1: gold FIGHT, ours (none) (0 events)\n",
		`  gold      source ZZZ "Zebras"; target -; trigger "zorbed"` + "\n",
		`  ours      source -; target -; trigger ""` + "\n",
		`  missed    source ZZZ "Zebras": not found` + "\n",
		"  text      Zebras zorbed.\n\n",
		"category  records  correct  full  found as\n",
		"FIGHT     1        0        0     (none) 1\n",
		"all       1        0        0     (none) 1\n\nrecords                 1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval plover --verbose = %q, want it to contain %q", out, want)
		}
	}
}

// copyFile copies the file from to the path to.
func copyFile(tb testing.TB, from, to string) {
	tb.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}

func TestEvalPloverErrors(t *testing.T) {
	// A bad record is reported; the good one is scored.
	path := writeFile(t, "gsr/gsr.json", `[
{"id": "good", "date": "2000-01-01", "event": "AGREE", "text": "Japan agreed."},
{"id": "bad", "date": "2000-01-01", "event": "AGREE"}
]`)
	copyFile(t, "../../internal/eval/plover/testdata/"+plover.MappingFile, filepath.Join(filepath.Dir(path), plover.MappingFile))
	r := chronicle(t, "", "eval", "plover", path)
	if r.code != 1 || r.stderr != path+":3: record bad: no text\n" || !strings.HasPrefix(r.stdout, "records                 1\n") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1, the good record scored and the bad one named", r.code, r.stdout, r.stderr)
	}

	malformed := writeFile(t, "gsr/gsr.json", "[\n{\"id\": }]")
	r = chronicle(t, "", "eval", "plover", malformed)
	if r.code != 1 || !strings.HasPrefix(r.stderr, "chronicle eval: "+malformed+":2:8: invalid character") || r.stdout != "" {
		t.Errorf("malformed: exit %d, stdout %q, stderr %q; want 1, nothing and the place named", r.code, r.stdout, r.stderr)
	}

	alone := writeFile(t, "alone/gsr.json", `[]`)
	r = chronicle(t, "", "eval", "plover", alone)
	table := filepath.Join(filepath.Dir(alone), plover.MappingFile)
	if r.code != 1 || r.stderr != "chronicle eval: "+table+": no such file or directory\n" || r.stdout != "" {
		t.Errorf("no table: exit %d, stdout %q, stderr %q; want 1, nothing and the table named", r.code, r.stdout, r.stderr)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		// Tests run in cmd/chronicle, where ../shared is not.
		{[]string{"eval", "plover"}, "no FILE, and no GSR at " + defaultGSR},
		{[]string{"eval", "plover", gsr, gsr}, "one FILE only, not 2"},
		{[]string{"eval", "plover", "--bogus", gsr}, "flag provided but not defined: --bogus"},
	} {
		r := chronicle(t, "", tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2, nothing and %q", strings.Join(tc.args, " "), r.code, r.stdout, r.stderr, tc.want)
		}
	}
}
