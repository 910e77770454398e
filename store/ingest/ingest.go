package ingest

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
)

// Options configures Paths and Reader. A nil *Options means the zero
// value: dates from the articles, each input read in the format its
// name or content says, "-" read from os.Stdin, bad input only kept in
// the Summary.
type Options struct {
	// Date, if not zero, is the publication date of every article,
	// overriding theirs and supplying it where they give none.
	Date time.Time

	// Format is the format of every input. FormatAuto, the zero value,
	// reads each as its name says, or else its content (see
	// extract.ReadArticles); gzip is read through whatever the format.
	Format extract.Format

	// JSONL reads a reader, Reader's or Stdin for the path "-", as JSON
	// Lines, if Format is FormatAuto. (It was the only other format
	// before Format.)
	JSONL bool

	// Fields names the fields of JSON articles; blank names are the
	// defaults: id, date, title, text.
	Fields extract.Fields

	// MaxSize is the most bytes an article may take; a larger one is
	// bad input, skipped without being held in memory. Zero means
	// extract.DefaultMaxSize.
	MaxSize int

	// Stdin is what the path "-" reads. Nil means os.Stdin.
	Stdin io.Reader

	// StoreDir, if not empty, is the store's directory, which a walk of
	// a directory holding it skips rather than reading the store's own
	// files as articles.
	StoreDir string

	// Workers is how many articles are extracted at once; 0 means one
	// for each core (GOMAXPROCS).
	Workers int

	// DryRun reads and extracts the articles but stores nothing and
	// opens no store: a check of the input, and a measure of
	// extraction alone.
	DryRun bool

	// Progress, if not nil, is called after each article is stored,
	// skipped or found bad, from one goroutine at a time.
	Progress func(Progress)

	// Report, if not nil, is called with each bad input as ingest
	// finds it, from one goroutine at a time, so that a command can
	// print it at once.
	Report func(*extract.InputError)
}

// stdinFormat is the format a reader is read in: Options.Format, else
// JSON Lines if Options.JSONL says so, else what its content says.
func (in *ingester) stdinFormat() extract.Format {
	if in.opts.Format == extract.FormatAuto && in.opts.JSONL {
		return extract.FormatJSONL
	}
	return in.opts.Format
}

// A Summary says what an ingest did.
type Summary struct {
	// Added is the sum of what each Put added: its Documents, Events,
	// Merged and Actors. Its Duplicate is always false; see Duplicates.
	Added store.Added

	// Duplicates counts the articles skipped because they were already
	// stored, or read before in the same ingest.
	Duplicates int

	// Stored counts the articles extracted and stored. It is
	// Added.Documents, unless ingest stopped before committing them.
	Stored int

	// Bytes counts the bytes of text of the articles stored or skipped
	// as duplicates.
	Bytes int64

	// Errors lists the bad inputs, in input order, each skipped.
	Errors extract.ErrorList
}

// A Progress says how far an ingest has got.
type Progress struct {
	Articles int   // articles stored, skipped or found bad
	Read     int64 // bytes of input read
	Total    int64 // bytes of input in all; 0 when unknown (standard input)
}

// NoDate reports whether some article was bad for want of a publication
// date (extract.ErrNoDate), which Options.Date would have supplied.
func (s Summary) NoDate() bool {
	for _, e := range s.Errors {
		if errors.Is(e, extract.ErrNoDate) {
			return true
		}
	}
	return false
}

// Paths ingests the files, directories and standard input ("-") of paths
// in order, as the package documentation describes, and says what it did.
// It calls open when it first has an article to store, and closes the
// store open returned before it returns.
//
// The error is what stopped ingest: the context being done or the store
// failing. Bad input does not stop it and is not the error; it is in the
// Summary, which counts what was stored even when the error is not nil.
func Paths(ctx context.Context, open func() (*store.DB, error), paths []string, opts *Options) (Summary, error) {
	return ingestPaths(ctx, opener(open), paths, opts)
}

// Reader ingests the input r called name, one plain-text article or, with
// opts.JSONL, JSON Lines, as Paths does a file, and says what it did. Name
// begins each error about r; it is the ID of a plain-text article, and
// "name:LINE" that of a JSON line without an "id".
func Reader(ctx context.Context, open func() (*store.DB, error), name string, r io.Reader, opts *Options) (Summary, error) {
	in := newIngester(ctx, opener(open), opts)
	return in.finish(in.reader(name, r, in.stdinFormat()))
}

