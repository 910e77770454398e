package actor_test

import (
	"testing"
	"time"
)

// TestAnaphora checks the mentions that refer back: "the alliance" to the
// organisation named before, "the two sides" to both of the last two
// actors named together, and a parenthesised gloss to the name before it.
func TestAnaphora(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []string // each has a mention reading mention
		mention    string
	}{
		{"the alliance", "NATO met in Brussels. The alliance said it would act.", []string{"NATO"}, "The alliance"},
		{"the two sides", "Russia and Ukraine met in Minsk. The two sides agreed to talk again.", []string{"Russia", "Ukraine"}, "The two sides"},
		{"both sides", "Israel and Egypt met in Cairo. Both sides agreed.", []string{"Israel", "Egypt"}, "Both sides"},
		{"gloss", "The pro-Iranian Hizbollah (Party of God) group declared a ceasefire.", []string{"Hezbollah"}, "Party of God"},
		// people: the last two named, whatever states were paired before
		{"the two ministers", "Kenya and Uganda signed an accord. Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo. The two ministers will meet again.",
			[]string{"Musalia Mudavadi", "Jeje Odongo"}, "The two ministers"},
		{"the two leaders, states", "Kenya and Uganda signed an accord. The two leaders will meet again.", []string{"Kenya", "Uganda"}, "The two leaders"},
		{"the two sides, states", "Peru accused Chile of spying. Brazil urged the two sides to talk.", []string{"Peru", "Chile"}, "the two sides"},
		// a pair named by "with"
		{"both sides, with", "Kenyan protesters clashed with Kenyan police in Nairobi. The UN urged both sides to show restraint.", []string{"Kenyan Protesters", "Kenyan Police"}, "both sides"},
		{"the police", "Police in Ghana arrested two men. Lawyers said the police had no warrant.", []string{"Ghanaian Police"}, "the police"},
		{"the company", "Volvo Cars Ltd cut 300 jobs on Monday, the company said.", []string{"Volvo Cars Ltd"}, "the company"},
		// a known brand, named first in its sentence, before another
		{"the carmaker", "Toyota bought a stake in Redwood. The carmaker also agreed to buy a stake in Panasonic.", []string{"Toyota"}, "The carmaker"},
		{"the planemaker", "Boeing agreed to pay a fine. The planemaker will also invest in safety.", []string{"Boeing"}, "The planemaker"},
		{"the Japanese carmaker", "Toyota bought a stake in Redwood. The Japanese carmaker also bought Panasonic.", []string{"Toyota"}, "The Japanese carmaker"},
		{"the European planemaker", "Airbus won an order for 50 jets. The European planemaker also bought a stake in Spirit AeroSystems.", []string{"Airbus"}, "The European planemaker"},
	}
	day := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := find(day, tc.text)
			for _, a := range tc.actors {
				if !mentioned(c, a, tc.mention) {
					t.Errorf("%s has no mention %q: %+v", a, tc.mention, c.Actors)
				}
			}
		})
	}
	// a noun that heads no body's name refers back to none
	if c := find(day, "Islamic State fighters attacked a village. The state media reported it."); mentioned(c, "Islamic State", "The state") {
		t.Errorf("\"The state media\" is a mention of Islamic State: %+v", c.Actors)
	}
	// no pair named before: "the two sides" name no one
	c := find(day, "The two sides agreed to talk again.")
	if len(c.Spans) != 0 {
		t.Errorf("the two sides with no pair before: spans %+v", c.Spans)
	}
}

// TestTheTitle checks that "the president", "the chancellor", "the prime
// minister" name the person named last with that title, and that "the
// official" names no one.
func TestTheTitle(t *testing.T) {
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ src, phrase, want string }{
		{"Chilean President Gabriel Boric arrived in Lima. The president met students.", "The president", "Gabriel Boric"},
		{"Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala. The chancellor left early.", "The chancellor", "Karl Nehammer"},
		{"Czech Prime Minister Petr Fiala met Austrian Chancellor Karl Nehammer. The prime minister left early.", "The prime minister", "Petr Fiala"},
	} {
		found := false
		for _, a := range find(day, tc.src).Actors {
			for _, m := range a.Mentions {
				if m.Text == tc.phrase {
					found = true
					if a.Name != tc.want {
						t.Errorf("%q: %q is %s, want %s", tc.src, tc.phrase, a.Name, tc.want)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: %q names no one", tc.src, tc.phrase)
		}
	}
	for _, a := range find(day, "Chilean President Gabriel Boric arrived in Lima. The official met students.").Actors {
		for _, m := range a.Mentions {
			if m.Text == "The official" {
				t.Errorf("%q is %s", m.Text, a.Name)
			}
		}
	}
}

// TestCompanyOfAnotherState checks that "the Indian airline" names no
// company of another state named before it.
func TestCompanyOfAnotherState(t *testing.T) {
	for _, a := range find(time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC), "Airbus won an order for 50 jets. The Indian airline will take delivery in 2027.").Actors {
		if a.Name != "Airbus" {
			continue
		}
		for _, m := range a.Mentions {
			if m.Text == "The Indian airline" {
				t.Errorf("the Indian airline read as Airbus: %+v", a.Mentions)
			}
		}
	}
}

// TestTheRegime checks that "the regime" and "the authorities" name the
// government of the state named last, as "the government" does.
func TestTheRegime(t *testing.T) {
	for _, tc := range []struct{ src, name string }{
		{"Syrian troops shelled Homs on Monday. The regime denied the reports.", "Syrian Government"},
		{"Kenyan police arrested two activists. The authorities said they had broken the law.", "Kenyan Government"},
	} {
		found := false
		for _, a := range find(time.Date(2012, 3, 1, 0, 0, 0, 0, time.UTC), tc.src).Actors {
			found = found || a.Name == tc.name
		}
		if !found {
			t.Errorf("%q: no %s", tc.src, tc.name)
		}
	}
}
