package timex

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/olebedev/when/rules"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// The time engine runs its rules only at words that can begin a time
// expression, each on a bounded window of the text, so the cost of a text
// grows linearly with its length; olebedev/when's own driver instead runs
// every rule over the whole remaining text for each match it returns.
type timeEngine struct {
	byFirst  map[string][]*trule
	withYear []*trule // rules for a number that may be a year
	opts     rules.Options
}

// maxWindow bounds the text a rule sees: no time expression is longer.
const maxWindow = 96

// The engine, built on first use and shared: its rules never change.
var (
	engineOnce sync.Once
	engine     *timeEngine
)

// timeEngineInstance returns the engine, building it and indexing its
// rules by their first words on the first call.
func timeEngineInstance() *timeEngine {
	engineOnce.Do(func() {
		e := &timeEngine{byFirst: map[string][]*trule{}, opts: rules.Options{Distance: 5, MatchByOrder: true}}
		for _, r := range timeRules() {
			for _, w := range r.first {
				e.byFirst[w] = append(e.byFirst[w], r)
			}
		}
		e.withYear = append(append([]*trule{}, e.byFirst["#year"]...), e.byFirst["#num"]...)
		engine = e
	})
	return engine
}

// gate says, for frequent words, which next words can continue a time
// expression; elsewhere the rules are not tried at all. It is kept in code,
// not in words.txt: it is not a judgement about words but an index of the
// rules' expressions, the words each can take after its first, and must
// change with them.
var gate = sync.OnceValue(func() map[string]map[string]bool {
	const (
		units    = "second seconds minute minutes hour hours day days night nights week weeks weekend month months quarter quarters year years decade decades century centuries "
		months   = "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
		weekdays = "sunday monday tuesday wednesday thursday friday saturday "
		seasons  = "spring summer autumn fall winter "
		numbers  = "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred few several many couple "
	)
	g := map[string]map[string]bool{
		"the": set("early late mid middle beginning start end past last next coming previous current future " +
			"first second third fourth 1st 2nd 3rd 4th following same day week month year quarter latest fiscal " +
			"year-ago year-earlier final initial weekend near spring summer autumn fall winter twenties thirties forties fifties sixties seventies eighties nineties " + numbers),
		"a":         set("few couple day week month year decade century hour minute second half weekend night"),
		"an":        set("hour"),
		"in":        set("recent the"),
		"at":        set("present"),
		"end":       set("of"),
		"start":     set("of"),
		"beginning": set("of"),
		"middle":    set("of"),
		"last":      set(units + months + weekdays + seasons + numbers),
		"next":      set(units + months + weekdays + seasons + numbers),
		"past":      set(units + months + weekdays + seasons + numbers),
		"previous":  set(units + numbers),
		"coming":    set(units + numbers),
		"this":      set(units + months + weekdays + seasons + "morning afternoon evening past coming year's"),
		"current":   set("year month week quarter fiscal decade century"),
		"fiscal":    set("year"),
		"each":      set(units + months + weekdays + "morning night"),
		"every":     set(units + months + weekdays + "morning night"),
		"early":     set(months + "this last next the yesterday today tomorrow"),
		"late":      set(months + "this last next the yesterday today tomorrow"),
		"recent":    set("days weeks months years"),
		"year":      set(""), // only "year-earlier", "year-ago", looked up by their head
	}
	for _, w := range []string{"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"} {
		g[w] = set("quarter quarters half")
	}
	for _, w := range strings.Fields(numbers + "a an") {
		if g[w] == nil {
			g[w] = set(units + numbers + "1/2")
		}
	}
	return g
})

// found is a time expression in byte offsets, with its frame.
type found struct {
	s, e int
	f    frame
	tok  int // index of its first token
}

// yearAfter matches the year that may follow a month-day: "January 12,
// 2021".
var yearAfter = regexp.MustCompile(`^,?\s+((?:1[0-9]|20|21)\d\d)\b`)

// scan finds the time expressions of text, left to right, without
// overlaps.
//
// low is text with ASCII letters lower-cased: when's appliers read number
// and unit words case-sensitively, so its rules see the lower-cased window.
func (e *timeEngine) scan(src, low string, toks []text.Token, sents [][2]int, ref time.Time) []found {
	var out []found
	var lower []byte
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == text.Punct {
			continue
		}
		lower = text.AppendLower(lower[:0], src[t.Start:t.End])
		cands := e.candidates(src, toks, i, lower)
		if len(cands) == 0 {
			continue
		}
		end := min(sents[t.Sent][1], int(t.Start)+maxWindow)
		window := src[t.Start:end]
		best, bestEnd, bestFrame := -1, 0, frame{}
		for k, r := range cands {
			if !r.precheck(src, toks, i) {
				continue
			}
			w := window
			if r.ours == nil {
				w = low[t.Start:end]
			}
			rf := r.F()
			m := rf.Find(w)
			if m == nil || m.Left != 0 {
				continue
			}
			if r.ours != nil {
				m.Right = len(m.Captures[0]) // when's Find ends a match at its last group
			}
			if m.Right <= bestEnd {
				continue
			}
			var f frame
			if !e.apply(r, m, &f, ref) || r.guard != nil && !r.guard(src, toks, i, m) {
				continue
			}
			best, bestEnd, bestFrame = k, m.Right, f
		}
		if best < 0 {
			continue
		}
		s := int(t.Start)
		if bestFrame.gran == granDay && bestFrame.month != 0 && bestFrame.year == 0 {
			if y := yearAfter.FindStringSubmatchIndex(src[s+bestEnd : end]); y != nil {
				bestFrame.year, bestFrame.byTense = atoi(src[s+bestEnd+y[2]:s+bestEnd+y[3]]), false
				bestEnd += y[1]
			}
		}
		out = append(out, found{s: s, e: s + bestEnd, f: bestFrame, tok: i})
		for i+1 < len(toks) && int(toks[i+1].Start) < s+bestEnd {
			i++
		}
	}
	return out
}

