package event

// Bearers: a noun of pressure, criticism, threat or accusation whose
// verb bears it ("faces charges", "drew criticism from China") has its
// subject as the act's target, and its doer in a phrase of its own.

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// pressureFaced reports whether the noun "pressure" of the site is
// borne by the subject of its verb: "BP faced political pressure", "came
// under pressure from Washington".
func (d *reader) pressureFaced(c *site) bool {
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "NOUN" || strings.ToLower(t.Word(w).Lemma) != "pressure" {
		return false
	}
	v := t.Head(w)
	if v < 0 {
		return false
	}
	if caseOf(t, w) == "under" {
		return true // "came under pressure", "set up the fund under pressure"
	}
	return syntax.IsRel(t.Rel(w), "obj") && pressureBearers[t.Word(v).Lemma]
}

// pressureBearers are verbs whose subject bears the pressure their object
// names: "faced pressure", "resisted pressure".
var pressureBearers = map[string]bool{"face": true, "feel": true, "resist": true, "withstand": true, "bow": true}

// chargeBearers are verbs whose subject bears the charge their object or
// "to" phrase names: "faces charges", "pleaded guilty to a charge",
// "settled a lawsuit", "is fighting the charges".
var chargeBearers = map[string]bool{"face": true, "plead": true, "admit": true, "contest": true, "settle": true, "fight": true}

// criticismBearers are verbs whose subject draws the criticism their
// object names: "met Putin, drawing criticism from EU leaders".
var criticismBearers = map[string]bool{"draw": true, "attract": true, "earn": true, "face": true, "receive": true, "prompt": true, "spark": true}

// criticismDrawn reports whether the site's trigger is a noun of
// criticism that a verb of drawing it has as object, with a "from"
// phrase: "drew criticism from EU leaders" is the leaders' criticism of
// whoever drew it.
func (d *reader) criticismDrawn(c *site) bool {
	w, v, t, ok := d.nounObjectOf(c, criticismBearers)
	if !ok {
		return false
	}
	for _, k := range append(t.Children(w, "nmod"), t.Children(v, "obl")...) {
		if caseOf(t, k) == "from" {
			return true // "from China" on the noun or, as parsers hang it, on the verb
		}
	}
	return false
}

// bearers returns who bears the charge or criticism the site's trigger
// names: the subjects of the verb whose object it is, or, that verb a
// clause of manner ("met Putin, drawing criticism"), of the verb it
// hangs on.
func (d *reader) bearers(c *site) []int {
	w, t := d.predicate(c.h)
	if t == nil {
		return nil
	}
	v := t.Head(w)
	if v < 0 {
		return nil
	}
	if len(t.Subjects(v)) == 0 && syntax.IsRel(t.Rel(v), "advcl") && t.Head(v) >= 0 {
		v = t.Head(v)
	}
	return d.subjectActors(int(d.Toks[c.h.t0].Sent), t, v)
}

// fearWords are the lemmas whose subject fears or faces what their object
// or their "about" or "of" phrase names: "Egypt fears the threat of
// terrorism", "is worried about the threat of violence".
var fearWords = map[string]bool{"fear": true, "face": true, "worry": true, "worried": true, "concerned": true, "afraid": true, "dread": true, "alarm": true, "alarmed": true}

// threatFeared reports whether the site's trigger is the noun "threat"
// that a word of fearing takes: who fears it is threatened, not the
// threatener.
func (d *reader) threatFeared(c *site) bool {
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "NOUN" {
		return false
	}
	v := t.Head(w)
	if v < 0 || !fearWords[strings.ToLower(t.Word(v).Lemma)] {
		return false
	}
	return syntax.IsRel(t.Rel(w), "obj") || caseOf(t, w) == "about" || caseOf(t, w) == "of"
}

// chargerOf returns who brings the charge or suit a trigger names that
// its target faces: the actor of its "from" or "by" phrase ("faces a
// lawsuit from Alaska Airlines"), or none.
func (d *reader) chargerOf(c *site) []int {
	w, t := d.predicate(c.h)
	if t == nil {
		return nil
	}
	sent := int(d.Toks[c.h.t0].Sent)
	phrases := t.Children(w, "nmod")
	if v := t.Head(w); v >= 0 && syntax.IsRel(t.Rel(w), "obj") {
		phrases = append(phrases, t.Children(v, "obl")...) // "drew criticism from China", hung on the verb
	}
	for _, k := range phrases {
		if cs := caseOf(t, k); cs == "from" || cs == "by" {
			if ms := d.actorsIn(sent, t, k, false); len(ms) > 0 {
				return ms
			}
		}
	}
	for _, k := range nounAgents(t, w) {
		if ms := d.actorsIn(sent, t, k, false); len(ms) > 0 {
			return ms // "settle a lawsuit brought by US states"
		}
	}
	if c.h.typ == "demand" {
		doers, _ := d.actDoers(sent, t, w) // "under White House pressure"
		return doers
	}
	return nil
}

// chargeFaced reports whether the site's trigger is a noun of accusation
// that a verb of bearing it governs: its subject is the accused, not the
// accuser.
func (d *reader) chargeFaced(c *site) bool {
	if c.h.typ == "criticize" {
		return d.criticismDrawn(c)
	}
	if c.h.typ == "threaten" {
		return d.threatFeared(c)
	}
	if c.h.typ == "demand" {
		return d.pressureFaced(c)
	}
	if c.h.typ != "accuse" && c.h.typ != "sue" {
		return false
	}
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "NOUN" {
		return false
	}
	v := t.Head(w)
	if v >= 0 && strings.EqualFold(t.Word(v).Form, "guilty") && caseOf(t, w) == "to" {
		return true // "pleaded guilty to a fraud charge", "guilty" its head
	}
	return v >= 0 && chargeBearers[t.Word(v).Lemma] && (syntax.IsRel(t.Rel(w), "obj") || caseOf(t, w) == "to")
}
