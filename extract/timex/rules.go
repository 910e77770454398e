package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// A trule is a rule in olebedev/when's form: a regular expression whose
// match an applier turns into a frame. when's own English rules keep their
// applier (it fills the rules.Context that the frame is read from); ours
// fill the frame directly.
type trule struct {
	name string
	rules.F
	ours func(m *rules.Match, f *frame) bool
	from func(m *rules.Match, c *rules.Context, f *frame) bool // reads when's context into the frame
	// Cheap checks before the expression runs, so that frequent words cost
	// a map lookup: after "the" the next word must be in theNext ("#num":
	// a number); after a number, in numNext, unless numSelf accepts the
	// number itself (1990s, 12th, 10:30).
	theNext, numNext map[string]bool
	numSelf          func(tok string) bool
	first            []string // lower-case words the match can begin with; "#num" any number, "#year" a year
}

const (
	monthPat   = `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)`
	numWordPat = `(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|several|few|a few|many|some|couple of|a couple of)`
	unitPat    = `(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters?)`
)

var monthWords = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayWords = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100,
}

var unitGran = map[string]granularity{
	"second": granTime, "minute": granTime, "hour": granTime, "day": granDay, "night": granDay,
	"week": granWeek, "weekend": granWeekend, "month": granMonth, "quarter": granQuarter,
	"year": granYear, "decade": granDecade, "century": granCentury, "centurie": granCentury,
}

var unitCode = map[string]string{
	"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
	"quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE", "weekend": "WE",
}

var seasonWords = map[string]int{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}

var modWords = map[string]string{
	"early": "START", "earlier": "START", "beginning": "START", "start": "START",
	"mid": "MID", "middle": "MID", "late": "END", "end": "END", "later": "END",
}

// unit returns the singular of a time unit word.
func unit(w string) string {
	w = strings.ToLower(w)
	if w == "centuries" {
		return "century"
	}
	return strings.TrimSuffix(w, "s")
}

func re(s string) *regexp.Regexp { return regexp.MustCompile(`(?i)^(` + s + `)(?:\b|$)`) }

func words(s string) []string { return strings.Fields(s) }

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// number reads a numeral or a number word.
func number(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, ok := numberWords[s]; ok {
		return n, true
	}
	switch s {
	case "several", "few", "a few", "many", "some":
		return -1, true
	case "couple of", "a couple of":
		return 2, true
	}
	if i := strings.IndexAny(s, " -"); i > 0 { // "twenty four", "twenty-four"
		tens, ok1 := numberWords[s[:i]]
		ones, ok2 := numberWords[s[i+1:]]
		if ok1 && ok2 && tens >= 20 && ones < 10 {
			return tens + ones, true
		}
	}
	n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n, err == nil
}

// whenRule adapts one of olebedev/when's English rules.
//
// when's expressions are unanchored: run at each candidate word they would
// scan the rest of the window on a miss. Anchoring a copy at the window's
// start keeps their groups and applier and makes a miss cost a few bytes.
func whenRule(name string, r rules.Rule, first []string, from func(*rules.Match, *rules.Context, *frame) bool) *trule {
	f := *r.(*rules.F)
	f.RegExp = regexp.MustCompile(`^(?:` + f.RegExp.String() + `)`)
	t := &trule{name: name, F: f, from: from, first: first}
	switch name {
	case "month-day":
		t.numNext = monthFollowers
	case "ago":
		t.numNext = unitFollowers
	case "hour":
		t.numNext = set("a.m. p.m. am pm a.m p.m a p")
	case "hour-minute":
		t.numSelf = func(tok string) bool { return strings.Contains(tok, ":") }
		t.numNext = set("")
	}
	return t
}

// suffixed returns a check that a number token ends with one of the
// suffixes: 1990s, 12th.
func suffixed(suffixes ...string) func(string) bool {
	return func(tok string) bool {
		for _, x := range suffixes {
			if strings.HasSuffix(strings.ToLower(tok), x) && len(tok) > len(x) && text.IsDigit(tok[len(tok)-len(x)-1]) {
				return true
			}
		}
		return false
	}
}

// Words that may follow a number in a duration or a date.
var (
	unitFollowers = set("second seconds minute minutes hour hours day days night nights week weeks weekend " +
		"month months quarter quarters year years decade decades century centuries 1/2 " +
		"one two three four five six seven eight nine")
	monthFollowers = func() map[string]bool {
		m := set("of")
		for w := range monthWords {
			m[w] = true
		}
		return m
	}()
)

