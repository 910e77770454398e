package actor

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// Groups of people: "Croatian extremists", "Tamil civilian refugees",
// "rebels in Darfur". CAMEO codes such a group by the state it belongs to
// or lives in, with its sector: HRVRAD, LKAREF. A group is an actor of its
// own, apart from its state, so that "Croatia is investigating Croatian
// extremists" has two sides.

// An agentNoun is a noun of agents.tsv: a kind of people.
type agentNoun struct {
	code   string // CAMEO sector code: REB, OPP, CVL
	plural string // the form that names the group
	people bool   // only after a people's name: "Moslem forces"
}

// A people is a row of peoples.tsv: a people or faith without a state.
type people struct {
	adj    string          // the form names are built from: "Kurdish"
	plural string          // the name of the people as a group: "Kurds"; adj if none
	nouns  map[string]bool // forms that name the people alone: "Kurds"
}

// loadAgents reads agents.tsv and peoples.tsv.
func (g *gazetteer) loadAgents() error {
	g.agents = map[string]agentNoun{}
	rs, err := g.rows("agents.tsv", 3)
	if err != nil {
		return err
	}
	for _, r := range rs {
		fs := tsv.Split(r[0])
		a := agentNoun{code: r[1], plural: fs[min(1, len(fs)-1)], people: r[2] == "people"}
		for _, f := range fs {
			g.agents[f] = a
		}
	}
	g.peoples = map[string]int{}
	rs, err = g.rows("peoples.tsv", 1)
	for _, r := range rs {
		fs := tsv.Split(r[0])
		p := people{adj: fs[0], plural: fs[0], nouns: map[string]bool{}}
		for _, f := range fs[1:] {
			p.nouns[f] = true
			if p.plural == fs[0] && strings.HasSuffix(f, "s") {
				p.plural = f
			}
		}
		for _, f := range fs {
			g.peoples[f] = len(g.peopleRows)
		}
		g.peopleRows = append(g.peopleRows, p)
	}
	return err
}

// agentHeads may follow a group's noun and belong to it: "rebel leaders"
// (words.txt).
var agentHeads = sync.OnceValue(func() map[string]bool { return lexicon.Set("agent-heads") })

// agentAfter finds a group's noun in the few words from token j: up to two
// modifiers ("civilian", "nationalist") and then the noun, with any heads
// after it. It returns the noun and the token after the phrase, or false.
// After a state's demonym (stateless false) the nouns that name a state's
// own people are not a group.
func (d *reader) agentAfter(g *gazetteer, j int, stateless bool) (agentNoun, int, bool) {
	for k := j; k < j+3 && k < len(d.Toks) && d.Toks[k].Sent == d.Toks[j].Sent; k++ {
		w := d.Word(k)
		if d.Toks[k].Kind != text.Word || w != d.Lower(k) {
			return agentNoun{}, 0, false // lower-case words only: "Russian officials said protesters" stops at "said"
		}
		if w == "armed" && agentHeads()[d.Lower(k+1)] {
			// "armed groups", "an armed movement"
			return agentNoun{code: "UAF", plural: "armed groups"}, k + 2, true
		}
		if a, ok := g.agents[w]; ok && (stateless || !a.people) {
			end := k + 1
			for end < len(d.Toks) {
				if b, ok := g.agents[d.Word(end)]; ok && (stateless || !b.people) {
					a = b // "civilian refugees" are refugees
				} else if !agentHeads()[d.Word(end)] {
					break
				}
				end++
			}
			if end < len(d.Toks) && agentPlaces()[d.Lower(end)] {
				return agentNoun{}, 0, false // "the Jenin refugee camp", "a police station": a place
			}
			return a, end, true
		}
		if !modifierWord(w) {
			return agentNoun{}, 0, false
		}
	}
	return agentNoun{}, 0, false
}

// agentPlaces are the nouns that a people's noun before them only
// describes, naming a place: "refugee camp", "police station", "army
// base" (words.txt).
var agentPlaces = sync.OnceValue(func() map[string]bool { return lexicon.Set("agent-places") })

