package actor

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// Anaphora: "the alliance" for an organisation named before
// (data/anaphora.tsv), "the two sides" for the last two actors named
// together.

func (g *gazetteer) loadAnaphora() error {
	rs, err := rows("anaphora.tsv", 2)
	for _, r := range rs {
		g.anaphor[strings.ToLower(r[0])] = tsv.Split(r[1])
	}
	return err
}

// anaphorAt resolves "the alliance", "an Alliance" and the like to the
// organisation they refer back to.
func (d *reader) anaphorAt(g *gazetteer, i int) (Span, bool) {
	det := d.Lower(i)
	if det != "the" && det != "this" && !((det == "an" || det == "a") && text.IsUpperStart(d.Word(i+1))) {
		return Span{}, false // "an Alliance" names one, "an alliance" need not
	}
	names := g.anaphor[d.Lower(i+1)]
	for _, n := range names {
		if k := d.actorIdx[n]; k > 0 {
			return Span{T0: i, T1: i + 2, Start: int(d.Toks[i].Start), End: int(d.Toks[i+1].End), Actor: k - 1}, true
		}
	}
	return Span{}, false
}

// pairAt reports "the two sides" / "both sides" at token i, and its length.
func (d *reader) pairAt(i int) (bool, int) {
	w := d.Lower(i)
	switch {
	case w == "the" && d.Lower(i+1) == "two" && pairNouns[d.Lower(i+2)]:
		return true, 3
	case w == "both" && pairNouns[d.Lower(i+1)]:
		return true, 2
	}
	return false, 0
}

// pairNouns head "the two sides" and its kin (words.txt).
var pairNouns = lexicon.Set("pair-nouns")
