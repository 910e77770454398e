// Package xmlscan splits an XML document into tokens, keeping the input's
// bytes as they are so that offsets into the text are offsets into the
// file. It is what the TimeML readers share: extract's, which takes a
// document's text and creation time for ingest, and internal/eval/timeml's,
// which also takes its annotations apart and writes them back.
//
// It checks only what it needs to tokenise (tags and quoted attributes
// closed, entities known); whether elements nest is for its callers.
package xmlscan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Kind is what a token of markup is.
type Kind int

// The kinds of token.
const (
	CharData    Kind = iota // text, entities not yet decoded
	CDATA                   // <![CDATA[…]]>: text taken literally
	StartTag                // <NAME …>
	EndTag                  // </NAME>
	EmptyTag                // <NAME …/>
	OtherMarkup             // <?…?>, <!--…-->, <!…>
)

// A Token is one piece of an XML document: character data or one piece of
// markup. The scanner keeps the input's bytes as they are, so that offsets
// into the text are offsets into the file.
type Token struct {
	Kind       Kind
	Name       string // of a tag
	Attrs      []Attr // of a start or empty tag, values decoded
	Start, End int    // byte offsets of the token in the input
	Line       int    // 1-based line of the token's first byte
}

// An Attr is one attribute of a tag.
type Attr struct{ Name, Value string }

// Attr returns the value of t's attribute name, or "".
func (t *Token) Attr(name string) string {
	for _, a := range t.Attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// A Scanner splits an XML document into tokens. It checks what it needs
// to tokenise (tags and quoted attributes closed, entities known) but not
// that elements nest: the reader checks that where it matters.
type Scanner struct {
	data []byte
	pos  int
	line int
}

// NewScanner returns a Scanner of the document data.
func NewScanner(data []byte) *Scanner { return &Scanner{data: data, line: 1} }

// Line returns the 1-based line of the next token.
func (s *Scanner) Line() int { return s.line }

// A SyntaxError is a problem at a line of the input, of the scanner or of
// a reader of its tokens. Its Error is the problem alone, without the line.
type SyntaxError struct {
	Line int
	Msg  string
}

// Error returns the problem.
func (e *SyntaxError) Error() string { return e.Msg }

// errorf returns a SyntaxError at line.
func (s *Scanner) errorf(line int, format string, args ...any) error {
	return &SyntaxError{line, fmt.Sprintf(format, args...)}
}

// Next returns the next token, or io.EOF at the end of the input.
func (s *Scanner) Next() (Token, error) {
	if s.pos >= len(s.data) {
		return Token{}, io.EOF
	}
	t := Token{Start: s.pos, Line: s.line}
	rest := s.data[s.pos:]
	if rest[0] != '<' {
		n := bytes.IndexByte(rest, '<')
		if n < 0 {
			n = len(rest)
		}
		t.Kind = CharData
		return t, s.advance(&t, n)
	}
	for _, m := range []struct {
		open, close string
		kind        Kind
		what        string
	}{
		{"<!--", "-->", OtherMarkup, "comment"},
		{"<![CDATA[", "]]>", CDATA, "CDATA section"},
		{"<?", "?>", OtherMarkup, "processing instruction"},
		{"<!", ">", OtherMarkup, "declaration"},
	} {
		if !bytes.HasPrefix(rest, []byte(m.open)) {
			continue
		}
		n := bytes.Index(rest[len(m.open):], []byte(m.close))
		if n < 0 {
			return t, s.errorf(t.Line, "unterminated %s", m.what)
		}
		t.Kind = m.kind
		return t, s.advance(&t, len(m.open)+n+len(m.close))
	}
	return s.tag(t, rest)
}

// advance moves past n bytes, which t ends with.
func (s *Scanner) advance(t *Token, n int) error {
	s.line += bytes.Count(s.data[s.pos:s.pos+n], []byte("\n"))
	s.pos += n
	t.End = s.pos
	return nil
}

// tag scans the start, end or empty tag at the beginning of rest.
func (s *Scanner) tag(t Token, rest []byte) (Token, error) {
	i := 1
	t.Kind = StartTag
	if len(rest) > 1 && rest[1] == '/' {
		t.Kind, i = EndTag, 2
	}
	n := nameLen(rest[i:])
	if n == 0 {
		return t, s.errorf(t.Line, "invalid tag: %q", clip(rest, 12))
	}
	t.Name = string(rest[i : i+n])
	i += n
	for {
		i += spaceLen(rest[i:])
		switch {
		case i >= len(rest):
			return t, s.errorf(t.Line, "unterminated tag <%s", t.Name)
		case rest[i] == '>':
			return t, s.advance(&t, i+1)
		case t.Kind == StartTag && bytes.HasPrefix(rest[i:], []byte("/>")):
			t.Kind = EmptyTag
			return t, s.advance(&t, i+2)
		case t.Kind == EndTag:
			return t, s.errorf(t.Line, "invalid end tag </%s", t.Name)
		}
		a, n, err := s.attr(t, rest[i:])
		if err != nil {
			return t, err
		}
		t.Attrs = append(t.Attrs, a)
		i += n
	}
}

// attr scans the attribute name="value" at the beginning of rest, in the
// tag t, and returns it with its length.
func (s *Scanner) attr(t Token, rest []byte) (Attr, int, error) {
	line := t.Line + bytes.Count(s.data[t.Start:len(s.data)-len(rest)], []byte("\n"))
	bad := func() (Attr, int, error) {
		return Attr{}, 0, s.errorf(line, "malformed attribute in <%s: %q", t.Name, clip(rest, 20))
	}
	n := nameLen(rest)
	if n == 0 {
		return bad()
	}
	name := string(rest[:n])
	i := n + spaceLen(rest[n:])
	if i >= len(rest) || rest[i] != '=' {
		return bad()
	}
	i++
	i += spaceLen(rest[i:])
	if i >= len(rest) || rest[i] != '"' && rest[i] != '\'' {
		return bad()
	}
	end := bytes.IndexByte(rest[i+1:], rest[i])
	if end < 0 {
		return bad()
	}
	raw := rest[i+1 : i+1+end]
	value, at, err := Decode(raw)
	if err != nil {
		return Attr{}, 0, s.errorf(line+bytes.Count(rest[:i+1+at], []byte("\n")), "%v in attribute %s", err, name)
	}
	return Attr{name, value}, i + 1 + end + 1, nil
}

// nameLen returns the length of the XML name at the beginning of b, or 0.
func nameLen(b []byte) int {
	i := 0
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		ok := r == '_' || r == ':' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80 && r != utf8.RuneError
		if i > 0 {
			ok = ok || r == '-' || r == '.' || '0' <= r && r <= '9'
		}
		if !ok {
			break
		}
		i += size
	}
	return i
}

