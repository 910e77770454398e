package store

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"

	"github.com/chronicle-kg/chronicle/extract"
)

// Options configures Open. A nil *Options means the zero value: a
// read-write store on disk.
type Options struct {
	// ReadOnly opens the store without writing. Open still fails with
	// ErrLocked while another process holds the store for writing.
	ReadOnly bool

	// InMemory keeps the whole store in memory and ignores the path.
	// Nothing survives Close; it is meant for tests.
	InMemory bool

	// Extractor names the extractor that read the results given to Put,
	// as DB.Extractors counts them; empty means extract.Version.
	Extractor string

	// AnyLayout opens a store of any layout (see Layout), for reading
	// its documents with DB.EachDocument alone: what a rebuild from
	// the documents of an older store needs. Nothing else may be asked
	// of a store so opened, and it must be read-only.
	AnyLayout bool
}

// testMemTableSize, if positive, is the size of Badger's memtables, so
// that tests meet its limits on a transaction, 15% of it, with small
// documents.
var testMemTableSize int64

// A DB is a store of documents, actors and events. It is safe for
// concurrent use by multiple goroutines.
type DB struct {
	path     string
	readOnly bool
	bdb      *badger.DB

	// mu is held by every write, so that writes are made one at a time
	// and the sketch cache follows them: by Put, and by a Batch while it
	// is open.
	mu sync.Mutex

	// extractor is Options.Extractor, or extract.Version.
	extractor string

	// stopTrim, closed, stops the goroutine that hands back the pages of
	// the store's files (see trimMappings), which then closes trimmed.
	stopTrim, trimmed chan struct{}

	// sketches caches the sketches of stored events for the merge rule,
	// across documents (see mergeCache).
	sketches *mergeCache

	// log keeps what Badger says when it cannot read a value.
	log *readLog

	// unrecovered is set when a document stored in stages failed and
	// could not be rolled back; the next Put rolls it back first.
	unrecovered atomic.Bool
}

