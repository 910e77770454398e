package lemma

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
)

// The compact form of a Model is its tables laid out to be used where
// they lie (package hashtab), so that a program that embeds one pays
// nothing at start for its twenty thousand words:
//
//	magic "CHRONICLE-LEMMA-BIN-1\n"
//	strings uint32, their ends [strings]uint32 (little-endian), their bytes
//	the tables known, rules and lemmas (see Model)
//
// A string is named by its number, 0 for "". Train and ReadModel make
// it; Open opens it; AppendBinary returns it.
const compactMagic = "CHRONICLE-LEMMA-BIN-1\n"

// maxCut is the most letters an edit may cut: the cut is a value's low
// byte.
const maxCut = 255

// A strTable is the strings of a compact form.
type strTable struct{ ends, bytes string }

// at returns string i, "" if there is none (in a damaged table).
func (t strTable) at(i uint32) string {
	if int(i) >= len(t.ends)/4 {
		return ""
	}
	start := uint32(0)
	if i > 0 {
		start = hashtab.Uint32(t.ends, 4*int(i-1))
	}
	return t.bytes[start:hashtab.Uint32(t.ends, 4*int(i))]
}

// key returns a TAB b, made in buf when it fits: a key of known or rules.
func key(buf *[64]byte, a, b string) []byte {
	return append(append(append(buf[:0], a...), '\t'), b...)
}

// edit returns the edit of a value of rules.
func (m *Model) edit(v uint32) edit { return edit{cut: int(v & maxCut), add: m.strs.at(v >> 8)} }

// is reports whether l is a known lemma of kind (isLemma or isVerb).
func (m *Model) is(l string, kind uint32) bool {
	v, ok := m.lemmas.Get(l)
	return ok && v&kind != 0
}

// compact returns the model of the words known and the rules, in its
// compact form.
func compact(known map[pair]string, rules map[pair]edit) (*Model, error) {
	strs, ids := []string{""}, map[string]uint32{"": 0}
	str := func(s string) uint32 {
		if id, ok := ids[s]; ok {
			return id
		}
		strs = append(strs, s)
		ids[s] = uint32(len(strs) - 1)
		return ids[s]
	}
	byPair := func(x, y pair) int { return strings.Compare(x.a+"\t"+x.b, y.a+"\t"+y.b) }
	var kb, rb, lb hashtab.Builder
	lemmas := map[string]uint32{}
	for _, k := range slices.SortedFunc(keysOf(known), byPair) {
		l := known[k]
		kb.Add(k.a+"\t"+k.b, str(l))
		lemmas[l] |= isLemma
		if strings.HasPrefix(k.b, "VB") {
			lemmas[l] |= isVerb
		}
	}
	for _, k := range slices.SortedFunc(keysOf(rules), byPair) {
		e := rules[k]
		if e.cut < 0 || e.cut > maxCut {
			return nil, fmt.Errorf("lemma: a rule that cuts %d letters", e.cut)
		}
		rb.Add(k.a+"\t"+k.b, str(e.add)<<8|uint32(e.cut))
	}
	for _, l := range slices.Sorted(func(yield func(string) bool) {
		for l := range lemmas {
			if !yield(l) {
				return
			}
		}
	}) {
		lb.Add(l, lemmas[l])
	}
	le := binary.LittleEndian
	out := le.AppendUint32([]byte(compactMagic), uint32(len(strs)))
	end := 0
	for _, s := range strs {
		end += len(s)
		out = le.AppendUint32(out, uint32(end))
	}
	for _, s := range strs {
		out = append(out, s...)
	}
	for _, b := range []*hashtab.Builder{&kb, &rb, &lb} {
		t, err := b.Bytes()
		if err != nil {
			return nil, fmt.Errorf("lemma: %w", err)
		}
		out = append(out, t...)
	}
	return Open(string(out))
}

// keysOf returns the keys of m, to be sorted.
func keysOf[V any](m map[pair]V) func(yield func(pair) bool) {
	return func(yield func(pair) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// Open returns the model of the compact form in data, which it uses where
// it lies: data must not change while the model is in use (a string's
// bytes never do).
func Open(data string) (*Model, error) {
	p := len(compactMagic)
	if len(data) < p+4 || data[:p] != compactMagic {
		return nil, fmt.Errorf("lemma: not a compact model")
	}
	n := int(hashtab.Uint32(data, p))
	p += 4
	if n < 1 || len(data)-p < 4*n {
		return nil, fmt.Errorf("lemma: a compact model cut short")
	}
	m := &Model{strs: strTable{ends: data[p : p+4*n]}}
	p += 4 * n
	size := int(hashtab.Uint32(m.strs.ends, 4*(n-1)))
	if len(data)-p < size {
		return nil, fmt.Errorf("lemma: a compact model cut short")
	}
	m.strs.bytes, p = data[p:p+size], p+size
	for _, t := range []**hashtab.Table{&m.known, &m.rules, &m.lemmas} {
		tab, k, err := hashtab.Open(data[p:])
		if err != nil {
			return nil, fmt.Errorf("lemma: %w", err)
		}
		*t, p = tab, p+k
	}
	m.data = data[:p]
	return m, nil
}

// AppendBinary appends the compact form of m to b.
func (m *Model) AppendBinary(b []byte) ([]byte, error) { return append(b, m.data...), nil }