func monthFirst() []string {
	var w []string
	for k := range monthWords {
		w = append(w, k)
	}
	return w
}

func weekdayFirst() []string {
	var w []string
	for k := range weekdayWords {
		w = append(w, k)
	}
	return w
}

// timeRules returns the rule set, built once.
func timeRules() []*trule {
	return []*trule{
		// "January 12", "12 January", "Jan. 6": when's rule; the year that
		// may follow is read by the engine.
		whenRule("month-day", en.ExactMonthDate(rules.Override), append(monthFirst(), "#num"), func(m *rules.Match, c *rules.Context, f *frame) bool {
			if c.Month == nil || c.Day == nil {
				return false
			}
			if *c.Day < 1 || *c.Day > 31 {
				return false
			}
			f.month, f.day, f.gran, f.byTense = *c.Month, *c.Day, granDay, true
			if y := m.Captures[len(m.Captures)-1]; len(y) == 4 && plausibleYear(atoi(y)) {
				f.year, f.byTense = atoi(y), false // "12 March 2019", set aside in apply
			}
			return true
		}),
		// "Saturday", "last Friday", "next Monday": when's rule.
		whenRule("weekday", en.Weekday(rules.Override), append(weekdayFirst(), "last", "next", "this", "past"), func(m *rules.Match, c *rules.Context, f *frame) bool {
			if !isWeekdayName(m.Captures[1]) {
				return false
			}
			f.gran, f.weekday = granDay, weekdayWords[strings.ToLower(m.Captures[1])]
			if m.Captures[0] == "" && m.Captures[2] == "" {
				f.byTense = true
			}
			f.relative, f.rel = true, int(c.Duration/(24*time.Hour))
			return true
		}),
		// "yesterday", "today", "tomorrow", "tonight", "last night": when's rule.
		whenRule("casual", en.CasualDate(rules.Override), words("today tonight yesterday tomorrow last"), func(m *rules.Match, c *rules.Context, f *frame) bool {
			w := strings.ToLower(strings.TrimSpace(m.Captures[0]))
			if w == "now" || strings.HasPrefix(w, "last") {
				return false // "last night" is a part of the day: the day-part rule's
			}
			f.gran, f.relative = granDay, true
			f.rel = int(c.Duration / (24 * time.Hour))
			if strings.HasPrefix(w, "last") {
				f.rel = -1
			}
			return true
		}),
		// "two years ago", "a few days ago": when's rule.
		whenRule("ago", en.PastTime(rules.Override), append(words("a an half"), append(numberFirst(), "#num")...), func(m *rules.Match, c *rules.Context, f *frame) bool {
			n, ok := number(m.Captures[0])
			u := unit(m.Captures[1])
			g, gok := unitGran[u]
			if !ok || !gok || g == granTime {
				return false
			}
			if n < 0 { // "a few days ago"
				f.value = "PAST_REF"
				return true
			}
			f.gran, f.relative, f.rel = g, true, -n
			f.yearShift = g == granYear
			return true
		}),
		{name: "month-year", F: rules.F{RegExp: re(monthPat + `,?\s+(\d{4})`)}, first: monthFirst(), ours: func(m *rules.Match, f *frame) bool {
			mo, y := monthOf(m.Text), atoi(m.Captures[len(m.Captures)-1])
			if mo == 0 || !plausibleYear(y) {
				return false
			}
			f.year, f.month, f.gran = y, mo, granMonth
			return true
		}},
		{name: "month", F: rules.F{RegExp: re(monthPat)}, first: monthFirst(), ours: func(m *rules.Match, f *frame) bool {
			f.month, f.gran, f.byTense = monthOf(m.Text), granMonth, true
			return f.month != 0
		}},
		{name: "year", F: rules.F{RegExp: re(`(?:1[0-9]|20|21)\d\d`)}, first: words("#year"), ours: func(m *rules.Match, f *frame) bool {
			f.year, f.gran = atoi(m.Text), granYear
			return true
		}},
		// "fiscal 1989", "fiscal year 1990"
		{name: "fiscal-year", F: rules.F{RegExp: re(`fiscal\s+(?:year\s+)?((?:1[0-9]|20|21)\d\d)`)}, first: words("fiscal"), ours: func(m *rules.Match, f *frame) bool {
			f.year, f.gran = atoi(m.Captures[1]), granYear
			return true
		}},
		// "last April", "next March", "this September"
		{name: "month-relative", F: rules.F{RegExp: re(`(last|next|this|past)\s+(` + monthPat + `)`)}, first: words("last next this past"), ours: func(m *rules.Match, f *frame) bool {
			f.month, f.gran, f.byTense = monthOf(m.Captures[2]), granMonth, true
			switch strings.ToLower(m.Captures[1]) {
			case "last", "past":
				f.tense, f.strict = text.Past, true
			case "next":
				f.tense, f.strict = text.Future, true
			default:
				f.tense = text.NoTense
			}
			return f.month != 0
		}},
		// "this morning", "yesterday afternoon", "tonight"; "Friday night" is
		// annotated in newswire (AQUAINT) as the day it falls on
		{name: "day-part", F: rules.F{RegExp: re(`(this|yesterday|tomorrow|today|last|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(morning|afternoon|evening|night)|tonight`)},
			first: append(weekdayFirst(), "this", "yesterday", "tomorrow", "today", "last", "tonight"), ours: dayPart},
		// "a year earlier", "two days later": from the last date mentioned
		{name: "shifted", F: rules.F{RegExp: re(numWordPat + `[\s-]+(` + unitPat + `)\s+(earlier|later)`)},
			first: append(numberFirst(), "#num", "a", "an"), numNext: unitFollowers, ours: func(m *rules.Match, f *frame) bool {
				c := m.Captures
				n, ok := number(strings.TrimSpace(c[0][:strings.Index(strings.ToLower(c[0]), strings.ToLower(c[1]))]))
				g, gok := unitGran[unit(c[1])]
				if !ok || !gok || n < 0 || g == granTime {
					return false
				}
				f.gran, f.relative, f.anchorLast, f.rel = g, true, true, n
				if strings.ToLower(c[2]) == "earlier" {
					f.rel = -n
				}
				f.yearShift = g == granYear
				return true
			}},
		// "the first nine months", "the past two years", "the last twenty four hours"
		{name: "span", F: rules.F{RegExp: re(`(?:the\s+)?(?:(first|last|past|next|previous|coming|final|latest|initial)\s+)?` + numWordPat + `[\s-]+(` + unitPat + `)`)},
			first: append(numberFirst(), "the", "first", "last", "past", "next", "previous", "coming", "final", "latest", "initial"), theNext: set("first last past next previous coming final latest initial one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred few several #num"), numNext: unitFollowers, ours: span},
		{name: "decade", F: rules.F{RegExp: re(`(?:the\s+)?(1[0-9]|20)(\d)0['’]?s`)}, first: words("the #num"), theNext: set("#num"), numNext: set("'s ’s"), numSelf: suffixed("s"), ours: func(m *rules.Match, f *frame) bool {
			f.year, f.gran = atoi(m.Captures[1]+m.Captures[2]+"0"), granDecade
			return true
		}},
		// "early 2022", "late last year", "mid-January", "the end of the month"
		{name: "modified", F: rules.F{RegExp: re(`(?:the\s+)?(early|late|mid|middle|beginning|start|end)(?:[- ]|\s+of\s+(?:the\s+)?)(this|last|next|past|the)?\s*(\d{3}0s|\d{4}|` + monthPat + `|year|month|week|decade|century|yesterday|today|tomorrow)`)},
			first: words("early late mid middle beginning start end the"), theNext: set("early late mid middle beginning start end"), ours: modified},
		// "this month", "last year", "next week", "the coming weeks", "earlier this month"
		{name: "relative", F: rules.F{RegExp: re(`(?:(earlier|later)\s+)?(this|last|next|past|previous|coming|current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+current)\s+(weeks?|months?|years?|weekend|quarter|decade|century|days|spring|summer|autumn|fall|winter)`)},
			first: words("earlier later this last next past previous coming current the"), theNext: set("past last next coming previous current"), ours: relative},
		// "in recent months", "recently", "now", "in the future", "so far"
		{name: "reference", F: rules.F{RegExp: re(`in\s+recent\s+(?:days|weeks|months|years)|recent\s+(?:days|weeks|months|years)|recently|lately|now|currently|nowadays|at\s+present|presently|today['’]s|the\s+(?:near\s+)?future|the\s+past|in\s+the\s+coming\s+(?:days|weeks|months|years)`)},
			first: words("in recent recently lately now currently nowadays at presently today's the"), theNext: set("future past near"), ours: reference},
		// "nineteen ninety-six": a year in words
		{name: "year-words", F: rules.F{RegExp: re(`nineteen[\s-](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?`)},
			first: words("nineteen"), ours: func(m *rules.Match, f *frame) bool {
				tens := map[string]int{"seventy": 70, "eighty": 80, "ninety": 90}
				n, ok := numberWords[strings.ToLower(m.Captures[1])]
				if !ok {
					n, ok = tens[strings.ToLower(m.Captures[1])]
				}
				if !ok {
					return false
				}
				f.year, f.gran = 1900+n+numberWords[strings.ToLower(m.Captures[2])], granYear
				return true
			}},
		// "the weekend"
		{name: "weekend", F: rules.F{RegExp: re(`the\s+weekend`)}, first: words("the"), theNext: set("weekend"), ours: func(m *rules.Match, f *frame) bool {
			f.gran, f.relative, f.byTense = granWeekend, true, true
			return true
		}},
		// "year-earlier", "year-ago": a year before what is being compared
		{name: "year-ago", F: rules.F{RegExp: re(`year-(?:earlier|ago)`)}, first: words("year"), ours: func(m *rules.Match, f *frame) bool {
			f.gran, f.relative, f.rel, f.yearShift = granYear, true, -1, true
			return true
		}},
		// "the latest period", "the year-ago period": reporting periods
		{name: "period", F: rules.F{RegExp: re(`the\s+(latest|year-ago|year-earlier|same)\s+period`)}, first: words("the"), theNext: set("latest year-ago year-earlier same"), ours: func(m *rules.Match, f *frame) bool {
			f.gran, f.relative, f.rel = granQuarter, true, -1
			if w := strings.ToLower(m.Captures[1]); w != "latest" {
				f.rel = -5
			}
			return true
		}},
		// "three days", "two years", "five hours", "a week": durations
		{name: "duration", F: rules.F{RegExp: re(numWordPat + `(?:\s+1/2)?[\s-]+(` + unitPat + `)(?:\s+and\s+a\s+half)?`)},
			first: append(numberFirst(), "#num", "a", "an", "several", "few", "many", "some", "couple"), numNext: unitFollowers, ours: duration},
		// "every Monday", "each year", "weekly"
		{name: "set", F: rules.F{RegExp: re(`(?:every|each)\s+(day|week|month|year|weekend|morning|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|daily|weekly|monthly|annually|yearly|nightly|hourly`)},
			first: words("every each daily weekly monthly annually yearly nightly hourly"), ours: setRule},
		// "the third quarter", "third-quarter", "the fiscal first quarter", "the latest quarter"
		{name: "quarter", F: rules.F{RegExp: re(`(?:the\s+)?(?:(fiscal|latest|current|year-ago|year-earlier|same|previous|last|next|this)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?quarter(?:\s+of\s+(\d{4}))?|(this|last|next)\s+year['’]s\s+(first|second|third|fourth)\s+quarter`)},
			first: words("the first second third fourth 1st 2nd 3rd 4th fiscal latest current this last next"), theNext: set("first second third fourth 1st 2nd 3rd 4th fiscal latest current year-ago year-earlier same previous last next this quarter first-quarter second-quarter third-quarter fourth-quarter"), ours: quarter},
		// "the 1988 second quarter", "the 1988 period": a year's quarter
		{name: "year-quarter", F: rules.F{RegExp: re(`the\s+((?:1[0-9]|20)\d\d)\s+(?:(first|second|third|fourth)\s+)?(quarter|period)`)}, first: words("the"), theNext: set("#num"), ours: func(m *rules.Match, f *frame) bool {
			f.year, f.gran = atoi(m.Captures[1]), granQuarter
			f.quarter = ordinals[strings.ToLower(m.Captures[2])]
			if f.quarter == 0 {
				f.quarterOfContext = true
			}
			return true
		}},
		// "several years ago", "a few weeks ago": some time back
		{name: "vague-ago", F: rules.F{RegExp: re(`(?:several|a\s+few|many|some|a\s+couple\s+of)\s+` + unitPat + `\s+ago`)},
			first: words("several a many some"), ours: func(m *rules.Match, f *frame) bool {
				f.value = "PAST_REF"
				return true
			}},
		// "the 20th century", "the nineties"
		{name: "century", F: rules.F{RegExp: re(`(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century`)}, first: words("the #num"), theNext: set("#num"), numSelf: suffixed("st", "nd", "rd", "th"), numNext: set(""), ours: func(m *rules.Match, f *frame) bool {
			n := atoi(m.Captures[1])
			f.value = fmt.Sprintf("%02d", n-1)
			return n >= 1 && n <= 22
		}},
		{name: "decade-words", F: rules.F{RegExp: re(`the\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`)}, first: words("the"), theNext: set("twenties thirties forties fifties sixties seventies eighties nineties"), ours: func(m *rules.Match, f *frame) bool {
			d := map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
			f.value = fmt.Sprintf("19%d", d[strings.ToLower(m.Captures[1])])
			return true
		}},
		{name: "season-year", F: rules.F{RegExp: re(`(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})`)},
			first: words("spring summer autumn fall winter"), ours: func(m *rules.Match, f *frame) bool {
				f.season, f.year, f.gran = seasonWords[strings.ToLower(m.Captures[1])], atoi(m.Captures[2]), granSeason
				return plausibleYear(f.year)
			}},
		// "10 p.m.", "10:30 am": when's rules
		whenRule("hour", en.Hour(rules.Override), words("#num"), clock),
		whenRule("hour-minute", en.HourMinute(rules.Override), words("#num"), clock),
		// "the following day", "the next day", "the day before"
		{name: "anaphoric", F: rules.F{RegExp: re(`the\s+(following|next|previous|same)\s+(day|week|month|year)|the\s+(day|week|month|year)\s+(before|after)`)},
			first: words("the"), theNext: set("following next previous same day week month year"), ours: anaphoric},
	}
}

