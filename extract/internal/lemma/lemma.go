// Package lemma gives words their dictionary forms, as the Universal
// Dependencies English Web Treebank writes them: "met" (VBD) is "meet",
// "troops" (NNS) "troop", "Russia's" pieces "Russia" and "'s".
//
// A Model learnt from a treebank knows the lemma of each (word, tag) it
// saw, and for unseen words an edit rule per tag and word ending: the
// letters to cut from the end and those to add, chosen as the treebank
// most often does for words of that tag ending so ("-ies" NNS → "-y").
// Proper nouns keep their form; other lemmas are lower case, as EWT's are.
package lemma

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
)

// maxSuffix is the longest word ending a rule is keyed by.
const maxSuffix = 4

// An edit turns a lower-cased word into its lemma: cut Cut bytes from its
// end, then add Add.
type edit struct {
	cut int
	add string
}

func (e edit) String() string { return strconv.Itoa(e.cut) + " " + e.add }

// A Model lemmatises. It is read-only and safe for concurrent use. Its
// tables are in a compact form (compact.go), which Train and ReadModel
// make of the maps below and Open uses where it lies.
type Model struct {
	known  *hashtab.Table // lower form TAB XPOS → lemma (a string)
	rules  *hashtab.Table // XPOS TAB ending → edit: its add (a string) << 8 | its cut
	lemmas *hashtab.Table // every lemma of known → isLemma | isVerb
	strs   strTable
	data   string // the compact form
}

// The flags of a lemma in Model.lemmas: a lemma of known, and a lemma of
// a verb form of known. (Only the lemmas of verb forms was tried: EWT dev
// lemmas 97.11 against 97.12.)
const (
	isLemma = 1 << iota
	isVerb
)

// A pair keys the maps Train and ReadModel fill without building a
// string.
type pair struct{ a, b string }

// An Example is one word of a treebank with its tags and lemma.
type Example struct {
	Form, UPOS, XPOS, Lemma string
}

// Train learns a model from examples. The same examples make the same
// model.
func Train(examples []Example) *Model {
	known, ruled := map[pair]string{}, map[pair]edit{}
	seen := map[pair]map[string]int{}
	rules := map[pair]map[edit]int{}
	for _, x := range examples {
		if x.Lemma == "" || x.Lemma == "_" {
			continue
		}
		low := strings.ToLower(x.Form)
		k := pair{low, x.XPOS}
		if seen[k] == nil {
			seen[k] = map[string]int{}
		}
		seen[k][x.Lemma]++
		if x.UPOS == "PROPN" {
			continue // proper nouns keep their form: no rule
		}
		e, ok := editOf(low, strings.ToLower(x.Lemma))
		if !ok {
			continue
		}
		for n := 0; n <= maxSuffix && n <= len(low); n++ {
			k := pair{x.XPOS, low[len(low)-n:]}
			if rules[k] == nil {
				rules[k] = map[edit]int{}
			}
			rules[k][e]++
		}
	}
	for k, ls := range seen {
		known[k] = best(ls)
	}
	for k, es := range rules {
		var be edit
		bn := -1
		for e, n := range es {
			if n > bn || n == bn && e.String() < be.String() {
				be, bn = e, n
			}
		}
		if be != (edit{}) {
			ruled[k] = be
		}
	}
	m, err := compact(known, ruled)
	if err != nil {
		panic(err) // an edit's cut of 256 letters or more: no word of a treebank
	}
	return m
}

// best returns the value seen most, the least in byte order of equals.
func best(vs map[string]int) string {
	keys := make([]string, 0, len(vs))
	for v := range vs {
		keys = append(keys, v)
	}
	slices.Sort(keys)
	b := keys[0]
	for _, v := range keys {
		if vs[v] > vs[b] {
			b = v
		}
	}
	return b
}

// editOf returns the edit that turns low into lemma, keeping their
// longest common beginning.
func editOf(low, lemma string) (edit, bool) {
	i := 0
	for i < len(low) && i < len(lemma) && low[i] == lemma[i] {
		i++
	}
	if i == 0 && len(low) > 0 {
		return edit{}, false // nothing in common ("went" → "go"): a word, not a rule
	}
	return edit{cut: len(low) - i, add: lemma[i:]}, true
}

