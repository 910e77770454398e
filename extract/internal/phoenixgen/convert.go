package main

import (
	_ "embed"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
)

//go:embed words.txt
var wordsTxt string

// gen holds what the conversion looks up.
type gen struct {
	countryByCode  map[string]string          // CAMEO country code → countries.tsv name
	countryForms   map[string]bool            // norm() of every name, alias, demonym and metonym of countries.tsv
	nationWords    map[string]bool            // lower-case one-word country names and demonyms
	existing       map[string]bool            // norm() of every name and alias of organizations.tsv
	existingCode   map[string][]string        // code → norm() of the names and aliases of its organizations.tsv rows
	existingForms  []string                   // norm() of every name and alias of organizations.tsv
	existingCodeOf map[string]map[string]bool // norm() of a name or alias of organizations.tsv → the codes of its rows
	acronyms       map[string]bool            // upper-case forms known to be acronyms
	tableAcronyms  map[string]bool            // the acronyms of countries.tsv and organizations.tsv ("UN", "EU")
	words          map[string]bool            // ordinary English words (words.txt)
}

// A cand is a converted entry before names are compared across entries.
type cand struct {
	row
	qualified bool
}

func newGen(dataDir string) (*gen, error) {
	g := &gen{countryByCode: map[string]string{}, countryForms: map[string]bool{}, nationWords: map[string]bool{},
		existing: map[string]bool{}, existingCode: map[string][]string{}, existingCodeOf: map[string]map[string]bool{}, acronyms: map[string]bool{}, tableAcronyms: map[string]bool{}, words: map[string]bool{}}
	for _, l := range strings.Split(wordsTxt, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			g.words[l] = true
		}
	}
	countries, err := tsv.ReadFile(filepath.Join(dataDir, "countries.tsv"), 5)
	if err != nil {
		return nil, err
	}
	for _, r := range countries {
		g.countryByCode[r[1]] = r[0]
		for _, col := range []int{0, 2, 3, 4} {
			for _, f := range tsv.Split(r[col]) {
				f = strings.TrimSuffix(f, "~")
				g.countryForms[norm(f)] = true
				g.noteAcronym(f)
				if !strings.Contains(f, " ") {
					g.nationWords[strings.ToLower(f)] = true
				}
			}
		}
	}
	// Phoenix.MilNonState.actors.txt writes two country codes its own way.
	for code, name := range phoenixCountryCodes {
		g.countryByCode[code] = name
	}
	orgs, err := tsv.ReadFile(filepath.Join(dataDir, "organizations.tsv"), 5)
	if err != nil {
		return nil, err
	}
	for _, r := range orgs {
		for _, f := range append([]string{r[0]}, tsv.Split(r[4])...) {
			f = strings.TrimSuffix(f, "~")
			g.existing[norm(f)] = true
			g.existingCode[r[2]] = append(g.existingCode[r[2]], norm(f))
			g.existingForms = append(g.existingForms, norm(f))
			if g.existingCodeOf[norm(f)] == nil {
				g.existingCodeOf[norm(f)] = map[string]bool{}
			}
			g.existingCodeOf[norm(f)][r[2]] = true
			g.noteAcronym(f)
		}
	}
	return g, nil
}

// noteAcronym records the all-capital words of a hand-made form ("UN", "NATO").
func (g *gen) noteAcronym(f string) {
	for _, w := range strings.Fields(f) {
		if len(w) >= 2 && w == strings.ToUpper(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			g.acronyms[w] = true
			g.tableAcronyms[w] = true
		}
	}
}

// learnAcronyms records the acronyms that a dictionary gives in parentheses
// ("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_").
func (g *gen) learnAcronyms(es []dictEntry) {
	for _, e := range es {
		for _, s := range append([]string{e.Phrase}, e.Synonyms...) {
			for _, a := range parsePhrase(s).acronyms {
				if !g.words[strings.ToLower(a)] && !g.countryForms[norm(a)] {
					g.acronyms[a] = true
				}
			}
		}
	}
}

