package extract

import "time"

// Tenses of a clause, as far as time resolution needs them.
const (
	tenseNone = iota
	tensePast
	tenseFuture
)

var futureCues = set("will 'll shall plan plans planned planning scheduled schedule expected expect expects due " +
	"upcoming going intend intends intended set next forthcoming later tomorrow prepare prepares to-be payable expire expires would")

// deadlineWords, just before a date, put it ahead of the speaker.
var deadlineWords = set("by until till through effective starting beginning from before")

// participleAux are words after which an -ed form is a participle, not a
// past tense.
var participleAux = set("be been being to is are will would could can may might should must")

var pastCues = set("said was were had did ago last told met held went came took made gave saw began left " +
	"fought won lost sent led spoke wrote thought brought sought struck rose fell broke flew drove ran sat stood " +
	"announced reported confirmed added according earlier previously yesterday")

// tenseAt reads the tense that governs token i from the words around it in
// its sentence: the nearest cue before it, else the nearest after it.
func tenseAt(text string, toks []token, i int) int {
	sent := toks[i].sent
	var lower []byte
	look := func(j int) int {
		t := toks[j]
		if t.kind != tokWord {
			return tenseNone
		}
		lower = appendLower(lower[:0], text[t.s:t.e])
		w := string(lower)
		switch {
		case (w == "plan" || w == "plans") && !(j+1 < len(toks) && toks[j+1].kind == tokWord && lowerIs(text, toks[j+1], "to")):
			return tenseNone // "signed a cooperation plan Friday": a noun, not a plan to act
		case w == "later" && j > 0 && unitBefore(text, toks[j-1]):
			return tenseNone // "three days later" tells an interval, not the future
		case futureCues[w]:
			return tenseFuture
		case pastCues[w]:
			return tensePast
		case len(w) > 4 && w[len(w)-2:] == "ed":
			// "had returned" is past; "to be completed" is not
			if j > 0 && toks[j-1].kind == tokWord {
				lower = appendLower(lower[:0], text[toks[j-1].s:toks[j-1].e])
				if participleAux[string(lower)] {
					return tenseNone
				}
			}
			return tensePast
		}
		return tenseNone
	}
	if i > 0 && toks[i-1].sent == sent && toks[i-1].kind == tokWord {
		// "by Jan. 14", "effective Dec. 7", "through January": a deadline ahead
		lower = appendLower(lower[:0], text[toks[i-1].s:toks[i-1].e])
		if deadlineWords[string(lower)] {
			return tenseFuture
		}
		if string(lower) == "since" {
			return tensePast
		}
	}
	for j, n := i-1, 0; j >= 0 && toks[j].sent == sent && n < 15; j, n = j-1, n+1 {
		if t := look(j); t != tenseNone {
			return t
		}
	}
	for j, n := i+1, 0; j < len(toks) && toks[j].sent == sent && n < 12; j, n = j+1, n+1 {
		if t := look(j); t != tenseNone {
			return t
		}
	}
	return tenseNone
}

// byTense places a bare weekday, month-day, month or quarter in the past
// or the future of ref as tense says, or on the nearest occurrence.
func (f *frame) placeByTense(ref time.Time, tense int) {
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	if f.gran == granWeekend { // "the weekend": the coming one, or the last one in a past clause
		if tense == tensePast && ref.Weekday() >= time.Monday && ref.Weekday() <= time.Friday {
			f.rel = -1
		}
		return
	}
	if f.relative && (f.gran == granDay || f.gran == granTime) { // a weekday: resolved forward, 1 to 7 days on
		fwd, back := f.rel, f.rel-7
		switch {
		case tense == tensePast:
			f.rel = back
		case tense == tenseFuture:
			f.rel = fwd
		case -back <= fwd+3:
			// no tense: news mostly reports the days just gone
			f.rel = back
		}
		return
	}
	best := f.nearest(ref, tense)
	if f.strict && f.gran == granMonth && tense == tensePast && !best.IsZero() && best.AddDate(0, 1, 0).Format("2006-01") == ref.Format("2006-01") {
		// "last February" said on March 1 is February of the year before:
		// the month just gone would be "last month"
		best = best.AddDate(-1, 0, 0)
	}
	// News speaks of dates near it: a tensed choice half a year away gives
	// way to an occurrence within two months on the other side; but "last
	// December" is never ahead.
	if near := f.nearest(ref, tenseNone); tense != tenseNone && !f.strict && !best.IsZero() && near != best {
		fb, lb := f.span(best.Year())
		fn, ln := f.span(near.Year())
		if distance(fb, lb, ref) > 183*24*time.Hour && distance(fn, ln, ref) < 62*24*time.Hour {
			best = near
		}
	}
	if best.IsZero() {
		f.year = ref.Year()
		return
	}
	f.year = best.Year()
}

// nearest returns the first day of the occurrence of a yearless frame
// nearest to ref on the side tense allows, or the zero time.
func (f *frame) nearest(ref time.Time, tense int) time.Time {
	var best time.Time
	bestDist := time.Duration(1<<63 - 1)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		first, last := f.span(y)
		switch {
		case tense == tensePast && first.After(ref), tense == tensePast && f.strict && !last.Before(ref):
			continue
		case tense == tenseFuture && last.Before(ref), tense == tenseFuture && f.strict && !first.After(ref):
			continue
		}
		d := distance(first, last, ref)
		if d < bestDist || tense == tensePast && d == bestDist {
			best, bestDist = first, d
		}
	}
	return best
}

// span returns the first and last day the frame covers in year y.
func (f *frame) span(y int) (time.Time, time.Time) {
	switch f.gran {
	case granMonth:
		first := time.Date(y, time.Month(f.month), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1)
	case granQuarter:
		first := time.Date(y, time.Month(3*(f.quarter-1)+1), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 3, -1)
	}
	d := time.Date(y, time.Month(f.month), f.day, 0, 0, 0, 0, time.UTC)
	return d, d
}

func distance(first, last, ref time.Time) time.Duration {
	switch {
	case ref.Before(first):
		return first.Sub(ref)
	case ref.After(last):
		return ref.Sub(last)
	}
	return 0
}

// forward returns the days from ref to the next weekday wd, 1 to 7.
func forward(ref time.Time, wd int) int {
	n := (wd - int(ref.Weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	return n
}

// lowerIs reports whether token t of text is w, ignoring ASCII case.
func lowerIs(text string, t token, w string) bool {
	s := text[t.s:t.e]
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// unitBefore reports whether token t is a plural unit of time: "days" in
// "three days later".
func unitBefore(text string, t token) bool {
	for _, u := range []string{"hours", "days", "weeks", "months", "years", "minutes"} {
		if lowerIs(text, t, u) {
			return true
		}
	}
	return false
}
