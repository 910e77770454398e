package event

import (
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// reporters makes the speaker of a statement that reports other events of
// its sentence their reporter, and drops the statement: in "Russian
// forces attacked Kyiv, Ukraine's military said" and "Ukraine said
// Russian forces attacked Kyiv" the military reports the attack, it does
// not make a statement of its own. A statement that reports no event of
// its sentence stays, and so does one of the speaker's own act, or its
// state's ("the Russian Defense Ministry said troops had returned to
// base": Russia says what Russia did).
func (d *reader) reporters() {
	bySent := map[int][]int{} // the events of each sentence with a statement
	for i := range d.events {
		if statement(&d.events[i]) {
			bySent[d.events[i].Sentence] = nil
		}
	}
	if len(bySent) == 0 {
		return
	}
	for i := range d.events {
		if evs, ok := bySent[d.events[i].Sentence]; ok {
			bySent[d.events[i].Sentence] = append(evs, i)
		}
	}
	drop := make([]bool, len(d.events))
	for i := range d.events {
		s := &d.events[i]
		if !statement(s) {
			continue
		}
		sw, t := d.eventWord(i)
		if t == nil {
			continue
		}
		for _, j := range bySent[s.Sentence] {
			e := &d.events[j]
			if j == i || drop[j] || statement(e) {
				continue
			}
			if ew, _ := d.eventWord(j); ew < 0 || !reportedBy(t, sw, ew) || d.ownAct(s, e) {
				continue
			}
			drop[i] = true
			for _, p := range s.Actors {
				if p.Role == Reporter || p.Role == Target || slices.ContainsFunc(e.Actors, func(q Participant) bool { return q.Name == p.Name }) {
					continue // the addressee reports nothing; an actor of the act is one already
				}
				r := Participant{Name: p.Name, Role: Reporter, Code: p.Code, Trigger: s.Trigger}
				if s.TimeText != "" {
					r.Date = s.Date
				}
				e.Actors = append(e.Actors, r)
			}
		}
	}
	n := 0
	for i := range d.events {
		if !drop[i] {
			d.events[n], d.evTok[n] = d.events[i], d.evTok[i]
			n++
		}
	}
	d.events, d.evTok = d.events[:n], d.evTok[:n]
}

// statement reports whether e is a coded statement, which may report the
// other events of its sentence.
func statement(e *Event) bool { return e.Type == "statement" && !e.Open }

// ownAct reports whether a speaker of statement s is a source of event e,
// or speaks for the state that is: a state's government and forces speak
// for it ("the Russian Defense Ministry said troops had returned"), a
// person of it not by that alone ("his party said police arrested him").
func (d *reader) ownAct(s, e *Event) bool {
	for _, p := range s.Actors {
		if p.Role != Source {
			continue
		}
		side := stateSide(p.Code)
		if k, ok := d.cast.Lookup(p.Name); ok && d.actors[k].Kind == actor.Person && len(p.Code) == 3 {
			side = "" // a person coded by state alone holds no office we know
		}
		for _, q := range e.Actors {
			if q.Role != Source && q.Role != Symmetric {
				continue
			}
			if q.Name == p.Name || side != "" && side == stateSide(q.Code) {
				return true
			}
		}
	}
	return false
}

// stateSide returns the state a CAMEO code stands for when it is the
// state's or its government's, forces' or officials' ("RUS", "RUSGOV",
// "RUSGOVMIL"), else "".
func stateSide(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch st, rest := code[:3], code[3:]; {
	case st == "IGO" || st == "NGO" || st == "MNC" || st == "INT" || st == "IMG" || st == "UIS":
		return ""
	case rest == "" || strings.HasPrefix(rest, "GOV") || strings.HasPrefix(rest, "MIL") ||
		strings.HasPrefix(rest, "COP") || strings.HasPrefix(rest, "SPY") || strings.HasPrefix(rest, "LEG") || strings.HasPrefix(rest, "JUD"):
		return st
	}
	return ""
}

// eventWord returns the word of event i's trigger in its sentence's tree,
// and the tree; -1 and nil if the sentence has none.
func (d *reader) eventWord(i int) (int, *syntax.Tree) {
	tok := d.evTok[i]
	sent := int(d.Toks[tok].Sent)
	t := d.tree(sent)
	if t == nil {
		return -1, nil
	}
	return d.wordOf(tok), t
}

// reportedBy reports whether word w of t is in the clause that verb of
// saying s reports: below s through its clausal complement ("said Russia
// attacked"), or in the clause s is set beside ("Russia attacked, Kyiv
// said", s a parataxis of it, or a conjunct with no conjunction).
func reportedBy(t *syntax.Tree, s, w int) bool {
	for x := w; x >= 0; x = t.Head(x) {
		if t.Head(x) == s {
			return syntax.IsRel(t.Rel(x), "ccomp")
		}
	}
	if !setBeside(t, s) {
		return false
	}
	q := t.Head(s)
	for x := w; x >= 0; x = t.Head(x) {
		if x == s {
			return false
		}
		if x == q {
			return true
		}
	}
	return false
}
