package actor

import (
	"strings"
	"sync"
	"time"

	"github.com/chronicle-kg/chronicle/extract/internal/fold"
	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
)

// News spells foreign names many ways: "Francois Mitterand", "Abdelaziz
// Bouteflicka", "Omar El Bashir", "Carlos Menem" (Carlos Saul Menem). A
// titled name the gazetteer does not know is looked up again,
// normalised, allowing one letter's difference in the family name or a
// middle name left out.

// A spelling is a person's name, normalised, under its first word.
type spelling struct {
	ent  int
	rest string // the normalised words after the first
}

// indexSpellings indexes every person's names by their normalised first
// word.
func (g *builder) indexSpellings() {
	g.spellings = make(map[string][]spelling, len(g.byName)/2)
	for i, e := range g.ents {
		if e.kind != Person || g.byName[e.name] != i {
			continue // one entry a person, in table order, so ties break the same way every run
		}
		for _, a := range e.aliases {
			ws := normName(a)
			if len(ws) < 2 {
				continue
			}
			g.spellings[ws[0]] = append(g.spellings[ws[0]], spelling{ent: i, rest: strings.Join(ws[1:], " ")})
		}
	}
}

// normName splits a name into lower-case words without accents, hyphens,
// the articles al and el, or doubled letters: "Omar al-Bashir" and "Omar
// El Bashir" are both "omar bashir", "Mitterrand" and "Mitterand"
// "miterand".
func normName(s string) []string {
	var b strings.Builder
	var last rune
	for _, r := range strings.ToLower(s) {
		r = fold.Rune(r)
		switch {
		case r == '-' || r == ' ' || r == '.' || r == '\'' || r == '’':
			r = ' '
		case r == last:
			continue
		}
		b.WriteRune(r)
		last = r
	}
	var out []string
	for _, w := range strings.Fields(b.String()) {
		if w != "al" && w != "el" {
			out = append(out, w)
		}
	}
	return out
}

// fuzzyPerson returns the person whose name is name but for spelling, with
// the term nearest the day on, or -1. The first word must agree once
// normalised; the rest may differ by one letter when it is five letters or
// more.
func (g *gazetteer) fuzzyPerson(name string, on time.Time) int {
	ws := normName(name)
	if len(ws) < 2 {
		return -1
	}
	rest := strings.Join(ws[1:], " ")
	onDay := on.Format(time.DateOnly)
	best, bestDist := -1, 1<<62
	for _, sp := range g.spellingsOf(ws[0]) {
		if sp.rest != rest && (len(rest) < 5 || !oneEdit(sp.rest, rest)) && !middleDropped(sp.rest, rest) {
			continue
		}
		dist := 0
		for k, i := range g.termsOf(g.ent(sp.ent).name) {
			if t := termDistance(g.ent(i), on, onDay); k == 0 || t < dist {
				dist = t
			}
		}
		if dist < bestDist {
			best, bestDist = sp.ent, dist
		}
	}
	return best
}

// middleDropped reports whether rest is full without one or more of its
// middle names, the surname kept: "Carlos Menem" for Carlos Saul Menem,
// "Omar Hassan al-Bashir" for Omar Hassan Ahmad al-Bashir, as news writes
// them. A dropped word must be a name, not a particle of the surname
// ("bin") or an initial.
func middleDropped(full, rest string) bool {
	fw, rw := strings.Fields(full), strings.Fields(rest)
	if len(rw) == 0 || len(rw) >= len(fw) || rw[len(rw)-1] != fw[len(fw)-1] {
		return false
	}
	j := 0 // rw's words before the surname found, in order, among fw's
	for _, w := range fw[:len(fw)-1] {
		if j < len(rw)-1 && w == rw[j] {
			j++
			continue
		}
		if len(w) < 2 || nameParticle[w] {
			return false
		}
	}
	return j == len(rw)-1
}

// oneEdit reports whether a and b differ by one inserted, deleted or
// replaced byte.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true // equal
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

// misspeltStateAt reads a state's name misspelt by one letter at token i:
// "Ethopia", "Afganistan", "Phillippines". Only a capitalised word of
// seven letters or more that no other name claims, standing alone, is
// tried, against states' one-word names and aliases of seven letters or
// more: shorter names are too near ordinary words and names ("Roland",
// "Poland").
func (d *reader) misspeltStateAt(g *gazetteer, i int) (Span, bool) {
	w := d.Word(i)
	if len(w) < 7 || !d.capitalised(i) || d.capitalised(i+1) || d.capitalised(i-1) && !notNames()[d.Lower(i-1)] || notMisspelt()[w] {
		return Span{}, false
	}
	for _, c := range g.stateWords[w[0]] {
		if len(c.word)-len(w) <= 1 && len(w)-len(c.word) <= 1 && oneEdit(c.word, w) {
			return Span{T0: i, T1: i + 1, Start: int(d.Toks[i].Start), End: int(d.Toks[i].End), Actor: d.actorFor(g, c.ent)}, true
		}
	}
	return Span{}, false
}

// A stateWord is a state's one-word name or alias.
type stateWord struct {
	word string
	ent  int
}

// indexStateWords indexes states' one-word names and aliases (not
// demonyms or capitals) of seven letters or more by their first byte, for
// misspeltStateAt.
func (g *builder) indexStateWords() {
	g.stateWords = map[byte][]stateWord{}
	rs, _ := g.rows("countries.tsv", 5)
	for _, r := range rs {
		i, ok := g.byName[r[0]]
		if !ok {
			continue
		}
		for _, a := range append([]string{r[0]}, tsv.Split(r[2])...) {
			a = strings.TrimSuffix(a, "~")
			if len(a) >= 7 && !strings.ContainsAny(a, " .-") {
				g.stateWords[a[0]] = append(g.stateWords[a[0]], stateWord{a, i})
			}
		}
	}
}

// notMisspelt are words one letter from a state's name that name
// something else: "Columbia" (words.txt).
var notMisspelt = sync.OnceValue(func() map[string]bool { return lexicon.Set("not-misspelt") })
