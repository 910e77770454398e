package fold

import (
	"strings"
	"unicode/utf8"
)

// table maps a lower-case letter with a diacritic to its base letter.
var table = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a',
	'ç': 'c', 'č': 'c', 'ć': 'c',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'ě': 'e',
	'ğ': 'g', // Turkish soft g (Erdoğan)
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i',
	'ı': 'i', // Turkish dotless i, a letter of its own: no decomposition (Kılıçdaroğlu)
	'ł': 'l', // Polish barred l, a letter of its own: no decomposition (Jagiełło)
	'ñ': 'n', 'ń': 'n',
	'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ő': 'o', // Hungarian double acute (Lőrincz)
	'ø': 'o', // Danish and Norwegian slashed o, a letter of its own: no decomposition (Støre)
	'ř': 'r',
	'š': 's', 'ś': 's',
	'ş': 's', // s with cedilla: Turkish, and Romanian as often typed
	'ș': 's', // s with comma below: Romanian proper
	'ţ': 't', // t with cedilla: Romanian as often typed
	'ț': 't', // t with comma below: Romanian proper
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u',
	'ű': 'u', // Hungarian double acute
	'ý': 'y',
	'ž': 'z', 'ź': 'z', 'ż': 'z',
}

// Rune returns the base letter of r, or r when the table has none.
func Rune(r rune) rune {
	if f, ok := table[r]; ok {
		return f
	}
	return r
}

// String returns s with every letter of the table folded. Everything
// else, invalid UTF-8 too, is kept byte for byte; s itself is returned
// when nothing folds.
func String(s string) string {
	for i, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		if _, ok := table[r]; ok {
			return foldFrom(s, i)
		}
	}
	return s
}

// foldFrom folds s from byte i, the first letter that folds.
func foldFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if f, ok := table[r]; ok {
			b.WriteRune(f)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
