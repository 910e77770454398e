package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/timeml"
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
		{[]string{"eval"}, "missing kind: timeml"},
		{[]string{"eval", "tempeval", tmlDir}, `unknown kind "tempeval": want timeml`},
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
	for _, args := range [][]string{{"timeml", "--help"}, {"eval", "--help"}, {"eval", "timeml", "-h"}, {"help", "eval"}} {
		r := chronicle(t, "", args...)
		name := args[0]
		if name == "help" {
			name = args[1]
		}
		if want := "Usage: chronicle " + name; r.code != 0 || !strings.HasPrefix(r.stdout, want) {
			t.Errorf("%s: exit %d, stdout %.40q; want 0 and %q", strings.Join(args, " "), r.code, r.stdout, want)
		}
	}
	if !strings.Contains(mustRun(t, "help"), "\ttimeml     tag TimeML files with our time expressions\n\teval       score the time engine against annotated TimeML\n") {
		t.Errorf("help does not list timeml and eval")
	}
}
