package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A jsonRecord is what ReadArticles takes from an article object. The ID
// is raw because it may be a string or a number.
type jsonRecord struct {
	ID    json.RawMessage
	Date  string
	Title string
	Text  string
}

// A recordDecoder decodes article objects whose members have the names of
// a Fields. It decodes into a struct type made with those names as json
// tags, which encoding/json reads twice as fast as a map and which
// converts to a jsonRecord, the tags aside.
type recordDecoder struct {
	typ reflect.Type
}

// newRecordDecoder returns the decoder of objects with the member names
// f gives, or an error if two fields have one name or a name is one
// encoding/json cannot match.
func newRecordDecoder(f Fields) (*recordDecoder, error) {
	given := []string{f.ID, f.Date, f.Title, f.Text}
	defaults := []string{"id", "date", "title", "text"}
	names := make([]string, len(given))
	taken := map[string]string{} // name → the field that has it
	for i, name := range given {
		if name == "" {
			continue
		}
		if !validMemberName(name) {
			return nil, fmt.Errorf("extract: the %s field %q is not a name encoding/json can match", defaults[i], name)
		}
		if other, ok := taken[name]; ok {
			return nil, fmt.Errorf("extract: the %s and %s fields are both %q", other, defaults[i], name)
		}
		names[i], taken[name] = name, defaults[i]
	}
	for i, name := range defaults {
		if _, ok := taken[name]; names[i] == "" && !ok {
			names[i] = name
		}
	}
	plain := reflect.TypeFor[jsonRecord]()
	fields := make([]reflect.StructField, plain.NumField())
	for i := range fields {
		fields[i] = plain.Field(i)
		fields[i].Tag = `json:"-"`
		if names[i] != "" {
			fields[i].Tag = reflect.StructTag("json:" + strconv.Quote(names[i]))
		}
	}
	return &recordDecoder{typ: reflect.StructOf(fields)}, nil
}

// validMemberName reports whether encoding/json matches a struct field
// tagged with name, as its isValidTag decides: other names it ignores,
// matching the Go field name instead.
func validMemberName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// decode decodes the article object data.
func (d *recordDecoder) decode(data []byte) (jsonRecord, error) {
	v := reflect.New(d.typ)
	if err := json.Unmarshal(data, v.Interface()); err != nil {
		return jsonRecord{}, err
	}
	return v.Elem().Convert(reflect.TypeFor[jsonRecord]()).Interface().(jsonRecord), nil
}

// errBinaryData is a NUL byte in an article that is not a whole file.
var errBinaryData = errors.New("binary data: a NUL byte")

// article reads the article object data, dated date if that is not zero.
// On error off is the offset in data of the problem, or -1 if the problem
// is the whole article's.
func (d *recordDecoder) article(data []byte, date time.Time) (a Article, off int, err error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Article{}, i, errBinaryData
	}
	if !utf8.Valid(data) {
		return Article{}, invalidUTF8Offset(data), errBadUTF8
	}
	if string(bytes.TrimSpace(data)) == "null" { // which encoding/json decodes to nothing
		return Article{}, -1, errors.New("invalid JSON: want an object, not null")
	}
	rec, err := d.decode(data)
	if err != nil {
		off, err := jsonError(err, len(data))
		return Article{}, off, err
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return Article{}, -1, err
	}
	if strings.TrimSpace(rec.Text) == "" {
		return Article{}, -1, ErrEmptyArticle
	}
	day, err := parseDate(rec.Date)
	if err != nil {
		return Article{}, -1, err
	}
	if !date.IsZero() {
		day = date
	}
	if day.IsZero() {
		return Article{}, -1, ErrNoDate
	}
	return Article{ID: id, Date: day, Title: rec.Title, Text: rec.Text}, -1, nil
}

// recordID returns the identifier raw writes: a string, or a number as it
// is written; null or nothing is "".
func recordID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case '{':
		return "", errors.New("invalid JSON: the id is an object, not a string or number")
	case '[':
		return "", errors.New("invalid JSON: the id is an array, not a string or number")
	case 't', 'f':
		return "", errors.New("invalid JSON: the id is a boolean, not a string or number")
	}
	return string(raw), nil
}

// jsonError rewords an error of encoding/json for an article of n bytes,
// and returns the offset of the problem in it, n for its end, or -1.
func jsonError(err error, n int) (int, error) {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && syn.Error() == "unexpected end of JSON input":
		return n, fmt.Errorf("invalid JSON: %v", syn) // just past the end
	case errors.As(err, &syn):
		return min(max(int(syn.Offset)-1, 0), n-1), fmt.Errorf("invalid JSON: %v", syn)
	case errors.As(err, &typ) && typ.Field == "":
		return -1, fmt.Errorf("invalid JSON: want an object, not %s", typ.Value)
	case errors.As(err, &typ):
		return -1, fmt.Errorf("invalid JSON: %q is %s, not %s", typ.Field, typ.Value, typ.Type)
	}
	return -1, fmt.Errorf("invalid JSON: %v", err)
}

// invalidUTF8Offset returns the offset of the first byte of data that is
// not valid UTF-8.
func invalidUTF8Offset(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
