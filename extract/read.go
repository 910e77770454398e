package extract

import (
	"bytes"
	"errors"
	"io"
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

// ReadJSONL reads JSON Lines from r, one article a line as
// {"id": …, "date": …, "title": …, "text": …}, and calls fn with each good
// one in order. It is [ReadArticles] with FormatJSONL and the date; see
// there for the dates, identifiers, limits and errors.
func ReadJSONL(name string, r io.Reader, date time.Time, fn func(Article) error) error {
	return ReadArticles(name, r, ReadOptions{Format: FormatJSONL, Date: date}, fn)
}
