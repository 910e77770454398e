package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
)

// Stats are counts of what a store holds. They are read from the keys
// of its indexes, and no event is read.
type Stats struct {
	// Documents counts the stored documents.
	Documents int `json:"documents"`

	// Events counts the stored events, and EventsByType counts them by
	// type, folded. Both count the events that a document being stored
	// in stages has written, which queries pass over until it is done.
	Events       int            `json:"events"`
	EventsByType map[string]int `json:"events_by_type"`

	// UndatedEvents counts the events without a day.
	UndatedEvents int `json:"undated_events"`

	// Actors counts the stored actors.
	Actors int `json:"actors"`

	// FirstEventDay and LastEventDay bound the days the dated events
	// cover, as YYYY-MM-DD: the first start day of the start index and
	// the last end day of any event. Both are empty if no event is
	// dated.
	FirstEventDay string `json:"first_event_day,omitempty"`
	LastEventDay  string `json:"last_event_day,omitempty"`

	// FirstDocumentDay and LastDocumentDay bound the publication days of
	// the documents that have one.
	FirstDocumentDay string `json:"first_document_day,omitempty"`
	LastDocumentDay  string `json:"last_document_day,omitempty"`

	// Size is the space the store takes on disk, in bytes: its tables
	// (TableSize, Badger's LSM tree), its logs (LogSize: value logs and
	// write-ahead logs, of which only what is written takes space) and
	// Badger's other files. All are 0 for a store in memory.
	Size      int64 `json:"size"`
	TableSize int64 `json:"table_size"`
	LogSize   int64 `json:"log_size"`
}

// Stats returns counts of what the store holds. It iterates over keys
// only, of the type index for the events and of the actors; it reads
// each document record as far as its date, and seeks the two ends of
// the time indexes for the days.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{EventsByType: map[string]int{}}
	err := db.view(func(txn *badger.Txn) error {
		// The events and the documents are most of the work: count
		// them side by side.
		var wg sync.WaitGroup
		var docErr error
		wg.Go(func() { docErr = documentStats(ctx, txn, &s) })
		err := errors.Join(eventStats(ctx, txn, &s), actorStats(ctx, txn, &s))
		wg.Wait()
		return errors.Join(err, docErr)
	})
	if err != nil {
		return Stats{}, err
	}
	if !db.bdb.Opts().InMemory {
		if err := s.measure(db.path); err != nil {
			return Stats{}, fmt.Errorf("store: stats %s: %w", db.path, err)
		}
	}
	return s, nil
}

// eventStats counts the events by type from the type index, and finds
// the days of the first and last dated events and the number undated.
func eventStats(ctx context.Context, txn *badger.Txn, s *Stats) (err error) {
	defer recoverDamage(&err)
	// The entries of a type are consecutive: count each run, and touch
	// the map once a type.
	var typ []byte
	n := 0
	err = eachKey(ctx, txn, prefixByType, func(key []byte) {
		rest := key[len(prefixByType):]
		i := bytes.IndexByte(rest, sep[0])
		if i < 0 {
			return // not an entry; Check reports it
		}
		if !bytes.Equal(rest[:i], typ) {
			if n > 0 {
				s.EventsByType[string(typ)] += n
			}
			typ, n = append(typ[:0], rest[:i]...), 0
		}
		n++
		s.Events++
	})
	if n > 0 {
		s.EventsByType[string(typ)] += n
	}
	if err != nil {
		return err
	}
	// Undated events sort first among the long ones, with an empty day.
	err = eachKey(ctx, txn, startPrefix(long)+sep, func([]byte) { s.UndatedEvents++ })
	if err != nil {
		return err
	}
	s.FirstEventDay, s.LastEventDay, err = eventDays(ctx, txn)
	return err
}

