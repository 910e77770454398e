package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
	"github.com/chronicle-kg/chronicle/store/ingest"
)

const ingestUsage = `Usage: chronicle ingest [--db DIR] [flags] PATH...
       chronicle ingest --reextract [--db DIR]

Ingest reads articles, extracts their actors and events, and adds them to
the store, creating the store if need be. An article already stored (the
same date and text) is skipped before it is extracted, so ingesting the
same files again adds nothing and takes a moment.

A PATH is a file, a directory (read recursively in name order, skipping
hidden files and directories, and the store) or - for standard input.
A file is read as its name says, or else as its content says:

  .jsonl, .ndjson   JSON Lines, an article a line:
                    {"id": "...", "date": "YYYY-MM-DD", "title": "...", "text": "..."}
  .json             a JSON array of such articles (or objects one after another)
  .tml              a TimeML document: its DCT and TEXT
  .txt, other       one plain-text article whose first line may give its
                    publication date: date 2021-12-28

Any of them may be gzip-compressed (.gz). The --*-field flags name the
JSON fields of other corpora; Timeline17's articles.json, for one:

  chronicle ingest --id-field uid --date-field dct ../shared/corpora/t17

Articles are extracted on every core and stored in the order read, some
dozens to a transaction: a killed ingest loses only what it had not
committed, and the next one stores the rest. On a terminal a progress
bar shows articles, MB read, MB/s and the time left. At the end ingest
prints what it added and read; articles with no text are skipped and
counted. A bad article (malformed JSON, a missing or impossible date,
invalid UTF-8, binary data, an article over --max-size) is reported as
FILE:LINE: problem and skipped; ingest goes on with the rest and then
exits with status 1. Nothing is written, and no store is created, until
a good article has been read.

--reextract rebuilds the store from its own documents when an older
version of the extractor read some of them (or an older Chronicle laid
the store out): each is extracted afresh into a new store beside it,
which then takes its place. The old store is untouched until then.

While ingest runs it holds the store: queries wait for it to finish
("in use by another process").

Flags:
  --db DIR            the store (default $CHRONICLE_DB, else ./chronicle.db)
  --date YYYY-MM-DD   the publication date of every article, overriding theirs
  --format F          read every input as F: text, jsonl, json, timeml (default: by name)
  --jsonl             read standard input as JSON Lines (as --format jsonl)
  --id-field NAME     the JSON field of the article's ID (default id)
  --date-field NAME   the JSON field of its date (default date)
  --title-field NAME  the JSON field of its title (default title)
  --text-field NAME   the JSON field of its text (default text)
  --max-size MB       the largest article read, in MB (default 16)
  --workers N         articles extracted at once (default: one for each core)
  --memory MB         keep the heap under MB (default 300; 0: no limit, which
                      is a little faster); GOMEMLIMIT overrides it
  --dry-run           read and extract, but store nothing and open no store
  --quiet             no progress bar
  --reextract         rebuild the store with this extractor (no PATH)
`

type ingestCmd struct {
	db       string
	date     dayFlag
	format   extract.Format
	fields   extract.Fields
	maxMB    float64
	jsonl    bool
	workers  int
	dryRun   bool
	quiet    bool
	reext    bool
	memoryMB int
}

func (c *ingestCmd) flags(fs *flag.FlagSet) {
	dbFlag(fs, &c.db)
	fs.Var(&c.date, "date", "publication date")
	fs.BoolVar(&c.jsonl, "jsonl", false, "standard input is JSON Lines")
	fs.TextVar(&c.format, "format", extract.FormatAuto, "input format")
	fs.StringVar(&c.fields.ID, "id-field", "", "JSON field of the ID")
	fs.StringVar(&c.fields.Date, "date-field", "", "JSON field of the date")
	fs.StringVar(&c.fields.Title, "title-field", "", "JSON field of the title")
	fs.StringVar(&c.fields.Text, "text-field", "", "JSON field of the text")
	fs.Float64Var(&c.maxMB, "max-size", float64(extract.DefaultMaxSize)/(1<<20), "largest article, MB")
	fs.IntVar(&c.workers, "workers", 0, "articles extracted at once")
	fs.BoolVar(&c.dryRun, "dry-run", false, "read and extract, store nothing")
	fs.BoolVar(&c.quiet, "quiet", false, "no progress bar")
	fs.BoolVar(&c.reext, "reextract", false, "rebuild the store from its documents")
	fs.IntVar(&c.memoryMB, "memory", defaultMemoryMB, "heap limit in MB, 0 for none")
}

// defaultMemoryMB is the Go heap ingest keeps under by default, in MB
// (--memory), 0 for none. What the store and the articles in flight keep
// is bounded (see store.Open and ingest.Options.Workers), about 200 MB at
// the peak of an ingest of Timeline17, and the memory Badger maps of
// the store's files is kept near 100 MB; without a limit, the garbage
// collector lets the heap double between collections, and an ingest
// peaks at 600-700 MB. With this one it stays under 500 MB, for a few
// percent more time (see the README's benchmarks).
const defaultMemoryMB = 300

