package actor_test

import (
	"slices"
	"testing"
	"time"
)

// TestDateline checks that a dateline's place and medium ("Kabul,
// Afghanistan (CNN) --") are no outer mentions, while a name in brackets
// that is no medium's before a dash still is.
func TestDateline(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		src  string
		want []string // the outer mentions
	}{
		{"Kabul, Afghanistan (CNN) -- The Taliban attacked a police post.", []string{"Taliban"}},
		{"NAIROBI (Reuters) - Kenyan police arrested three men.", []string{"Kenyan police"}},
		{"Lima -LRB- AP -RRB- -- Peru closed its border.", []string{"Peru"}},
		{"The African Union (AU) - meeting in Addis Ababa - suspended Niger.", []string{"African Union", "AU", "Addis Ababa", "Niger"}},
	} {
		var got []string
		for _, m := range find(day, tc.src).Spans {
			got = append(got, tc.src[m.Start:m.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: mentions %q, want %q", tc.src, got, tc.want)
		}
	}
}
