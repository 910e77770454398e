package actor

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/internal/fold"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// Forms: the names of the gazetteer as they stand in the text, each made
// the document's actor on first use.

// A formHit is a gazetteer form matched at tokens [t0, t1): its entity,
// not yet an actor of the document.
type formHit struct {
	ent, t0, t1 int
	demonym     bool
	place       bool // a place of the state (places.tsv)
}

// formAt matches a gazetteer form at token i and makes its entity an
// actor of the document.
func (d *reader) formAt(g *gazetteer, i int) (Span, bool) {
	h, ok := d.matchForm(g, i)
	if !ok || h.demonym && i > 0 && d.Toks[i-1].Sent == d.Toks[i].Sent && regionPrefixes[d.Word(i-1)] {
		return Span{}, false // "Latin American countries": no American's
	}
	if e := g.ent(h.ent); h.t1-h.t0 == 1 && e.kind == Person && firstName(d.Word(h.t0), e.name) && d.surnameAfter(g, h.t1) {
		// "Elizabeth Wilmshurst" is no Elizabeth II: another's full name.
		// A surname before a noun stays its person's ("the Bush Doctrine")
		return Span{}, false
	}
	return d.formMention(g, h), true
}

// firstName reports whether word w is the first word of name.
func firstName(w, name string) bool {
	f, _, _ := strings.Cut(name, " ")
	return fold.String(w) == fold.String(f)
}

// surnameAfter reports whether token k, right after a one-word name of a
// known person, reads as a surname of another: a capitalised word that
// no form, head, title or date word explains.
func (d *reader) surnameAfter(g *gazetteer, k int) bool {
	if k >= len(d.Toks) || d.Toks[k].Sent != d.Toks[k-1].Sent || !d.capitalised(k) || d.formStarts(g, k) {
		return false
	}
	w := d.Lower(k)
	return !notNames()[w] && !orgHeads[w] && !groupHeads[w] && !companyHeads[w] && !titleNouns()[w] && !dateWords[w] && !placeHeads[w] && !productHeads[w]
}

// regionPrefixes, before a demonym, make it a region's: "Latin American",
// "South African" is a state's and is a form of its own.
var regionPrefixes = map[string]bool{"Latin": true, "Central": true, "North": true, "Anglo": true, "Pan": true, "Sub-Saharan": true}

// formMention makes form hit h a mention, adding its actor if need be.
func (d *reader) formMention(g *gazetteer, h formHit) Span {
	return Span{T0: h.t0, T1: h.t1, Start: int(d.Toks[h.t0].Start), End: int(d.Toks[h.t1-1].End), Actor: d.actorFor(g, h.ent), Demonym: h.demonym, Place: h.place}
}

// languageAt reports whether token i is a demonym naming a language:
// "the Russian language" is no Russian's, nor a group's.
func (d *reader) languageAt(g *gazetteer, i int) bool {
	if i+1 >= len(d.Toks) || !speechNouns()[d.Lower(i+1)] {
		return false // most words: one lookup
	}
	h, ok := d.matchForm(g, i)
	return ok && h.demonym && h.t1 == i+1 && d.Toks[h.t1].Sent == d.Toks[i].Sent
}

// speechNouns after a demonym name a language (words.txt).
var speechNouns = sync.OnceValue(func() map[string]bool { return lexicon.Set("speech-nouns") })

// stateSuffixes make a state's name or adjective one of what follows:
// "US-led", "Vietnamese-led forces", "a British-flagged tanker"; not
// "-owned", which names a reporter as often ("a Saudi-owned weekly
// reports", a PLOVER record that went wrong with it).
var stateSuffixes = []string{"-led", "-flagged"}

