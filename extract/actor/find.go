package actor

import (
	"sort"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// findActors finds the actors of the document and their mentions.
func (d *reader) findActors() {
	g := gazetteerInstance()
	d.actorIdx = map[string]int{}
	d.readMentions(g)
	d.appositionRoles()
	d.placeGroups(g)
	d.placeUnknown(g)
	d.localBodies(g)
	d.dropUnmentioned()
	d.listMentions()
}

// bylineAt returns the end of a byline at token i, or i: "By", one or
// two names of up to three capitalised words joined by "and", a comma
// and one capitalised word, the outlet ("By Tim Lister and Emily Smith ,
// CNN"), at the start of a sentence or after a "|" or "--". News text
// flattened from web pages runs it into its first sentence.
func (d *reader) bylineAt(i int) int {
	if end := d.creditAt(i); end > i {
		return end
	}
	if d.Word(i) != "By" || i > 0 && d.Toks[i-1].Sent == d.Toks[i].Sent && d.Word(i-1) != "|" && d.Word(i-1) != "--" {
		return i
	}
	j, names := i+1, 0
	for names < 3 {
		n := 0
		for n < 3 && j+n < len(d.Toks) && d.Toks[j+n].Kind == text.Word && text.IsUpperStart(d.Word(j+n)) {
			n++
		}
		if n < 2 {
			return i // a name has a first name and a surname
		}
		j += n
		names++
		if d.Lower(j) != "and" {
			break
		}
		j++
	}
	if j+1 >= len(d.Toks) || d.Word(j) != "," || !text.IsUpperStart(d.Word(j+1)) {
		return i
	}
	return j + 2
}

// appositionRoles gives a person the organisation that an apposition
// right after their name says they serve: "Kenzo Oshima, the United
// Nations Emergency Relief Coordinator,", "Martin Griffiths, the UN envoy
// for Yemen,". The article's word on their post wins over the person
// table's older one, for an international body; a person with no code
// takes any organisation's.
func (d *reader) appositionRoles() {
	for k := 0; k+1 < len(d.mentions); k++ {
		m, n := d.mentions[k], d.mentions[k+1]
		p, o := &d.actors[m.Actor], d.actors[n.Actor]
		if p.Kind != Person || o.Kind != Organization || o.Code == "" || d.Word(m.T1) != "," {
			continue
		}
		if j := m.T1 + 1; !(n.T0 == j || n.T0 == j+1 && d.Lower(j) == "the") {
			continue
		}
		if p.Code != "" && !strings.HasPrefix(o.Code, "IGO") {
			continue
		}
		for j := n.T1; j < n.T1+5 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[m.T0].Sent && d.Word(j) != ","; j++ {
			if titleNouns()[d.Lower(j)] || roleNouns[d.Lower(j)] {
				p.Affiliation, p.Code = o.Name, o.Code
				break
			}
		}
	}
}

// roleNouns name a post in an organisation after its name: "the United
// Nations Emergency Relief Coordinator", "the UN's top official".
var roleNouns = map[string]bool{"coordinator": true, "representative": true, "rapporteur": true,
	"commissioner": true, "mediator": true, "head": true, "chief": true, "inspector": true}

// addressed reports whether the phrase at token i is the object of a
// verb of addressing right before it: "urged both countries", "called on
// the two sides".
func (d *reader) addressed(i int) bool {
	j := i - 1
	if j > 0 && d.Lower(j) == "on" {
		j--
	}
	return j >= 0 && addressVerbs()[d.Lower(j)]
}

// addressVerbs are the forms of the verbs of addressing whose object a
// speaker is not (words.txt).
var addressVerbs = sync.OnceValue(func() map[string]bool { return lexicon.Set("address-verbs") })

// creditAt returns the end of a wire story's credit at token i, or i:
// after a bracket or ";", "Reporting by …", "Additional reporting by …",
// "Edited by …", "Writing by …", up to the ";" or bracket that closes it ("-LRB- Reporting by
// Ayesha Rascoe ; Edited by Sofina Mirza-Reid and David Gregorio -RRB-"):
// who wrote and edited, not who acts.
func (d *reader) creditAt(i int) int {
	j := i
	if d.Word(j) == "Additional" {
		j++
	}
	switch d.Lower(j) {
	case "reporting", "edited", "editing", "writing", "compiled":
	default:
		return i
	}
	if !text.IsUpperStart(d.Word(i)) || d.Lower(j+1) != "by" || i == 0 {
		return i
	}
	switch d.Word(i - 1) {
	case "(", "[", ";":
	case "-": // the Penn Treebank's bracket, "-LRB-", split as "-", "LRB", "-"
		if i < 2 || d.Word(i-2) != "LRB" && d.Word(i-2) != "LSB" {
			return i
		}
	default:
		return i // "Reporting by police showed …" is a sentence
	}
	for j += 2; j < len(d.Toks) && j < i+30 && d.Toks[j].Sent == d.Toks[i].Sent; j++ {
		switch d.Word(j) {
		case ";", ")", "]":
			return j
		case "-":
			if w := d.Word(j + 1); w == "RRB" || w == "RSB" {
				return j
			}
		}
	}
	return j
}

// readMentions reads the mentions of the text in one pass from its
// start, each the longest that matchAt finds where the last ended.
func (d *reader) readMentions(g *gazetteer) {
	var pair [2]int // the last two actors named together, for "the two sides"
	hasPair := false
	var people [2]int // the last two people named, for "the two ministers"
	npeople := 0
	// the last two states named before the sentence, for "the two sides"
	// with no pair: "Peru accused Chile. Brazil urged the two sides"
	var states, before [2]int
	nstates, nbefore, sent := 0, 0, int32(-1)
	for i := 0; i < len(d.Toks); {
		if d.Toks[i].Sent != sent {
			sent, before, nbefore = d.Toks[i].Sent, states, nstates
		}
		if m, ok := d.glossAt(g, i); ok {
			d.inner = append(d.inner, m) // it names the actor, but takes no part of its own
			i = m.T1 + 1
			continue
		}
		if end := d.bylineAt(i); end > i {
			i = end // "By Tim Lister and Emily Smith, CNN": who wrote, not who acts
			continue
		}
		if end := d.datelineAt(g, i); end > i {
			d.datelinePlace(i) // "Tripoli, Libya (CNN) --": where it was written, and who wrote it
			i = end
			continue
		}
		inner := len(d.inner)
		m, ok := d.matchAt(g, i)
		if !ok {
			switch {
			case npeople == 2 && personPairNouns()[d.Lower(i+d.pairAt(i)-1)]:
				i += d.twoSidesAt(i, people, true)
			case nbefore == 2 && (!hasPair || d.addressed(i) && d.Toks[d.mentions[len(d.mentions)-1].T0].Sent == d.Toks[i].Sent):
				// "Indonesia accused Malaysia … urged the two sides"; and
				// "Japan and Australia urged both countries": whom a pair
				// urges is another pair, the states named before
				i += d.twoSidesAt(i, before, true)
			default:
				i += d.twoSidesAt(i, pair, hasPair)
			}
			continue
		}
		if d.inWaterName(m) {
			i = m.T1
			continue
		}
		if p, ok := d.andPair(m); ok {
			pair, hasPair = p, true
		} else if p, ok := d.withPair(m); ok {
			pair, hasPair = p, true
		}
		if d.actors[m.Actor].Kind == Person && (npeople == 0 || people[1] != m.Actor) {
			people[0], people[1] = people[1], m.Actor
			npeople = min(npeople+1, 2)
		}
		// a state named inside the mention counts too: "Japan's foreign
		// minister Yoko Kamikawa met her South Korean counterpart"
		for k := inner; k <= len(d.inner); k++ {
			st := m
			if k < len(d.inner) {
				st = d.inner[k]
			}
			if d.actors[st.Actor].Kind == Country && !st.Place && !d.where(st) && (nstates == 0 || states[1] != st.Actor) {
				states[0], states[1] = states[1], st.Actor
				nstates = min(nstates+1, 2)
			}
		}
		if d.possessive(m.T1) {
			m.T1, m.End = m.T1+1, int(d.Toks[m.T1].End) // "Russia's"
		}
		d.mentions = append(d.mentions, m)
		i = m.T1
		for _, n := range d.inner[inner:] {
			i = max(i, n.T1) // "Cairo, Egypt": the state after the comma is read with the city
		}
	}
}

// where reports whether mention m names where something happens, not a
// party to it: after "in" or "at" ("held talks in Brussels").
func (d *reader) where(m Span) bool {
	j := m.T0 - 1
	if j > 0 && regionWords()[d.Lower(j)] {
		j-- // "in northern Nigeria"
	}
	if j > 0 && d.Lower(j) == "the" {
		j--
	}
	return j >= 0 && (d.Lower(j) == "in" || d.Lower(j) == "at")
}

// regionWords name a part of a state before its name: "in northern
// Nigeria" (words.txt).
var regionWords = sync.OnceValue(func() map[string]bool { return lexicon.Set("region-words") })

// waterHeads name seas and straits (words.txt).
var waterHeads = sync.OnceValue(func() map[string]bool { return lexicon.Set("water-heads") })

// inWaterName reports whether mention m is part of the name of a sea or
// strait: "the Sea of Japan", "the Gulf of Aden", "the South China Sea".
func (d *reader) inWaterName(m Span) bool {
	if m.T0 >= 2 && d.Lower(m.T0-1) == "of" && waterHeads()[d.Lower(m.T0-2)] && d.capitalised(m.T0-2) {
		return true
	}
	k := m.T1 // the word after the name
	if k >= len(d.Toks) || !waterHeads()[d.Lower(k)] || !d.capitalised(k) {
		return false
	}
	// but not "the Sunni Gulf states", "Florida Gulf Coast University"
	return k+1 >= len(d.Toks) || !d.capitalised(k+1) && !regionNouns()[d.Lower(k+1)]
}

// regionNouns follow a sea's name that names the lands around it: "the
// Gulf states".
var regionNouns = sync.OnceValue(func() map[string]bool { return lexicon.Set("region-nouns") })

// listMentions gives each actor its mentions, outer and inner, in
// character offsets and text order.
func (d *reader) listMentions() {
	for ai := range d.actors {
		if d.actors[ai].Mentions == nil {
			d.actors[ai].Mentions = []Mention{}
		}
	}
	for _, m := range append(d.mentions, d.inner...) {
		a := &d.actors[m.Actor]
		a.Mentions = append(a.Mentions, Mention{Text: d.Text[m.Start:m.End], Start: d.Off.Char(m.Start), End: d.Off.Char(m.End)})
	}
	for ai := range d.actors {
		ms := d.actors[ai].Mentions
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
}

// matchAt finds the longest actor mention starting at token i.
func (d *reader) matchAt(g *gazetteer, i int) (Span, bool) {
	t := d.Toks[i]
	if t.Kind == text.Punct {
		return Span{}, false
	}
	if d.languageAt(g, i) {
		return Span{}, false
	}
	if m, ok := d.formAt(g, i); ok {
		if d.placeInState(g, m) {
			return m, true // "Cairo, Egypt": one place
		}
		return d.extend(g, m), true
	}
	if !text.IsUpperStart(d.Word(i)) && !g.lowStarts[d.Lower(i)] && !camelCase(d.Word(i)) {
		return Span{}, false // most words: one lookup, not one a matcher
	}
	if m, ok := d.bareGroupAt(g, i); ok {
		return m, true
	}
	if m, ok := d.stateAgentAt(g, i); ok {
		return m, true
	}
	if m, ok := d.peopleGroupAt(g, i); ok {
		return m, true
	}
	if m, ok := d.anaphorAt(g, i); ok {
		return m, true
	}
	if m, ok := d.titledPersonAt(g, i, -1); ok {
		return m, true
	}
	if m, ok := d.surnameAt(i); ok {
		return m, true
	}
	if m, ok := d.misspeltStateAt(g, i); ok {
		return d.extend(g, m), true
	}
	return d.unknownNameAt(g, i)
}

// glossAt reads a parenthesised name right after a mention that the
// gazetteer does not know, as another name of that mention's actor: "the
// Hizbollah (Party of God) group", "Forces for Defence of Democracy
// (FDD)". The mention ends before the closing parenthesis.
func (d *reader) glossAt(g *gazetteer, i int) (Span, bool) {
	k := len(d.mentions)
	if i < 1 || k == 0 || d.Word(i-1) != "(" || d.mentions[k-1].T1 != i-1 || !d.capitalised(i) {
		return Span{}, false
	}
	if _, ok := d.matchForm(g, i); ok {
		return Span{}, false // "(NATO)", "(UN)": the gazetteer reads it
	}
	for j := i; j < i+6 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[i].Sent; j++ {
		switch w := d.Word(j); {
		case w == ")":
			if j == i {
				return Span{}, false
			}
			return Span{T0: i, T1: j, Start: int(d.Toks[i].Start), End: int(d.Toks[j-1].End), Actor: d.mentions[k-1].Actor}, true
		case d.Toks[j].Kind != text.Word:
			return Span{}, false
		}
	}
	return Span{}, false
}

// dropUnmentioned removes the actors that a match made and then gave up
// for a longer reading, renumbering the mentions' actors: the person of
// "the Obama administration" when the article names Obama nowhere else
// (the mention is the United States'). Matchers that only look ahead use
// matchForm and make no actor.
func (d *reader) dropUnmentioned() {
	used := make([]bool, len(d.actors))
	for _, m := range d.mentions {
		used[m.Actor] = true
	}
	for _, m := range d.inner {
		used[m.Actor] = true
	}
	renum := make([]int, len(d.actors))
	out := d.actors[:0]
	for i, a := range d.actors {
		renum[i] = len(out)
		if used[i] {
			out = append(out, a)
		}
	}
	if len(out) == len(d.actors) {
		return
	}
	d.actors = out
	for k := range d.mentions {
		d.mentions[k].Actor = renum[d.mentions[k].Actor]
	}
	for k := range d.inner {
		d.inner[k].Actor = renum[d.inner[k].Actor]
	}
	d.actorIdx = make(map[string]int, len(out))
	for i, a := range out {
		d.actorIdx[a.Name] = i + 1
	}
	// sector and domestic were read by placeGroups and placeUnknown and
	// are not needed after
	d.sector, d.domestic = nil, nil
}
