package plover

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
)

// ErrNotArray is the error, in an [extract.InputError] naming the file,
// for a GSR file that is not a JSON array.
var ErrNotArray = errors.New("plover: not a JSON array of records")

// Document is the event of the records that document a GSR file rather
// than code a sentence.
const Document = "DOCUMENT"

// A Record is one coded sentence of the GSR.
type Record struct {
	ID        string  `json:"id"`
	Date      string  `json:"date"`       // YYYY-MM-DD, the article date
	Event     string  `json:"event"`      // PLOVER category
	EventText string  `json:"event_text"` // the words that code it
	Text      string  `json:"text"`
	Source    []Actor `json:"source,omitempty"`
	Target    []Actor `json:"target,omitempty"`
}

// An Actor is a coded actor of a record: the words that name it and its
// CAMEO code ("HUN", "IGO", "USAGOV"), with the sector when given.
type Actor struct {
	Text   string `json:"text"`
	Code   string `json:"code,omitempty"`
	Sector string `json:"sector,omitempty"`
}

// String returns the actor as CODE "text", or just one of them.
func (a Actor) String() string {
	switch {
	case a.Code == "":
		return fmt.Sprintf("%q", a.Text)
	case a.Text == "":
		return a.Code
	}
	return fmt.Sprintf("%s %q", a.Code, a.Text)
}

// Load reads the GSR file at path; see [Read].
func Load(path string) ([]Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, extract.FileError(path, err)
	}
	return Read(path, bytes.NewReader(data))
}

// Read reads a GSR file named name from r: a JSON array of records, of
// which those of event DOCUMENT are left out.
//
// A file that is not a JSON array, or not well-formed, gives an
// [extract.InputError] positioned at the fault and no records. A record
// that is well-formed but cannot be scored — no id, text or event, a date
// not YYYY-MM-DD, an actor of the wrong shape — is left out, and Read goes
// on and returns the rest with an [extract.ErrorList] of an InputError for
// each, at the line where the record begins and naming it.
func Read(name string, r io.Reader) ([]Record, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &extract.InputError{Name: name, Err: err}
	}
	if err := json.Unmarshal(data, new([]json.RawMessage)); err != nil {
		return nil, positioned(name, data, err)
	}
	if d := bytes.TrimSpace(data); len(d) == 0 || d[0] != '[' { // null
		return nil, positioned(name, data, ErrNotArray)
	}
	// The file is a well-formed array: decode it again, element by
	// element, for the line each record begins on.
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.Token() // [
	var (
		recs []Record
		errs extract.ErrorList
	)
	for n := 1; dec.More(); n++ {
		start := valueStart(data, dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, &extract.InputError{Name: name, Err: err} // cannot happen
		}
		rec, err := parseRecord(raw)
		if err != nil {
			line, _ := lineCol(data, start)
			id := rec.ID
			if id == "" {
				id = fmt.Sprint("#", n)
			}
			errs = append(errs, &extract.InputError{Name: name, Line: line, Err: fmt.Errorf("record %s: %w", id, err)})
			continue
		}
		if rec.Event != Document {
			recs = append(recs, rec)
		}
	}
	return recs, errs.Err()
}

// rawRecord is a record as the GSR writes it; fields not scored are
// ignored.
type rawRecord struct {
	ID        string          `json:"id"`
	Date      string          `json:"date"`
	Event     string          `json:"event"`
	EventText string          `json:"eventText"`
	Text      string          `json:"text"`
	Source    json.RawMessage `json:"source"`
	Target    json.RawMessage `json:"target"`
}

// parseRecord reads one element of the array. On error the record has
// the id, if it could be read.
func parseRecord(raw json.RawMessage) (Record, error) {
	var rr rawRecord
	if err := json.Unmarshal(raw, &rr); err != nil {
		var id struct{ ID string }
		json.Unmarshal(raw, &id) // for the error message only
		return Record{ID: id.ID}, err
	}
	rec := Record{ID: rr.ID, Date: rr.Date, Event: strings.TrimSpace(rr.Event), EventText: rr.EventText, Text: rr.Text}
	switch {
	case rec.ID == "":
		return rec, errors.New("no id")
	case rec.Event == "":
		return rec, errors.New("no event")
	case rec.Event == Document:
		return rec, nil
	case strings.TrimSpace(rec.Text) == "":
		return rec, errors.New("no text")
	}
	if _, err := time.Parse(time.DateOnly, rec.Date); err != nil {
		return rec, fmt.Errorf("date %q is not YYYY-MM-DD", rec.Date)
	}
	var err error
	if rec.Source, err = parseActors(rr.Source); err != nil {
		return rec, fmt.Errorf("source: %w", err)
	}
	if rec.Target, err = parseActors(rr.Target); err != nil {
		return rec, fmt.Errorf("target: %w", err)
	}
	return rec, nil
}

// rawActor is an actor as the GSR writes it.
type rawActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// parseActors reads the source or target of a record: a list of actors, a
// single actor, or anything else for none. A string in a list is an actor
// named by it, without a code.
func parseActors(raw json.RawMessage) ([]Actor, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return nil, nil
	}
	var items []json.RawMessage
	switch raw[0] {
	case '[':
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, err
		}
	case '{':
		items = []json.RawMessage{raw}
	default:
		return nil, nil // "", "diplomatic", null: not coded
	}
	var actors []Actor
	for i, item := range items {
		a, err := parseActor(item)
		if err != nil {
			return nil, fmt.Errorf("actor %d: %w", i+1, err)
		}
		actors = append(actors, a)
	}
	return actors, nil
}

func parseActor(item json.RawMessage) (Actor, error) {
	var ra rawActor
	if len(item) > 0 && item[0] == '"' {
		if err := json.Unmarshal(item, &ra.Text); err != nil {
			return Actor{}, err
		}
	} else if err := json.Unmarshal(item, &ra); err != nil {
		return Actor{}, err
	}
	a := Actor{
		Text:   strings.Join(strings.Fields(ra.Text), " "),
		Code:   strings.ToUpper(strings.TrimSpace(ra.Code)),
		Sector: strings.TrimSpace(ra.Sector),
	}
	if a.Text == "" && a.Code == "" {
		return Actor{}, errors.New("neither actorText nor code")
	}
	return a, nil
}

// valueStart returns the offset of the first byte of the value at or
// after off, past white space and a comma.
func valueStart(data []byte, off int64) int64 {
	for off < int64(len(data)) && bytes.IndexByte([]byte(" \t\r\n,"), data[off]) >= 0 {
		off++
	}
	return off
}

// positioned returns an error of encoding/json in reading the whole of
// data as an InputError at the byte it names; ErrNotArray for a value
// that is not an array.
func positioned(name string, data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	off := int64(0)
	switch {
	case errors.As(err, &syn) && syn.Error() == "unexpected end of JSON input":
		off = int64(len(data)) // after the last byte
	case errors.As(err, &syn):
		off = syn.Offset - 1 // Offset counts the bad byte
	case errors.As(err, &typ) || errors.Is(err, ErrNotArray):
		off, err = valueStart(data, 0), ErrNotArray
	}
	line, col := lineCol(data, off)
	return &extract.InputError{Name: name, Line: line, Col: col, Err: err}
}

// lineCol returns the 1-based line and byte column of the byte at offset
// off in data.
func lineCol(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}
