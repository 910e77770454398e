package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
)

func TestTimeline(t *testing.T) {
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"default hides hypothetical and negated", Query{}, []string{"ev6", "ev3", "ev1", "ev2", "ev7"}},
		{"all", Query{All: true}, []string{"ev6", "ev3", "ev1", "ev5", "ev2", "ev7", "ev4"}},
		{"modality", Query{Modalities: []string{"hypothetical"}}, []string{"ev4"}},
		{"modalities", Query{Modalities: []string{"Negated", "reported"}}, []string{"ev5", "ev2"}},
		{"all overrides modalities", Query{Modalities: []string{"negated"}, All: true, From: "2022-01-11", To: "2022-01-12"}, []string{"ev5"}},
		{"window with event spanning From", Query{From: "2022-01-01", To: "2022-01-15"}, []string{"ev3", "ev1"}},
		{"window ends on the first day", Query{From: "2021-12-01", To: "2021-12-28"}, []string{"ev3"}},
		{"window inside an event", Query{From: "2021-12-30", To: "2021-12-31"}, []string{"ev3"}},
		{"window starts on the last day", Query{From: "2022-01-03", To: "2022-01-03"}, []string{"ev3"}},
		{"from only", Query{From: "2022-01-04"}, []string{"ev1", "ev2", "ev7"}},
		{"from only, all", Query{From: "2022-01-04", All: true}, []string{"ev1", "ev5", "ev2", "ev7", "ev4"}},
		{"to only, before everything", Query{To: "2021-12-27"}, nil},
		{"to only, inside an event", Query{To: "2021-12-31"}, []string{"ev3"}},
		{"to only at start", Query{To: "2022-01-09"}, []string{"ev3"}},
		{"empty window", Query{From: "2023-01-01"}, nil},
		{"actor alias", Query{Actors: []string{"us"}}, []string{"ev6", "ev3", "ev1", "ev7"}},
		{"actor with the", Query{Actors: []string{"The United States"}, All: true}, []string{"ev6", "ev3", "ev1", "ev7", "ev4"}},
		{"two actors", Query{Actors: []string{"WASHINGTON", "moscow"}}, []string{"ev6", "ev1"}},
		{"second actor drives nothing", Query{Actors: []string{"moscow", "Washington"}}, []string{"ev6", "ev1"}},
		{"actor and window", Query{Actors: []string{"the alliance"}, From: "2022-01-05"}, []string{"ev2"}},
		{"actor and window, all", Query{Actors: []string{"NATO"}, From: "2022-01-05", To: "2022-01-31", All: true}, []string{"ev5", "ev2"}},
		{"actor and type", Query{Actors: []string{"us"}, Types: []string{"attack"}, All: true}, []string{"ev4"}},
		{"participant made actor", Query{Actors: []string{"zelensky"}}, []string{"ev7"}},
		{"type", Query{Types: []string{"MEET"}}, []string{"ev3", "ev1", "ev7"}},
		{"type, all", Query{Types: []string{"meet"}, All: true}, []string{"ev3", "ev1", "ev5", "ev7"}},
		{"types and window", Query{Types: []string{"meet", "threaten"}, From: "2022-01-11", To: "2022-01-20"}, []string{"ev2", "ev7"}},
		{"unknown type", Query{Types: []string{"sing"}}, nil},
	}
	for _, inMemory := range []bool{true, false} {
		db := openTest(t, inMemory)
		putFixtures(t, db)
		for _, tc := range tests {
			t.Run(fmt.Sprintf("%s/inmemory=%t", tc.name, inMemory), func(t *testing.T) {
				got := eventIDs(mustTimeline(t, db, tc.q))
				if !slices.Equal(got, tc.want) && len(got)+len(tc.want) > 0 {
					t.Errorf("Timeline(%+v) = %q; want %q", tc.q, got, tc.want)
				}
			})
		}
	}
}

func TestTimelineErrors(t *testing.T) {
	tests := []struct {
		name string
		q    Query
		want error
	}{
		{"unknown actor", Query{Actors: []string{"us", "Atlantis"}}, ErrNotFound},
		{"bad from", Query{From: "2022/01/01"}, ErrInvalid},
		{"bad to", Query{To: "January"}, ErrInvalid},
	}
	db := openTest(t, true)
	putFixtures(t, db)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.Timeline(context.Background(), tc.q)
			if !errors.Is(err, tc.want) {
				t.Errorf("Timeline(%+v) = %v; want %v", tc.q, err, tc.want)
			}
		})
	}
}
