package extract

import (
	"fmt"
	"time"
)

// dateLayouts are the layouts, after the calendar day, that a publication
// date may have besides the day alone: RFC 3339 and the forms TimeML
// creation times and SQL dumps write. When parsing, time.Parse takes a
// fraction of a second after the seconds even where a layout has none.
var dateLayouts = []string{
	"2006-01-02T15:04:05Z07:00", // RFC 3339
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04",
}

// parseDate parses a publication date to its calendar day as written, as
// midnight UTC. It takes YYYY-MM-DD, YYYYMMDD (as TimeML creation times
// may be written), and either followed by a time of day from dateLayouts
// (RFC 3339, "YYYY-MM-DD HH:MM:SS", "YYYY-MM-DDTHH:MM" …). An empty
// string gives the zero time and no error.
//
// A day that does not exist is "invalid date "2021-02-30": impossible
// date, …", and Go's zero date or year 0 "date 0001-01-01 is not a
// publication date": a placeholder, not a missing date ([ErrNoDate]).
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	y, m, d, rest, ok := splitDay(s)
	if !ok {
		return time.Time{}, &dateError{value: s}
	}
	if y == 0 || y == 1 && m == 1 && d == 1 {
		return time.Time{}, fmt.Errorf("date %s is not a publication date", s)
	}
	if why := impossibleDay(y, m, d); why != "" {
		return time.Time{}, &dateError{value: s, why: why}
	}
	if rest != "" && !clockShaped(rest) {
		return time.Time{}, &dateError{value: s}
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// A dateError is a date that cannot be read: malformed, or the day does
// not exist, which why then says.
type dateError struct {
	value string
	why   string // "February 2021 has 28 days"
}

// Error returns "invalid date "2021-02-30": impossible date, February 2021
// has 28 days", or "invalid date "tomorrow"".
func (e *dateError) Error() string {
	if e.why == "" {
		return fmt.Sprintf("invalid date %q", e.value)
	}
	return fmt.Sprintf("invalid date %q: impossible date, %s", e.value, e.why)
}

// splitDay reads the calendar day at the start of s, YYYY-MM-DD or
// YYYYMMDD, and returns its numbers, which need not make a real day, with
// the rest of s.
func splitDay(s string) (y, m, d int, rest string, ok bool) {
	switch {
	case len(s) >= 10 && s[4] == '-' && s[7] == '-':
		y, ok1 := digits(s[0:4])
		m, ok2 := digits(s[5:7])
		d, ok3 := digits(s[8:10])
		return y, m, d, s[10:], ok1 && ok2 && ok3
	case len(s) >= 8:
		y, ok1 := digits(s[0:4])
		m, ok2 := digits(s[4:6])
		d, ok3 := digits(s[6:8])
		return y, m, d, s[8:], ok1 && ok2 && ok3 && (len(s) == 8 || s[8] == 'T')
	}
	return 0, 0, 0, "", false
}

// digits returns the number s writes in decimal digits alone.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// impossibleDay says why y-m-d is not a day of the calendar, or returns ""
// if it is one.
func impossibleDay(y, m, d int) string {
	switch {
	case m < 1 || m > 12:
		return fmt.Sprintf("there is no month %d", m)
	case d < 1:
		return "there is no day 0"
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d > last {
		return fmt.Sprintf("%s %d has %d days", time.Month(m), y, last)
	}
	return ""
}

// clockShaped reports whether rest, what follows the day in a date, is a
// time of day in one of dateLayouts.
func clockShaped(rest string) bool {
	for _, layout := range dateLayouts {
		if _, err := time.Parse(layout, "2000-01-01"+rest); err == nil {
			return true
		}
	}
	return false
}
