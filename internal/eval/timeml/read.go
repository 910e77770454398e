package timeml

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/timex"
	"github.com/chronicle-kg/chronicle/internal/xmlscan"
)

// Errors, wrapped in an [extract.InputError] naming the document.
var (
	ErrNoText = errors.New("timeml: no TEXT element")
	ErrNoDCT  = errors.New("timeml: no creation time (a TIMEX3 with functionInDocument=\"CREATION_TIME\")")
)

// A Doc is a TimeML document as the evaluation sees it: the text, its
// creation time and the time expressions annotated in it.
type Doc struct {
	Name string
	// DCT is the calendar day of the document creation time, the value of
	// the TIMEX3 whose functionInDocument is CREATION_TIME, as midnight
	// UTC; zero if the document has none.
	DCT time.Time
	// Text is the content of the TEXT element with every tag removed and
	// entity and character references decoded; every other character is
	// as in the file.
	Text string
	// Timex are the TIMEX3 elements inside TEXT, in order, with Start and
	// End as character offsets into Text. The creation time is not among
	// them, even when it is marked inside TEXT.
	Timex []timex.Timex
	// Raw is the whole file, which Write copies.
	Raw []byte

	// dctStart, dctEnd are the character span of the creation time in
	// Text when it is marked there, else both zero.
	dctStart, dctEnd int
}

// Read reads the TimeML document in r, called name in errors. A document
// without a creation time is not an error: DCT is then zero. Errors are
// [extract.InputError]s naming the document and, where they can, the line.
func Read(name string, r io.Reader) (*Doc, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &extract.InputError{Name: name, Err: err}
	}
	p, err := parse(data)
	if err != nil {
		return nil, inputError(name, err)
	}
	return &Doc{
		Name:     name,
		DCT:      p.dct,
		Text:     p.text,
		Timex:    p.timex,
		Raw:      data,
		dctStart: p.dctStart,
		dctEnd:   p.dctEnd,
	}, nil
}

// inputError returns err as an InputError of the document name.
func inputError(name string, err error) error {
	var se *xmlscan.SyntaxError
	if errors.As(err, &se) {
		return &extract.InputError{Name: name, Line: se.Line, Err: errors.New(se.Msg)}
	}
	return &extract.InputError{Name: name, Err: err}
}

// A parsed document is what parse finds in one.
type parsed struct {
	text     string
	timex    []timex.Timex
	dct      time.Time
	dctTid   string
	dctTag   string // the creation time's start tag when it is inside TEXT
	dctEmpty bool   // that tag is empty, <TIMEX3 …/>
	// dctStart, dctEnd are the character span of the creation time in
	// text when it is marked there, else both zero.
	dctStart, dctEnd int
	// textStart, textEnd are the byte span of TEXT's content in the input.
	textStart, textEnd int
	// drop are the byte spans, outside TEXT, of the link elements, each
	// with its line when it is alone on it.
	drop [][2]int
}

// links are the elements that refer to annotations by id, which Write
// leaves out because it removes what they refer to.
var links = map[string]bool{"TLINK": true, "SLINK": true, "ALINK": true, "MAKEINSTANCE": true}

// An open element inside TEXT.
type open struct {
	tok               xmlscan.Token
	runeStart, byteAt int // where its content begins in the text
}

// A parser reads a document's tokens.
type parser struct {
	data   []byte
	p      parsed
	seen   bool // a TEXT element
	inText bool
	stack  []open // elements open inside TEXT
	text   strings.Builder
	runes  int      // characters in text
	spans  [][2]int // byte spans in text of p.timex
	linkAt int      // start of an open link element, or -1
}

