package extract_test

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

// timexValue matches the TIMEX3 values the engine may give: dates from a
// century down to a minute or a part of the day, weeks, weekends,
// quarters, seasons, references, ISO 8601 durations and sets.
var timexValue = regexp.MustCompile(`^(?:` +
	`\d{4}(?:-` + valMonth + `(?:-` + valDay + `(?:T(?:` + valClock + `|MO|AF|EV|NI))?)?)?` + // 2022, 2022-01, 2022-01-12, 2022-01-12T22:00, 2022-01-12TMO
	`|\d{4}-W` + valWeek + `(?:-WE)?` + // 2022-W02, 2022-W02-WE
	`|\d{4}-Q[1-4]` +
	`|\d{4}-(?:SP|SU|FA|WI)` +
	`|\d{3}|\d{2}` + // decade 199, century 19
	`|PAST_REF|PRESENT_REF|FUTURE_REF` +
	`|P(?:[0-9X]+(?:Y|M|W|D|DE|CE|Q))+(?:T(?:[0-9X]+[HMS])+)?` + // P2D, P2Y6M, P1DT12H; the sets P1D, P1W, P1M, P1Y
	`|PT(?:[0-9X]+[HMS])+` + // PT3H, PT1H30M; the set PT1H
	`|XXXX-` + valMonth + // each July
	`|XXXX-WXX-[1-7]` + // every Monday
	`)$`)

const (
	valMonth = `(?:0[1-9]|1[0-2])`
	valDay   = `(?:0[1-9]|[12]\d|3[01])`
	valWeek  = `(?:0[1-9]|[1-4]\d|5[0-3])`
	valClock = `(?:[01]\d|2[0-3]):[0-5]\d`
)

var timexTypes = map[timex.Type]bool{timex.Date: true, timex.Time: true, timex.Duration: true, timex.Set: true}

// fuzzEpoch is day 0 of the fuzzed publication dates.
var fuzzEpoch = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

// fuzzDays bounds the fuzzed publication dates: 1990 to 2099.
const fuzzDays = 40177

// FuzzTimes runs the time engine and the whole extractor on arbitrary text
// and publication dates: no panic, every span inside the text and reading
// as its text, every value a well-formed TIMEX3 value, every event whole.
func FuzzTimes(f *testing.F) {
	for _, seed := range []struct {
		text string
		days int
	}{
		{"The minister said on Saturday that talks would resume.", 11699},
		{"The deal was signed on January 12, 2022 in Geneva.", 11699},
		{"Prices rose sharply in the 1990s.", 7000},
		{"Troops crossed the border at 10 p.m. on Friday.", 8000},
		{"Protesters gather every Monday outside parliament.", 9000},
		{"The company collapsed two years ago.", 10000},
		{"Elections are expected in early 2022.", 11600},
		{"Talks ended \xff\xfe on March 3, \xc3(2011 after \x80 two days.", 7700},
		{"The pro-Iranian Hizbollah (Party of God) group declared a ceasefire (", 3650},
		{"Vietnamese-led forces shelled Kampuchean guerrilla camps near Juba.", 3650},
		{"Ethopia agreed; ethnic Albanians in Serbia, Moslem forces and Tamil civilian refugees", 3650},
		{"The Bosnian Serb Republic and Egyptian Americans met Christians.", 3650},
		{"President Francois Mitterand met Judge Alejandro Rivera of the Bus Company of Tehran", 3650},
		{"", 0},
	} {
		f.Add(seed.text, seed.days)
	}
	f.Fuzz(func(t *testing.T, s string, days int) {
		if days < 0 {
			days = -(days + 1)
		}
		dct := fuzzEpoch.AddDate(0, 0, days%fuzzDays)
		times := timex.Find(s, dct)
		checkTimex(t, s, times)
		r := extract.Extract(extract.Article{ID: "f", Date: dct, Text: s})
		checkTimex(t, s, r.Timex)
		if len(times) > 0 && !reflect.DeepEqual(times, r.Timex) {
			t.Errorf("Times and Extract disagree:\nTimes   %+v\nExtract %+v", times, r.Timex)
		}
		checkEvents(t, s, r.Events)
		checkActors(t, s, r)
	})
}

