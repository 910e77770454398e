package actor

import (
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// Places: cities, regions and territories (data/places.tsv). CAMEO codes a
// place by the state it lies in, so a place's mention is its state's:
// "rebels shelled Juba" aims at Sudan, or, from July 2011, South Sudan.
// The event keeps the place itself (Event.Place).

// loadPlaces reads places.tsv: name, state code, aliases, and the days
// from and until which the place was that state's.
func (g *builder) loadPlaces() error {
	rs, err := g.rows("places.tsv", 5)
	if len(rs) == 0 {
		return err
	}
	byCode := g.statesByCode()
	dated := map[string]bool{} // forms whose state changed: their rows replace any undated form
	for _, r := range rs {
		i, ok := byCode[r[1]]
		if !ok {
			continue // places_data_test checks every code is a state's
		}
		for _, s := range append([]string{r[0]}, tsv.Split(r[2])...) {
			g.addForm(s, form{ent: i, place: true, from: r[3], until: r[4]})
			if r[3] != "" || r[4] != "" {
				dated[strings.TrimSuffix(s, "~")] = true
			}
		}
	}
	for s := range dated {
		g.onlyPlaceForms(s)
	}
	return err
}

// onlyPlaceForms removes the forms s that are not a place's: Juba is South
// Sudan's capital in countries.tsv, and was Sudan's until 2011, so only
// the dated rows of places.tsv speak for it.
func (g *builder) onlyPlaceForms(s string) {
	var words []string
	for _, t := range text.Tokenize(s, nil) {
		words = append(words, s[t.Start:t.End])
	}
	if len(words) == 0 {
		return
	}
	fs := g.forms[words[0]]
	out := fs[:0]
	for _, f := range fs {
		if f.place || !slices.Equal(f.toks, words) {
			out = append(out, f)
		}
	}
	g.forms[words[0]] = out
}
