package main

import (
	"sort"
	"strings"
)

// resolve compares the candidates. Of entries with the same name the first
// wins, except that names left ambiguous by a dropped qualifier
// ("NATIONAL_LIBERATION_ARMY_(COLOMBIA)_" and "(BOLIVIA)") are left out
// altogether; a later entry with the same code whose name is a variant of an
// earlier one's is merged into its aliases. An alias that is another entry's
// name, or that entries with different codes share, is dropped; of entries
// with the same code the first keeps it.
func (g *gen) resolve(cands []*cand) ([]row, []skip) {
	kept, skipped := mergeVariants(cands, sameNames(cands))
	pruneAliases(kept)
	sortCands(kept)
	rows := make([]row, len(kept))
	for i, c := range kept {
		rows[i] = c.row
	}
	return rows, skipped
}

// sameNames returns the candidates to drop for their name, and why: all
// but the first of a name, and every one whose qualifier was dropped.
func sameNames(cands []*cand) map[*cand]string {
	byName := map[string][]*cand{}
	for _, c := range cands {
		k := norm(c.name)
		byName[k] = append(byName[k], c)
	}
	drop := map[*cand]string{}
	for _, cs := range byName {
		if len(cs) < 2 {
			continue
		}
		first := true
		for _, c := range cs {
			switch {
			case c.qualified:
				drop[c] = whyAmbiguous
			case first:
				first = false
			default:
				drop[c] = whyDuplicate
			}
		}
	}
	return drop
}

// mergeVariants returns the candidates kept, in order, and the skips: a
// candidate in drop, or one whose name is a variant of an earlier kept
// one's with the same code (the same variantKey, or a close spelling),
// which is merged into that one's aliases.
func mergeVariants(cands []*cand, drop map[*cand]string) ([]*cand, []skip) {
	var skipped []skip
	type key struct{ code, variant string }
	firstOf := map[key]*cand{}
	byStart := map[string][]*cand{} // first two letters of variantKey → kept candidates
	var kept []*cand
	for _, c := range cands {
		if why, ok := drop[c]; ok {
			skipped = append(skipped, skip{why, c.src, c.name})
			continue
		}
		n := norm(c.name)
		vk := variantKey(n)
		k := key{c.code, vk}
		a, ok := firstOf[k]
		if !ok && len(vk) >= 2 {
			for _, b := range byStart[vk[:2]] {
				if closeSpelling(norm(b.name), n) {
					a, ok = b, true
					break
				}
			}
		}
		if ok {
			a.aliases = append(append(a.aliases, c.name), c.aliases...)
			skipped = append(skipped, skip{whyMerged, c.src, c.name})
			continue
		}
		firstOf[k] = c
		if len(vk) >= 2 {
			byStart[vk[:2]] = append(byStart[vk[:2]], c)
		}
		kept = append(kept, c)
	}
	return kept, skipped
}

// pruneAliases drops the aliases of the kept candidates that are another
// one's name, repeat, or are shared by candidates of different codes (of
// candidates with the same code the first keeps it).
func pruneAliases(kept []*cand) {
	names := map[string]bool{}
	for _, c := range kept {
		names[norm(c.name)] = true
	}
	byAlias := map[string][]*cand{}
	for _, c := range kept {
		seen := map[string]bool{}
		for _, a := range c.aliases {
			k := norm(strings.TrimSuffix(a, "~"))
			if !seen[k] {
				seen[k] = true
				byAlias[k] = append(byAlias[k], c)
			}
		}
	}
	for _, c := range kept {
		var as []string
		seen := map[string]bool{}
		for _, a := range c.aliases {
			k := norm(strings.TrimSuffix(a, "~"))
			if names[k] && norm(c.name) != k || seen[a] || a == c.name {
				continue
			}
			seen[a] = true
			owners := byAlias[k]
			ok := owners[0] == c
			for _, o := range owners {
				ok = ok && o.code == c.code
			}
			if ok {
				as = append(as, a)
			}
		}
		c.aliases = as
	}
}

// sortCands puts the candidates in the order of the table: the groups of
// MilNonState, then IGOs, NGOs, others and companies, each by name.
func sortCands(kept []*cand) {
	rank := func(r row) int {
		switch {
		case strings.HasPrefix(r.src, "Phoenix.MilNonState"):
			return 0
		case strings.HasPrefix(r.code, "IGO"):
			return 1
		case strings.HasPrefix(r.code, "NGO"):
			return 2
		case strings.HasPrefix(r.code, "MNC"):
			return 4
		}
		return 3
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i].row, kept[j].row
		if rank(a) != rank(b) {
			return rank(a) < rank(b)
		}
		return strings.ToLower(a.name) < strings.ToLower(b.name)
	})
}
