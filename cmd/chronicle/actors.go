package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/chronicle-kg/chronicle/extract"
)

const actorsUsage = `Usage: chronicle actors [--db DIR] [--json]

Actors lists the actors in the store by canonical name, with their kind,
CAMEO code, affiliation and the other names they were found under. Any of
those names can be given to timeline --actor and met.

Flags:
  --db DIR   the store (default $CHRONICLE_DB, else ./chronicle.db)
  --json     print {"actors": [...]} as JSON
`

type actorsCmd struct {
	db   string
	json bool
}

func (c *actorsCmd) flags(fs *flag.FlagSet) {
	dbFlag(fs, &c.db)
	fs.BoolVar(&c.json, "json", false, "print JSON")
}

func (c *actorsCmd) run(ctx context.Context, e *env, args []string) (err error) {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	db, err := openQuery(c.db)
	if err != nil {
		return err
	}
	defer func() { err = closeStore(db, err) }()
	actors, err := db.Actors(ctx)
	if err != nil {
		return err
	}
	if actors == nil {
		actors = []extract.Actor{}
	}
	for i := range actors {
		actors[i].Mentions = nil
	}
	if c.json {
		return writeJSON(e.stdout, struct {
			Actors []extract.Actor `json:"actors"`
		}{actors})
	}
	tw := newTable(e.stdout)
	fmt.Fprintln(tw, "NAME\tKIND\tCODE\tAFFILIATION\tALIASES")
	for _, a := range actors {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", a.Name, dash(a.Kind), dash(a.Code), dash(a.Affiliation), dash(strings.Join(a.Aliases, ", ")))
	}
	return tw.Flush()
}

// dash returns s, or "-" if s is empty, so that a table has no gaps.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
