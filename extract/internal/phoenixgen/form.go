package main

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
)

// A formCtx says what a phrase is checked as.
type formCtx struct {
	needOrg   bool     // it must show an organisational word
	alias     bool     // an alias rather than the name
	nameWords []string // for an alias: the words of the entry's name
	code      string
}

// form checks a name or an alias and returns its natural-case form, or why
// it is not usable.
func (g *gen) form(ws []string, x formCtx) (string, string) {
	if why := badWords(ws); why != "" {
		return "", why
	}
	// The words checked: a hyphenated name ("MUJAHEDIN-E-KHALQ", "AL-BADR")
	// is checked like a name of several words.
	units := ws
	if len(ws) == 1 && !g.isAcronymWord(ws[0]) {
		if parts := strings.Split(ws[0], "-"); len(parts) > 1 && hyphenName(parts) {
			units = parts
		}
	}
	if len(units) == 1 {
		return g.singleWord(ws[0], x)
	}
	orgWord, person := false, false
	for i, w := range units {
		w = strings.Trim(w, ",.")
		// An acronym shows a body ("BHP Billiton"), a country's only at the end
		// ("Catholic Charities USA"; "US Bharati" is a person).
		if orgWords[w] || g.isAcronymWord(w) && (len(w) >= 3 || g.tableAcronyms[w]) &&
			(!g.countryForms[norm(w)] || i == len(units)-1 && i >= 2) {
			orgWord = true
		}
		for _, part := range strings.Split(w, "-") {
			if orgWords[part] {
				orgWord = true
			}
		}
		if personWords[w] || isInitial(w) && !g.acronyms[w] || i == 0 && w == "ABU" {
			person = true
		}
	}
	if !orgWord && (x.needOrg || person) && (!x.alias || person || !overlaps(units, x.nameWords)) {
		return "", whyNoOrgWord
	}
	if g.generic(units) && !genericOK[strings.Join(ws, " ")] {
		return "", whyGeneric
	}
	f := g.caseWords(ws)
	if strings.HasPrefix(x.code, "MNC") && len(ws) > 1 && len(ws[0]) <= 3 && !smallWords[strings.ToLower(ws[0])] {
		// "AOL Inc", "ABB Ltd": a company's short first word is its acronym.
		f = ws[0] + f[len(ws[0]):]
	}
	if len(f) < 4 {
		return "", whyShort
	}
	return f, ""
}

// badWords returns why the words ws cannot make a name, or "": none at
// all, a digit, a character no name of the dictionaries has, or a role
// ("MINISTER", "-BASED").
func badWords(ws []string) string {
	if len(ws) == 0 {
		return whyChars
	}
	for _, w := range ws {
		for _, r := range w {
			if r >= '0' && r <= '9' {
				return whyDigits
			}
			if !(r >= 'A' && r <= 'Z' || r == '-' || r == '\'' || r == '.' || r == ',' || r == '&' || r == '/') {
				return whyChars
			}
		}
		if roleWords[strings.Trim(w, ",.")] || strings.HasSuffix(w, "-BASED") {
			return whyRole
		}
	}
	return ""
}

// hyphenName: the parts of a hyphenated word make a name of their own
// ("AL-BADR", "MUJAHEDIN-E-KHALQ"), not a compound word with a particle.
func hyphenName(parts []string) bool {
	content := 0
	for _, p := range parts {
		if !particles[strings.ToLower(p)] {
			content++
		}
	}
	return content >= 2 || strings.EqualFold(parts[0], "AL") && content == 1
}

// singleWord checks a one-word name or alias.
func (g *gen) singleWord(w string, x formCtx) (string, string) {
	w = strings.Trim(w, ",")
	if f, ok := singleWordNames[w]; ok {
		return f, ""
	}
	lw := strings.ToLower(w)
	if notAcronym[w] {
		return "", whyNotAcronym
	}
	if x.alias && acronymOK[w] {
		return w, ""
	}
	// Companies and media are named in capitals only by acronyms proper
	// ("CIBC", "AT&T"), not by brand names ("HONDA").
	brand := strings.HasPrefix(x.code, "MNC") || strings.HasPrefix(x.code, "MED")
	if g.isAcronymWord(w) || strings.Contains(w, "&") || !brand && len(w) <= 5 && !strings.ContainsAny(w, "-'.") {
		if g.words[lw] || g.words[strings.TrimSuffix(lw, "s")] {
			return "", whyEnglish
		}
		if len(w) < 4 {
			return "", whyShort
		}
		return w, ""
	}
	if g.words[lw] {
		return "", whyEnglish
	}
	// A spelling of the name's own word ("HIZBULLAH" for "HEZBOLLAH").
	if x.alias && len(x.nameWords) == 1 && similar(w, x.nameWords[0]) {
		return g.caseWords([]string{w}), ""
	}
	return "", whyNotAcronym
}

// isAcronymWord: an upper-case word that stays upper case in running text.
func (g *gen) isAcronymWord(w string) bool {
	if g.acronyms[w] {
		return true
	}
	if len(w) < 2 || abbreviations[w] || strings.Contains(w, "'") {
		return false
	}
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' || r == '.' }) {
		if len(part) > 1 && !strings.ContainsAny(part, "AEIOUY") {
			return true
		}
	}
	return false
}

// isInitial: "R.", "R.K.", "B" — a person's initials.
func isInitial(w string) bool {
	if len(w) == 1 {
		return w != "A" && w != "I" && w != "E" && w != "Y" && w != "O"
	}
	if !strings.HasSuffix(w, ".") {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		if len(part) != 1 {
			return false
		}
	}
	return true
}

// generic: at most two content words, each an ordinary English word, a
// country or demonym, or a religious or political label ("Islamic Group",
// "Red Line", "Revolutionary Army", "Syrian Mujahideen").
func (g *gen) generic(ws []string) bool {
	content := 0
	for _, w := range ws {
		w = strings.ToLower(strings.Trim(w, ",."))
		if smallWords[w] {
			continue
		}
		content++
		for _, part := range strings.Split(w, "-") {
			part = strings.TrimSuffix(strings.TrimSuffix(part, "'s"), "'")
			if part == "" || smallWords[part] {
				continue
			}
			if !g.words[part] && !g.nationWords[part] && !labelWords[part] && !g.tableAcronyms[strings.ToUpper(part)] {
				return false
			}
		}
	}
	return content <= 2
}

// overlaps: at least half of an alias's content words are in the name
// ("TAMIL_TIGERS" of "LIBERATION_TIGERS_OF_TAMIL_EELAM").
func overlaps(ws, nameWords []string) bool {
	in := map[string]bool{}
	for _, w := range nameWords {
		in[w] = true
	}
	n, hit := 0, 0
	for _, w := range ws {
		if smallWords[strings.ToLower(w)] {
			continue
		}
		n++
		if in[w] {
			hit++
		}
	}
	return n > 0 && 2*hit >= n
}

// similar: two spellings of one word (edit distance at most a third of the length).
func similar(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	d := phoenix.EditDistance(a, b)
	l := len(a)
	if len(b) > l {
		l = len(b)
	}
	return a[:1] == b[:1] && 3*d <= l
}
