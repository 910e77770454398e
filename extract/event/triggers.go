package event

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// A frame is how a trigger's participants are read: the frame column of
// triggers.tsv.
type frame string

// Frames.
const (
	symmetric    frame = "sym"   // the participants act together: "met", "talks"
	sourceTarget frame = "st"    // a source acts on a target
	reporting    frame = "rep"   // a source speaks; a target, if any, is addressed
	concession   frame = "yield" // a concession; negated, a rejection by whoever says so
)

// known reports whether f is one of the frames.
func (f frame) known() bool {
	switch f {
	case symmetric, sourceTarget, reporting, concession:
		return true
	}
	return false
}

// A trigger is one row of the trigger table.
type trigger struct {
	typ, cameo, plover string
	frame              frame
	toks               []string // lower case; "..." is a gap of up to three tokens
	nominal            bool     // a noun ("invasion", "protests"): its agent stands just before it, if anywhere
}

// buildTriggers reads the trigger table (data/triggers.tsv) and returns
// its triggers by first token, longest first, and its types' first rows
// (their codes and frame, no form). It runs when data/triggers.bin is
// made (go generate, see compact.go); the program reads that file.
func buildTriggers(table string) (trigs map[string][]trigger, rows map[string]trigger, err error) {
	rs, err := tsv.Read(strings.NewReader(table), "extract/event/data/triggers.tsv", 5)
	if err != nil {
		return nil, nil, err
	}
	trigs, rows = map[string][]trigger{}, map[string]trigger{}
	for n, r := range rs {
		if !frame(r[3]).known() {
			return nil, nil, fmt.Errorf("extract/event/data/triggers.tsv: row %d (%s): unknown frame %q", n+1, r[0], r[3])
		}
		if _, ok := rows[r[0]]; !ok {
			rows[r[0]] = trigger{typ: r[0], cameo: r[1], plover: r[2], frame: frame(r[3])}
		}
		for _, f := range tsv.Split(r[4]) {
			verb := strings.HasSuffix(strings.Fields(f)[0], "+")
			for _, toks := range expandForm(f) {
				t := trigger{typ: r[0], cameo: r[1], plover: r[2], frame: frame(r[3]), toks: toks,
					nominal: !verb && !strings.HasSuffix(toks[0], "ed") && len(toks) == 1}
				trigs[t.toks[0]] = append(trigs[t.toks[0]], t)
			}
		}
	}
	for k, ts := range trigs {
		sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].toks) > len(ts[j].toks) })
		trigs[k] = ts
	}
	return trigs, rows, nil
}

// as returns h read as an act of the first row of type typ: its codes and
// frame, its words and their kind kept.
func (h hit) as(typ string) hit {
	r := triggerTable().row(typ)
	h.typ, h.cameo, h.plover, h.frame = r.typ, r.cameo, r.plover, r.frame
	return h
}

// A hit is a trigger found at tokens [t0, t1).
type hit struct {
	trigger
	t0, t1 int
}

// matchTrigger matches the longest trigger at token i.
func (d *reader) matchTrigger(i int) (hit, bool) {
	for _, t := range triggerTable().of(d.Lower(i)) {
		if end, ok := d.matchSeq(i, t.toks); ok {
			return hit{trigger: t, t0: i, t1: end}, true
		}
	}
	return hit{}, false
}

// maxGap is how many words a "..." in a trigger form may stand for.
const maxGap = 5

// matchSeq matches lower-case tokens with "..." gaps at token i and
// returns the end.
func (d *reader) matchSeq(i int, seq []string) (int, bool) {
	sent := d.Toks[i].Sent
	j := i
	for k := 0; k < len(seq); k++ {
		if seq[k] == "..." {
			k++
			found := false
			for q, g := j, 0; g <= maxGap && q < len(d.Toks) && d.Toks[q].Sent == sent; {
				if d.Lower(q) == seq[k] {
					j, found = q+1, true
					break
				}
				if d.Toks[q].Kind == text.Punct && !amountSign(d.Word(q)) {
					if e := d.appositiveName(q); e > 0 {
						q = e // "forced the UN refugee agency, UNHCR, out": the name is no gap
						continue
					}
					break // a gap does not cross punctuation
				}
				q, g = q+1, g+1
			}
			if !found {
				return 0, false
			}
			continue
		}
		if j >= len(d.Toks) || d.Toks[j].Sent != sent || d.Lower(j) != seq[k] {
			return 0, false
		}
		j++
	}
	return j, true
}

// amountSign reports whether punctuation w is part of an amount, which a
// gap may cross: "imposed a 100% tariff", "a $3 billion loan".
func amountSign(w string) bool {
	switch w {
	case "%", "$", "€", "£", "¥":
		return true
	}
	return false
}

// appositiveName returns the token after a name set off by commas that
// starts at comma q (", UNHCR,"), or 0 if none does: up to four
// capitalised words.
func (d *reader) appositiveName(q int) int {
	if d.Word(q) != "," {
		return 0
	}
	for r := q + 1; r <= q+5 && r < len(d.Toks) && d.Toks[r].Sent == d.Toks[q].Sent; r++ {
		switch {
		case d.Word(r) == ",":
			if r > q+1 {
				return r + 1
			}
			return 0
		case d.Toks[r].Kind != text.Word || !text.IsUpperStart(d.Word(r)):
			return 0
		}
	}
	return 0
}

