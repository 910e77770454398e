package extract_test

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
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
		modality  extract.Modality
		actors    []string
	}{
		{"meet", "2023-03-13", extract.Asserted, []string{"Catherine Colonna", "S. Jaishankar"}},
		{"accuse", "2023-03-14", extract.Asserted, []string{"China", "United States"}},
		{"meet", "2023-04-20", extract.Planned, []string{"Germany", "European Union"}},
		{"threaten", "2019", extract.Asserted, []string{"Iran"}},
		{"appeal", "PAST_REF", extract.Asserted, []string{"United Nations Security Council", "Iran"}},
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

// TestNotEvents checks words that look like triggers but report no act:
// a report released, an occupation force, a quoted clause's speaker.
func TestNotEvents(t *testing.T) {
	for text, typ := range map[string]string{
		"A damning report released today by the British Museum found damage.":         "release",
		"The damage was done by the occupation forces in Iraq.":                       "occupy",
		"``This is like a camp around the Great Pyramid in Egypt,'' says the report.": "statement",
	} {
		r := extract.Extract(extract.Article{ID: "t", Date: time.Date(2005, 1, 15, 0, 0, 0, 0, time.UTC), Text: text})
		for _, e := range r.Events {
			if e.Type == typ {
				t.Errorf("%q: %s event %+v", text, typ, e)
			}
		}
	}
	r := extract.Extract(extract.Article{ID: "t", Date: time.Date(2005, 1, 15, 0, 0, 0, 0, time.UTC), Text: "Iran released the British sailors on Friday."})
	if !slices.ContainsFunc(r.Events, func(e extract.Event) bool { return e.Type == "release" }) {
		t.Errorf("no release event in %+v", r.Events)
	}
}
