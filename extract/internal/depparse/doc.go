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
// sentence has one root.
//
// Two options, set when a model is trained and kept in its file, let the
// parser mend what a greedy parser otherwise keeps:
//   - non-monotonic: LEFT-ARC may take a word that RIGHT-ARC gave a head,
//     which loses that arc (Honnibal, Goldberg and Johnson 2013);
//   - unshift: when the buffer runs out, the words on the stack without
//     a head go back to it one at a time, SHIFT no longer allowed, to be
//     given one by a word below them or to take one as their head (Nivre
//     and Fernández-González 2014).
//
// The oracle charges a mistake when it is made, as the monotonic system
// does, and knows the arcs these moves can still mend. On EWT dev, with
// the tagger's tags, the two took UAS from 86.00, 86.24 and 86.06 (seeds
// 2, 1, 3) to 86.46, 86.34 and 86.39.
//
// Words still without a head at the end are attached to the root's
// dependent as parataxis, or the first of them becomes the root.
package depparse
