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