// norm is the comparison key of a form: lower case, without a leading "the",
// with hyphens, underscores and dots as spaces and apostrophes dropped.
func norm(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("_", " ", "-", " ", ".", " ", "'", "", "’", "", ",", " ").Replace(s)
	f := strings.Fields(s)
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// A phrase is a dictionary phrase taken apart.
type phrase struct {
	words    []string // upper case, without parenthesised parts
	acronyms []string // parenthesised acronyms: "(LTTE)" → "LTTE"
	others   []string // further names after a "/" ("ULSTER_DEFENCE_ASSOCIATION/ULSTER_FREEDOM_FIGHTERS_")
	// qualified: a parenthesised qualifier was dropped ("NATIONAL_LIBERATION_ARMY_(COLOMBIA)_"),
	// so the name left may be that of several groups.
	qualified bool
}

// parsePhrase splits a dictionary phrase into words, dropping the trailing
// "_", a leading "THE" and an inverted ", THE"; parenthesised acronyms are
// kept apart and other parenthesised text ("(COLOMBIA)") is dropped.
func parsePhrase(s string) phrase {
	var p phrase
	s = strings.ReplaceAll(s, "_", " ")
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ')')
		if j < 0 { // unbalanced: drop the rest
			break
		}
		in := strings.TrimSpace(s[i+1 : i+j])
		if isAcronymText(in) {
			p.acronyms = append(p.acronyms, in)
		} else {
			p.qualified = true
		}
		s = s[i+j+1:]
		b.WriteString(" ")
	}
	s = b.String()
	// " - " and " -- " join the words on either side ("...PALESTINE_--_GENERAL_COMMAND").
	f := strings.Fields(s)
	var joined []string
	for i := 0; i < len(f); i++ {
		if strings.Trim(f[i], "-") == "" && len(joined) > 0 && i+1 < len(f) {
			joined[len(joined)-1] += "-" + f[i+1]
			i++
			continue
		}
		joined = append(joined, f[i])
	}
	s = strings.Join(joined, " ")
	// "NEW_RED_BRIGADES/COMMUNIST_COMBATANT_PARTY": two names. A slash inside an
	// acronym ("DHKP/C") stays.
	if strings.Contains(s, "/") && (strings.Contains(s, " ") || !isAcronymText(s)) {
		parts := strings.Split(s, "/")
		s = parts[0]
		for _, o := range parts[1:] {
			if o = strings.TrimSpace(o); o != "" {
				p.others = append(p.others, o)
			}
		}
	}
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ",-"))
	s = strings.TrimSuffix(s, ", THE")
	w := strings.Fields(strings.ToUpper(s))
	if len(w) > 1 && w[0] == "THE" {
		w = w[1:]
	}
	p.words = w
	return p
}

