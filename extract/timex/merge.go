package timex

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// approxMods are the modifiers that widen a time expression to their
// left, in the order they are tried, with the TIMEX3 mod they give:
// "nearly two years", "more than four hours".
var approxMods = sync.OnceValue(func() []text.Row { return lexicon.Table("approx-modifiers") })

// dayMods are the words that widen a day to their left: "early Tuesday",
// "later this afternoon", "noon Thursday".
var dayMods = sync.OnceValue(func() map[string]bool { return lexicon.Set("day-modifiers") })

// dayModMods are the TIMEX3 mods that day modifiers give.
var dayModMods = sync.OnceValue(func() map[string]string { return lexicon.Map("day-modifier-mods") })

// dayModTimes are the times of day that day modifiers name, as a value
// writes them after its T: noon 12:00, mid-morning MO.
var dayModTimes = sync.OnceValue(func() map[string]string { return lexicon.Map("day-modifier-times") })

// widen grows each expression over the modifiers before it and joins
// expressions that name one time together: "January this year",
// "Saturday, April 25", "10 p.m. Wednesday".
func (d *reader) widen() {
	for k := range d.times {
		d.widenLeft(k)
		d.zone(k)
		d.onDay(k)
	}
	out := d.times[:0]
	for k := 0; k < len(d.times); k++ {
		t := d.times[k]
		if k+1 < len(d.times) {
			if j, ok := d.join(t, d.times[k+1]); ok {
				out = append(out, j)
				k++
				continue
			}
		}
		out = append(out, t)
	}
	d.times = out
}

// zone extends clock time k over a following "UTC" or "GMT", which its
// value keeps: "18:00 UTC" is T18:00Z. Other zones are left out of the
// value, as TimeBank and AQUAINT annotate them ("5 p.m. EST" is T17:00).
func (d *reader) zone(k int) {
	t := &d.times[k]
	if t.Type != Time || len(t.Value) != 16 {
		return
	}
	rest := d.Text[t.bend:]
	for _, z := range []string{" UTC", " GMT"} {
		if after, ok := strings.CutPrefix(rest, z); ok && (after == "" || !text.IsLetterByte(after[0])) {
			t.bend += len(z)
			t.End = d.Off.Char(t.bend)
			t.Text = d.Text[t.bstart:t.bend]
			t.Value += "Z"
			return
		}
	}
}

// onDay gives clock time k the day named right after it: "at 18:00 on
// Friday" is that Friday's.
func (d *reader) onDay(k int) {
	t := &d.times[k]
	if t.Type != Time || len(t.Value) < 16 || k+1 >= len(d.times) {
		return
	}
	next := d.times[k+1]
	if next.Type != Date || len(next.Value) != 10 || strings.ToLower(strings.TrimSpace(d.Text[t.bend:next.bstart])) != "on" {
		return
	}
	t.Value = next.Value + t.Value[10:]
	t.FirstDay, t.LastDay = next.FirstDay, next.LastDay
}

// widenLeft extends time expression k over an approximating or day
// modifier just before it.
func (d *reader) widenLeft(k int) {
	t := &d.times[k]
	base := 0
	if k > 0 {
		base = d.times[k-1].bend
	}
	before := d.Low[base:t.bstart]
	trimmed := strings.TrimRight(before, " ")
	if len(trimmed) == len(before) && len(before) > 0 {
		return // not a separate word
	}
	quantity := (t.Type == Duration || strings.HasSuffix(strings.ToLower(t.Text), "ago") || t.Type == Time) &&
		!strings.HasPrefix(strings.ToLower(t.Text), "the ") // "over the past 20 years": over is a preposition
	for _, m := range approxMods() {
		if quantity && endsWithWord(trimmed, m.Key) {
			d.extendTo(t, base+len(trimmed)-len(m.Key))
			if t.Mod == "" {
				t.Mod = m.Value
			}
			return
		}
	}
	if t.Type != Date && t.Type != Time || len(t.Value) < 10 {
		return
	}
	for w := range dayMods() {
		if endsWithWord(trimmed, w) {
			d.extendTo(t, base+len(trimmed)-len(w))
			if mod := dayModMods()[w]; mod != "" {
				t.Mod = mod
			}
			if tt := dayModTimes()[w]; tt != "" {
				t.Type, t.Value = Time, t.Value[:10]+"T"+tt
			}
			return
		}
	}
}

// endsWithWord reports whether s ends with the word w, not with the end
// of a longer or hyphenated word.
func endsWithWord(s, w string) bool {
	if !strings.HasSuffix(s, w) {
		return false
	}
	i := len(s) - len(w)
	return i == 0 || !text.IsLetterByte(s[i-1]) && s[i-1] != '-'
}

// extendTo moves the start of t back to byte offset s.
func (d *reader) extendTo(t *Timex, s int) {
	t.bstart = s
	t.Start = d.Off.Char(s)
	t.Text = d.Text[t.bstart:t.bend]
}

// join returns the one expression that a and b make when they name one
// time together, separated only by a space or a comma.
func (d *reader) join(a, b Timex) (Timex, bool) {
	gap := d.Text[a.bend:b.bstart]
	if g := strings.Trim(gap, " ,"); g != "" && !(a.Type == Time && timeZones()[g]) || len(gap) > 2 && g == "" {
		return Timex{}, false
	}
	j := a
	j.bend, j.End, j.Text = b.bend, b.End, d.Text[a.bstart:b.bend]
	switch {
	case a.Type == Date && len(a.Value) == 7 && b.Type == Date && len(b.Value) == 4 && gap == " " && a.Value[4] == '-':
		// "January this year", "June last year", "the first quarter last year"
		j.Value = b.Value + a.Value[4:]
		j.FirstDay, j.LastDay = days(j.Value)
	case a.Type == Date && len(a.Value) == 10 && b.Type == Date && len(b.Value) == 10 && isWeekdayName(a.Text):
		// "Saturday, April 25"
		j.Value, j.FirstDay, j.LastDay = b.Value, b.FirstDay, b.LastDay
	case a.Type == Date && isQuarter(a.Value) && b.Type == Date && isQuarter(b.Value) && gap == " ":
		// "the quarter a year ago"
		j.Value, j.FirstDay, j.LastDay = b.Value, b.FirstDay, b.LastDay
	case a.Type == Time && len(a.Value) >= 16 && b.Type == Date && len(b.Value) == 10:
		// "10 p.m. Wednesday"
		j.Value, j.FirstDay, j.LastDay = b.Value+a.Value[10:], b.FirstDay, b.LastDay
	default:
		return Timex{}, false
	}
	return j, true
}

// lastDay returns the last day of month YYYY-MM.
// days returns the first and last days of a month or quarter's value:
// 2022-03, 2022-Q1.
func days(v string) (first, last string) {
	f := frame{year: atoi(v[:4]), month: atoi(v[5:7]), gran: granMonth}
	if isQuarter(v) {
		f.month, f.quarter, f.gran = 0, atoi(v[6:7]), granQuarter
	}
	_, first, last = f.resolve(f.date(refZero))
	return first, last
}

// timeZones may stand between a clock time and its day: "5 p.m. EST Nov. 9".
var timeZones = sync.OnceValue(func() map[string]bool { return lexicon.Set("time-zones") })

// isQuarter reports whether v is a quarter's value: 2022-Q1.
func isQuarter(v string) bool { return len(v) == 7 && v[5] == 'Q' }
