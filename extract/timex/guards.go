package timex

import (
	"strings"
	"sync"

	"github.com/olebedev/when/rules"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// The guards of the rule table: each turns down a match its rule's
// applier took when the words are of another sense. They see the text,
// its tokens, the token i the match begins at and the match.

// monthCapitalised turns down a month that is not capitalised: "may" and
// "march" are verbs. The month of "12 March" is the token after the
// number.
func monthCapitalised(src string, toks []text.Token, i int, m *rules.Match) bool {
	mt := toks[i]
	if mt.Kind == text.Number && i+1 < len(toks) {
		mt = toks[i+1]
	}
	return text.IsUpperStart(src[mt.Start:])
}

// bareMonth turns down a month name alone unless it is capitalised and
// reads as a month by the word before it: "in May", not "Theresa May".
func bareMonth(src string, toks []text.Token, i int, m *rules.Match) bool {
	return monthCapitalised(src, toks, i, m) && monthContext(src, toks, i)
}

// monthContext reports whether a bare month name at token i reads as a
// month: after a preposition or modifier ("in May", "last March").
func monthContext(src string, toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	var lower []byte
	lower = text.AppendLower(lower, src[p.Start:p.End])
	return monthPreceders()[string(lower)]
}

// monthPreceders are the words before a bare month name that make it a
// month: "in May", "last March".
var monthPreceders = sync.OnceValue(func() map[string]bool { return lexicon.Set("month-preceders") })

// notNounOrSpan turns down "the future of NATO", which is not a time, and
// "the past two months", which is the span rule's.
func notNounOrSpan(src string, toks []text.Token, i int, m *rules.Match) bool {
	t := toks[i]
	if len(m.Text) > 4 && strings.EqualFold(m.Text[:4], "the ") && nextWordIs(src, int(t.Start)+m.Right, "of") {
		return false
	}
	if j := i + 2; strings.HasSuffix(strings.ToLower(m.Text), "past") && j < len(toks) && numberFollower(src, toks, j) {
		return false
	}
	return true
}

// nextWordIs reports whether the word after byte offset at is w.
func nextWordIs(src string, at int, w string) bool {
	for at < len(src) && src[at] == ' ' {
		at++
	}
	return len(src)-at >= len(w) && strings.EqualFold(src[at:at+len(w)], w) &&
		(len(src)-at == len(w) || !text.IsLetterByte(src[at+len(w)]))
}

// notBeforeDay turns down "last Oct." before a day: "last Oct. 23" is a
// day, the month-day rule's, at the month.
func notBeforeDay(src string, toks []text.Token, i int, m *rules.Match) bool {
	rest := strings.TrimLeft(src[int(toks[i].Start)+len(m.Captures[0]):], ". ")
	return rest == "" || !text.IsDigit(rest[0])
}

// notYearOrAge turns down durations that are a year's quarter, "the 1988
// second quarter", or an age, "a 6-year-old".
func notYearOrAge(src string, toks []text.Token, i int, m *rules.Match) bool {
	if lw := strings.ToLower(m.Text); (strings.Contains(lw, "second") || strings.Contains(lw, "quarter")) && plausibleYear(atoi(firstNumber(lw))) {
		return false // "the 1988 second quarter", "the 1988 quarter"
	}
	// "a 6-year-old", "the 44-year-old": ages are not durations
	end := int(toks[i].Start) + len(m.Captures[0])
	rest := src[end:]
	return !strings.HasPrefix(rest, "-old") && !strings.HasPrefix(rest, " old") && !strings.HasPrefix(rest, "s old") && !strings.HasPrefix(rest, "s-old")
}

// firstNumber returns the first run of digits in s.
func firstNumber(s string) string {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return ""
	}
	j := i
	for j < len(s) && text.IsDigit(s[j]) {
		j++
	}
	return s[i:j]
}

// weekdayCapitalised turns down a weekday whose name is not capitalised,
// nor the word it begins with: when's rule, run on the lower-cased text,
// would take "last friday".
func weekdayCapitalised(src string, toks []text.Token, i int, m *rules.Match) bool {
	t := toks[i]
	orig := strings.TrimRight(src[t.Start:int(t.Start)+m.Right], " \t\n,.;:!?")
	return text.IsUpperStart(lastWord(orig)) || text.IsUpperStart(src[t.Start:])
}

// yearNotQuantity turns down a number that is a label or a quantity, not a
// year: "$2000", "Section 2001", "2000 soldiers", "2000%".
func yearNotQuantity(src string, toks []text.Token, i int, m *rules.Match) bool {
	if i > 0 && (src[toks[i-1].Start] == '$' || numberLabels()[strings.ToLower(src[toks[i-1].Start:toks[i-1].End])]) {
		return false // "$2000", "Section 2001"
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		nw := src[n.Start:n.End]
		if nw == "%" || n.Kind == text.Word && !text.IsUpperStart(nw) && len(nw) > 3 && nw[len(nw)-1] == 's' && !yearFollowers()[nw] {
			return false // 2000 soldiers
		}
	}
	return true
}

// numberLabels are words before a number that make it a label, not a year.
var numberLabels = sync.OnceValue(func() map[string]bool { return lexicon.Set("number-labels") })

// yearFollowers are words ending in s that may follow a year.
var yearFollowers = sync.OnceValue(func() map[string]bool { return lexicon.Set("year-followers") })
