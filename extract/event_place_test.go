package extract_test

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
)

// TestEventPlace checks that an event keeps the place its clause names
// after "in", "at" and the like, and no place when there is none.
func TestEventPlace(t *testing.T) {
	tests := []struct{ text, typ, place string }{
		{"Thousands of Iraqi Kurds demonstrated in the northern city of Baghdad on Sunday.", "protest", "Baghdad"},
		{"In Kabul, Afghan rebels attacked a police station.", "kill", "Kabul"},
		{"Russia and NATO will meet on January 12.", "meet", ""},
	}
	for _, tc := range tests {
		r := extract.Extract(extract.Article{ID: "t", Date: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), Text: tc.text})
		found := false
		for _, e := range r.Events {
			if e.Type != tc.typ {
				continue
			}
			found = true
			if e.Place != tc.place {
				t.Errorf("%q: %s event's place is %q, want %q", tc.text, e.Type, e.Place, tc.place)
			}
		}
		if !found {
			t.Errorf("%q: no %s event in %+v", tc.text, tc.typ, r.Events)
		}
	}
}

// TestPlaceByDate checks that a place is coded by the state it lay in on
// the article's date: Juba was Sudan's until South Sudan's independence.
func TestPlaceByDate(t *testing.T) {
	for _, tc := range []struct {
		year int
		code string
	}{{2000, "SDN"}, {2020, "SSD"}} {
		r := extract.Extract(extract.Article{ID: "t", Date: time.Date(tc.year, 1, 1, 0, 0, 0, 0, time.UTC),
			Text: "Rebels shelled Juba on Sunday."})
		found := false
		for _, a := range r.Actors {
			for _, m := range a.Mentions {
				if m.Text == "Juba" {
					found = true
					if a.Code != tc.code {
						t.Errorf("%d: Juba is %s's (%s), want %s", tc.year, a.Name, a.Code, tc.code)
					}
				}
			}
		}
		if !found {
			t.Errorf("%d: Juba not found in %+v", tc.year, r.Actors)
		}
	}
}
