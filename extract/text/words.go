package text

import _ "embed"

//go:embed words.txt
var wordsTxt string

// Words is the lexicon of package text (words.txt): the word lists that
// the tokenizer and tense reading use, and those the later stages share.
var Words = MustParseLexicon("text/words.txt", wordsTxt)
