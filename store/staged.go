package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract"
)

// testHookBeforeFinal, if set, is called by a Put storing a document in
// stages once its own writes are committed, before its last
// transaction. An error from it stops the Put there.
var testHookBeforeFinal func() error

// large reports whether storing r is sure to take more than one
// transaction, judged by its size (see estimate) against half of
// Badger's limits. A document that turns out not to fit anyway is
// stored in stages as well, after its one-transaction attempt fails.
func (db *DB) large(a extract.Article, r *extract.Result) bool {
	entries, size := estimate(a, r)
	return entries > db.bdb.MaxBatchCount()/2 || size > db.bdb.MaxBatchSize()/2
}

// estimate returns roughly how many keys, and how many bytes, storing a
// read as r writes.
func estimate(a extract.Article, r *extract.Result) (entries, size int64) {
	entries = 1 + int64(len(a.Text)/chunkSize)
	size = int64(len(a.Text))
	for _, act := range r.Actors {
		entries += 2 + int64(len(act.Aliases)+len(act.Mentions))
		size += 200
		for _, m := range act.Mentions {
			size += int64(len(act.Name)+len(r.Hash)+len(m.Text)) + 80
		}
	}
	for _, e := range r.Events {
		entries += 5 + int64(len(e.Actors))
		size += 2*int64(len(e.Evidence)+len(e.Trigger)) + 150*int64(len(e.Actors)) + 500
	}
	return entries, size
}

// putStaged stores a document in stages (see "Large documents" in the
// package documentation). The caller holds db.mu, so that no other write
// reads or changes the store meanwhile. If it fails, it rolls back what
// it wrote.
func (db *DB) putStaged(ctx context.Context, a extract.Article, r *extract.Result) (Added, error) {
	name := docName(a, r)
	if err := db.recover(); err != nil {
		return Added{}, fmt.Errorf("store: put %s: %w", name, err)
	}
	sk := newSketches(db.sketches)
	added, err := db.stage(ctx, sk, a, r)
	if err == nil {
		sk.commit()
		return added, nil
	}
	sk.discard()
	if rerr := db.rollback(r.Hash); rerr != nil {
		db.unrecovered.Store(true) // the next Put tries again
		err = errors.Join(err, rerr)
	}
	if errors.Is(err, errSharedTooBig) {
		return Added{}, &tooLargeError{doc: name, hash: r.Hash}
	}
	return Added{}, fmt.Errorf("store: put %s: %w", name, err)
}

// stage makes one attempt at storing a document in stages: a pending
// key, then its own writes in batches, then its shared writes with the
// document record in one transaction that also deletes the pending key.
func (db *DB) stage(ctx context.Context, sk *sketches, a extract.Article, r *extract.Result) (Added, error) {
	if err := ctx.Err(); err != nil {
		return Added{}, err
	}
	var dup bool
	err := db.bdb.Update(func(txn *badger.Txn) error {
		var err error
		if dup, err = (txnKV{txn}).get(docKey(r.Hash), nil); dup || err != nil {
			return err
		}
		return putJSON(txnKV{txn}, pendingKey(r.Hash), journalOf(r), shared)
	})
	if err != nil || dup {
		return Added{Duplicate: dup}, err
	}
	s := newStagedKV(ctx, db.bdb)
	defer s.close()
	w := newWriter(ctx, s, r.Hash, sk, db.extractor)
	if err := w.write(a, r); err != nil {
		return Added{}, err
	}
	if err := s.flush(); err != nil {
		return Added{}, err
	}
	if hook := testHookBeforeFinal; hook != nil {
		if err := hook(); err != nil {
			return Added{}, err
		}
	}
	if err := ctx.Err(); err != nil {
		return Added{}, err
	}
	if err := s.commit(pendingKey(r.Hash)); err != nil {
		return Added{}, err
	}
	return w.added, nil
}
