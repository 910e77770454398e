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

// placeInState reads the state or region that the mention m of a place,
// a city or region that stands for its state, lies in when a comma and
// its name follow: "Cairo, Egypt", "Benghazi, Libya", "San Jose,
// California", "Alexandria, Egypt's second city". The second name only
// says where the first is, as a gloss in brackets does (glossAt): it is
// an inner mention, no party of its own, so that "clashed with police in
// Cairo, Egypt" has no target but the police and one place, Cairo. A
// state named after a place that opens the sentence is its subject ("In
// Cairo, Egypt condemned the attack"): the second name must end the
// phrase (see endsPlace).
func (d *reader) placeInState(g *gazetteer, m Span) bool {
	a := d.actors[m.Actor]
	j := m.T1
	if a.Kind != Country || m.Demonym || d.Text[m.Start:m.End] == a.Name || d.Word(j) != "," ||
		j+1 >= len(d.Toks) || d.Toks[j+1].Sent != d.Toks[m.T0].Sent {
		return false // "Egypt, Libya and Tunisia": a list of states
	}
	h, ok := d.matchForm(g, j+1)
	if !ok || h.demonym || g.ent(h.ent).name != a.Name || !d.endsPlace(g, h.t1) {
		return false
	}
	in := d.formMention(g, h)
	in.Place = true
	d.inner = append(d.inner, in)
	return true
}

// endsPlace reports whether token k, after the state of a place named
// with it, ends the place's phrase: the sentence ends, a punctuation mark
// or a preposition follows ("in Cairo, Egypt, on Friday", "Tripoli, Libya
// (CNN)"), or a possessive and an apposition naming a kind of place
// ("Misrata, Libya's third city,"). Not a verb ("In Cairo, Egypt
// condemned …"), nor another name of a list ("in New York, Los Angeles,
// London and Haiti").
func (d *reader) endsPlace(g *gazetteer, k int) bool {
	if k >= len(d.Toks) || d.Toks[k].Sent != d.Toks[k-1].Sent {
		return true
	}
	if d.possessive(k) {
		for j := k + 1; j < k+5 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[k].Sent && d.Toks[j].Kind == text.Word; j++ {
			if placeNouns[d.Lower(j)] {
				return d.endsPlace(g, j+1)
			}
			if d.capitalised(j) {
				return false
			}
		}
		return false
	}
	if d.Word(k) == "," && k+1 < len(d.Toks) && d.Toks[k+1].Sent == d.Toks[k].Sent && d.formStarts(g, k+1) {
		return false
	}
	return d.Toks[k].Kind == text.Punct || placeFollowers[d.Lower(k)]
}

// The words around a place named with its state (words.txt).
var (
	placeNouns     = lexicon.Set("place-nouns")     // "city" in "Misrata, Libya's third city"
	placeFollowers = lexicon.Set("place-followers") // "on" in "in Cairo, Egypt on Friday"
)
