package timex

import (
	"strings"

	"github.com/olebedev/when/rules"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// The appliers of the rules that count from the publication date or from
// the last date named: "last April", "two days later", "this week",
// "recently", "the following day".

// monthRelative reads "last April", "next March", "this September": the
// words force the tense that places the month.
func monthRelative(m *rules.Match, f *frame) bool {
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
}

// dayPart reads "this morning", "yesterday afternoon", "tonight"; "Friday
// night" is the Friday.
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

// shifted reads "a year earlier", "two days later": counted from the last
// date mentioned.
func shifted(m *rules.Match, f *frame) bool {
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
}

// relative reads "this month", "last year", "next week", "earlier this
// month"; in the plural, "the coming weeks", it is a vague past or future.
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

// reference reads the vague "recently", "now", "in the future", "in recent
// months" as a past, present or future reference.
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

// weekend reads "the weekend", which tense places.
func weekend(m *rules.Match, f *frame) bool {
	f.gran, f.relative, f.byTense = granWeekend, true, true
	return true
}

// yearAgo reads "year-earlier", "year-ago": a year before what is being
// compared.
func yearAgo(m *rules.Match, f *frame) bool {
	f.gran, f.relative, f.rel, f.yearShift = granYear, true, -1, true
	return true
}

// vagueAgo reads "several years ago", "a few weeks ago": some time back.
func vagueAgo(m *rules.Match, f *frame) bool {
	f.value = "PAST_REF"
	return true
}

// anaphoric reads "the following day", "the next week", "the day before":
// counted from the last date mentioned.
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