// parse reads the TimeML document data.
func parse(data []byte) (*parsed, error) {
	if !utf8.Valid(data) {
		return nil, &xmlscan.SyntaxError{Line: invalidUTF8Line(data), Msg: "invalid UTF-8"}
	}
	ps := &parser{data: data, linkAt: -1}
	s := xmlscan.NewScanner(data)
	for {
		t, err := s.Next()
		if err == io.EOF {
			break
		}
		if err == nil {
			if ps.inText {
				err = ps.inside(t)
			} else {
				err = ps.outside(t)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	switch {
	case ps.inText:
		return nil, &xmlscan.SyntaxError{Line: s.Line(), Msg: "TEXT element not closed"}
	case !ps.seen:
		return nil, ErrNoText
	}
	ps.p.text = ps.text.String()
	for i, sp := range ps.spans {
		ps.p.timex[i].Text = ps.p.text[sp[0]:sp[1]]
	}
	return &ps.p, nil
}

// outside handles the token t, outside TEXT.
func (ps *parser) outside(t xmlscan.Token) error {
	switch {
	case t.Kind == xmlscan.StartTag && t.Name == "TEXT":
		if ps.seen {
			return &xmlscan.SyntaxError{Line: t.Line, Msg: "second TEXT element"}
		}
		ps.seen, ps.inText = true, true
		ps.p.textStart = t.End
	case t.Kind == xmlscan.EndTag && t.Name == "TEXT":
		return &xmlscan.SyntaxError{Line: t.Line, Msg: "</TEXT> without <TEXT>"}
	case (t.Kind == xmlscan.StartTag || t.Kind == xmlscan.EmptyTag) && t.Name == "TIMEX3":
		if _, err := ps.creationTime(t); err != nil {
			return err
		}
	case links[t.Name] && t.Kind == xmlscan.EmptyTag:
		ps.dropSpan(t.Start, t.End)
	case links[t.Name] && t.Kind == xmlscan.StartTag:
		ps.linkAt = t.Start
	case links[t.Name] && t.Kind == xmlscan.EndTag && ps.linkAt >= 0:
		ps.dropSpan(ps.linkAt, t.End)
		ps.linkAt = -1
	}
	return nil
}

// creationTime takes the document creation time from the TIMEX3 tag t if
// it is the first that is one, and reports whether it was.
func (ps *parser) creationTime(t xmlscan.Token) (bool, error) {
	if t.Attr("functionInDocument") != "CREATION_TIME" || !ps.p.dct.IsZero() {
		return false, nil
	}
	value := t.Attr("value")
	day, _, _ := strings.Cut(value, "T")
	dct, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return false, &xmlscan.SyntaxError{Line: t.Line, Msg: fmt.Sprintf("invalid creation time %q", value)}
	}
	ps.p.dct, ps.p.dctTid = dct, t.Attr("tid")
	return true, nil
}

// dropSpan marks data[start:end] to be left out, with its line if nothing
// else is on it.
func (ps *parser) dropSpan(start, end int) {
	lineStart := start
	for lineStart > 0 && isBlank(ps.data[lineStart-1]) {
		lineStart--
	}
	lineEnd := end
	for lineEnd < len(ps.data) && isBlank(ps.data[lineEnd]) {
		lineEnd++
	}
	atStart := lineStart == 0 || ps.data[lineStart-1] == '\n'
	if atStart && lineEnd < len(ps.data) && ps.data[lineEnd] == '\n' {
		start, end = lineStart, lineEnd+1
	}
	ps.p.drop = append(ps.p.drop, [2]int{start, end})
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

// inside handles the token t, inside TEXT.
func (ps *parser) inside(t xmlscan.Token) error {
	switch t.Kind {
	case xmlscan.CharData:
		s, at, err := xmlscan.Decode(ps.data[t.Start:t.End])
		if err != nil {
			return &xmlscan.SyntaxError{Line: t.Line + strings.Count(string(ps.data[t.Start:t.Start+at]), "\n"), Msg: err.Error()}
		}
		ps.add(s)
	case xmlscan.CDATA:
		ps.add(string(ps.data[t.Start+len("<![CDATA[") : t.End-len("]]>")]))
	case xmlscan.EmptyTag:
		if t.Name == "TIMEX3" {
			dct, err := ps.creationTime(t)
			if dct {
				ps.p.dctTag, ps.p.dctEmpty = string(ps.data[t.Start:t.End]), true
				ps.p.dctStart, ps.p.dctEnd = ps.runes, ps.runes
			}
			return err
		}
	case xmlscan.StartTag:
		ps.stack = append(ps.stack, open{t, ps.runes, ps.text.Len()})
	case xmlscan.EndTag:
		return ps.close(t)
	}
	return nil
}

// add appends s to the text.
func (ps *parser) add(s string) {
	ps.text.WriteString(s)
	ps.runes += utf8.RuneCountInString(s)
}

// close handles the end tag t inside TEXT.
func (ps *parser) close(t xmlscan.Token) error {
	if t.Name == "TEXT" {
		if n := len(ps.stack); n > 0 {
			o := ps.stack[n-1].tok
			return &xmlscan.SyntaxError{Line: o.Line, Msg: fmt.Sprintf("<%s> not closed before </TEXT> on line %d", o.Name, t.Line)}
		}
		ps.inText = false
		ps.p.textEnd = t.Start
		return nil
	}
	n := len(ps.stack)
	if n == 0 {
		return &xmlscan.SyntaxError{Line: t.Line, Msg: fmt.Sprintf("</%s> closes nothing", t.Name)}
	}
	o := ps.stack[n-1]
	if o.tok.Name != t.Name {
		return &xmlscan.SyntaxError{Line: t.Line, Msg: fmt.Sprintf("</%s> closes <%s> of line %d", t.Name, o.tok.Name, o.tok.Line)}
	}
	ps.stack = ps.stack[:n-1]
	if t.Name != "TIMEX3" {
		return nil
	}
	dct, err := ps.creationTime(o.tok)
	switch {
	case err != nil:
		return err
	case dct:
		ps.p.dctTag = string(ps.data[o.tok.Start:o.tok.End])
		ps.p.dctStart, ps.p.dctEnd = o.runeStart, ps.runes
	case o.tok.Attr("functionInDocument") != "CREATION_TIME":
		ps.spans = append(ps.spans, [2]int{o.byteAt, ps.text.Len()})
		ps.p.timex = append(ps.p.timex, timex.Timex{
			Type:  timex.Type(o.tok.Attr("type")),
			Value: o.tok.Attr("value"),
			Mod:   o.tok.Attr("mod"),
			Start: o.runeStart,
			End:   ps.runes,
		})
	}
	return nil
}

// invalidUTF8Line returns the 1-based line of the first byte of data that
// is not valid UTF-8.
func invalidUTF8Line(data []byte) int {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return line
}
