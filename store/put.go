package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// Added says what a Put added to the store.
type Added struct {
	Documents int  // documents stored: 1, or 0 for a duplicate
	Events    int  // event nodes new to the store
	Merged    int  // events merged into nodes already stored (see "Events across documents")
	Actors    int  // actors new to the store
	Duplicate bool // the document's hash was already stored, and nothing was written
}

// Plus returns what a and b added together, Duplicate aside.
func (a Added) Plus(b Added) Added {
	return Added{
		Documents: a.Documents + b.Documents, Events: a.Events + b.Events,
		Merged: a.Merged + b.Merged, Actors: a.Actors + b.Actors,
	}
}

// Put stores article a, read as r, with its actors, their mentions and
// its events, atomically: either all of it is stored or none of it. A
// document whose hash (r.Hash) is already stored is left alone and
// reported as a Duplicate.
//
// A document is stored in one transaction if it fits in one, and else in
// stages, visible only once the last is committed (see "Large documents"
// in the package documentation). Writes are made one at a time: a Put
// waits for any other Put, and for an open Batch.
//
// Actors are merged by name with those already stored. Participants'
// names are rewritten to the canonical names they resolve to, and a
// participant that resolves to no actor is stored as a new actor.
//
// Each event is merged into the stored event it reports, if there is
// one: the stored event under the same ID, else one found by the rule
// in the package documentation ("Events across documents"). A merged
// event keeps its ID and gains a report, a source and any new
// participants. An event that matches none is stored as a new node with
// Sources 1 and one report.
//
// Put checks ctx before committing; if it is done, nothing is stored and
// the error matches ctx.Err().
func (db *DB) Put(ctx context.Context, a extract.Article, r *extract.Result) (Added, error) {
	if err := db.writable(a, r); err != nil {
		return Added{}, err
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	added, err := db.putLocked(ctx, a, r)
	return added, db.damage(err)
}

// writable reports why r cannot be put, if it cannot.
func (db *DB) writable(a extract.Article, r *extract.Result) error {
	if err := validate(a, r); err != nil {
		return err
	}
	if db.readOnly {
		return fmt.Errorf("%w: cannot put %s", ErrReadOnly, docName(a, r))
	}
	return nil
}

// putLocked is Put, with db.mu held.
func (db *DB) putLocked(ctx context.Context, a extract.Article, r *extract.Result) (Added, error) {
	if db.unrecovered.Load() || db.large(a, r) {
		return db.putStaged(ctx, a, r)
	}
	sk := newSketches(db.sketches)
	added, err := db.put(ctx, sk, a, r)
	switch {
	case errors.Is(err, badger.ErrTxnTooBig):
		return db.putStaged(ctx, a, r)
	case err != nil:
		return Added{}, fmt.Errorf("store: put %s: %w", docName(a, r), err)
	}
	return added, nil
}

// put makes one attempt at storing a document in one transaction,
// reading and writing sketches through sk, which it commits or
// discards with the transaction.
func (db *DB) put(ctx context.Context, sk *sketches, a extract.Article, r *extract.Result) (Added, error) {
	if err := ctx.Err(); err != nil {
		return Added{}, err
	}
	var w *writer
	err := db.bdb.Update(func(txn *badger.Txn) error {
		b := &bufferKV{txn: txn}
		w = newWriter(ctx, b, r.Hash, sk, db.extractor)
		if err := w.write(a, r); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		return b.flush()
	})
	if err != nil {
		sk.discard()
		return Added{}, err
	}
	sk.commit()
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

// A writer writes one document, counting what it adds.
type writer struct {
	ctx   context.Context
	kv    kv
	hash  string
	doc   Doc // the document being written
	added Added

	fresh     map[string]bool  // IDs of the events the document is the first to report
	reported  map[string]bool  // IDs of the stored events the document reports
	said      map[saidKey]bool // the reports written
	sketches  *sketches        // the sketches of stored events, as the writer sees them
	extractor string           // the version of the extractor that read the document

	named     map[string]int  // folded names of the actors the document names → mentions stored
	mentioned map[string]bool // mention keys written
}

// newWriter returns a writer of the document hash, read by the extractor
// of that version, to kv, reading and writing the sketches of stored
// events through sk.
func newWriter(ctx context.Context, kv kv, hash string, sk *sketches, extractor string) *writer {
	return &writer{
		ctx: ctx, kv: kv, hash: hash, fresh: map[string]bool{}, reported: map[string]bool{},
		said: map[saidKey]bool{}, sketches: sk, extractor: extractor, named: map[string]int{}, mentioned: map[string]bool{},
	}
}

// write stores the document, its actors and its events, unless its hash
// is already stored.
func (w *writer) write(a extract.Article, r *extract.Result) error {
	if found, err := w.kv.get(docKey(r.Hash), nil); found || err != nil {
		w.added.Duplicate = found
		return err
	}
	w.doc = newDoc(a, r)
	if err := w.putDoc(); err != nil {
		return err
	}
	w.added.Documents = 1
	if err := w.countDocument(w.extractor); err != nil {
		return err
	}
	for _, actor := range r.Actors {
		if err := w.putActor(actor); err != nil {
			return err
		}
		if err := w.putMentions(actor); err != nil {
			return err
		}
	}
	for _, e := range r.Events {
		if err := w.putEvent(Event{Event: e}); err != nil {
			return err
		}
		if err := w.kv.checkpoint(); err != nil {
			return err
		}
	}
	return w.countActors()
}

// putEvent merges e into the stored event it reports, or stores it as a
// new one, and links the document to the event.
func (w *writer) putEvent(e Event) error {
	actors, err := w.participants(e.Actors)
	if err != nil {
		return err
	}
	e.Actors = actors
	e.Sources, e.Documents, e.Mentions = 0, nil, nil
	es := sketchOf(e, 0, nil)
	cur, err := w.stored(e.ID)
	if err == nil && cur == nil {
		cur, err = w.match(es)
	}
	if err != nil {
		return err
	}
	id := e.ID
	if cur != nil {
		id = cur.id
		err = w.merge(cur, e, es)
	} else {
		err = w.addEvent(e)
	}
	if err != nil {
		return err
	}
	w.reported[id] = true
	return w.kv.set(edgeKey(w.hash, id), nil, w.scopeOf(id))
}

// scopeOf is the scope of the writes to the stored event id: own if the
// document is the first to report it, else shared.
func (w *writer) scopeOf(id string) scope {
	if w.fresh[id] {
		return own
	}
	return shared
}

// addEvent stores the new event e, with its first report, its sketch
// and its index entries.
func (w *writer) addEvent(e Event) error {
	e.Sources = 1
	w.fresh[e.ID] = true
	if err := putEvent(w.kv, &e, own); err != nil {
		return err
	}
	if err := w.report(e.ID, 0, e); err != nil {
		return err
	}
	s := sketchOf(e, 1, []string{w.doc.Date})
	if err := w.sketches.put(w.kv, s, own); err != nil {
		return err
	}
	w.added.Events++
	return w.index(e, own)
}

// report stores the report of e in the document being written as the
// nth report of the stored event id, unless the document has reported
// it so already, and says whether it did.
func (w *writer) report(id string, n int, e Event) error {
	m := w.mention(e)
	said := saidKey{id, m}
	if w.said[said] {
		return errSaid
	}
	w.said[said] = true
	return putJSON(w.kv, reportKey(id, n), m, w.scopeOf(id))
}

// A saidKey is a report written, with the ID of its event.
type saidKey struct {
	id string
	r  Report
}

// errSaid is report's answer for a report the document has made already.
var errSaid = errors.New("report already stored")

// mention is the report of event e in the document being written.
func (w *writer) mention(e Event) Report {
	return Report{
		Doc: cmp.Or(e.Doc, w.doc.ID), Hash: w.hash, Evidence: e.Evidence, Sentence: e.Sentence,
		EvidenceStart: e.EvidenceStart, EvidenceEnd: e.EvidenceEnd, Trigger: e.Trigger,
	}
}

// participants returns a copy of ps with each name replaced by the
// canonical name it resolves to, storing unknown participants as actors.
func (w *writer) participants(ps []event.Participant) ([]event.Participant, error) {
	out := slices.Clone(ps)
	for i, p := range out {
		if fold(p.Name) == "" {
			continue
		}
		a, err := resolve(w.kv, p.Name)
		if errors.Is(err, ErrNotFound) {
			a = actor.Actor{Name: strings.TrimSpace(p.Name), Code: p.Code}
			err = w.putActor(a)
		}
		if err != nil {
			return nil, err
		}
		out[i].Name = a.Name
		w.name(a.Name)
	}
	return out, nil
}
