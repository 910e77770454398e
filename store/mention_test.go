package store

import (
	"context"
	"errors"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// mentionDocs returns two documents that mention Russia, the later one
// first, and name NATO and Ukraine.
func mentionDocs() (a1 extract.Article, r1 *extract.Result, a2 extract.Article, r2 *extract.Result) {
	a1, r1 = report("h1", "2022-01-15", meet("2022-01-12", event.Asserted, par("Russia"), par("NATO")))
	r1.Actors = []actor.Actor{
		{Name: "Russia", Kind: actor.Country, Aliases: []string{"Moscow"}, Mentions: []actor.Mention{
			{Text: "Moscow", Start: 30, End: 36}, {Text: "Russia", Start: 0, End: 6}, {Text: "Russian", Start: 12, End: 19}}},
		{Name: "NATO", Kind: actor.Organization, Mentions: []actor.Mention{{Text: "NATO", Start: 7, End: 11}}},
	}
	a2, r2 = report("h2", "2022-01-10", newEvent("", "threaten", "2022-01-09", "2022-01-09", event.Asserted, src("Moscow"), tgt("Ukraine"), tgt("NATO")))
	r2.Actors = []actor.Actor{
		{Name: "Russia", Kind: actor.Country, Mentions: []actor.Mention{
			{Text: "Kremlin", Start: 105, End: 112}, {Text: "Kremlin", Start: 105, End: 112}}},
	}
	return a1, r1, a2, r2
}

func TestMentions(t *testing.T) {
	ctx := context.Background()
	db := openTest(t, true)
	a1, r1, a2, r2 := mentionDocs()
	mustPut(t, db, a1, r1)
	mustPut(t, db, a2, r2)

	got, err := db.Mentions(ctx, "the moscow")
	if err != nil {
		t.Fatal(err)
	}
	want := []ActorMention{
		{Actor: "Russia", Doc: "h2.txt", Hash: "h2", Date: "2022-01-10", Text: "Kremlin", Start: 105, End: 112},
		{Actor: "Russia", Doc: "h1.txt", Hash: "h1", Date: "2022-01-15", Text: "Russia", Start: 0, End: 6},
		{Actor: "Russia", Doc: "h1.txt", Hash: "h1", Date: "2022-01-15", Text: "Russian", Start: 12, End: 19},
		{Actor: "Russia", Doc: "h1.txt", Hash: "h1", Date: "2022-01-15", Text: "Moscow", Start: 30, End: 36},
	}
	if got, want := jsonOf(t, got), jsonOf(t, want); got != want {
		t.Errorf("Mentions:\n%s\nwant:\n%s", got, want)
	}

	if got, err := db.Mentions(ctx, "Ukraine"); err != nil || len(got) != 0 {
		t.Errorf("Mentions(Ukraine) = %+v, %v; want none: it is only a participant", got, err)
	}
	if _, err := db.Mentions(ctx, "Atlantis"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Mentions(Atlantis) = %v; want ErrNotFound", err)
	}
}

func TestSummaries(t *testing.T) {
	ctx := context.Background()
	db := openTest(t, true)
	a1, r1, a2, r2 := mentionDocs()
	mustPut(t, db, a1, r1)
	mustPut(t, db, a2, r2)
	want := []ActorSummary{
		{Actor: actor.Actor{Name: "NATO", Kind: actor.Organization}, Documents: 2, MentionCount: 1},
		{Actor: actor.Actor{Name: "Russia", Kind: actor.Country, Aliases: []string{"Moscow"}}, Documents: 2, MentionCount: 4},
		{Actor: actor.Actor{Name: "Ukraine"}, Documents: 1, MentionCount: 0},
	}
	check := func(when string) {
		t.Helper()
		got, err := db.Summaries(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := jsonOf(t, got), jsonOf(t, want); got != want {
			t.Errorf("Summaries %s:\n%s\nwant:\n%s", when, got, want)
		}
	}
	check("after two documents")
	if got := mustPut(t, db, a1, r1); !got.Duplicate {
		t.Fatalf("Put again = %+v; want Duplicate", got)
	}
	check("after a duplicate")

	// Actors gives the same actors without counts.
	actors, err := db.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(actors) != 3 || actors[1].Name != "Russia" || actors[1].Mentions != nil {
		t.Errorf("Actors = %+v", actors)
	}
}
