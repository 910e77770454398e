package actor

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// Anaphora: "the alliance" for an organisation named before
// (data/anaphora.tsv), "the two sides" for the last two actors named
// together.

// loadAnaphora reads anaphora.tsv: a noun ("alliance") and the
// organisations it may refer back to.
func (g *gazetteer) loadAnaphora() error {
	rs, err := g.rows("anaphora.tsv", 2)
	for _, r := range rs {
		g.anaphor[strings.ToLower(r[0])] = tsv.Split(r[1])
	}
	return err
}

// anaphorAt resolves "the alliance", "an Alliance" and the like to the
// organisation they refer back to.
func (d *reader) anaphorAt(g *gazetteer, i int) (Span, bool) {
	det := d.Lower(i)
	if det == "opposition" && oppositionMembers()[d.Lower(i+1)] && !d.oppositionNamed(i) {
		// "opposition leaders said": the opposition of the state named
		// last, as "the opposition" is
		if k := d.opposition(g); k >= 0 {
			return Span{T0: i, T1: i + 2, Start: int(d.Toks[i].Start), End: int(d.Toks[i+1].End), Actor: k}, true
		}
	}
	if det != "the" && det != "this" && !((det == "an" || det == "a") && text.IsUpperStart(d.Word(i+1))) {
		return Span{}, false // "an Alliance" names one, "an alliance" need not
	}
	names := g.anaphor[d.Lower(i+1)]
	for _, n := range names {
		if k := d.actorIdx[n]; k > 0 {
			return Span{T0: i, T1: i + 2, Start: int(d.Toks[i].Start), End: int(d.Toks[i+1].End), Actor: k - 1}, true
		}
	}
	if det == "the" && companyNounsBack()[d.Lower(i+2)] && d.capitalised(i+1) && d.Toks[i+2].Sent == d.Toks[i].Sent && (d.formStarts(g, i+1) || regionAdjectives()[d.Lower(i+1)]) {
		// "the Japanese carmaker", "the European planemaker": the company
		// named last, if of that state ("the Indian airline" is no Airbus)
		if k := d.lastCompany(); k >= 0 && d.companyOf(g, k, i+1) {
			return Span{T0: i, T1: i + 3, Start: int(d.Toks[i].Start), End: int(d.Toks[i+2].End), Actor: k}, true
		}
	}
	if det == "the" {
		k := d.namedByHead(d.Lower(i + 1))
		if k < 0 && d.Lower(i+1) == "opposition" {
			k = d.opposition(g)
		}
		if k < 0 && stateBodyNouns[d.Lower(i+1)] && d.Lower(i+2) != "of" && !d.capitalised(i+2) {
			// "Serbian students protested against the government": the
			// government of the state named last (not "the government
			// of Kenya", which names its own)
			k = d.stateBody(g, "Government", "GOV")
		}
		if k >= 0 {
			return Span{T0: i, T1: i + 2, Start: int(d.Toks[i].Start), End: int(d.Toks[i+1].End), Actor: k}, true
		}
		if k, n := d.titledBefore(i + 1); k >= 0 {
			return Span{T0: i, T1: i + 1 + n, Start: int(d.Toks[i].Start), End: int(d.Toks[i+n].End), Actor: k}, true
		}
	}
	return Span{}, false
}

// stateBodyNouns, after "the", name the government of the state named
// last: "the government", "the administration", "the regime", "the
// authorities".
var stateBodyNouns = map[string]bool{"government": true, "administration": true, "regime": true, "authorities": true}

// backTitles are the titles of one office holder that "the" names again:
// "the president", "the chancellor"; not "the official" or "the leader",
// anyone's.
var backTitles = sync.OnceValue(func() map[string]bool { return lexicon.Set("back-titles") })

// titledBefore reads "president", "chancellor", "prime minister" and the
// like at token j, after "the", as the person named last with that title
// ("Kenyan President William Ruto ... The president is expected to"),
// among the last twelve mentions; it returns the actor and the title's
// length in tokens, or -1.
func (d *reader) titledBefore(j int) (int, int) {
	if j >= len(d.Toks) {
		return -1, 0
	}
	title, n := d.Lower(j), 1
	if title == "prime" && d.Lower(j+1) == "minister" || title == "foreign" && d.Lower(j+1) == "minister" {
		title, n = title+" "+d.Lower(j+1), 2
	}
	if n == 1 && !backTitles()[title] {
		return -1, 0 // "the official", "the leader": anyone's
	}
	for k := len(d.mentions) - 1; k >= 0 && k >= len(d.mentions)-12; k-- {
		m := d.mentions[k]
		if d.actors[m.Actor].Kind == Person && strings.Contains(strings.ToLower(d.Text[m.Start:m.End]), title) {
			return m.Actor, n
		}
	}
	return -1, 0
}

