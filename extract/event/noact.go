package event

// Words that look like acts and name none here: a trigger's form used as
// another part of speech, in a figure of speech, or naming a kind of
// thing; notAnAct tells them, before any event is built.

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// mustOfSpeaker reports whether "must" of trigger h has the speaker or
// the reader as its subject: "we must", "you must", "I must".
func (d *reader) mustOfSpeaker(h hit) bool {
	w, t := d.predicate(h)
	if t == nil || t.Head(w) < 0 {
		return false
	}
	for _, s := range t.Subjects(t.Head(w)) {
		switch strings.ToLower(t.Word(s).Form) {
		case "i", "we", "you":
			return true
		}
	}
	return false
}

// capturedFeelings are what one captures in a figure of speech (lemmas,
// words.txt).
var capturedFeelings = sync.OnceValue(func() map[string]bool { return words.Set("captured-feelings") })

// dismissesPerson reports whether the verb "dismiss" of trigger h has a
// person as its object, named or by a title: "dismissed chief executive
// Tony Hayward", "dismissed the army chief".
func (d *reader) dismissesPerson(h hit) bool {
	w, t := d.predicate(h)
	if t == nil || t.Word(w).UPOS != "VERB" {
		return false
	}
	sent := int(d.Toks[h.t0].Sent)
	for _, o := range t.Objects(w) {
		if actor.IsTitleNoun(strings.ToLower(t.Word(o).Form)) || strings.ToLower(t.Word(o).Lemma) == "executive" {
			return true
		}
		if m := d.mentionAt(d.tokenOf(sent, o)); m >= 0 && d.actors[d.mentions[m].Actor].Kind == actor.Person {
			return true
		}
	}
	return false
}

// attributiveWords are participles that, before a noun, describe it rather
// than report an act: "alleged war crimes", "suspected militants".
var attributiveWords = sync.OnceValue(func() map[string]bool { return words.Set("attributive-words") })

// modifiedNouns are nouns that a noun trigger before them only describes:
// "aid groups", "aid workers" and "occupation forces" are people, not
// acts of aid or occupation.
var modifiedNouns = sync.OnceValue(func() map[string]bool { return words.Set("modified-nouns") })

// notAnAct reports whether trigger h names no act: one of the figures
// below fits it.
func (d *reader) notAnAct(h hit) bool {
	for _, f := range figures {
		if (f.typ == "" || f.typ == h.typ) && f.fits(d, h) {
			return true
		}
	}
	return false
}

// A figure is a use of a trigger's words that names no act here: for a
// trigger of type typ ("" for any), when fits says so.
type figure struct {
	typ  string
	fits func(d *reader, h hit) bool
}