func numberFirst() []string {
	var w []string
	for k := range numberWords {
		w = append(w, k)
	}
	return w
}

func isWeekdayName(s string) bool {
	_, ok := weekdayWords[strings.ToLower(s)]
	return ok
}

func monthOf(s string) int {
	s = strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'a' && s[i] <= 'z') {
			s = s[:i]
			break
		}
	}
	return monthWords[s]
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func plausibleYear(y int) bool { return y >= 1000 && y <= 2199 }

func modified(m *rules.Match, f *frame) bool {
	c := m.Captures
	mod, rel, what := modWords[strings.ToLower(c[1])], strings.ToLower(c[2]), strings.ToLower(c[3])
	f.mod = mod
	if len(what) == 4 && text.IsDigit(what[0]) {
		f.year, f.gran = atoi(what), granYear
		return plausibleYear(f.year)
	}
	if len(what) == 5 && text.IsDigit(what[0]) { // "the late 1970s"
		f.year, f.gran = atoi(what[:4]), granDecade
		return plausibleYear(f.year)
	}
	if mo := monthOf(what); mo != 0 {
		f.month, f.gran, f.byTense = mo, granMonth, true
		return true
	}
	switch what {
	case "yesterday", "today", "tomorrow":
		f.gran, f.relative, f.rel = granDay, true, map[string]int{"yesterday": -1, "tomorrow": 1}[what]
		return true
	}
	g, ok := unitGran[what]
	if !ok {
		return false
	}
	f.gran, f.relative = g, true
	switch rel {
	case "last", "past":
		f.rel = -1
	case "next":
		f.rel = 1
	}
	return true
}