// checkActors checks that every mention of every actor lies in s and
// reads as its text, and that every event's participant is an actor.
func checkActors(t *testing.T, s string, r *extract.Result) {
	t.Helper()
	n, valid := utf8.RuneCountInString(s), utf8.ValidString(s)
	var runes []rune
	if valid {
		runes = []rune(s)
	}
	names := map[string]bool{}
	for _, a := range r.Actors {
		names[a.Name] = true
		if a.Name == "" || a.Kind == "" || len(a.Mentions) == 0 {
			t.Errorf("actor %+v: no name, kind or mention", a)
		}
		for _, m := range a.Mentions {
			switch {
			case m.Start < 0 || m.Start >= m.End || m.End > n:
				t.Errorf("actor %s: mention %+v outside [0, %d)", a.Name, m, n)
			case valid && m.Text != string(runes[m.Start:m.End]):
				t.Errorf("actor %s: mention %+v reads %q", a.Name, m, string(runes[m.Start:m.End]))
			}
		}
	}
	for _, e := range r.Events {
		for _, p := range e.Actors {
			if !names[p.Name] {
				t.Errorf("event %s %q: participant %q is no actor", e.Type, e.Trigger, p.Name)
			}
		}
	}
}

// checkTimex checks the spans, types and values of xs, found in s.
func checkTimex(t *testing.T, s string, xs []timex.Timex) {
	t.Helper()
	n, valid := utf8.RuneCountInString(s), utf8.ValidString(s)
	var runes []rune
	if valid {
		runes = []rune(s)
	}
	for _, x := range xs {
		switch {
		case x.Start < 0 || x.Start >= x.End || x.End > n:
			t.Errorf("timex %+v: span [%d, %d) outside [0, %d)", x, x.Start, x.End, n)
		case valid && x.Text != string(runes[x.Start:x.End]):
			t.Errorf("timex %+v: text at [%d, %d) is %q", x, x.Start, x.End, string(runes[x.Start:x.End]))
		case !valid && (x.Text == "" || !strings.Contains(s, x.Text)):
			// invalid UTF-8 has no single reading as characters: the
			// text must at least be a piece of the input
			t.Errorf("timex %+v: text not in the input", x)
		}
		if !timexTypes[x.Type] {
			t.Errorf("timex %+v: type %q", x, x.Type)
		}
		if !timexValue.MatchString(x.Value) {
			t.Errorf("timex %+v: value %q is not a TIMEX3 value", x, x.Value)
		}
	}
}

// checkEvents checks that each event is typed and its evidence lies in s.
func checkEvents(t *testing.T, s string, evs []event.Event) {
	t.Helper()
	n, valid := utf8.RuneCountInString(s), utf8.ValidString(s)
	var runes []rune
	if valid {
		runes = []rune(s)
	}
	for _, e := range evs {
		if e.Type == "" || e.Cameo == "" || e.Modality == "" {
			t.Errorf("event %+v: missing type, CAMEO code or modality", e)
		}
		switch {
		case e.EvidenceStart < 0 || e.EvidenceStart >= e.EvidenceEnd || e.EvidenceEnd > n:
			t.Errorf("event %+v: evidence [%d, %d) outside [0, %d)", e, e.EvidenceStart, e.EvidenceEnd, n)
		case valid && e.Evidence != string(runes[e.EvidenceStart:e.EvidenceEnd]):
			t.Errorf("event %+v: evidence at [%d, %d) is %q", e, e.EvidenceStart, e.EvidenceEnd, string(runes[e.EvidenceStart:e.EvidenceEnd]))
		}
	}
}
