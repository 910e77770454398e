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

	// ErrInvalid is returned for input the store cannot take: an empty
	// path, a result without a hash, an event without an ID, a query day that is not
	// YYYY-MM-DD.
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