func relative(m *rules.Match, f *frame) bool {
	c := m.Captures
	rel := strings.Join(strings.Fields(strings.ToLower(c[2])), " ")
	u := unit(c[3])
	plural := strings.HasSuffix(strings.ToLower(c[3]), "s") && u != "s"
	if s, ok := seasonWords[u]; ok {
		f.season, f.gran, f.relative = s, granSeason, true
	} else if g, ok := unitGran[u]; ok {
		f.gran, f.relative = g, true
	} else {
		return false
	}
	if plural || u == "day" { // "the coming weeks", "the past days"
		switch rel {
		case "coming", "the coming", "next", "the next":
			f.value = "FUTURE_REF"
		default:
			f.value = "PAST_REF"
		}
		return true
	}
	switch rel {
	case "last", "past", "previous", "the past", "the last", "the previous":
		f.rel = -1
	case "next", "coming", "the next", "the coming":
		f.rel = 1
	}
	switch strings.ToLower(c[1]) {
	case "earlier":
		f.clip = -1
	case "later":
		f.clip = 1
	}
	return true
}

func reference(m *rules.Match, f *frame) bool {
	t := strings.ToLower(m.Text)
	switch {
	case strings.Contains(t, "future") || strings.Contains(t, "coming") || t == "soon":
		f.value = "FUTURE_REF"
	case t == "now" || strings.HasPrefix(t, "current") || t == "nowadays" || strings.Contains(t, "present") || strings.HasPrefix(t, "today"):
		f.value = "PRESENT_REF"
	default:
		f.value = "PAST_REF"
		if i := strings.Index(t, "recent"); i >= 0 {
			f.recent = unitGran[unit(lastWord(t))]
		}
	}
	return true
}

