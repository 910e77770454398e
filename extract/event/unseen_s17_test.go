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
