package actor

import (
	"slices"
	"strings"

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
	rs, err := rows("agents.tsv", 3)
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
	rs, err = rows("peoples.tsv", 1)
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
var agentHeads = lexicon.Set("agent-heads")

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
		if w == "armed" && agentHeads[d.Lower(k+1)] {
			// "armed groups", "an armed movement"
			return agentNoun{code: "UAF", plural: "armed groups"}, k + 2, true
		}
		if a, ok := g.agents[w]; ok && (stateless || !a.people) {
			end := k + 1
			for end < len(d.Toks) {
				if b, ok := g.agents[d.Word(end)]; ok && (stateless || !b.people) {
					a = b // "civilian refugees" are refugees
				} else if !agentHeads[d.Word(end)] {
					break
				}
				end++
			}
			return a, end, true
		}
		if !modifierWord(w) {
			return agentNoun{}, 0, false
		}
	}
	return agentNoun{}, 0, false
}

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
	if edAdjectives[w] {
		return true
	}
	return !strings.HasSuffix(w, "ed") && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// edAdjectives are participles that describe a group rather than report
// what it did: "displaced civilians" (words.txt).
var edAdjectives = lexicon.Set("ed-adjectives")

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
	if a, e, ok := d.agentAfter(g, j, false); ok {
		name, code, end = groupName(g.adjective(state.Name), a), state.Code+a.code, e
	} else if p, ok := g.peoples[d.Word(j)]; ok && g.peopleRows[p].nouns[d.Word(j)] {
		end = j + 1 // "Iraqi Kurds"
	} else if h, ok := d.matchForm(g, j); ok && h.demonym && g.ents[h.ent].kind == Country && g.ents[h.ent].name != state.Name && !d.capitalised(j+1) {
		// "Bosnian Serbs": people of one nation living in the first; but
		// "Egyptian Americans" are Americans of Egyptian descent
		d.inner = append(d.inner, d.formMention(g, h))
		end = h.t1
		if second := g.ents[h.ent]; diaspora[second.code] {
			code, aff = second.code, second.name
		}
	} else {
		return Span{}, false
	}
	return Span{T0: m.T0, T1: end, Start: m.Start, End: int(d.Toks[end-1].End), Actor: d.groupActor(g, name, code, aff)}, true
}

// diaspora are the states whose demonym, after another's, names citizens
// of that descent: "Egyptian Americans" (words.txt).
var diaspora = lexicon.Set("diaspora")

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
		if x, e, ok := d.agentAfter(g, i+1, true); ok {
			a, end = x, e
		} else if g.peopleRows[p].nouns[w] {
			end = i + 1
		} else if h := d.Lower(i + 1); agentHeads[h] && strings.HasSuffix(h, "s") {
			a, end = agentNoun{plural: h}, i+2 // "Yoruba leaders", "Kurdish groups"
		}
	case d.Lower(i) == "ethnic":
		// "ethnic Albanians": of that nation, living where the text says
		h, ok := d.matchForm(g, i+1)
		if !ok || !h.demonym || g.ents[h.ent].kind != Country {
			return Span{}, false
		}
		adj = "Ethnic " + d.Word(i+1)
		end = h.t1
		if x, e, ok := d.agentAfter(g, end, true); ok {
			a, end = x, e
			adj = "Ethnic " + g.adjective(g.ents[h.ent].name)
		}
		d.inner = append(d.inner, d.formMention(g, h))
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

// placeGroups gives each group of a people without a state the state it
// lives in, by CAMEO's rule for domestic groups: the state named just
// after it ("in east Bosnia", "of the Syrian Golan Heights"), else the
// nearest state before it in the sentence, else the nearest after. A group
// named again keeps the state it was first given.
func (d *reader) placeGroups(g *gazetteer) {
	for _, k := range d.unplaced {
		m := d.mentions[k]
		a := &d.actors[m.Actor]
		if a.Affiliation != "" {
			continue
		}
		own := ""
		if strings.HasPrefix(a.Name, "Ethnic ") {
			for _, n := range d.inner {
				if n.T0 == m.T0+1 {
					own = d.actors[n.Actor].Name // not the nation it is of
				}
			}
		}
		name, code := d.stateNear(g, k, own)
		if name == "" {
			continue // uncoded: a sector alone would read as a code
		}
		a.Affiliation = name
		a.Code = stateCode(code) + d.sector[m.Actor]
	}
}

// stateCode returns the country part of a CAMEO actor code: RUS of RUSGOV.
func stateCode(code string) string {
	if len(code) >= 3 && code[:3] != "IGO" && code[:3] != "NGO" {
		return code[:3]
	}
	return ""
}

// stateNear returns the name and code of the state mention k's group
// lives in, as placeGroups describes, other than the state called not; or
// "", "".
func (d *reader) stateNear(g *gazetteer, k int, not string) (name, code string) {
	m := d.mentions[k]
	sent := d.Toks[m.T0].Sent
	state := func(x int) bool {
		if d.Toks[d.mentions[x].T0].Sent != sent {
			return false
		}
		name, code = d.stateOf(g, x)
		return name != "" && name != not
	}
	// "in east Bosnia", "throughout Indonesia", "of the Syrian Golan Heights"
	for x := k + 1; x < len(d.mentions) && d.mentions[x].T0 <= m.T1+4; x++ {
		if state(x) {
			for j := m.T1; j < d.mentions[x].T0; j++ {
				switch d.Lower(j) {
				case "in", "of", "throughout", "from":
					return name, code
				}
			}
		}
	}
	for x := k - 1; x >= 0 && d.Toks[d.mentions[x].T0].Sent == sent; x-- {
		if state(x) {
			return name, code
		}
	}
	for x := k + 1; x < len(d.mentions) && d.Toks[d.mentions[x].T0].Sent == sent; x++ {
		if state(x) {
			return name, code
		}
	}
	return "", ""
}

