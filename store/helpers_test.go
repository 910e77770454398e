package store

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// openTest opens a store in a fresh temporary directory, or in memory,
// and closes it when the test ends.
func openTest(tb testing.TB, inMemory bool) *DB {
	tb.Helper()
	path := ""
	if !inMemory {
		path = tb.TempDir()
	}
	return openAt(tb, path, &Options{InMemory: inMemory})
}

// openAt opens the store at path and closes it when the test ends.
func openAt(tb testing.TB, path string, opts *Options) *DB {
	tb.Helper()
	db, err := Open(path, opts)
	if err != nil {
		tb.Fatalf("Open(%q): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

// mustPut stores a read as r and returns what was added.
func mustPut(tb testing.TB, db *DB, a extract.Article, r *extract.Result) Added {
	tb.Helper()
	added, err := db.Put(context.Background(), a, r)
	if err != nil {
		tb.Fatalf("Put(%s): %v", a.ID, err)
	}
	return added
}

// putFixtures stores both fixture documents.
func putFixtures(tb testing.TB, db *DB) {
	tb.Helper()
	a1, r1 := fixture1()
	mustPut(tb, db, a1, r1)
	a2, r2 := fixture2()
	mustPut(tb, db, a2, r2)
}

// jsonOf returns v as indented JSON.
func jsonOf(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// eventIDs returns the IDs of events, in order.
func eventIDs(events []Event) []string {
	ids := make([]string, 0, len(events))
	for _, e := range events {
		ids = append(ids, e.ID)
	}
	return ids
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func newEvent(id, typ, start, end string, modality event.Modality, actors ...event.Participant) event.Event {
	return event.Event{
		ID: id, Type: typ, FirstDay: start, LastDay: end, Date: start,
		Modality: modality, Actors: actors, Trigger: typ,
	}
}

func src(name string) event.Participant {
	return event.Participant{Name: name, Role: event.Source}
}

func tgt(name string) event.Participant {
	return event.Participant{Name: name, Role: event.Target}
}

func par(name string) event.Participant {
	return event.Participant{Name: name, Role: event.Symmetric}
}

// fixture1 is a document with three actors and six events: one spanning
// the new year, one undated, one hypothetical, one negated.
func fixture1() (extract.Article, *extract.Result) {
	a := extract.Article{ID: "doc1", Date: day("2022-01-15"), Title: "Talks", Text: "The United States and Russia met."}
	r := &extract.Result{
		Doc: "doc1", DCT: "2022-01-15", Hash: "h1",
		Actors: []actor.Actor{
			{Name: "United States", Kind: actor.Country, Code: "USA", Aliases: []string{"US", "Washington", "the United States"},
				Mentions: []actor.Mention{{Text: "The United States", Start: 0, End: 17}}},
			{Name: "Russia", Kind: actor.Country, Aliases: []string{"Moscow"}},
			{Name: "NATO", Kind: actor.Organization, Aliases: []string{"the alliance"}},
		},
		Events: []event.Event{
			newEvent("ev1", "meet", "2022-01-10", "2022-01-10", event.Asserted, par("United States"), par("Russia")),
			newEvent("ev2", "threaten", "2022-01-20", "2022-01-20", event.Reported, src("Russia"), tgt("NATO")),
			newEvent("ev3", "meet", "2021-12-28", "2022-01-03", event.Asserted, par("United States"), par("NATO")),
			newEvent("ev4", "attack", "2022-02-01", "2022-02-01", event.Hypothetical, src("Russia"), tgt("United States")),
			newEvent("ev5", "meet", "2022-01-12", "2022-01-12", event.Negated, par("Russia"), par("NATO")),
			newEvent("ev6", "criticize", "", "", event.Asserted, src("Russia"), tgt("United States")),
		},
	}
	return a, r
}

// fixture2 is a second document that repeats ev1, fills Russia's code,
// names the United States by an alias and brings an unknown participant.
func fixture2() (extract.Article, *extract.Result) {
	a := extract.Article{ID: "doc2", Date: day("2022-01-21"), Title: "Kyiv", Text: "America met Ukraine."}
	r := &extract.Result{
		Doc: "doc2", DCT: "2022-01-21", Hash: "h2",
		Actors: []actor.Actor{
			{Name: "United States", Kind: actor.Country, Aliases: []string{"America", "US"}},
			{Name: "Russia", Kind: actor.Organization, Code: "RUS"},
			{Name: "Ukraine", Kind: actor.Country, Code: "UKR"},
		},
		Events: []event.Event{
			newEvent("ev1", "meet", "2022-01-10", "2022-01-10", event.Asserted, par("United States"), par("Russia")),
			newEvent("ev7", "meet", "2022-01-20", "2022-01-20", event.Asserted, par("US"), par("Ukraine"), par("Zelensky")),
		},
	}
	return a, r
}

// mustTimeline returns the timeline q selects, with its events' reports.
func mustTimeline(tb testing.TB, db *DB, q Query) []Event {
	tb.Helper()
	q.Reports = true
	events, err := db.Timeline(context.Background(), q)
	if err != nil {
		tb.Fatalf("Timeline(%+v): %v", q, err)
	}
	return events
}