// Lemma returns the lemma of form tagged upos and xpos.
func (m *Model) Lemma(form, upos, xpos string) string {
	low := strings.ToLower(form) // as Train keyed the words and rules
	var buf [64]byte
	if l, ok := m.known.GetBytes(key(&buf, low, xpos)); ok {
		return m.strs.at(l)
	}
	if upos == "PROPN" {
		return form
	}
	if xpos == "VBD" || xpos == "VBN" {
		if l, ok := irregular().lemma[low]; ok {
			return l // "fled" is "flee", "shot" "shoot"
		}
	}
	if l, ok := ineVerb(low, xpos); ok {
		return l
	}
	for n := min(maxSuffix, len(low)); n >= 0; n-- {
		// a rule that would leave nothing is not for this word
		r, ok := m.rules.GetBytes(key(&buf, xpos, low[len(low)-n:]))
		if e := m.edit(r); ok && e.cut <= len(low) && len(low)-e.cut+len(e.add) > 0 {
			l := low[:len(low)-e.cut] + e.add
			if !m.is(l, isVerb) {
				// "fined" is "fine", a verb, not "fin"; "raided" is
				// "raid", not "raide", a lemma of no word
				if c, ok := m.knownStem(low, xpos, isVerb); ok {
					return c
				}
			}
			if !m.is(l, isLemma) {
				if c, ok := m.knownStem(low, xpos, isLemma); ok {
					return c
				}
			}
			return l
		}
	}
	return low
}

// ineVerb returns the lemma of a verb form ending in "ined" or "ining"
// the treebank does not hold: after a consonant the lemma ends in "ine"
// ("fined", "quarantined", "mining" are "fine", "quarantine", "mine"),
// after a vowel in "in" ("detained", "ruined", "complaining").
func ineVerb(low, xpos string) (string, bool) {
	var stem string
	switch {
	case (xpos == "VBD" || xpos == "VBN") && strings.HasSuffix(low, "ined"):
		stem = low[:len(low)-2]
	case xpos == "VBG" && strings.HasSuffix(low, "ining"):
		stem = low[:len(low)-3]
	default:
		return "", false
	}
	if len(stem) < 3 {
		return "", false
	}
	if strings.IndexByte("aeiouy", stem[len(stem)-3]) >= 0 {
		return stem, true // "detain"
	}
	return stem + "e", true // "fine"
}

// knownStem returns the first of a verb form's plain stems that is a
// known lemma of kind (isVerb, the lemmas of known verbs, or isLemma, of
// any known words), where the rule's lemma is not: "raided" → "raid",
// not "raide" as "decided" is "decide"; "fined" → "fine", not "fin";
// false if none is.
func (m *Model) knownStem(low, xpos string, kind uint32) (string, bool) {
	var suf string
	switch xpos {
	case "VBD", "VBN":
		suf = "ed"
	case "VBG":
		suf = "ing"
	default:
		return "", false
	}
	if !strings.HasSuffix(low, suf) || len(low) < len(suf)+2 {
		return "", false
	}
	stem := low[:len(low)-len(suf)]
	cands := []string{stem, stem + "e"}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
		cands = append(cands, stem[:n-1]) // "rammed", "ramming"
	}
	if suf == "ed" {
		cands = append(cands, low[:len(low)-1]) // "fined" → "fine"
	}
	for _, c := range cands {
		if m.is(c, kind) {
			return c, true
		}
	}
	return "", false
}

const magic = "CHRONICLE-LEMMA-1\n"

// WriteTo writes m to w: its known words and its rules, a line each,
// sorted.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var lines []string
	for i := range m.known.Len() {
		lines = append(lines, "w\t"+m.known.Key(i)+"\t"+m.strs.at(m.known.Value(i)))
	}
	for i := range m.rules.Len() {
		e := m.edit(m.rules.Value(i))
		lines = append(lines, "r\t"+m.rules.Key(i)+"\t"+strconv.Itoa(e.cut)+"\t"+e.add)
	}
	slices.Sort(lines)
	n, err := io.WriteString(w, magic+strings.Join(lines, "\n")+"\n")
	return int64(n), err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	// the whole file as one string, its fields slices of it: no
	// allocation a line
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	text, ok := strings.CutPrefix(string(data), magic)
	if !ok {
		return nil, fmt.Errorf("lemma: not a lemmatiser model")
	}
	known, rules := make(map[pair]string, strings.Count(text, "\nw\t")+1), make(map[pair]edit, strings.Count(text, "\nr\t")+1)
	for n := 2; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		k := strings.Count(line, "\t") + 1 // fields
		var f [5]string
		for i, rest := 0, line; i < min(k, len(f)); i++ {
			f[i], rest, _ = strings.Cut(rest, "\t")
		}
		switch {
		case k == 4 && f[0] == "w":
			known[pair{f[1], f[2]}] = f[3]
		case k == 5 && f[0] == "r":
			cut, err := strconv.Atoi(f[3])
			if err != nil || cut < 0 || cut > maxCut {
				return nil, fmt.Errorf("lemma: line %d: bad cut %q", n, f[3])
			}
			rules[pair{f[1], f[2]}] = edit{cut: cut, add: f[4]}
		default:
			return nil, fmt.Errorf("lemma: line %d: %q", n, line)
		}
	}
	return compact(known, rules)
}
