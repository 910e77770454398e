package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
)

// Suffixes of the directories a rebuild of the store DIR makes beside
// it: DIR.rebuild, the new store, with the file rebuiltMark once it is
// complete; and DIR.old, the old store, while the new one takes its
// place.
const (
	rebuildSuffix = ".rebuild"
	oldSuffix     = ".old"
	rebuiltMark   = "REBUILT"
)

// Stale reports whether the store at dir must be rebuilt for this
// extractor: whether some of its documents were read by another version
// of it, or its layout is older than this store reads. It says what it
// found: the documents read by each version.
func Stale(ctx context.Context, dir string) (bool, map[string]int, error) {
	if err := FinishRebuild(dir); err != nil {
		return false, nil, err
	}
	db, err := store.Open(dir, &store.Options{ReadOnly: true})
	if errors.Is(err, store.ErrIncompatible) {
		return true, nil, nil
	}
	if errors.Is(err, store.ErrUnclean) {
		db, err = store.Open(dir, nil)
	}
	if err != nil {
		return false, nil, err
	}
	defer db.Close()
	versions, err := db.Extractors(ctx)
	if err != nil {
		return false, nil, err
	}
	stale := slices.ContainsFunc(slices.Collect(maps.Keys(versions)), func(v string) bool { return v != extract.Version })
	return stale, versions, nil
}

// Reextract rebuilds the store at dir from the documents it holds: each
// is extracted afresh, by this version of the extractor, into a new
// store beside it, which then takes its place. The old store is read,
// never written, so a rebuild cut short leaves it as it was; the next
// Reextract starts again, and FinishRebuild, which every opening of the
// store by the command line calls, completes a swap cut short.
//
// Options apply as to Paths, but for Date, JSONL, Stdin and StoreDir,
// which do not. The Summary counts the documents rebuilt as stored.
func Reextract(ctx context.Context, dir string, opts *Options) (Summary, error) {
	if err := FinishRebuild(dir); err != nil {
		return Summary{}, err
	}
	old, err := store.Open(dir, &store.Options{ReadOnly: true, AnyLayout: true})
	if errors.Is(err, store.ErrUnclean) {
		// A killed ingest left a log to replay; only a writer can.
		if old, err = store.Open(dir, nil); err == nil {
			old.Close()
			old, err = store.Open(dir, &store.Options{ReadOnly: true, AnyLayout: true})
		}
	}
	if err != nil {
		return Summary{}, err
	}
	defer old.Close()
	next := dir + rebuildSuffix
	if err := os.RemoveAll(next); err != nil {
		return Summary{}, err
	}
	in := newIngester(ctx, opener(func() (*store.DB, error) { return store.Open(next, nil) }), opts)
	err = old.EachDocument(ctx, func(d store.Doc) error {
		day, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			in.bad(d.ID, fmt.Errorf("stored document %s: date %q: %w", d.Hash, d.Date, err))
			return nil
		}
		return in.article(extract.Article{ID: d.ID, Date: day, Title: d.Title, Text: d.Text})
	})
	sum, err := in.finish(err)
	if err != nil {
		return sum, err
	}
	if in.db == nil {
		// Nothing to rebuild from: an empty store is made anew.
		db, err := store.Open(next, nil)
		if err != nil {
			return sum, err
		}
		if err := db.Close(); err != nil {
			return sum, err
		}
	}
	if err := os.WriteFile(filepath.Join(next, rebuiltMark), nil, 0o644); err != nil {
		return sum, err
	}
	old.Close()
	if err := os.Rename(dir, dir+oldSuffix); err != nil {
		return sum, err
	}
	return sum, FinishRebuild(dir)
}

// FinishRebuild completes or undoes a swap of the store at dir with its
// rebuild that was cut short, and removes what a rebuild left: if dir is
// missing beside its old store, the complete rebuild takes its place, or
// else the old store goes back.
func FinishRebuild(dir string) error {
	next, old := dir+rebuildSuffix, dir+oldSuffix
	if !exists(old) {
		return nil
	}
	if !exists(dir) {
		src := old
		if exists(filepath.Join(next, rebuiltMark)) {
			src = next
		}
		if err := os.Rename(src, dir); err != nil {
			return fmt.Errorf("finish the rebuild of %s: %w", dir, err)
		}
	}
	if err := os.Remove(filepath.Join(dir, rebuiltMark)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return os.RemoveAll(old)
}

// exists reports whether path exists.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
