package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Analyze fills in the analysis of every word of s from the words' forms:
// UPOS, XPOS, Lemma, Head and Rel. Feats and Deps are left as they are.
//
// For now Analyze is [Baseline]: the tagger, lemmatiser and parser of
// issue 10, trained on the UD English Web Treebank, will replace it.
// `chronicle parse` and `chronicle eval ud` call Analyze and nothing
// else, so that they analyse with whatever it is.
func Analyze(s *Sentence) { Baseline(s) }

// Baseline is the simplest analysis that makes a tree, for testing the
// plumbing around Analyze and as the floor any real analysis must beat.
// It is not meant to be good:
//
//   - every word depends on the word before it; the first is the root,
//     Rel "root", and the others have Rel "dep";
//   - a few closed-class words, punctuation and numbers get their tags
//     from the small table closedClass; every other word is UPOS "X",
//     XPOS "" (written "_");
//   - the lemma is the form in lower case.
func Baseline(s *Sentence) {
	for i := range s.Words {
		w := &s.Words[i]
		w.Head, w.Rel = i, "dep" // i is the ID of the word before
		if i == 0 {
			w.Rel = "root"
		}
		w.Lemma = strings.ToLower(w.Form)
		w.UPOS, w.XPOS = baselineTags(w.Form)
	}
}

// A tagPair is a universal and a Penn Treebank part of speech.
type tagPair struct{ upos, xpos string }

// closedClass holds Baseline's tags for some closed-class words, in
// lower case, and punctuation.
var closedClass = map[string]tagPair{
	"the": {"DET", "DT"}, "a": {"DET", "DT"}, "an": {"DET", "DT"},
	"of": {"ADP", "IN"}, "in": {"ADP", "IN"}, "on": {"ADP", "IN"}, "at": {"ADP", "IN"},
	"by": {"ADP", "IN"}, "with": {"ADP", "IN"}, "from": {"ADP", "IN"}, "for": {"ADP", "IN"},
	"and": {"CCONJ", "CC"}, "or": {"CCONJ", "CC"}, "but": {"CCONJ", "CC"},
	"to":  {"PART", "TO"}, // in EWT the infinitive marker more often than the preposition
	"not": {"PART", "RB"}, "n't": {"PART", "RB"},
	"'s": {"PART", "POS"}, // in EWT the possessive more often than "is"
	"i":  {"PRON", "PRP"}, "you": {"PRON", "PRP"}, "he": {"PRON", "PRP"}, "she": {"PRON", "PRP"},
	"it": {"PRON", "PRP"}, "we": {"PRON", "PRP"}, "they": {"PRON", "PRP"},
	"is": {"AUX", "VBZ"}, "are": {"AUX", "VBP"}, "was": {"AUX", "VBD"}, "were": {"AUX", "VBD"},
	"be": {"AUX", "VB"}, "been": {"AUX", "VBN"},
	"will": {"AUX", "MD"}, "would": {"AUX", "MD"}, "can": {"AUX", "MD"}, "could": {"AUX", "MD"},
	".": {"PUNCT", "."}, "!": {"PUNCT", "."}, "?": {"PUNCT", "."},
	",": {"PUNCT", ","}, ";": {"PUNCT", ","}, ":": {"PUNCT", ":"}, "-": {"PUNCT", "HYPH"},
	"(": {"PUNCT", "-LRB-"}, ")": {"PUNCT", "-RRB-"},
	`"`: {"PUNCT", "``"}, // EWT tags a closing quote '' too; the baseline cannot tell
}

// baselineTags returns Baseline's UPOS and XPOS for form.
func baselineTags(form string) (upos, xpos string) {
	if t, ok := closedClass[strings.ToLower(form)]; ok {
		return t.upos, t.xpos
	}
	r, _ := utf8.DecodeRuneInString(form)
	switch {
	case unicode.IsDigit(r):
		return "NUM", "CD"
	case utf8.RuneCountInString(form) == 1 && (unicode.IsPunct(r) || unicode.IsSymbol(r)):
		return "PUNCT", ""
	}
	return "X", ""
}
