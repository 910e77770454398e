package event_test

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// TestCityAndState checks that a place named with the state or region it
// lies in, set off by a comma ("Cairo, Egypt", "Alexandria, Egypt's
// second city"), is one place: the state after the comma is no party of
// its own beside the city's police or protesters, nor beside the parties
// to talks held there, and the event's place is the city. Where the state opens a clause after a place
// ("In Cairo, Egypt condemned …") it still acts.
func TestCityAndState(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Protesters clashed with police in Cairo, Egypt, on Friday.", "fight", event.Asserted, []string{"Egyptian Protesters"}, []string{"Egyptian Police"}},
		{"Israel and Hamas held talks in Cairo, Egypt, on Monday.", "meet", event.Asserted, []string{"Israel", "Hamas"}, nil},
		{"Protesters in Kharkiv, Ukraine, demanded the release of the mayor.", "demand", event.Asserted, []string{"Ukrainian Protesters"}, nil},
		{"Police arrested dozens of students in Benghazi, Libya, on Wednesday.", "arrest", event.Asserted, []string{"Libyan Police"}, []string{"Libyan Students"}},
		{"Protesters clashed with police in Alexandria, Egypt's second city, on Saturday.", "fight", event.Asserted, []string{"Egyptian Protesters"}, []string{"Egyptian Police"}},
		{"Rebels attacked Brega, Libya, on Tuesday.", "attack", event.Asserted, []string{"Libyan Rebels"}, []string{"Libya"}},
		{"In Cairo, Egypt condemned the attack.", "criticize", event.Asserted, []string{"Egypt"}, nil},
		{"In Cairo, Egypt's foreign minister condemned the attack.", "criticize", event.Asserted, []string{"Egypt"}, nil},
	})
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ src, typ, place string }{
		{"Israel and Hamas held talks in Cairo, Egypt, on Monday.", "meet", "Cairo"},
	} {
		for _, e := range read(day, tc.src).Events {
			if e.Type == tc.typ && e.Place != tc.place {
				t.Errorf("%q: %s in %q, want %q", tc.src, e.Type, e.Place, tc.place)
			}
		}
	}
}

// TestNoParticipantTwice checks that no event of sentences naming one
// state in several ways lists an actor twice.
func TestNoParticipantTwice(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, src := range []string{
		"Protesters clashed with police in Cairo, Egypt, on Friday.",
		"Cairo, Egypt, hosted the summit on Friday.",
		"Egypt and Cairo welcomed the delegates.",
		"Troops from Damascus, Syria, shelled Homs, Syria, on Monday.",
		"Russia said Moscow would retaliate against Kyiv, Ukraine.",
	} {
		for _, e := range read(day, src).Events {
			seen := map[string]bool{}
			for _, p := range e.Actors {
				if seen[p.Name] {
					t.Errorf("%q: %s lists %s twice: %+v", src, e.Type, p.Name, e.Actors)
				}
				seen[p.Name] = true
			}
		}
	}
}

// TestDatelineNoParty checks that the place a story was filed from and
// the medium that filed it ("Kabul, Afghanistan (CNN) --", "NAIROBI
// (Reuters) -") take no part in the events of the sentence the dateline
// opens, also run on from a headline before it, though the people it
// names bare are of the dateline's state.
func TestDatelineNoParty(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kabul, Afghanistan (CNN) -- The Taliban attacked a police post on Sunday.", "attack", event.Asserted, []string{"Taliban"}, nil},
		{"NAIROBI (Reuters) - Kenyan police arrested three men on Tuesday.", "arrest", event.Asserted, []string{"Kenyan Police"}, nil},
		{"Floods cut roads Dhaka, Bangladesh -LRB- CNN -RRB- -- The army evacuated 200 villagers on Monday.", "evacuate", event.Asserted, nil, []string{"Bangladeshi Villagers"}},
	})
}
