package extract

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// A Format is how an input holds its articles.
type Format int

// The formats ReadArticles reads.
const (
	FormatAuto   Format = iota // by the name, then by the content: see ReadArticles
	FormatText                 // one plain-text article, as ReadText reads it
	FormatJSONL                // JSON Lines: an article object a line
	FormatJSON                 // a JSON array of article objects, or an object, or several one after another
	FormatTimeML               // one TimeML document: its TEXT and creation time
)

// formatNames are the names of the formats, in order, for flags.
var formatNames = [...]string{"auto", "text", "jsonl", "json", "timeml"}

// String returns the format's name: "auto", "text", "jsonl", "json" or
// "timeml".
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// MarshalText returns the format's name, so that a Format is a flag with
// flag.TextVar.
func (f Format) MarshalText() ([]byte, error) {
	if f < 0 || int(f) >= len(formatNames) {
		return nil, fmt.Errorf("extract: unknown format %d", int(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText sets f to the format named text, in any case.
func (f *Format) UnmarshalText(text []byte) error {
	for i, name := range formatNames {
		if strings.EqualFold(string(text), name) {
			*f = Format(i)
			return nil
		}
	}
	return fmt.Errorf("unknown format %q: want one of %s", text, strings.Join(formatNames[:], ", "))
}

// FormatOf returns the format a file's name gives, by its extension in any
// case, after dropping a trailing ".gz": FormatJSONL for .jsonl and
// .ndjson, FormatJSON for .json, FormatTimeML for .tml and .timeml, and
// FormatText for anything else.
func FormatOf(name string) Format {
	if f := formatByName(name); f != FormatAuto {
		return f
	}
	return FormatText
}

// formatByName is FormatOf, but FormatAuto when the extension is none of
// those FormatOf knows nor .txt or .text: then the content decides.
func formatByName(name string) Format {
	lower := strings.ToLower(name)
	lower = strings.TrimSuffix(lower, ".gz")
	switch filepath.Ext(lower) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".json":
		return FormatJSON
	case ".tml", ".timeml":
		return FormatTimeML
	case ".txt", ".text":
		return FormatText
	}
	return FormatAuto
}

// Fields are the names of the members of an article object in JSON that
// hold the article's identifier, publication date, title and text. An
// empty name is the default, "id", "date", "title" or "text"; a default
// that another field is given is not read: with Fields{Text: "title"} no
// member is the title. Names are matched as encoding/json matches them,
// an exact match first, else one that differs only in case.
type Fields struct{ ID, Date, Title, Text string }

// DefaultMaxSize is the largest article ReadArticles reads when
// ReadOptions.MaxSize is zero: 16 MiB.
const DefaultMaxSize = 16 << 20

// ReadOptions choose how ReadArticles reads. The zero value reads any
// format with the default fields and limit.
type ReadOptions struct {
	// Format is the input's format; FormatAuto finds it.
	Format Format
	// Fields names the members of JSON article objects.
	Fields Fields
	// Date, when not zero, is every article's publication date, whatever
	// the article says; an article that gives none needs it. Only its
	// calendar day is kept.
	Date time.Time
	// MaxSize is the size in bytes of the largest article read, as
	// written: the whole file of a text or TimeML article, the line or
	// array element of a JSON one, which holds its text with its other
	// members and escapes. Zero means DefaultMaxSize. A larger article is
	// an InputError, "article is 100.0 MB, over the 16 MB limit", and is
	// read past without being held in memory.
	MaxSize int
	// Report, when not nil, is given the error of each bad article as
	// ReadArticles comes to it, and ReadArticles keeps none of them: a
	// long ingest counts them as they come, in memory that does not grow
	// with their number.
	Report func(*InputError)
}

// bufSize is the size of the read buffers: the most of an input that is
// looked at to find its format, and the most read at once.
const bufSize = 64 << 10

// An input is the state of one ReadArticles: the decompressed input, the
// position of its next byte, the options and the errors of bad articles.
type input struct {
	name  string
	br    *bufio.Reader // the input, decompressed
	gz    *gzipSource   // the compressed input, or nil
	o     ReadOptions
	limit int64
	date  time.Time // the day of o.Date, or zero
	dec   *recordDecoder
	fn    func(Article) error
	errs  ErrorList
	stop  *InputError // the error that stopped reading

	off       int64 // offset in the decompressed input of br's next byte
	line      int   // its line
	lineStart int64 // the offset of the line's first byte
}

// errStopped is what the readers return when an InputError in
// input.stop has stopped the reading, to tell it from an error of fn.
var errStopped = errors.New("extract: reading stopped")

// ReadArticles reads the articles of the input r, called name in errors
// and in identifiers it makes, and calls fn with each good one in order.
//
// # Formats
//
// o.Format says how r holds its articles (see [Format]); FormatAuto goes
// by the name's extension as [FormatOf] does, and when the name has none
// that it knows (not even .txt), as with "<stdin>", by the first bytes:
// '[' then '{' or ']' is JSON, '{' is JSON Lines if the object closes on
// its first line and JSON if it goes on over more, '<' with "<TimeML" or
// "<TEXT" near is TimeML, and anything else text. A .json file whose first
// object closes on its first line is read as JSON Lines too, which goes
// on past a malformed line. Whatever the format, input that begins with
// gzip's magic number is decompressed, and a leading UTF-8 byte order mark
// is dropped.
//
// A text article is read as [ReadText] reads it, and its ID is name. A
// TimeML article is the content of the TEXT element, tags removed and
// entities decoded, dated by the value of the TIMEX3 in the DCT element or
// the first with functionInDocument="CREATION_TIME"; its ID is name too.
// A JSON article is an object whose members o.Fields names: the id a
// string or a number, written as it is; the title and text strings; the
// date a string. Other members are ignored. An article without an id gets
// "name:line" in JSON Lines and "name:line:col" in JSON.
//
// A date is YYYY-MM-DD, YYYYMMDD, RFC 3339, "YYYY-MM-DD HH:MM:SS" or
// "YYYY-MM-DDTHH:MM[:SS]", of which the calendar day as written is kept.
//
// # Errors
//
// A bad article is an [InputError] positioned where the problem is, or
// else where the article begins: malformed JSON, a member of the wrong
// type, invalid UTF-8, a NUL byte, a missing date ([ErrNoDate]), an
// impossible or placeholder date (2021-02-30, 0001-01-01), no text
// ([ErrEmptyArticle]), an article over o.MaxSize. Reading goes on past
// it; o.Report is given it, or else it is kept.
//
// Some errors stop the reading: a read error of r, corrupt or truncated
// gzip data, UTF-16, JSON or JSON Lines that is binary (a NUL byte in its
// first 8000 bytes; a text or TimeML file with one is a bad article), and
// JSON whose nesting is broken, since where the next article begins is
// then unknown.
//
// ReadArticles returns an [ErrorList] of the bad articles' errors it kept
// followed by the error that stopped it, or nil if there are none. An
// error from fn stops the reading and is returned as is, so that fn can
// cancel it. Options that cannot be met, such as two fields of one name,
// are an error before anything is read.
//
// # Memory
//
// The input is read as a stream: memory is bounded by the largest
// article, not by the input, however long a JSON Lines file or JSON array.
func ReadArticles(name string, r io.Reader, o ReadOptions, fn func(Article) error) error {
	in, err := newInput(name, o, fn)
	if err != nil {
		return err
	}
	err = in.read(r)
	if err == errStopped {
		in.errs = append(in.errs, in.stop)
	} else if err != nil {
		return err
	}
	return in.errs.Err()
}

// newInput checks the options and returns the state of a ReadArticles.
func newInput(name string, o ReadOptions, fn func(Article) error) (*input, error) {
	if o.Format < FormatAuto || o.Format > FormatTimeML {
		return nil, fmt.Errorf("extract: unknown format %d", int(o.Format))
	}
	dec, err := newRecordDecoder(o.Fields)
	if err != nil {
		return nil, err
	}
	in := &input{name: name, o: o, limit: int64(o.MaxSize), dec: dec, fn: fn, line: 1}
	if in.limit <= 0 {
		in.limit = DefaultMaxSize
	}
	if !o.Date.IsZero() {
		in.date = articleDay(o.Date)
	}
	return in, nil
}

// read reads the input r in its format.
func (in *input) read(r io.Reader) error {
	if err := in.open(r); err != nil {
		return err
	}
	format := in.o.Format
	if format == FormatAuto {
		var err error
		if format, err = in.detect(); err != nil {
			return err
		}
	}
	if err := in.sniff(format); err != nil {
		return err
	}
	switch format {
	case FormatText:
		return in.readWhole(func(data []byte) (Article, *InputError) { return readText(in.name, data, in.date) })
	case FormatTimeML:
		return in.readWhole(func(data []byte) (Article, *InputError) { return readTimeML(in.name, data, in.date) })
	case FormatJSONL:
		return in.readJSONL()
	}
	return in.readJSON()
}

// bad records e, the error of a bad article.
func (in *input) bad(e *InputError) {
	e.Name = in.name
	if in.o.Report != nil {
		in.o.Report(e)
		return
	}
	in.errs = append(in.errs, e)
}

// stopAt records err at line and col as the error that stops the reading,
// and returns errStopped.
func (in *input) stopAt(line, col int, err error) error {
	in.stop = &InputError{Name: in.name, Line: line, Col: col, Err: err}
	return errStopped
}

// readError stops the reading with err, an error of reading the input at
// its current line, if any of it was read: of r, or of decompressing it.
func (in *input) readError(err error) error {
	if in.off == 0 {
		return in.stopAt(0, 0, err)
	}
	return in.stopAt(in.line, 0, err)
}

// readWhole reads the input as one article that parse reads.
func (in *input) readWhole(parse func([]byte) (Article, *InputError)) error {
	data, err := io.ReadAll(io.LimitReader(in.br, in.limit+1))
	if err != nil {
		return in.readError(err)
	}
	if size := int64(len(data)); size > in.limit {
		rest, err := io.Copy(io.Discard, in.br)
		if err != nil {
			return in.readError(err)
		}
		in.bad(&InputError{Err: &tooBigError{size + rest, in.limit}})
		return nil
	}
	a, ie := parse(data)
	if ie != nil {
		in.bad(ie)
		return nil
	}
	return in.fn(a)
}

// advance moves the position past b, the bytes read.
func (in *input) advance(b []byte) {
	if n := bytes.Count(b, []byte("\n")); n > 0 {
		in.line += n
		in.lineStart = in.off + int64(bytes.LastIndexByte(b, '\n')) + 1
	}
	in.off += int64(len(b))
}

// col returns the 1-based byte column of the next byte.
func (in *input) col() int { return int(in.off-in.lineStart) + 1 }

// discard reads past the next n bytes, which are buffered.
func (in *input) discard(n int) {
	b, _ := in.br.Peek(n)
	in.advance(b)
	in.br.Discard(n)
}

// A tooBigError is an article over the size limit.
type tooBigError struct{ size, limit int64 }

// Error returns "article is 100.0 MB, over the 16 MB limit", in bytes when
// the limit is under a KB or the sizes would read the same.
func (e *tooBigError) Error() string {
	if e.limit < 1<<10 || byteSize(e.size, false) == byteSize(e.limit, false) {
		return fmt.Sprintf("article is %d bytes, over the %d-byte limit", e.size, e.limit)
	}
	return fmt.Sprintf("article is %s, over the %s limit", byteSize(e.size, false), byteSize(e.limit, true))
}

// byteSize writes n bytes in MB (MiB) or KB (KiB) with one decimal, or in
// bytes under a KB; round drops a decimal of zero.
func byteSize(n int64, round bool) string {
	unit, name := int64(1), "bytes"
	switch {
	case n >= 1<<20:
		unit, name = 1<<20, "MB"
	case n >= 1<<10:
		unit, name = 1<<10, "KB"
	default:
		return fmt.Sprintf("%d bytes", n)
	}
	if round && n%unit == 0 {
		return fmt.Sprintf("%d %s", n/unit, name)
	}
	return fmt.Sprintf("%.1f %s", float64(n)/float64(unit), name)
}
