package timeml

import (
	"math"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/timex"
)

// tx returns an expression of type DATE at [start, end) with value.
func tx(start, end int, value string) timex.Timex {
	return timex.Timex{Type: timex.Date, Value: value, Start: start, End: end}
}

func TestScore(t *testing.T) {
	dur := tx(20, 30, "P3D")
	dur.Type = timex.Duration
	tests := []struct {
		name      string
		gold, sys []timex.Timex
		want      Counts
	}{
		{"nothing", nil, nil, Counts{}},
		{"none found", []timex.Timex{tx(0, 5, "1998")}, nil, Counts{Gold: 1}},
		{"spurious", nil, []timex.Timex{tx(0, 5, "1998")}, Counts{Sys: 1}},
		{"exact", []timex.Timex{tx(0, 5, "1998")}, []timex.Timex{tx(0, 5, "1998")},
			Counts{Gold: 1, Sys: 1, Strict: 1, Relaxed: 1, Type: 1, Value: 1}},
		{"exact, wrong value", []timex.Timex{tx(0, 5, "1998")}, []timex.Timex{tx(0, 5, "1997")},
			Counts{Gold: 1, Sys: 1, Strict: 1, Relaxed: 1, Type: 1}},
		{"overlap, right value", []timex.Timex{tx(0, 9, "1998-01-07")}, []timex.Timex{tx(4, 9, "1998-01-07")},
			Counts{Gold: 1, Sys: 1, Relaxed: 1, Type: 1, Value: 1}},
		{"wrong type", []timex.Timex{dur}, []timex.Timex{tx(20, 30, "P3D")},
			Counts{Gold: 1, Sys: 1, Strict: 1, Relaxed: 1, Value: 1}},
		{"touching is not overlapping", []timex.Timex{tx(0, 5, "1998")}, []timex.Timex{tx(5, 9, "1998")},
			Counts{Gold: 1, Sys: 1}},
		{"one gold, two system", []timex.Timex{tx(0, 20, "1998-01")}, []timex.Timex{tx(0, 5, "1998-01"), tx(10, 20, "1998-01")},
			Counts{Gold: 1, Sys: 2, Relaxed: 1, Type: 1, Value: 1}},
		{"two gold, one system", []timex.Timex{tx(0, 5, "1998"), tx(10, 20, "1998-01")}, []timex.Timex{tx(0, 20, "1998-01")},
			Counts{Gold: 2, Sys: 1, Relaxed: 1, Type: 1}},
		{"exact match preferred", []timex.Timex{tx(0, 5, "A"), tx(6, 10, "B")}, []timex.Timex{tx(3, 8, "A"), tx(0, 5, "A")},
			Counts{Gold: 2, Sys: 2, Strict: 1, Relaxed: 2, Type: 2, Value: 1}},
		{"order of input", []timex.Timex{tx(10, 20, "B"), tx(0, 5, "A")}, []timex.Timex{tx(10, 20, "B"), tx(0, 5, "A")},
			Counts{Gold: 2, Sys: 2, Strict: 2, Relaxed: 2, Type: 2, Value: 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Score(tc.gold, tc.sys); got != tc.want {
				t.Errorf("Score = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestScores(t *testing.T) {
	c := Counts{Gold: 10, Sys: 8, Strict: 4, Relaxed: 6, Type: 6, Value: 5}.Add(Counts{Gold: 10, Sys: 12, Strict: 6, Relaxed: 10, Type: 9, Value: 5})
	if want := (Counts{Gold: 20, Sys: 20, Strict: 10, Relaxed: 16, Type: 15, Value: 10}); c != want {
		t.Fatalf("Add = %+v, want %+v", c, want)
	}
	s := c.Scores()
	tests := []struct {
		name string
		got  PRF
		want PRF
	}{
		{"strict", s.Strict, PRF{P: 0.5, R: 0.5, F1: 0.5}},
		{"relaxed", s.Relaxed, PRF{P: 0.8, R: 0.8, F1: 0.8}},
		{"type", s.Type, PRF{P: 0.75, R: 0.75, F1: 0.75}},
		{"value", s.Value, PRF{P: 0.5, R: 0.5, F1: 0.5}},
	}
	for _, tc := range tests {
		if !near(tc.got, tc.want) {
			t.Errorf("%s = %+v, want %+v", tc.name, tc.got, tc.want)
		}
	}
	// P and R differ: 3 of 4 found right, of 6 wanted.
	if got, want := (Counts{Gold: 6, Sys: 4, Strict: 3}).Scores().Strict, (PRF{P: 0.75, R: 0.5, F1: 0.6}); !near(got, want) {
		t.Errorf("strict = %+v, want %+v", got, want)
	}
	if got := (Counts{}).Scores(); got != (Scores{}) {
		t.Errorf("scores of nothing = %+v, want zeros", got)
	}
}

func near(a, b PRF) bool {
	const eps = 1e-9
	return math.Abs(a.P-b.P) < eps && math.Abs(a.R-b.R) < eps && math.Abs(a.F1-b.F1) < eps
}
