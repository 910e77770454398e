package store

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/dgraph-io/badger/v4"
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

// Document returns the document with the given content hash, or an error
// matching ErrNotFound.
func (db *DB) Document(ctx context.Context, hash string) (Doc, error) {
	if err := ctx.Err(); err != nil {
		return Doc{}, err
	}
	var d Doc
	err := db.bdb.View(func(txn *badger.Txn) error {
		found, err := getJSON(txn, docKey(hash), &d)
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
	err := db.bdb.View(func(txn *badger.Txn) error {
		return eachValue(ctx, txn, prefixDoc, func(val []byte) error {
			var d Doc
			if err := json.Unmarshal(val, &d); err != nil {
				return fmt.Errorf("store: decode document: %w", err)
			}
			docs = append(docs, d)
			return nil
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
