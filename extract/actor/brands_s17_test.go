package actor_test

import (
	"testing"
	"time"
)

// TestBrandModifyingAfterThe checks that a known company's name after
// "the" is the company's where it modifies one of its plants, stores or
// workers, and still not where it names a place.
func TestBrandModifyingAfterThe(t *testing.T) {
	day := time.Date(2024, 2, 2, 0, 0, 0, 0, time.UTC)
	has := func(src, name string) bool {
		for _, a := range find(day, src).Actors {
			if a.Name == name {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct{ src, name string }{
		{"Workers at the Ford plant went on strike.", "Ford"},
		{"Shoppers queued outside the Apple store on Friday.", "Apple"},
		{"The Volkswagen factory in Puebla will close next year.", "Volkswagen"},
	} {
		if !has(tc.src, tc.name) {
			t.Errorf("%q: %s not found", tc.src, tc.name)
		}
	}
	if has("Fires spread through the Amazon basin.", "Amazon") {
		t.Errorf("the Amazon basin read as the company")
	}
}
