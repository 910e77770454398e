package actor

import (
	"encoding/binary"
	"maps"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
	"github.com/chronicle-kg/chronicle/extract/internal/records"
)

// An encoder lays out the compact form of a builder's names (compact.go).
type encoder struct {
	records.Writer
}

// optStrs appends an optional list of strings.
func (e *encoder) optStrs(ss []string) {
	if ss == nil {
		e.Num(0)
		return
	}
	e.Num(len(ss) + 1)
	for _, s := range ss {
		e.Str(s)
	}
}

// optInts appends an optional list of numbers.
func (e *encoder) optInts(xs []int) {
	if xs == nil {
		e.Num(0)
		return
	}
	e.Num(len(xs) + 1)
	for _, x := range xs {
		e.Num(x)
	}
}

// table lays out a table of m's keys, in order, each valued by what value
// appends of it: where that starts in the records.
func (e *encoder) table(m map[string]int, value func(string) int) ([]byte, error) {
	var b hashtab.Builder
	for _, k := range slices.Sorted(maps.Keys(m)) {
		b.Add(k, uint32(value(k)))
	}
	return b.Bytes()
}

// keys returns a set of m's keys, for table.
func keys[V any](m map[string]V) map[string]int {
	out := make(map[string]int, len(m))
	for k := range m {
		out[k] = 0
	}
	return out
}

// encode returns the compact form of g's names. The same tables make the
// same bytes.
func (g *builder) encode() ([]byte, error) {
	e := &encoder{}
	entAt := make([]int, len(g.ents))
	for i, x := range g.ents {
		entAt[i] = e.Len()
		for _, s := range []string{x.name, x.code, x.affiliation, string(x.kind), x.title, x.start, x.end} {
			e.Str(s)
		}
		e.optStrs(x.aliases)
		e.optStrs(x.demonyms)
		var terms []int
		if k, ok := g.byName[x.name]; ok && k == i {
			terms = g.terms[x.name]
		}
		e.optInts(terms)
	}
	titled := e.Len()
	e.optInts(g.titled)
	stateWords := e.Len()
	n := 0
	for b := range 256 {
		n += len(g.stateWords[byte(b)])
	}
	e.Num(n)
	for b := range 256 {
		for _, w := range g.stateWords[byte(b)] {
			e.Str(w.word)
			e.Num(w.ent)
		}
	}
	var tables [][]byte
	for _, build := range []func() ([]byte, error){
		func() ([]byte, error) { return e.table(g.byName, func(k string) int { return g.byName[k] }) },
		func() ([]byte, error) {
			return e.table(keys(g.forms), func(k string) int {
				at := e.Len()
				e.Num(len(g.forms[k]))
				for _, f := range g.forms[k] {
					e.Strs(f.toks)
					e.Num(f.ent)
					e.Num(f.flags())
					e.Str(f.from)
					e.Str(f.until)
				}
				return at
			})
		},
		func() ([]byte, error) {
			return e.table(keys(g.spellings), func(k string) int {
				at := e.Len()
				e.Num(len(g.spellings[k]))
				for _, sp := range g.spellings[k] {
					e.Num(sp.ent)
					e.Str(sp.rest)
				}
				return at
			})
		},
	} {
		t, err := build()
		if err != nil {
			return nil, err
		}
		tables = append(tables, t)
	}
	return e.bytes(entAt, titled, stateWords, tables), nil
}

// flags returns the flags of f.
func (f form) flags() int {
	fl := 0
	for _, b := range []struct {
		on   bool
		flag int
	}{{f.demonym, formDemonym}, {f.surname, formSurname}, {f.guarded, formGuarded}, {f.shared, formShared}, {f.place, formPlace}} {
		if b.on {
			fl |= b.flag
		}
	}
	return fl
}

// bytes lays out the file.
func (e *encoder) bytes(entAt []int, titled, stateWords int, tables [][]byte) []byte {
	le := binary.LittleEndian
	out := []byte(gazetteerMagic)
	for _, x := range []int{len(entAt), titled, stateWords} {
		out = le.AppendUint32(out, uint32(x))
	}
	for _, at := range entAt {
		out = le.AppendUint32(out, uint32(at))
	}
	out = e.AppendTo(out)
	for _, t := range tables {
		out = append(out, t...)
	}
	return out
}
