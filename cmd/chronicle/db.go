package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"

	"github.com/chronicle-kg/chronicle/store"
	"github.com/chronicle-kg/chronicle/store/ingest"
)

// openStore opens the store at path for writing, creating it if need be.
func openStore(path string) (*store.DB, error) {
	if path == "" {
		return nil, usagef("--db is empty")
	}
	if err := ingest.FinishRebuild(path); err != nil {
		return nil, err
	}
	db, err := store.Open(path, nil)
	return db, storeError(path, err)
}

// openQuery opens the existing store at path for reading. It does not
// create a store that is not there.
func openQuery(path string) (*store.DB, error) {
	if path == "" {
		return nil, usagef("--db is empty")
	}
	if err := ingest.FinishRebuild(path); err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no store at %s; run chronicle ingest first", path)
	}
	if exiting && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(queryGCPercent)
	}
	db, err := store.Open(path, &store.Options{ReadOnly: true})
	if errors.Is(err, store.ErrUnclean) {
		// a killed ingest left a log to replay: only a writer can, and
		// replaying keeps every document that was committed
		db, err = store.Open(path, nil)
	}
	return db, storeError(path, err)
}

// storeError words an error opening the store at path for the command
// line.
func storeError(path string, err error) error {
	if errors.Is(err, store.ErrLocked) {
		return fmt.Errorf("store %s is in use by another process; try again when it is done", path)
	}
	if errors.Is(err, store.ErrDamaged) {
		return fmt.Errorf("%w; run chronicle check --db %s for what is damaged", err, path)
	}
	return err
}

// exiting is set by main, whose process ends as soon as its command
// returns. A read-only store is then left to the kernel to close: it has
// nothing to write, and the process's exit unmaps its files, and
// releases its lock, at once, where Close unmaps them one at a time (on
// the store of four copies of Timeline17, its 167 tables took 2.6 ms of
// a query's 17 ms in process). Commands run in a process that goes on,
// as in tests, close their stores.
var exiting bool

// queryGCPercent is the garbage collector's GOGC in a query process:
// it ends soon, and collecting early costs more than the memory. With
// Go's default of 100 the collector starts once the heap holds 4 MB,
// which the week of Libya on four copies of Timeline17 allocates; at
// 400 it waits for 16 MB, or five times what is live, and that query
// took 23.4 ms against 24.4 ms (p50 of 40, wall).
const queryGCPercent = 400

// closeStore closes db, returning err or else the error from Close;
// unless the process is exiting and db is read-only (see exiting).
func closeStore(db *store.DB, err error) error {
	if exiting && db.ReadOnly() {
		return err
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// resolveActors returns the canonical names of the actors names, or an
// error naming the first that is unknown.
func resolveActors(ctx context.Context, db *store.DB, names []string) ([]string, error) {
	canon := make([]string, 0, len(names))
	for _, name := range names {
		a, err := db.Resolve(ctx, name)
		if errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("unknown actor %q; run chronicle actors for the names", name)
		}
		if errors.Is(err, store.ErrAmbiguous) {
			return nil, fmt.Errorf("%s; give the full name", strings.TrimPrefix(err.Error(), store.ErrAmbiguous.Error()+": "))
		}
		if err != nil {
			return nil, err
		}
		canon = append(canon, a.Name)
	}
	return canon, nil
}
