// Package depparse is Chronicle's dependency parser: a greedy arc-eager
// transition parser (Nivre 2003) with an averaged perceptron over the
// feature templates of Zhang and Nivre (2011), trained with the dynamic
// oracle of Goldberg and Nivre (2012), which lets training follow the
// parser's own mistakes and learn to recover from them.
//
// It reads a sentence's words and part-of-speech tags and gives each word
// a head and a Universal Dependencies relation. Transitions and labels are
// chosen together: each arc transition carries its label. It knows nothing of files
// or models on disk: package syntax loads its model and calls it, and
// extract/internal/syntaxtrain trains it.
//
// # Transitions
//
// A configuration is a stack, whose bottom is the root (word 0), and a
// buffer of the words not yet read. SHIFT pushes the buffer's first word;
// LEFT-ARC(l) makes it the head of the stack's top, which is popped;
// RIGHT-ARC(l) makes the stack's top its head and pushes it; REDUCE pops a
// word that has its head. RIGHT-ARC from the root is allowed once, so a
// sentence has one root; words left without a head when the buffer is
// empty are attached to that root as parataxis, or the first of them
// becomes the root.
package depparse
