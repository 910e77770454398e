package extract

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// maxDepth is how deep JSON may nest, as deep as encoding/json allows.
const maxDepth = 10000

// A jsonScan follows one JSON value through the chunks it is read in, to
// find where it ends without decoding it: it tracks strings and brackets,
// and leaves the rest of the checking to encoding/json. A value that is
// neither an object, an array nor a string ends before the first byte
// that can end a value.
type jsonScan struct {
	stack    []byte // the open brackets
	started  bool
	scalar   bool // the value is a number, literal or garbage
	inString bool
	escaped  bool // inside a string, after a backslash
}

// scan reads chunk, the next bytes of the input, and returns how many of
// them belong to the value and whether the value ends with them. If the
// value's brackets do not match, or nest too deep, n is the index of the
// bracket in chunk and err says what is wrong with it.
func (s *jsonScan) scan(chunk []byte) (n int, done bool, err error) {
	i := 0
	if !s.started && len(chunk) > 0 {
		s.started = true
		s.scalar = chunk[0] != '{' && chunk[0] != '[' && chunk[0] != '"'
	}
	for i < len(chunk) {
		c := chunk[i]
		switch {
		case s.escaped:
			s.escaped = false
		case s.inString:
			for i < len(chunk) && chunk[i] != '"' && chunk[i] != '\\' {
				i++
			}
			if i == len(chunk) {
				return i, false, nil
			}
			s.escaped = chunk[i] == '\\'
			s.inString = s.escaped
			if !s.inString && len(s.stack) == 0 {
				return i + 1, true, nil
			}
		case s.scalar:
			if isValueEnd(c) {
				return i, true, nil
			}
		case c == '"':
			s.inString = true
		case c == '{' || c == '[':
			if len(s.stack) == maxDepth {
				return i, false, fmt.Errorf("nested more than %d deep", maxDepth)
			}
			s.stack = append(s.stack, c)
		case c == '}' || c == ']':
			// The stack is not empty: it empties only at the value's end.
			// '}' is '{'+2, and ']' is '['+2.
			open := s.stack[len(s.stack)-1]
			if c != open+2 {
				return i, false, fmt.Errorf("%s where %s would close the %s", quoteByte(c), quoteByte(open+2), quoteByte(open))
			}
			s.stack = s.stack[:len(s.stack)-1]
			if len(s.stack) == 0 {
				return i + 1, true, nil
			}
		}
		i++
	}
	return i, false, nil
}

