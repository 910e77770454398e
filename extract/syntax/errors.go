package syntax

import (
	"errors"
	"fmt"
)

// ErrInvalid is the error, wrapped with what is wrong, for a sentence
// that cannot be written as valid CoNLL-U.
var ErrInvalid = errors.New("syntax: invalid sentence")

// An InputError is a problem with a CoNLL-U input: the line where it is,
// or 0 when it is not of one line.
type InputError struct {
	Name string // the input: a path, "<stdin>"
	Line int    // 1-based
	Err  error
}

// Error returns "name:line: problem", or "name: problem".
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Name, e.Err)
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// An ErrorList is a list of input errors, in input order.
type ErrorList []*InputError

// Error describes the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil if the list is empty, and the list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the errors in the list, so that [errors.Is] and
// [errors.As] look into each.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
