package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
)

func TestResolve(t *testing.T) {
	tests := []struct {
		name string
		want string // canonical name; "" for not found
	}{
		{"United States", "United States"},
		{"united states", "United States"},
		{"  United   States ", "United States"},
		{"US", "United States"},
		{"us", "United States"},
		{"the US", "United States"},
		{"The United States", "United States"},
		{"America", "United States"}, // alias from the second document
		{"the alliance", "NATO"},
		{"Alliance", "NATO"},
		{"moscow", "Russia"},
		{"Zelensky", "Zelensky"},
		{"Atlantis", ""},
		{"", ""},
	}
	db := openTest(t, true)
	putFixtures(t, db)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := db.Resolve(context.Background(), tc.name)
			if tc.want == "" {
				if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), `"`+tc.name+`"`) {
					t.Errorf("Resolve(%q) = %q, %v; want ErrNotFound naming it", tc.name, a.Name, err)
				}
				return
			}
			if err != nil || a.Name != tc.want {
				t.Errorf("Resolve(%q) = %q, %v; want %q", tc.name, a.Name, err, tc.want)
			}
		})
	}
}

func TestActors(t *testing.T) {
	db := openTest(t, true)
	putFixtures(t, db)
	actors, err := db.Actors(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []actor.Actor{
		{Name: "NATO", Kind: actor.Organization, Aliases: []string{"the alliance"}},
		{Name: "Russia", Kind: actor.Country, Code: "RUS", Aliases: []string{"Moscow"}},
		{Name: "Ukraine", Kind: actor.Country, Code: "UKR"},
		{Name: "United States", Kind: actor.Country, Code: "USA",
			Aliases: []string{"America", "US", "Washington", "the United States"}},
		{Name: "Zelensky"},
	}
	if got, want := jsonOf(t, actors), jsonOf(t, want); got != want {
		t.Errorf("Actors:\n%s\nwant:\n%s", got, want)
	}
}

// TestAliasClaims checks that an alias names the first actor that bore
// it unless another actor bears it as its canonical name.
func TestAliasClaims(t *testing.T) {
	db := openTest(t, true)
	ctx := context.Background()
	put := func(hash string, actors ...actor.Actor) {
		t.Helper()
		mustPut(t, db, extract.Article{ID: hash}, &extract.Result{Hash: hash, Actors: actors})
	}
	put("h1", actor.Actor{Name: "United States", Aliases: []string{"Washington", "States"}})
	put("h2", actor.Actor{Name: "Washington", Kind: actor.Person}, actor.Actor{Name: "Gulf States", Aliases: []string{"States"}})
	tests := []struct{ name, want string }{
		{"washington", "Washington"},
		{"States", "United States"},
		{"gulf states", "Gulf States"},
	}
	for _, tc := range tests {
		a, err := db.Resolve(ctx, tc.name)
		if err != nil || a.Name != tc.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tc.name, a.Name, err, tc.want)
		}
	}
	if got, _ := db.Actors(ctx); len(got) != 3 || !slices.Contains(got[1].Aliases, "States") {
		t.Errorf("Actors = %+v", got)
	}
}
