package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/graph"
	"github.com/chronicle-kg/chronicle/store"
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

func assertNotExist(tb testing.TB, path string) {
	tb.Helper()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		tb.Errorf("%s exists (stat: %v), want it not created", path, err)
	}
}

func TestHelp(t *testing.T) {
	for _, spec := range commands {
		for _, flag := range []string{"--help", "-h"} {
			t.Run(spec.name+flag, func(t *testing.T) {
				r := chronicle(t, "", spec.name, flag)
				if r.code != 0 || r.stderr != "" {
					t.Errorf("exit %d, stderr %q; want 0 and nothing", r.code, r.stderr)
				}
				if want := "Usage: chronicle " + spec.name; !strings.HasPrefix(r.stdout, want) {
					t.Errorf("stdout begins %.40q, want %q", r.stdout, want)
				}
			})
		}
		t.Run("help "+spec.name, func(t *testing.T) {
			if got, want := mustRun(t, "help", spec.name), spec.usage; got != want {
				t.Errorf("help %s = %q, want the usage", spec.name, got)
			}
		})
	}
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		r := chronicle(t, "", args...)
		if r.code != 0 || !strings.Contains(r.stdout, "The commands are:") {
			t.Errorf("chronicle %s: exit %d, stdout %q; want 0 and the command list", args[0], r.code, r.stdout)
		}
	}
}

// TestHelpListsFlags checks that every flag a command defines is in its
// usage, so that the two do not drift apart.
func TestHelpListsFlags(t *testing.T) {
	for _, spec := range commands {
		fs := flag.NewFlagSet(spec.name, flag.ContinueOnError)
		spec.new().flags(fs)
		fs.VisitAll(func(f *flag.Flag) {
			dash := "--"
			if len(f.Name) == 1 {
				dash = "-"
			}
			if !strings.Contains(spec.usage, "\n  "+dash+f.Name+" ") {
				t.Errorf("usage of %s does not describe %s%s", spec.name, dash, f.Name)
			}
		})
		if !strings.Contains(usage(), "\t"+spec.name+" ") {
			t.Errorf("usage does not list %s", spec.name)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string // in stderr
	}{
		{nil, "Usage:"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"--db", "x", "timeline"}, `unknown command "--db"`},
		{[]string{"help", "frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"ingest"}, "no PATH"},
		{[]string{"ingest", "--date", "2021-02-30", seed}, "--date"},
		{[]string{"timeline", "--bogus"}, "flag provided but not defined: --bogus"},
		{[]string{"timeline", "Russia"}, `unexpected argument "Russia"`},
		{[]string{"timeline", "--modality", "maybe"}, `unknown modality "maybe"`},
		{[]string{"timeline", "--from", "2022-13"}, "--from"},
		{[]string{"timeline", "--from", "2022-02", "--to", "2022-01"}, "before"},
		{[]string{"met", "Russia", "NATO", "OSCE"}, "at most two actors"},
		{[]string{"actors", "Russia"}, "unexpected argument"},
		{[]string{"export"}, "missing format"},
		{[]string{"export", "svg"}, `unknown format "svg"`},
		{[]string{"export", "dot", "extra"}, `unexpected argument "extra"`},
		{[]string{"extract"}, "no FILE"},
		{[]string{"extract", seed, seed}, "one FILE"},
		{[]string{"extract", "--db", "x", seed}, "--db"},
		{[]string{"timeline", "--from"}, "flag needs an argument: --from"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := chronicle(t, "", tc.args...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2", r.code)
			}
			if !strings.Contains(r.stderr, tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", r.stderr, tc.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
		})
	}
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		pos  []string
		json bool
		out  string
		from string
	}{
		{"flags after", []string{"Russia", "NATO", "--json"}, []string{"Russia", "NATO"}, true, "", ""},
		{"flags between", []string{"Russia", "--json", "NATO"}, []string{"Russia", "NATO"}, true, "", ""},
		{"flags before", []string{"--json", "--from", "2022", "Russia"}, []string{"Russia"}, true, "", "2022-01-01"},
		{"dashes", []string{"Russia", "--", "--json", "-o"}, []string{"Russia", "--json", "-o"}, false, "", ""},
		{"dashes first", []string{"--", "-"}, []string{"-"}, false, "", ""},
		{"dashes as a value", []string{"-o", "--", "x", "--json"}, []string{"x"}, true, "--", ""},
		{"value like a flag", []string{"-o", "--json", "--", "--from"}, []string{"--from"}, false, "--json", ""},
		{"stdin", []string{"-", "--json"}, []string{"-"}, true, "", ""},
		{"equals", []string{"x", "--from=2021-12", "--json=false"}, []string{"x"}, false, "", "2021-12-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c struct {
				json  bool
				out   string
				dates rangeFlags
			}
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.BoolVar(&c.json, "json", false, "")
			fs.StringVar(&c.out, "o", "", "")
			c.dates.define(fs)
			pos, err := parseArgs(fs, tc.args)
			if err != nil {
				t.Fatalf("parseArgs: %v", err)
			}
			if !slices.Equal(pos, tc.pos) {
				t.Errorf("positional = %q, want %q", pos, tc.pos)
			}
			if c.json != tc.json || c.out != tc.out || c.dates.from.day != tc.from {
				t.Errorf("json, o, from = %v, %q, %q; want %v, %q, %q", c.json, c.out, c.dates.from.day, tc.json, tc.out, tc.from)
			}
		})
	}
}

