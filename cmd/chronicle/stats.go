package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const statsUsage = `Usage: chronicle stats [--db DIR] [--json]

Stats counts what the store holds: its documents and the days they were
published, its events by type and the days they cover, its actors, and
the space it takes on disk. It reads the store's indexes, not its
events, so it is quick on a large store.

Flags:
  --db DIR   the store (default $CHRONICLE_DB, else ./chronicle.db)
  --json     print the counts as JSON: {"documents": N, "events": N, "actors": N, ...}
`

type statsCmd struct {
	db   string
	json bool
}

func (c *statsCmd) flags(fs *flag.FlagSet) {
	dbFlag(fs, &c.db)
	fs.BoolVar(&c.json, "json", false, "print JSON")
}

func (c *statsCmd) run(ctx context.Context, e *env, args []string) (err error) {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	db, err := openQuery(c.db)
	if err != nil {
		return err
	}
	defer func() { err = closeStore(db, err) }()
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	if c.json {
		return writeJSON(e.stdout, s)
	}
	events := days(s.FirstEventDay, s.LastEventDay)
	if s.UndatedEvents > 0 {
		events += fmt.Sprintf(" (%d undated)", s.UndatedEvents)
	}
	for _, row := range [][3]string{
		{"documents", strconv.Itoa(s.Documents), days(s.FirstDocumentDay, s.LastDocumentDay)},
		{"events", strconv.Itoa(s.Events), events},
		{"actors", strconv.Itoa(s.Actors), ""},
		{"size", bytesize(s.Size), fmt.Sprintf("(tables %s, logs %s)", bytesize(s.TableSize), bytesize(s.LogSize))},
	} {
		fmt.Fprintln(e.stdout, strings.TrimRight(fmt.Sprintf("%-10s %-9s %s", row[0], row[1], row[2]), " "))
	}
	if len(s.EventsByType) == 0 {
		return nil
	}
	fmt.Fprintln(e.stdout)
	tw := newTable(e.stdout)
	fmt.Fprintln(tw, "TYPE\tEVENTS")
	types := slices.SortedFunc(maps.Keys(s.EventsByType), func(a, b string) int {
		return cmp.Or(cmp.Compare(s.EventsByType[b], s.EventsByType[a]), cmp.Compare(a, b))
	})
	for _, t := range types {
		fmt.Fprintf(tw, "%s\t%d\n", t, s.EventsByType[t])
	}
	return tw.Flush()
}

// days describes the range of days from first to last.
func days(first, last string) string {
	switch {
	case first == "":
		return "undated"
	case first == last:
		return first
	}
	return first + " to " + last
}

// bytesize writes n bytes in binary units: "512 B", "20.8 KiB".
func bytesize(n int64) string {
	if n < 1024 {
		return fmt.Sprintf("%d B", n)
	}
	v, unit := float64(n)/1024, "KiB"
	for _, u := range []string{"MiB", "GiB", "TiB"} {
		if v < 1024 {
			break
		}
		v, unit = v/1024, u
	}
	return fmt.Sprintf("%.1f %s", v, unit)
}
