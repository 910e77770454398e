package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"
)

// A CheckReport is what DB.Check found in a store. Its Err is nil if
// the store is sound.
type CheckReport struct {
	// Path is the store's directory, empty in memory.
	Path string `json:"store"`

	// Tables counts the table files whose every checksum was verified.
	Tables int `json:"tables"`

	// Logs counts the value log files whose every entry was verified.
	Logs int `json:"logs"`

	// Records counts the keys read in each table of the store, by the
	// table's name: "documents", "events", "actors", "start_index" and
	// so on (see recordTables).
	Records map[string]int `json:"records"`

	// Problems lists what is damaged, files first, then keys in key
	// order: at most maxProblems of them.
	Problems []Problem `json:"problems"`

	// More counts the problems found beyond those listed.
	More int `json:"more,omitempty"`
}

// maxProblems bounds CheckReport.Problems: a damaged index may give a
// problem for each of its entries.
const maxProblems = 1000

// Err returns nil if r lists no problem, else a *DamageError listing
// them.
func (r *CheckReport) Err() error {
	if len(r.Problems) == 0 {
		return nil
	}
	return &DamageError{Path: r.Path, Problems: r.Problems}
}

// add records a problem.
func (r *CheckReport) add(p Problem) {
	if len(r.Problems) < maxProblems {
		r.Problems = append(r.Problems, p)
	} else {
		r.More++
	}
}

// Check verifies the whole store and reports what is damaged. It
// verifies every checksum of every table file, as Open does, then reads
// every key and value, decodes each value as its table holds it, and
// checks that each index entry, alias, mention, text chunk and edge
// points at a record that is there. The error is for a check that could
// not finish (ctx done, a file that cannot be opened); damage is in the
// report, whose Err matches ErrDamaged.
//
// Badger's own DB.VerifyChecksum is not used: reading a block that does
// not decompress, it dereferences a nil block and panics.
//
// Badger changes the files of a store open for writing as Check reads
// them (see DB.checkFiles); the records are read as one transaction
// sees them.
func (db *DB) Check(ctx context.Context) (CheckReport, error) {
	r := CheckReport{Path: db.path, Records: map[string]int{}}
	if db.path != "" && !db.bdb.Opts().InMemory {
		tables, logs, problems, err := db.checkFiles()
		if err != nil {
			return r, fmt.Errorf("store: check %s: %w", db.path, err)
		}
		r.Tables, r.Logs = tables, logs
		for _, p := range problems {
			r.add(p)
		}
	}
	err := db.view(func(txn *badger.Txn) error {
		c := &checker{txn: txn, report: &r, exists: map[string]bool{}, pending: pendingDocs(txn)}
		return c.records(ctx)
	})
	if errors.Is(err, ErrDamaged) {
		var de *DamageError
		errors.As(err, &de)
		for _, p := range de.Problems {
			r.add(p)
		}
		err = nil
	}
	return r, err
}

// checkFiles checks the files of the open store. A store open for
// writing changes as they are read: Badger appends to the MANIFEST, and
// its compactions make tables and delete others. So a problem found
// there counts only if a second reading finds it again.
func (db *DB) checkFiles() (tables, logs int, problems []Problem, err error) {
	tables, logs, problems, err = checkFiles(db.path, false, false)
	if err != nil || len(problems) == 0 || db.readOnly {
		return tables, logs, problems, err
	}
	_, _, again, err := checkFiles(db.path, false, false)
	if err != nil {
		return 0, 0, nil, err
	}
	problems = slices.DeleteFunc(problems, func(p Problem) bool { return !slices.Contains(again, p) })
	return tables, logs, problems, nil
}

// A recordTable is one table of the store, the keys under one prefix,
// as Check reads them. A new table is one line of recordTables.
type recordTable struct {
	prefix string
	name   string // in CheckReport.Records

	// check decodes val, the value of the key that is prefix+rest, and
	// checks what the record points at.
	check func(c *checker, rest, val []byte) error
}

// recordTables are the tables of the store; see "Key layout" in the
// package documentation.
var recordTables = []recordTable{
	{prefixDoc, "documents", (*checker).doc},
	{prefixChunk, "text_chunks", (*checker).chunk},
	{prefixPending, "pending_documents", decodes[journal]},
	{prefixOrder, "document_order", (*checker).order},
	{prefixEvent, "events", (*checker).event},
	{prefixReport, "reports", (*checker).eventReport},
	{prefixSketch, "sketches", (*checker).sketch},
	{prefixActor, "actors", (*checker).actor},
	{prefixName, "aliases", (*checker).alias},
	{prefixSurname, "surnames", (*checker).surname},
	{prefixStart, "start_index", (*checker).timeIndex},
	{prefixByActor, "actor_index", (*checker).actorIndex},
	{prefixByType, "type_index", (*checker).typeIndex},
	{prefixKind, "kind_index", (*checker).kindIndex},
	{prefixEdge, "edges", (*checker).edge},
	{prefixMention, "mentions", (*checker).mention},
	{prefixMeta, "meta", (*checker).meta},
}

// tableOf returns the table key belongs to.
func tableOf(key []byte) (recordTable, bool) {
	for _, t := range recordTables {
		if bytes.HasPrefix(key, []byte(t.prefix)) {
			return t, true
		}
	}
	return recordTable{}, false
}

// A checker reads the records of a store for Check.
type checker struct {
	txn     *badger.Txn
	report  *CheckReport
	exists  map[string]bool // the keys looked up so far
	pending map[string]bool // hashes of documents being stored in stages
}

// records reads every key and value in the store, in key order.
func (c *checker) records(ctx context.Context) error {
	// Values are kept in the tables, beside their keys: prefetching
	// them would only copy them in goroutines of Badger's.
	it := c.txn.NewIterator(badger.IteratorOptions{})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		item := it.Item()
		key := item.KeyCopy(nil)
		t, ok := tableOf(key)
		if !ok {
			c.report.add(Problem{Key: string(key), What: "in no table of the store"})
			continue
		}
		c.report.Records[t.name]++
		err := itemValue(item, func(val []byte) error { return t.check(c, key[len(t.prefix):], val) })
		if err != nil {
			c.report.add(Problem{Key: string(key), What: err.Error()})
		}
	}
	return nil
}

// has reports whether key is stored, remembering the answer.
func (c *checker) has(key []byte) (bool, error) {
	if ok, seen := c.exists[string(key)]; seen {
		return ok, nil
	}
	ok, err := txnKV{c.txn}.get(key, nil)
	if err == nil {
		c.exists[string(key)] = ok
	}
	return ok, err
}

// need returns an error saying what is missing unless key is stored.
func (c *checker) need(key []byte, what string) error {
	ok, err := c.has(key)
	if err == nil && !ok {
		err = fmt.Errorf("%s is not stored", what)
	}
	return err
}

// needDoc is need for the document hash, which may be pending: its
// record is written last.
func (c *checker) needDoc(hash string) error {
	if c.pending[hash] {
		return nil
	}
	return c.need(docKey(hash), fmt.Sprintf("document %q", hash))
}

// needEvent is need for the event id.
func (c *checker) needEvent(id string) error {
	return c.need(eventKey(id), fmt.Sprintf("event %q", id))
}

// decodes checks that val decodes as JSON into a T.
func decodes[T any](_ *checker, _, val []byte) error {
	var v T
	return decodeJSON(val, &v)
}

// decodeJSON decodes val into v, wording the error for a report.
func decodeJSON(val []byte, v any) error {
	if err := json.Unmarshal(val, v); err != nil {
		return fmt.Errorf("cannot decode: %w", err)
	}
	return nil
}
