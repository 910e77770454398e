package store

import (
	"context"
	"errors"

	"github.com/dgraph-io/badger/v4"
)

// errSharedTooBig reports that a document's shared writes outgrow one
// transaction; Put words it as ErrTooLarge.
var errSharedTooBig = errors.New("shared writes outgrow one transaction")

// A stagedKV is what a document too large for one transaction is written
// to. Its own writes are committed in batches as it goes, each batch
// ending at a checkpoint so that it holds whole writes; its shared
// writes are held back for commit to make in one transaction, with the
// document record. Reads see both on top of the store.
type stagedKV struct {
	ctx    context.Context
	db     *badger.DB
	read   *badger.Txn // the store as of the last batch
	staged overlay     // own writes since the last batch
	final  overlay     // shared writes

	threshold             int64 // Badger's value threshold
	maxSize, maxCount     int64 // Badger's limits on one transaction
	flushSize, flushCount int64 // when checkpoint commits the own writes
}

// testFlushCount, if positive, is how many own writes a stagedKV holds
// before it commits them, so that tests make many batches of small
// documents.
var testFlushCount int64

// newStagedKV returns a stagedKV on db. Close it when done.
func newStagedKV(ctx context.Context, db *badger.DB) *stagedKV {
	s := &stagedKV{
		ctx: ctx, db: db, read: db.NewTransaction(false),
		threshold: db.Opts().ValueThreshold, maxSize: db.MaxBatchSize(), maxCount: db.MaxBatchCount(),
	}
	// A quarter of a transaction, leaving room for the writes between
	// two checkpoints.
	s.flushSize, s.flushCount = s.maxSize/4, s.maxCount/4
	if testFlushCount > 0 {
		s.flushCount = testFlushCount
	}
	return s
}

// close discards the read transaction.
func (s *stagedKV) close() { s.read.Discard() }

func (s *stagedKV) get(key []byte, fn func(val []byte) error) (bool, error) {
	return getOver(s.read, key, fn, &s.staged, &s.final)
}

func (s *stagedKV) set(key, val []byte, sc scope) error { return s.write(key, val, false, sc) }

func (s *stagedKV) delete(key []byte, sc scope) error { return s.write(key, nil, true, sc) }

// write records a write in the overlay of its scope, failing once the
// shared writes no longer fit in one transaction.
func (s *stagedKV) write(key, val []byte, del bool, sc scope) error {
	o := &s.final
	if sc == own {
		o = &s.staged
	}
	o.put(string(key), pendingWrite{val: val, del: del, cost: s.cost(key, val)})
	if s.final.size >= s.maxSize || s.final.count >= s.maxCount {
		return errSharedTooBig
	}
	return nil
}

// cost is what Badger counts against a transaction's size for writing
// val at key: a value at or above the threshold goes to the value log,
// and only a pointer to it is counted.
func (s *stagedKV) cost(key, val []byte) int64 {
	const meta, version, pointer = 2, 10, 12
	n := int64(len(key)) + meta + version
	if int64(len(val)) < s.threshold {
		return n + int64(len(val))
	}
	return n + pointer
}

// checkpoint commits the own writes so far once they are many enough.
func (s *stagedKV) checkpoint() error {
	if err := s.ctx.Err(); err != nil {
		return err
	}
	if s.staged.size < s.flushSize && s.staged.count < s.flushCount {
		return nil
	}
	return s.flush()
}

// flush commits the own writes so far in one transaction.
func (s *stagedKV) flush() error {
	if len(s.staged.m) == 0 {
		return nil
	}
	if err := s.db.Update(s.staged.writeTo); err != nil {
		return err
	}
	s.staged = overlay{}
	s.read.Discard()
	s.read = s.db.NewTransaction(false)
	return nil
}

// commit makes the shared writes, and deletes the key done, in one
// transaction.
func (s *stagedKV) commit(done []byte) error {
	err := s.db.Update(func(txn *badger.Txn) error {
		if err := s.final.writeTo(txn); err != nil {
			return err
		}
		return txn.Delete(done)
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		return errSharedTooBig
	}
	return err
}

func (s *stagedKV) scan(ctx context.Context, prefix, from, to string, keep func(day string, val []byte) bool) ([]indexHit, error) {
	return scanOver(ctx, s.read, prefix, from, to, keep, &s.staged, &s.final)
}
