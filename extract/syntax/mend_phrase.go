package syntax

// The mends, after parsing, of where a phrase hangs: a word hung on
// punctuation or on a fixed expression's word; a participle, an agent, a
// date or a recipient hung on a noun when the verb should have it; an
// infinitive read as a noun's clause; "each other". mend_tree.go mends
// clauses. heads are 1-based.

import "strings"

// punctuationHeads hangs a word the parser hung on punctuation on the
// punctuation's head: in "Hungary ruled out sending weapons to Ukraine."
// it made "sending" an adjective of the full stop. Punctuation heads 14
// of the 204,577 words of EWT train. A verb so moved is an adverbial
// clause. heads are 1-based.
func punctuationHeads(upos []string, heads []int, rels []string) {
	for i := range heads {
		p := heads[i] - 1
		if p < 0 || upos[p] != "PUNCT" || upos[i] == "PUNCT" || heads[p] == 0 || heads[p] == i+1 || descends(heads, heads[p]-1, i) {
			continue
		}
		heads[i] = heads[p]
		if upos[i] == "VERB" && (rels[i] == "amod" || rels[i] == "acl") {
			rels[i] = "advcl"
		}
	}
}

// fixedHeads hangs a word the parser hung on a word of a fixed
// expression on the expression's head, as the treebank does (its fixed
// words head nothing): in "both sides accused each other of violating a
// ceasefire" it hung "violating" on "other". A clause so moved off a
// pronoun or determiner goes on to the verb the expression depends on:
// they accused, of violating. heads are 1-based.
func fixedHeads(upos []string, heads []int, rels []string) {
	for i := range heads {
		f := heads[i] - 1
		if f < 0 || rels[f] != "fixed" || heads[f] == 0 {
			continue
		}
		e := heads[f] - 1
		heads[i] = e + 1
		if v := heads[e] - 1; v >= 0 && (rels[i] == "advcl" || rels[i] == "acl") && (upos[e] == "DET" || upos[e] == "PRON") && upos[v] == "VERB" {
			heads[i], rels[i] = v+1, "advcl"
		}
	}
}

// participleObject mends a present participle after a noun that the
// parser read as an adjective of the noun after it: in "police used tear
// gas to disperse demonstrators protesting election results" it hung
// "protesting" on "results", which the police then dispersed. A
// participle between a noun that hangs elsewhere and the noun it was
// hung on is a clause of the first noun, the second its object ("oil
// producing countries", "oil" hung on either, stays). heads are 1-based.
func participleObject(upos, xpos []string, heads []int, rels []string) {
	for v := 1; v < len(xpos); v++ {
		n, h := v-1, heads[v]-1 // the noun before, the noun after
		if xpos[v] != "VBG" || rels[v] != "amod" || h <= v || upos[n] != "NOUN" && upos[n] != "PROPN" ||
			heads[n]-1 == v || heads[n] == 0 || descends(heads, n, h) {
			continue
		}
		heads[v], rels[v] = n+1, "acl"
		heads[h], rels[h] = v+1, "obj"
	}
}

// passiveAgent hangs on a passive verb as its agent a "by" phrase the
// parser hung on a noun that depends on the verb: "Apple was fined 1.8
// billion euros by the European Commission" is fined by the Commission,
// there are no euros by it. heads are 1-based.
func passiveAgent(forms []string, heads []int, rels []string) {
	for x := range forms {
		if rels[x] != "nmod" {
			continue
		}
		d := heads[x] - 1 // the noun the phrase hangs on
		if d < 0 || d > x || !byCase(forms, heads, rels, x) {
			continue
		}
		v := heads[d] - 1
		if v < 0 || v > d || !strings.HasPrefix(rels[d], "obl") && rels[d] != "obj" ||
			!hasDependent(heads, rels, v, "aux:pass") || hasDependent(heads, rels, v, "obl:agent") {
			continue
		}
		heads[x], rels[x] = v+1, "obl:agent"
	}
}

// byCase reports whether word x has "by" as its case marker.
func byCase(forms []string, heads []int, rels []string, x int) bool {
	for k, h := range heads {
		if h == x+1 && rels[k] == "case" && strings.EqualFold(forms[k], "by") {
			return true
		}
	}
	return false
}

// infinitiveOnVerb mends a "to" infinitive hung on a verb as a noun's
// clause (acl): "Japan plans to hold talks", where "plans" is more often a
// noun, had "hold" an acl of the verb "plans". A verb's "to" infinitive is
// its open complement (xcomp), whose subject the verb's is. The treebank
// has no acl on a verb (none in EWT dev). heads are 1-based.
func infinitiveOnVerb(forms, upos []string, heads []int, rels []string) {
	for k, r := range rels {
		h := heads[k] - 1
		if r != "acl" || h < 0 || upos[h] != "VERB" || upos[k] != "VERB" {
			continue
		}
		for j := h + 1; j < k; j++ {
			if heads[j]-1 == k && rels[j] == "mark" && strings.EqualFold(forms[j], "to") {
				rels[k] = "xcomp"
				break
			}
		}
	}
}