// spaceLen returns the length of the XML white space at the beginning of b.
func spaceLen(b []byte) int {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// clip returns at most n bytes of b, for messages.
func clip(b []byte, n int) string {
	if len(b) > n {
		b = b[:n]
	}
	return string(b)
}

// entities are the entities XML predefines.
var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// Decode returns b with its entity and character references replaced.
// On error it returns the offset in b of the bad reference.
func Decode(b []byte) (string, int, error) {
	i := bytes.IndexByte(b, '&')
	if i < 0 {
		return string(b), 0, nil
	}
	var sb strings.Builder
	sb.Grow(len(b))
	done := 0 // b[:done] is decoded
	for i >= 0 {
		at := done + i
		sb.Write(b[done:at])
		semi := bytes.IndexByte(b[at:], ';')
		if semi < 0 || semi > 12 {
			return "", at, errors.New("& not escaped as &amp;")
		}
		s, err := reference(string(b[at+1 : at+semi]))
		if err != nil {
			return "", at, err
		}
		sb.WriteString(s)
		done = at + semi + 1
		i = bytes.IndexByte(b[done:], '&')
	}
	sb.Write(b[done:])
	return sb.String(), 0, nil
}

// reference returns what the reference &ref; stands for.
func reference(ref string) (string, error) {
	if s, ok := entities[ref]; ok {
		return s, nil
	}
	if num, ok := strings.CutPrefix(ref, "#"); ok {
		base := 10
		if hex, ok := strings.CutPrefix(num, "x"); ok {
			num, base = hex, 16
		}
		n, err := strconv.ParseUint(num, base, 32)
		if err == nil && n > 0 && utf8.ValidRune(rune(n)) {
			return string(rune(n)), nil
		}
		return "", fmt.Errorf("invalid character reference &%s;", ref)
	}
	return "", fmt.Errorf("unknown entity &%s;", ref)
}
