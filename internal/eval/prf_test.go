package eval

import "testing"

func TestOf(t *testing.T) {
	tests := []struct {
		correct, sys, gold int
		want               PRF
	}{
		{0, 0, 0, PRF{}},
		{3, 4, 6, PRF{P: 0.75, R: 0.5, F1: 0.6}},
		{2, 2, 2, PRF{P: 1, R: 1, F1: 1}},
		{0, 5, 5, PRF{}},
	}
	for _, tc := range tests {
		if got := Of(tc.correct, tc.sys, tc.gold); got != tc.want {
			t.Errorf("Of(%d, %d, %d) = %+v, want %+v", tc.correct, tc.sys, tc.gold, got, tc.want)
		}
	}
}