// halves gives the smaller unit and amount that half of a unit is.
var halves = map[string]string{"Y": "6M", "D": "T12H", "H": "30M", "M": "30S"}

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

var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

func quarter(m *rules.Match, f *frame) bool {
	c := m.Captures
	if c[4] != "" { // "this year's third quarter"
		f.gran, f.quarter, f.yearRel = granQuarter, ordinals[strings.ToLower(c[5])], map[string]int{"last": -1, "next": 1}[strings.ToLower(c[4])]
		f.useYearRel = true
		return true
	}
	which, q := strings.ToLower(c[1]), ordinals[strings.ToLower(c[2])]
	f.gran = granQuarter
	if q == 0 {
		// "the quarter", "the latest quarter": the last one reported on
		if which == "" && !strings.HasPrefix(strings.ToLower(m.Text), "the") {
			return false
		}
		f.relative, f.rel = true, -1
		switch which {
		case "current", "this":
			f.rel = 0
		case "next":
			f.rel = 1
		case "year-ago", "year-earlier":
			f.rel = -5
		}
		return true
	}
	f.quarter = q
	if y := c[3]; y != "" {
		f.year = atoi(y)
	} else {
		f.byTense, f.tense = true, text.Past // quarters are reported when done
	}
	if which == "year-ago" || which == "year-earlier" {
		f.shiftYear = -1 // "the year-ago third quarter"
	}
	return true
}

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

