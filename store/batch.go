package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract"
)

// A Batch stores many documents, several to a transaction, for an
// ingest of many articles: it makes each document's writes as Put does,
// but commits them together, which costs Badger far less than a
// transaction each. Each document is still stored whole or not at all:
// a transaction holds whole documents, and a document too large to
// share one is stored alone, in stages if need be.
//
// A Batch holds the store's writes from NewBatch to Close: other Puts and
// Batches wait. What a Batch has put is visible to queries, and safe
// from a crash, once it is committed: by Commit, by Close, or when the
// transaction is full. Use a Batch from one goroutine.
type Batch struct {
	db    *DB
	txn   *badger.Txn
	buf   *bufferKV
	sk    *sketches
	docs  []batched // the documents in txn, to store one by one if it fails
	added Added     // what the documents in txn add
	done  Added     // what committed documents added since the last Commit

	entries, size int64 // estimate of what txn holds
	closed        bool
}

// A batched document is one a Batch has put but not yet committed.
type batched struct {
	a extract.Article
	r *extract.Result
}

// maxBatchDocs bounds how many documents one transaction of a Batch
// holds, and so what it keeps to redo.
const maxBatchDocs = 64

// NewBatch returns a Batch on db, which holds db's writes until it is
// closed.
func (db *DB) NewBatch() (*Batch, error) {
	if db.readOnly {
		return nil, fmt.Errorf("%w: cannot write to %s", ErrReadOnly, db.path)
	}
	db.mu.Lock()
	return &Batch{db: db}, nil
}

// Put adds article a, read as r, to the batch, as DB.Put stores it, and
// says what it adds. It is committed with the transaction; until then a
// crash loses it, and a failed commit puts it again on its own.
func (b *Batch) Put(ctx context.Context, a extract.Article, r *extract.Result) (Added, error) {
	if b.closed {
		return Added{}, errors.New("store: put on a closed batch")
	}
	if err := b.db.writable(a, r); err != nil {
		return Added{}, err
	}
	entries, size := estimate(a, r)
	db := b.db
	if db.unrecovered.Load() || db.large(a, r) {
		if err := b.commit(ctx); err != nil {
			return Added{}, err
		}
		added, err := db.putLocked(ctx, a, r)
		b.done = b.done.Plus(added)
		return added, err
	}
	if len(b.docs) >= maxBatchDocs || b.entries+entries > db.bdb.MaxBatchCount()/2 || b.size+size > db.bdb.MaxBatchSize()/2 {
		if err := b.commit(ctx); err != nil {
			return Added{}, err
		}
	}
	if b.txn == nil {
		b.txn = db.bdb.NewTransaction(true)
		b.buf = &bufferKV{txn: b.txn}
		b.sk = newSketches(db.sketches)
	}
	w := newWriter(ctx, b.buf, r.Hash, b.sk, db.extractor)
	if err := w.write(a, r); err != nil {
		// The transaction holds part of the document: drop it, and store
		// the documents before this one again.
		if rerr := b.redo(ctx); rerr != nil {
			return Added{}, errors.Join(err, rerr)
		}
		return Added{}, fmt.Errorf("store: put %s: %w", docName(a, r), db.damage(err))
	}
	b.docs = append(b.docs, batched{a, r})
	b.added = b.added.Plus(w.added)
	b.entries += entries
	b.size += size
	return w.added, nil
}

// Commit commits the documents put since the last commit and says what
// the documents committed since the last call of Commit added.
func (b *Batch) Commit(ctx context.Context) (Added, error) {
	err := b.commit(ctx)
	done := b.done
	b.done = Added{}
	return done, err
}

// Close commits what the batch holds and releases the store's writes.
// Calling it again does nothing.
func (b *Batch) Close(ctx context.Context) (Added, error) {
	if b.closed {
		return Added{}, nil
	}
	added, err := b.Commit(ctx)
	b.closed = true
	b.db.mu.Unlock()
	return added, err
}

// commit commits the open transaction, if there is one. A transaction
// Badger refuses as too large is dropped and its documents stored one
// by one.
func (b *Batch) commit(ctx context.Context) error {
	if b.txn == nil {
		return nil
	}
	err := b.buf.flush()
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = b.txn.Commit()
	}
	if err != nil {
		if errors.Is(err, badger.ErrTxnTooBig) {
			return b.redo(ctx)
		}
		b.drop()
		return fmt.Errorf("store: commit: %w", err)
	}
	b.sk.commit()
	b.done = b.done.Plus(b.added)
	b.reset()
	return nil
}

// redo drops the open transaction and stores its documents one by one.
func (b *Batch) redo(ctx context.Context) error {
	docs := b.docs
	b.drop()
	for _, d := range docs {
		added, err := b.db.putLocked(ctx, d.a, d.r)
		if err != nil {
			return err
		}
		b.done = b.done.Plus(added)
	}
	return nil
}

// drop discards the open transaction and what it holds.
func (b *Batch) drop() {
	if b.txn != nil {
		b.txn.Discard()
		b.sk.discard()
	}
	b.reset()
}

// reset forgets the open transaction.
func (b *Batch) reset() {
	b.txn, b.buf, b.sk, b.docs = nil, nil, nil, nil
	b.added, b.entries, b.size = Added{}, 0, 0
}
