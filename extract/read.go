package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// ReadText reads one plain-text article named name, whose ID becomes name.
//
// The first non-blank line may give the publication date as
// "date YYYY-MM-DD", with any spaces around. That line, with the blank
// lines before it and the line break ending it, is not part of the text;
// everything after it is kept byte for byte, because offsets into the text
// must match the file. A leading UTF-8 byte order mark is dropped.
//
// A non-zero date supplies the publication date, overriding the file's.
// Without either, ReadText returns an [InputError] wrapping [ErrNoDate].
// Binary data, invalid UTF-8, an impossible date or an article with no
// text are reported as InputErrors too. Only the calendar day of the date
// is kept, as midnight UTC.
func ReadText(name string, data []byte, date time.Time) (Article, error) {
	a, err := readText(name, data, date)
	if err != nil {
		var de *dateError
		if errors.As(err, &de) {
			// The wording ReadText has always had, which its callers pin.
			err.Err = &dateError{value: de.value}
		}
		return Article{}, err
	}
	return a, nil
}

// readText is ReadText with the reason an impossible date is impossible
// in its error, as [ReadArticles] words it.
func readText(name string, data []byte, date time.Time) (Article, *InputError) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if bytes.IndexByte(data, 0) >= 0 {
		return Article{}, &InputError{Name: name, Err: errBinaryInput}
	}
	if !utf8.Valid(data) {
		line, col := invalidUTF8At(data)
		return Article{}, &InputError{Name: name, Line: line, Col: col, Err: errBadUTF8}
	}
	text, fileDate, err := splitDateLine(data)
	if err != nil {
		err.Name = name
		return Article{}, err
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return Article{}, &InputError{Name: name, Err: ErrEmptyArticle}
	}
	if !date.IsZero() {
		fileDate = date
	}
	if fileDate.IsZero() {
		return Article{}, &InputError{Name: name, Err: ErrNoDate}
	}
	return Article{ID: name, Date: articleDay(fileDate), Text: string(text)}, nil
}

// splitDateLine finds a "date YYYY-MM-DD" line as the first non-blank line
// of data and returns the text after it with the date. Without such a line
// it returns data unchanged and the zero time. The InputError it returns
// has no name.
func splitDateLine(data []byte) ([]byte, time.Time, *InputError) {
	rest := data
	for n := 1; len(rest) > 0; n++ {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		trimmed := bytes.TrimSpace(line)
		if len(trimmed) == 0 {
			rest = after
			continue
		}
		value, ok := dateLineValue(trimmed)
		if !ok {
			return data, time.Time{}, nil
		}
		day, err := parseDate(value)
		if err != nil {
			return nil, time.Time{}, &InputError{Line: n, Err: err}
		}
		return after, day, nil
	}
	return data, time.Time{}, nil
}

// dateLineValue reports whether line, trimmed, reads "date NNNN-NN-NN",
// and returns the date. The date need not exist: ReadText reports
// "date 2021-02-30" as an error rather than taking it for text.
func dateLineValue(line []byte) (string, bool) {
	word, value, ok := bytes.Cut(line, []byte(" "))
	if !ok {
		word, value, ok = bytes.Cut(line, []byte("\t"))
	}
	if !ok || string(word) != "date" {
		return "", false
	}
	value = bytes.TrimSpace(value)
	if !dayShaped(value) {
		return "", false
	}
	return string(value), true
}

// dayShaped reports whether b has the shape NNNN-NN-NN.
func dayShaped(b []byte) bool {
	if len(b) != len("2006-01-02") {
		return false
	}
	for i, c := range b {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// invalidUTF8At returns the 1-based line and byte column of the first
// byte of data that is not valid UTF-8.
func invalidUTF8At(data []byte) (line, col int) {
	line, start := 1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return line, i - start + 1
		}
		if r == '\n' {
			line, start = line+1, i+1
		}
		i += size
	}
	return 0, 0
}

// articleDay returns midnight UTC of t's calendar day in t's location.
func articleDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// jsonLine is one line of a JSON Lines file.
type jsonLine struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// ReadJSONL reads JSON Lines from r, one article a line as
// {"id": …, "date": …, "title": …, "text": …}, and calls fn with each good
// one in order. Blank lines are skipped and other fields ignored; a line
// may be of any length.
//
// The date is YYYY-MM-DD or RFC 3339, of which the calendar day as written
// is kept. A non-zero date overrides it and supplies it where it is
// missing. An article without an id gets "name:line".
//
// A bad line — malformed JSON, invalid UTF-8, a missing or impossible
// date, no text — does not stop the reading: ReadJSONL goes on and returns
// an [ErrorList] of an [InputError] for each bad line, or nil. An error
// from fn or from r stops the reading and is returned as is.
func ReadJSONL(name string, r io.Reader, date time.Time, fn func(Article) error) error {
	br := bufio.NewReader(r)
	var errs ErrorList
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return &InputError{Name: name, Line: n, Err: err}
		}
		if len(bytes.TrimSpace(line)) > 0 {
			a, lerr := parseJSONLine(line, date)
			if lerr != nil {
				lerr.Name, lerr.Line = name, n
				errs = append(errs, lerr)
			} else {
				if a.ID == "" {
					a.ID = name + ":" + strconv.Itoa(n)
				}
				if ferr := fn(a); ferr != nil {
					return ferr
				}
			}
		}
		if err == io.EOF {
			return errs.Err()
		}
	}
}

// parseJSONLine reads one non-blank line of JSON Lines. The InputError it
// returns has no name or line.
func parseJSONLine(line []byte, date time.Time) (Article, *InputError) {
	if !utf8.Valid(line) {
		_, col := invalidUTF8At(line)
		return Article{}, &InputError{Col: col, Err: errBadUTF8}
	}
	var ja jsonLine
	if err := json.Unmarshal(line, &ja); err != nil {
		return Article{}, jsonLineError(err)
	}
	if strings.TrimSpace(ja.Text) == "" {
		return Article{}, &InputError{Err: ErrEmptyArticle}
	}
	day, err := jsonLineDate(ja.Date)
	if err != nil {
		return Article{}, &InputError{Err: err}
	}
	if !date.IsZero() {
		day = articleDay(date)
	}
	if day.IsZero() {
		return Article{}, &InputError{Err: ErrNoDate}
	}
	return Article{ID: ja.ID, Date: day, Title: ja.Title, Text: ja.Text}, nil
}

// jsonLineDate parses a JSON Lines date, YYYY-MM-DD or RFC 3339, to its
// calendar day as written. An empty string gives the zero time.
func jsonLineDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return articleDay(t), nil
	}
	return time.Time{}, fmt.Errorf("invalid date %q", s)
}

// jsonLineError positions and rewords an error of encoding/json for a line.
func jsonLineError(err error) *InputError {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &InputError{Col: int(syn.Offset), Err: fmt.Errorf("invalid JSON: %v", syn)}
	case errors.As(err, &typ) && typ.Field == "":
		return &InputError{Err: fmt.Errorf("invalid JSON: want an object, not %s", typ.Value)}
	case errors.As(err, &typ):
		return &InputError{Err: fmt.Errorf("invalid JSON: %q is %s, not %s", typ.Field, typ.Value, typ.Type)}
	}
	return &InputError{Err: fmt.Errorf("invalid JSON: %v", err)}
}
