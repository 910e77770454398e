package main

import (
	_ "embed"
	"path/filepath"
	"strings"
	"unicode"

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

// newGen reads words.txt and the gazetteer tables of dataDir.
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
