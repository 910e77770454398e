// Package syntax parses sentences into Universal Dependencies trees: each
// word with its lemma, its universal (UPOS) and English (XPOS) part of
// speech, and the word it depends on with the relation between them
// (https://universaldependencies.org).
//
// # Analysis
//
// [Parse] analyses a text as package text splits it, each word keeping
// its byte offsets; [Analyze] analyses one [Sentence] on its own words,
// as `chronicle eval ud` does a treebank's. Both use the models embedded
// in the package, trained on the UD English Web Treebank by
// extract/internal/syntaxtrain and opened once, on the first analysis:
// a program that parses nothing never touches them, and the tagger's and
// parser's weights are used as they are laid out, not decoded: where
// they lie, and after a few hundred sentences from a copy in huge pages. An averaged-perceptron tagger (extract/internal/tagger)
// gives the tags, a lemmatiser
// (extract/internal/lemma) the lemmas, and a greedy arc-eager parser
// (extract/internal/depparse) the tree. The models are CC BY-SA 4.0, as
// the treebank is (see model/SOURCES.md).
//
// A [Tree] answers what extraction asks of a parse: a predicate's
// subjects (through coordination, control and raising, relative clauses),
// objects and obliques with their prepositions, whether it is passive
// and its agent, whether it is negated, and the clause a word heads.
//
// # Sentences
//
// A [Sentence] is a list of [Word]s, numbered from 1 as in CoNLL-U, each
// with the ID of its head (0 for the root) and its relation to it. It
// keeps what a CoNLL-U file says around the words, its comments and its
// multiword tokens ("don't" as "do" and "n't"), so that a file read and
// written back is the same file. [FromDoc] makes sentences of a text as
// package text splits it, each word with its byte offsets in the text.
//
// # CoNLL-U
//
// [ReadCoNLLU] and [ForEachCoNLLU] read CoNLL-U
// (https://universaldependencies.org/format.html), strictly: ten columns,
// word IDs 1, 2, 3… in order, heads within the sentence. A bad sentence is
// an [InputError] naming the input and its line; reading goes on with the
// next sentence and returns an [ErrorList] at the end. [WriteCoNLLU]
// writes sentences back: a file read and written is the same file, byte
// for byte, whenever it was valid CoNLL-U with Unix line ends and a blank
// line after each sentence (the UD English Web Treebank's files are).
//
// Only basic trees are analysed. The enhanced graph is kept as read and
// not interpreted: each word's DEPS column is a string, and the empty
// nodes of the enhanced graph ("8.1", a word the text elides) are kept
// apart from the words, in [Sentence.Empty], only so that they are
// written back where they were; they take no part in the tree.
package syntax
