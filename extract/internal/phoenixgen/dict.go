package main

import (
	"fmt"
	"path/filepath"

	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
)

// A dictEntry is an entry of one of the dictionaries read (see package
// phoenix), with the base name of its file.
type dictEntry struct {
	file string // base name of the dictionary
	phoenix.Entry
}

// readDict reads the actor dictionary at path.
func readDict(path string) ([]dictEntry, error) {
	es, _, err := phoenix.ReadFile(path)
	if err != nil {
		return nil, err
	}
	base := filepath.Base(path)
	out := make([]dictEntry, len(es))
	for i, e := range es {
		out[i] = dictEntry{file: base, Entry: e}
	}
	return out, nil
}

// currentCode picks the code that applies now: the open-ended ">date" code
// with the latest start; else the first default (undated) code, which
// applies after every closed range; else the range that ends latest.
// The null code "---" is never chosen. A code with a bare date counts as
// a default code, as in PETRARCH; a date that could not be read is open.
func currentCode(cs []phoenix.Code) string {
	best, bestFrom := "", ""
	for _, c := range cs {
		if c.Kind == phoenix.After && c.Code != "---" && (best == "" || c.From > bestFrom) {
			best, bestFrom = c.Code, c.From
		}
	}
	if best != "" {
		return best
	}
	for _, c := range cs {
		if (c.Kind == phoenix.Default || c.Kind == phoenix.Bare) && c.Code != "---" {
			return c.Code
		}
	}
	bestTo := ""
	for _, c := range cs {
		if (c.Kind == phoenix.Between || c.Kind == phoenix.Before) && c.Code != "---" && (best == "" || c.To > bestTo) {
			best, bestTo = c.Code, c.To
		}
	}
	return best
}

// String returns the file, line and phrase of e.
func (e dictEntry) String() string {
	return fmt.Sprintf("%s:%d %s", e.file, e.Line, e.Phrase)
}
