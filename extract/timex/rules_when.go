package timex

import (
	"regexp"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// anchored adapts one of olebedev/when's English rules.
//
// when's expressions are unanchored: run at each candidate word they would
// scan the rest of the window on a miss. Anchoring a copy at the window's
// start keeps their groups and applier and makes a miss cost a few bytes.
func anchored(rule func(rules.Strategy) rules.Rule) expr {
	return lazily(func() rules.F { return anchor(rule(rules.Override)) })
}

// anchor returns when's rule r anchored at the start of the text.
func anchor(r rules.Rule) rules.F {
	f := *r.(*rules.F)
	f.RegExp = regexp.MustCompile(`^(?:` + f.RegExp.String() + `)`)
	return f
}

// monthDayExpr is when's month-day rule, anchored, with the year of "12
// March 2019" set aside before when's applier runs: when would read 2019
// as the day and fail. The year is read back by monthDay.
func monthDayExpr() expr {
	return lazily(func() rules.F {
		f := anchor(en.ExactMonthDate(rules.Override))
		whens := f.Applier
		f.Applier = func(m *rules.Match, c *rules.Context, o *rules.Options, ref time.Time) (bool, error) {
			if m.Captures[1] != "" && len(m.Captures[4]) == 4 {
				m.Captures = append(m.Captures, m.Captures[4])
				m.Captures[4] = ""
			}
			return whens(m, c, o, ref)
		}
		return f
	})
}

// monthDay reads when's "January 12", "12 January", "Jan. 6"; the year of
// "12 March 2019" is the capture monthDayExpr set aside.
func monthDay(m *rules.Match, c *rules.Context, f *frame) bool {
	if c.Month == nil || c.Day == nil {
		return false
	}
	if *c.Day < 1 || *c.Day > 31 {
		return false
	}
	f.month, f.day, f.gran, f.byTense = *c.Month, *c.Day, granDay, true
	if y := m.Captures[len(m.Captures)-1]; len(y) == 4 && plausibleYear(atoi(y)) {
		f.year, f.byTense = atoi(y), false // "12 March 2019", set aside in monthDayExpr
	}
	return true
}

// weekday reads when's "Saturday", "last Friday", "next Monday": a bare
// weekday is placed by tense.
func weekday(m *rules.Match, c *rules.Context, f *frame) bool {
	if !isWeekdayName(m.Captures[1]) {
		return false
	}
	f.gran, f.weekday = granDay, weekdayWords[strings.ToLower(m.Captures[1])]
	if m.Captures[0] == "" && m.Captures[2] == "" {
		f.byTense = true
	}
	f.relative, f.rel = true, int(c.Duration/(24*time.Hour))
	return true
}

// casual reads when's "yesterday", "today", "tomorrow", "tonight".
func casual(m *rules.Match, c *rules.Context, f *frame) bool {
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
}

// ago reads when's "two years ago"; "a few days ago" is some time back.
func ago(m *rules.Match, c *rules.Context, f *frame) bool {
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
}

// clock reads when's "10 p.m." and "10:30 am".
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
