package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/chronicle-kg/chronicle/store"
)

const checkUsage = `Usage: chronicle check [--db DIR] [--json]

Check verifies the whole store: every checksum of every table file, then
every record, decoded as the queries read it, and every index entry,
alias, mention and edge, each of which must point at a record that is
there. It prints

	ok: N documents, N events, N actors; all checksums verified

if the store is sound, else what is damaged, a file or a key a line, and
exits with status 1.

Flags:
  --db DIR   the store (default $CHRONICLE_DB, else ./chronicle.db)
  --json     print the report as JSON: {"ok": ..., "problems": [...], ...}
`

type checkCmd struct {
	db   string
	json bool
}

func (c *checkCmd) flags(fs *flag.FlagSet) {
	dbFlag(fs, &c.db)
	fs.BoolVar(&c.json, "json", false, "print JSON")
}

func (c *checkCmd) run(ctx context.Context, e *env, args []string) (err error) {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	var report store.CheckReport
	db, err := openQuery(c.db)
	var damage *store.DamageError
	switch {
	case errors.As(err, &damage):
		// Too damaged to open: what Open found is the report.
		report = store.CheckReport{Path: damage.Path, Problems: damage.Problems}
	case err != nil:
		return err
	default:
		defer func() { err = closeStore(db, err) }()
		if report, err = db.Check(ctx); err != nil {
			return err
		}
	}
	if err := c.print(e, report); err != nil {
		return err
	}
	if report.Err() != nil {
		fmt.Fprintf(e.stderr, "chronicle check: store %s is damaged: %s\n", c.db, problems(len(report.Problems)+report.More))
		return errReported
	}
	return nil
}

// print writes the report r.
func (c *checkCmd) print(e *env, r store.CheckReport) error {
	if r.Problems == nil {
		r.Problems = []store.Problem{}
	}
	if r.Records == nil {
		r.Records = map[string]int{}
	}
	if c.json {
		return writeJSON(e.stdout, struct {
			OK bool `json:"ok"`
			store.CheckReport
		}{r.Err() == nil, r})
	}
	if r.Err() == nil {
		_, err := fmt.Fprintf(e.stdout, "ok: %d documents, %d events, %d actors; all checksums verified\n",
			r.Records["documents"], r.Records["events"], r.Records["actors"])
		return err
	}
	for _, p := range r.Problems {
		fmt.Fprintln(e.stdout, p)
	}
	if r.More > 0 {
		fmt.Fprintf(e.stdout, "and %s more\n", problems(r.More))
	}
	return nil
}

// problems counts n problems in words.
func problems(n int) string {
	if n == 1 {
		return "1 problem"
	}
	return fmt.Sprintf("%d problems", n)
}
