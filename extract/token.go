package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tokWord  = iota // letters, possibly with inner hyphens or an abbreviation's dots
	tokNum          // digits, possibly with inner commas, dots or a suffix (1990s, 12th)
	tokPunct        // any other single character
)

// A token is a span of the text, in byte offsets.
type token struct {
	s, e int32
	kind uint8
	sent int32 // index of the sentence holding it
}

// tokenize splits text into tokens in one pass. It never allocates per
// token beyond the growth of the returned slice.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xa0 || unicode.IsSpace(r):
			i += n
		case isLetter(r):
			e := scanWord(text, i)
			toks = append(toks, token{s: int32(i), e: int32(e), kind: tokWord})
			i = e
		case r >= '0' && r <= '9':
			e := scanNumber(text, i)
			toks = append(toks, token{s: int32(i), e: int32(e), kind: tokNum})
			i = e
		case (r == '\'' || r == '’') && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') &&
			(i+n+1 == len(text) || !isLetterByte(text[i+n+1])) && len(toks) > 0 && int(toks[len(toks)-1].e) == i:
			// possessive 's as its own token
			toks = append(toks, token{s: int32(i), e: int32(i + n + 1), kind: tokWord})
			i += n + 1
		default:
			toks = append(toks, token{s: int32(i), e: int32(i + n), kind: tokPunct})
			i += n
		}
	}
	return toks
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetterByte(byte(r))
	}
	return unicode.IsLetter(r)
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanWord returns the end of the word starting at i. A word takes inner
// hyphens and apostrophes (full-scale, don't) and the dots of an
// abbreviation made of single letters (U.S., U.N.).
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if isLetter(r) || r >= '0' && r <= '9' {
			i += n
			continue
		}
		if (r == '-' || r == '\'' || r == '’') && i+n < len(text) {
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			if isLetter(next) && !(r != '-' && (next == 's' || next == 'S') && (i+n+1 == len(text) || !isLetterByte(text[i+n+1]))) {
				i += n
				continue
			}
		}
		if r == '.' && i-start >= 1 && isSingleLetterRun(text, start, i) {
			// U.S. / U.N.: single letters joined by dots
			if i+1 < len(text) && isLetterByte(text[i+1]) && (i+2 == len(text) || text[i+2] == '.') {
				i++
				continue
			}
			return i + 1 // take the final dot of the abbreviation
		}
		break
	}
	return i
}

// isSingleLetterRun reports whether text[start:i] is a letter or letters
// separated by dots, each one character long (the "U.S" of "U.S.").
func isSingleLetterRun(text string, start, i int) bool {
	for j := start; j < i; j++ {
		c := text[j]
		if (j-start)%2 == 0 && !isLetterByte(c) || (j-start)%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// scanNumber returns the end of the number starting at i: 10,000 / 3.5 /
// 1990s / 12th / 24-hour stays 24 then - then hour.
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		switch {
		case isDigit(c):
			i++
		case (c == ',' || c == '.' || c == ':') && i+1 < len(text) && isDigit(text[i+1]):
			i++
		case isLetterByte(c):
			// suffixes: 1990s, 12th, 1st, 2nd, 3rd, 10am, 5pm
			j := i
			for j < len(text) && isLetterByte(text[j]) {
				j++
			}
			if j-i <= 2 {
				return j
			}
			return i
		default:
			return i
		}
	}
	return i
}

// sentences splits the tokens into sentences and records each token's
// sentence. It returns the byte span of each sentence.
func sentences(text string, toks []token) [][2]int {
	var out [][2]int
	start := 0
	for i := range toks {
		toks[i].sent = int32(len(out))
		if endsSentence(text, toks, i) {
			out = append(out, [2]int{int(toks[start].s), int(toks[i].e)})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, [2]int{int(toks[start].s), int(toks[len(toks)-1].e)})
	}
	return out
}

// endsSentence reports whether a sentence ends after toks[i]: at . ! or ?
// followed by an upper-case letter, a quote or a paragraph break, and
// never after a known abbreviation; or at a paragraph break.
func endsSentence(text string, toks []token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	t, next := toks[i], toks[i+1]
	gap := text[t.e:next.s]
	if paragraphBreak(gap) {
		return true
	}
	c := text[t.s]
	if t.kind == tokPunct && isQuote(text[t.s:]) && i > 0 && toks[i-1].kind == tokPunct &&
		strings.ContainsRune(".!?", rune(text[toks[i-1].s])) && next.kind == tokWord && isUpperStart(text[next.s:]) {
		return true // "… including Ukraine.’ There will be …"
	}
	if t.kind == tokWord && text[t.e-1] == '.' {
		// U.S. / U.N.: these end a sentence only before a word that
		// usually starts one ("... in the U.S. The ...")
		return next.kind == tokWord && sentenceStarters[text[next.s:next.e]]
	}
	if t.kind != tokPunct || (c != '.' && c != '!' && c != '?') {
		// a closing quote after the stop ends the sentence too
		return false
	}
	if len(gap) == 0 && next.kind != tokPunct {
		return false // 3.5, example.com
	}
	if i > 0 && toks[i-1].kind == tokWord && abbreviation(text[toks[i-1].s:toks[i-1].e]) {
		return false
	}
	n := text[next.s:]
	if next.kind == tokPunct && isQuote(n) {
		// "… said. “When …" splits; "… said.” The …" splits after the quote
		return len(gap) > 0
	}
	return isUpperStart(n) || next.kind == tokNum
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

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '"' || r == '“' || r == '”' || r == '\'' || r == '‘' || r == '’'
}

var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Lt": true, "Col": true,
	"Sgt": true, "Capt": true, "Gov": true, "Sen": true, "Rep": true, "St": true, "Jr": true, "Sr": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Aug": true, "Sept": true, "Sep": true, "Oct": true,
	"Nov": true, "Dec": true, "No": true, "vs": true, "etc": true, "Inc": true, "Corp": true, "Co": true,
	"Ltd": true, "Mt": true, "Ft": true, "Adm": true, "Maj": true, "Pres": true, "Rev": true,
}

// abbreviation reports whether w, followed by a dot, is an abbreviation
// that does not end a sentence.
func abbreviation(w string) bool {
	return abbrevs[w] || len(w) == 1 && isUpperStart(w)
}

var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "In": true, "But": true, "This": true, "That": true, "There": true, "On": true,
}

// offsets converts byte offsets of a text to character offsets.
type offsets struct {
	table []int32 // nil for ASCII text: offsets are the same
}

func newOffsets(text string) offsets {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return offsets{}
	}
	t := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); i++ {
		t[i] = n
		if text[i] < 0x80 || text[i] >= 0xC0 {
			n++
		}
	}
	t[len(text)] = n
	// a continuation byte belongs to its rune: map it to the rune's end
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 && text[i] < 0xC0 {
			t[i] = n
			for j := i; j < len(text); j++ {
				if text[j] < 0x80 || text[j] >= 0xC0 {
					t[i] = t[j]
					break
				}
			}
		}
	}
	return offsets{table: t}
}

// char returns the character offset of byte offset b.
func (o offsets) char(b int) int {
	if o.table == nil {
		return b
	}
	return int(o.table[b])
}
