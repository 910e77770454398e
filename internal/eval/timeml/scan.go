package timeml

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A tokKind is what a token of markup is.
type tokKind int

const (
	charData    tokKind = iota // text, entities not yet decoded
	cdata                      // <![CDATA[…]]>: text taken literally
	startTag                   // <NAME …>
	endTag                     // </NAME>
	emptyTag                   // <NAME …/>
	otherMarkup                // <?…?>, <!--…-->, <!…>
)

// A token is one piece of an XML document: character data or one piece of
// markup. The scanner keeps the input's bytes as they are, so that offsets
// into the text are offsets into the file.
type token struct {
	kind       tokKind
	name       string // of a tag
	attrs      []attr // of a start or empty tag, values decoded
	start, end int    // byte offsets of the token in the input
	line       int    // 1-based line of the token's first byte
}

// An attr is one attribute of a tag.
type attr struct{ name, value string }

// attrValue returns the value of the attribute name in attrs, or "".
func attrValue(attrs []attr, name string) string {
	for _, a := range attrs {
		if a.name == name {
			return a.value
		}
	}
	return ""
}

// A scanner splits an XML document into tokens. It checks what it needs
// to tokenise (tags and quoted attributes closed, entities known) but not
// that elements nest: the reader checks that where it matters.
type scanner struct {
	data []byte
	pos  int
	line int
}

func newScanner(data []byte) *scanner { return &scanner{data: data, line: 1} }

// A syntaxError is a problem at a line of the input.
type syntaxError struct {
	line int
	msg  string
}

func (e *syntaxError) Error() string { return e.msg }

func (s *scanner) errorf(line int, format string, args ...any) error {
	return &syntaxError{line, fmt.Sprintf(format, args...)}
}

// errEOF ends the token stream.
var errEOF = errors.New("end of input")

// next returns the next token, or errEOF at the end of the input.
func (s *scanner) next() (token, error) {
	if s.pos >= len(s.data) {
		return token{}, errEOF
	}
	t := token{start: s.pos, line: s.line}
	rest := s.data[s.pos:]
	if rest[0] != '<' {
		n := bytes.IndexByte(rest, '<')
		if n < 0 {
			n = len(rest)
		}
		t.kind = charData
		return t, s.advance(&t, n)
	}
	for _, m := range []struct {
		open, close string
		kind        tokKind
		what        string
	}{
		{"<!--", "-->", otherMarkup, "comment"},
		{"<![CDATA[", "]]>", cdata, "CDATA section"},
		{"<?", "?>", otherMarkup, "processing instruction"},
		{"<!", ">", otherMarkup, "declaration"},
	} {
		if !bytes.HasPrefix(rest, []byte(m.open)) {
			continue
		}
		n := bytes.Index(rest[len(m.open):], []byte(m.close))
		if n < 0 {
			return t, s.errorf(t.line, "unterminated %s", m.what)
		}
		t.kind = m.kind
		return t, s.advance(&t, len(m.open)+n+len(m.close))
	}
	return s.tag(t, rest)
}

// advance moves past n bytes, which t ends with.
func (s *scanner) advance(t *token, n int) error {
	s.line += bytes.Count(s.data[s.pos:s.pos+n], []byte("\n"))
	s.pos += n
	t.end = s.pos
	return nil
}

// tag scans the start, end or empty tag at the beginning of rest.
func (s *scanner) tag(t token, rest []byte) (token, error) {
	i := 1
	t.kind = startTag
	if len(rest) > 1 && rest[1] == '/' {
		t.kind, i = endTag, 2
	}
	n := nameLen(rest[i:])
	if n == 0 {
		return t, s.errorf(t.line, "invalid tag: %q", clip(rest, 12))
	}
	t.name = string(rest[i : i+n])
	i += n
	for {
		i += spaceLen(rest[i:])
		switch {
		case i >= len(rest):
			return t, s.errorf(t.line, "unterminated tag <%s", t.name)
		case rest[i] == '>':
			return t, s.advance(&t, i+1)
		case t.kind == startTag && bytes.HasPrefix(rest[i:], []byte("/>")):
			t.kind = emptyTag
			return t, s.advance(&t, i+2)
		case t.kind == endTag:
			return t, s.errorf(t.line, "invalid end tag </%s", t.name)
		}
		a, n, err := s.attr(t, rest[i:])
		if err != nil {
			return t, err
		}
		t.attrs = append(t.attrs, a)
		i += n
	}
}

// attr scans the attribute name="value" at the beginning of rest, in the
// tag t, and returns it with its length.
func (s *scanner) attr(t token, rest []byte) (attr, int, error) {
	line := t.line + bytes.Count(s.data[t.start:len(s.data)-len(rest)], []byte("\n"))
	bad := func() (attr, int, error) {
		return attr{}, 0, s.errorf(line, "malformed attribute in <%s: %q", t.name, clip(rest, 20))
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
	value, at, err := decode(raw)
	if err != nil {
		return attr{}, 0, s.errorf(line+bytes.Count(rest[:i+1+at], []byte("\n")), "%v in attribute %s", err, name)
	}
	return attr{name, value}, i + 1 + end + 1, nil
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

// decode returns b with its entity and character references replaced.
// On error it returns the offset in b of the bad reference.
func decode(b []byte) (string, int, error) {
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
