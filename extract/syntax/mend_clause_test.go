package syntax

// Tests of the mends that give a past form its clause back (mend_tree.go):
// a verb read as a clause of the subject's noun, a participle read as an
// earlier predicate's conjunct.

import (
	"strings"
	"testing"
)

// TestParticipleConjunct checks that a past verb read as a clause of a
// noun of the subject, before "and" and the main verb, is the main verb,
// and that a participle with an agent of its own stays a clause.
func TestParticipleConjunct(t *testing.T) {
	for _, tc := range []struct {
		tags  string
		heads []int
		rels  string
		want  string
	}{
		// Volunteers from Danish charities collected and shipped coats .
		{"NNS IN JJ NNS VBN CC VBD NNS .", []int{7, 4, 4, 1, 4, 7, 0, 7, 7}, "nsubj case amod nmod acl cc root obj punct", "5 4 4 1 0 7 5 7 5"},
		// Charities based in Oslo and funded by Norway shipped coats : clauses
		{"NNS VBN IN NNP CC VBN IN NNP VBD NNS", []int{9, 1, 4, 2, 6, 2, 8, 6, 0, 9}, "nsubj acl case obl cc conj case obl root obj", "9 1 4 2 6 2 8 6 0 9"},
	} {
		xpos, rels := strings.Fields(tc.tags), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		participleConjunct(xpos, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.tags, g, tc.want)
		}
	}
}

// TestSetOffParticiple checks that a participle set off by a comma after
// a noun, hung as a conjunct of an earlier predicate, is the noun's
// clause, and that a list of participles stays a list.
func TestSetOffParticiple(t *testing.T) {
	for _, tc := range []struct {
		forms, tags string
		heads       []int
		rels        string
		want        string
	}{
		// it was not involved in the release of Ali Musa , jailed for fraud .
		{"it was not involved in the release of Ali Musa , jailed for fraud .", "PRP VBD RB JJ IN DT NN IN NNP NNP , VBN IN NN .",
			[]int{4, 4, 4, 0, 7, 7, 4, 9, 7, 9, 12, 4, 14, 12, 4},
			"nsubj cop advmod root case det obl case nmod flat punct conj case obl punct",
			"4 4 4 0 7 7 4 9 7 9 12 9 14 12 4"},
		// he was arrested , tried , convicted : coordinated past forms
		{"he was arrested , tried , convicted", "PRP VBD VBN , VBN , VBN", []int{3, 3, 0, 5, 3, 7, 3}, "nsubj:pass aux:pass root punct conj punct conj", "3 3 0 5 3 7 3"},
	} {
		forms, xpos, rels := strings.Fields(tc.forms), strings.Fields(tc.tags), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		setOffParticiple(forms, xpos, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}
