package ud

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// ErrNoSentences is the error, wrapped with the file's name, for a gold
// file without sentences.
var ErrNoSentences = errors.New("ud: no sentences")

// Evaluate reads the gold CoNLL-U in r, called name, and scores analyze
// on it: each gold sentence is analysed afresh from what a tokeniser
// would give ([syntax.Sentence.Tokenized]: its words' forms, its
// multiword tokens, comments and MISC column, none of its analysis), and
// the analysis scored against the gold one as [Score] does.
//
// A gold sentence that cannot be read, or not scored (a word without a
// head; an analysis that changed its words), is left out and reported
// in the [syntax.ErrorList] returned, after the rest have been scored. A
// file without sentences is an error wrapping [ErrNoSentences].
func Evaluate(name string, r io.Reader, analyze func(*syntax.Sentence)) (Result, error) {
	res := Result{Name: name}
	var errs syntax.ErrorList
	n := 0
	err := syntax.ForEachCoNLLU(name, r, func(gold syntax.Sentence) error {
		n++
		sys := gold.Tokenized()
		analyze(&sys)
		if err := res.add(n, &gold, &sys); err != nil {
			errs = append(errs, &syntax.InputError{Name: name, Err: err})
		}
		return nil
	})
	var read syntax.ErrorList
	switch {
	case errors.As(err, &read):
		errs = append(read, errs...)
	case err != nil:
		return res, err
	}
	if n == 0 && len(errs) == 0 {
		return res, fmt.Errorf("%s: %w", name, ErrNoSentences)
	}
	return res, errs.Err()
}

// EvalFile evaluates analyze on the gold CoNLL-U file at path, as
// [Evaluate] does.
func EvalFile(path string, analyze func(*syntax.Sentence)) (Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return Result{Name: path}, err
	}
	defer f.Close()
	return Evaluate(path, f, analyze)
}
