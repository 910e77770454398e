package event

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
	"github.com/chronicle-kg/chronicle/extract/internal/records"
)

// The trigger table, data/triggers.tsv, is read at go generate time
// (buildTriggers) into a compact form, data/triggers.bin, which the
// program embeds and uses where it lies: the triggers of a word are
// decoded the first time a text holds it, so that a one-line article
// does not pay for inflecting and indexing every row. TestTriggersBin
// fails when the file is not what the table makes; go generate
// ./extract/event makes it again.
//
// # Layout
//
//	magic "CHRONICLE-TRIGGERS-1\n"
//	the records (package records)
//	the table byFirst: a first token → where the list of its triggers starts
//	the table byType: a type → where its first row starts
//
// (tables of package hashtab). A list of triggers is its length and the
// triggers; a trigger is its type, CAMEO and PLOVER codes and frame
// (strings), its tokens (a list of strings) and 1 if nominal, else 0; a
// row is a trigger without tokens or kind.
const triggersMagic = "CHRONICLE-TRIGGERS-1\n"

//go:embed data/triggers.bin
var triggersBin string

// A triggerSet is the trigger table opened from its compact form.
type triggerSet struct {
	recs            *records.Records
	byFirst, byType *hashtab.Table
	cache           []atomic.Pointer[[]trigger] // by byFirst's entry
}

// triggerTable returns the trigger table, opened on first use.
var triggerTable = sync.OnceValue(func() *triggerSet {
	s, err := openTriggers(triggersBin)
	if err != nil {
		panic(err) // the embedded table is part of the program
	}
	return s
})

// openTriggers opens the compact form in data.
func openTriggers(data string) (*triggerSet, error) {
	p := len(triggersMagic)
	if len(data) < p || data[:p] != triggersMagic {
		return nil, fmt.Errorf("extract/event: data/triggers.bin: not a trigger table")
	}
	s := &triggerSet{}
	recs, n, err := records.Open(data[p:])
	if err != nil {
		return nil, fmt.Errorf("extract/event: data/triggers.bin: %w", err)
	}
	s.recs, p = recs, p+n
	for _, t := range []**hashtab.Table{&s.byFirst, &s.byType} {
		tab, n, err := hashtab.Open(data[p:])
		if err != nil {
			return nil, fmt.Errorf("extract/event: data/triggers.bin: %w", err)
		}
		*t, p = tab, p+n
	}
	s.cache = make([]atomic.Pointer[[]trigger], s.byFirst.Len())
	return s, nil
}

// of returns the triggers whose first token is w, longest first, which
// the caller must not change.
func (s *triggerSet) of(w string) []trigger {
	k, ok := s.byFirst.Find(w)
	if !ok {
		return nil
	}
	if ts := s.cache[k].Load(); ts != nil {
		return *ts
	}
	c := s.recs.At(int(s.byFirst.Value(k)))
	ts := make([]trigger, c.Num())
	for i := range ts {
		ts[i] = trigger{typ: c.Str(), cameo: c.Str(), plover: c.Str(), frame: frame(c.Str()), toks: c.Strs(), nominal: c.Num() == 1}
	}
	s.cache[k].Store(&ts)
	return ts
}

// row returns the first row of type typ: its codes and frame.
func (s *triggerSet) row(typ string) trigger {
	p, ok := s.byType.Get(typ)
	if !ok {
		return trigger{}
	}
	c := s.recs.At(int(p))
	return trigger{typ: c.Str(), cameo: c.Str(), plover: c.Str(), frame: frame(c.Str())}
}

// encodeTriggers returns the compact form of the triggers and rows
// buildTriggers made. The same table makes the same bytes.
func encodeTriggers(trigs map[string][]trigger, rows map[string]trigger) ([]byte, error) {
	var w records.Writer
	var byFirst, byType hashtab.Builder
	head := func(t trigger) {
		w.Str(t.typ)
		w.Str(t.cameo)
		w.Str(t.plover)
		w.Str(string(t.frame))
	}
	for _, k := range slices.Sorted(maps.Keys(trigs)) {
		byFirst.Add(k, uint32(w.Len()))
		w.Num(len(trigs[k]))
		for _, t := range trigs[k] {
			head(t)
			w.Strs(t.toks)
			if t.nominal {
				w.Num(1)
			} else {
				w.Num(0)
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(rows)) {
		byType.Add(k, uint32(w.Len()))
		head(rows[k])
	}
	out := w.AppendTo([]byte(triggersMagic))
	for _, b := range []*hashtab.Builder{&byFirst, &byType} {
		t, err := b.Bytes()
		if err != nil {
			return nil, err
		}
		out = append(out, t...)
	}
	return out, nil
}
