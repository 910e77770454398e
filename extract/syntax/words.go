package syntax

import (
	_ "embed"

	"github.com/chronicle-kg/chronicle/extract/text"
)

//go:embed words.txt
var wordsTxt string

// lexicon is the lexicon of the tree mends (words.txt).
var lexicon = text.MustParseLexicon("syntax/words.txt", wordsTxt)

// The tree mends' word lists (words.txt).
var (
	attributionVerbs = lexicon.Set("attribution-verbs")
	thatVerbs        = lexicon.Set("that-verbs")
	dateWords        = lexicon.Set("date-nouns")
	givingVerbs      = lexicon.Set("giving-verbs")
	forNouns         = lexicon.Set("for-nouns")
	controlVerbForms = lexicon.Set("control-verb-forms")
)
