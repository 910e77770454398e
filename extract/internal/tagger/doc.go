// Package tagger is a part-of-speech tagger: it gives each word of a
// sentence a universal (UPOS) and a Penn Treebank (XPOS) tag, the pair
// chosen together as one class. It is an averaged perceptron (see
// extract/internal/perceptron) over hashed features of the word (its
// form, lower case, shape, prefixes and suffixes, word classes at
// several levels), its neighbours two either side and the tags chosen
// so far.
//
// Tagging is greedy and in two passes. The first goes right to left, so
// that each word sees the tags of the words after it; where the lead of
// its best tag over the next is large (Options.Sure), the word is done.
// The second goes left to right over the rest, seeing the first pass's
// tags of the words after each and its own of the words before. The
// second pass learns from first-pass tags as good as new text gets: the
// training examples are cut in folds and each is tagged by a first pass
// trained on the others.
//
// Words the training data always tags one way (Options.DictMin) skip
// scoring; the scores of the commonest words' context-free features are
// worked out once, when the model is made or read (the memo). A warm
// [Model.Tag] allocates nothing.
//
// extract/internal/syntaxtrain trains the model that extract/syntax
// embeds, with Brown clusters as its word classes.
package tagger