var dayParts = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

func dayPart(m *rules.Match, f *frame) bool {
	c := m.Captures
	day, part := strings.ToLower(c[1]), dayParts[strings.ToLower(c[2])]
	if strings.ToLower(m.Text) == "tonight" {
		day, part = "today", "NI"
	}
	f.gran, f.part, f.relative = granTime, part, true
	switch day {
	case "yesterday":
		f.rel = -1
	case "tomorrow":
		f.rel = 1
	case "last":
		if part != "NI" {
			return false // "last morning" is not said
		}
		f.rel = -1
	case "this", "today":
	default:
		wd, ok := weekdayWords[day]
		if !ok {
			return false
		}
		f.weekday, f.needWeekday, f.byTense = wd, true, true
		f.gran, f.part = granDay, ""
	}
	return true
}

func clock(m *rules.Match, c *rules.Context, f *frame) bool {
	if c.Hour == nil || !strings.Contains(m.Text, ":") && !strings.ContainsAny(m.Text, "aApP") {
		return false // 12-28 is not a time of day
	}
	if mark := strings.TrimSpace(strings.TrimLeft(m.Text, "0123456789: -")); len(mark) == 1 {
		return false // "4 a share"
	}
	f.hour, f.hasHour, f.gran, f.relative = *c.Hour, true, granTime, true
	if c.Minute != nil {
		f.minute = *c.Minute
	}
	return true
}

func anaphoric(m *rules.Match, f *frame) bool {
	c := m.Captures
	which, u := strings.ToLower(c[1]+c[4]), unit(c[2]+c[3])
	g, ok := unitGran[u]
	if !ok {
		return false
	}
	f.gran, f.relative, f.anchorLast = g, true, true
	switch which {
	case "following", "next", "after":
		f.rel = 1
	case "previous", "before":
		f.rel = -1
	}
	return true
}
