package timex

import (
	"regexp"
	"strings"
	"sync"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// A trule is a rule in olebedev/when's form: a regular expression whose
// match an applier turns into a frame. when's own English rules keep their
// applier (it fills the rules.Context that the frame is read from); ours
// fill the frame directly.
type trule struct {
	name string // the rule's name in the table, for a reader and a debugger
	// F returns the rule's expression and when's applier, compiled the
	// first time the rule is tried (see expr)
	F    expr
	ours func(m *rules.Match, f *frame) bool
	from func(m *rules.Match, c *rules.Context, f *frame) bool // reads when's context into the frame
	// guard, when set, turns down a match the applier took whose words
	// are of another sense: "may" and "march" as verbs, "May" as a name,
	// years that are quantities. i is the token the match begins at.
	guard func(src string, toks []text.Token, i int, m *rules.Match) bool
	// Cheap checks before the expression runs, so that frequent words cost
	// a map lookup: after "the" the next word must be in theNext ("#num":
	// a number); after a number, in numNext, unless numSelf accepts the
	// number itself (1990s, 12th, 10:30).
	theNext, numNext map[string]bool
	numSelf          func(tok string) bool
	first            []string // lower-case words the match can begin with; "#num" any number, "#year" a year
}

// Parts of the rules' expressions that several rules share: a month
// name, a number in figures or words, a time unit.
const (
	monthPat   = `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)`
	numWordPat = `(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|several|few|a few|many|some|couple of|a couple of)`
	unitPat    = `(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters?)`
)

// timeRules returns the rule table, which timeEngineInstance builds once.
// Where rules match at one word the engine keeps the longest match, and
// of equal ones the first: the order of the table is part of its meaning.
// It is one long function because it is one list, an entry a rule; it is
// a function rather than a variable so that the table is made on first
// use, not when a program that imports the package starts, and each
// rule's expression is compiled when the rule is first tried (expr).
func timeRules() []*trule {
	return []*trule{
		// "January 12", "12 January", "Jan. 6": when's rule; the year that
		// may follow is read by the engine.
		{name: "month-day", F: monthDayExpr(), first: append(monthFirst(), "#num"), numNext: monthFollowers,
			from: monthDay, guard: monthCapitalised},
		// "Saturday", "last Friday", "next Monday": when's rule.
		{name: "weekday", F: anchored(en.Weekday), first: append(weekdayFirst(), "last", "next", "this", "past"),
			from: weekday, guard: weekdayCapitalised},
		// "yesterday", "today", "tomorrow", "tonight", "last night": when's rule.
		{name: "casual", F: anchored(en.CasualDate), first: words("today tonight yesterday tomorrow last"),
			from: casual},
		// "two years ago", "a few days ago": when's rule.
		{name: "ago", F: anchored(en.PastTime), first: append(words("a an half"), append(numberFirst(), "#num")...), numNext: unitFollowers,
			from: ago},
		// "March 2019", "June, 1990"
		{name: "month-year", F: pattern(monthPat + `,?\s+(\d{4})`), first: monthFirst(),
			ours: monthYear, guard: monthCapitalised},
		// "in March", "last May"
		{name: "month", F: pattern(monthPat), first: monthFirst(),
			ours: monthRule, guard: bareMonth},
		// "1995"
		{name: "year", F: pattern(`(?:1[0-9]|20|21)\d\d`), first: words("#year"),
			ours: year, guard: yearNotQuantity},
		// "fiscal 1989", "fiscal year 1990"
		{name: "fiscal-year", F: pattern(`fiscal\s+(?:year\s+)?((?:1[0-9]|20|21)\d\d)`), first: words("fiscal"),
			ours: fiscalYear},
		// "last April", "next March", "this September"
		{name: "month-relative", F: pattern(`(last|next|this|past)\s+(` + monthPat + `)`), first: words("last next this past"),
			ours: monthRelative, guard: notBeforeDay},
		// "this morning", "yesterday afternoon", "tonight"; "Friday night" is
		// annotated in newswire (AQUAINT) as the day it falls on
		{name: "day-part", F: pattern(`(this|yesterday|tomorrow|today|last|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(morning|afternoon|evening|night)|tonight`),
			first: append(weekdayFirst(), "this", "yesterday", "tomorrow", "today", "last", "tonight"),
			ours:  dayPart},
		// "a year earlier", "two days later": from the last date mentioned
		{name: "shifted", F: pattern(numWordPat + `[\s-]+(` + unitPat + `)\s+(earlier|later)`),
			first: append(numberFirst(), "#num", "a", "an"), numNext: unitFollowers,
			ours: shifted},
		// "the first nine months", "the past two years", "the last twenty four hours"
		{name: "span", F: pattern(`(?:the\s+)?(?:(first|last|past|next|previous|coming|final|latest|initial)\s+)?` + numWordPat + `[\s-]+(` + unitPat + `)`),
			first:   append(numberFirst(), "the", "first", "last", "past", "next", "previous", "coming", "final", "latest", "initial"),
			theNext: set("first last past next previous coming final latest initial one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred few several #num"), numNext: unitFollowers,
			ours: span, guard: notYearOrAge},
		// "the 1990s", "1980's"
		{name: "decade", F: pattern(`(?:the\s+)?(1[0-9]|20)(\d)0['’]?s`), first: words("the #num"),
			theNext: set("#num"), numNext: set("'s ’s"), numSelf: suffixed("s"),
			ours: decade},
		// "early 2022", "late last year", "mid-January", "the end of the month"
		{name: "modified", F: pattern(`(?:the\s+)?(early|late|mid|middle|beginning|start|end)(?:[- ]|\s+of\s+(?:the\s+)?)(this|last|next|past|the)?\s*(\d{3}0s|\d{4}|` + monthPat + `|year|month|week|decade|century|yesterday|today|tomorrow)`),
			first: words("early late mid middle beginning start end the"), theNext: set("early late mid middle beginning start end"),
			ours: modified},
		// "this month", "last year", "next week", "the coming weeks", "earlier this month"
		{name: "relative", F: pattern(`(?:(earlier|later)\s+)?(this|last|next|past|previous|coming|current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+current)\s+(weeks?|months?|years?|weekend|quarter|decade|century|days|spring|summer|autumn|fall|winter)`),
			first: words("earlier later this last next past previous coming current the"), theNext: set("past last next coming previous current"),
			ours: relative},
		// "in recent months", "recently", "now", "in the future", "so far"
		{name: "reference", F: pattern(`in\s+recent\s+(?:days|weeks|months|years)|recent\s+(?:days|weeks|months|years)|recently|lately|now|currently|nowadays|at\s+present|presently|today['’]s|the\s+(?:near\s+)?future|the\s+past|in\s+the\s+coming\s+(?:days|weeks|months|years)`),
			first: words("in recent recently lately now currently nowadays at presently today's the"), theNext: set("future past near"),
			ours: reference, guard: notNounOrSpan},
		// "nineteen ninety-six": a year in words
		{name: "year-words", F: pattern(`nineteen[\s-](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?`),
			first: words("nineteen"),
			ours:  yearWords},
		// "the weekend"
		{name: "weekend", F: pattern(`the\s+weekend`), first: words("the"), theNext: set("weekend"),
			ours: weekend},
		// "year-earlier", "year-ago": a year before what is being compared
		{name: "year-ago", F: pattern(`year-(?:earlier|ago)`), first: words("year"),
			ours: yearAgo},
		// "the latest period", "the year-ago period": reporting periods
		{name: "period", F: pattern(`the\s+(latest|year-ago|year-earlier|same)\s+period`), first: words("the"), theNext: set("latest year-ago year-earlier same"),
			ours: period},
		// "three days", "two years", "five hours", "a week": durations
		{name: "duration", F: pattern(numWordPat + `(?:\s+1/2)?[\s-]+(` + unitPat + `)(?:\s+and\s+a\s+half)?`),
			first: append(numberFirst(), "#num", "a", "an", "several", "few", "many", "some", "couple"), numNext: unitFollowers,
			ours: duration, guard: notYearOrAge},
		// "every Monday", "each year", "weekly"
		{name: "set", F: pattern(`(?:every|each)\s+(day|week|month|year|weekend|morning|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|daily|weekly|monthly|annually|yearly|nightly|hourly`),
			first: words("every each daily weekly monthly annually yearly nightly hourly"),
			ours:  setRule},
		// "the third quarter", "third-quarter", "the fiscal first quarter", "the latest quarter"
		{name: "quarter", F: pattern(`(?:the\s+)?(?:(fiscal|latest|current|year-ago|year-earlier|same|previous|last|next|this)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?quarter(?:\s+of\s+(\d{4}))?|(this|last|next)\s+year['’]s\s+(first|second|third|fourth)\s+quarter`),
			first:   words("the first second third fourth 1st 2nd 3rd 4th fiscal latest current this last next"),
			theNext: set("first second third fourth 1st 2nd 3rd 4th fiscal latest current year-ago year-earlier same previous last next this quarter first-quarter second-quarter third-quarter fourth-quarter"),
			ours:    quarter},
		// "the 1988 second quarter", "the 1988 period": a year's quarter
		{name: "year-quarter", F: pattern(`the\s+((?:1[0-9]|20)\d\d)\s+(?:(first|second|third|fourth)\s+)?(quarter|period)`), first: words("the"), theNext: set("#num"),
			ours: yearQuarter},
		// "several years ago", "a few weeks ago": some time back
		{name: "vague-ago", F: pattern(`(?:several|a\s+few|many|some|a\s+couple\s+of)\s+` + unitPat + `\s+ago`),
			first: words("several a many some"),
			ours:  vagueAgo},
		// "the 20th century"
		{name: "century", F: pattern(`(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century`), first: words("the #num"),
			theNext: set("#num"), numSelf: suffixed("st", "nd", "rd", "th"), numNext: set(""),
			ours: century},
		// "the 70s": the latest such decade not ahead of the reference
		// date ("the '80s", its quote a token of its own, is not read)
		{name: "decade-short", F: pattern(`the\s+([1-9])0s`), first: words("the"),
			theNext: set("#num"), numSelf: suffixed("s"),
			ours: decadeShort},
		// "the nineties"
		{name: "decade-words", F: pattern(`the\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`), first: words("the"),
			theNext: set("twenties thirties forties fifties sixties seventies eighties nineties"),
			ours:    decadeWords},
		// "spring 1990", "winter of 2021"
		{name: "season-year", F: pattern(`(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})`),
			first: words("spring summer autumn fall winter"),
			ours:  seasonYear},
		// "the summer": a season, which tense places ("the fall of Kabul" is
		// no season)
		{name: "the-season", F: pattern(`the\s+(spring|summer|autumn|fall|winter)`), first: words("the"),
			theNext: set("spring summer autumn fall winter"),
			ours:    theSeason, guard: notNounOrSpan},
		// "10 p.m.", "10:30 am": when's rules
		{name: "hour", F: anchored(en.Hour), first: words("#num"), numNext: set("a.m. p.m. am pm a.m p.m a p"),
			from: clock},
		{name: "hour-minute", F: anchored(en.HourMinute), first: words("#num"), numSelf: hasColon, numNext: set(""),
			from: clock},
		// "the following day", "the next day", "the day before"
		{name: "anaphoric", F: pattern(`the\s+(following|next|previous|same)\s+(day|week|month|year)|the\s+(day|week|month|year)\s+(before|after)`),
			first: words("the"), theNext: set("following next previous same day week month year"),
			ours: anaphoric},
	}
}

// pattern is the form of our rules' expressions: case-blind, anchored at
// the window's start and ending at a word's end.
func pattern(s string) expr {
	return lazily(func() rules.F { return rules.F{RegExp: regexp.MustCompile(`(?i)^(` + s + `)(?:\b|$)`)} })
}

// An expr returns a rule's expression and applier, made on its first
// call: a text that tries a few rules compiles a few expressions, not the
// table's forty.
type expr func() rules.F

// lazily returns the expr that makes its rule with build, once.
func lazily(build func() rules.F) expr { return sync.OnceValue(build) }

// words splits a list of words written as one string.
func words(s string) []string { return strings.Fields(s) }

// set returns the words of s as a set.
func set(s string) map[string]bool {
	m := make(map[string]bool, strings.Count(s, " ")+1)
	for w := range strings.FieldsSeq(s) {
		m[w] = true
	}
	return m
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

// hasColon reports whether a number token is a clock time: 10:30.
func hasColon(tok string) bool { return strings.Contains(tok, ":") }

// Words that may follow a number in a duration or a date: the words of
// unitPat and monthPat, so they are kept in code beside them.
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

// monthFirst returns the month words, which begin month rules.
func monthFirst() []string {
	var w []string
	for k := range monthWords {
		w = append(w, k)
	}
	return w
}

// weekdayFirst returns the weekday words, which begin weekday rules.
func weekdayFirst() []string {
	var w []string
	for k := range weekdayWords {
		w = append(w, k)
	}
	return w
}

// numberFirst returns the number words, which begin durations.
func numberFirst() []string {
	var w []string
	for k := range numberWords {
		w = append(w, k)
	}
	return w
}