// verbsOblique mends a phrase hung on a verb's object that is the
// verb's: a date ("attacked by rebels on Tuesday", "signed the deal in
// May") and, after a verb of giving, the recipient ("sending weapons to
// the rebels"). The phrase becomes an oblique of the verb. On EWT dev
// and test together it moves three heads, each to the treebank's, and
// one away. heads are 1-based.
func verbsOblique(forms, upos []string, heads []int, rels []string) {
	for k, r := range rels {
		o := heads[k] - 1 // the object
		if r != "nmod" || o < 0 || rels[o] != "obj" && !strings.HasPrefix(rels[o], "obl") {
			continue
		}
		v := heads[o] - 1
		if v < 0 || v > o || upos[v] != "VERB" {
			continue
		}
		c := -1 // the phrase's preposition
		for j := o + 1; j < k; j++ {
			if heads[j]-1 == k && rels[j] == "case" {
				c = j
				break
			}
		}
		if c < 0 {
			continue
		}
		p, w := strings.ToLower(forms[c]), strings.ToLower(forms[k])
		date := dateWords[w] && (p == "on" || p == "in" || p == "at" || p == "during")
		recipient := p == "to" && rels[o] == "obj" && givingVerbs[strings.ToLower(forms[v])]
		if date || recipient {
			heads[k], rels[k] = v+1, "obl"
		}
	}
}

// forPhraseOfNoun mends a "for" phrase hung on a verb right after the
// verb's object, a noun that asks for or answers for what the phrase
// names: in "rejected calls for a ceasefire" and "claimed responsibility
// for the attack" the phrase is the noun's (nmod), and so what it names
// is asked for, not done. heads are 1-based.
func forPhraseOfNoun(forms []string, heads []int, rels []string) {
	for k, r := range rels {
		v := heads[k] - 1
		if !strings.HasPrefix(r, "obl") || v < 0 || k < 2 {
			continue
		}
		o, c := -1, -1 // the object, the phrase's preposition
		for j := v + 1; j < k; j++ {
			if heads[j]-1 == k && rels[j] == "case" {
				c = j
				break
			}
		}
		if c < 1 || !strings.EqualFold(forms[c], "for") {
			continue
		}
		if o = c - 1; heads[o]-1 != v || rels[o] != "obj" || !forNouns[strings.ToLower(forms[o])] {
			continue
		}
		heads[k], rels[k] = o+1, "nmod"
	}
}

// participleSubject mends a name the parser made the subject of a
// present participle after a comma: in "hit a house in the capital
// Tripoli, killing several residents" it hung "Tripoli" as the subject of
// "killing". A participle opening a clause after a comma has no subject
// before the comma; the name is the noun's before it, in apposition.
// heads are 1-based.
func participleSubject(forms, xpos []string, heads []int, rels []string) {
	for k, r := range rels {
		v := heads[k] - 1
		if r != "nsubj" || v <= k+1 || xpos[v] != "VBG" || forms[v-1] != "," || k == 0 {
			continue
		}
		if n := k - 1; (xpos[n] == "NN" || xpos[n] == "NNS") && xpos[k] == "NNP" && !descends(heads, n, k) {
			heads[k], rels[k] = n+1, "appos"
		}
	}
}

// objectControlClause mends a "to" clause the parser hung on the object of
// a verb of ordering or asking, or on the agent of such a verb in the
// passive: in "ordered the French ambassador to leave", "urged Iran to
// halt enrichment" and "was ordered by a court to release the funds" the
// clause is the verb's open complement (xcomp), what the object (or the
// passive's subject) is to do. heads are 1-based.
func objectControlClause(forms []string, heads []int, rels []string) {
	for k, r := range rels {
		o := heads[k] - 1
		if r != "acl" || o < 0 || rels[o] != "obj" && rels[o] != "obl:agent" {
			continue
		}
		v := heads[o] - 1
		if v < 0 || v > o || !controlVerbForms[strings.ToLower(forms[v])] {
			continue
		}
		to := false
		for j := o + 1; j < k; j++ {
			if heads[j]-1 == k && rels[j] == "mark" && strings.EqualFold(forms[j], "to") {
				to = true
			}
		}
		if to {
			heads[k], rels[k] = v+1, "xcomp"
		}
	}
}

// reciprocal mends "each other" straight after a verb, which the parser
// may hang elsewhere, "each" even as a preposition of the main verb: in
// "the talks collapsed after both sides accused each other of violating
// a ceasefire" it is the object of "accused", and the clause that opens
// right after it ("of violating") is that verb's too. heads are 1-based.
func reciprocal(forms, upos []string, heads []int, rels []string) {
	for k := 1; k+1 < len(forms); k++ {
		v := k - 1
		if !strings.EqualFold(forms[k], "each") || !strings.EqualFold(forms[k+1], "other") || upos[v] != "VERB" || descends(heads, v, k) {
			continue
		}
		heads[k], rels[k] = v+1, "obj"
		heads[k+1], rels[k+1] = k+1, "fixed"
		if k+3 >= len(forms) || rels[k+2] != "mark" && rels[k+2] != "case" {
			continue
		}
		c := heads[k+2] - 1 // what the word after opens
		if c > k+2 && c != v && heads[c]-1 != v && (rels[c] == "advcl" || strings.HasPrefix(rels[c], "obl")) && !descends(heads, v, c) {
			heads[c] = v + 1
		}
	}
}
