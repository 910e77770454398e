package syntax

import (
	"strings"
	"testing"
)

// TestParticipleObject checks that a participle after a noun, hung as an
// adjective on the noun after it, is a clause of the first noun; "oil
// producing countries" stays.
func TestParticipleObject(t *testing.T) {
	for _, tc := range []struct {
		forms, upos, xpos string
		heads             []int
		rels              string
		want              string
	}{
		{"to disperse demonstrators protesting election results", "PART VERB NOUN VERB NOUN NOUN", "TO VB NNS VBG NN NNS",
			[]int{2, 0, 2, 6, 6, 2}, "mark root obj amod compound obj", "2 0 2 3 6 4"},
		{"they export oil producing countries", "PRON VERB NOUN VERB NOUN", "PRP VBP NN VBG NNS",
			[]int{2, 0, 5, 5, 2}, "nsubj root compound amod obj", "2 0 5 5 2"},
	} {
		upos, xpos, rels := strings.Fields(tc.upos), strings.Fields(tc.xpos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		participleObject(upos, xpos, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}

// TestPunctuationHeads checks that a word hung on punctuation hangs on the
// punctuation's head, a verb as an adverbial clause, and that no cycle or
// second root is made.
func TestPunctuationHeads(t *testing.T) {
	for _, tc := range []struct {
		upos     string
		heads    []int
		rels     string
		want     string
		wantRels string
	}{
		// Hungary ruled out sending weapons .
		{"PROPN VERB ADP VERB NOUN PUNCT", []int{2, 0, 2, 6, 4, 2}, "nsubj root compound:prt amod obj punct", "2 0 2 2 4 2", "nsubj root compound:prt advcl obj punct"},
		// the stop hangs on the word that hangs on it: left as it is
		{"PROPN VERB PUNCT", []int{2, 3, 0}, "nsubj amod root", "2 3 0", "nsubj amod root"},
		// punctuation as the root: left as it is, one root
		{"PUNCT NOUN", []int{0, 1}, "root dep", "0 1", "root dep"},
	} {
		upos, rels := strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		punctuationHeads(upos, heads, rels)
		if g := joinHeads(heads); g != tc.want || strings.Join(rels, " ") != tc.wantRels {
			t.Errorf("%v: heads %s rels %v, want %s %s", tc.heads, g, rels, tc.want, tc.wantRels)
		}
	}
}

// TestFixedHeads checks that a word hung on a fixed expression's word
// hangs on the expression's head, and a clause off a pronoun on its verb.
func TestFixedHeads(t *testing.T) {
	// both sides accused each other of violating a ceasefire
	upos := strings.Fields("DET NOUN VERB DET ADJ SCONJ VERB DET NOUN")
	heads := []int{2, 3, 0, 3, 4, 7, 5, 9, 7}
	rels := strings.Fields("det nsubj root obj fixed mark advcl det obj")
	fixedHeads(upos, heads, rels)
	if g, want := joinHeads(heads), "2 3 0 3 4 7 3 9 7"; g != want {
		t.Errorf("heads %s, want %s", g, want)
	}
}

// TestPassiveAgent checks that a "by" phrase hung on a noun that depends
// on a passive verb becomes the verb's agent, and that one on an active
// verb's noun stays.
func TestPassiveAgent(t *testing.T) {
	for _, tc := range []struct {
		forms string
		heads []int
		rels  string
		want  string
	}{
		// Apple was fined euros by the Commission
		{"Apple was fined euros by the Commission", []int{3, 3, 0, 3, 7, 7, 4}, "nsubj:pass aux:pass root obl case det nmod", "3 3 0 3 7 7 3"},
		// Apple paid euros by the deadline: active
		{"Apple paid euros by the deadline", []int{2, 0, 2, 6, 6, 3}, "nsubj root obj case det nmod", "2 0 2 6 6 3"},
	} {
		forms, rels := strings.Fields(tc.forms), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		passiveAgent(forms, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}

// TestInfinitiveOnVerb checks that a "to" infinitive hung on a verb as a
// noun's clause is the verb's open complement, and that one on a noun
// stays a clause.
func TestInfinitiveOnVerb(t *testing.T) {
	for _, tc := range []struct {
		forms, upos string
		heads       []int
		rels, want  string
	}{
		// Japan plans to hold talks
		{"Japan plans to hold talks", "PROPN VERB PART VERB NOUN", []int{2, 0, 4, 2, 4}, "nsubj root mark acl obj", "nsubj root mark xcomp obj"},
		// Japan has plans to hold talks: a noun's clause
		{"Japan has plans to hold talks", "PROPN VERB NOUN PART VERB NOUN", []int{2, 0, 2, 5, 3, 5}, "nsubj root obj mark acl obj", "nsubj root obj mark acl obj"},
		// Japan plans talks held in May: no "to"
		{"Japan plans talks held in May", "PROPN VERB NOUN VERB ADP PROPN", []int{2, 0, 2, 2, 6, 4}, "nsubj root obj acl case obl", "nsubj root obj acl case obl"},
	} {
		forms, upos, rels := strings.Fields(tc.forms), strings.Fields(tc.upos), strings.Fields(tc.rels)
		infinitiveOnVerb(forms, upos, append([]int(nil), tc.heads...), rels)
		if g := strings.Join(rels, " "); g != tc.want {
			t.Errorf("%s: %s, want %s", tc.forms, g, tc.want)
		}
	}
}

// TestVerbsOblique checks that a date or, after a verb of giving, a "to"
// phrase hung on the verb's object becomes the verb's, and that other
// phrases on an object stay.
func TestVerbsOblique(t *testing.T) {
	for _, tc := range []struct {
		forms, upos string
		heads       []int
		rels, want  string
	}{
		// The convoy was attacked by rebels on Tuesday
		{"convoy was attacked by rebels on Tuesday", "NOUN AUX VERB ADP NOUN ADP PROPN", []int{3, 3, 0, 5, 3, 7, 5},
			"nsubj:pass aux:pass root case obl:agent case nmod", "3 3 0 5 3 7 3"},
		// Iran denied sending weapons to the rebels
		{"Iran denied sending weapons to the rebels", "PROPN VERB VERB NOUN ADP DET NOUN", []int{2, 0, 2, 3, 7, 7, 4},
			"nsubj root xcomp obj case det nmod", "2 0 2 3 7 7 3"},
		// Iran made weapons for the rebels: no verb of giving
		{"Iran made weapons for the rebels", "PROPN VERB NOUN ADP DET NOUN", []int{2, 0, 2, 6, 6, 3},
			"nsubj root obj case det nmod", "2 0 2 6 6 3"},
		// Iran denied plans for Tuesday: a date after "for" stays
		{"Iran denied plans for Tuesday", "PROPN VERB NOUN ADP PROPN", []int{2, 0, 2, 5, 3},
			"nsubj root obj case nmod", "2 0 2 5 3"},
	} {
		forms, upos, rels := strings.Fields(tc.forms), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		verbsOblique(forms, upos, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}

// TestReciprocal checks that "each other" after a verb is its object and
// the clause opened right after it the verb's, however the parser hung
// them, and that "each other" read rightly stays.
func TestReciprocal(t *testing.T) {
	for _, tc := range []struct {
		forms, upos string
		heads       []int
		rels, want  string
	}{
		// talks collapsed after sides accused each other of violating truce
		{"talks collapsed after sides accused each other of violating truce", "NOUN VERB SCONJ NOUN VERB DET ADJ SCONJ VERB NOUN",
			[]int{2, 0, 5, 5, 2, 2, 6, 9, 2, 9}, "nsubj root mark nsubj advcl case fixed mark advcl obj", "2 0 5 5 2 5 6 9 5 9"},
		// the same read rightly
		{"talks collapsed after sides accused each other of violating truce", "NOUN VERB SCONJ NOUN VERB DET ADJ SCONJ VERB NOUN",
			[]int{2, 0, 5, 5, 2, 5, 6, 9, 5, 9}, "nsubj root mark nsubj advcl obj fixed mark advcl obj", "2 0 5 5 2 5 6 9 5 9"},
		// they met each day: no "other"
		{"they met each day", "PRON VERB DET NOUN", []int{2, 0, 4, 2}, "nsubj root det obl:tmod", "2 0 4 2"},
	} {
		forms, upos, rels := strings.Fields(tc.forms), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		reciprocal(forms, upos, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}

// TestForPhraseOfNoun checks that a "for" phrase right after a noun of
// asking or answering, hung on the verb, becomes the noun's; one after
// another object stays the verb's ("blamed Russia for the attack").
func TestForPhraseOfNoun(t *testing.T) {
	for _, tc := range []struct {
		forms    string
		heads    []int
		rels     string
		want     string
		wantRels string
	}{
		{"Hamas rejected calls for a ceasefire", []int{2, 0, 2, 6, 6, 2}, "nsubj root obj case det obl",
			"2 0 2 6 6 3", "nsubj root obj case det nmod"},
		{"Kyiv blamed Russia for the attack", []int{2, 0, 2, 6, 6, 2}, "nsubj root obj case det obl",
			"2 0 2 6 6 2", "nsubj root obj case det obl"},
	} {
		forms, rels := strings.Fields(tc.forms), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		forPhraseOfNoun(forms, heads, rels)
		if g := joinHeads(heads); g != tc.want || strings.Join(rels, " ") != tc.wantRels {
			t.Errorf("%s: heads %s rels %v, want %s %s", tc.forms, g, rels, tc.want, tc.wantRels)
		}
	}
}

// TestParticipleSubject checks that a name hung as the subject of a
// participle after a comma is the noun's before it, and that a pronoun
// subject stays.
func TestParticipleSubject(t *testing.T) {
	for _, tc := range []struct {
		forms, xpos string
		heads       []int
		rels        string
		want        string
	}{
		{"hit the capital Tripoli , killing residents", "VBD DT NN NNP , VBG NNS",
			[]int{0, 3, 1, 6, 6, 1, 6}, "root det obj nsubj punct advcl obj", "0 3 1 3 6 1 6"},
		{"he left , they saying nothing", "PRP VBD , PRP VBG NN",
			[]int{2, 0, 5, 5, 2, 5}, "nsubj root punct nsubj advcl obj", "2 0 5 5 2 5"},
	} {
		forms, xpos, rels := strings.Fields(tc.forms), strings.Fields(tc.xpos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		participleSubject(forms, xpos, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}

// TestObjectControlClause checks that a "to" clause hung on the object of
// a verb of ordering is the verb's open complement, and one on the object
// of another verb stays.
func TestObjectControlClause(t *testing.T) {
	for _, tc := range []struct {
		forms string
		heads []int
		rels  string
		want  string
	}{
		{"junta ordered the ambassador to leave", []int{2, 0, 4, 2, 6, 4}, "nsubj root det obj mark acl", "2 0 4 2 6 2"},
		{"Iran has the right to enrich", []int{2, 0, 4, 2, 6, 4}, "nsubj root det obj mark acl", "2 0 4 2 6 4"},
		// the agent of a passive: "was ordered by a court to release"
		{"Kenya was ordered by a court to release him", []int{3, 3, 0, 6, 6, 3, 8, 6, 8}, "nsubj:pass aux:pass root case det obl:agent mark acl obj",
			"3 3 0 6 6 3 8 3 8"},
	} {
		forms, rels := strings.Fields(tc.forms), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		objectControlClause(forms, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}
