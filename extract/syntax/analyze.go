package syntax

import "github.com/chronicle-kg/chronicle/extract/text"

// Analyze fills in UPOS, XPOS, Lemma, Head and Rel of every word of s from
// the words' forms, with the models embedded in the package (see
// [Default]). Feats and Deps are left as they are. The models are read
// on the first call; Analyze panics if they cannot be, which only a
// broken build can cause.
func Analyze(s *Sentence) { mustDefault().Analyze(s) }

// Parse returns the sentences of d, its tokens made words as [FromDoc]
// makes them, each analysed by [Analyze].
func Parse(d *text.Doc) []Sentence {
	sents := FromDoc(d)
	a := mustDefault()
	for i := range sents {
		a.Analyze(&sents[i])
	}
	return sents
}

// mustDefault returns the Analyzer of the embedded models.
func mustDefault() *Analyzer {
	a, err := Default()
	if err != nil {
		panic(err)
	}
	return a
}