func TestBoundFlag(t *testing.T) {
	tests := []struct {
		in         string
		from, to   string
		wantErrors bool
	}{
		{"2022", "2022-01-01", "2022-12-31", false},
		{"2022-02", "2022-02-01", "2022-02-28", false},
		{"2024-02", "2024-02-01", "2024-02-29", false},
		{"2022-01-12", "2022-01-12", "2022-01-12", false},
		{"2022-02-30", "", "", true},
		{"January", "", "", true},
	}
	for _, tc := range tests {
		from, to := boundFlag{}, boundFlag{last: true}
		errFrom, errTo := from.Set(tc.in), to.Set(tc.in)
		if (errFrom != nil) != tc.wantErrors || (errTo != nil) != tc.wantErrors {
			t.Errorf("Set(%q) errors = %v, %v; want errors %v", tc.in, errFrom, errTo, tc.wantErrors)
		}
		if from.day != tc.from || to.day != tc.to {
			t.Errorf("Set(%q) = from %q, to %q; want %q, %q", tc.in, from.day, to.day, tc.from, tc.to)
		}
	}
}

func TestStoreInUse(t *testing.T) {
	path := seeded(t)
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, args := range [][]string{
		{"ingest", "--db", path, seed},
		{"timeline", "--db", path},
		{"actors", "--db", path},
	} {
		r := chronicle(t, "", args...)
		if r.code != 1 || !strings.Contains(r.stderr, "in use") {
			t.Errorf("%s: exit %d, stderr %q; want 1 and a message that the store is in use", args[0], r.code, r.stderr)
		}
	}
}

func TestQueryWithoutStore(t *testing.T) {
	db := newDB(t)
	for _, args := range [][]string{
		{"timeline", "--db", db},
		{"met", "--db", db},
		{"actors", "--db", db},
		{"export", "dot", "--db", db},
	} {
		r := chronicle(t, "", args...)
		if want := "no store at " + db + "; run chronicle ingest first"; r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", args[0], r.code, r.stderr, want)
		}
	}
	assertNotExist(t, db)
}

func TestEnvironmentDB(t *testing.T) {
	db := newDB(t)
	t.Setenv("CHRONICLE_DB", db)
	mustRun(t, "ingest", seed)
	if _, err := os.Stat(db); err != nil {
		t.Errorf("ingest did not use $CHRONICLE_DB: %v", err)
	}
	mustRun(t, "actors")
}

func TestUnknownActor(t *testing.T) {
	db := seeded(t)
	for _, args := range [][]string{
		{"met", "--db", db, "Atlantis"},
		{"timeline", "--db", db, "--actor", "Atlantis"},
		{"export", "dot", "--db", db, "--actor", "Atlantis"},
	} {
		r := chronicle(t, "", args...)
		if r.code != 1 || !strings.Contains(r.stderr, `unknown actor "Atlantis"`) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and the actor named", args[0], r.code, r.stderr)
		}
	}
}

