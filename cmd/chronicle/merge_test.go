package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/store"
)

// Two articles, from two outlets on two days, report the meeting of the
// foreign ministers of Japan and South Korea in Tokyo on 1 May 2023: one
// says "on Monday", the other "on May 1".
const (
	tokyoArticle = "testdata/meeting-tokyo.txt" // dated 2023-05-02
	seoulArticle = "testdata/meeting-seoul.txt" // dated 2023-05-03
)

// japanKorea returns the events of timeline --json --all that are
// meetings of Japan and South Korea.
func japanKorea(tb testing.TB, db string) []store.Event {
	tb.Helper()
	var out struct{ Events []store.Event }
	if err := json.Unmarshal([]byte(mustRun(tb, "timeline", "--db", db, "--json", "--all")), &out); err != nil {
		tb.Fatal(err)
	}
	return slices.DeleteFunc(out.Events, func(e store.Event) bool {
		names := make([]string, len(e.Actors))
		for i, p := range e.Actors {
			names[i] = p.Name
		}
		return !event.IsMeeting(e.Event) || !slices.Contains(names, "Japan") || !slices.Contains(names, "South Korea")
	})
}

// TestMergeTwoArticles is the test: two articles reporting the
// same meeting ingest into one meeting with two sources, in either order.
func TestMergeTwoArticles(t *testing.T) {
	for _, order := range [][]string{{tokyoArticle, seoulArticle}, {seoulArticle, tokyoArticle}} {
		t.Run(order[0], func(t *testing.T) {
			db := newDB(t)
			mustRun(t, append([]string{"ingest", "--db", db}, order...)...)

			meetings := meetingsOf(t, "met", "Japan", "South Korea", "--json", "--db", db)
			if len(meetings) != 1 {
				t.Fatalf("met Japan \"South Korea\": %d meetings %+v; want one", len(meetings), meetings)
			}
			if m := meetings[0]; m.FirstDay != "2023-05-01" || m.Sources != 2 || m.Modality != event.Asserted {
				t.Errorf("meeting on %s, %d sources, %s; want 2023-05-01, 2, asserted", m.FirstDay, m.Sources, m.Modality)
			}

			events := japanKorea(t, db)
			if len(events) != 1 {
				t.Fatalf("timeline: %d meetings of Japan and South Korea; want one", len(events))
			}
			e := events[0]
			if e.Sources != 2 || len(e.Documents) != 2 || e.Documents[0] == e.Documents[1] {
				t.Errorf("sources %d, docs %q; want 2 distinct", e.Sources, e.Documents)
			}
			var docs []string
			for _, m := range e.Mentions {
				docs = append(docs, m.Doc)
				if !strings.Contains(m.Evidence, "Tokyo") || m.Hash == "" {
					t.Errorf("mention %+v: want evidence naming Tokyo and a hash", m)
				}
			}
			if want := order; !slices.Equal(docs, want) {
				t.Errorf("mentions of %q; want %q, in ingest order", docs, want)
			}

			text := mustRun(t, "timeline", "--db", db, "--actor", "japan", "--actor", "south korea", "--type", "meet")
			if lines := strings.Split(strings.TrimSpace(text), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "[asserted, 2 sources]") {
				t.Errorf("timeline text:\n%s\nwant one line with [asserted, 2 sources]", text)
			}
			text = mustRun(t, "met", "--db", db, "Japan", "South Korea")
			if lines := strings.Split(strings.TrimSpace(text), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "[asserted, 2 sources]") {
				t.Errorf("met text:\n%s\nwant one line with [asserted, 2 sources]", text)
			}
		})
	}
}

// TestMergeIngestAgain checks that ingesting both articles again leaves
// the store as it was.
func TestMergeIngestAgain(t *testing.T) {
	db := newDB(t)
	mustRun(t, "ingest", "--db", db, tokyoArticle, seoulArticle)
	timeline := mustRun(t, "timeline", "--db", db, "--json", "--all")
	actors := mustRun(t, "actors", "--db", db, "--json")
	if got, want := mustRun(t, "ingest", "--db", db, seoulArticle, tokyoArticle), "added 0 documents, 0 events, 0 actors\nread 2 articles: 0 new, 2 duplicates, 0 empty, 0 failed;"; !strings.HasPrefix(got, want) {
		t.Errorf("second ingest = %q; want it to begin %q", got, want)
	}
	if got := mustRun(t, "timeline", "--db", db, "--json", "--all"); got != timeline {
		t.Errorf("timeline changed on a second ingest:\n%s\nwant:\n%s", got, timeline)
	}
	if got := mustRun(t, "actors", "--db", db, "--json"); got != actors {
		t.Errorf("actors changed on a second ingest:\n%s\nwant:\n%s", got, actors)
	}
}

func TestActorsMentions(t *testing.T) {
	db := newDB(t)
	mustRun(t, "ingest", "--db", db, seoulArticle, tokyoArticle)

	var out struct{ Mentions []store.ActorMention }
	if err := json.Unmarshal([]byte(mustRun(t, "actors", "--db", db, "--mentions", "japan", "--json")), &out); err != nil {
		t.Fatal(err)
	}
	docs := map[string]int{}
	for i, m := range out.Mentions {
		docs[m.Doc]++
		if m.Actor != "Japan" || m.Text == "" || m.End <= m.Start {
			t.Errorf("mention %+v: want one of Japan with text and offsets", m)
		}
		if i > 0 && m.Date < out.Mentions[i-1].Date {
			t.Errorf("mention %d dated %s, before mention %d's %s", i, m.Date, i-1, out.Mentions[i-1].Date)
		}
	}
	if docs[tokyoArticle] == 0 || docs[seoulArticle] == 0 {
		t.Errorf("mentions by document %v; want some in each article", docs)
	}

	// The text lists the same, one a line under a header, and the counts
	// of actors --json agree.
	text := mustRun(t, "actors", "--db", db, "--mentions", "Tokyo")
	if lines := strings.Split(strings.TrimSpace(text), "\n"); len(lines) != len(out.Mentions)+1 || !strings.HasPrefix(lines[0], "DATE") {
		t.Errorf("actors --mentions Tokyo:\n%s\nwant a header and %d lines", text, len(out.Mentions))
	}
	var actors struct{ Actors []store.ActorSummary }
	if err := json.Unmarshal([]byte(mustRun(t, "actors", "--db", db, "--json")), &actors); err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(actors.Actors, func(a store.ActorSummary) bool { return a.Name == "Japan" })
	if i < 0 || actors.Actors[i].Documents != 2 || actors.Actors[i].MentionCount != len(out.Mentions) {
		t.Errorf("actors --json: Japan = %+v; want 2 documents and %d mentions", actors.Actors, len(out.Mentions))
	}

	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"actors", "--db", db, "--mentions", "Atlantis"}, 1, `unknown actor "Atlantis"`},
		{[]string{"actors", "--db", db, "--mentions"}, 2, "flag needs an argument: --mentions"},
	} {
		r := chronicle(t, "", tc.args...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want %d and %q", strings.Join(tc.args, " "), r.code, r.stderr, tc.code, tc.want)
		}
	}
}
