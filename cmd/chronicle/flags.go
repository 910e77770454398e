package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// parseArgs parses args with fs, letting flags and positional arguments
// come in any order, and returns the positional arguments. Everything
// after "--" is positional. A bad flag is a usage error; a request for
// help is flag.ErrHelp.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{longDashes.ReplaceAllString(err.Error(), "$1--$2")}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if endedByDashes(fs, args[:len(args)-len(rest)]) {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// longDashes matches the flags named in the flag package's errors, so that
// they can be written with two dashes as the usage writes them.
var longDashes = regexp.MustCompile(`(flag |: )-(\w\w+)`)

// endedByDashes reports whether fs stopped parsing at a "--" after
// consuming the flags in used, rather than at a positional argument. It
// walks used as the flag package does, so that a "--" that is the value
// of a flag ("-o --") is not taken for the terminator.
func endedByDashes(fs *flag.FlagSet, used []string) bool {
	for i := 0; i < len(used); i++ {
		arg := used[i]
		if arg == "--" {
			return i == len(used)-1
		}
		name := strings.TrimLeft(arg, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && !isBoolFlag(f) {
			i++ // the next argument is the value
		}
	}
	return false
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// dbFlag defines --db on fs, defaulting to $CHRONICLE_DB or ./chronicle.db.
func dbFlag(fs *flag.FlagSet, p *string) {
	def := os.Getenv("CHRONICLE_DB")
	if def == "" {
		def = "chronicle.db"
	}
	fs.StringVar(p, "db", def, "the store directory")
}

// A listFlag is a string flag that may be repeated.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("empty value")
	}
	*l = append(*l, s)
	return nil
}

// A wordsFlag is a flag of lower-case words that may be repeated or
// separated by commas: --type meet,visit --type host.
type wordsFlag []string

func (w *wordsFlag) String() string { return strings.Join(*w, ",") }

func (w *wordsFlag) Set(s string) error {
	for word := range strings.SplitSeq(s, ",") {
		word = strings.ToLower(strings.TrimSpace(word))
		if word == "" {
			return errors.New("empty value")
		}
		*w = append(*w, word)
	}
	return nil
}

// modalities are the values --modality takes.
var modalities = func() []string {
	var ms []string
	for _, m := range event.Modalities() {
		ms = append(ms, string(m))
	}
	return ms
}()

// A modalityFlag is a wordsFlag whose words are modalities.
type modalityFlag struct{ wordsFlag }

func (m *modalityFlag) Set(s string) error {
	var words wordsFlag
	if err := words.Set(s); err != nil {
		return err
	}
	for _, w := range words {
		if !slices.Contains(modalities, w) {
			return fmt.Errorf("unknown modality %q (want one of %s)", w, strings.Join(modalities, ", "))
		}
	}
	m.wordsFlag = append(m.wordsFlag, words...)
	return nil
}

// A dayFlag is a publication date, YYYY-MM-DD.
type dayFlag struct{ t time.Time }

func (d *dayFlag) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d *dayFlag) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("want YYYY-MM-DD")
	}
	d.t = t
	return nil
}

// A boundFlag is one end of a range of days, given as YYYY, YYYY-MM or
// YYYY-MM-DD and kept as the first day of that period (for --from) or
// the last (for --to).
type boundFlag struct {
	last bool
	day  string
}

func (b *boundFlag) String() string { return b.day }

func (b *boundFlag) Set(s string) error {
	for _, layout := range []struct {
		layout string
		years  int
		months int
	}{{time.DateOnly, 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		t, err := time.Parse(layout.layout, s)
		if err != nil {
			continue
		}
		if b.last && (layout.years > 0 || layout.months > 0) {
			t = t.AddDate(layout.years, layout.months, -1)
		}
		b.day = t.Format(time.DateOnly)
		return nil
	}
	return errors.New("want YYYY, YYYY-MM or YYYY-MM-DD")
}

// rangeFlags are the --from and --to of the query commands.
type rangeFlags struct {
	from, to boundFlag
}

func (r *rangeFlags) define(fs *flag.FlagSet) {
	r.to.last = true
	fs.Var(&r.from, "from", "first day")
	fs.Var(&r.to, "to", "last day")
}

// check reports a range that ends before it begins.
func (r *rangeFlags) check() error {
	if r.from.day != "" && r.to.day != "" && r.to.day < r.from.day {
		return usagef("--to %s is before --from %s", r.to.day, r.from.day)
	}
	return nil
}