// oppositionMembers are the plural nouns after "opposition" that name
// its people: "opposition leaders", "opposition parties" (words.txt).
var oppositionMembers = sync.OnceValue(func() map[string]bool { return lexicon.Set("opposition-members") })

// oppositionNamed reports whether "opposition" at token i follows what
// names whose it is ("Kenya's", "Kenyan", "the"), which other readings
// take.
func (d *reader) oppositionNamed(i int) bool {
	if i == 0 || d.Toks[i-1].Sent != d.Toks[i].Sent {
		return false
	}
	p := d.Lower(i - 1)
	return p == "the" || p == "'s" || p == "’s" || text.IsUpperStart(d.Word(i-1)) && !d.sentenceInitial(i-1)
}

// opposition returns the opposition of the state named last, for "the
// opposition" with no opposition named before ("Georgia's ruling party
// won the election. The opposition refused to recognise the result."),
// or -1 if no state is named among the last mentions.
func (d *reader) opposition(g *gazetteer) int { return d.stateBody(g, "Opposition", "OPP") }

// stateBody returns the body of the state named last, among the last
// mentions, named by the state's adjective and noun ("Georgian
// Opposition") and coded with the state's code and suffix (GEOOPP), or
// -1 if no state is named there.
func (d *reader) stateBody(g *gazetteer, noun, suffix string) int {
	for k := len(d.mentions) - 1; k >= 0 && k >= len(d.mentions)-12; k-- {
		a := d.actors[d.mentions[k].Actor]
		state := a.Name
		if a.Kind != Country {
			state = a.Affiliation // "Georgia's ruling party": Georgia's
		}
		if st, ok := g.row(state); ok && g.ent(st).kind == Country {
			return d.groupActor(g, g.adjective(state)+" "+noun, g.ent(st).code+suffix, state)
		}
	}
	return -1
}

// generalHeads end names but, after "the", mean the thing in general
// (words.txt).
var generalHeads = sync.OnceValue(func() map[string]bool { return lexicon.Set("general-heads") })

// companyNounsBack are the nouns by which "the company", "the firm" name
// the company named last (words.txt).
var companyNounsBack = sync.OnceValue(func() map[string]bool { return lexicon.Set("company-anaphors") })

// namedByHead returns the organisation or group named last in the text
// whose name ends in noun n ("the police" after "Tanzanian Police", "the
// ministry" after "the Indonesian Trade Ministry", "the military" after
// "the Egyptian military"), or, for "the company" and its kin, the
// company named last; -1 if none. A noun that names a kind of place or
// polity ("the state media" is not Islamic State's) refers to none. Only
// the last mentions are looked at: "the police" far from its name is as
// likely another force. It is asked at every "the", so it allocates
// nothing.
func (d *reader) namedByHead(n string) int {
	company := companyNounsBack()[n]
	if generalHeads()[n] {
		return -1
	}
	if company {
		return d.lastCompany()
	}
	for k := len(d.mentions) - 1; k >= 0 && k >= len(d.mentions)-12; k-- {
		a := d.actors[d.mentions[k].Actor]
		if a.Kind != Organization && a.Kind != Group {
			continue
		}
		if sp := strings.LastIndexByte(a.Name, ' '); sp >= 0 && strings.EqualFold(a.Name[sp+1:], n) {
			return d.mentions[k].Actor
		}
	}
	return -1
}

// regionAdjectives name a region of several states, before a company's
// noun: "the European planemaker" (words.txt).
var regionAdjectives = sync.OnceValue(func() map[string]bool { return lexicon.Set("region-adjectives") })

