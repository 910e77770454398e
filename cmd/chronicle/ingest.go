package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
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
	in := &ingester{ctx: ctx, env: e, dbPath: c.db, date: c.date.t, jsonl: c.jsonl}
	in.dbAbs, _ = filepath.Abs(c.db)
	var err error
	for _, p := range paths {
		if err = in.path(p); err != nil {
			break
		}
	}
	if in.db != nil {
		err = closeStore(in.db, err)
	}
	// What was added stays added, even if ingest then fails.
	if err == nil || in.added.Documents > 0 {
		merged := ""
		if in.added.Merged > 0 {
			merged = fmt.Sprintf(" (%d more reports of stored events)", in.added.Merged)
		}
		fmt.Fprintf(e.stdout, "added %d documents, %d events%s, %d actors (%d duplicates skipped)\n",
			in.added.Documents, in.added.Events, merged, in.added.Actors, in.duplicates)
	}
	if in.noDate {
		fmt.Fprintln(e.stderr, "chronicle ingest: date articles with a first line \"date YYYY-MM-DD\", a JSON \"date\" or --date")
	}
	if err == nil && in.failed > 0 {
		err = errReported
	}
	return err
}

// An ingester reads inputs and stores their articles. It opens the store
// on the first article to store, so that bad input creates nothing.
type ingester struct {
	ctx    context.Context
	env    *env
	dbPath string
	dbAbs  string // dbPath made absolute, to skip the store in walks
	date   time.Time
	jsonl  bool

	db         *store.DB
	added      store.Added // totals
	duplicates int
	failed     int   // bad inputs reported
	noDate     bool  // some article had no date
	fatal      error // the error that stops ingest
}

// path ingests the file, directory or standard input p. It reports bad
// input and returns only errors that stop ingest.
func (in *ingester) path(p string) error {
	if p == "-" {
		return in.reader("<stdin>", in.env.stdin, in.jsonl)
	}
	info, err := os.Stat(p)
	if err != nil {
		in.bad(extract.FileError(p, err))
		return nil
	}
	if !info.IsDir() {
		return in.file(p)
	}
	return filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			in.bad(extract.FileError(path, err))
			return nil
		case path != p && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case d.IsDir() && in.isStore(path):
			return filepath.SkipDir
		case d.IsDir():
			return nil
		case !d.Type().IsRegular():
			if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
				return nil // a dangling link, or a link to a directory or device
			}
		}
		return in.file(path)
	})
}

// isStore reports whether dir is the store, which a walk of the
// directory it is in ("chronicle ingest .") must not read.
func (in *ingester) isStore(dir string) bool {
	abs, err := filepath.Abs(dir)
	return err == nil && abs == in.dbAbs
}

// file ingests the file at path.
func (in *ingester) file(path string) error {
	f, err := os.Open(path)
	if err != nil {
		in.bad(extract.FileError(path, err))
		return nil
	}
	defer f.Close()
	return in.reader(path, f, isJSONL(path))
}

func isJSONL(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".jsonl" || ext == ".ndjson"
}

// reader ingests the input r called name, JSON Lines or one article.
func (in *ingester) reader(name string, r io.Reader, jsonl bool) error {
	if jsonl {
		err := extract.ReadJSONL(name, r, in.date, in.article)
		if in.fatal != nil {
			return in.fatal
		}
		in.bad(err)
		return nil
	}
	data, err := io.ReadAll(r)
	if err != nil {
		in.bad(extract.FileError(name, err))
		return nil
	}
	a, err := extract.ReadText(name, data, in.date)
	if err != nil {
		in.bad(err)
		return nil
	}
	return in.article(a)
}

// article extracts and stores a. An error from it stops ingest.
func (in *ingester) article(a extract.Article) error {
	if err := in.ctx.Err(); err != nil {
		in.fatal = err
		return err
	}
	r := extract.Extract(a)
	if in.db == nil {
		db, err := openStore(in.dbPath)
		if err != nil {
			in.fatal = err
			return err
		}
		in.db = db
	}
	added, err := in.db.Put(in.ctx, a, r)
	switch {
	case errors.Is(err, store.ErrInvalid):
		in.bad(fmt.Errorf("%s: %w", a.ID, err))
		return nil
	case err != nil:
		in.fatal = err
		return err
	}
	in.added.Documents += added.Documents
	in.added.Events += added.Events
	in.added.Merged += added.Merged
	in.added.Actors += added.Actors
	if added.Duplicate {
		in.duplicates++
	}
	return nil
}

// bad reports err, one line for each input error in it.
func (in *ingester) bad(err error) {
	if err == nil {
		return
	}
	var list extract.ErrorList
	if errors.Is(err, extract.ErrNoDate) {
		in.noDate = true
	}
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(in.env.stderr, e)
		}
		in.failed += len(list)
		return
	}
	fmt.Fprintln(in.env.stderr, err)
	in.failed++
}
