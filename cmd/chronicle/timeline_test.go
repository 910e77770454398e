package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/store"
)

// These tests check what chronicle reads in the seed article, and so
// depend on the extractor.

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

// TestTimelineSurname names a person by surname, as the README does:
// "Biden" is Joe Biden on the bundled sample.
func TestTimelineSurname(t *testing.T) {
	db := seeded(t)
	if got, want := mustRun(t, "timeline", "--db", db, "--actor", "Biden", "--all"), mustRun(t, "timeline", "--db", db, "--actor", "Joe Biden", "--all"); got != want {
		t.Errorf("timeline --actor Biden:\n%s\nwant that of Joe Biden:\n%s", got, want)
	}
}

// TestTimelineUnknownType says which types are stored when --type names
// none of them, rather than printing nothing.
func TestTimelineUnknownType(t *testing.T) {
	db := seeded(t)
	r := chronicle(t, "", "timeline", "--db", db, "--type", "meeet")
	if r.code != 1 || !strings.Contains(r.stderr, `no events of type "meeet"; the types stored are: `) || !strings.Contains(r.stderr, "meet, ") {
		t.Errorf("exit %d, stderr %q; want 1 and the stored types", r.code, r.stderr)
	}
	r = chronicle(t, "", "timeline", "--db", db, "--type", "meet,meeet")
	if r.code != 0 || !strings.Contains(r.stderr, `note: no events of type "meeet"; the types stored are: `) || !strings.Contains(r.stdout, "meet") {
		t.Errorf("meet,meeet: exit %d, stderr %q; want 0, the meetings and a note", r.code, r.stderr)
	}
	if r := chronicle(t, "", "timeline", "--db", db, "--type", "MEET"); r.code != 0 || r.stdout == "" {
		t.Errorf("--type MEET: exit %d, stdout %q; want meetings", r.code, r.stdout)
	}
}

// TestTimelineWidth keeps each line of a timeline within $COLUMNS when
// it is not written to a terminal, cutting the evidence.
func TestTimelineWidth(t *testing.T) {
	db := seeded(t)
	for _, width := range []int{100, 140} {
		t.Setenv("COLUMNS", strconv.Itoa(width))
		out := mustRun(t, "timeline", "--db", db, "--all")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) < 5 {
			t.Fatalf("timeline: %d lines; want the seed's events", len(lines))
		}
		for _, l := range lines {
			if n := utf8.RuneCountInString(l); n > width {
				t.Errorf("COLUMNS=%d: line of %d runes: %q", width, n, l)
			}
		}
	}
}
