package main

import (
	"flag"
	"strings"
	"testing"
)

func TestHelp(t *testing.T) {
	for _, spec := range commands {
		for _, flag := range []string{"--help", "-h"} {
			t.Run(spec.name+flag, func(t *testing.T) {
				r := chronicle(t, "", spec.name, flag)
				if r.code != 0 || r.stderr != "" {
					t.Errorf("exit %d, stderr %q; want 0 and nothing", r.code, r.stderr)
				}
				if want := "Usage: chronicle " + spec.name; !strings.HasPrefix(r.stdout, want) {
					t.Errorf("stdout begins %.40q, want %q", r.stdout, want)
				}
			})
		}
		t.Run("help "+spec.name, func(t *testing.T) {
			if got, want := mustRun(t, "help", spec.name), spec.usage; got != want {
				t.Errorf("help %s = %q, want the usage", spec.name, got)
			}
		})
	}
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		r := chronicle(t, "", args...)
		if r.code != 0 || !strings.Contains(r.stdout, "The commands are:") {
			t.Errorf("chronicle %s: exit %d, stdout %q; want 0 and the command list", args[0], r.code, r.stdout)
		}
	}
}

// TestHelpListsFlags checks that every flag a command defines is in its
// usage, so that the two do not drift apart.
func TestHelpListsFlags(t *testing.T) {
	for _, spec := range commands {
		fs := flag.NewFlagSet(spec.name, flag.ContinueOnError)
		spec.new().flags(fs)
		fs.VisitAll(func(f *flag.Flag) {
			dash := "--"
			if len(f.Name) == 1 {
				dash = "-"
			}
			if !strings.Contains(spec.usage, "\n  "+dash+f.Name+" ") {
				t.Errorf("usage of %s does not describe %s%s", spec.name, dash, f.Name)
			}
		})
		if !strings.Contains(usage(), "\t"+spec.name+" ") {
			t.Errorf("usage does not list %s", spec.name)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string // in stderr
	}{
		{nil, "Usage:"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"--db", "x", "timeline"}, `unknown command "--db"`},
		{[]string{"help", "frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"ingest"}, "no PATH"},
		{[]string{"ingest", "--date", "2021-02-30", seed}, "--date"},
		{[]string{"timeline", "--bogus"}, "flag provided but not defined: --bogus"},
		{[]string{"timeline", "Russia"}, `unexpected argument "Russia"`},
		{[]string{"timeline", "--modality", "maybe"}, `unknown modality "maybe"`},
		{[]string{"timeline", "--from", "2022-13"}, "--from"},
		{[]string{"timeline", "--from", "2022-02", "--to", "2022-01"}, "before"},
		{[]string{"met", "Russia", "NATO", "OSCE"}, "at most two actors"},
		{[]string{"actors", "Russia"}, "unexpected argument"},
		{[]string{"export"}, "missing format"},
		{[]string{"export", "svg"}, `unknown format "svg"`},
		{[]string{"export", "dot", "extra"}, `unexpected argument "extra"`},
		{[]string{"extract"}, "no FILE"},
		{[]string{"extract", seed, seed}, "one FILE"},
		{[]string{"extract", "--db", "x", seed}, "--db"},
		{[]string{"timeline", "--from"}, "flag needs an argument: --from"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := chronicle(t, "", tc.args...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2", r.code)
			}
			if !strings.Contains(r.stderr, tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", r.stderr, tc.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
		})
	}
}