// matchForm matches a gazetteer form at token i, or a state leading what
// follows ("US-led", "a British-flagged tanker"), without touching the
// document's actors: matchers that only look ahead use it.
func (d *reader) matchForm(g *gazetteer, i int) (formHit, bool) {
	if w := d.Word(i); len(w) > 4 {
		for _, suf := range stateSuffixes {
			if !strings.HasSuffix(w, suf) {
				continue
			}
			for _, f := range g.formsOf(w[:len(w)-len(suf)]) {
				if len(f.toks) == 1 && g.ent(f.ent).kind == Country {
					return formHit{ent: f.ent, t0: i, t1: i + 1, demonym: true}, true
				}
			}
		}
	}
	for _, f := range g.formsOf(d.Word(i)) {
		n := len(f.toks)
		if i+n > len(d.Toks) {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			ok = d.Word(i+k) == f.toks[k]
		}
		if !ok {
			continue
		}
		e := g.ent(f.ent)
		if f.guarded && d.sentenceInitial(i) && !(f.demonym && n == 1 && d.beforePeople(g, i+1)) {
			continue // "Polish the silver"; but "Polish farmers", "Polish President Duda"
		}
		if f.place && (f.from != "" && d.refDay < f.from || f.until != "" && d.refDay >= f.until) {
			continue // Juba was Sudan's until July 2011
		}
		if w := d.Lower(i + n); w == "$" || w == "dollars" || w == "dollar" {
			continue // "US $50 million" is money
		}
		if other, ok := d.namesake(g, f, i, i+n); ok {
			// "San Jose, California" is no Costa Rica's: a place of the
			// United States
			return formHit{ent: other, t0: i, t1: i + n, place: true}, true
		}
		if f.surname && (f.shared || !g.inOffice(e.name, d.refDay)) && d.actorIdx[e.name] == 0 && !d.administration(g, f, i+n) {
			continue // "Biden" is Joe Biden in his term, or once he is named
		}
		if f.surname && d.otherFirstName(g, i) {
			continue // "Nic Robertson" is not George Robertson
		}
		return formHit{ent: f.ent, t0: i, t1: i + n, demonym: f.demonym, place: f.place}, true
	}
	return formHit{}, false
}

// namesake reports whether the place named in tokens [i, j), form f,
// names another state's namesake in this document, and that state's
// entity: a comma and a place of another state follow it ("San Jose,
// California", "Paris, Texas"), or, for a place of places.tsv or an
// ambiguous name (marked ~), a comma and any name of another state, not in
// a list; here, or where the name came before. A state's own name is no
// namesake ("Sudan, Egypt and Libya"), nor a capital before another
// ("Kyiv, Moscow").
func (d *reader) namesake(g *gazetteer, f form, i, j int) (int, bool) {
	name := d.Text[d.Toks[i].Start:d.Toks[j-1].End]
	if f.demonym || g.ent(f.ent).kind != Country || name == g.ent(f.ent).name {
		return 0, false
	}
	if e, ok := d.namesakes[name]; ok {
		return e, true
	}
	if other, ok := d.namesakeByStory(g, f, name); ok {
		return other, true
	}
	if j+1 >= len(d.Toks) || d.Word(j) != "," || d.Toks[j+1].Sent != d.Toks[i].Sent {
		return 0, false
	}
	h, ok := d.matchForm(g, j+1)
	if !ok || h.demonym || h.ent == f.ent || g.ent(h.ent).kind != Country || !h.place && !f.guarded && !f.place {
		return 0, false
	}
	if w := d.Lower(h.t1); w == "and" || w == "or" || w == "," && (d.Lower(h.t1+1) == "and" || d.Lower(h.t1+1) == "or") {
		return 0, false // a list of places: "Kyiv, Moscow and Minsk"
	}
	if d.namesakes == nil {
		d.namesakes = map[string]int{}
	}
	d.namesakes[name] = h.ent
	return h.ent, true
}

// beforePeople reports whether token k, after a demonym, names people of
// a kind ("farmers", "troops", agents.tsv) or begins a title or name.
func (d *reader) beforePeople(g *gazetteer, k int) bool {
	if k >= len(d.Toks) || d.Toks[k].Sent != d.Toks[k-1].Sent {
		return false
	}
	_, ok := g.agents[d.Lower(k)]
	return ok || d.capitalised(k)
}

// administration reports whether a surname form f is followed, at token
// j, by "administration" or "government" and every person of that surname
// served one state: "the Bush administration" is the United States
// whichever Bush it was.
func (d *reader) administration(g *gazetteer, f form, j int) bool {
	switch d.Lower(j) {
	case "administration", "government":
	default:
		return false
	}
	aff := g.ent(f.ent).affiliation
	for _, o := range g.formsOf(f.toks[0]) {
		if o.surname && g.ent(o.ent).affiliation != aff {
			return false
		}
	}
	return aff != ""
}

// otherFirstName reports whether the surname at token i follows a
// capitalised word that is neither a title nor a name the gazetteer
// knows: a first name, so another person of that surname. A salutation
// is none: "Hey Obama" is Obama.
func (d *reader) otherFirstName(g *gazetteer, i int) bool {
	j := i - 1
	if j < 0 || d.Toks[j].Sent != d.Toks[i].Sent || !d.capitalised(j) || d.sentenceInitial(j) && notNames()[d.Lower(j)] {
		return false
	}
	w := d.Lower(j)
	return !titleNouns()[w] && len(g.titles[w]) == 0 && len(g.formsOf(d.Word(j))) == 0 && !notNames()[w] && !salutations()[w]
}