// isValueEnd reports whether c ends a number or literal.
func isValueEnd(c byte) bool {
	return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// A record is the bytes of one article as written, a JSON line or array
// element, kept up to the size limit and counted past it.
type record struct {
	buf       []byte
	size      int64 // bytes read, kept or not
	limit     int64
	line, col int // where it begins; col 0 for a whole line
}

// reset starts a record at line and col.
func (r *record) reset(line, col int) {
	r.buf, r.size, r.line, r.col = r.buf[:0], 0, line, col
}

// keep adds b to the record, or only counts it once the record is over
// the limit, when the record holds nothing more.
func (r *record) keep(b []byte) {
	r.size += int64(len(b))
	if r.size <= r.limit {
		r.buf = append(r.buf, b...)
	} else {
		r.buf = r.buf[:0]
	}
}

// pos returns the line and column of the byte at off in the record, or
// of the byte after it if off is its length.
func (r *record) pos(off int) (line, col int) {
	before := r.buf[:off]
	if n := bytes.Count(before, []byte("\n")); n > 0 {
		return r.line + n, off - bytes.LastIndexByte(before, '\n')
	}
	return r.line, max(r.col, 1) + off
}

// readJSONL reads JSON Lines: an article object a line, blank lines
// skipped. A line over the limit is counted as it is read, not kept.
func (in *input) readJSONL() error {
	in.skipBOM()
	rec := &record{limit: in.limit + 1} // and the line's end
	for {
		rec.reset(in.line, 0)
		var err error
		for {
			var chunk []byte
			chunk, err = in.br.ReadSlice('\n')
			rec.keep(chunk)
			in.advance(chunk)
			if err != bufio.ErrBufferFull {
				break
			}
		}
		switch {
		case err == nil: // the line ends with '\n', which is not the article's
			rec.size--
			rec.buf = rec.buf[:max(len(rec.buf)-1, 0)]
		case err != io.EOF:
			return in.readError(err)
		}
		if rec.size > in.limit || len(bytes.TrimSpace(rec.buf)) > 0 {
			if err := in.record(rec); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readJSON reads JSON: arrays of article objects and article objects, one
// after another.
func (in *input) readJSON() error {
	in.skipBOM()
	rec := &record{limit: in.limit}
	for {
		c, err := in.skipSpace()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return in.readError(err)
		}
		switch c {
		case '[':
			err = in.jsonArray(rec)
		case '{':
			err = in.jsonElement(rec)
		default:
			err = in.broken(in.line, in.col(), "want an array or an object of articles, not %s", quoteByte(c))
		}
		if err != nil {
			return err
		}
	}
}

// jsonArray reads an array of articles, whose '[' is next.
func (in *input) jsonArray(rec *record) error {
	line, col := in.line, in.col()
	in.discard(1)
	c, err := in.skipSpace()
	if c == ']' {
		in.discard(1)
		return nil
	}
	for {
		if err != nil {
			return in.endOfArray(line, col, err)
		}
		if err := in.jsonElement(rec); err != nil {
			return err
		}
		c, err = in.skipSpace()
		if err != nil {
			return in.endOfArray(line, col, err)
		}
		switch c {
		case ']':
			in.discard(1)
			return nil
		case ',':
			in.discard(1)
			if c, err = in.skipSpace(); err == nil && c == ']' {
				return in.broken(in.line, in.col(), "] after a comma")
			}
		default:
			return in.broken(in.line, in.col(), "want , or ] after an article, not %s", quoteByte(c))
		}
	}
}

// endOfArray returns the error err met inside the array that begins at
// line and col: at the end of the input, the array is not closed.
func (in *input) endOfArray(line, col int, err error) error {
	if err == io.EOF {
		return in.broken(line, col, "array not closed before the end of the input")
	}
	return in.readError(err)
}

// jsonElement reads the article whose first byte is next: an array
// element or an object at the top.
func (in *input) jsonElement(rec *record) error {
	rec.reset(in.line, in.col())
	var s jsonScan
	for {
		chunk, err := in.br.Peek(max(in.br.Buffered(), 1))
		if err == io.EOF && s.scalar {
			break // a number at the end: the array is not closed
		}
		if err == io.EOF {
			return in.broken(rec.line, rec.col, "article not closed before the end of the input")
		}
		if err != nil {
			return in.readError(err)
		}
		n, done, err := s.scan(chunk)
		rec.keep(chunk[:n])
		in.discard(n)
		if err != nil {
			return in.broken(in.line, in.col(), "%v", err)
		}
		if done {
			break
		}
	}
	if rec.size == 0 { // a comma or bracket where an article should be
		c, _ := in.br.Peek(1)
		in.bad(&InputError{Line: rec.line, Col: rec.col, Err: fmt.Errorf("invalid JSON: want an article, not %s", quoteByte(c[0]))})
		return nil
	}
	return in.record(rec)
}

// skipSpace reads past white space and returns the next byte, unread.
func (in *input) skipSpace() (byte, error) {
	for {
		b, err := in.br.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case ' ', '\t', '\n', '\r':
			in.discard(1)
		default:
			return b[0], nil
		}
	}
}

// broken stops the reading at line and col because the JSON is broken
// there: where the next article begins is unknown.
func (in *input) broken(line, col int, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	return in.stopAt(line, col, errors.New("invalid JSON: "+msg+"; the rest of the input is not read"))
}

// quoteByte quotes c for a message: '}', or byte 0xc3 for one outside
// ASCII.
func quoteByte(c byte) string {
	if c >= utf8.RuneSelf {
		return fmt.Sprintf("byte %#x", c)
	}
	return strconv.QuoteRune(rune(c))
}

// record decodes rec, an article object, and calls fn with the article;
// it records a bad article. An article without an ID gets "name:line" in
// JSON Lines and "name:line:col" in JSON.
func (in *input) record(rec *record) error {
	if rec.size > in.limit {
		in.bad(&InputError{Line: rec.line, Col: rec.col, Err: &tooBigError{rec.size, in.limit}})
		return nil
	}
	a, off, err := in.dec.article(rec.buf, in.date)
	if err != nil {
		e := &InputError{Line: rec.line, Col: rec.col, Err: err}
		if off >= 0 {
			e.Line, e.Col = rec.pos(off)
		}
		in.bad(e)
		return nil
	}
	switch {
	case a.ID != "":
	case rec.col == 0:
		a.ID = in.name + ":" + strconv.Itoa(rec.line)
	default:
		a.ID = fmt.Sprintf("%s:%d:%d", in.name, rec.line, rec.col)
	}
	return in.fn(a)
}
