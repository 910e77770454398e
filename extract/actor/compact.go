package actor

import (
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
)

// The names of the gazetteer, its thirty thousand entities and the forms
// they go by, are built from the tables of data/ at go generate time (the
// builder, build.go) into one file, data/gazetteer.bin, which the program
// embeds and uses where it lies: opening it reads a header, and an entity
// or the forms of a word are decoded the first time a text asks for them,
// so that a one-line article pays for the dozen names it holds, not for
// the tables. TestGazetteerBin fails when the file is not what the tables
// make; go generate ./extract/actor makes it again.
//
// # Layout
//
//	magic "CHRONICLE-GAZETTEER-2\n"
//	ents, strings, string bytes, record bytes, titled, stateWords uint32
//	the ends of the strings [strings]uint32, then their bytes
//	where each entity's record starts [ents]uint32
//	the records
//	the tables byName, forms and spellings (package hashtab)
//
// Fixed-size numbers are little-endian uint32s; the records are uvarints.
// A string is named by its number, 0 for "". A list of strings is its
// length and the strings; an optional list (one that may be nil) is its
// length plus one, 0 for nil, and its items. An entity's record is its
// name, code, affiliation, kind, title, start and end, its aliases and
// demonyms (optional lists of strings), and the rows of its terms (an
// optional list; only the row that names a person has one). titled is
// where the list of the rows of titled people starts, stateWords where
// a list of pairs (a state's one-word name, its row) starts.
//
// byName maps a canonical name to its row; forms a first token to where
// the list of its forms starts, each form its tokens (a list of
// strings), entity, flags, from and until; spellings a normalised first
// name to where a list of pairs (entity, the rest of the name) starts.
const gazetteerMagic = "CHRONICLE-GAZETTEER-2\n"

// headerWords is the number of uint32s of the header after the magic.
const headerWords = 6

// The flags of a form.
const (
	formDemonym = 1 << iota
	formSurname
	formGuarded
	formShared
	formPlace
)

// names are the entities of the gazetteer, their forms and terms, read
// from their compact form, each decoded on first use and kept.
type names struct {
	ends, bytes string // the strings
	entAt       string // where each entity's record starts
	recs        string
	nEnts       int
	titled      int // where lists start in recs
	stateWords  int

	byName, forms, spellings *hashtab.Table

	entCache  []atomic.Pointer[entity]
	termCache []atomic.Pointer[[]int] // by row
	formCache []atomic.Pointer[[]form]
}

// errGazetteer is the error of a compact form that does not hold together.
var errGazetteer = errors.New("not a compact gazetteer")

// openNames opens the compact form in data.
func openNames(data string) (*names, error) {
	p := len(gazetteerMagic)
	if len(data) < p+4*headerWords || data[:p] != gazetteerMagic {
		return nil, errGazetteer
	}
	var h [headerWords]int
	for k := range h {
		h[k] = int(hashtab.Uint32(data, p+4*k))
	}
	p += 4 * headerWords
	n := &names{nEnts: h[0], titled: h[4], stateWords: h[5]}
	nstr, nbytes, nrecs := h[1], h[2], h[3]
	var secs [4]string
	for k, size := range []int{4 * nstr, nbytes, 4 * n.nEnts, nrecs} {
		if len(data)-p < size {
			return nil, fmt.Errorf("%w: cut short", errGazetteer)
		}
		secs[k], p = data[p:p+size], p+size
	}
	n.ends, n.bytes, n.entAt, n.recs = secs[0], secs[1], secs[2], secs[3]
	for _, t := range []**hashtab.Table{&n.byName, &n.forms, &n.spellings} {
		tab, k, err := hashtab.Open(data[p:])
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errGazetteer, err)
		}
		*t, p = tab, p+k
	}
	n.entCache = make([]atomic.Pointer[entity], n.nEnts)
	n.termCache = make([]atomic.Pointer[[]int], n.nEnts)
	n.formCache = make([]atomic.Pointer[[]form], n.forms.Len())
	return n, nil
}

// str returns string i.
func (n *names) str(i int) string {
	start := 0
	if i > 0 {
		start = int(hashtab.Uint32(n.ends, 4*(i-1)))
	}
	return n.bytes[start:hashtab.Uint32(n.ends, 4*i)]
}

