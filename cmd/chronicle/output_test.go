package main

import (
	"testing"

	"github.com/chronicle-kg/chronicle/extract/event"
)

func TestWhen(t *testing.T) {
	tests := []struct {
		e    event.Event
		want string
	}{
		{event.Event{Date: "2022-01-12", FirstDay: "2022-01-12", LastDay: "2022-01-12"}, "2022-01-12"},
		{event.Event{Date: "2022", Mod: "START", FirstDay: "2022-01-01", LastDay: "2022-04-30"}, "2022 start"},
		{event.Event{Date: "PAST_REF", Relation: event.Before, Anchor: "2021-12-28", FirstDay: "2021-12-28", LastDay: "2021-12-28"}, "before 2021-12-28"},
		{event.Event{Date: "PAST_REF", Relation: event.OnOrBefore, Anchor: "2021-12-28"}, "on or before 2021-12-28"},
		{event.Event{Date: "PAST_REF", FirstDay: "2021-09-01", LastDay: "2021-12-28"}, "2021-09-01..2021-12-28"},
		{event.Event{Date: "PAST_REF", FirstDay: "2021-12-28", LastDay: "2021-12-28"}, "before 2021-12-28"},
		{event.Event{Date: "FUTURE_REF", FirstDay: "2021-12-28", LastDay: "2021-12-28"}, "after 2021-12-28"},
		{event.Event{Date: "PRESENT_REF", FirstDay: "2021-12-28", LastDay: "2021-12-28"}, "2021-12-28"},
		{event.Event{Date: "PRESENT_REF"}, "PRESENT_REF"},
		{event.Event{}, "undated"},
	}
	for _, tc := range tests {
		if got := when(tc.e); got != tc.want {
			t.Errorf("when(%+v) = %q, want %q", tc.e, got, tc.want)
		}
	}
}

// TestParticipantsReporter checks that a timeline line tells a reporter
// from the parties.
func TestParticipantsReporter(t *testing.T) {
	e := event.Event{Actors: []event.Participant{
		{Name: "Russia", Role: event.Source},
		{Name: "Ukraine", Role: event.Target},
		{Name: "Ukrainian Military", Role: event.Reporter, Trigger: "said"},
	}}
	if got, want := participants(e), "Russia, Ukraine, by Ukrainian Military"; got != want {
		t.Errorf("participants = %q, want %q", got, want)
	}
}
