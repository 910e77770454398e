// Package text is the first stage of extraction: it splits an article's
// text into tokens and sentences and gives the later stages (timex, actor,
// event) one view of it, a [Doc], with the word lists they share.
//
// Offsets in a Doc are byte offsets into the text, as Go strings are
// indexed; [Offsets] converts them to the character (Unicode code point)
// offsets that extraction results carry.
//
// # Tokens
//
// [Tokenize] makes one pass over the text and allocates nothing per token
// beyond the growth of the slice it returns. A word keeps its inner
// hyphens and apostrophes ("full-scale", "don't") and the dots of an
// abbreviation of single letters ("U.S."); a possessive "'s" is a token of
// its own; a number keeps inner commas, dots and colons and a suffix of up
// to two letters ("10,000", "1990s", "12th", "10am").
//
// # Sentences
//
// [Sentences] ends a sentence at a full stop, question or exclamation
// mark followed by a capital, a digit or a quote, never after a known
// abbreviation ("Mr.", "Jan."), and at every paragraph break.
package text
