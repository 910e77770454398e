package event_test

// Sentences written on 2026-12-07 (session 17), as unseen_test.go's: each
// read wrongly before the change its test came with.

import (
	"testing"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// TestWalkedOffTheJob checks that workers who walk off the job strike, and
// that an insult is a criticism of whom it insults.
func TestWalkedOffTheJob(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Thousands of nurses walked off the job in New Zealand on Monday.", "strike", event.Asserted, []string{"New Zealand"}, nil},
		{"Milei insulted President Gustavo Petro on Friday.", "criticize", event.Asserted, []string{"Javier Milei"}, []string{"Gustavo Petro"}},
	})
	// who walks out of a meeting does not strike
	noEvent(t, "Peru's delegation walked out of the meeting with Chile.", "strike")
}

// TestClashWithPolice checks that a clash with bare police is one with
// the police of the state where it happens.
func TestClashWithPolice(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Protesters in Tbilisi clashed with police over a foreign agents law.", "fight", event.Asserted, []string{"Georgian Protesters"}, []string{"Georgian Police"}},
	})
}

// TestThreatThroughOwnBody checks that a state's own body named as who
// will carry out a threat is not its target, while another state so
// named still is.
func TestThreatThroughOwnBody(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Peru's interior minister warned that police would no longer tolerate blockades in Lima.", "threaten", event.Asserted, []string{"Peru"}, nil},
		{"Peru's interior minister warned that Chile would pay a heavy price.", "threaten", event.Asserted, []string{"Peru"}, []string{"Chile"}},
	})
}
