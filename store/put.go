package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/dgraph-io/badger/v4"
)

// Added says what a Put added to the store.
type Added struct {
	Documents int  // documents stored: 1, or 0 for a duplicate
	Events    int  // events new to the store; those already stored only gain a source
	Actors    int  // actors new to the store
	Duplicate bool // the document's hash was already stored, and nothing was written
}

// maxAttempts bounds how often Put retries a transaction that conflicted
// with a concurrent Put.
const maxAttempts = 32

// Put stores article a, read as r, with its actors and events, in one
// transaction: either all of it is stored or none of it. A document whose
// hash (r.Hash) is already stored is left alone and reported as a
// Duplicate.
//
// Actors are merged by name with those already stored. Participants'
// names are rewritten to the canonical names they resolve to, and a
// participant that resolves to no actor is stored as a new actor. An
// event whose ID is already stored is kept as it is, gaining r.Hash in
// its Documents; a new event gets Sources 1 and Documents [r.Hash].
//
// Put checks ctx before committing; if it is done, nothing is stored and
// the error matches ctx.Err().
func (db *DB) Put(ctx context.Context, a extract.Article, r *extract.Result) (Added, error) {
	if err := validate(a, r); err != nil {
		return Added{}, err
	}
	if db.readOnly {
		return Added{}, fmt.Errorf("%w: cannot put %s", ErrReadOnly, docName(a, r))
	}
	for attempt := 1; ; attempt++ {
		added, err := db.put(ctx, a, r)
		if errors.Is(err, badger.ErrConflict) && attempt < maxAttempts {
			continue
		}
		return added, err
	}
}

// put makes one attempt at Put.
func (db *DB) put(ctx context.Context, a extract.Article, r *extract.Result) (Added, error) {
	if err := ctx.Err(); err != nil {
		return Added{}, fmt.Errorf("store: put %s: %w", docName(a, r), err)
	}
	w := &writer{hash: r.Hash}
	err := db.bdb.Update(func(txn *badger.Txn) error {
		w.txn, w.added = txn, Added{}
		if err := w.write(a, r); err != nil {
			return err
		}
		return ctx.Err()
	})
	switch {
	case errors.Is(err, badger.ErrTxnTooBig):
		return Added{}, fmt.Errorf("store: document %s (%s) is too large for one transaction: %w",
			docName(a, r), r.Hash, err)
	case err != nil:
		return Added{}, fmt.Errorf("store: put %s: %w", docName(a, r), err)
	}
	return w.added, nil
}

// validate reports a result Put cannot store.
func validate(a extract.Article, r *extract.Result) error {
	if r == nil {
		return fmt.Errorf("%w: no result for document %s", ErrInvalid, a.ID)
	}
	if r.Hash == "" {
		return fmt.Errorf("%w: document %s has no hash", ErrInvalid, docName(a, r))
	}
	for i, e := range r.Events {
		if e.ID == "" {
			return fmt.Errorf("%w: document %s: event %d has no ID", ErrInvalid, docName(a, r), i)
		}
	}
	return nil
}

// docName names a document in errors.
func docName(a extract.Article, r *extract.Result) string {
	return cmp.Or(a.ID, r.Doc, r.Hash)
}

// A writer writes one document within one transaction, counting what
// it adds.
type writer struct {
	txn   *badger.Txn
	hash  string
	added Added
}

// write stores the document, its actors and its events, unless its hash
// is already stored.
func (w *writer) write(a extract.Article, r *extract.Result) error {
	_, err := w.txn.Get(docKey(r.Hash))
	if err == nil {
		w.added.Duplicate = true
		return nil
	}
	if !errors.Is(err, badger.ErrKeyNotFound) {
		return err
	}
	if err := putJSON(w.txn, docKey(r.Hash), newDoc(a, r)); err != nil {
		return err
	}
	w.added.Documents = 1
	for _, actor := range r.Actors {
		if err := w.putActor(actor); err != nil {
			return err
		}
	}
	for _, e := range r.Events {
		if err := w.putEvent(e); err != nil {
			return err
		}
	}
	return nil
}

// putEvent stores e, or adds the document to the event already stored
// under its ID, and links the two.
func (w *writer) putEvent(e extract.Event) error {
	var cur extract.Event
	found, err := getJSON(w.txn, eventKey(e.ID), &cur)
	if err != nil {
		return err
	}
	if found {
		err = w.addSource(cur)
	} else {
		err = w.addEvent(e)
	}
	if err != nil {
		return err
	}
	return w.txn.Set(edgeKey(w.hash, e.ID), nil)
}

// addSource records the document as one more source of the stored
// event cur.
func (w *writer) addSource(cur extract.Event) error {
	if slices.Contains(cur.Documents, w.hash) {
		return nil
	}
	cur.Documents = append(cur.Documents, w.hash)
	cur.Sources = len(cur.Documents)
	return putJSON(w.txn, eventKey(cur.ID), cur)
}

// addEvent stores the new event e and its index entries.
func (w *writer) addEvent(e extract.Event) error {
	actors, err := w.participants(e.Actors)
	if err != nil {
		return err
	}
	e.Actors = actors
	e.Sources, e.Documents = 1, []string{w.hash}
	if err := putJSON(w.txn, eventKey(e.ID), e); err != nil {
		return err
	}
	w.added.Events++
	return w.index(e)
}

// participants returns a copy of ps with each name replaced by the
// canonical name it resolves to, storing unknown participants as actors.
func (w *writer) participants(ps []extract.Participant) ([]extract.Participant, error) {
	out := slices.Clone(ps)
	for i, p := range out {
		if fold(p.Name) == "" {
			continue
		}
		a, err := resolve(w.txn, p.Name)
		if errors.Is(err, ErrNotFound) {
			a = extract.Actor{Name: strings.TrimSpace(p.Name), Code: p.Code}
			err = w.putActor(a)
		}
		if err != nil {
			return nil, err
		}
		out[i].Name = a.Name
	}
	return out, nil
}

// index writes the time, type and actor index entries of the new event e.
func (w *writer) index(e extract.Event) error {
	start, end := span(e)
	if err := w.txn.Set(startKey(start, e.ID), []byte(end)); err != nil {
		return err
	}
	if err := w.txn.Set(endKey(end, e.ID), []byte(start)); err != nil {
		return err
	}
	if err := w.txn.Set(byTypeKey(e.Type, start, e.ID), nil); err != nil {
		return err
	}
	for _, p := range e.Actors {
		if fold(p.Name) == "" {
			continue
		}
		if err := w.txn.Set(byActorKey(p.Name, start, e.ID), []byte(p.Role+"|"+e.Type)); err != nil {
			return err
		}
	}
	return nil
}
