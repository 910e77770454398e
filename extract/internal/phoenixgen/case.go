package main

import (
	"strings"
	"unicode"
)

// caseWords writes upper-case dictionary words in natural case:
// "LIBERATION TIGERS OF TAMIL EELAM" → "Liberation Tigers of Tamil Eelam",
// "AL QA'IDA" → "al-Qa'ida", "LASHKAR-E-TAIBA" → "Lashkar-e-Taiba",
// "PFLP-GC" → "PFLP-GC".
func (g *gen) caseWords(ws []string) string {
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w == "AL" && i+1 < len(ws) { // "AL_SHABAB" → "al-Shabab"
			out = append(out, "al-"+g.caseWord(ws[i+1], false))
			i++
			continue
		}
		out = append(out, g.caseWord(w, i == 0))
	}
	return strings.Join(out, " ")
}

// caseWord writes one word in natural case, each hyphenated part on its
// own. A small word, or a leading particle other than al ("Ad-Dawa"),
// keeps its capital only as the first word of a name (first).
func (g *gen) caseWord(w string, first bool) string {
	trail := ""
	if strings.HasSuffix(w, ",") {
		w, trail = strings.TrimSuffix(w, ","), ","
	}
	if !first && smallWords[strings.ToLower(w)] {
		return strings.ToLower(w) + trail
	}
	if g.isAcronymWord(w) || g.acronyms[strings.Trim(w, ".")] {
		return w + trail
	}
	parts := strings.Split(w, "-")
	anyAcronym := false
	for _, p := range parts {
		anyAcronym = anyAcronym || g.acronyms[p]
	}
	for j, p := range parts {
		lp := strings.ToLower(p)
		switch {
		case p == "":
		case particles[lp] && len(parts) > 1 && (j > 0 && !g.acronyms[p] || j == 0 && (!first || lp == "al")):
			// "Lashkar-e-Taiba", "Hizb-i-Islami", "ad-Din", "al-Qaeda"
			parts[j] = lp
		case g.acronyms[p] || anyAcronym && len(p) <= 2:
			// "FARC-EP"
		case (j > 0 || !first) && len(p) > 2 && (p[:2] == "L'" || p[:2] == "D'"):
			parts[j] = strings.ToLower(p[:2]) + title(p[2:]) // "l'Enfance", "d'Aide"
		default:
			parts[j] = title(p)
		}
	}
	return strings.Join(parts, "-") + trail
}

// title: "PEOPLE'S" → "People's", "MCCLATCHY" → "McClatchy", "O'NEILL" → "O'Neill".
func title(p string) string {
	l := strings.ToLower(p)
	if l == "" {
		return l
	}
	r := []rune(l)
	r[0] = unicode.ToUpper(r[0])
	if len(r) > 3 && r[0] == 'M' && r[1] == 'c' {
		r[2] = unicode.ToUpper(r[2])
	}
	if len(r) > 2 && r[1] == '\'' && (r[0] == 'O' || r[0] == 'D') {
		r[2] = unicode.ToUpper(r[2])
	}
	return string(r)
}
