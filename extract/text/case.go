package text

import (
	"unicode"
	"unicode/utf8"
)

// AppendLower appends s to dst with ASCII letters in lower case; other
// bytes are kept, so offsets into s are offsets into what it appends.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// LowerIs reports whether token t of text is w, ignoring ASCII case.
func LowerIs(text string, t Token, w string) bool {
	s := text[t.Start:t.End]
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// IsUpperStart reports whether s begins with an upper-case letter.
func IsUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// AllUpper reports whether s has no lower-case letter: strings.ToUpper(s)
// == s, without building the upper-cased copy ("NATO", "US").
func AllUpper(s string) bool {
	for _, r := range s {
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// IsQuote reports whether s begins with a quotation mark, straight or
// curly, single or double.
func IsQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '"' || r == '“' || r == '”' || r == '\'' || r == '‘' || r == '’'
}
