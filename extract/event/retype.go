package event

import (
	"slices"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// Retyping: a trigger whose row's type the words around it belie is
// read as another type's.

// retype returns h as the act its context makes it: the noun "strike"
// near talk of arms an air strike ("the strike came a day after air
// defences shot down two drones"), a warning of how things stand a
// pessimistic comment ("warned that inflation remained high"); else h.
func (d *reader) retype(h hit) hit {
	if h.typ == "demand" {
		switch d.ordersOut(h) {
		case outDiplomats:
			h = h.as("sanction")
			h.cameo = "161" // "ordered the ambassador to leave": relations cut
			return h
		case outOthers:
			return h.as("deport") // "ordered French troops to leave": expelled (174)
		}
	}
	if h.typ == "occupy" && d.companyTaken(h) {
		return h.as("seize") // "seized control of the chipmaker Nexperia": property, no territory (171)
	}
	if h.typ == "mobilize" && h.cameo == "154" && d.forPeacekeeping(h) {
		return h.as("peacekeep") // "pledged to send troops … as part of a peacekeeping mission"
	}
	if h.t1-h.t0 != 1 {
		return h
	}
	switch w := d.Lower(h.t0); {
	case h.typ == "strike" && isStrike(w) && d.militaryStrike(h):
		return h.as("airstrike")
	case h.typ == "threaten" && strings.HasPrefix(w, "warn") && d.warnsOfState(h):
		return h.as("concern")
	case h.typ == "obstruct" && d.blocksDecision(h):
		return h.as("veto")
	case h.typ == "attack" && d.verbalAttack(h):
		return h.as("criticize")
	}
	return h
}

// warnedMeasures are what one warns of when one threatens it (lemmas,
// words.txt): "warned of penalties", "warned of consequences".
var warnedMeasures = sync.OnceValue(func() map[string]bool { return words.Set("warned-measures") })

// verbalCues, before the noun "attack", make it one of words: "his most
// strident attack yet on the oil giant" (words.txt).
var verbalCues = sync.OnceValue(func() map[string]bool { return words.Set("verbal-attack-cues") })

// verbalAttack reports whether the attack of trigger h is one of words:
// the noun with an adjective of speech ("a scathing attack"), or an
// attack on an opinion or a decision ("attacked the plan"), or one by a
// person in a sentence with no word of arms ("Obama attacked BP").
func (d *reader) verbalAttack(h hit) bool {
	w, t := d.predicate(h)
	if t == nil {
		return false
	}
	for _, k := range t.Children(w, "amod") {
		if verbalCues()[strings.ToLower(t.Word(k).Form)] {
			return true
		}
	}
	objs := t.Objects(w)
	if t.Word(w).UPOS == "NOUN" {
		objs = nil
		for _, k := range t.Children(w, "nmod") {
			if caseOf(t, k) == "on" {
				objs = append(objs, k)
			}
		}
	}
	for _, o := range objs {
		if attackedWords()[strings.ToLower(t.Word(o).Lemma)] {
			return true
		}
	}
	sent := int(d.Toks[h.t0].Sent)
	doers := t.Subjects(w)
	if t.Word(w).UPOS == "NOUN" {
		doers = t.Children(w, "nmod:poss")
	}
	person := false
	for _, s := range doers {
		if m := d.mentionAt(d.tokenOf(sent, s)); m >= 0 && d.actors[d.mentions[m].Actor].Kind == actor.Person {
			person = true
		}
	}
	if !person {
		return false
	}
	for j := d.SentStart(h.t0); j < len(d.Toks) && d.Toks[j].Sent == d.Toks[h.t0].Sent; j++ {
		if j != h.t0 && militaryCues[d.Lower(j)] {
			return false
		}
	}
	return true
}

// attackedWords are what an attack of words is made on: a plan, a
// decision, remarks (lemmas, words.txt).
var attackedWords = sync.OnceValue(func() map[string]bool { return words.Set("attacked-words") })

// decisionNouns are what a body decides, which a member blocks by its
// vote, not by barricades (lemmas, words.txt).
var decisionNouns = sync.OnceValue(func() map[string]bool { return words.Set("decision-nouns") })

// blocksDecision reports whether the verb "block" of trigger h has a
// decision as its object: "Hungary blocked an EU aid package" is a veto
// (CAMEO 129), "protesters blocked the road" an obstruction (144).
func (d *reader) blocksDecision(h hit) bool {
	w, t := d.predicate(h)
	return t != nil && t.Word(w).UPOS == "VERB" && objectIn(t, w, decisionNouns())
}

// forPeacekeeping reports whether the troops sent by trigger h go to
// keep a peace: the words after it in its sentence, up to a clause of
// its own, speak of peacekeeping.
func (d *reader) forPeacekeeping(h hit) bool {
	for j := h.t1; j < len(d.Toks) && j < h.t1+15 && d.Toks[j].Sent == d.Toks[h.t0].Sent; j++ {
		w := d.Lower(j)
		if strings.HasPrefix(w, "peacekeep") || strings.HasPrefix(w, "peace-keep") {
			return true
		}
		if clauseOpeners()[w] || w == ";" {
			return false
		}
	}
	return false
}

// companyTaken reports whether what trigger h takes control of is a
// company: the first actor named in the six words after it.
func (d *reader) companyTaken(h hit) bool {
	ms := d.mentionsIn(h.t1, min(h.t1+6, d.SentEnd(h.t0)))
	if len(ms) == 0 {
		return false
	}
	return d.actors[d.mentions[ms[0]].Actor].IsCompany()
}

// leaveVerbs are what one is ordered to do when expelled (lemmas,
// words.txt).
var leaveVerbs = sync.OnceValue(func() map[string]bool { return words.Set("leave-verbs") })

// What an order to leave puts out (ordersOut).
const (
	outNone      = iota
	outDiplomats // a state's envoys: relations are cut (CAMEO 161)
	outOthers    // troops, staff, people: they are expelled (174)
)

// ordersOut tells whether the demand of trigger h orders its object out,
// and whom, as the Phoenix verb dictionary's ORDER patterns code it:
// "ordered Ethiopia's envoy to leave the country" cuts relations,
// "ordered French troops to leave" expels them; "pressured him to leave"
// asks him to step down.
func (d *reader) ordersOut(h hit) int {
	w, t := d.predicate(h)
	if t == nil || t.Word(w).UPOS != "VERB" || t.Word(w).Lemma != "order" {
		return outNone
	}
	objs := t.Objects(w)
	if len(objs) == 0 || !slices.ContainsFunc(t.Children(w, "xcomp"), func(k int) bool { return leaveVerbs()[t.Word(k).Lemma] }) {
		return outNone
	}
	if diplomatNouns()[strings.ToLower(t.Word(objs[0]).Lemma)] {
		return outDiplomats
	}
	return outOthers
}

// diplomatNouns name a state's envoys (lemmas, words.txt).
var diplomatNouns = sync.OnceValue(func() map[string]bool { return words.Set("diplomat-nouns") })

// militaryCues and labourCues tell a strike of arms from one of workers
// (words.txt).
var (
	militaryCues = words.Set("military-cues")
	labourCues   = words.Set("labour-cues")
)

// militaryStrike reports whether the noun "strike" of trigger h is one of
// arms: its sentence or the one before speaks of arms and its own of no
// workers ("Israeli aircraft struck a depot ... The strike came a day
// after ..."); else a strike is labour's, as it mostly is in news.
func (d *reader) militaryStrike(h hit) bool {
	sent := d.Toks[h.t0].Sent
	from := d.SentStart(h.t0)
	if sent > 0 {
		from = d.SentStart(from - 1)
	}
	military := false
	for j := from; j < len(d.Toks) && d.Toks[j].Sent <= sent; j++ {
		w := d.Lower(j)
		if d.Toks[j].Sent == sent && labourCues[w] {
			return false
		}
		military = military || militaryCues[w]
	}
	return military
}

// warnsOfState reports whether the verb "warn" of trigger h tells of how
// things stand, to no one named: its clause (what it warns of) says
// what will be done by no modal of the future, nor by one of what may be
// with the warner (a pronoun) its subject; or what it warns "of" is no act
// nor actor; and the verb has no object. "Warned that
// inflation remained high" is a pessimistic comment (CAMEO 012, as the
// Phoenix dictionary codes "warned of risk"); "warned that police will no
// longer tolerate rallies" a threat.
func (d *reader) warnsOfState(h hit) bool {
	w, t := d.predicate(h)
	if t == nil || t.Word(w).UPOS != "VERB" || len(t.Objects(w)) > 0 {
		return false
	}
	cs := t.Children(w, "ccomp")
	if len(cs) == 0 {
		// "warned of a global recession": of a state of things, no act
		sent := int(d.Toks[h.t0].Sent)
		for _, o := range t.Obliques(w) {
			if o.Case != "of" && o.Case != "about" {
				continue
			}
			if _, act := d.matchTrigger(d.tokenOf(sent, o.Word)); act || d.mentionAt(d.tokenOf(sent, o.Word)) >= 0 {
				return false // "warned of an attack", "warned of Iran"
			}
			if warnedMeasures()[strings.ToLower(t.Word(o.Word).Lemma)] {
				return false // "warned of penalties against banks", "of consequences"
			}
			return true
		}
		return false
	}
	for _, a := range t.Children(cs[0], "aux") {
		switch strings.ToLower(t.Word(a).Form) {
		case "will", "would", "'ll", "shall", "must":
			return false // "warned that police will no longer tolerate rallies"
		case "could", "might", "may":
			// "warned that it could retaliate", its own act; not "that
			// the decision could cost thousands of jobs"
			for _, s := range t.Children(cs[0], "nsubj") {
				if t.Word(s).UPOS == "PRON" {
					return false
				}
			}
		}
	}
	return true
}