func TestQueryEmpty(t *testing.T) {
	db := seeded(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"timeline", "--db", db, "--json", "--from", "1990", "--to", "1990"}, "{\n  \"events\": []\n}\n"},
		{[]string{"met", "--db", db, "--json", "--from", "1990", "--to", "1990"}, "{\n  \"meetings\": []\n}\n"},
		{[]string{"timeline", "--db", db, "--from", "1990", "--to", "1990"}, ""},
	} {
		if got := mustRun(t, tc.args...); got != tc.want {
			t.Errorf("%s = %q, want %q", strings.Join(tc.args, " "), got, tc.want)
		}
	}
}

func TestExportDOT(t *testing.T) {
	db := seeded(t)
	out := mustRun(t, "export", "dot", "--db", db, "--all")
	if !strings.Contains(out, "graph chronicle {") {
		t.Errorf("export dot = %q, want a graph called chronicle", out)
	}

	// Flags before the format; -o writes the same to a file.
	file := filepath.Join(t.TempDir(), "graph.dot")
	if got := mustRun(t, "export", "--all", "--db", db, "dot", "-o", file); got != "" {
		t.Errorf("export -o printed %q, want nothing", got)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != out {
		t.Errorf("export -o wrote %q, want %q", data, out)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(file), ".*tmp*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %q", left)
	}
	checkDOT(t, data)
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
}

// The tests below check what chronicle reads in the seed article, and so
// depend on the extractor.

func meetingsOf(tb testing.TB, args ...string) []graph.Meeting {
	tb.Helper()
	var out struct{ Meetings []graph.Meeting }
	if err := json.Unmarshal([]byte(mustRun(tb, args...)), &out); err != nil {
		tb.Fatal(err)
	}
	return out.Meetings
}

func TestMetRussiaNATO(t *testing.T) {
	db := seeded(t)
	meetings := meetingsOf(t, "met", "Russia", "NATO", "--json", "--db", db)
	if len(meetings) == 0 {
		t.Fatal("met Russia NATO: no meetings, want the one planned for 2022-01-12")
	}
	if m := meetings[0]; m.FirstDay != "2022-01-12" || m.Modality != event.Planned {
		t.Errorf("first meeting = %s %s, want 2022-01-12 planned", m.FirstDay, m.Modality)
	}
	for _, m := range meetings {
		if !slices.Contains(m.Actors, "Russia") || !slices.Contains(m.Actors, "NATO") {
			t.Errorf("meeting %s has actors %q, want Russia and NATO among them", m.Event, m.Actors)
		}
	}

	// Names resolve in any case, and the text output says the same.
	text := mustRun(t, "met", "--db", db, "russia", "nato")
	if first, _, _ := strings.Cut(text, "\n"); !strings.HasPrefix(first, "2022-01-12") || !strings.Contains(first, "[planned]") {
		t.Errorf("met russia nato: first line %q, want 2022-01-12 … [planned]", first)
	}
}

func TestMetRussia(t *testing.T) {
	db := seeded(t)
	meetings := meetingsOf(t, "met", "Russia", "--json", "--db", db)
	found := func(partner, day string) bool {
		return slices.ContainsFunc(meetings, func(m graph.Meeting) bool {
			return m.FirstDay == day && slices.Contains(m.Actors, partner)
		})
	}
	if !found("NATO", "2022-01-12") {
		t.Errorf("met Russia: no meeting with NATO on 2022-01-12 in %+v", meetings)
	}
	osce := "Organization for Security and Cooperation in Europe"
	if !found(osce, "2022-01-13") {
		t.Errorf("met Russia: no meeting with the OSCE on 2022-01-13 in %+v", meetings)
	}

	// The alias finds the same meeting.
	if got := meetingsOf(t, "met", "--db", db, "--json", "OSCE", "Russia"); !slices.ContainsFunc(got, func(m graph.Meeting) bool { return m.FirstDay == "2022-01-13" }) {
		t.Errorf("met OSCE Russia = %+v, want the meeting of 2022-01-13", got)
	}
}