// A record reads the uvarints of the records from where it stands.
type record struct {
	n *names
	p int
}

// at returns a record that reads from p.
func (n *names) at(p int) *record { return &record{n: n, p: p} }

// num reads a number.
func (r *record) num() int {
	var x uint64
	for s := uint(0); ; s += 7 {
		b := r.n.recs[r.p]
		r.p++
		x |= uint64(b&0x7f) << s
		if b < 0x80 {
			return int(x)
		}
	}
}

// str reads a string.
func (r *record) str() string { return r.n.str(r.num()) }

// strs reads a list of strings of length k.
func (r *record) strs(k int) []string {
	out := make([]string, k)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

// optStrs reads an optional list of strings.
func (r *record) optStrs() []string {
	if k := r.num(); k > 0 {
		return r.strs(k - 1)
	}
	return nil
}

// optInts reads an optional list of numbers.
func (r *record) optInts() []int {
	k := r.num()
	if k == 0 {
		return nil
	}
	out := make([]int, k-1)
	for i := range out {
		out[i] = r.num()
	}
	return out
}

// record returns a reader of entity i's record.
func (n *names) record(i int) *record { return n.at(int(hashtab.Uint32(n.entAt, 4*i))) }

// ent returns entity i, which the caller must not change.
func (n *names) ent(i int) *entity {
	if e := n.entCache[i].Load(); e != nil {
		return e
	}
	r := n.record(i)
	e := &entity{name: r.str(), code: r.str(), affiliation: r.str(), kind: Kind(r.str()), title: r.str(), start: r.str(), end: r.str()}
	e.aliases, e.demonyms = r.optStrs(), r.optStrs()
	n.entCache[i].Store(e)
	return e
}

// row returns the row of the entity of canonical name name.
func (n *names) row(name string) (int, bool) {
	i, ok := n.byName.Get(name)
	return int(i), ok
}

// termsOf returns the rows of the terms of the person called name, which
// the caller must not change.
func (n *names) termsOf(name string) []int {
	i, ok := n.row(name)
	if !ok {
		return nil
	}
	if rs := n.termCache[i].Load(); rs != nil {
		return *rs
	}
	r := n.record(i)
	for range 7 {
		r.num()
	}
	for range 2 {
		if k := r.num(); k > 0 {
			r.strs(k - 1)
		}
	}
	rs := r.optInts()
	n.termCache[i].Store(&rs)
	return rs
}

// formsOf returns the forms whose first token is w, longest first, which
// the caller must not change.
func (n *names) formsOf(w string) []form {
	k, ok := n.forms.Find(w)
	if !ok {
		return nil
	}
	if fs := n.formCache[k].Load(); fs != nil {
		return *fs
	}
	r := n.at(int(n.forms.Value(k)))
	fs := make([]form, r.num())
	for j := range fs {
		f := &fs[j]
		f.toks = r.strs(r.num())
		f.ent = r.num()
		flags := r.num()
		f.demonym, f.surname, f.guarded = flags&formDemonym != 0, flags&formSurname != 0, flags&formGuarded != 0
		f.shared, f.place = flags&formShared != 0, flags&formPlace != 0
		f.from, f.until = r.str(), r.str()
	}
	n.formCache[k].Store(&fs)
	return fs
}

// spellingsOf returns the people's names whose normalised first word is w.
func (n *names) spellingsOf(w string) []spelling {
	p, ok := n.spellings.Get(w)
	if !ok {
		return nil
	}
	r := n.at(int(p))
	out := make([]spelling, r.num())
	for k := range out {
		out[k] = spelling{ent: r.num(), rest: r.str()}
	}
	return out
}

// titledRows returns the rows of titled people.
func (n *names) titledRows() []int { return n.at(n.titled).optInts() }

// stateWordIndex returns states' one-word names by their first byte.
func (n *names) stateWordIndex() map[byte][]stateWord {
	out := map[byte][]stateWord{}
	r := n.at(n.stateWords)
	for range r.num() {
		w := r.str()
		out[w[0]] = append(out[w[0]], stateWord{word: w, ent: r.num()})
	}
	return out
}
