package extract

import (
	"errors"
	"fmt"
	"io/fs"
)

// ErrNoDate is the error, wrapped in an [InputError], for an article that
// gives no publication date when the caller supplies none either.
var ErrNoDate = errors.New("extract: no publication date")

var (
	errBinaryInput  = errors.New("binary file")
	errEmptyArticle = errors.New("empty article")
	errBadUTF8      = errors.New("invalid UTF-8")
)

// An InputError is a problem with an input, positioned as precisely as the
// problem allows: Line and Col are 1-based and zero when they do not
// apply. Col counts bytes.
type InputError struct {
	Name string // the input: a path, "<stdin>"
	Line int
	Col  int
	Err  error
}

// FileError makes err, an error of the file system about path, an
// InputError that reads "path: problem", without the name of the
// operation that failed ("open").
func FileError(path string, err error) *InputError {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &InputError{Name: path, Err: err}
}

// Error returns "name:line:col: msg", "name:line: msg" or "name: msg".
func (e *InputError) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %v", e.Name, e.Line, e.Col, e.Err)
	case e.Line > 0:
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