// modifierWord reports whether w may stand between a group's adjective and
// its noun: not a function word, a verb of saying, or a plural or past form
// that would head a phrase or a clause of its own.
func modifierWord(w string) bool {
	if auxiliaries[w] || reportVerbs[w] || clauseWords[w] || len(w) < 3 {
		return false
	}
	if strings.Contains(w, "-") {
		return true // "Israeli-backed", "pro-government"
	}
	if edAdjectives()[w] {
		return true
	}
	return !strings.HasSuffix(w, "ed") && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// edAdjectives are participles that describe a group rather than report
// what it did: "displaced civilians" (words.txt).
var edAdjectives = sync.OnceValue(func() map[string]bool { return lexicon.Set("ed-adjectives") })

// groupName builds a group's name: "Croatian" + "extremists" = "Croatian
// Extremists".
func groupName(adj string, a agentNoun) string {
	ws := strings.Fields(a.plural)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return adj + " " + strings.Join(ws, " ")
}

// stateGroup makes the group a state's demonym or name heads, m its
// mention, from token j: "Croatian extremists", "Iraqi Kurds". The state's
// mention stays as an inner one.
func (d *reader) stateGroup(g *gazetteer, m Span, j int) (Span, bool) {
	state := d.actors[m.Actor]
	name, code, aff := g.adjective(state.Name)+" "+d.Word(j), state.Code, state.Name
	var end int
	if a, e, ok := d.agentAfter(g, j, false); ok && (m.Demonym || e == j+1) {
		// a state's name takes its noun straight after it ("Chad
		// rebels", "Chad's rebels"), not across other words ("in Chad
		// after rebels attacked"), as its adjective may ("Iraqi armed
		// groups")
		name, code, end = groupName(g.adjective(state.Name), a), state.Code+a.code, e
	} else if p, ok := g.peoples[d.Word(j)]; ok && g.peopleRows[p].nouns[d.Word(j)] {
		end = j + 1 // "Iraqi Kurds"
	} else if h, ok := d.matchForm(g, j); ok && h.demonym && g.ent(h.ent).kind == Country && g.ent(h.ent).name != state.Name && !d.capitalised(j+1) {
		// "Bosnian Serbs": people of one nation living in the first; but
		// "Egyptian Americans" are Americans of Egyptian descent
		d.inner = append(d.inner, d.formMention(g, h))
		end = h.t1
		if second := g.ent(h.ent); diaspora()[second.code] {
			code, aff = second.code, second.name
		}
	} else {
		return Span{}, false
	}
	return Span{T0: m.T0, T1: end, Start: m.Start, End: int(d.Toks[end-1].End), Actor: d.groupActor(g, name, code, aff)}, true
}

// diaspora are the states whose demonym, after another's, names citizens
// of that descent: "Egyptian Americans" (words.txt).
var diaspora = sync.OnceValue(func() map[string]bool { return lexicon.Set("diaspora") })

// peopleGroupAt reads a group named by a people or a faith without a state
// at token i: "Tamil civilian refugees", "Moslem forces", "ethnic
// Albanians", "Kurds". Its state is found later, from its context (see
// placeGroups).
func (d *reader) peopleGroupAt(g *gazetteer, i int) (Span, bool) {
	w := d.Word(i)
	var adj string
	end := 0
	var a agentNoun
	switch p, ok := g.peoples[w]; {
	case ok:
		adj = g.peopleRows[p].adj
		a, end = d.peopleNounAt(g, p, i)
	case d.Lower(i) == "ethnic":
		adj, a, end = d.ethnicAt(g, i)
	}
	if end == 0 {
		return Span{}, false
	}
	name := adj
	if a.plural != "" {
		name = groupName(adj, a)
	} else if p, ok := g.peoples[w]; ok {
		name = g.peopleRows[p].plural // "Christians", not "Christian"
	}
	k := d.addActor(Actor{Name: name, Kind: Group})
	if d.sector == nil {
		d.sector = map[int]string{}
	}
	d.sector[k] = a.code
	m := Span{T0: i, T1: end, Start: int(d.Toks[i].Start), End: int(d.Toks[end-1].End), Actor: k}
	d.unplaced = append(d.unplaced, len(d.mentions))
	return m, true
}

// peopleNounAt reads what names a group after the word of people p at
// token i: a group's noun ("Tamil civilian refugees"), nothing when the
// word names the people alone ("Kurds"), or a plural head ("Yoruba
// leaders"). It returns the noun, if any, and the token after the group's
// name, or 0 when there is no group.
func (d *reader) peopleNounAt(g *gazetteer, p, i int) (agentNoun, int) {
	if a, end, ok := d.agentAfter(g, i+1, true); ok {
		return a, end
	}
	if g.peopleRows[p].nouns[d.Word(i)] {
		return agentNoun{}, i + 1
	}
	if h := d.Lower(i + 1); agentHeads()[h] && strings.HasSuffix(h, "s") {
		return agentNoun{plural: h}, i + 2 // "Yoruba leaders", "Kurdish groups"
	}
	return agentNoun{}, 0
}

// ethnicAt reads "ethnic" and a state's demonym at token i, with a group's
// noun if one follows: "ethnic Albanians", of that nation, living where
// the text says. It returns the group's adjective, its noun, if any, and
// the token after its name, or 0 when there is no group; the demonym
// stays as an inner mention.
func (d *reader) ethnicAt(g *gazetteer, i int) (adj string, a agentNoun, end int) {
	h, ok := d.matchForm(g, i+1)
	if !ok || !h.demonym || g.ent(h.ent).kind != Country {
		return "", agentNoun{}, 0
	}
	adj = "Ethnic " + d.Word(i+1)
	end = h.t1
	if x, e, ok := d.agentAfter(g, end, true); ok {
		a, end = x, e
		adj = "Ethnic " + g.adjective(g.ent(h.ent).name)
	}
	d.inner = append(d.inner, d.formMention(g, h))
	return adj, a, end
}

// bareGroupAt reads a group's noun at token i that a state names after it:
// "rebels in Darfur", "opposition groups in Zimbabwe", "students
// throughout Indonesia". The group is named by the state's demonym
// ("Ivorian Rebels") and the state's mention stays as an inner one.
func (d *reader) bareGroupAt(g *gazetteer, i int) (Span, bool) {
	a, ok := g.agents[d.Lower(i)]
	if !ok || a.people || d.Toks[i].Kind != text.Word {
		return Span{}, false
	}
	j := i + 1
	for j < len(d.Toks) && agentHeads()[d.Lower(j)] {
		j++
	}
	n, ok := d.stateAfter(g, i, j, "in", "throughout", "from")
	if !ok {
		return Span{}, false
	}
	d.inner = append(d.inner, n)
	st := d.actors[n.Actor]
	k := d.groupActor(g, groupName(g.adjective(st.Name), a), st.Code+a.code, st.Name)
	return Span{T0: i, T1: n.T1, Start: int(d.Toks[i].Start), End: n.End, Actor: k}, true
}

// groupActor returns the actor of the group called name, the gazetteer's
// if it has one ("Sudanese Rebels"), else a new one with code and
// affiliation.
func (d *reader) groupActor(g *gazetteer, name, code, aff string) int {
	if i, ok := g.row(name); ok {
		return d.actorFor(g, i)
	}
	return d.addActor(Actor{Name: name, Kind: Group, Code: code, Affiliation: aff})
}
