package actor_test

import (
	"slices"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// TestTitledAfterComma checks that a state's title set off from its
// holder's name by a comma still names the holder ("Taiwan's president,
// Lai Ching-te"), and that "Representative" is a title like "Senator".
func TestTitledAfterComma(t *testing.T) {
	day := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ src, name, code string }{
		{"Japan's prime minister spoke with Taiwan's president, Lai Ching-te.", "Lai Ching-te", "TWNGOV"},
		{"Brazil's foreign minister, Mauro Vieira, arrived in Lima.", "Mauro Vieira", "BRAGOV"},
		{"US Trade Representative Jamieson Greer criticised the penalty.", "Jamieson Greer", "USAGOV"},
	} {
		r := find(day, tc.src)
		i := slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == tc.name })
		if i < 0 || r.Actors[i].Code != tc.code {
			t.Errorf("%q: no %s coded %s in %+v", tc.src, tc.name, tc.code, r.Actors)
		}
	}
	// a clause after the comma is no name
	r := find(day, "Russia's president, who met the envoy last week, flew to Tehran.")
	for _, a := range r.Actors {
		if a.Kind == actor.Person && a.Name != "Vladimir Putin" {
			t.Errorf("a person %q read from the clause after the title", a.Name)
		}
	}
}

// TestProductNotPlaced checks that a product launched in a place is no
// body of that place's state: it has no state's code.
func TestProductNotPlaced(t *testing.T) {
	a, ok := actorIn(t, "The firm launched the iTab Air in Lima on Monday.", "iTab Air")
	if ok && (a.Kind != actor.Product || a.Code != "" || a.Affiliation != "") {
		t.Errorf("iTab Air launched in Lima is %+v, want a product of no state", a)
	}
}
