package text

import (
	"unicode"
	"unicode/utf8"
)

// A Kind is what a token is made of.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with inner hyphens or an abbreviation's dots
	Number             // digits, possibly with inner commas, dots or a suffix (1990s, 12th)
	Punct              // any other single character
)

// A Token is a span of the text, in byte offsets.
type Token struct {
	Start, End int32
	Kind       Kind
	Sent       int32 // index of the sentence holding it
}

// Tokenize splits text into tokens in one pass. It never allocates per
// token beyond the growth of the returned slice.
func Tokenize(text string, toks []Token) []Token {
	toks = toks[:0]
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xa0 || unicode.IsSpace(r):
			i += n
		case IsLetter(r):
			e := scanWord(text, i)
			toks = append(toks, Token{Start: int32(i), End: int32(e), Kind: Word})
			i = e
		case r >= '0' && r <= '9':
			e := scanNumber(text, i)
			toks = append(toks, Token{Start: int32(i), End: int32(e), Kind: Number})
			i = e
		case (r == '\'' || r == '’') && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') &&
			(i+n+1 == len(text) || !IsLetterByte(text[i+n+1])) && len(toks) > 0 && int(toks[len(toks)-1].End) == i:
			// possessive 's as its own token
			toks = append(toks, Token{Start: int32(i), End: int32(i + n + 1), Kind: Word})
			i += n + 1
		default:
			toks = append(toks, Token{Start: int32(i), End: int32(i + n), Kind: Punct})
			i += n
		}
	}
	return toks
}

// IsLetter reports whether r is a letter, quickly for ASCII.
func IsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return IsLetterByte(byte(r))
	}
	return unicode.IsLetter(r)
}

// IsLetterByte reports whether c is an ASCII letter.
func IsLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

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
		if IsLetter(r) || r >= '0' && r <= '9' {
			i += n
			continue
		}
		if (r == '-' || r == '\'' || r == '’') && i+n < len(text) {
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			if IsLetter(next) && !(r != '-' && (next == 's' || next == 'S') && (i+n+1 == len(text) || !IsLetterByte(text[i+n+1]))) {
				i += n
				continue
			}
		}
		if r == '.' && i-start >= 1 && isSingleLetterRun(text, start, i) {
			// U.S. / U.N.: single letters joined by dots
			if i+1 < len(text) && IsLetterByte(text[i+1]) && (i+2 == len(text) || text[i+2] == '.') {
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
		if (j-start)%2 == 0 && !IsLetterByte(c) || (j-start)%2 == 1 && c != '.' {
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
		case IsDigit(c):
			i++
		case (c == ',' || c == '.' || c == ':') && i+1 < len(text) && IsDigit(text[i+1]):
			i++
		case IsLetterByte(c):
			// suffixes: 1990s, 12th, 1st, 2nd, 3rd, 10am, 5pm
			j := i
			for j < len(text) && IsLetterByte(text[j]) {
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
