package actor

import (
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
	"github.com/chronicle-kg/chronicle/extract/internal/records"
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
//	magic "CHRONICLE-GAZETTEER-3\n"
//	ents, titled, stateWords uint32, little-endian
//	where each entity's record starts [ents]uint32, little-endian
//	the records (package records)
//	the tables byName, forms and spellings (package hashtab)
//
// An optional list (one that may be nil) is its length plus one, 0 for
// nil, and its items. An entity's record is its name, code, affiliation,
// kind, title, start and end, its aliases and demonyms (optional lists
// of strings), and the rows of its terms (an optional list of numbers;
// only the row that names a person has one). titled is where the list of
// the rows of titled people starts, stateWords where a list of pairs (a
// state's one-word name, its row) starts.
//
// byName maps a canonical name to its row; forms a first token to where
// the list of its forms starts, each form its tokens (a list of
// strings), entity, flags, from and until; spellings a normalised first
// name to where a list of pairs (entity, the rest of the name) starts.
const gazetteerMagic = "CHRONICLE-GAZETTEER-3\n"

// headerWords is the number of uint32s of the header after the magic.
const headerWords = 3

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
	entAt      string // where each entity's record starts
	recs       *records.Records
	nEnts      int
	titled     int // where lists start in recs
	stateWords int

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
	n := &names{nEnts: h[0], titled: h[1], stateWords: h[2]}
	if len(data)-p < 4*n.nEnts {
		return nil, fmt.Errorf("%w: cut short", errGazetteer)
	}
	n.entAt, p = data[p:p+4*n.nEnts], p+4*n.nEnts
	recs, k, err := records.Open(data[p:])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errGazetteer, err)
	}
	n.recs, p = recs, p+k
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

// optStrs reads an optional list of strings.
func optStrs(c *records.Reader) []string {
	k := c.Num()
	if k == 0 {
		return nil
	}
	out := make([]string, k-1)
	for i := range out {
		out[i] = c.Str()
	}
	return out
}

// optInts reads an optional list of numbers.
func optInts(c *records.Reader) []int {
	k := c.Num()
	if k == 0 {
		return nil
	}
	out := make([]int, k-1)
	for i := range out {
		out[i] = c.Num()
	}
	return out
}

// record returns a reader of entity i's record.
func (n *names) record(i int) records.Reader {
	return n.recs.At(int(hashtab.Uint32(n.entAt, 4*i)))
}

// ent returns entity i, which the caller must not change.
func (n *names) ent(i int) *entity {
	if e := n.entCache[i].Load(); e != nil {
		return e
	}
	c := n.record(i)
	e := &entity{name: c.Str(), code: c.Str(), affiliation: c.Str(), kind: Kind(c.Str()), title: c.Str(), start: c.Str(), end: c.Str()}
	e.aliases, e.demonyms = optStrs(&c), optStrs(&c)
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
	c := n.record(i)
	for range 7 {
		c.Num()
	}
	optStrs(&c)
	optStrs(&c)
	rs := optInts(&c)
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
	c := n.recs.At(int(n.forms.Value(k)))
	fs := make([]form, c.Num())
	for j := range fs {
		f := &fs[j]
		f.toks = c.Strs()
		f.ent = c.Num()
		flags := c.Num()
		f.demonym, f.surname, f.guarded = flags&formDemonym != 0, flags&formSurname != 0, flags&formGuarded != 0
		f.shared, f.place = flags&formShared != 0, flags&formPlace != 0
		f.from, f.until = c.Str(), c.Str()
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
	c := n.recs.At(int(p))
	out := make([]spelling, c.Num())
	for k := range out {
		out[k] = spelling{ent: c.Num(), rest: c.Str()}
	}
	return out
}

// titledRows returns the rows of titled people.
func (n *names) titledRows() []int {
	c := n.recs.At(n.titled)
	return optInts(&c)
}

// stateWordIndex returns states' one-word names by their first byte.
func (n *names) stateWordIndex() map[byte][]stateWord {
	out := map[byte][]stateWord{}
	c := n.recs.At(n.stateWords)
	for range c.Num() {
		w := c.Str()
		out[w[0]] = append(out[w[0]], stateWord{word: w, ent: c.Num()})
	}
	return out
}