func (c *ingestCmd) run(ctx context.Context, e *env, paths []string) error {
	switch {
	case c.reext && len(paths) > 0:
		return usagef("--reextract rebuilds the store from its own documents; ingest PATHs after it")
	case !c.reext && len(paths) == 0:
		return usagef("no PATH to read")
	case c.db == "":
		return usagef("--db is empty")
	}
	if c.workers < 0 {
		return usagef("--workers %d: want 0 (one for each core) or more", c.workers)
	}
	for _, p := range paths {
		if within(p, c.db) {
			return usagef("PATH %s is in the store --db %s: keep the store apart from the articles, say --db %s", p, c.db, filepath.Join(filepath.Dir(filepath.Clean(c.db)), "chronicle.db"))
		}
	}
	if c.maxMB <= 0 || c.maxMB > 1<<10 {
		return usagef("--max-size %g: want more than 0 and at most 1024 MB", c.maxMB)
	}
	if c.memoryMB < 0 {
		return usagef("--memory %d: want 0 (no limit) or more MB", c.memoryMB)
	}
	if c.memoryMB > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(c.memoryMB) << 20)
	}
	prefetchModels()
	var bar *progressBar
	if !c.quiet {
		bar = newProgressBar(e.stderr)
	}
	var failures extract.ErrorList
	opts := &ingest.Options{
		Date:     c.date.t,
		Format:   c.format,
		Fields:   c.fields,
		MaxSize:  int(c.maxMB * (1 << 20)),
		JSONL:    c.jsonl,
		Stdin:    e.stdin,
		StoreDir: c.db,
		Workers:  c.workers,
		DryRun:   c.dryRun,
		Report: func(ie *extract.InputError) {
			switch {
			case errors.Is(ie, extract.ErrEmptyArticle):
				// skipped, and counted in the summary
			case bar == nil:
				fmt.Fprintln(e.stderr, ie) // no bar to spoil: say it at once
			default:
				failures = append(failures, ie)
			}
		},
	}
	if bar != nil {
		opts.Progress = bar.update
	}
	start := time.Now()
	var sum ingest.Summary
	var err error
	if c.reext {
		sum, err = c.reextract(ctx, e, opts)
	} else {
		sum, err = ingest.Paths(ctx, func() (*store.DB, error) { return openStore(c.db) }, paths, opts)
	}
	if bar != nil {
		bar.clear()
		for _, ie := range failures {
			fmt.Fprintln(e.stderr, ie)
		}
	}
	// What was added stays added, even if ingest then fails. A
	// --reextract that found nothing to do has said so.
	nothing := c.reext && sum.Stored == 0 && len(sum.Errors) == 0
	if (err == nil || sum.Added.Documents > 0) && !nothing {
		printSummary(e.stdout, sum, time.Since(start), c.dryRun)
	}
	if sum.NoDate() {
		fmt.Fprintln(e.stderr, "chronicle ingest: date articles with a first line \"date YYYY-MM-DD\", a JSON \"date\" or --date")
	}
	if err == nil && failed(sum) > 0 {
		err = errReported
	}
	return err
}

// failed counts the articles of sum that failed: every bad input but an
// empty article, which is skipped.
func failed(sum ingest.Summary) int {
	n := 0
	for _, ie := range sum.Errors {
		if !errors.Is(ie, extract.ErrEmptyArticle) {
			n++
		}
	}
	return n
}

// printSummary prints what an ingest added and what it read, in two
// lines.
func printSummary(w io.Writer, sum ingest.Summary, elapsed time.Duration, dryRun bool) {
	merged := ""
	if sum.Added.Merged > 0 {
		merged = fmt.Sprintf(" (%d more reports of stored events)", sum.Added.Merged)
	}
	if dryRun {
		fmt.Fprintf(w, "dry run: extracted %d articles, stored nothing\n", sum.Stored)
	} else {
		fmt.Fprintf(w, "added %d documents, %d events%s, %d actors\n",
			sum.Added.Documents, sum.Added.Events, merged, sum.Added.Actors)
	}
	empty := len(sum.Errors) - failed(sum)
	mb := float64(sum.Bytes) / 1e6
	fmt.Fprintf(w, "read %d articles: %d new, %d duplicates, %d empty, %d failed; %.1f MB of text in %.1f s, %.2f MB/s\n",
		sum.Stored+sum.Duplicates+len(sum.Errors), sum.Stored, sum.Duplicates, empty, failed(sum),
		mb, elapsed.Seconds(), mb/max(elapsed.Seconds(), 1e-3))
}

// reextract rebuilds the store from its documents if an older extractor
// read some of them, or an older Chronicle laid it out.
func (c *ingestCmd) reextract(ctx context.Context, e *env, opts *ingest.Options) (ingest.Summary, error) {
	if _, err := os.Stat(c.db); err != nil {
		return ingest.Summary{}, fmt.Errorf("no store at %s to rebuild", c.db)
	}
	stale, versions, err := ingest.Stale(ctx, c.db)
	if err != nil {
		return ingest.Summary{}, storeError(c.db, err)
	}
	if !stale {
		fmt.Fprintf(e.stderr, "chronicle ingest: every document in %s was read by this extractor (%s); nothing to re-extract\n", c.db, extract.Version)
		return ingest.Summary{}, nil
	}
	if versions != nil {
		fmt.Fprintf(e.stderr, "chronicle ingest: rebuilding %s with extractor %s (documents by version: %v)\n", c.db, extract.Version, versions)
	}
	sum, err := ingest.Reextract(ctx, c.db, opts)
	return sum, storeError(c.db, err)
}

// within reports whether path is dir or lies inside it.
func within(path, dir string) bool {
	p, err1 := filepath.Abs(path)
	d, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil || path == "-" {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
