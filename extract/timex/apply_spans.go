package timex

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/olebedev/when/rules"
)

// The appliers of the rules that name a length of time or a recurrence:
// "three days", "the past two years", "every Monday".

// duration reads "three days", "5 1/2 hours", "two and a half years".
func duration(m *rules.Match, f *frame) bool {
	c := m.Captures
	whole := c[0]
	half := strings.HasSuffix(strings.ToLower(whole), "and a half")
	whole = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(whole, "and a half"), "and a Half"))
	num := strings.TrimSpace(whole[:strings.LastIndex(strings.ToLower(whole), strings.ToLower(c[1]))])
	num = strings.TrimRight(num, " -")
	if strings.HasSuffix(num, "1/2") {
		num, half = strings.TrimSpace(strings.TrimSuffix(num, "1/2")), true
	}
	n, ok := number(num)
	u := unit(c[1])
	code, uok := unitCode[u]
	if !ok || !uok {
		return false
	}
	f.typ = Duration
	prefix := "P"
	if u == "hour" || u == "minute" || u == "second" {
		prefix = "PT"
	}
	switch u {
	case "decade":
		code, n = "Y", n*10
	case "century":
		code, n = "Y", n*100
	}
	if n < 0 {
		f.value = prefix + "X" + code
		return true
	}
	if prefix == "PT" && code == "H" && n%24 == 0 && !half {
		prefix, code, n = "P", "D", n/24 // "the last twenty four hours"
	}
	f.value = prefix + strconv.Itoa(n) + code
	if h, ok := halves[code]; ok && half {
		if code == "M" && prefix == "P" {
			h = "15D" // half a month
		}
		f.value += h
	}
	return true
}

// span reads "the first nine months", "the past two years": a duration
// after "the" or a word of position; a bare "two years" is the duration
// rule's.
func span(m *rules.Match, f *frame) bool {
	c := m.Captures
	t := strings.ToLower(m.Text)
	rest := strings.TrimSpace(strings.TrimPrefix(t, "the "))
	if c[1] != "" {
		rest = strings.TrimSpace(rest[len(c[1]):])
	}
	if !strings.HasPrefix(t, "the ") && c[1] == "" {
		return false // a bare "two years" is the duration rule's
	}
	return duration(&rules.Match{Text: rest, Captures: []string{rest, c[2]}}, f)
}

// setRule reads "every Monday", "each year", "weekly": a recurrence.
func setRule(m *rules.Match, f *frame) bool {
	f.typ = Set
	t := strings.ToLower(m.Text)
	what := strings.ToLower(m.Captures[1])
	if what == "" {
		what = t
	}
	switch {
	case what == "hourly":
		f.value = "PT1H"
	case strings.HasPrefix(what, "da") || what == "day" || what == "night" || what == "nightly" || what == "morning":
		f.value = "P1D"
	case strings.HasPrefix(what, "week"):
		f.value = "P1W"
	case strings.HasPrefix(what, "month"):
		f.value = "P1M"
	case strings.HasPrefix(what, "year") || strings.HasPrefix(what, "annual"):
		f.value = "P1Y"
	default:
		if mo := monthOf(what); mo != 0 {
			f.value = fmt.Sprintf("XXXX-%02d", mo)
			return true
		}
		if d, ok := weekdayWords[what]; ok {
			if d == 0 {
				d = 7
			}
			f.value = "XXXX-WXX-" + strconv.Itoa(d)
			return true
		}
		return false
	}
	return true
}
