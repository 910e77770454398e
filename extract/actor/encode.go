package actor

import (
	"encoding/binary"
	"maps"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
)

// An encoder lays out the compact form of a builder's names (compact.go).
type encoder struct {
	strs []string
	ids  map[string]int
	recs []byte
}

// str returns the number of string s, adding it if new.
func (e *encoder) str(s string) int {
	if s == "" {
		return 0
	}
	if id, ok := e.ids[s]; ok {
		return id
	}
	e.strs = append(e.strs, s)
	e.ids[s] = len(e.strs) - 1
	return len(e.strs) - 1
}

// num appends a number to the records.
func (e *encoder) num(x int) { e.recs = binary.AppendUvarint(e.recs, uint64(x)) }

// strList appends a list of strings, its length first.
func (e *encoder) strList(ss []string) {
	e.num(len(ss))
	for _, s := range ss {
		e.num(e.str(s))
	}
}

// optStrs appends an optional list of strings.
func (e *encoder) optStrs(ss []string) {
	if ss == nil {
		e.num(0)
		return
	}
	e.num(len(ss) + 1)
	for _, s := range ss {
		e.num(e.str(s))
	}
}

// optInts appends an optional list of numbers.
func (e *encoder) optInts(xs []int) {
	if xs == nil {
		e.num(0)
		return
	}
	e.num(len(xs) + 1)
	for _, x := range xs {
		e.num(x)
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
	e := &encoder{strs: []string{""}, ids: map[string]int{}}
	entAt := make([]int, len(g.ents))
	for i, x := range g.ents {
		entAt[i] = len(e.recs)
		for _, s := range []string{x.name, x.code, x.affiliation, string(x.kind), x.title, x.start, x.end} {
			e.num(e.str(s))
		}
		e.optStrs(x.aliases)
		e.optStrs(x.demonyms)
		var terms []int
		if k, ok := g.byName[x.name]; ok && k == i {
			terms = g.terms[x.name]
		}
		e.optInts(terms)
	}
	titled := len(e.recs)
	e.optInts(g.titled)
	stateWords := len(e.recs)
	n := 0
	for b := range 256 {
		n += len(g.stateWords[byte(b)])
	}
	e.num(n)
	for b := range 256 {
		for _, w := range g.stateWords[byte(b)] {
			e.num(e.str(w.word))
			e.num(w.ent)
		}
	}
	var tables [][]byte
	for _, build := range []func() ([]byte, error){
		func() ([]byte, error) { return e.table(g.byName, func(k string) int { return g.byName[k] }) },
		func() ([]byte, error) {
			return e.table(keys(g.forms), func(k string) int {
				at := len(e.recs)
				e.num(len(g.forms[k]))
				for _, f := range g.forms[k] {
					e.strList(f.toks)
					e.num(f.ent)
					e.num(f.flags())
					e.num(e.str(f.from))
					e.num(e.str(f.until))
				}
				return at
			})
		},
		func() ([]byte, error) {
			return e.table(keys(g.spellings), func(k string) int {
				at := len(e.recs)
				e.num(len(g.spellings[k]))
				for _, sp := range g.spellings[k] {
					e.num(sp.ent)
					e.num(e.str(sp.rest))
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
	nbytes := 0
	for _, s := range e.strs {
		nbytes += len(s)
	}
	for _, x := range []int{len(entAt), len(e.strs), nbytes, len(e.recs), titled, stateWords} {
		out = le.AppendUint32(out, uint32(x))
	}
	end := 0
	for _, s := range e.strs {
		end += len(s)
		out = le.AppendUint32(out, uint32(end))
	}
	for _, s := range e.strs {
		out = append(out, s...)
	}
	for _, at := range entAt {
		out = le.AppendUint32(out, uint32(at))
	}
	out = append(out, e.recs...)
	for _, t := range tables {
		out = append(out, t...)
	}
	return out
}
