package main

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
)

// A person is one row group of the output.
type person struct {
	name    string
	aliases []string
	periods []period
	dropped bool // a name of people of different states
}

// collect makes people of the entries, in dictionary order: entries that
// are no person's, or whose person the gazetteer tables already have, are
// counted in st and left out; a person of the same name and state as an
// earlier one is merged into it.
func collect(entries []entry, t *tables, st *stats) []*person {
	var people []*person
	byName := map[string]*person{}
	for _, e := range entries {
		p := entryPerson(e, st)
		if p == nil || !t.keepStates(p, st) || t.inTables(p, st) {
			continue
		}
		if !e.countryInfo {
			st.keptNoCountryInfo = append(st.keptNoCountryInfo, p.name)
		}
		if q := byName[p.name]; q != nil {
			if sameStates(p, q, t.codes) {
				q.periods = append(q.periods, p.periods...)
				q.aliases = append(q.aliases, p.aliases...)
				st.merged++
			} else {
				q.dropped = true
			}
			continue
		}
		byName[p.name] = p
		people = append(people, p)
	}
	return people
}

// entryPerson counts e in st and returns its person, or nil when e is a
// state's or territory's, has no code or names no person.
func entryPerson(e entry, st *stats) *person {
	st.entries++
	switch {
	case e.inline:
		st.inline++
		return nil
	case len(e.periods) == 0:
		st.noCodes++
		return nil
	}
	p, reason := personOf(e)
	if p == nil {
		st.drop(reason, strings.Join(e.roots, " / "), e.countryInfo)
	}
	return p
}

// keepStates keeps the periods of p coded for a state of countries.tsv,
// counting the others in st; it reports whether any is left.
func (t *tables) keepStates(p *person, st *stats) bool {
	var kept []period
	for _, pe := range p.periods {
		if c := phoenix.CountryOf(pe.code, t.codes); c != "" {
			kept = append(kept, pe)
			continue
		}
		pre := pe.code
		if len(pre) > 3 {
			pre = pre[:3]
		}
		st.foreignRows[pre]++
	}
	if len(kept) == 0 {
		st.foreignOnly++
		return false
	}
	p.periods = kept
	return true
}

// inTables reports (and counts in st) whether p is already in the
// gazetteer tables: a leader of leaders.tsv by name, alias or a like
// name, or a state's or organisation's form.
func (t *tables) inTables(p *person, st *stats) bool {
	if t.known[looseKey(p.name)] || anyKnown(p.aliases, t.known) {
		st.inLeaders++
		return true
	}
	if l := leaderLike(p, t.held, t.codes, t.isState); l != "" {
		st.likeLeaders = append(st.likeLeaders, p.name+" = "+l)
		return true
	}
	if t.taken[strings.ToLower(p.name)] {
		st.gazetteerName++
		return true
	}
	return false
}

// sameStates reports whether p and q have a state in common.
func sameStates(p, q *person, codes map[string]string) bool {
	states := func(x *person) map[string]bool {
		m := map[string]bool{}
		for _, pe := range x.periods {
			m[phoenix.CountryOf(pe.code, codes)] = true
		}
		return m
	}
	a, b := states(p), states(q)
	for s := range a {
		if b[s] {
			return true
		}
	}
	return false
}

// personOf makes a person of an entry, or says why it is not one.
func personOf(e entry) (*person, string) {
	var names []name
	// The first phrase of a CountryInfo people list is a person's even
	// with a word of a place ("Maryan Street"); other spellings are held
	// to the stricter test.
	pt := particles
	if noParticles[e.periods[0].code[:min(3, len(e.periods[0].code))]] {
		pt = nil // "Zhu De", "Li Bin", "Nguyen Van Thieu"
	}
	for i, r := range e.roots {
		names = append(names, parseName(r, i == 0 && e.countryInfo, pt))
	}
	for _, s := range e.syns {
		names = append(names, parseName(s, false, pt))
	}
	if names[0].reason != "" {
		return nil, names[0].reason
	}
	// A later phrase line that shares the codes must name the same person
	// ("SOVIET_LEADER_LEONID_BREZHNEV", "GORBACHEV_ADMINISTRATION"), not
	// another body.
	for i, n := range names[1:len(e.roots)] {
		switch n.reason {
		case "role or body word", "place word or demonym", "function word":
			if !hasWord(e.roots[i+1], lastWord(e.roots[0])) {
				return nil, "shares codes with a body"
			}
		}
	}
	p := &person{periods: e.periods}
	// The canonical name is the first full name, stripped of its title
	// ("AYATOLLAH_RUHOLLAH_KHOMEINI" → "Ruhollah Khomeini").
	for _, n := range names {
		if n.reason == "" && n.full != "" {
			p.name = n.full
			break
		}
	}
	if p.name == "" {
		return nil, "title and one word"
	}
	// A title with a surname ("King Abdullah", "President Carter",
	// "Ayatollah Khomeini") is no alias: it names whoever of that surname
	// holds such a title, which the extractor reads from the title itself.
	for _, n := range names {
		if n.reason == "" && n.full != "" && n.full != p.name {
			p.aliases = append(p.aliases, n.full)
		}
	}
	return p, ""
}

// lastWord returns the last word of a phrase.
func lastWord(raw string) string {
	w := strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || r == ' ' })
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// hasWord reports whether w is a word of the phrase raw.
func hasWord(raw, w string) bool {
	for _, x := range strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || r == ' ' }) {
		if x == w {
			return true
		}
	}
	return false
}