func TestTimelineSeed(t *testing.T) {
	db := seeded(t)
	var out struct{ Events []store.Event }
	if err := json.Unmarshal([]byte(mustRun(t, "timeline", "--db", db, "--json")), &out); err != nil {
		t.Fatal(err)
	}
	first := map[string]int{}
	for i, e := range out.Events {
		if _, ok := first[e.FirstDay]; !ok {
			first[e.FirstDay] = i
		}
		if i > 0 && e.FirstDay < out.Events[i-1].FirstDay {
			t.Errorf("event %d starts %s, before event %d's %s", i, e.FirstDay, i-1, out.Events[i-1].FirstDay)
		}
	}
	days := []string{"2021-12-25", "2022-01-12", "2022-01-13"}
	for i, day := range days {
		if _, ok := first[day]; !ok {
			t.Errorf("no event on %s", day)
		} else if i > 0 && first[day] < first[days[i-1]] {
			t.Errorf("the events of %s come before those of %s", day, days[i-1])
		}
	}

	// The feared invasion did not happen: no event of it is asserted.
	var all struct{ Events []store.Event }
	if err := json.Unmarshal([]byte(mustRun(t, "timeline", "--db", db, "--json", "--all")), &all); err != nil {
		t.Fatal(err)
	}
	for _, e := range all.Events {
		invasion := e.Type == "invade" || strings.Contains(strings.ToLower(e.Trigger), "invasion")
		if invasion && e.Modality == event.Asserted {
			t.Errorf("asserted invasion %s on %s: %q", e.ID, e.FirstDay, e.Evidence)
		}
	}
}

func TestTimelineFilters(t *testing.T) {
	db := seeded(t)
	var out struct{ Events []store.Event }
	args := []string{"timeline", "--db", db, "--json", "--actor", "russia", "--type", "meet,consult,visit,host,negotiate", "--from", "2022-01", "--to", "2022-01-12"}
	if err := json.Unmarshal([]byte(mustRun(t, args...)), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Events) == 0 {
		t.Fatalf("%s: no events, want the meeting of 2022-01-12", strings.Join(args, " "))
	}
	for _, e := range out.Events {
		if e.FirstDay > "2022-01-12" || e.LastDay < "2022-01-01" || !event.IsMeeting(e.Event) {
			t.Errorf("event %s (%s, %s..%s) does not match the filters", e.ID, e.Type, e.FirstDay, e.LastDay)
		}
	}
	text := mustRun(t, "timeline", "--db", db, "--actor", "Russia", "--from", "2022-01-12", "--to", "2022-01-12")
	if !strings.Contains(text, "2022-01-12") || !strings.Contains(text, "[planned]") {
		t.Errorf("timeline text = %q, want the planned meeting of 2022-01-12", text)
	}
}

func TestWhen(t *testing.T) {
	tests := []struct {
		e    event.Event
		want string
	}{
		{event.Event{Date: "2022-01-12", FirstDay: "2022-01-12", LastDay: "2022-01-12"}, "2022-01-12"},
		{event.Event{Date: "2022", Mod: "START", FirstDay: "2022-01-01", LastDay: "2022-04-30"}, "2022 start"},
		{event.Event{Date: "PAST_REF", Relation: event.Before, Anchor: "2021-12-28", FirstDay: "2021-12-28", LastDay: "2021-12-28"}, "before 2021-12-28"},
		{event.Event{Date: "PAST_REF", Relation: event.OnOrBefore, Anchor: "2021-12-28"}, "on or before 2021-12-28"},
		{event.Event{Date: "PAST_REF", FirstDay: "2021-09-01", LastDay: "2021-12-28"}, "2021-09-01..2021-12-28"},
		{event.Event{Date: "PAST_REF", FirstDay: "2021-12-28", LastDay: "2021-12-28"}, "before 2021-12-28"},
		{event.Event{Date: "FUTURE_REF", FirstDay: "2021-12-28", LastDay: "2021-12-28"}, "after 2021-12-28"},
		{event.Event{Date: "PRESENT_REF", FirstDay: "2021-12-28", LastDay: "2021-12-28"}, "2021-12-28"},
		{event.Event{Date: "PRESENT_REF"}, "PRESENT_REF"},
		{event.Event{}, "undated"},
	}
	for _, tc := range tests {
		if got := when(tc.e); got != tc.want {
			t.Errorf("when(%+v) = %q, want %q", tc.e, got, tc.want)
		}
	}
}