// isAcronymText: "LTTE", "CPN-M", "DHKP/C", "RO-N17", "MS-13" (at most six letters).
func isAcronymText(s string) bool {
	if s == "" || len(s) > 8 || strings.ContainsAny(s, " _") {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9', r == '-', r == '/', r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// ----- the checks -----

const (
	whyNoCode     = "no code of its own (uses the next entry's, or null)"
	whyElite      = "person (ELI elite code)"
	whyChars      = "unusable characters"
	whyDigits     = "contains digits"
	whyRole       = "person, office or descriptive role"
	whyNoOrgWord  = "no organisational word (person or not a name)"
	whyEnglish    = "single word that is an ordinary English word"
	whyNotAcronym = "single word that is not an acronym"
	whyShort      = "shorter than 4 characters"
	whyGeneric    = "generic phrase of ordinary words"
	whyCountry    = "country, capital or demonym in countries.tsv"
	whyExisting   = "already in organizations.tsv (by name)"
	whyExistAlias = "already in organizations.tsv (by one of its aliases)"
	whyVariant    = "variant of an organizations.tsv name with the same code"
	whyDuplicate  = "same name as an earlier entry (the first wins)"
	whyMerged     = "variant of an earlier entry (merged into its aliases)"
	whyAmbiguous  = "name left ambiguous by a dropped qualifier (\"(COLOMBIA)\")"
)

// convert turns a dictionary entry into a candidate row, or says why not.
func (g *gen) convert(e dictEntry) (*cand, string) {
	code := g.stateCode(currentCode(e.Codes))
	if e.Inherited || code == "" {
		return nil, whyNoCode
	}
	intl := strings.HasPrefix(e.file, "Phoenix.International")
	if strings.HasPrefix(code, "ELI") {
		return nil, whyElite
	}
	c := &cand{row: row{kind: "group", code: code, src: fmt.Sprintf("%s:%d", e.file, e.Line)}}
	if intl {
		c.kind = "organization"
	}
	c.affiliation = phoenix.CountryOf(code, g.countryByCode)

	if o, ok := overrides[e.Phrase]; ok {
		c.name, c.aliases = o.name, o.aliases
		if o.affiliation != "" {
			c.affiliation = o.affiliation
		}
		if g.existing[norm(c.name)] {
			return nil, whyExisting
		}
		return c, ""
	}

	if notNames[e.Phrase] {
		return nil, whyNoOrgWord
	}
	p := parsePhrase(e.Phrase)
	for _, o := range p.others {
		if g.countryForms[norm(o)] {
			p.qualified = true // "HARAKAT_UL-JIHAD-I-ISLAMI/BANGLADESH"
		}
	}
	c.qualified = p.qualified
	// Every entry of International, and the person-ridden KEDS list at the end
	// of MilNonState, must show that it names a body.
	needOrg := intl || e.KEDS
	name, why := g.form(p.words, formCtx{needOrg: needOrg, code: code})
	if why != "" {
		return nil, why
	}
	if g.countryForms[norm(name)] {
		return nil, whyCountry
	}
	if g.existing[norm(name)] {
		return nil, whyExisting
	}
	if g.variantOfExisting(name, code) {
		return nil, whyVariant
	}
	c.name = name

	// Aliases: parenthesised acronyms, names after "/", synonyms.
	var alias []string
	seen := map[string]bool{norm(name): true}
	add := func(a string) {
		if k := norm(a); !seen[k] {
			seen[k] = true
			alias = append(alias, a)
		}
	}
	ax := formCtx{needOrg: true, alias: true, nameWords: p.words, code: code}
	tryAcronyms := func(as []string) {
		for _, a := range as {
			if f, ok := g.acronymAlias(a); ok {
				add(f)
			}
		}
	}
	tryAcronyms(p.acronyms)
	for _, o := range p.others {
		if f, why := g.form(strings.Fields(o), ax); why == "" {
			add(f)
		}
	}
	for _, s := range e.Synonyms {
		sp := parsePhrase(s)
		if k := norm(strings.Join(sp.words, " ")); g.existing[k] {
			if g.existingCodeOf[k][code] {
				return nil, whyExistAlias // the same body under another name
			}
			continue // a synonym that organizations.tsv gives to another body
		}
		if f, why := g.form(sp.words, ax); why == "" {
			add(f)
		}
		tryAcronyms(sp.acronyms)
		for _, o := range sp.others {
			if f, why := g.form(strings.Fields(o), ax); why == "" {
				add(f)
			}
		}
	}
	for _, a := range alias {
		k := norm(strings.TrimSuffix(a, "~"))
		if g.existing[k] {
			if g.existingCodeOf[k][code] {
				return nil, whyExistAlias
			}
			continue
		}
		if g.countryForms[k] {
			continue
		}
		c.aliases = append(c.aliases, a)
	}
	// "al-Fatah" is also written "Al-Fatah" at the start of a sentence or name.
	for _, f := range append([]string{c.name}, c.aliases...) {
		if strings.HasPrefix(f, "al-") {
			if A := "Al-" + f[3:]; !seen[norm(A)+"\x00cap"] {
				seen[norm(A)+"\x00cap"] = true
				c.aliases = append(c.aliases, A)
			}
		}
	}
	return c, ""
}

// stateCode rewrites a code whose country prefix Phoenix writes its own way
// (phoenixCountryCodes) with the state's code in countries.tsv, so a
// group's code begins with its state's: UNITA is AGOREB, as Angola is AGO.
func (g *gen) stateCode(code string) string {
	if len(code) < 3 {
		return code
	}
	name, ok := phoenixCountryCodes[code[:3]]
	if !ok {
		return code
	}
	for c, n := range g.countryByCode {
		if n == name && c != code[:3] {
			return c + code[3:]
		}
	}
	return code
}

// acronymAlias checks a parenthesised acronym.
func (g *gen) acronymAlias(a string) (string, bool) {
	if strings.IndexFunc(a, unicode.IsDigit) >= 0 || len(a) < 3 {
		return "", false
	}
	if acronymOK[a] {
		return a, true
	}
	if len(a) == 3 {
		return "", false
	}
	if g.words[strings.ToLower(a)] || g.countryForms[norm(a)] {
		return "", false
	}
	return a, true
}

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
	if len(ws) == 0 {
		return "", whyChars
	}
	for _, w := range ws {
		for _, r := range w {
			if r >= '0' && r <= '9' {
				return "", whyDigits
			}
			if !(r >= 'A' && r <= 'Z' || r == '-' || r == '\'' || r == '.' || r == ',' || r == '&' || r == '/') {
				return "", whyChars
			}
		}
		if roleWords[strings.Trim(w, ",.")] || strings.HasSuffix(w, "-BASED") {
			return "", whyRole
		}
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

// ----- natural case -----

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

// ----- variants -----

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

var variantFiller = phoenix.Set(`the of in for and a an organization organisation group inc corp corporation co company ltd limited plc llc`)

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

func contentWords(n string) []string {
	var out []string
	for _, w := range strings.Fields(n) {
		if !variantFiller[w] {
			out = append(out, w)
		}
	}
	return out
}
