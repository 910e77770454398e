package extract_test

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// TestUnseenArticle reads an article written for this test, about actors,
// dates and events that the seed does not have, so rules tuned to the
// seed's wording would fail it.
func TestUnseenArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/diplomacy.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := extract.ReadText("diplomacy.txt", data, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	r := extract.Extract(a)
	tests := []struct {
		typ, date string
		modality  event.Modality
		actors    []string
	}{
		{"meet", "2023-03-13", event.Asserted, []string{"Catherine Colonna", "S. Jaishankar"}},
		{"accuse", "2023-03-14", event.Asserted, []string{"China", "United States"}},
		{"meet", "2023-04-20", event.Planned, []string{"Germany", "European Union"}},
		{"threaten", "2019", event.Asserted, []string{"Iran"}},
		{"appeal", "PAST_REF", event.Asserted, []string{"United Nations Security Council", "Iran"}},
	}
	for _, tc := range tests {
		t.Run(tc.typ+"/"+tc.date, func(t *testing.T) {
			for _, e := range r.Events {
				var got []string
				for _, p := range e.Actors {
					got = append(got, p.Name)
				}
				if e.Type == tc.typ && e.Date == tc.date && e.Modality == tc.modality && sameSet(got, tc.actors) {
					return
				}
			}
			t.Errorf("no %s event on %s (%s) with %v in %+v", tc.typ, tc.date, tc.modality, tc.actors, r.Events)
		})
	}
	for name, aff := range map[string]string{"Catherine Colonna": "France", "S. Jaishankar": "India", "Olaf Scholz": "Germany"} {
		i := slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == name })
		if i < 0 || r.Actors[i].Affiliation != aff || r.Actors[i].Kind != actor.Person {
			t.Errorf("actor %s (%s) not resolved: %+v", name, aff, r.Actors)
		}
	}
}
