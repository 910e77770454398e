package syntax

// Mends of the tagger's and the parser's readings where news trips models
// trained on web text: rules over a sentence's tags and tree, each
// measured on the EWT dev split (see the README). AnalyzeNames applies
// them in turn, after tagging (this file) and after parsing
// (mend_tree.go, mend_phrase.go).

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/lemma"
)

// IsSubordinator reports whether the lower-case word w opens a clause
// that says when or why: "after", "as", "while", "because" and their kin.
func IsSubordinator(w string) bool { return subordinators[w] }

// finiteVerb retags as a past tense (VBD) the first past participle of a
// sentence that has no finite verb, when a noun stands before it and no
// auxiliary: "The Bank of England raised interest rates." is a sentence,
// not a noun phrase with a participle ("The bank raised in ..."), which
// is how the tagger, trained on web text full of fragments, often reads
// news. On the EWT dev split the rule changes 9 tags, 7 of them to the
// treebank's.
func finiteVerb(forms, upos, xpos []string) {
	n := len(forms)
	if n < 5 || forms[n-1] != "." && forms[n-1] != "!" {
		return
	}
	for _, t := range xpos {
		switch t {
		case "VBD", "VBZ", "VBP", "MD":
			return
		}
	}
	for i, t := range xpos {
		if isAux(forms[i]) && t != "POS" { // "Nigeria's central bank": no "is"
			return
		}
		if t == "VBN" {
			if i > 0 && (upos[i-1] == "NOUN" || upos[i-1] == "PROPN") {
				xpos[i] = "VBD"
			}
			return
		}
	}
}

// pastLikeBase retags as a past tense (VBD) a verb whose past is its
// base form ("cut", "set", "hit") that the tagger read as a noun, in a
// sentence with no verb, right after a proper noun and before what opens
// its object: "Tesla cut prices in China." is a sentence, not the noun
// phrase "Tesla cut prices". (finiteVerb mends the same misreading of a
// participle.)
func pastLikeBase(forms, upos, xpos []string) {
	n := len(forms)
	if n < 4 || forms[n-1] != "." && forms[n-1] != "!" {
		return
	}
	for i, t := range xpos {
		if strings.HasPrefix(t, "VB") || t == "MD" || isAux(forms[i]) && t != "POS" {
			return
		}
	}
	for i := 1; i+1 < n; i++ {
		if xpos[i] != "NN" || xpos[i-1] != "NNP" || !lemma.PastIsBase(strings.ToLower(forms[i])) {
			continue
		}
		switch xpos[i+1] {
		case "DT", "CD", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS":
			upos[i], xpos[i] = "VERB", "VBD"
			return
		}
	}
}

// participleAfterPreposition retags as a past participle (VBN) a past
// tense right after a preposition or an article and right before a noun:
// "beyond agreed limits", "the disputed border" modify the noun; a past
// tense there, which the tagger sometimes reads, has nothing for its
// subject but the preposition.
func participleAfterPreposition(forms, xpos []string) {
	for i := 1; i+1 < len(xpos); i++ {
		if xpos[i] != "VBD" || !strings.HasPrefix(xpos[i+1], "NN") {
			continue
		}
		switch p := strings.ToLower(forms[i-1]); {
		case xpos[i-1] == "DT" && (p == "the" || p == "a" || p == "an"),
			xpos[i-1] == "IN" && p != "that" && !subordinators[p]:
			xpos[i] = "VBN"
		}
	}
}

// activeAfterName retags as a past tense (VBD) a past participle that is
// the first verb of its sentence, right after a proper noun and right
// before what opens its object, with no auxiliary before it: "Serbia
// shelled villages", "Toyota recalled 1 million cars" are subject and
// verb, which the tagger, trained on web text, reads as a noun and its
// participle. A participle takes no object without an auxiliary ("was
// given a book") but in a reduced relative clause, rare straight after a
// name. On the EWT dev split it changes 2 tags (one to the treebank's):
// web text seldom opens so; news often does.
func activeAfterName(forms, xpos []string) {
	for i, t := range xpos {
		switch {
		case isAux(forms[i]) || t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return
		case t != "VBN":
			continue
		}
		if i > 0 && i+1 < len(xpos) && (xpos[i-1] == "NNP" || xpos[i-1] == "NNPS") && objectTags[xpos[i+1]] {
			xpos[i] = "VBD"
		}
		return
	}
}

// presentAfterName retags as a present tense (VBZ) a plural noun in "s"
// right after a subordinator (or "if") and a proper noun and right before
// a determiner or possessive: in "until Greece withdraws its troops" and
// "if Iran attacks the ships" the name is the subject of the verb, which
// the tagger read as a compound noun.
func presentAfterName(forms, upos, xpos []string) {
	for i := 2; i+1 < len(xpos); i++ {
		if xpos[i] != "NNS" || !strings.HasSuffix(forms[i], "s") || xpos[i-1] != "NNP" || xpos[i+1] != "DT" && xpos[i+1] != "PRP$" {
			continue
		}
		j := i - 1
		for j > 0 && xpos[j-1] == "NNP" {
			j--
		}
		if w := strings.ToLower(forms[max(j-1, 0)]); j > 0 && (subordinators[w] || w == "if") {
			xpos[i], upos[i] = "VBZ", "VERB"
		}
	}
}

// objectTags open a verb's object: a determiner, a number, a possessive,
// an adjective or a noun.
var objectTags = map[string]bool{"DT": true, "CD": true, "PRP$": true, "JJ": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true}

// subordinators open a clause that says when or why: "after rebels
// attacked a base", "as the opposition protested".
var subordinators = map[string]bool{"after": true, "before": true, "as": true, "since": true, "until": true,
	"while": true, "when": true, "because": true, "although": true, "though": true, "once": true, "unless": true}

// isAux reports whether form is one of auxForms, in any case, without
// allocating.
func isAux(form string) bool {
	var b [8]byte
	if len(form) > len(b) {
		return false
	}
	for i := 0; i < len(form); i++ {
		c := form[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return auxForms[string(b[:len(form)])]
}

// auxForms are the forms of the auxiliaries of a participle: "was
// raised", "has raised", "got raised".
var auxForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"'s": true, "'re": true, "has": true, "have": true, "had": true, "having": true, "'ve": true, "'d": true,
	"get": true, "got": true, "gets": true, "getting": true, "gotten": true}
