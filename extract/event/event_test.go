package event_test

import (
	"slices"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/extract/text"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

// TestEventPlace checks that an event keeps the place its clause names
// after "in", "at" and the like, and no place when there is none.
func TestEventPlace(t *testing.T) {
	tests := []struct{ text, typ, place string }{
		{"Thousands of Iraqi Kurds demonstrated in the northern city of Baghdad on Sunday.", "protest", "Baghdad"},
		{"In Kabul, Afghan rebels attacked a police station.", "attack", "Kabul"},
		{"Russia and NATO will meet on January 12.", "meet", ""},
	}
	for _, tc := range tests {
		r := read(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), tc.text)
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
		r := read(time.Date(tc.year, 1, 1, 0, 0, 0, 0, time.UTC), "Rebels shelled Juba on Sunday.")
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

// TestNotEvents checks words that look like triggers but report no act:
// a report released, an occupation force, a quoted clause's speaker.
func TestNotEvents(t *testing.T) {
	for text, typ := range map[string]string{
		"A damning report released today by the British Museum found damage.":         "release",
		"The damage was done by the occupation forces in Iraq.":                       "occupy",
		"``This is like a camp around the Great Pyramid in Egypt,'' says the report.": "statement",
	} {
		r := read(time.Date(2005, 1, 15, 0, 0, 0, 0, time.UTC), text)
		for _, e := range r.Events {
			if e.Type == typ {
				t.Errorf("%q: %s event %+v", text, typ, e)
			}
		}
	}
	r := read(time.Date(2005, 1, 15, 0, 0, 0, 0, time.UTC), "Iran released the British sailors on Friday.")
	if !slices.ContainsFunc(r.Events, func(e event.Event) bool { return e.Type == "release" }) {
		t.Errorf("no release event in %+v", r.Events)
	}
}

// A reading is what the stages find in one text.
type reading struct {
	Actors []actor.Actor
	Events []event.Event
}

// read runs every stage of extraction on src, published on day.
func read(day time.Time, src string) reading {
	d := text.New(src)
	cast := actor.Find(d, day)
	evs := event.Find(event.Input{Doc: d, DCT: day, Times: timex.FindIn(d, day), Cast: cast, ID: "t", Hash: "h"})
	return reading{Actors: cast.Actors, Events: evs}
}
