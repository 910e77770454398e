package actor

import (
	_ "embed"

	"github.com/chronicle-kg/chronicle/extract/text"
)

//go:embed words.txt
var wordsTxt string

// lexicon is the lexicon of package actor (words.txt): the word lists its
// heuristics read.
var lexicon = text.MustParseLexicon("actor/words.txt", wordsTxt)
