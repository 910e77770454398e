package syntax

import (
	"fmt"
	"slices"
	"strings"
)

// NoHead is the Head of a word whose head is not known: "_" in CoNLL-U,
// as in a file that is tokenised but not parsed.
const NoHead = -1

// A Word is one syntactic word of a sentence: a line of CoNLL-U.
//
// The string fields are the CoNLL-U columns of the same names. A column
// left unspecified ("_") is "" here, except Form and Lemma, which keep
// "_", because an underscore may be the word itself; "" is written as
// "_".
type Word struct {
	ID    int    // 1, 2, 3…: the word's place in its sentence
	Form  string // the word as written
	Lemma string // its dictionary form
	UPOS  string // universal part of speech: NOUN, VERB, ADP…
	XPOS  string // language-specific part of speech: Penn Treebank tags for English
	Feats string // morphological features, "Number=Sing|Person=3"
	Head  int    // ID of the word it depends on; 0 for the root; NoHead if unknown
	Rel   string // its relation to the head (DEPREL), subtype included: "nsubj:pass"
	Deps  string // its enhanced dependencies, as read: "4:nsubj|6:nsubj:xsubj"
	Misc  string // anything else, "SpaceAfter=No"

	// Start and End are the word's byte offsets in the text it was read
	// from (see FromDoc), end exclusive; both are -1 when unknown, as for
	// a word read from CoNLL-U.
	Start, End int
}

// A MultiToken is a token of the text that is several syntactic words:
// "don't" as "do" and "n't", written in CoNLL-U as a line "3-4 don't"
// before the words.
type MultiToken struct {
	First, Last int    // IDs of its first and last words
	Form        string // the token as written
	Feats       string // only Typo=Yes, if anything
	Misc        string
}

// An EmptyNode is a word of the enhanced graph that the text elides,
// "8.1" in CoNLL-U. It has no place in the basic tree; a Sentence keeps
// it, uninterpreted, only to write it back.
type EmptyNode struct {
	After int // ID of the word it follows, 0 if it comes first
	Index int // 1, 2…: its place among the empty nodes after that word

	// The columns of a Word that an empty node has: its HEAD and
	// DEPREL are always "_".
	Form, Lemma, UPOS, XPOS, Feats, Deps, Misc string
}

// A Sentence is a list of words with what CoNLL-U keeps around them.
type Sentence struct {
	// Comments are the comment lines before the words, each as in the
	// file, "#" included: "# sent_id = 3", "# text = It rained.".
	Comments []string
	Words    []Word       // Words[i].ID is i+1
	Tokens   []MultiToken // in text order, none overlapping
	Empty    []EmptyNode  // in file order; not part of the tree
}

// Comment returns the value of the comment "# key = value" of s, and
// whether s has it.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		rest, ok := strings.CutPrefix(c, "#")
		if !ok {
			continue
		}
		k, v, ok := strings.Cut(rest, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// Tokenized returns a copy of s that holds only what a tokeniser gives:
// the comments, the multiword tokens and each word's ID, Form, Misc and
// offsets. The rest of the analysis is gone (Head is NoHead, the other
// columns ""), and so are the empty nodes. It is what a sentence is
// analysed afresh from, on its own tokens.
func (s *Sentence) Tokenized() Sentence {
	t := Sentence{
		Comments: slices.Clone(s.Comments),
		Words:    make([]Word, len(s.Words)),
		Tokens:   slices.Clone(s.Tokens),
	}
	for i, w := range s.Words {
		t.Words[i] = Word{ID: w.ID, Form: w.Form, Head: NoHead, Misc: w.Misc, Start: w.Start, End: w.End}
	}
	return t
}

// TreeError returns nil if the words of s make one tree: every word has a
// head in the sentence, exactly one word's head is the root (0), and
// following heads from any word reaches it. Otherwise it says what is
// wrong.
func (s *Sentence) TreeError() error {
	n := len(s.Words)
	roots := 0
	for _, w := range s.Words {
		switch {
		case w.Head == 0:
			roots++
		case w.Head < 0 || w.Head > n:
			return fmt.Errorf("word %d has head %d, outside the sentence's %d words", w.ID, w.Head, n)
		}
	}
	if n > 0 && roots != 1 {
		return fmt.Errorf("%d words hang from the root, want 1", roots)
	}
	// state 0 unseen, 1 on the current path, 2 reaches the root
	state := make([]uint8, n+1)
	state[0] = 2
	for i := 1; i <= n; i++ {
		j := i
		for state[j] == 0 {
			state[j] = 1
			j = s.Words[j-1].Head
		}
		if state[j] == 1 {
			return fmt.Errorf("word %d is in a cycle of heads", j)
		}
		for j = i; state[j] == 1; j = s.Words[j-1].Head {
			state[j] = 2
		}
	}
	return nil
}
