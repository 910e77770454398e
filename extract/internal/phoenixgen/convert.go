package main

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
)

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
	name, why := g.name(p, intl || e.KEDS, code)
	if why != "" {
		return nil, why
	}
	c.name = name
	as, ok := g.aliasForms(e, p, name, code)
	if !ok {
		return nil, whyExistAlias
	}
	if c.aliases, ok = g.newAliases(as, code); !ok {
		return nil, whyExistAlias
	}
	c.aliases = withCapitalAl(c.name, c.aliases)
	return c, ""
}

// name checks the name of an entry, its phrase's words, and returns its
// natural-case form or why it is not usable: needOrg when it must show an
// organisational word.
func (g *gen) name(p phrase, needOrg bool, code string) (string, string) {
	name, why := g.form(p.words, formCtx{needOrg: needOrg, code: code})
	switch {
	case why != "":
		return "", why
	case g.countryForms[norm(name)]:
		return "", whyCountry
	case g.existing[norm(name)]:
		return "", whyExisting
	case g.variantOfExisting(name, code):
		return "", whyVariant
	}
	return name, ""
}

// aliasForms gathers the aliases of an entry whose name is name:
// parenthesised acronyms, names after "/" and synonyms, each once and
// checked as an alias. It reports false when a synonym is a name of
// organizations.tsv under the same code: the entry is that body under
// another name. A synonym that organizations.tsv gives to another body is
// no alias.
func (g *gen) aliasForms(e dictEntry, p phrase, name, code string) ([]string, bool) {
	var alias []string
	seen := map[string]bool{norm(name): true}
	add := func(a string) {
		if k := norm(a); !seen[k] {
			seen[k] = true
			alias = append(alias, a)
		}
	}
	ax := formCtx{needOrg: true, alias: true, nameWords: p.words, code: code}
	g.addPhraseAliases(p.acronyms, p.others, ax, add)
	for _, s := range e.Synonyms {
		sp := parsePhrase(s)
		if k := norm(strings.Join(sp.words, " ")); g.existing[k] {
			if g.existingCodeOf[k][code] {
				return nil, false
			}
			continue
		}
		if f, why := g.form(sp.words, ax); why == "" {
			add(f)
		}
		g.addPhraseAliases(sp.acronyms, sp.others, ax, add)
	}
	return alias, true
}

// addPhraseAliases passes to add the acronyms and the further names of a
// phrase that pass as aliases.
func (g *gen) addPhraseAliases(acronyms, others []string, ax formCtx, add func(string)) {
	for _, a := range acronyms {
		if f, ok := g.acronymAlias(a); ok {
			add(f)
		}
	}
	for _, o := range others {
		if f, why := g.form(strings.Fields(o), ax); why == "" {
			add(f)
		}
	}
}

// newAliases keeps the aliases that are no form of organizations.tsv or
// countries.tsv. It reports false when one is a form of an
// organizations.tsv row with the same code.
func (g *gen) newAliases(as []string, code string) ([]string, bool) {
	var out []string
	for _, a := range as {
		k := norm(strings.TrimSuffix(a, "~"))
		if g.existing[k] {
			if g.existingCodeOf[k][code] {
				return nil, false
			}
			continue
		}
		if g.countryForms[k] {
			continue
		}
		out = append(out, a)
	}
	return out, true
}

// withCapitalAl adds "Al-Fatah" for a name or alias "al-Fatah": so it is
// written at the start of a sentence or name.
func withCapitalAl(name string, aliases []string) []string {
	seen := map[string]bool{}
	for _, f := range append([]string{name}, aliases...) {
		if strings.HasPrefix(f, "al-") {
			if A := "Al-" + f[3:]; !seen[norm(A)] {
				seen[norm(A)] = true
				aliases = append(aliases, A)
			}
		}
	}
	return aliases
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