// eventDays returns the first and last days of the dated events: the
// first start day of either class, and the last end day, which is among
// the short events starting in the last maxShortDays days or among the
// long ones, all read.
func eventDays(ctx context.Context, txn *badger.Txn) (first, last string, err error) {
	for _, c := range []class{short, long} {
		if d := firstDay(txn, startPrefix(c), false); d != "" && (first == "" || d < first) {
			first = d
		}
	}
	from := ""
	if d := firstDay(txn, startPrefix(short), true); d != "" {
		from = shiftDay(d, -maxShortDays)
	}
	for _, c := range []class{short, long} {
		if c == long {
			from = "\x01" // past the undated
		}
		keep := func(_ string, end []byte) bool {
			last = max(last, string(end))
			return false
		}
		if _, err := (txnKV{txn}).scan(ctx, startPrefix(c), from, "", keep); err != nil {
			return "", "", err
		}
	}
	return first, last, nil
}

// actorStats counts the actors.
func actorStats(ctx context.Context, txn *badger.Txn, s *Stats) (err error) {
	defer recoverDamage(&err)
	return eachKey(ctx, txn, prefixActor, func([]byte) { s.Actors++ })
}

// documentStats counts the documents and finds the first and last of
// their days. It runs in a goroutine of its own.
func documentStats(ctx context.Context, txn *badger.Txn, s *Stats) (err error) {
	defer recoverDamage(&err)
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixDoc)})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.Documents++
		err := itemValue(it.Item(), func(val []byte) error {
			day, err := docDay(val)
			if len(day) > 0 && (s.FirstDocumentDay == "" || string(day) < s.FirstDocumentDay) {
				s.FirstDocumentDay = string(day)
			}
			if string(day) > s.LastDocumentDay {
				s.LastDocumentDay = string(day)
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("store: document %q: %w", it.Item().Key()[len(prefixDoc):], err)
		}
	}
	return nil
}

// eachKey calls fn with each key under prefix, in key order, reading
// no value.
func eachKey(ctx context.Context, txn *badger.Txn, prefix string, fn func(key []byte)) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix)})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		fn(it.Item().Key())
	}
	return nil
}

// firstDay returns the first day of the time index under prefix, or the
// last if reverse, passing over undated entries; "" if there is none.
func firstDay(txn *badger.Txn, prefix string, reverse bool) string {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix), Reverse: reverse})
	defer it.Close()
	// An undated entry is prefix+sep+ID; a day begins with a digit.
	seek := prefix + "\x01"
	if reverse {
		seek = prefix + "\xff"
	}
	it.Seek([]byte(seek))
	if !it.Valid() {
		return ""
	}
	day, _ := splitIndexKey(it.Item().Key(), prefix)
	return day
}

// dateField opens the date of a document record. encoding/json writes
// a Doc's fields in order, Hash, ID, then Date, so it comes long before
// the text; and no string holds it, since a string's quotes are escaped.
var dateField = []byte(`"date":"`)

// docDay returns the publication day of the document record val,
// within val, without decoding its text; or decoding it if the day is
// not plain.
func docDay(val []byte) ([]byte, error) {
	if i := bytes.Index(val, dateField); i >= 0 {
		rest := val[i+len(dateField):]
		if j := bytes.IndexByte(rest, '"'); j >= 0 && bytes.IndexByte(rest[:j], '\\') < 0 {
			return rest[:j], nil
		}
	}
	var d struct{ Date string }
	if err := json.Unmarshal(val, &d); err != nil {
		return nil, fmt.Errorf("cannot decode: %w", err)
	}
	return []byte(d.Date), nil
}

// measure sets the sizes of s to those of the files of the store in
// dir.
func (s *Stats) measure(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		fi, err := e.Info()
		if errors.Is(err, os.ErrNotExist) {
			continue // a table compacted away, a log rotated
		}
		if err != nil {
			return err
		}
		if !fi.Mode().IsRegular() {
			continue
		}
		n := diskUsage(fi)
		s.Size += n
		switch name := e.Name(); {
		case strings.HasSuffix(name, ".sst"):
			s.TableSize += n
		case strings.HasSuffix(name, ".vlog"), strings.HasSuffix(name, ".mem"):
			s.LogSize += n
		}
	}
	return nil
}
