package main

import (
	"path/filepath"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
)

// tables holds what the conversion looks up in the gazetteer tables
// (countries.tsv, leaders.tsv, organizations.tsv).
type tables struct {
	codes   map[string]string // CAMEO code → country name
	isState map[string]bool   // country names
	taken   map[string]bool   // lower-case forms of states and organisations
	known   map[string]bool   // loose keys of leaders.tsv names and aliases
	held    []heldName        // the same, as words, with their state
}

// loadTables reads the gazetteer tables of dataDir. It also fills
// demonyms, which parseName consults.
func loadTables(dataDir string) (*tables, error) {
	countries, err := tsv.ReadFile(filepath.Join(dataDir, "countries.tsv"), 5)
	if err != nil {
		return nil, err
	}
	leaders, err := tsv.ReadFile(filepath.Join(dataDir, "leaders.tsv"), 6)
	if err != nil {
		return nil, err
	}
	orgs, err := tsv.ReadFile(filepath.Join(dataDir, "organizations.tsv"), 5)
	if err != nil {
		return nil, err
	}
	t := &tables{codes: map[string]string{}, isState: map[string]bool{}, taken: map[string]bool{}, known: map[string]bool{}}
	t.addCountries(countries)
	t.addOrganizations(orgs)
	t.addLeaders(leaders)
	return t, nil
}

// addCountries notes the rows of countries.tsv: codes, names, and every
// form of a state as taken; demonyms for parseName.
func (t *tables) addCountries(rows [][]string) {
	for _, r := range rows {
		t.codes[r[1]] = r[0]
		t.isState[r[0]] = true
		for _, c := range []int{0, 2, 3, 4} {
			for _, f := range tsv.Split(r[c]) {
				t.taken[strings.ToLower(strings.TrimSuffix(f, "~"))] = true
			}
		}
		for _, f := range tsv.Split(r[3]) {
			demonyms[strings.ToUpper(strings.TrimSuffix(f, "~"))] = true
		}
	}
}

// addOrganizations notes the names and aliases of organizations.tsv as
// taken.
func (t *tables) addOrganizations(rows [][]string) {
	for _, r := range rows {
		t.taken[strings.ToLower(r[0])] = true
		for _, f := range tsv.Split(r[4]) {
			t.taken[strings.ToLower(strings.TrimSuffix(f, "~"))] = true
		}
	}
}

// addLeaders notes the names and aliases of leaders.tsv, as loose keys
// and as words with their state.
func (t *tables) addLeaders(rows [][]string) {
	for _, r := range rows {
		for _, n := range append([]string{r[0]}, tsv.Split(r[5])...) {
			t.known[looseKey(n)] = true
			t.held = append(t.held, heldName{country: r[1], words: nameWords(n)})
		}
	}
}
