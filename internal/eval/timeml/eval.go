package timeml

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

// ErrNoFiles is the error, wrapped with the directory, for a directory
// without TimeML files.
var ErrNoFiles = errors.New("timeml: no .tml files")

// Tag returns the time expressions the engine finds in d's text, resolved
// against its creation time: timex.Find(d.Text, d.DCT), less any that
// overlap a creation time marked in the text, which is not scored.
func Tag(d *Doc) []timex.Timex {
	tx := timex.Find(d.Text, d.DCT)
	if d.dctStart < d.dctEnd {
		tx = slices.DeleteFunc(tx, func(t timex.Timex) bool {
			return t.Start < d.dctEnd && d.dctStart < t.End
		})
	}
	return tx
}

// A DocResult is how the engine did on one document, with its errors
// described for analysis: each as "text"=VALUE TYPE for missed and
// spurious expressions, and as what was found "want" what is annotated
// for the others.
type DocResult struct {
	Name string `json:"name"`
	Counts
	Missed     []string `json:"missed,omitempty"`      // gold expressions not found
	Spurious   []string `json:"spurious,omitempty"`    // found, not annotated
	WrongValue []string `json:"wrong_value,omitempty"` // found, overlapping gold of another value
	WrongType  []string `json:"wrong_type,omitempty"`  // found, overlapping gold of another type
	Extent     []string `json:"extent,omitempty"`      // found, overlapping gold of another span
}

// Evaluate tags d with [Tag] and scores the result against d's gold
// expressions.
func Evaluate(d *Doc) DocResult {
	return compare(d.Name, d.Timex, Tag(d))
}

// compare scores sys against gold for the document name.
func compare(name string, gold, sys []timex.Timex) DocResult {
	m := match(gold, sys)
	r := DocResult{Name: name, Counts: Score(gold, sys)}
	for _, t := range m.missed {
		r.Missed = append(r.Missed, describe(t))
	}
	for _, t := range m.spurious {
		r.Spurious = append(r.Spurious, describe(t))
	}
	for _, p := range m.pairs {
		if p.sys.Value != p.gold.Value {
			r.WrongValue = append(r.WrongValue, wrong(p, p.sys.Value, p.gold.Value))
		}
		if p.sys.Type != p.gold.Type {
			r.WrongType = append(r.WrongType, wrong(p, string(p.sys.Type), string(p.gold.Type)))
		}
		if !p.exact {
			r.Extent = append(r.Extent, strconv.Quote(p.sys.Text)+" want "+strconv.Quote(p.gold.Text))
		}
	}
	return r
}

// describe returns "text"=VALUE TYPE for t.
func describe(t timex.Timex) string {
	s := strconv.Quote(t.Text) + "=" + t.Value + " " + string(t.Type)
	if t.Mod != "" {
		s += " " + t.Mod
	}
	return s
}

// wrong returns "text"=got want want, naming the gold text too if it
// differs.
func wrong(p pair, got, want string) string {
	s := strconv.Quote(p.sys.Text) + "=" + got + " want "
	if p.gold.Text != p.sys.Text {
		s += strconv.Quote(p.gold.Text) + "="
	}
	return s + want
}

// Files returns the paths of the TimeML files (*.tml) in dir, in name
// order, leaving out hidden files and subdirectories.
func Files(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || !strings.EqualFold(filepath.Ext(name), ".tml") || e.IsDir() {
			continue
		}
		path := filepath.Join(dir, name)
		if e.Type()&fs.ModeSymlink != 0 {
			if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
				continue
			}
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// ReadFile reads the TimeML document at path.
func ReadFile(path string) (*Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, extract.FileError(path, err)
	}
	defer f.Close()
	return Read(path, f)
}

// EvalDir evaluates the engine on every TimeML file in dir (see [Files]),
// in name order, and returns the totals and each document's result. A
// document that cannot be read, or has no creation time, is left out and
// reported in the [extract.ErrorList] returned, after the rest have been
// scored.
func EvalDir(dir string) (Counts, []DocResult, error) {
	paths, err := Files(dir)
	if err != nil {
		return Counts{}, nil, err
	}
	if len(paths) == 0 {
		return Counts{}, nil, fmt.Errorf("%s: %w", dir, ErrNoFiles)
	}
	var (
		total   Counts
		results []DocResult
		errs    extract.ErrorList
	)
	for _, path := range paths {
		d, err := ReadFile(path)
		if err == nil && d.DCT.IsZero() {
			err = &extract.InputError{Name: path, Err: ErrNoDCT}
		}
		if err != nil {
			var ie *extract.InputError
			if !errors.As(err, &ie) {
				ie = &extract.InputError{Name: path, Err: err}
			}
			errs = append(errs, ie)
			continue
		}
		r := Evaluate(d)
		total = total.Add(r.Counts)
		results = append(results, r)
	}
	return total, results, errs.Err()
}
