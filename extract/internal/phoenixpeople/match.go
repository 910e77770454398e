package main

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/fold"
	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
)

// looseKey folds a name for comparison with leaders.tsv: lower case,
// without accents, hyphens, dots and the particles al/el.
func looseKey(s string) string {
	s = strings.ToLower(fold.String(s))
	s = strings.NewReplacer("-", " ", ".", " ", "'", "", "’", "").Replace(s)
	var out []string
	for _, w := range strings.Fields(s) {
		if w == "al" || w == "el" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// anyKnown reports whether the loose key of one of as is in known.
func anyKnown(as []string, known map[string]bool) bool {
	for _, a := range as {
		if known[looseKey(a)] {
			return true
		}
	}
	return false
}

// A heldName is a name or alias of leaders.tsv.
type heldName struct {
	country string
	words   []string
}

// nameWords splits a name into consonant skeletons of its words, without
// particles and titles: "Manouchehr Mottaki" → [mnchr mtk], "S. M.
// Krishna" → [s. m. krshn].
func nameWords(s string) []string {
	s = strings.ToLower(fold.String(s))
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		w = strings.Trim(w, ".'’")
		if w == "" || particles[strings.ToUpper(w)] || titles[strings.ToUpper(w)] {
			continue
		}
		if len([]rune(w)) == 1 {
			out = append(out, w+".") // an initial
			continue
		}
		out = append(out, skeleton(w))
	}
	return out
}

// skeleton keeps a word's first letter and the consonants of the rest,
// doubled letters once: spellings of one name mostly share it.
func skeleton(w string) string {
	var b []rune
	for i, r := range w {
		if r == '\'' || r == '.' {
			continue
		}
		if i > 0 && strings.ContainsRune("aeiouy", r) {
			continue
		}
		if len(b) > 0 && b[len(b)-1] == r {
			continue
		}
		b = append(b, r)
	}
	return string(b)
}

// nicknames maps the short forms of English given names to the full ones.
var nicknames = map[string]string{"bll": "wllm", "jck": "jhn", "bb": "rbrt", "rb": "rbrt", "j": "jsph",
	"mk": "mchl", "dck": "rchrd", "tn": "anthn", "jm": "jms", "tm": "thms", "dn": "dnl", "dv": "dvd",
	"ed": "edwrd", "alx": "alxndr", "al": "albrt"}

// leaderLike returns the leaders.tsv name of p's state (or of an
// international office) that is p under another spelling: the same
// surname and the same first given name, allowing (within a state) an
// initial, a nickname, one letter's difference or another given name ("Julia Eileen Gillard" = "Julia Gillard",
// "Manuchehr Motaki" = "Manouchehr Mottaki", "Noer Hassan Wirajuda" =
// "Hassan Wirajuda"). Family-name-first names must agree in full.
func leaderLike(p *person, held []heldName, codes map[string]string, isState map[string]bool) string {
	states := map[string]bool{}
	for _, pe := range p.periods {
		states[phoenix.CountryOf(pe.code, codes)] = true
	}
	eastAsian := noParticles[p.periods[0].code[:3]]
	for _, n := range append([]string{p.name}, p.aliases...) {
		a := nameWords(n)
		if len(a) < 2 {
			continue
		}
		for _, h := range held {
			if isState[h.country] && !states[h.country] || len(h.words) < 2 {
				continue
			}
			if like(a, h.words, eastAsian, !isState[h.country]) {
				return strings.Join(h.words, " ") + " (" + h.country + ")"
			}
		}
	}
	return ""
}

// like reports whether a and b (nameWords) are one name; strict (for
// international offices, whose holders come from any state) wants the
// same first given name.
func like(a, b []string, eastAsian, strict bool) bool {
	if eastAsian {
		return strings.Join(a, "") == strings.Join(b, "")
	}
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	ga, gb := a[:len(a)-1], b[:len(b)-1]
	f, g := ga[0], gb[0]
	switch {
	case f == g:
		return true
	case strict:
		return false
	case nick(f) == nick(g):
		return true
	case strings.HasSuffix(f, ".") && f[0] == g[0], strings.HasSuffix(g, ".") && f[0] == g[0]: // "S. M. Krishna"
		return true
	case len(f) >= 4 && len(g) >= 4 && phoenix.EditDistance(f, g) <= 1:
		return true
	}
	for _, x := range gb[1:] {
		if x == f && len(x) >= 3 {
			return true
		}
	}
	for _, x := range ga[1:] {
		if x == g && len(x) >= 3 {
			return true
		}
	}
	return false
}

// nick returns the full form of a nickname skeleton ("bll" → "wllm"), or s.
func nick(s string) string {
	if n, ok := nicknames[s]; ok {
		return n
	}
	return s
}
