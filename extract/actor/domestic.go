package actor

import (
	"sort"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// Domestic actors: CAMEO codes an actor that is no state's own, a group of
// a stateless people or a body or official outside the gazetteer, by the
// state it lives or serves in, which the text around it tells.

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
		if settlerNouns()[d.Lower(m.T1-1)] && name != "" {
			// "Jewish settlers in the West Bank city of Hebron": settlers are
			// not of the land they settle; of the other state named, if any
			name, code = d.stateNear(g, k, name)
		}
		if name == "" {
			continue // uncoded: a sector alone would read as a code
		}
		a.Affiliation = name
		a.Code = stateCode(code) + d.sector[m.Actor]
	}
}

// settlerNouns name people settled where they are not from (words.txt).
var settlerNouns = sync.OnceValue(func() map[string]bool { return lexicon.Set("settler-nouns") })

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
	if i, ok := g.row(a.Affiliation); ok && g.ent(i).kind == Country && stateCode(a.Code) != "" {
		return g.ent(i).name, g.ent(i).code
	}
	return "", ""
}

// localSectors are the sector codes an organisation outside the gazetteer
// may carry without a state (words.txt).
var localSectors = sync.OnceValue(func() map[string]bool { return lexicon.Set("local-sectors") })

// SectorCode reports whether code is the CAMEO code of an organisation
// known only by its sector, with no state: BUS for a company, EDU, MED,
// REL. Such codes are three capitals, as a country's are.
func SectorCode(code string) bool { return localSectors()[code] }

// placeUnknown gives a state to two kinds of actor outside the gazetteer
// that have none, as CAMEO codes domestic actors: a body named with a
// place of one state after it ("the United Bus Company of Tehran"; never
// a product, "launched the Galaxy S25 in San Jose"), and a
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
		if done[ai] || a.Kind == Country || a.Affiliation != "" || a.Code != "" && !localSectors()[a.Code] {
			continue
		}
		if _, known := g.row(a.Name); known {
			continue
		}
		done[ai] = true
		var name, code string
		switch {
		case a.Kind != Person && a.Kind != Product && k+1 < len(d.mentions) && d.ofPlace(m, d.mentions[k+1]):
			// but "launched the Galaxy S25 in San Jose": where, not whose
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
	return d.onlyStateAt(g, d.mentions[k].T0, k)
}

// onlyStateAt is onlyState for the sentence of token t0, passing over
// mention k (-1: none). The place of a dateline there counts as named
// (see datelinePlace).
func (d *reader) onlyStateAt(g *gazetteer, t0, k int) (name, code string) {
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
	for _, m := range d.filed {
		if d.Toks[m.T0].Sent != d.Toks[t0].Sent {
			continue
		}
		if a := d.actors[m.Actor]; name == "" || a.Name == name {
			name, code = a.Name, a.Code // "Dhaka, Bangladesh (CNN) -- Police arrested …"
		} else {
			return "", ""
		}
	}
	return name, code
}

// localBodies makes a body that acts only at home, named bare ("police",
// "riot police"), the body of the one state its sentence names, as CAMEO
// codes a domestic actor by where it acts: "protesters in Tbilisi
// clashed with police" clashed with Georgia's police. A sentence naming
// no state or two leaves it alone.
func (d *reader) localBodies(g *gazetteer) {
	var add []Span
	k := 0 // the first mention not before token i
	for i := 0; i < len(d.Toks); i++ {
		for k < len(d.mentions) && d.mentions[k].T1 <= i {
			k++
		}
		if k < len(d.mentions) && d.mentions[k].T0 <= i {
			continue // within a mention
		}
		if !localBodyNouns()[d.Lower(i)] {
			if m, ok := d.localGroupAt(g, i); ok {
				add = append(add, m)
				i = m.T1 - 1
			}
			continue
		}
		r, n := d.roleAt(g, i)
		if n == 0 {
			continue
		}
		if i > 0 && d.Lower(i-1) == "riot" || agentPlaces()[d.Lower(i+n)] || localBodyThings()[d.Lower(i+n)] {
			continue // "riot police" is read from its first word; "a police station" is a place, "police trucks" things
		}
		name, code := d.onlyStateAt(g, i, -1)
		if name == "" {
			continue
		}
		m := d.roleMention(g, Span{T0: i, Start: int(d.Toks[i].Start)}, Actor{Name: name, Code: stateCode(code)}, r, i+n)
		add = append(add, m)
		i += n - 1
	}
	if len(add) > 0 {
		d.mentions = append(d.mentions, add...)
		sort.SliceStable(d.mentions, func(a, b int) bool { return d.mentions[a].T0 < d.mentions[b].T0 })
	}
}

