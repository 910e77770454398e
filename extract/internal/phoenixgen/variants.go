package main

import (
	"sort"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
)

// variantKey is a name's words without filler words, endings and spelling
// differences: "Organisation of Islamic Conferences" and "Organization of the
// Islamic Conference" have the same key.
func variantKey(n string) string {
	var ks []string
	for _, w := range strings.Fields(n) {
		if variantFiller[w] {
			continue
		}
		if v, ok := variantSpelling[w]; ok {
			w = v
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = strings.TrimSuffix(w, "s")
		}
		ks = append(ks, w)
	}
	sort.Strings(ks)
	return strings.Join(ks, " ")
}

// variantFiller are the words variantKey and closeSpelling leave out.
var variantFiller = phoenix.Set(`the of in for and a an organization organisation group inc corp corporation co company ltd limited plc llc`)

// variantSpelling maps British and other spellings to the one variantKey
// uses.
var variantSpelling = map[string]string{"centre": "center", "programme": "program", "defence": "defense",
	"labour": "labor", "organisations": "organizations", "southeast": "south east", "commissioner": "commission"}

// variantOfExisting: a name that organizations.tsv has, spelt a little
// differently ("Lashkar e Tayyaba"), or, under the same code, with words more
// or less ("Association of Southeast Asia Nations", "United Nations Food and
// Agriculture Organization").
func (g *gen) variantOfExisting(name, code string) bool {
	n := norm(name)
	k := variantKey(n)
	for _, f := range g.existingForms {
		if closeSpelling(f, n) {
			return true
		}
	}
	for _, f := range g.existingCode[code] {
		if variantKey(f) == k {
			return true
		}
		long, short := n, f
		if len(short) > len(long) {
			long, short = short, long
		}
		if len(strings.Fields(short)) >= 3 && strings.Contains(" "+long+" ", " "+short+" ") {
			return true
		}
	}
	return false
}

// closeSpelling: two spellings of one name — the same words but one, and
// that one a word of five letters or more spelt a little differently
// ("jemaah islamiyah", "jemaah islamiah"; "world uighur congress", "world
// uygur congress"). Filler words are left out.
func closeSpelling(a, b string) bool {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) < 2 || len(wa) != len(wb) {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return true
	}
	x, y := wa[diff], wb[diff]
	if len(x) < 5 || len(y) < 5 || x[0] != y[0] {
		return false
	}
	return 4*phoenix.EditDistance(x, y) <= max(len(x), len(y))
}

// contentWords returns the words of a normalised name but filler words.
func contentWords(n string) []string {
	var out []string
	for _, w := range strings.Fields(n) {
		if !variantFiller[w] {
			out = append(out, w)
		}
	}
	return out
}
