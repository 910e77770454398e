package clusters

// MaxWord is the longest word, in bytes, that has a cluster: a longer one
// is [Unknown], and clustertrain leaves such words out.
const MaxWord = 64

// AppendFold appends word to dst as clusters key it before case: curly
// quotes straight (’ as ', “ and ” as "), an en or em dash as "--" (the
// Penn Treebank's dash), an ellipsis character as "...", and each ASCII
// digit as 0, so that numbers of a shape share a key ("2009" and "1958"
// are both "0000"). Everything else is kept byte for byte; what it
// appends is never longer than word.
func AppendFold(dst []byte, word string) []byte {
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= '0' && c <= '9':
			dst = append(dst, '0')
		case c == 0xe2 && i+2 < len(word) && word[i+1] == 0x80:
			// U+2000–U+203F: the quotes and dashes of typeset text.
			if f := punct[word[i+2]]; f != "" {
				dst = append(dst, f...)
				i += 2
				continue
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// punct maps the last byte of a character U+2000–U+203F (UTF-8 e2 80 xx)
// to its key.
var punct = [256]string{
	0x93: "--",  // – en dash
	0x94: "--",  // — em dash
	0x95: "--",  // ― horizontal bar
	0x98: "'",   // ‘
	0x99: "'",   // ’ (the apostrophe of "don’t" too)
	0x9a: "'",   // ‚
	0x9b: "'",   // ‛
	0x9c: `"`,   // “
	0x9d: `"`,   // ”
	0x9e: `"`,   // „
	0x9f: `"`,   // ‟
	0xa6: "...", // …
}

// hasUpper reports whether b holds an ASCII capital.
func hasUpper(b []byte) bool {
	for _, c := range b {
		if c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// lower lower-cases the ASCII letters of b in place.
func lower(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}