// localGroupAt reads a group's noun at token i that no state names
// ("opposition supporters", "protesters") as a group of the one state its
// sentence names: "opposition supporters clashed with riot police in
// Dhaka" are Bangladesh's. Refugees are not of the state they are in.
func (d *reader) localGroupAt(g *gazetteer, i int) (Span, bool) {
	a, ok := g.agents[d.Lower(i)]
	if !ok || a.people || a.code == "REF" || movingPeople()[d.Lower(i)] || d.Toks[i].Kind != text.Word || agentPlaces()[d.Lower(i+1)] {
		return Span{}, false
	}
	j := i + 1
	for j < len(d.Toks) && agentHeads()[d.Lower(j)] && d.Toks[j].Sent == d.Toks[i].Sent {
		j++
	}
	if agentPlaces()[d.Lower(j)] || localBodyThings()[d.Lower(j)] || titleNouns()[d.Lower(j)] || d.capitalised(j) && d.Toks[j].Sent == d.Toks[i].Sent {
		// "a rebel camp" names no group; "opposition leader Tundu
		// Lissu", "opposition Chadema party" a person or body of it
		return Span{}, false
	}
	name, code := d.onlyStateAt(g, i, -1)
	if name == "" || armedSectors[a.code] && !d.namesState(i, name) {
		// "the Pentagon claims to have killed 100 insurgents": an armed
		// group is of the state named as a state or place, not of the
		// state whose body fights it
		return Span{}, false
	}
	k := d.groupActor(g, groupName(g.adjective(name), a), stateCode(code)+a.code, name)
	return Span{T0: i, T1: j, Start: int(d.Toks[i].Start), End: int(d.Toks[j-1].End), Actor: k}, true
}

// movingPeople are the group nouns of people away from their state, who
// are not of the state they are in (words.txt): "Greece rescued 120
// migrants" names no Greek migrants.
var movingPeople = sync.OnceValue(func() map[string]bool { return lexicon.Set("moving-people") })

// armedSectors are the CAMEO sectors of armed groups (agents.tsv).
var armedSectors = map[string]bool{"REB": true, "UAF": true, "RAD": true}

// namesState reports whether the sentence of token i names state by a
// mention of the state itself: its name, a demonym or a place of it.
func (d *reader) namesState(i int, state string) bool {
	for _, x := range d.mentionsIn(d.SentStart(i), d.SentEnd(i)) {
		if a := d.actors[d.mentions[x].Actor]; a.Kind == Country && a.Name == state {
			return true
		}
	}
	for _, m := range d.filed {
		if d.Toks[m.T0].Sent == d.Toks[i].Sent && d.actors[m.Actor].Name == state {
			return true // a dateline's
		}
	}
	return false
}

// localBodyNouns open the names of bodies that act only in their own
// state (words.txt).
var localBodyNouns = sync.OnceValue(func() map[string]bool { return lexicon.Set("local-body-nouns") })

// localBodyThings are the nouns a body's name before them only describes,
// naming its things or its day: "police trucks", "Police Day" (words.txt).
var localBodyThings = sync.OnceValue(func() map[string]bool { return lexicon.Set("local-body-things") })