// stateOf returns the name and code of the state mention x names: itself,
// or the state of an actor of it ("UNITA" is Angola's); or "", "".
func (d *reader) stateOf(g *gazetteer, x int) (name, code string) {
	a := d.actors[d.mentions[x].Actor]
	if a.Kind == Country {
		return a.Name, a.Code
	}
	if i, ok := g.byName[a.Affiliation]; ok && g.ents[i].kind == Country && stateCode(a.Code) != "" {
		return g.ents[i].name, g.ents[i].code
	}
	return "", ""
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
	for j < len(d.Toks) && agentHeads[d.Lower(j)] {
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
	if i, ok := g.byName[name]; ok {
		return d.actorFor(g, i)
	}
	return d.addActor(Actor{Name: name, Kind: Group, Code: code, Affiliation: aff})
}

// stateAfter reads a state named by one of words at token j ("in", "of"),
// with "the" between if need be, in the sentence of token i: "rebels in
// Darfur", "the government of Sudan". The state's mention is returned as
// an actor's; anything else there is left alone.
func (d *reader) stateAfter(g *gazetteer, i, j int, words ...string) (Span, bool) {
	if !slices.Contains(words, d.Lower(j)) {
		return Span{}, false
	}
	j++
	if d.Lower(j) == "the" {
		j++
	}
	if j >= len(d.Toks) || d.Toks[j].Sent != d.Toks[i].Sent {
		return Span{}, false
	}
	h, ok := d.matchForm(g, j)
	if !ok || h.demonym || g.ents[h.ent].kind != Country {
		return Span{}, false
	}
	return d.formMention(g, h), true
}

// domesticTitles are the last words of titles that hold an office of a
// state: a person so titled, of no known state, is of the state the
// sentence names (words.txt).
var domesticTitles = lexicon.Set("domestic-titles")

// localSectors are the sector codes an organisation outside the gazetteer
// may carry without a state (words.txt).
var localSectors = lexicon.Set("local-sectors")

// placeUnknown gives a state to two kinds of actor outside the gazetteer
// that have none, as CAMEO codes domestic actors: a body named with a
// place of one state after it ("the United Bus Company of Tehran"), and a
// person with a state office's title in a sentence that names one state
// and no other ("opposition leader Maulana Fazl-ur-Rehman" among
// Pakistanis). A sentence that names two states says nothing, and an
// untitled name is left alone: "CNN's Nic Robertson" in a story about
// Libya is not Libyan.
func (d *reader) placeUnknown(g *gazetteer) {
	done := map[int]bool{}
	for k, m := range d.mentions {
		ai := m.Actor
		a := &d.actors[ai]
		if done[ai] || a.Kind == Country || a.Affiliation != "" || a.Code != "" && !localSectors[a.Code] {
			continue
		}
		if _, known := g.byName[a.Name]; known {
			continue
		}
		done[ai] = true
		var name, code string
		switch {
		case a.Kind != Person && k+1 < len(d.mentions) && d.ofPlace(m, d.mentions[k+1]):
			st := d.actors[d.mentions[k+1].Actor]
			name, code = st.Name, st.Code
		case d.domestic[ai]:
			name, code = d.onlyState(g, k)
		}
		if name == "" {
			continue
		}
		a.Affiliation = name
		a.Code = stateCode(code) + a.Code
	}
}

// ofPlace reports whether mention n is a state or a place of one right
// after mention m and "of" or "in": "Company of Tehran".
func (d *reader) ofPlace(m, n Span) bool {
	j := m.T1
	if w := d.Lower(j); w != "of" && w != "in" {
		return false
	}
	j++
	if d.Lower(j) == "the" {
		j++
	}
	return n.T0 == j && d.actors[n.Actor].Kind == Country && !n.Demonym
}

// onlyState returns the name and code of the state that the sentence of
// mention k names, itself or through an actor of it ("UNITA" is
// Angola's), when it names one state and no other; or "", "".
func (d *reader) onlyState(g *gazetteer, k int) (name, code string) {
	t0 := d.mentions[k].T0
	for _, x := range d.mentionsIn(d.SentStart(t0), d.SentEnd(t0)) {
		if x == k {
			continue
		}
		n, c := d.stateOf(g, x)
		if n == "" {
			continue
		}
		if name != "" && n != name {
			return "", ""
		}
		name, code = n, c
	}
	return name, code
}

// stateAgentAt reads a state's body or people named before the state
// rather than after it: "the government of Sudan", "security forces in
// Guinea", "officials in Kabul". A body of roles.tsv becomes that state's
// role ("Sudanese Government"); its people are the state itself, as
// "Russian troops" are Russia.
func (d *reader) stateAgentAt(g *gazetteer, i int) (Span, bool) {
	r, n := d.roleAt(g, i)
	people := n == 0 && stateAgentNouns[d.Lower(i)]
	if n == 0 && !people {
		return Span{}, false
	}
	if people {
		n = 1
	}
	st, ok := d.stateAfter(g, i, i+n, "in", "of")
	if !ok {
		return Span{}, false
	}
	d.inner = append(d.inner, st)
	if people {
		return Span{T0: i, T1: st.T1, Start: int(d.Toks[i].Start), End: st.End, Actor: st.Actor}, true
	}
	m := d.roleMention(g, st, d.actors[st.Actor], r, i+n)
	m.T0, m.T1, m.Start, m.End = i, st.T1, int(d.Toks[i].Start), st.End
	return m, true
}

// stateAgentNouns are the people of a state that stateAgentAt reads
// (words.txt).
var stateAgentNouns = lexicon.Set("state-agent-nouns")