// figures are the uses of triggers' words that name no act, each with
// what it is written for.
var figures = []figure{
	{"", func(d *reader, h hit) bool { return h.nominal && modifiedNouns()[d.Lower(h.t1)] }}, // "aid groups": people
	{"strike", func(d *reader, h hit) bool { // "strike down a statute", "strike back": the verb, no walkout
		return one(h) && isStrike(d.Lower(h.t0)) && d.predicateIs(h, "VERB")
	}},
	{"", func(d *reader, h hit) bool { // "Google has so much to offer", "working on offers": nothing offered to anyone
		if !one(h) || !strings.HasPrefix(d.Lower(h.t0), "offer") {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && len(t.Children(w, "obj", "iobj", "xcomp", "ccomp", "nmod", "nmod:poss", "acl", "obl")) == 0
	}},
	{"", func(d *reader, h hit) bool { // "a host of faulty assumptions": many, no hosting
		return one(h) && h.t0 > 0 && d.Lower(h.t0-1) == "a" && (d.Lower(h.t0) == "host" || d.Lower(h.t0) == "raft") && d.Lower(h.t1) == "of"
	}},
	{"reject", func(d *reader, h hit) bool { // "dismissed chief executive Tony Hayward": fired, no rejection
		return one(h) && strings.HasPrefix(d.Lower(h.t0), "dismiss") && d.dismissesPerson(h)
	}},
	{"ease", func(d *reader, h hit) bool { // "lifted the cover off a bowl": no restriction eased
		if !one(h) || !strings.HasPrefix(d.Lower(h.t0), "lift") {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "VERB" && len(t.Objects(w)) > 0 && !objectIn(t, w, liftedThings)
	}},
	{"reject", func(d *reader, h hit) bool { // "rules require BP to ignore any recoverable payments"
		if !one(h) || !strings.HasPrefix(d.Lower(h.t0), "ignor") && !strings.HasPrefix(d.Lower(h.t0), "disregard") {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "VERB" && len(t.Objects(w)) > 0 && !objectIn(t, w, ignoredThings) && !d.objectNamesActor(int(d.Toks[h.t0].Sent), t, w)
	}},
	{"protest", func(d *reader, h hit) bool { // "rallied to JFK's call", "rallied behind the president": support
		if !one(h) || !strings.HasPrefix(d.Lower(h.t0), "rall") {
			return false
		}
		switch d.Lower(h.t1) {
		case "to", "behind", "around", "round":
			return true
		}
		return false
	}},
	{"accuse", func(d *reader, h hit) bool { // "the federal agency charged with protecting Americans": a duty
		return d.Lower(h.t0) == "charged" && d.Lower(h.t1) == "with" && dutyGerunds()[d.Lower(h.t1+1)]
	}},
	{"", func(d *reader, h hit) bool { // NBC's "Meet the Press": a title
		q := h.t0 - 1
		return q > 0 && text.IsUpperStart(d.Word(h.t0)) && (text.IsQuote(d.Word(q)) || strings.HasPrefix(d.Word(q), "`")) && d.Toks[q-1].Sent == d.Toks[h.t0].Sent
	}},
	{"assault", beatenOddsAfter}, // "beat analysts' forecasts"
	{"defy", beatenOddsAfter},    // "defied the odds"
	{"accuse", func(d *reader, h hit) bool { // "to register an extra charge related to the spill": a cost
		if d.Lower(h.t0) != "charge" {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "NOUN" && d.bookedCharge(t, w)
	}},
	{"demand", func(d *reader, h hit) bool { // "we must defend Ukraine", "you must have Flash Player": no one asked
		return d.Lower(h.t0) == "must" && d.mustOfSpeaker(h)
	}},
	{"aid", func(d *reader, h hit) bool { // "sourced additional supply from LNG tankers": a market's
		return d.Lower(h.t0) == "supply" && d.predicateIs(h, "NOUN")
	}},
	{"occupy", func(d *reader, h hit) bool { // "captured the mood", "the amount of oil captured from the well"
		if !strings.HasPrefix(d.Lower(h.t0), "captur") {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && (objectIn(t, w, capturedFeelings()) || capturedSubstance(t, w))
	}},
	{"demand", func(d *reader, h hit) bool { // "could put more short-term pressure on Brent": a market's
		if d.Lower(h.t0) != "pressure" {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "NOUN" && d.marketPressure(t, w)
	}},
	{"telephone", func(d *reader, h hit) bool { // "donate by telephoning 0370 60 60 900": a number to call, no call made
		return h.t1 < len(d.Toks) && d.Toks[h.t1].Kind == text.Number
	}},
	{"demand", func(d *reader, h hit) bool { // "warned of slowing demand in China", "demand for oil": buyers', no one asked
		if !one(h) || !strings.HasPrefix(d.Lower(h.t0), "demand") {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "NOUN" && marketDemand(t, w)
	}},
	{"", func(d *reader, h hit) bool { // "put the government in charge", "the man in charge": in command, no charge
		return one(h) && d.Lower(h.t0) == "charge" && h.t0 > 0 && d.Lower(h.t0-1) == "in"
	}},
	{"", func(d *reader, h hit) bool { // "little sign of the alliance", "in the back of a truck", "sign language"
		if !one(h) || !verbOnlyForms()[d.Lower(h.t0)] {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS != "VERB"
	}},
	{"threaten", func(d *reader, h hit) bool { // "the war in Iraq threatens to spill over": no one threatens
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "VERB" && subjectIn(t, w, thingsThatThreaten())
	}},
	{"", func(d *reader, h hit) bool { // "shares of Toyota rallied": prices rose
		if !one(h) || !strings.HasPrefix(d.Lower(h.t0), "rall") {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "VERB" && subjectIn(t, w, marketThings())
	}},
	{"fire", func(d *reader, h hit) bool { // "Trump fired Comey": dismissed; "fired in his sixth goal": a game
		if !one(h) || !strings.HasPrefix(d.Lower(h.t0), "fire") {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "VERB" && d.firedNoWeapon(int(d.Toks[h.t0].Sent), t, w)
	}},
	{"kill", disasterKilled},  // "the earthquake killed 200 people"
	{"wound", disasterKilled}, // "were wounded in the floods"
	{"kill", func(d *reader, h hit) bool { // "killed hopes of a deal", "killed the bill": no one killed
		if !one(h) {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "VERB" && objectIn(t, w, killedThings())
	}},
	{"arrest", func(d *reader, h hit) bool { // "five years in jail", "released from jail": a place, no arrest
		if !one(h) {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && t.Word(w).UPOS == "NOUN" && placeCases[caseOf(t, w)]
	}},
	{"", func(d *reader, h hit) bool { // "came back to Geneva": the adverb, no backing
		if !one(h) {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && notActTags[t.Word(w).UPOS]
	}},
	{"sign", func(d *reader, h hit) bool { // "signed a decree": a law of its own, no agreement with anyone
		if !one(h) {
			return false
		}
		w, t := d.predicate(h)
		return t != nil && objectIn(t, w, ownActs())
	}},
	{"", func(d *reader, h hit) bool { // "suspended the newspaper": no body suspending a member
		return one(h) && h.cameo == "160" && !d.suspendsMember(h)
	}},
	{"", func(d *reader, h hit) bool { // "the Belarusian chargé d'affaires": a diplomat, no charge
		if !one(h) || !strings.HasPrefix(d.Lower(h.t0), "charg") || h.t1 >= len(d.Toks) {
			return false
		}
		next := d.Lower(h.t1)
		return strings.HasPrefix(next, "d'") || strings.HasPrefix(next, "d’") || next == "d"
	}},
	{"statement", func(d *reader, h hit) bool { // "their competing claims": the noun of a verb of saying, said by no one here
		return !h.nominal && one(h) && d.predicateIs(h, "NOUN")
	}},
	{"", func(d *reader, h hit) bool { // "an agreement to prevent clashes", "to avert a strike": kept from happening
		for j := h.t0 - 1; j >= 0 && j >= h.t0-3 && d.Toks[j].Sent == d.Toks[h.t0].Sent; j-- {
			if preventCues()[d.Lower(j)] {
				return true
			}
			if d.Toks[j].Kind != text.Word {
				return false
			}
		}
		return false
	}},
	{"asylum", func(d *reader, h hit) bool { // "to process asylum seekers": people, no asylum granted
		return one(h) && asylumKinds()[d.Lower(h.t1)]
	}},
	{"host", func(d *reader, h hit) bool { // "a whole host of reasons": many, no host
		return one(h) && d.Lower(h.t1) == "of" && (d.Lower(h.t0-1) == "a" || d.Lower(h.t0-1) == "whole")
	}},
	{"mobilize", func(d *reader, h hit) bool { // "letters sent to the families of dead soldiers": sent to them, not them
		for j := h.t0 + 1; j < h.t1-1; j++ {
			if w := d.Lower(j); w == "to" || w == "of" {
				return true
			}
		}
		return false
	}},
	{"accuse", func(d *reader, h hit) bool { // "denied the accusation": an accusation made before, referred to
		w, t := d.predicate(h)
		return one(h) && t != nil && t.Word(w).UPOS == "NOUN" && syntax.IsRel(t.Rel(w), "obj") && definite(t, w) &&
			denialVerbs()[t.Word(t.Head(w)).Lemma]
	}},
	{"agree", func(d *reader, h hit) bool { // "an initial public offering", "a share offering": shares for sale, offered to no one
		return one(h) && (d.Lower(h.t0) == "offering" || d.Lower(h.t0) == "offerings") && securitiesSold()[d.Lower(h.t0-1)]
	}},
	{"appeal", func(d *reader, h hit) bool { // "agreed to plead guilty": a plea to a court, no appeal to anyone
		return one(h) && strings.HasPrefix(d.Lower(h.t0), "plead") && pleaWords[d.Lower(h.t1)]
	}},
	{"appeal", func(d *reader, h hit) bool { // "said it would appeal the decision": to a court, no request
		return one(h) && d.legalAppeal(h)
	}},
	{"release", func(d *reader, h hit) bool { // "a report released today", "released a statement", "release $2 billion": published or paid
		return d.releasesDocument(h)
	}},
	{"", func(d *reader, h hit) bool { // "evacuated the wounded": a participle made a noun by "the"
		return one(h) && d.Lower(h.t0-1) == "the" && strings.HasSuffix(d.Lower(h.t0), "ed")
	}},
	{"", func(d *reader, h hit) bool { // "alleged war crimes": a participle before a noun
		if !one(h) || !attributiveWords()[d.Lower(h.t0)] {
			return false
		}
		w := d.Word(h.t1)
		return h.t1 < len(d.Toks) && d.Toks[h.t1].Kind == text.Word && w == d.Lower(h.t1) && !clauseWords()[w] && w != "that" && !auxiliaries()[w]
	}},
}

// one reports whether trigger h is one word.
func one(h hit) bool { return h.t1-h.t0 == 1 }

// predicateIs reports whether trigger h's predicate in its sentence's
// tree has the part of speech pos.
func (d *reader) predicateIs(h hit, pos string) bool {
	w, t := d.predicate(h)
	return t != nil && t.Word(w).UPOS == pos
}

// beatenOddsAfter reports whether one of beatenOdds follows one-word
// trigger h within four words: "beat analysts' forecasts", "defied the
// odds".
func beatenOddsAfter(d *reader, h hit) bool {
	if !one(h) {
		return false
	}
	for j := h.t1; j < h.t1+4 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[h.t0].Sent; j++ {
		if w := d.Lower(j); beatenOdds()[w] || beatenOdds()[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// disasterKilled reports whether the verb of trigger h kills or wounds
// by a disaster: "the earthquake killed 200 people", "were killed in the
// floods": no one attacked.
func disasterKilled(d *reader, h hit) bool {
	w, t := d.predicate(h)
	return t != nil && t.Word(w).UPOS == "VERB" && killedByDisaster(t, w)
}

// notActTags are the parts of speech of a word that names no act, whatever
// row of the lexicon its form is in: "back" in "came back".
var notActTags = map[string]bool{"ADV": true, "ADP": true, "PART": true, "SCONJ": true, "DET": true, "PRON": true, "CCONJ": true}

// thingsThatThreaten are subjects of "threaten" that make it a figure
// of speech, no threat by anyone: "the war threatens to spill over",
// "the affair is threatening to take a toll" (lemmas, words.txt).
var thingsThatThreaten = sync.OnceValue(func() map[string]bool { return words.Set("things-that-threaten") })

// firedNoWeapon reports whether the verb "fire" w of t, in sentence
// sent, dismisses someone or scores: its object is a person named,
// someone by their post, or a goal or shot of a game (words.txt), and no
// "on" or "at" phrase aims it.
func (d *reader) firedNoWeapon(sent int, t *syntax.Tree, w int) bool {
	for _, o := range t.Obliques(w) {
		if (o.Case == "on" || o.Case == "at" || o.Case == "upon") && !d.inTime(t.Word(o.Word).Start) {
			return false // "fired on protesters", "fired at a police car"; not "on Monday"
		}
		if o.Case == "in" && gameShots[strings.ToLower(t.Word(o.Word).Lemma)] {
			return true // "fired in his sixth goal"
		}
	}
	for _, o := range t.Objects(w) {
		l := strings.ToLower(t.Word(o).Lemma)
		if firedPeople[l] || gameShots[l] {
			return true
		}
		if m := d.mentionAt(d.tokenOf(sent, o)); m >= 0 && d.actors[d.mentions[m].Actor].Kind == actor.Person {
			return true
		}
	}
	return false
}

// firedPeople are lemmas of the posts and staff one is fired from, and
// gameShots what a player fires in a game (words.txt).
var (
	firedPeople = words.Set("fired-people")
	gameShots   = words.Set("game-shots")
)

// disasters kill without an attacker (lemmas, words.txt).
var disasters = sync.OnceValue(func() map[string]bool { return words.Set("disasters") })

// killedByDisaster reports whether verb w of t, killing or wounding, has
// a disaster as its subject, its agent or the phrase it happened in:
// "the earthquake killed 200 people", "were killed in the floods".
func killedByDisaster(t *syntax.Tree, w int) bool {
	if subjectIn(t, w, disasters()) {
		return true
	}
	for _, o := range t.Obliques(w) {
		if (o.Case == "by" || o.Case == "in" || o.Case == "during") && disasters()[strings.ToLower(t.Word(o.Word).Lemma)] {
			return true
		}
	}
	return false
}

// killedThings are what is killed in a figure of speech: hopes, deals,
// bills (lemmas, words.txt).
var killedThings = sync.OnceValue(func() map[string]bool { return words.Set("killed-things") })

// verbOnlyForms are trigger forms that name the act only as verbs: the
// noun "sign" is an indication, "back" a place (words.txt).
var verbOnlyForms = sync.OnceValue(func() map[string]bool { return words.Set("verb-only-forms") })

// placeCases are the prepositions of a phrase that names where one is,
// goes or comes from.
var placeCases = map[string]bool{"in": true, "into": true, "from": true, "to": true, "out": true, "inside": true}