// Open opens the store in the directory path, creating it if need be
// (unless opts.ReadOnly is set). A nil opts means the defaults.
//
// Only one process may hold a store at a time; if another does, Open
// returns an error that matches ErrLocked and names the path. A store
// whose writer was killed opens read-write, recovering every document
// committed before the kill, but not read-only: that fails with
// ErrUnclean until it has been opened read-write once. Opening it
// read-write also rolls back a document that was being stored in stages
// (see "Large documents" in the package documentation).
//
// Open reads every table of the store before Badger does and verifies
// its checksums; a store with a damaged file fails with a *DamageError,
// which matches ErrDamaged and names the file (see "Integrity" in the
// package documentation).
func Open(path string, opts *Options) (*DB, error) {
	if opts == nil {
		opts = &Options{}
	}
	log := &readLog{}
	bopts := sized(badger.DefaultOptions(path)).WithLogger(log).WithReadOnly(opts.ReadOnly)
	bopts = bopts.WithChecksumVerificationMode(options.OnBlockRead) // see "Integrity" in the package documentation
	if testMemTableSize > 0 {
		bopts = bopts.WithMemTableSize(testMemTableSize)
	}
	switch {
	case opts.InMemory:
		// Without a value log, every value stays in the memtables.
		bopts = bopts.WithDir("").WithValueDir("").WithInMemory(true).WithValueThreshold(badger.DefaultOptions("").ValueThreshold)
	case path == "":
		return nil, fmt.Errorf("%w: open: empty path", ErrInvalid)
	case opts.ReadOnly:
		// Badger would create a missing directory even when read-only.
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
	}
	if !opts.InMemory {
		if err := checkStore(path, opts.ReadOnly); err != nil {
			return nil, err
		}
	}
	bdb, err := openBadger(path, bopts)
	if err != nil {
		if isLocked(err) {
			return nil, &lockedError{path: path, err: err}
		}
		if errors.Is(err, ErrDamaged) {
			return nil, err
		}
		if opts.ReadOnly && strings.Contains(err.Error(), badger.ErrTruncateNeeded.Error()) {
			return nil, fmt.Errorf("%w: %s; open it for writing once to recover", ErrUnclean, path)
		}
		if opts.ReadOnly && strings.Contains(err.Error(), "no manifest found") {
			// A writer killed as it made the store: opening it for
			// writing makes it.
			return nil, fmt.Errorf("%w: %s has no manifest; open it for writing once to make it", ErrUnclean, path)
		}
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db := &DB{path: path, readOnly: opts.ReadOnly, bdb: bdb, log: log, sketches: newMergeCache(), extractor: cmp.Or(opts.Extractor, extract.Version)}
	if opts.AnyLayout && !opts.ReadOnly {
		bdb.Close()
		return nil, fmt.Errorf("%w: open %s: AnyLayout is for reading", ErrInvalid, path)
	}
	if err := db.checkLayout(); err != nil && !opts.AnyLayout {
		bdb.Close()
		if errors.Is(err, ErrIncompatible) {
			return nil, err
		}
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if !opts.ReadOnly {
		if err := db.recover(); err != nil {
			bdb.Close()
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
	}
	if !opts.ReadOnly && !opts.InMemory {
		db.startTrim()
	}
	return db, nil
}

// sized returns Badger's options o with its memory bounded, as an
// ingest of any size needs: Badger's defaults let memtables (five of
// 64 MB, each with a write-ahead log of that size mapped into memory)
// and the block cache (256 MB) take 896 MB between them. With these the
// memtables take 64 MB and their logs as much. Tables are not
// compressed: reading a block takes no decompressing and no buffer, so
// there is no block cache. Only one process writes, and it writes one
// transaction at a time (see DB.Put), so Badger need not look for
// conflicts between transactions; and two compactors suit small
// machines. A transaction holds at most 15% of a memtable (4.8 MB,
// 52,000 keys): a larger document is stored in stages (see "Large
// documents").
//
// Values longer than valueThreshold (documents, events, reports) go to
// the value log, written once, and the tables hold a pointer to them:
// compactions, which rewrite the tables again and again as the store
// grows, then move keys and short values only. Measured on Timeline17
// (26.7 MB of text), the tables shrink from 300 MB to 128 MB, and the
// memory of Badger's table builders, which compactions run a dozen at a
// time, from 340 MB to 40 MB at the peak of an ingest. Every level's
// tables are of the base level's size, 2 MB: a builder holds twice its
// table, and Badger keeps eight builders' memory for the next, so
// tables growing level by level (Badger's default) held 112 MB of
// builders at the peak of Timeline17 four times over. More tables cost
// a query more to open: 6.5 ms against 3.1 ms for that store's 165
// tables against 62. A value read
// from the log has its checksum verified; the log's garbage, values
// overwritten as events merge, is collected by DB.CollectGarbage.
func sized(o badger.Options) badger.Options {
	o.TableSizeMultiplier = 1 // every table 2 MB (BaseTableSize); see above
	return o.WithMemTableSize(32 << 20).
		WithNumMemtables(2).
		WithCompression(options.None).
		WithBlockCacheSize(0).
		WithNumCompactors(2).
		WithDetectConflicts(false).
		WithMetricsEnabled(false).
		WithValueThreshold(valueThreshold).
		WithVerifyValueChecksum(true).
		WithValueLogFileSize(valueLogFileSize).
		WithBlockSize(blockSize)
}

// blockSize is the size of the blocks of a table, which its index lists
// by their first keys. Every Open reads and checksums every table's
// index, through pages mapped one fault at a time: with Badger's 4 KB
// blocks, the 167 tables of four copies of Timeline17 had 10.7 MB of
// index, and reading them took 2.6 ms of a 17 ms query. With 16 KB
// blocks the index is 45% smaller (3.75 MB against 2.05 MB on one copy:
// the rest is bloom filters), and an ingest no slower (33.9 s against
// 35.8 and 36.5 s on one copy, one run each).
const blockSize = 16 << 10

// valueThreshold is the length above which a value goes to the value
// log: an event's sketch (about 100 bytes), index entries and mentions
// stay in the tables, where the merge rule and the indexes read them.
const valueThreshold = 128

// valueLogFileSize is the size at which Badger starts a new value log.
// Open verifies a log once it is complete, and value log garbage
// collection rewrites one log at a time.
const valueLogFileSize = 256 << 20

// startTrim starts the goroutine of a writer that hands back, every
// trimEvery, the pages Badger maps of the store's files: an ingest's
// compactions read and write every table, and the process would
// otherwise hold as much memory as the store is large.
func (db *DB) startTrim() {
	db.stopTrim, db.trimmed = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(db.trimmed)
		t := time.NewTicker(trimEvery)
		defer t.Stop()
		for {
			select {
			case <-db.stopTrim:
				return
			case <-t.C:
				if !db.trimMappings(fileBudget) {
					return
				}
			}
		}
	}()
}

// isLocked reports whether err is Badger failing to take its directory
// lock. Badger formats that error without wrapping the cause, so the
// message is all there is to go on.
func isLocked(err error) bool {
	return errors.Is(err, syscall.EWOULDBLOCK) ||
		strings.Contains(err.Error(), "Another process is using this Badger database")
}

// ReadOnly reports whether the store was opened read-only: it has
// nothing to write when it is closed.
func (db *DB) ReadOnly() bool { return db.readOnly }

// Close closes the store, releasing its lock. Calling it again does
// nothing.
func (db *DB) Close() error {
	if db.stopTrim != nil {
		close(db.stopTrim)
		<-db.trimmed
		db.stopTrim = nil
	}
	if err := db.bdb.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", db.path, err)
	}
	return nil
}
