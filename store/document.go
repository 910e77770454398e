package store

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract"
)

// A Doc is a stored document: the article as it was ingested, keyed by
// the hash of its content.
type Doc struct {
	Hash  string `json:"hash"`
	ID    string `json:"id"`
	Date  string `json:"date"` // publication day, YYYY-MM-DD
	Title string `json:"title"`
	Text  string `json:"text"`
}

// newDoc is the Doc stored for article a read as r.
func newDoc(a extract.Article, r *extract.Result) Doc {
	d := Doc{Hash: r.Hash, ID: a.ID, Date: r.DCT, Title: a.Title, Text: a.Text}
	if d.ID == "" {
		d.ID = r.Doc
	}
	if d.Date == "" && !a.Date.IsZero() {
		d.Date = a.Date.Format("2006-01-02")
	}
	return d
}

// chunkSize is the most bytes of text a document record holds. A longer
// text is kept in chunks of this size (the last shorter), under keys of
// their own, so that reading a document's date or title never reads its
// text, and so that no value reaches Badger's value threshold (1 MiB),
// which an in-memory store cannot hold: a record's JSON is at most six
// times its text.
const chunkSize = 128 << 10

// A docRecord is the value of a document key: the Doc, with its Text
// empty if the text is kept in Chunks chunks.
type docRecord struct {
	Doc
	Chunks int `json:"chunks,omitempty"`
}

// putDoc writes the document record, and the chunks of its text if it is
// long. The chunks are the document's own; the record is shared, since
// it makes the document visible.
func (w *writer) putDoc() error {
	rec := docRecord{Doc: w.doc}
	if text := w.doc.Text; len(text) > chunkSize {
		rec.Text = ""
		for ; rec.Chunks*chunkSize < len(text); rec.Chunks++ {
			chunk := text[rec.Chunks*chunkSize : min((rec.Chunks+1)*chunkSize, len(text))]
			if err := w.kv.set(chunkKey(w.hash, rec.Chunks), []byte(chunk), own); err != nil {
				return err
			}
			if err := w.kv.checkpoint(); err != nil {
				return err
			}
		}
	}
	return putJSON(w.kv, docKey(w.hash), rec, shared)
}

// readDoc decodes the document record val, reading its text from its
// chunks if it has them.
func readDoc(r reader, val []byte) (Doc, error) {
	var rec docRecord
	if err := json.Unmarshal(val, &rec); err != nil {
		return Doc{}, fmt.Errorf("store: decode document: %w", err)
	}
	if rec.Chunks == 0 {
		return rec.Doc, nil
	}
	var text strings.Builder
	for n := range rec.Chunks {
		found, err := r.get(chunkKey(rec.Hash, n), func(val []byte) error { text.Write(val); return nil })
		if err == nil && !found {
			err = fmt.Errorf("store: document %s: text chunk %d of %d missing", rec.Hash, n, rec.Chunks)
		}
		if err != nil {
			return Doc{}, err
		}
	}
	rec.Text = text.String()
	return rec.Doc, nil
}

// Document returns the document with the given content hash, or an error
// matching ErrNotFound.
func (db *DB) Document(ctx context.Context, hash string) (Doc, error) {
	if err := ctx.Err(); err != nil {
		return Doc{}, err
	}
	var d Doc
	err := db.view(func(txn *badger.Txn) error {
		r := txnKV{txn}
		found, err := r.get(docKey(hash), func(val []byte) (err error) {
			d, err = readDoc(r, val)
			return err
		})
		if err == nil && !found {
			err = fmt.Errorf("%w: document %s", ErrNotFound, hash)
		}
		return err
	})
	return d, err
}

// Documents returns every stored document, text included, sorted by
// date, then ID, then hash.
func (db *DB) Documents(ctx context.Context) ([]Doc, error) {
	var docs []Doc
	err := db.view(func(txn *badger.Txn) error {
		return eachValue(ctx, txn, prefixDoc, func(val []byte) error {
			d, err := readDoc(txnKV{txn}, val)
			docs = append(docs, d)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(docs, func(a, b Doc) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Hash, b.Hash))
	})
	return docs, nil
}

// Has reports whether the document with the given content hash is
// stored, reading nothing but its key: an ingest asks it before it
// extracts an article, so that an article stored already costs nothing.
func (db *DB) Has(hash string) (bool, error) {
	var found bool
	err := db.view(func(txn *badger.Txn) error {
		var err error
		found, err = txnKV{txn}.get(docKey(hash), nil)
		return err
	})
	return found, err
}

// EachDocument calls fn with every stored document, text included, in
// the order they were stored, reading one at a time: a store of any
// size is read in the memory of its longest document. It is what a
// rebuild reads (see Options.AnyLayout); a store of the first layout,
// which kept no order, is read in the order of its hashes.
func (db *DB) EachDocument(ctx context.Context, fn func(Doc) error) error {
	return db.view(func(txn *badger.Txn) error {
		r := txnKV{txn}
		each := func(hash string) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			var d Doc
			found, err := r.get(docKey(hash), func(val []byte) (err error) {
				d, err = readDoc(r, val)
				return err
			})
			if err != nil || !found {
				return err // a pending document has no record
			}
			return fn(d)
		}
		prefix := prefixOrder
		if found, err := r.get([]byte(storedKey), nil); err != nil {
			return err
		} else if !found {
			prefix = prefixDoc
		}
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: []byte(prefix)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			hash := string(it.Item().Key()[len(prefix):])
			if prefix == prefixOrder {
				val, err := it.Item().ValueCopy(nil)
				if err != nil {
					return err
				}
				hash = string(val)
			}
			if err := each(hash); err != nil {
				return err
			}
		}
		return nil
	})
}