// ownActs are what one signs alone: laws and orders, not agreements
// (lemmas, words.txt).
var ownActs = sync.OnceValue(func() map[string]bool { return words.Set("own-acts") })

// objectIn reports whether predicate w of t has an object whose lemma is
// one of nouns: "signed a decree" (ownActs), "blocked an aid package"
// (decisionNouns).
func objectIn(t *syntax.Tree, w int, nouns map[string]bool) bool {
	for _, o := range t.Objects(w) {
		if nouns[strings.ToLower(t.Word(o).Lemma)] {
			return true
		}
	}
	return false
}

// subjectIn reports whether a subject of predicate w of t (see
// syntax.Tree.Subjects) has its lemma, lower-cased, in nouns.
func subjectIn(t *syntax.Tree, w int, nouns map[string]bool) bool {
	for _, s := range t.Subjects(w) {
		if nouns[strings.ToLower(t.Word(s).Lemma)] {
			return true
		}
	}
	return false
}

// suspendsMember reports whether the verb "suspend" of trigger h, alone,
// has an international body as subject and a state as object: "the
// African Union suspended Niger" suspends its membership (CAMEO 160).
func (d *reader) suspendsMember(h hit) bool {
	w, t := d.predicate(h)
	if t == nil || t.Word(w).UPOS != "VERB" {
		return false
	}
	sent := int(d.Toks[h.t0].Sent)
	body := false
	for _, s := range t.Subjects(w) {
		for _, m := range d.actorsIn(sent, t, s, false) {
			body = body || strings.HasPrefix(d.actors[d.mentions[m].Actor].Code, "IGO")
		}
	}
	if !body {
		return false
	}
	for _, o := range t.Objects(w) {
		for _, m := range d.actorsIn(sent, t, o, false) {
			if d.actors[d.mentions[m].Actor].Kind == actor.Country {
				return true
			}
		}
	}
	return false
}

// rulingNouns are what a court decides, which one appeals against
// (words.txt).
var rulingNouns = sync.OnceValue(func() map[string]bool { return words.Set("ruling-nouns") })

// legalAppeal reports whether trigger h appeals to a court: the verb
// "appeal" with a court's decision as its object ("will appeal the
// ruling", "appealed against the verdict"), or the noun as what a court
// decides ("rejected an appeal by the company").
func (d *reader) legalAppeal(h hit) bool {
	w, t := d.predicate(h)
	if t == nil {
		return false
	}
	if t.Word(w).UPOS == "NOUN" {
		for _, k := range t.Children(w, "nmod") {
			if caseOf(t, k) == "against" && rulingNouns()[t.Word(k).Lemma] {
				return true // "lost an appeal against a verdict"
			}
		}
		// "the court rejected an appeal by Arauco": what a court decides on
		v := t.Head(w)
		if v >= 0 && syntax.IsRel(t.Rel(w), "obj") && appealOutcomes[t.Word(v).Lemma] {
			return true // "Bayer lost an appeal": a court's, which one wins or loses
		}
		if v < 0 || !syntax.IsRel(t.Rel(w), "obj") || !courtVerbs[t.Word(v).Lemma] {
			return false
		}
		subj := t.Subjects(v)
		for u := v; len(subj) == 0 && u >= 0 && syntax.IsRel(t.Rel(u), "advcl"); u = t.Head(u) {
			subj = t.Subjects(t.Head(u)) // "the court ordered …, rejecting an appeal"
		}
		for _, s := range subj {
			if courtNouns[strings.ToLower(t.Word(s).Lemma)] {
				return true // not "Kenya rejected an appeal by Uganda"
			}
		}
		return false
	}
	if t.Word(w).UPOS != "VERB" {
		return false
	}
	for _, o := range t.Objects(w) {
		if rulingNouns()[t.Word(o).Lemma] {
			return true
		}
	}
	for _, o := range t.Obliques(w) {
		if o.Case == "against" && rulingNouns()[t.Word(o.Word).Lemma] {
			return true
		}
	}
	return false
}

// courtVerbs are what a court does with an appeal, courtNouns the
// courts that do it (lemmas, words.txt).
var (
	courtVerbs = words.Set("court-verbs")
	courtNouns = words.Set("court-nouns")
	// appealOutcomes are what a party does with its appeal to a court
	// (lemmas, words.txt): "lost an appeal"
	appealOutcomes = words.Set("appeal-outcomes")
)

// pleaWords, after "plead", make it a plea to a court.
var pleaWords = map[string]bool{"guilty": true, "not": true, "innocent": true, "no": true}

// notAnOrder reports whether trigger h, "ordered … to", is no order to
// someone to act: the verb must be active, its object people ("ordered
// French troops to leave"), not things ("ordered 40 Embraer jets to
// replace its older aircraft" is a purchase), and its open complement
// the act ordered; "in order to" is none.
func (d *reader) notAnOrder(h hit) bool {
	if h.typ != "demand" || d.Lower(h.t1-1) != "to" || !strings.HasPrefix(d.Lower(h.t0), "order") {
		return false
	}
	w, t := d.predicate(h)
	if t == nil || t.Word(w).Lemma != "order" || t.Word(w).UPOS != "VERB" || t.Passive(w) || len(t.Children(w, "xcomp")) == 0 {
		return true
	}
	objs := t.Objects(w)
	for _, o := range objs {
		if thingNouns()[t.Word(o).Lemma] {
			return true
		}
	}
	return len(objs) == 0
}
