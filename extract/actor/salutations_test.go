package actor_test

import (
	"slices"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// TestSalutationsNoPartOfNames checks that a word of greeting, thanks or
// address before a name ("Hey Obama", "Dear Sarah Palin"), as readers'
// comments and letters open, is no part of the name: the name after it
// is read as it would be alone, and a salutation before a common noun
// ("Dear Customers") names no one. Initials that spell such a word stay
// a name's ("FW Taylor").
func TestSalutationsNoPartOfNames(t *testing.T) {
	day := time.Date(2012, 5, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		src    string
		people []string
	}{
		{"Hey Obama, the deficit is still growing.", []string{"Barack Obama"}},
		{"Reply Netanyahu will never accept that offer.", []string{"Benjamin Netanyahu"}},
		{"Dear Sarah Palin, please read the bill first.", []string{"Sarah Palin"}},
		{"Thanks Angela Merkel for standing firm on the euro.", []string{"Angela Merkel"}},
		{"Hello Jenny, the link in your post is broken.", nil},
		{"Dear Customers, our branches close early on Friday.", nil},
		{"Dear Lord, how long will this go on?", nil},
		{"Hi Tom and Sue, great piece.", nil},
		{"Managers still quote FW Taylor on efficiency.", []string{"FW Taylor"}},
	} {
		var got []string
		for _, a := range find(day, tc.src).Actors {
			if a.Kind == actor.Person {
				got = append(got, a.Name)
			}
		}
		if !slices.Equal(got, tc.people) {
			t.Errorf("%q: people %q, want %q", tc.src, got, tc.people)
		}
	}
}

// TestReferencesNoNames checks that a capitalised noun that points into a
// text or a series, before a number ("Paragraph 12", "Article 5"), is no
// actor, while a product's name and number ("iPhone 4") still is one.
func TestReferencesNoNames(t *testing.T) {
	day := time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		src    string
		actors []string
	}{
		{"Paragraph 12. Delegations from Poland were in the city.", []string{"Poland"}},
		{"Under Article 5 of the treaty, an attack on one member is an attack on all, NATO said.", []string{"NATO"}},
		{"Chapter 11 protection was sought by the airline.", nil},
		{"Section 230 shields the platforms, Senator Josh Hawley said.", []string{"Josh Hawley"}},
		{"The iPhone 4 was a success.", []string{"iPhone 4"}},
	} {
		var got []string
		for _, a := range find(day, tc.src).Actors {
			got = append(got, a.Name)
		}
		if !slices.Equal(got, tc.actors) {
			t.Errorf("%q: actors %q, want %q", tc.src, got, tc.actors)
		}
	}
}
