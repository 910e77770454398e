package store

import (
	"errors"
	"fmt"
	"strings"
)

// Errors returned by the store. They are wrapped with the path, document
// or name concerned; test for them with errors.Is.
var (
	// ErrNotFound is returned when a document or an actor is not stored.
	ErrNotFound = errors.New("store: not found")

	// ErrLocked is returned by Open when another process holds the store.
	ErrLocked = errors.New("store: in use by another process")

	// ErrUnclean is returned by Open with ReadOnly set when the store was
	// not closed cleanly (its writer was killed). Badger must replay its
	// log before the store can be read, which takes a read-write Open;
	// every document committed before the kill is then there in full.
	ErrUnclean = errors.New("store: not closed cleanly")

	// ErrReadOnly is returned by Put on a store opened read-only.
	ErrReadOnly = errors.New("store: read-only")

	// ErrTooLarge is returned by Put for a document that changes more
	// of what other documents stored (the events it reports that they
	// reported too) than one transaction holds. Its text, mentions and
	// new events may be of any size. The error matches ErrInvalid too.
	ErrTooLarge = errors.New("store: document too large")

	// ErrIncompatible is returned by Open for a store whose layout this
	// version of the store cannot read: one made by an older version,
	// which ingest --reextract rebuilds from its documents, or by a
	// newer one.
	ErrIncompatible = errors.New("store: incompatible layout")

	// ErrDamaged is returned when the store's files are damaged: a
	// table that fails its checksums or is cut short, a MANIFEST that
	// lost changes, a record that cannot be decoded. The error is a
	// *DamageError naming what is damaged. Badger would panic on some of
	// these, and on others drop data without a word.
	ErrDamaged = errors.New("store: damaged")

	// ErrInvalid is returned for input the store cannot take: an empty
	// path, a result without a hash, an event without an ID, a query day that is not
	// YYYY-MM-DD, a document too large to store (ErrTooLarge).
	ErrInvalid = errors.New("store: invalid")
)

// lockedError reports that the store at path is held by another process.
// It matches ErrLocked and unwraps to Badger's own error.
type lockedError struct {
	path string
	err  error
}

func (e *lockedError) Error() string {
	return "store: " + e.path + " is in use by another process"
}

func (e *lockedError) Is(target error) bool { return target == ErrLocked }

func (e *lockedError) Unwrap() error { return e.err }

// tooLargeError reports that the document doc, hashed hash, is too large
// to store. It matches ErrTooLarge and ErrInvalid: it is input the store
// cannot take, and an ingest goes on past it.
type tooLargeError struct {
	doc, hash string
}

func (e *tooLargeError) Error() string {
	return "store: document " + e.doc + " (" + e.hash + ") is too large: the stored events and actors it changes " +
		"do not fit in one transaction; split it into smaller documents"
}

func (e *tooLargeError) Is(target error) bool { return target == ErrTooLarge || target == ErrInvalid }

// A DamageError reports what is damaged in the store at Path, a file or
// a key for each Problem. It matches ErrDamaged.
type DamageError struct {
	Path     string
	Problems []Problem
}

// maxErrorProblems is how many problems a DamageError's message lists;
// the rest are counted.
const maxErrorProblems = 3

func (e *DamageError) Error() string {
	var b strings.Builder
	if e.Path == "" {
		b.WriteString("store: damaged: ") // found by a read that knows no path
	} else {
		fmt.Fprintf(&b, "store: %s is damaged: ", e.Path)
	}
	for i, p := range e.Problems[:min(len(e.Problems), maxErrorProblems)] {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	if n := len(e.Problems) - maxErrorProblems; n > 0 {
		fmt.Fprintf(&b, "; and %d more", n)
	}
	return b.String()
}

func (e *DamageError) Is(target error) bool { return target == ErrDamaged }

// A Problem is one thing wrong with a store: a file that is damaged, or
// a key whose value cannot be decoded or which points at a record that
// is not there.
type Problem struct {
	// File is the name of the damaged file within the store's
	// directory ("000012.sst", "MANIFEST"), if the problem is in one.
	File string `json:"file,omitempty"`

	// Key is the key at fault, if the problem is in a record.
	Key string `json:"key,omitempty"`

	// What says what is wrong.
	What string `json:"problem"`
}

// String describes p as "table 000012.sst: block 3 at offset 12288:
// checksum mismatch" or `key "e/ev1": cannot decode: …`.
func (p Problem) String() string {
	switch {
	case p.Key != "":
		return fmt.Sprintf("key %q: %s", p.Key, p.What)
	case p.File != "":
		return fileKind(p.File) + p.File + ": " + p.What
	}
	return p.What
}

// fileKind names the kind of the Badger file called name, with a space,
// or returns "" for one whose name says it.
func fileKind(name string) string {
	switch {
	case strings.HasSuffix(name, ".sst"):
		return "table "
	case strings.HasSuffix(name, ".vlog"):
		return "value log "
	case strings.HasSuffix(name, ".mem"):
		return "write-ahead log "
	}
	return ""
}
