package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronicle-kg/chronicle/internal/xmlscan"
)

// errNoText is a TimeML document without a TEXT element.
var errNoText = errors.New("no TEXT element")

// readTimeML reads the TimeML document data, called name, as an article:
// the content of its TEXT element with the tags removed and the entity
// and character references decoded, every other character as in the file
// (so that offsets into it are those chronicle eval timeml scores), dated
// by its creation time: the value of the first TIMEX3 that is in the DCT
// element or has functionInDocument="CREATION_TIME". A non-zero date
// overrides it. The ID is name.
//
// Markup that does not scan, or elements inside TEXT that do not nest, are
// InputErrors with the line, worded as chronicle timeml words them.
func readTimeML(name string, data []byte, date time.Time) (Article, *InputError) {
	data = bytes.TrimPrefix(data, bom)
	if bytes.IndexByte(data, 0) >= 0 {
		return Article{}, &InputError{Name: name, Err: errBinaryInput}
	}
	if !utf8.Valid(data) {
		line, col := invalidUTF8At(data)
		return Article{}, &InputError{Name: name, Line: line, Col: col, Err: errBadUTF8}
	}
	d := tmlReader{data: data}
	if err := d.read(); err != nil {
		err.Name = name
		return Article{}, err
	}
	day, err := parseDate(d.dct)
	if err != nil {
		return Article{}, &InputError{Name: name, Line: d.dctLine, Err: err}
	}
	if strings.TrimSpace(d.text.String()) == "" {
		return Article{}, &InputError{Name: name, Err: ErrEmptyArticle}
	}
	if !date.IsZero() {
		day = date
	}
	if day.IsZero() {
		return Article{}, &InputError{Name: name, Err: ErrNoDate}
	}
	return Article{ID: name, Date: day, Text: d.text.String()}, nil
}

// A tmlReader takes the text and creation time out of a TimeML document.
type tmlReader struct {
	data    []byte
	text    strings.Builder
	seen    bool            // a TEXT element
	inText  bool            // inside it
	inDCT   bool            // inside the DCT element
	open    []xmlscan.Token // the elements open inside TEXT
	dct     string          // the creation time's value
	dctLine int
	hasDCT  bool
}

// read reads the document.
func (d *tmlReader) read() *InputError {
	s := xmlscan.NewScanner(d.data)
	for {
		t, err := s.Next()
		if err == io.EOF {
			break
		}
		if err == nil {
			d.creationTime(t)
			if d.inText {
				err = d.inside(t)
			} else {
				err = d.outside(t)
			}
		}
		var se *xmlscan.SyntaxError
		if errors.As(err, &se) {
			return &InputError{Line: se.Line, Err: errors.New(se.Msg)}
		}
	}
	switch {
	case d.inText:
		return &InputError{Line: s.Line(), Err: errors.New("TEXT element not closed")}
	case !d.seen:
		return &InputError{Err: errNoText}
	}
	return nil
}

// creationTime takes the creation time from t if it is the first TIMEX3
// in DCT or marked CREATION_TIME.
func (d *tmlReader) creationTime(t xmlscan.Token) {
	if t.Name == "DCT" && t.Kind != xmlscan.EmptyTag {
		d.inDCT = t.Kind == xmlscan.StartTag
	}
	isStart := t.Kind == xmlscan.StartTag || t.Kind == xmlscan.EmptyTag
	if d.hasDCT || !isStart || t.Name != "TIMEX3" {
		return
	}
	if d.inDCT || t.Attr("functionInDocument") == "CREATION_TIME" {
		d.dct, d.dctLine, d.hasDCT = t.Attr("value"), t.Line, true
	}
}

// outside handles the token t, outside TEXT.
func (d *tmlReader) outside(t xmlscan.Token) error {
	switch {
	case t.Name != "TEXT":
	case t.Kind == xmlscan.StartTag && d.seen:
		return &xmlscan.SyntaxError{Line: t.Line, Msg: "second TEXT element"}
	case t.Kind == xmlscan.StartTag:
		d.seen, d.inText = true, true
	case t.Kind == xmlscan.EmptyTag:
		d.seen = true
	case t.Kind == xmlscan.EndTag:
		return &xmlscan.SyntaxError{Line: t.Line, Msg: "</TEXT> without <TEXT>"}
	}
	return nil
}

// inside handles the token t, inside TEXT.
func (d *tmlReader) inside(t xmlscan.Token) error {
	switch t.Kind {
	case xmlscan.CharData:
		s, at, err := xmlscan.Decode(d.data[t.Start:t.End])
		if err != nil {
			line := t.Line + bytes.Count(d.data[t.Start:t.Start+at], []byte("\n"))
			return &xmlscan.SyntaxError{Line: line, Msg: err.Error()}
		}
		d.text.WriteString(s)
	case xmlscan.CDATA:
		d.text.Write(d.data[t.Start+len("<![CDATA[") : t.End-len("]]>")])
	case xmlscan.StartTag:
		d.open = append(d.open, t)
	case xmlscan.EndTag:
		return d.close(t)
	}
	return nil
}

// close handles the end tag t inside TEXT.
func (d *tmlReader) close(t xmlscan.Token) error {
	n := len(d.open)
	switch {
	case t.Name == "TEXT" && n > 0:
		o := d.open[n-1]
		return &xmlscan.SyntaxError{Line: o.Line, Msg: fmt.Sprintf("<%s> not closed before </TEXT> on line %d", o.Name, t.Line)}
	case t.Name == "TEXT":
		d.inText = false
	case n == 0:
		return &xmlscan.SyntaxError{Line: t.Line, Msg: fmt.Sprintf("</%s> closes nothing", t.Name)}
	case d.open[n-1].Name != t.Name:
		o := d.open[n-1]
		return &xmlscan.SyntaxError{Line: t.Line, Msg: fmt.Sprintf("</%s> closes <%s> of line %d", t.Name, o.Name, o.Line)}
	default:
		d.open = d.open[:n-1]
	}
	return nil
}
