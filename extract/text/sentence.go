package text

import (
	"strings"
)

// Sentences splits the tokens into sentences and records each token's
// sentence. It returns the byte span of each sentence.
func Sentences(text string, toks []Token) [][2]int {
	var out [][2]int
	start := 0
	for i := range toks {
		toks[i].Sent = int32(len(out))
		if endsSentence(text, toks, i) {
			out = append(out, [2]int{int(toks[start].Start), int(toks[i].End)})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, [2]int{int(toks[start].Start), int(toks[len(toks)-1].End)})
	}
	return out
}

// endsSentence reports whether a sentence ends after toks[i]: at . ! or ?
// followed by an upper-case letter, a quote or a paragraph break, and
// never after a known abbreviation; or at a paragraph break.
func endsSentence(text string, toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	t, next := toks[i], toks[i+1]
	gap := text[t.End:next.Start]
	if paragraphBreak(gap) {
		return true
	}
	c := text[t.Start]
	if t.Kind == Punct && IsQuote(text[t.Start:]) && i > 0 && toks[i-1].Kind == Punct && toks[i-1].Sent == t.Sent &&
		strings.ContainsRune(".!?", rune(text[toks[i-1].Start])) && next.Kind == Word && IsUpperStart(text[next.Start:]) {
		return true // "… including Ukraine.’ There will be …"
	}
	if t.Kind == Word && text[t.End-1] == '.' {
		// U.S. / U.N.: these end a sentence only before a word that
		// usually starts one ("... in the U.S. The ...")
		return next.Kind == Word && sentenceStarters[text[next.Start:next.End]]
	}
	if t.Kind != Punct || (c != '.' && c != '!' && c != '?') {
		// a closing quote after the stop ends the sentence too
		return false
	}
	if len(gap) == 0 && next.Kind != Punct {
		return false // 3.5, example.com
	}
	if i > 0 && toks[i-1].Kind == Word && Abbreviation(text[toks[i-1].Start:toks[i-1].End]) {
		return false
	}
	n := text[next.Start:]
	if next.Kind == Punct && IsQuote(n) {
		// "… said. “When …" splits; "… said.” The …" splits after the quote
		return len(gap) > 0
	}
	return IsUpperStart(n) || next.Kind == Number
}

func paragraphBreak(gap string) bool {
	nl := 0
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' {
			nl++
			if nl >= 2 {
				return true
			}
		}
	}
	return false
}

var abbrevs = Words.Set("abbreviations")

// Abbreviation reports whether w, followed by a dot, is an abbreviation
// that does not end a sentence: "Mr", "Jan", "St", an initial.
func Abbreviation(w string) bool {
	return abbrevs[w] || len(w) == 1 && IsUpperStart(w)
}

var sentenceStarters = Words.Set("sentence-starters")