// ingestPaths is Paths with any store.
func ingestPaths(ctx context.Context, open func() (sink, error), paths []string, opts *Options) (Summary, error) {
	in := newIngester(ctx, open, opts)
	if in.opts.Progress != nil {
		in.progress.Total = in.measure(paths)
	}
	var err error
	for _, p := range paths {
		if err = in.path(p); err != nil {
			break
		}
	}
	return in.finish(err)
}

// An ingester is the state of one call of Paths or Reader.
type ingester struct {
	ctx      context.Context
	open     func() (sink, error)
	opts     Options
	storeAbs string // opts.StoreDir made absolute, to skip in walks

	db     sink      // nil until the first article to store
	pipe   *pipeline // started with db
	queued map[string]bool
	fatal  error // the error that stopped ingest

	mu       sync.Mutex // guards sum and progress: the reader and the pipeline's writer both count
	sum      Summary
	progress Progress
}

// opener makes open a function returning a sink, nil when open fails.
func opener(open func() (*store.DB, error)) func() (sink, error) {
	return func() (sink, error) {
		db, err := open()
		if err != nil {
			return nil, err
		}
		return newDBSink(db)
	}
}

// newIngester returns the state of one call, which opens its store with
// open; nil opts means the defaults.
func newIngester(ctx context.Context, open func() (sink, error), opts *Options) *ingester {
	in := &ingester{ctx: ctx, open: open, queued: map[string]bool{}}
	if opts != nil {
		in.opts = *opts
	}
	if in.opts.Stdin == nil {
		in.opts.Stdin = os.Stdin
	}
	if in.opts.StoreDir != "" {
		in.storeAbs, _ = filepath.Abs(in.opts.StoreDir)
	}
	return in
}

// finish waits for the articles read to be stored, closes the store, if
// it was opened, and returns the summary with err, else the error from
// storing or closing.
func (in *ingester) finish(err error) (Summary, error) {
	if in.pipe != nil {
		added, perr := in.pipe.close()
		in.mu.Lock()
		in.sum.Added = in.sum.Added.Plus(added)
		in.mu.Unlock()
		if err == nil || errors.Is(err, perr) {
			err = perr
		}
	}
	return in.sum, err
}

// article passes a to the pipeline, to be extracted and stored, unless it
// is stored already, or read already in this ingest. An error from it
// stops ingest.
func (in *ingester) article(a extract.Article) error {
	if err := in.ctx.Err(); err != nil {
		in.fatal = err
		return err
	}
	if in.db == nil {
		open := in.open
		if in.opts.DryRun {
			open = func() (sink, error) { return &dryRun{}, nil }
		}
		db, err := open()
		if err != nil {
			in.fatal = err
			return err
		}
		in.db = db
		in.pipe = newPipeline(in.ctx, in, db)
	}
	hash := extract.Hash(a)
	stored, err := in.db.Has(hash)
	if err != nil {
		in.fatal = err
		return err
	}
	if stored || in.queued[hash] {
		in.stored(true, int64(len(a.Text)))
		return nil
	}
	in.queued[hash] = true
	if err := in.pipe.send(a); err != nil {
		in.fatal = err
		return err
	}
	return nil
}

// stored counts an article stored, or skipped as a duplicate, of size
// bytes of text.
func (in *ingester) stored(duplicate bool, size int64) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if duplicate {
		in.sum.Duplicates++
	} else {
		in.sum.Stored++
	}
	in.sum.Bytes += size
	in.advance()
}

// advance counts one more article done and reports the progress. The
// caller holds in.mu.
func (in *ingester) advance() {
	in.progress.Articles++
	if in.opts.Progress != nil {
		in.opts.Progress(in.progress)
	}
}

// readBytes counts n more bytes of input read.
func (in *ingester) readBytes(n int64) {
	in.mu.Lock()
	in.progress.Read += n
	in.mu.Unlock()
}

// bad records and reports err, a bad input called name: an
// extract.ErrorList, an *extract.InputError, or another error, which
// becomes an InputError for name.
func (in *ingester) bad(name string, err error) {
	if err == nil {
		return
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	for _, e := range inputErrors(name, err) {
		in.sum.Errors = append(in.sum.Errors, e)
		if in.opts.Report != nil {
			in.opts.Report(e)
		}
		in.advance()
	}
}

// inputErrors returns err as a list of input errors.
func inputErrors(name string, err error) extract.ErrorList {
	var list extract.ErrorList
	if errors.As(err, &list) {
		return list
	}
	var ie *extract.InputError
	if errors.As(err, &ie) {
		return extract.ErrorList{ie}
	}
	return extract.ErrorList{{Name: name, Err: err}}
}
