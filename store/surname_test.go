package store

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
)

// TestResolveSurname finds a person by surname when one person bears it,
// says who may be meant when several do, and never takes a surname for
// a participant's name when storing.
func TestResolveSurname(t *testing.T) {
	db := openTest(t, true)
	people := []actor.Actor{
		{Name: "Joe Biden", Kind: "person"},
		{Name: "George W. Bush", Kind: "person"},
		{Name: "George H. W. Bush", Kind: "person"},
		{Name: "Martin Luther King Jr.", Kind: "person"},
		{Name: "Biden Foundation", Kind: "organization"},
	}
	mustPut(t, db, extract.Article{ID: "people", Date: day("2022-01-10"), Text: "people"},
		&extract.Result{Hash: "people", DCT: "2022-01-10", Actors: people})
	ctx := context.Background()
	for name, want := range map[string]string{"biden": "Joe Biden", "King": "Martin Luther King Jr.", "Joe Biden": "Joe Biden"} {
		if a, err := db.Resolve(ctx, name); err != nil || a.Name != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", name, a.Name, err, want)
		}
	}
	_, err := db.Resolve(ctx, "Bush")
	if !errors.Is(err, ErrAmbiguous) || !strings.Contains(err.Error(), "George W. Bush") || !strings.Contains(err.Error(), "George H. W. Bush") {
		t.Errorf("Resolve(Bush) = %v; want ErrAmbiguous naming both", err)
	}
	if _, err := db.Resolve(ctx, "Foundation"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Resolve(Foundation) = %v; want ErrNotFound: only people go by surname", err)
	}
	if got := mustTimeline(t, db, Query{Actors: []string{"Biden"}}); len(got) != 0 {
		t.Errorf("timeline of Biden: %d events; want none, and no error", len(got))
	}
}
