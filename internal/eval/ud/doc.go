// Package ud scores a syntactic analysis against a Universal Dependencies
// treebank with the measures of the CoNLL 2018 shared task
// (https://universaldependencies.org/conll18/evaluation.html), on gold
// tokenisation: the system analyses the gold file's own words, so every
// gold word has one system word and precision, recall and F1 are all the
// same figure, an accuracy over the gold words.
//
// It is internal, part of Chronicle's evaluation (see package eval), not
// of the library: `chronicle eval ud` scores package syntax's Analyze with
// it.
//
// # Measures
//
// As CoNLL 2018's conll18_ud_eval.py counts them, punctuation included
// and empty nodes left out:
//
//	UPOS    the universal part of speech is the gold one
//	XPOS    the language-specific part of speech is the gold one
//	Lemmas  the lemma is the gold one, or the gold lemma is "_"
//	UAS     the head is the gold head
//	LAS     the head is the gold head, and the relation the gold one
//	        in its universal part: "nsubj:pass" is compared as "nsubj"
//
// [Score] compares a system's sentences with the gold ones; [Evaluate]
// reads a gold file, has each sentence analysed afresh from its tokens
// alone ([syntax.Sentence.Tokenized]) and scores the analysis.
package ud
