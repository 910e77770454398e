package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/graph"
)

// These tests check what chronicle reads in the seed article, and so
// depend on the extractor.

func TestMetRussiaNATO(t *testing.T) {
	db := seeded(t)
	meetings := meetingsOf(t, "met", "Russia", "NATO", "--json", "--db", db)
	if len(meetings) == 0 {
		t.Fatal("met Russia NATO: no meetings, want the one planned for 2022-01-12")
	}
	if m := meetings[0]; m.FirstDay != "2022-01-12" || m.Modality != event.Planned {
		t.Errorf("first meeting = %s %s, want 2022-01-12 planned", m.FirstDay, m.Modality)
	}
	for _, m := range meetings {
		if !slices.Contains(m.Actors, "Russia") || !slices.Contains(m.Actors, "NATO") {
			t.Errorf("meeting %s has actors %q, want Russia and NATO among them", m.Event, m.Actors)
		}
	}

	// Names resolve in any case, and the text output says the same.
	text := mustRun(t, "met", "--db", db, "russia", "nato")
	if first, _, _ := strings.Cut(text, "\n"); !strings.HasPrefix(first, "2022-01-12") || !strings.Contains(first, "[planned]") {
		t.Errorf("met russia nato: first line %q, want 2022-01-12 … [planned]", first)
	}
}

func TestMetRussia(t *testing.T) {
	db := seeded(t)
	meetings := meetingsOf(t, "met", "Russia", "--json", "--db", db)
	found := func(partner, day string) bool {
		return slices.ContainsFunc(meetings, func(m graph.Meeting) bool {
			return m.FirstDay == day && slices.Contains(m.Actors, partner)
		})
	}
	if !found("NATO", "2022-01-12") {
		t.Errorf("met Russia: no meeting with NATO on 2022-01-12 in %+v", meetings)
	}
	osce := "Organization for Security and Cooperation in Europe"
	if !found(osce, "2022-01-13") {
		t.Errorf("met Russia: no meeting with the OSCE on 2022-01-13 in %+v", meetings)
	}

	// The alias finds the same meeting.
	if got := meetingsOf(t, "met", "--db", db, "--json", "OSCE", "Russia"); !slices.ContainsFunc(got, func(m graph.Meeting) bool { return m.FirstDay == "2022-01-13" }) {
		t.Errorf("met OSCE Russia = %+v, want the meeting of 2022-01-13", got)
	}
}
