package timex

import (
	_ "embed"

	"github.com/chronicle-kg/chronicle/extract/text"
)

//go:embed words.txt
var wordsTxt string

// lexicon is the lexicon of package timex (words.txt): the heuristic word
// lists of its guards and of the widening and joining of expressions.
var lexicon = text.MustParseLexicon("timex/words.txt", wordsTxt)
