package main

import "strings"

// A phrase is a dictionary phrase taken apart.
type phrase struct {
	words    []string // upper case, without parenthesised parts
	acronyms []string // parenthesised acronyms: "(LTTE)" → "LTTE"
	others   []string // further names after a "/" ("ULSTER_DEFENCE_ASSOCIATION/ULSTER_FREEDOM_FIGHTERS_")
	// qualified: a parenthesised qualifier was dropped ("NATIONAL_LIBERATION_ARMY_(COLOMBIA)_"),
	// so the name left may be that of several groups.
	qualified bool
}

// parsePhrase splits a dictionary phrase into words, dropping the trailing
// "_", a leading "THE" and an inverted ", THE"; parenthesised acronyms are
// kept apart and other parenthesised text ("(COLOMBIA)") is dropped.
func parsePhrase(s string) phrase {
	var p phrase
	s = strings.ReplaceAll(s, "_", " ")
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ')')
		if j < 0 { // unbalanced: drop the rest
			break
		}
		in := strings.TrimSpace(s[i+1 : i+j])
		if isAcronymText(in) {
			p.acronyms = append(p.acronyms, in)
		} else {
			p.qualified = true
		}
		s = s[i+j+1:]
		b.WriteString(" ")
	}
	s = b.String()
	// " - " and " -- " join the words on either side ("...PALESTINE_--_GENERAL_COMMAND").
	f := strings.Fields(s)
	var joined []string
	for i := 0; i < len(f); i++ {
		if strings.Trim(f[i], "-") == "" && len(joined) > 0 && i+1 < len(f) {
			joined[len(joined)-1] += "-" + f[i+1]
			i++
			continue
		}
		joined = append(joined, f[i])
	}
	s = strings.Join(joined, " ")
	// "NEW_RED_BRIGADES/COMMUNIST_COMBATANT_PARTY": two names. A slash inside an
	// acronym ("DHKP/C") stays.
	if strings.Contains(s, "/") && (strings.Contains(s, " ") || !isAcronymText(s)) {
		parts := strings.Split(s, "/")
		s = parts[0]
		for _, o := range parts[1:] {
			if o = strings.TrimSpace(o); o != "" {
				p.others = append(p.others, o)
			}
		}
	}
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ",-"))
	s = strings.TrimSuffix(s, ", THE")
	w := strings.Fields(strings.ToUpper(s))
	if len(w) > 1 && w[0] == "THE" {
		w = w[1:]
	}
	p.words = w
	return p
}

// isAcronymText: "LTTE", "CPN-M", "DHKP/C", "RO-N17", "MS-13" (at most six letters).
func isAcronymText(s string) bool {
	if s == "" || len(s) > 8 || strings.ContainsAny(s, " _") {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9', r == '-', r == '/', r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}
