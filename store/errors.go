package store

import "errors"

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