// companyOf reports whether company actor k may be the one "the X
// carmaker" names, X at token j: of X's state by its code (MNCJPN for
// "Japanese"), of a state unknown (BUS), or of a region's.
func (d *reader) companyOf(g *gazetteer, k, j int) bool {
	h, ok := d.matchForm(g, j)
	if !ok || !h.demonym || g.ent(h.ent).kind != Country {
		return true // a region's, or no state's word
	}
	code := d.actors[k].Code
	return !strings.HasPrefix(code, "MNC") || strings.HasPrefix(code[3:], g.ent(h.ent).code)
}

// lastCompany returns the company "the company" names: of the last
// sentence that names one, among the last mentions, the first named, as
// a subject is before its objects ("Toyota bought a stake in Redwood.
// The carmaker ..." is Toyota); -1 if none.
func (d *reader) lastCompany() int {
	found, sent := -1, int32(-1)
	for k := len(d.mentions) - 1; k >= 0 && k >= len(d.mentions)-12; k-- {
		m := d.mentions[k]
		if sent >= 0 && d.Toks[m.T0].Sent != sent {
			break
		}
		if d.actors[m.Actor].IsCompany() {
			found, sent = m.Actor, d.Toks[m.T0].Sent
		}
	}
	return found
}

// andPair reports the actors of "A and B" when mention m is B: right
// after the last mention and "and", of another actor, and neither
// adjectival. "The two sides" after it are A and B.
func (d *reader) andPair(m Span) ([2]int, bool) {
	k := len(d.mentions)
	if k == 0 {
		return [2]int{}, false
	}
	prev := d.mentions[k-1]
	gap := m.T0 - prev.T1 // "and", or "and the": "Sudan's army and the Rapid Support Forces"
	if (gap == 1 || gap == 2 && d.Lower(prev.T1+1) == "the") && d.Word(prev.T1) == "and" && prev.Actor != m.Actor && !prev.Demonym && !m.Demonym {
		return [2]int{prev.Actor, m.Actor}, true
	}
	return [2]int{}, false
}

// withPair reports the actors of "A ... with B" when mention m is B:
// after "with" (or "with the"), the last mention a few words before it of
// another actor, in the same sentence: "supporters of the opposition
// clashed with police", "Russia signed a deal with Ukraine". "Both sides"
// after it are A and B.
func (d *reader) withPair(m Span) ([2]int, bool) {
	k := len(d.mentions)
	if k == 0 || m.T0 < 2 {
		return [2]int{}, false
	}
	w := m.T0 - 1
	if d.Lower(w) == "the" {
		w--
	}
	prev := d.mentions[k-1]
	if d.Lower(w) != "with" || prev.Actor == m.Actor || prev.Demonym || m.Demonym || w-prev.T1 > 5 || prev.T1 > w ||
		d.Toks[prev.T0].Sent != d.Toks[m.T0].Sent {
		return [2]int{}, false
	}
	for j := prev.T1; j < w; j++ {
		if d.Word(j) == "," || d.Lower(j) == "and" {
			return [2]int{}, false
		}
	}
	return [2]int{prev.Actor, m.Actor}, true
}

// twoSidesAt reads "the two sides" at token i as a mention of each actor
// of pair, when there is one (hasPair), and returns how many tokens the
// pass moves on: the phrase's, else one.
func (d *reader) twoSidesAt(i int, pair [2]int, hasPair bool) int {
	n := d.pairAt(i)
	if n == 0 || !hasPair {
		return 1
	}
	for _, a := range pair {
		d.mentions = append(d.mentions, Span{T0: i, T1: i + n, Start: int(d.Toks[i].Start), End: int(d.Toks[i+n-1].End), Actor: a})
	}
	return n
}

// pairAt returns the length of "the two sides" or "both sides" at token
// i, or 0.
func (d *reader) pairAt(i int) int {
	w := d.Lower(i)
	switch {
	case w == "the" && d.Lower(i+1) == "two" && pairNouns()[d.Lower(i+2)]:
		return 3
	case w == "both" && pairNouns()[d.Lower(i+1)]:
		return 2
	}
	return 0
}

// pairNouns head "the two sides" and its kin (words.txt).
var pairNouns = sync.OnceValue(func() map[string]bool { return lexicon.Set("pair-nouns") })

// personPairNouns are the pairNouns that name people: "the two
// ministers" are the last two people named, met or not, before any pair
// of states named together.
var personPairNouns = sync.OnceValue(func() map[string]bool { return lexicon.Set("person-pair-nouns") })
