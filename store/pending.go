package store

import (
	"errors"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract"
)

// A journal is the value of a pending key: what rollback needs to find
// the own writes of a document stored in stages, beyond what it finds
// under the document's hash.
type journal struct {
	// Actors are the folded names under which the document's mentions
	// are kept.
	Actors []string `json:"actors"`
}

// journalOf returns the journal of r.
func journalOf(r *extract.Result) journal {
	var j journal
	for _, a := range r.Actors {
		if n := fold(a.Name); n != "" {
			j.Actors = append(j.Actors, n)
		}
	}
	slices.Sort(j.Actors)
	j.Actors = slices.Compact(j.Actors)
	return j
}

// pendingDocs returns the hashes of the documents being stored in
// stages, or left so by a killed ingest; nil if there are none, as there
// almost always are. Queries pass over what they have written.
func pendingDocs(txn *badger.Txn) map[string]bool {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixPending)})
	defer it.Close()
	var pending map[string]bool
	for it.Rewind(); it.Valid(); it.Next() {
		if pending == nil {
			pending = map[string]bool{}
		}
		pending[string(it.Item().Key()[len(prefixPending):])] = true
	}
	return pending
}

// recover rolls back every pending document. The caller holds db.mu for
// writing, or is Open.
func (db *DB) recover() error {
	var hashes []string
	err := db.view(func(txn *badger.Txn) error {
		for h := range pendingDocs(txn) {
			hashes = append(hashes, h)
		}
		return nil
	})
	for _, h := range hashes {
		if err == nil {
			err = db.rollback(h)
		}
	}
	db.unrecovered.Store(err != nil)
	return err
}

// rollback deletes the own writes of the pending document hash, then its
// pending key. It deletes an event's index entries before the event and
// the event before the edge that leads rollback to it, so a rollback cut
// short leaves a store that the next one finishes.
func (db *DB) rollback(hash string) error {
	b := &batch{db: db.bdb}
	defer b.discard()
	err := db.view(func(txn *badger.Txn) error {
		r := txnKV{txn}
		var j journal
		found, err := getJSON(r, pendingKey(hash), &j)
		if err != nil || !found {
			return err
		}
		if done, err := r.get(docKey(hash), nil); done || err != nil {
			if err != nil {
				return err
			}
			return b.delete(pendingKey(hash)) // stored in full: only this is left over
		}
		if err := db.rollbackEvents(txn, b, hash); err != nil {
			return err
		}
		for _, name := range j.Actors {
			if err := b.deletePrefix(txn, mentionPrefix(name)+hash+sep); err != nil {
				return err
			}
		}
		if err := b.deletePrefix(txn, prefixChunk+hash+sep); err != nil {
			return err
		}
		return b.delete(pendingKey(hash))
	})
	if err == nil {
		err = b.flush()
	}
	if err != nil {
		return fmt.Errorf("roll back document %s: %w", hash, err)
	}
	return nil
}

// rollbackEvents deletes the events that the pending document hash is
// the only one to report, with their reports, sketches and index
// entries, and its edges. Every event it reports has an edge: a stored
// event it merges into gets its edge in the last transaction, so it has
// none yet, and the edge of a new one is committed with the event.
func (db *DB) rollbackEvents(txn *badger.Txn, b *batch, hash string) error {
	prefix := prefixEdge + hash + sep
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix)})
	defer it.Close()
	r := txnKV{txn}
	for it.Rewind(); it.Valid(); it.Next() {
		edge := it.Item().KeyCopy(nil)
		id := string(edge[len(prefix):])
		var s *sketch
		_, err := r.get(sketchKey(id), func(val []byte) (err error) {
			s, err = decodeSketch(id, val)
			return err
		})
		if err != nil {
			return err
		}
		var e Event
		found, err := getEvent(r, id, &e)
		if err != nil {
			return err
		}
		if found && (s == nil || s.docs <= 1) {
			for _, en := range indexEntries(e) {
				if err := b.delete(en.key); err != nil {
					return err
				}
			}
			if err := b.deletePrefix(txn, reportPrefix(id)); err != nil {
				return err
			}
			if err := b.delete(sketchKey(id)); err != nil {
				return err
			}
			if err := b.delete(eventKey(id)); err != nil {
				return err
			}
			db.sketches.forget([]string{id})
		}
		if err := b.delete(edge); err != nil {
			return err
		}
	}
	return nil
}

// A batch deletes keys in as many transactions as it takes, committed
// one after the other in the order of the deletions.
type batch struct {
	db  *badger.DB
	txn *badger.Txn
}

// delete deletes key, committing the keys so far first if they fill a
// transaction.
func (b *batch) delete(key []byte) error {
	if b.txn == nil {
		b.txn = b.db.NewTransaction(true)
	}
	err := b.txn.Delete(key)
	if !errors.Is(err, badger.ErrTxnTooBig) {
		return err
	}
	if err := b.flush(); err != nil {
		return err
	}
	b.txn = b.db.NewTransaction(true)
	return b.txn.Delete(key)
}

// deletePrefix deletes every key under prefix, as txn sees them.
func (b *batch) deletePrefix(txn *badger.Txn, prefix string) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix)})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if err := b.delete(it.Item().KeyCopy(nil)); err != nil {
			return err
		}
	}
	return nil
}

// flush commits the deletions not yet committed.
func (b *batch) flush() error {
	if b.txn == nil {
		return nil
	}
	err := b.txn.Commit()
	b.txn = nil
	return err
}

// discard drops the deletions not yet committed.
func (b *batch) discard() {
	if b.txn != nil {
		b.txn.Discard()
	}
}
