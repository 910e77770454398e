package syntax

import (
	"errors"

	"github.com/chronicle-kg/chronicle/extract/internal/inputerr"
)

// ErrInvalid is the error, wrapped with what is wrong, for a sentence
// that cannot be written as valid CoNLL-U.
var ErrInvalid = errors.New("syntax: invalid sentence")

// An InputError is a problem with a CoNLL-U input: the line where it is,
// or 0 when it is not of one line. It is the same type as
// extract.InputError.
type InputError = inputerr.Error

// An ErrorList is a list of input errors, in input order. It is the same
// type as extract.ErrorList.
type ErrorList = inputerr.List