// formStarts reports whether a gazetteer form matches at token j.
func (d *reader) formStarts(g *gazetteer, j int) bool {
	if len(g.formsOf(d.Word(j))) == 0 {
		return false
	}
	_, ok := d.matchForm(g, j)
	return ok
}

// actorFor returns the document's actor for gazetteer entity i, adding it
// on first use. Indexes in actorIdx are one-based so zero means absent.
func (d *reader) actorFor(g *gazetteer, i int) int {
	e := g.ent(i)
	if k := d.actorIdx[e.name]; k > 0 {
		return k - 1
	}
	t := d.termOf(g, e)
	return d.addActor(Actor{Name: e.name, Kind: e.kind, Code: g.codeOf(t), Affiliation: t.affiliation, Aliases: e.aliases})
}

// addActor returns the index of the document's actor called a.Name,
// adding a if there is none.
func (d *reader) addActor(a Actor) int {
	if k := d.actorIdx[a.Name]; k > 0 {
		return k - 1
	}
	d.actors = append(d.actors, a)
	d.actorIdx[a.Name] = len(d.actors)
	return len(d.actors) - 1
}

// termOf returns the row of person e for the office they held on the
// article's date, else e: Bouteflika was an elite (DZAELI) before he was
// president (DZAGOV); Donald Tusk presided over the European Council from
// 2014 to 2019 and was Poland's prime minister before and after.
func (d *reader) termOf(g *gazetteer, e *entity) *entity {
	if e.kind != Person || len(g.termsOf(e.name)) < 2 {
		return e
	}
	for _, i := range g.termsOf(e.name) {
		t := g.ent(i)
		if (t.start != "" || t.end != "") && g.codeOf(t) != "" && termDistance(t, d.ref, d.refDay) == 0 {
			return t // an undated row is the default
		}
	}
	return e
}

// codeOf gives an entity its CAMEO code; people without one of their own
// take their state's code with GOV, or their organisation's.
func (g *gazetteer) codeOf(e *entity) string {
	if e.code != "" || e.kind != Person {
		return e.code
	}
	if k, ok := g.row(e.affiliation); ok && g.ent(k).code != "" {
		if g.ent(k).kind == Country {
			return g.ent(k).code + "GOV"
		}
		return g.ent(k).code
	}
	return ""
}

// capitalNamesakes are capitals that name a city of another state as
// well, with that state (words.txt): Lebanon's Tripoli, California's San
// Jose.
var capitalNamesakes = sync.OnceValue(func() map[string]string { return lexicon.Map("capital-namesakes") })

// namesakeByStory reports whether capital name, form f, names its
// namesake in another state in this document, and that state's entity:
// the document names that state and never the capital's own ("militias
// in Tripoli ... the north Lebanese port").
func (d *reader) namesakeByStory(g *gazetteer, f form, name string) (int, bool) {
	state, ok := capitalNamesakes()[name]
	if !ok {
		return 0, false
	}
	other, ok := g.row(state)
	if !ok {
		return 0, false
	}
	if d.named == nil {
		d.named = d.statesNamed(g)
	}
	if !d.named[other] || d.named[f.ent] {
		return 0, false
	}
	if d.namesakes == nil {
		d.namesakes = map[string]int{}
	}
	d.namesakes[name] = other
	return other, true
}

// statesNamed returns the states the document names by a form of the
// gazetteer, demonyms included, leaving out the capitals that have
// namesakes, which name no state until read.
func (d *reader) statesNamed(g *gazetteer) map[int]bool {
	named := map[int]bool{}
	for i := range d.Toks {
		if d.Toks[i].Kind != text.Word {
			continue
		}
		for _, f := range g.formsOf(d.Word(i)) {
			if g.ent(f.ent).kind != Country || named[f.ent] || i+len(f.toks) > len(d.Toks) {
				continue
			}
			ok := true
			for k := 1; k < len(f.toks) && ok; k++ {
				ok = d.Word(i+k) == f.toks[k]
			}
			if ok && capitalNamesakes()[strings.Join(f.toks, " ")] == "" {
				named[f.ent] = true
			}
		}
	}
	return named
}
