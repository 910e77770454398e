package actor_test

import (
	"slices"
	"testing"
	"time"
)

// TestPlaceInState checks that a place named with the state or region it
// lies in after a comma is one mention, the place's, and the state's name
// no mention of its own; but not where the state opens a clause after
// the place, nor in a list of places.
func TestPlaceInState(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		src  string
		want []string // the outer mentions
	}{
		{"Protesters gathered in Cairo, Egypt, on Friday.", []string{"Protesters", "Cairo"}},
		{"Talks were held in Benghazi, Libya on Monday.", []string{"Benghazi"}},
		{"Shelling hit Alexandria, Egypt's second city, at dawn.", []string{"Alexandria"}},
		{"The firm moved to San Jose, California, last year.", []string{"San Jose"}},
		{"In Cairo, Egypt condemned the attack.", []string{"Cairo", "Egypt"}},
		{"In Cairo, Egypt's foreign minister spoke first.", []string{"Cairo", "Egypt's"}},
		{"Aid went to Egypt, Libya and Tunisia.", []string{"Egypt", "Libya", "Tunisia"}},
		{"Concerts were held in New York, Los Angeles, London and Paris.", []string{"New York", "Los Angeles", "London", "Paris"}},
	} {
		d := find(day, tc.src)
		var got []string
		for _, m := range d.Spans {
			got = append(got, tc.src[m.Start:m.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: mentions %q, want %q", tc.src, got, tc.want)
		}
	}
}
