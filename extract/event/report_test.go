package event_test

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// TestReporters checks that whoever reports another's act is that event's
// reporter, by the word of saying and with the day it was said, and
// makes no statement of its own; a speaker telling of its own or its
// state's act, or of no act, still makes one.
func TestReporters(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ src, typ, reporter, date string }{
		{"Russian forces shelled Kharkiv, Ukraine's military said on Monday.", "fire", "Ukrainian Military", "2025-03-10"},
		{"Egypt said Israeli troops had attacked Rafah.", "attack", "Egypt", ""},
		// the verb of saying read as a conjunct with no conjunction
		{"Sudan's army and the Rapid Support Forces agreed on Saturday to resume peace talks in Jeddah, Saudi Arabia's foreign ministry announced.", "agree", "Saudi Foreign Ministry", ""},
	} {
		r := read(day, c.src)
		found := false
		for _, e := range r.Events {
			if e.Type == "statement" {
				t.Errorf("%q: a statement %+v", c.src, e.Actors)
			}
			if e.Type != c.typ {
				continue
			}
			for _, p := range e.Actors {
				if p.Role == event.Reporter {
					found = true
					if p.Name != c.reporter || p.Trigger != "said" && p.Trigger != "announced" || p.Date != c.date {
						t.Errorf("%q: reporter %+v, want %s by its verb of saying on %q", c.src, p, c.reporter, c.date)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event reported by %s in %+v", c.src, c.typ, c.reporter, r.Events)
		}
	}
	checkTreeCases(t, []treeCase{
		{"The Japanese foreign ministry said Japan would send aid to Turkey.", "statement", event.Asserted, []string{"Japanese Foreign Ministry"}, nil},
		{"Germany said the talks were useful.", "statement", event.Asserted, []string{"Germany"}, nil},
	})
}
