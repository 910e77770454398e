package main

import (
	"flag"
	"slices"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		pos  []string
		json bool
		out  string
		from string
	}{
		{"flags after", []string{"Russia", "NATO", "--json"}, []string{"Russia", "NATO"}, true, "", ""},
		{"flags between", []string{"Russia", "--json", "NATO"}, []string{"Russia", "NATO"}, true, "", ""},
		{"flags before", []string{"--json", "--from", "2022", "Russia"}, []string{"Russia"}, true, "", "2022-01-01"},
		{"dashes", []string{"Russia", "--", "--json", "-o"}, []string{"Russia", "--json", "-o"}, false, "", ""},
		{"dashes first", []string{"--", "-"}, []string{"-"}, false, "", ""},
		{"dashes as a value", []string{"-o", "--", "x", "--json"}, []string{"x"}, true, "--", ""},
		{"value like a flag", []string{"-o", "--json", "--", "--from"}, []string{"--from"}, false, "--json", ""},
		{"stdin", []string{"-", "--json"}, []string{"-"}, true, "", ""},
		{"equals", []string{"x", "--from=2021-12", "--json=false"}, []string{"x"}, false, "", "2021-12-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c struct {
				json  bool
				out   string
				dates rangeFlags
			}
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.BoolVar(&c.json, "json", false, "")
			fs.StringVar(&c.out, "o", "", "")
			c.dates.define(fs)
			pos, err := parseArgs(fs, tc.args)
			if err != nil {
				t.Fatalf("parseArgs: %v", err)
			}
			if !slices.Equal(pos, tc.pos) {
				t.Errorf("positional = %q, want %q", pos, tc.pos)
			}
			if c.json != tc.json || c.out != tc.out || c.dates.from.day != tc.from {
				t.Errorf("json, o, from = %v, %q, %q; want %v, %q, %q", c.json, c.out, c.dates.from.day, tc.json, tc.out, tc.from)
			}
		})
	}
}

func TestBoundFlag(t *testing.T) {
	tests := []struct {
		in         string
		from, to   string
		wantErrors bool
	}{
		{"2022", "2022-01-01", "2022-12-31", false},
		{"2022-02", "2022-02-01", "2022-02-28", false},
		{"2024-02", "2024-02-01", "2024-02-29", false},
		{"2022-01-12", "2022-01-12", "2022-01-12", false},
		{"2022-02-30", "", "", true},
		{"January", "", "", true},
	}
	for _, tc := range tests {
		from, to := boundFlag{}, boundFlag{last: true}
		errFrom, errTo := from.Set(tc.in), to.Set(tc.in)
		if (errFrom != nil) != tc.wantErrors || (errTo != nil) != tc.wantErrors {
			t.Errorf("Set(%q) errors = %v, %v; want errors %v", tc.in, errFrom, errTo, tc.wantErrors)
		}
		if from.day != tc.from || to.day != tc.to {
			t.Errorf("Set(%q) = from %q, to %q; want %q, %q", tc.in, from.day, to.day, tc.from, tc.to)
		}
	}
}