// candidates returns the rules that may match at token i.
func (e *timeEngine) candidates(src string, toks []text.Token, i int, lower []byte) []*trule {
	t := toks[i]
	if t.Kind == text.Number {
		w := src[t.Start:t.End]
		if len(w) == 4 && plausibleYear(atoi(w)) {
			return e.withYear
		}
		if !text.IsLetterByte(w[len(w)-1]) && !strings.Contains(w, ":") && !numberFollower(src, toks, i) {
			return nil // 10,000 soldiers
		}
		return e.byFirst["#num"]
	}
	cands := e.byFirst[string(lower)]
	hyphen := false
	if h := bytes.IndexByte(lower, '-'); len(cands) == 0 && h > 0 {
		lower, hyphen = lower[:h], true // "five-year", "third-quarter", "mid-January"
		cands = e.byFirst[string(lower)]
	}
	if len(cands) == 0 {
		return nil
	}
	if (monthWords[string(lower)] > 0 || isWeekdayName(string(lower))) && !text.IsUpperStart(src[t.Start:t.End]) {
		return nil // "may", "march": months and weekdays are capitalised
	}
	if g := gate()[string(lower)]; g != nil && !hyphen {
		if i+1 >= len(toks) {
			return nil
		}
		var buf [16]byte
		next := text.AppendLower(buf[:0], src[toks[i+1].Start:toks[i+1].End])
		if !g[string(next)] && !(toks[i+1].Kind == text.Number) {
			return nil
		}
	}
	return cands
}

// numberFollowers are the words after a number that can make it part of a
// time expression: months, units, clock marks. Like gate, it indexes the
// rules' expressions, and is built from the same tables.
var numberFollowers = sync.OnceValue(func() map[string]bool {
	m := set("ago a.m. p.m. am pm a p o'clock - of st nd rd th years-old")
	for w := range monthWords {
		m[w] = true
	}
	for w := range unitGran {
		m[w], m[w+"s"] = true, true
	}
	m["centuries"] = true
	return m
})

// numberFollower reports whether the word after number token i can carry
// it into a time expression.
func numberFollower(src string, toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	var buf [16]byte
	n := toks[i+1]
	if n.Kind == text.Number && strings.HasPrefix(src[n.Start:], "1/2") {
		return true // "5 1/2 hours"
	}
	next := text.AppendLower(buf[:0], src[n.Start:n.End])
	return numberFollowers()[strings.TrimSuffix(string(next), ".")] || numberFollowers()[string(next)]
}

// apply runs the rule's applier: ours on the frame, or when's on a
// rules.Context that is then read into the frame.
func (e *timeEngine) apply(r *trule, m *rules.Match, f *frame, ref time.Time) bool {
	if r.ours != nil {
		return r.ours(m, f)
	}
	var c rules.Context
	ok, err := m.Apply(&c, &e.opts, ref)
	return err == nil && ok && r.from(m, &c, f)
}

// precheck runs the rule's cheap checks on the words at token i.
func (r *trule) precheck(src string, toks []text.Token, i int) bool {
	t := toks[i]
	var next []byte
	var buf [24]byte
	nextNum := false
	if i+1 < len(toks) {
		n := toks[i+1]
		next = text.AppendLower(buf[:0], src[n.Start:n.End])
		nextNum = n.Kind == text.Number
	}
	if t.Kind == text.Number {
		if r.numSelf != nil && r.numSelf(src[t.Start:t.End]) {
			return true
		}
		if r.numNext != nil {
			if hy := bytes.IndexByte(next, '-'); hy > 0 {
				next = next[:hy] // "five-year" was split: "5-year"
			}
			if i+1 >= len(toks) {
				return false
			}
			return r.numNext[string(next)] || nextNum && r.numNext["1/2"] && strings.HasPrefix(src[toks[i+1].Start:], "1/2") ||
				toks[i+1].Kind == text.Punct && src[toks[i+1].Start] == '-'
		}
		return true
	}
	if r.theNext != nil && t.End-t.Start == 3 && strings.EqualFold(src[t.Start:t.End], "the") {
		if hy := bytes.IndexByte(next, '-'); hy > 0 && !r.theNext[string(next)] {
			next = next[:hy]
		}
		return r.theNext[string(next)] || nextNum && r.theNext["#num"]
	}
	return true
}
