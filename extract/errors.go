package extract

import (
	"errors"
	"io/fs"

	"github.com/chronicle-kg/chronicle/extract/internal/inputerr"
)

// ErrNoDate is the error, wrapped in an [InputError], for an article that
// gives no publication date when the caller supplies none either.
var ErrNoDate = errors.New("extract: no publication date")

// ErrEmptyArticle is the error, wrapped in an [InputError], for an
// article whose text is empty or all white space: a caller may count it as
// skipped rather than failed.
var ErrEmptyArticle = errors.New("empty article")

var (
	errBinaryInput = errors.New("binary file")
	errBadUTF8     = errors.New("invalid UTF-8")
)

// An InputError is a problem with an input, positioned as precisely as
// the problem allows: Line and Col are 1-based and zero when they do not
// apply; Col counts bytes. Its Error reads "name:line:col: problem",
// "name:line: problem" or "name: problem". It is the same type as
// syntax.InputError.
type InputError = inputerr.Error

// An ErrorList is a list of input errors, in input order. Its Err is nil
// when it is empty; errors.Is and errors.As look into each of its errors.
// It is the same type as syntax.ErrorList.
type ErrorList = inputerr.List

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
