package phoenix

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// A Code is one [CODE] or [CODE restriction] of an entry.
type Code struct {
	Line int    // the line it stands on: the entry's own Line when Inline
	Code string // the CAMEO code as written, "UGAGOV"; "---" is PETRARCH's null code
	Kind Kind
	// From and To are the dates of the restriction, YYYY-MM-DD: From for
	// After, Between and Bare, To for Before and Between. "" is open, or a
	// date that could not be read (Err).
	From, To string
	// Err is ErrDate when a date of the restriction could not be read, or
	// ErrReversed when a range ends before it starts. PETRARCH skips such
	// a line; the code is kept here with the dates that could be read, and
	// the caller decides.
	Err error
}

// A Kind says which restriction a Code has.
type Kind uint8

// The kinds of restriction.
const (
	Default Kind = iota // [CODE]: no restriction
	After               // [CODE >DATE]: from the date on
	Before              // [CODE <DATE]: before the date
	Between             // [CODE DATE-DATE]: from the first date to the second
	// Bare is [CODE DATE], a date without a sign ("[MNEGOV 20121204]").
	// PETRARCH reads it as a default code; Phoenix's editors seem to have
	// meant a start.
	Bare
)

// The errors of a Code's restriction.
var (
	ErrDate     = errors.New("phoenix: date is not YYMMDD or YYYYMMDD")
	ErrReversed = errors.New("phoenix: range ends before it starts")
)

// parseCodes reads every [CODE] and [CODE restriction] of s, line n; a "["
// without its "]" and "[]" are no code.
func parseCodes(n int, s string) []Code {
	var out []Code
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return out
		}
		if c, ok := parseCode(n, s[i+1:i+j]); ok {
			out = append(out, c)
		}
		s = s[i+j+1:]
	}
}

// parseCode reads what stands between "[" and "]": "UGAGOV >860126",
// "UGAELI 620101-000101". Spaces inside the restriction do not count
// ("> 860126").
func parseCode(n int, s string) (Code, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Code{}, false
	}
	c := Code{Line: n, Code: f[0]}
	r := strings.Join(f[1:], "")
	var err1, err2 error
	switch {
	case r == "":
	case r[0] == '>':
		c.Kind = After
		c.From, err1 = date(r[1:])
	case r[0] == '<':
		c.Kind = Before
		c.To, err1 = date(r[1:])
	case strings.Contains(r, "-"):
		a, b, _ := strings.Cut(r, "-")
		c.Kind = Between
		c.From, err1 = date(a)
		c.To, err2 = date(b)
		if err1 == nil && err2 == nil && c.To < c.From {
			c.Err = ErrReversed
		}
	default:
		c.Kind = Bare
		c.From, err1 = date(r)
	}
	if err := errors.Join(err1, err2); err != nil {
		c.Err = fmt.Errorf("%w: %v", ErrDate, err)
	}
	return c, true
}

// date converts YYMMDD or YYYYMMDD to YYYY-MM-DD. As in PETRARCH (and
// KEDS and TABARI before it), YY from 00 to 30 is 20YY, else 19YY, and
// the day must exist: 20100931 is no date.
func date(s string) (string, error) {
	switch len(s) {
	case 6:
		if s[:2] <= "30" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return "", fmt.Errorf("bad date %q", s)
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return "", err
	}
	return t.Format("2006-01-02"), nil
}

// CountryOf returns the state whose code begins code, looked up in
// byCode (state code → name): a six-letter state code (USAPRI, DNKGRL)
// first, then the first three letters. It returns "" when neither is a
// state's.
func CountryOf(code string, byCode map[string]string) string {
	if len(code) >= 6 {
		if c, ok := byCode[code[:6]]; ok {
			return c
		}
	}
	if len(code) >= 3 {
		return byCode[code[:3]]
	}
	return ""
}
