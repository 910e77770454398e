package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// An ActorMention is one occurrence of an actor in a stored document.
// Start and End are character (Unicode code point) offsets into the
// document's text, End exclusive.
type ActorMention struct {
	Actor string `json:"actor"` // canonical name
	Doc   string `json:"doc"`   // document ID
	Hash  string `json:"hash"`  // document hash
	Date  string `json:"date"`  // publication day of the document, YYYY-MM-DD
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// storedMention is the value of a mention entry: the mention without the
// actor and hash, which its key holds. The document's ID and date are
// repeated in each entry so that Mentions reads no document.
type storedMention struct {
	Doc   string `json:"doc"`
	Date  string `json:"date"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Mentions returns every mention of the actor name resolves to (as
// Resolve resolves it), in all documents, sorted by the documents'
// dates, then IDs and hashes, then offset. If no actor answers to name,
// the error matches ErrNotFound.
func (db *DB) Mentions(ctx context.Context, name string) ([]ActorMention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var ms []ActorMention
	err := db.view(func(txn *badger.Txn) error {
		a, err := resolveQuery(ctx, txn, name)
		if err != nil {
			return err
		}
		ms, err = mentionsOf(ctx, txn, a.Name)
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(ms, func(a, b ActorMention) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Hash, b.Hash),
			cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return ms, nil
}

// mentionsOf reads the mention entries of the actor called canon,
// passing over those of pending documents.
func mentionsOf(ctx context.Context, txn *badger.Txn, canon string) (_ []ActorMention, err error) {
	defer recoverDamage(&err)
	pending := pendingDocs(txn)
	prefix := mentionPrefix(canon)
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefix)})
	defer it.Close()
	var ms []ActorMention
	for it.Rewind(); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		item := it.Item()
		hash, _, _ := bytes.Cut(item.Key()[len(prefix):], []byte(sep))
		if pending[string(hash)] {
			continue
		}
		var v storedMention
		if err := itemValue(item, func(val []byte) error { return json.Unmarshal(val, &v) }); err != nil {
			return nil, fmt.Errorf("store: decode mention %q: %w", item.Key(), err)
		}
		ms = append(ms, ActorMention{
			Actor: canon, Doc: v.Doc, Hash: string(hash), Date: v.Date,
			Text: v.Text, Start: v.Start, End: v.End,
		})
	}
	return ms, nil
}

// putMentions stores the mentions of actor a in the document and counts
// them towards a's counters. Two mentions at the same offset are one.
// Each mention is a whole write: an actor may be named more often in one
// document than one transaction holds.
func (w *writer) putMentions(a actor.Actor) error {
	if fold(a.Name) == "" {
		return nil
	}
	w.name(a.Name)
	for _, m := range a.Mentions {
		key := mentionKey(a.Name, w.hash, m.Start)
		if w.mentioned[string(key)] {
			continue
		}
		w.mentioned[string(key)] = true
		v := storedMention{Doc: w.doc.ID, Date: w.doc.Date, Text: m.Text, Start: m.Start, End: m.End}
		if err := putJSON(w.kv, key, v, own); err != nil {
			return err
		}
		w.named[fold(a.Name)]++
		if err := w.kv.checkpoint(); err != nil {
			return err
		}
	}
	return nil
}

// name records that the document names the actor called canon, so that
// countActors counts the document for it.
func (w *writer) name(canon string) {
	if _, ok := w.named[fold(canon)]; !ok {
		w.named[fold(canon)] = 0
	}
}
