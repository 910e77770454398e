package actor

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// Roles: a state's government bodies (data/roles.tsv), named after its
// demonym ("Russian Defense Ministry", see extend) or before its name ("the
// government of Sudan"), and its people named before it ("officials in
// Kabul").

// A role is a government body attached to a state ("defense ministry").
type role struct {
	name, code string
}

// A rolePhrase is a phrase that names a role: "defense ministry".
type rolePhrase struct {
	toks []string // lower case
	role role
}

// loadRoles reads roles.tsv: a role's name, its CAMEO sector code, and the
// phrases that name it, longest first under their first word.
func (g *gazetteer) loadRoles() error {
	rs, err := g.rows("roles.tsv", 3)
	for _, r := range rs {
		for _, p := range tsv.Split(r[2]) {
			var toks []string
			for _, t := range text.Tokenize(p, nil) {
				toks = append(toks, strings.ToLower(p[t.Start:t.End]))
			}
			if len(toks) > 0 {
				g.roles[toks[0]] = append(g.roles[toks[0]], rolePhrase{toks: toks, role: role{name: r[0], code: r[1]}})
			}
		}
	}
	for k, ps := range g.roles {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		g.roles[k] = ps
	}
	return err
}

// roleAt matches a government role phrase at token j (case-insensitive).
func (d *reader) roleAt(g *gazetteer, j int) (role, int) {
	for _, p := range g.roles[d.Lower(j)] {
		ok := j+len(p.toks) <= len(d.Toks)
		for k := 1; k < len(p.toks) && ok; k++ {
			ok = d.Lower(j+k) == p.toks[k]
		}
		if ok {
			return p.role, len(p.toks)
		}
	}
	return role{}, 0
}

// roleMention makes the actor for a state's body: "Russian Defense Ministry".
func (d *reader) roleMention(g *gazetteer, m Span, country Actor, r role, end int) Span {
	a := d.addActor(Actor{Name: g.adjective(country.Name) + " " + r.name, Kind: Organization, Code: country.Code + r.code, Affiliation: country.Name})
	return Span{T0: m.T0, T1: end, Start: m.Start, End: int(d.Toks[end-1].End), Actor: a}
}

// stateAgentAt reads a state's body or people named before the state
// rather than after it: "the government of Sudan", "security forces in
// Guinea", "officials in Kabul". A body of roles.tsv becomes that state's
// role ("Sudanese Government"); its people are the state itself, as
// "Russian troops" are Russia.
func (d *reader) stateAgentAt(g *gazetteer, i int) (Span, bool) {
	r, n := d.roleAt(g, i)
	people := n == 0 && stateAgentNouns()[d.Lower(i)]
	if n == 0 && !people {
		return Span{}, false
	}
	if people {
		n = 1
		if k := len(d.mentions); k > 0 && d.mentions[k-1].T1 == i && d.Toks[i-1].Sent == d.Toks[i].Sent {
			return Span{}, false // "Russian troops in Belarus" are Russia's
		}
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
var stateAgentNouns = sync.OnceValue(func() map[string]bool { return lexicon.Set("state-agent-nouns") })

// stateAfter reads a state named by one of words at token j ("in", "of"),
// with "the" between if need be, in the sentence of token i: "rebels in
// Darfur", "the government of Sudan", "police in Cairo, Egypt" (see
// placeInState). The state's mention is returned as an actor's; anything
// else there is left alone.
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
	if !ok || h.demonym || g.ent(h.ent).kind != Country {
		return Span{}, false
	}
	m := d.formMention(g, h)
	d.placeInState(g, m) // "police in Cairo, Egypt"
	return m, true
}
