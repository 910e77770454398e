// Package inputerr is the error of a bad input and the list of them, one
// type for every package that reads input: extract names them
// extract.InputError and extract.ErrorList, extract/syntax
// syntax.InputError and syntax.ErrorList, so that a caller handles
// either with the same code.
package inputerr

import "fmt"

// An Error is a problem with an input, positioned as precisely as the
// problem allows: Line and Col are 1-based and zero when they do not
// apply. Col counts bytes.
type Error struct {
	Name string // the input: a path, "<stdin>"
	Line int
	Col  int
	Err  error
}

// Error returns "name:line:col: msg", "name:line: msg" or "name: msg".
func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %v", e.Name, e.Line, e.Col, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Name, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// A List is a list of input errors, in input order.
type List []*Error

// Error describes the first error and how many more there are.
func (l List) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil if the list is empty, and the list otherwise.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the errors in the list, so that errors.Is and
// errors.As look into each.
func (l List) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
