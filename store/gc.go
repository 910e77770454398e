package store

import (
	"context"
	"errors"

	"github.com/dgraph-io/badger/v4"
)

// gcDiscardRatio is the share of a value log's bytes that must be
// garbage for CollectGarbage to rewrite it.
const gcDiscardRatio = 0.5

// CollectGarbage rewrites the value logs of which at least half is
// garbage, values that events merging and documents stored in stages
// have overwritten or deleted, keeping the rest, until none is left or
// ctx is done; Badger then deletes the old logs. An ingest calls it when
// it is done. It is safe to call at any time, and what a kill
// interrupts is left as it was.
func (db *DB) CollectGarbage(ctx context.Context) error {
	if db.readOnly {
		return ErrReadOnly
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := db.bdb.RunValueLogGC(gcDiscardRatio)
		if errors.Is(err, badger.ErrNoRewrite) || errors.Is(err, badger.ErrRejected) {
			return nil
		}
		if err != nil {
			return valueDamage(err)
		}
	}
}
