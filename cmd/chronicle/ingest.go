package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
	"github.com/chronicle-kg/chronicle/store/ingest"
)

const ingestUsage = `Usage: chronicle ingest [--db DIR] [--date YYYY-MM-DD] [--jsonl] PATH...

Ingest reads articles, extracts their actors and events, and adds them to
the store, creating the store if need be. An article already stored (the
same date and text) is skipped.

A PATH is a file, a directory (read recursively in name order, skipping
hidden files and directories) or - for standard input. A file ending in
.jsonl or .ndjson holds JSON Lines, one article a line:

	{"id": "...", "date": "YYYY-MM-DD", "title": "...", "text": "..."}

Any other file holds one plain-text article whose first line may give its
publication date:

	date 2021-12-28

A bad article is reported as FILE:LINE: problem and skipped; ingest goes
on with the rest and then exits with status 1. Nothing is written, and no
store is created, until an article has been read and extracted.

Flags:
  --db DIR            the store (default $CHRONICLE_DB, else ./chronicle.db)
  --date YYYY-MM-DD   the publication date of every article, overriding theirs
  --jsonl             read standard input as JSON Lines, not plain text
`

type ingestCmd struct {
	db    string
	date  dayFlag
	jsonl bool
}

func (c *ingestCmd) flags(fs *flag.FlagSet) {
	dbFlag(fs, &c.db)
	fs.Var(&c.date, "date", "publication date")
	fs.BoolVar(&c.jsonl, "jsonl", false, "standard input is JSON Lines")
}

func (c *ingestCmd) run(ctx context.Context, e *env, paths []string) error {
	if len(paths) == 0 {
		return usagef("no PATH to read")
	}
	if c.db == "" {
		return usagef("--db is empty")
	}
	prefetchModels()
	sum, err := ingest.Paths(ctx, func() (*store.DB, error) { return openStore(c.db) }, paths, &ingest.Options{
		Date:     c.date.t,
		JSONL:    c.jsonl,
		Stdin:    e.stdin,
		StoreDir: c.db,
		Report:   func(ie *extract.InputError) { fmt.Fprintln(e.stderr, ie) },
	})
	// What was added stays added, even if ingest then fails.
	if err == nil || sum.Added.Documents > 0 {
		printSummary(e.stdout, sum)
	}
	if sum.NoDate() {
		fmt.Fprintln(e.stderr, "chronicle ingest: date articles with a first line \"date YYYY-MM-DD\", a JSON \"date\" or --date")
	}
	if err == nil && len(sum.Errors) > 0 {
		err = errReported
	}
	return err
}

// printSummary prints what an ingest added, on one line.
func printSummary(w io.Writer, sum ingest.Summary) {
	merged := ""
	if sum.Added.Merged > 0 {
		merged = fmt.Sprintf(" (%d more reports of stored events)", sum.Added.Merged)
	}
	fmt.Fprintf(w, "added %d documents, %d events%s, %d actors (%d duplicates skipped)\n",
		sum.Added.Documents, sum.Added.Events, merged, sum.Added.Actors, sum.Duplicates)
}
