package main

import (
	"fmt"
	"io"
	"strings"
)

// writeTable writes the header and, for each person kept, a row per
// period, the main one first. A person's aliases that name two people or
// a gazetteer form are dropped, and people whose name was given to people
// of different states are left out.
func writeTable(w io.Writer, people []*person, t *tables, st *stats) {
	owners := ownersOf(people, st)
	fmt.Fprintln(w, header)
	for _, p := range people {
		if p.dropped {
			continue
		}
		aliases := t.keptAliases(p, owners, st)
		rows := orderPeriods(dedupe(p.periods))
		st.people++
		for _, pe := range rows {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", p.name, pe.code, pe.start, pe.end, strings.Join(aliases, "|"))
			st.rows++
		}
	}
}

// ownersOf maps the lower-case names and aliases of the people kept to the
// people they name, counting in st the people dropped for a name of
// people of different states.
func ownersOf(people []*person, st *stats) map[string]map[*person]bool {
	owners := map[string]map[*person]bool{}
	own := func(s string, p *person) {
		k := strings.ToLower(s)
		if owners[k] == nil {
			owners[k] = map[*person]bool{}
		}
		owners[k][p] = true
	}
	for _, p := range people {
		if p.dropped {
			st.ambiguous++
			continue
		}
		own(p.name, p)
		for _, a := range p.aliases {
			own(a, p)
		}
	}
	return owners
}

// keptAliases returns the aliases of p that are not its name, each once,
// without those that name two people, are a state's or an organisation's
// form, or a leader's of leaders.tsv (counted in st).
func (t *tables) keptAliases(p *person, owners map[string]map[*person]bool, st *stats) []string {
	var aliases []string
	seen := map[string]bool{strings.ToLower(p.name): true}
	for _, a := range p.aliases {
		k := strings.ToLower(a)
		if seen[k] {
			continue
		}
		seen[k] = true
		if len(owners[k]) > 1 || t.taken[k] || t.known[looseKey(a)] {
			st.aliasesDropped++
			continue
		}
		aliases = append(aliases, a)
	}
	return aliases
}
