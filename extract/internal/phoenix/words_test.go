package phoenix

import (
	"reflect"
	"testing"
)

func TestSet(t *testing.T) {
	got := Set("ARMY FRONT\n  PARTY\tARMY")
	if want := map[string]bool{"ARMY": true, "FRONT": true, "PARTY": true}; !reflect.DeepEqual(got, want) {
		t.Errorf("Set = %v, want %v", got, want)
	}
	if got := Set(""); len(got) != 0 {
		t.Errorf("Set(\"\") = %v", got)
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"", "abc", 3},
		{"mottaki", "motaki", 1},
		{"manouchehr", "manuchehr", 1},
		{"kitten", "sitting", 3},
		{"hizbullah", "hezbollah", 2},
		{"frontières", "frontieres", 1}, // runes, not bytes
		{"ağca", "agca", 1},
	} {
		if got := EditDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := EditDistance(tc.b, tc.a); got != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.b, tc.a, got, tc.want)
		}
	}
}
