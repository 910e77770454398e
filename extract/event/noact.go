package event

// Words that look like acts and name none here: a trigger's form used as
// another part of speech, in a figure of speech, or naming a kind of
// thing; notAnAct tells them, before any event is built.

import (
	"strings"

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
var capturedFeelings = words.Set("captured-feelings")

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
var attributiveWords = words.Set("attributive-words")

// modifiedNouns are nouns that a noun trigger before them only describes:
// "aid groups", "aid workers" and "occupation forces" are people, not
// acts of aid or occupation.
var modifiedNouns = words.Set("modified-nouns")

// notAnAct reports whether trigger h names no act: a participle before a
// noun ("alleged war crimes"), a participle made a noun by "the"
// ("evacuated the wounded"), a noun describing the people after it ("aid
// groups"), or a document released.
func (d *reader) notAnAct(h hit) bool {
	if h.nominal && modifiedNouns[d.Lower(h.t1)] {
		return true
	}
	if h.typ == "strike" && h.t1-h.t0 == 1 && isStrike(d.Lower(h.t0)) {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "VERB" {
			return true // "strike down a statute", "strike back": the verb, no walkout
		}
	}
	if h.t1-h.t0 == 1 && strings.HasPrefix(d.Lower(h.t0), "offer") {
		if w, t := d.predicate(h); t != nil && len(t.Children(w, "obj", "iobj", "xcomp", "ccomp", "nmod", "nmod:poss", "acl", "obl")) == 0 {
			return true // "Google has so much to offer", "working on offers": nothing offered to anyone
		}
	}
	if h.t1-h.t0 == 1 && h.t0 > 0 && d.Lower(h.t0-1) == "a" && (d.Lower(h.t0) == "host" || d.Lower(h.t0) == "raft") && d.Lower(h.t1) == "of" {
		return true // "a host of faulty assumptions": many, no hosting
	}
	if h.typ == "reject" && h.t1-h.t0 == 1 && strings.HasPrefix(d.Lower(h.t0), "dismiss") && d.dismissesPerson(h) {
		return true // "dismissed chief executive Tony Hayward": fired, no rejection
	}
	if h.typ == "ease" && h.t1-h.t0 == 1 && strings.HasPrefix(d.Lower(h.t0), "lift") {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "VERB" && len(t.Objects(w)) > 0 && !objectIn(t, w, liftedThings) {
			return true // "lifted the cover off a bowl": no restriction eased
		}
	}
	if h.typ == "reject" && h.t1-h.t0 == 1 && (strings.HasPrefix(d.Lower(h.t0), "ignor") || strings.HasPrefix(d.Lower(h.t0), "disregard")) {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "VERB" && len(t.Objects(w)) > 0 && !objectIn(t, w, ignoredThings) && !d.objectNamesActor(int(d.Toks[h.t0].Sent), t, w) {
			return true // "rules require BP to ignore any recoverable payments"
		}
	}
	if h.typ == "protest" && h.t1-h.t0 == 1 && strings.HasPrefix(d.Lower(h.t0), "rall") {
		switch d.Lower(h.t1) {
		case "to", "behind", "around", "round":
			return true // "rallied to JFK's call", "rallied behind the president": support
		}
	}
	if h.typ == "accuse" && d.Lower(h.t0) == "charged" && d.Lower(h.t1) == "with" && dutyGerunds[d.Lower(h.t1+1)] {
		return true // "the federal agency charged with protecting Americans": a duty
	}
	if q := h.t0 - 1; q > 0 && text.IsUpperStart(d.Word(h.t0)) && (text.IsQuote(d.Word(q)) || strings.HasPrefix(d.Word(q), "`")) && d.Toks[q-1].Sent == d.Toks[h.t0].Sent {
		return true // NBC's "Meet the Press": a title
	}
	if (h.typ == "assault" || h.typ == "defy") && h.t1-h.t0 == 1 {
		for j := h.t1; j < h.t1+4 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[h.t0].Sent; j++ {
			if w := d.Lower(j); beatenOdds[w] || beatenOdds[strings.TrimSuffix(w, "s")] {
				return true // "beat analysts' forecasts", "defied the odds"
			}
		}
	}
	if h.typ == "accuse" && d.Lower(h.t0) == "charge" {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "NOUN" && d.bookedCharge(t, w) {
			return true // "to register an extra charge related to the spill": a cost
		}
	}
	if h.typ == "demand" && d.Lower(h.t0) == "must" && d.mustOfSpeaker(h) {
		return true // "we must defend Ukraine", "you must have Flash Player": no one asked
	}
	if h.typ == "aid" && d.Lower(h.t0) == "supply" {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "NOUN" {
			return true // "sourced additional supply from LNG tankers": a market's
		}
	}
	if h.typ == "occupy" && strings.HasPrefix(d.Lower(h.t0), "captur") {
		if w, t := d.predicate(h); t != nil && (objectIn(t, w, capturedFeelings) || capturedSubstance(t, w)) {
			return true // "captured the mood", "the amount of oil captured from the well"
		}
	}
	if h.typ == "demand" && d.Lower(h.t0) == "pressure" {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "NOUN" && d.marketPressure(t, w) {
			return true // "could put more short-term pressure on Brent": a market's
		}
	}
	if h.typ == "telephone" && h.t1 < len(d.Toks) && d.Toks[h.t1].Kind == text.Number {
		return true // "donate by telephoning 0370 60 60 900": a number to call, no call made
	}
	if h.typ == "demand" && h.t1-h.t0 == 1 && strings.HasPrefix(d.Lower(h.t0), "demand") {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "NOUN" && marketDemand(t, w) {
			return true // "warned of slowing demand in China", "demand for oil": buyers', no one asked
		}
	}
	if h.t1-h.t0 == 1 && d.Lower(h.t0) == "charge" && h.t0 > 0 && d.Lower(h.t0-1) == "in" {
		return true // "put the government in charge", "the man in charge": in command, no charge
	}
	if h.t1-h.t0 == 1 && verbOnlyForms[d.Lower(h.t0)] {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS != "VERB" {
			return true // "little sign of the alliance", "in the back of a truck", "sign language"
		}
	}
	if h.typ == "threaten" {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "VERB" && subjectIn(t, w, thingsThatThreaten) {
			return true // "the war in Iraq threatens to spill over": no one threatens
		}
	}
	if h.t1-h.t0 == 1 && strings.HasPrefix(d.Lower(h.t0), "rall") {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "VERB" && subjectIn(t, w, marketThings) {
			return true // "shares of Toyota rallied": prices rose
		}
	}
	if h.t1-h.t0 == 1 && h.typ == "fire" && strings.HasPrefix(d.Lower(h.t0), "fire") {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "VERB" && d.firedNoWeapon(int(d.Toks[h.t0].Sent), t, w) {
			return true // "Trump fired Comey": dismissed; "fired in his sixth goal": a game
		}
	}
	if h.typ == "kill" || h.typ == "wound" {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "VERB" && killedByDisaster(t, w) {
			return true // "the earthquake killed 200 people", "were killed in the floods": no one attacked
		}
	}
	if h.t1-h.t0 == 1 && h.typ == "kill" {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "VERB" && objectIn(t, w, killedThings) {
			return true // "killed hopes of a deal", "killed the bill": no one killed
		}
	}
	if h.t1-h.t0 == 1 && h.typ == "arrest" {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "NOUN" && placeCases[caseOf(t, w)] {
			return true // "five years in jail", "released from jail": a place, no arrest
		}
	}
	if h.t1-h.t0 == 1 {
		if w, t := d.predicate(h); t != nil && notActTags[t.Word(w).UPOS] {
			return true // "came back to Geneva": the adverb, no backing
		} else if t != nil && h.typ == "sign" && objectIn(t, w, ownActs) {
			return true // "signed a decree": a law of its own, no agreement with anyone
		}
		if h.cameo == "160" && !d.suspendsMember(h) {
			return true // "suspended the newspaper": no body suspending a member
		}
	}
	if h.t1-h.t0 == 1 && strings.HasPrefix(d.Lower(h.t0), "charg") && h.t1 < len(d.Toks) {
		if next := d.Lower(h.t1); strings.HasPrefix(next, "d'") || strings.HasPrefix(next, "d’") || next == "d" {
			return true // "the Belarusian chargé d'affaires": a diplomat, no charge
		}
	}
	if h.typ == "statement" && !h.nominal && h.t1-h.t0 == 1 {
		if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "NOUN" {
			return true // "their competing claims": the noun of a verb of saying, said by no one here
		}
	}
	if h.typ == "appeal" && h.t1-h.t0 == 1 && strings.HasPrefix(d.Lower(h.t0), "plead") && pleaWords[d.Lower(h.t1)] {
		return true // "agreed to plead guilty": a plea to a court, no appeal to anyone
	}
	if h.typ == "appeal" && h.t1-h.t0 == 1 && d.legalAppeal(h) {
		return true // "said it would appeal the decision": to a court, no request
	}
	if h.typ == "release" && d.releasesDocument(h) {
		return true // "a report released today", "released a statement", "release $2 billion": published or paid, not set free
	}
	if h.t1-h.t0 == 1 && d.Lower(h.t0-1) == "the" && strings.HasSuffix(d.Lower(h.t0), "ed") {
		return true
	}
	if h.t1-h.t0 != 1 || !attributiveWords[d.Lower(h.t0)] {
		return false
	}
	w := d.Word(h.t1)
	return h.t1 < len(d.Toks) && d.Toks[h.t1].Kind == text.Word && w == d.Lower(h.t1) && !clauseWords[w] && w != "that" && !auxiliaries[w]
}

// notActTags are the parts of speech of a word that names no act, whatever
// row of the lexicon its form is in: "back" in "came back".
var notActTags = map[string]bool{"ADV": true, "ADP": true, "PART": true, "SCONJ": true, "DET": true, "PRON": true, "CCONJ": true}

// thingsThatThreaten are subjects of "threaten" that make it a figure
// of speech, no threat by anyone: "the war threatens to spill over",
// "the affair is threatening to take a toll" (lemmas, words.txt).
var thingsThatThreaten = words.Set("things-that-threaten")

// marketThings rise and fall: "shares rallied" is no rally (lemmas,
// words.txt).
var marketThings = words.Set("market-things")

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
var disasters = words.Set("disasters")

// killedByDisaster reports whether verb w of t, killing or wounding, has
// a disaster as its subject, its agent or the phrase it happened in:
// "the earthquake killed 200 people", "were killed in the floods".
func killedByDisaster(t *syntax.Tree, w int) bool {
	if subjectIn(t, w, disasters) {
		return true
	}
	for _, o := range t.Obliques(w) {
		if (o.Case == "by" || o.Case == "in" || o.Case == "during") && disasters[strings.ToLower(t.Word(o.Word).Lemma)] {
			return true
		}
	}
	return false
}

// killedThings are what is killed in a figure of speech: hopes, deals,
// bills (lemmas, words.txt).
var killedThings = words.Set("killed-things")

// verbOnlyForms are trigger forms that name the act only as verbs: the
// noun "sign" is an indication, "back" a place (words.txt).
var verbOnlyForms = words.Set("verb-only-forms")

// placeCases are the prepositions of a phrase that names where one is,
// goes or comes from.
var placeCases = map[string]bool{"in": true, "into": true, "from": true, "to": true, "out": true, "inside": true}

// documentNouns are what is released when it is published or paid out.
var documentNouns = words.Set("document-nouns")

// releasesDocument reports whether release trigger h publishes a document
// or pays out a sum: one just before it ("a report released today") or
// its object ("released a statement", "release $2 billion").
func (d *reader) releasesDocument(h hit) bool {
	for j := h.t0 - 2; j < h.t1+3; j++ {
		if j >= 0 && j < len(d.Toks) && j != h.t0 && documentNouns[d.Lower(j)] {
			return true
		}
	}
	return false
}

// isStrike reports whether w is the noun "strike" itself, not a kin of
// it in its row ("boycott", "walkout").
func isStrike(w string) bool { return w == "strike" || w == "strikes" }

// liftedThings are what one lifts when one eases a restriction;
// ignoredThings what one ignores when one rejects it (lemmas, words.txt).
var (
	liftedThings  = words.Set("lifted-things")
	ignoredThings = words.Set("ignored-things")
)

// objectNamesActor reports whether an object of predicate w of t names
// an actor by its head, not in a phrase on it ("payments from Congo"):
// "ignored Washington" is a rebuff of Washington.
func (d *reader) objectNamesActor(sent int, t *syntax.Tree, w int) bool {
	for _, o := range t.Objects(w) {
		if d.mentionAt(d.tokenOf(sent, o)) >= 0 {
			return true
		}
	}
	return false
}

// dutyGerunds, after "charged with", give a duty, not a charge: "the
// agency charged with protecting Americans" (words.txt).
var dutyGerunds = words.Set("duty-gerunds")

// beatenOdds are what one beats or defies in a figure of speech (lemmas,
// words.txt).
var beatenOdds = words.Set("beaten-odds")

// bookedCharge reports whether noun "charge" w of t is a cost in
// accounts: the object of "take", "book", "record" or the like, or an
// "extra", "one-time" or "pre-tax" one.
func (d *reader) bookedCharge(t *syntax.Tree, w int) bool {
	for _, k := range t.Children(w, "amod", "compound") {
		switch strings.ToLower(t.Word(k).Lemma) {
		case "extra", "one-time", "one-off", "pre-tax", "non-cash", "impairment", "restructuring", "accounting", "additional":
			return true
		}
	}
	if v := t.Head(w); v >= 0 && syntax.IsRel(t.Rel(w), "obj") {
		switch strings.ToLower(t.Word(v).Lemma) {
		case "take", "book", "record", "register", "post", "incur":
			return true
		}
	}
	return false
}

// marketPressure reports whether noun "pressure" w of t is a market's:
// on a price, a currency or a commodity ("pressure on Brent"), or
// "downward", "selling" or "inflationary".
func (d *reader) marketPressure(t *syntax.Tree, w int) bool {
	for _, k := range t.Children(w, "amod", "compound") {
		switch strings.ToLower(t.Word(k).Lemma) {
		case "downward", "upward", "selling", "buying", "inflationary", "deflationary", "price", "cost", "short-term":
			return true
		}
	}
	var ons []int
	for _, k := range t.Children(w, "nmod") {
		if caseOf(t, k) == "on" {
			ons = append(ons, k)
		}
	}
	if v := t.Head(w); v >= 0 {
		for _, o := range t.Obliques(v) {
			if o.Case == "on" {
				ons = append(ons, o.Word)
			}
		}
	}
	for _, k := range ons {
		if l := strings.ToLower(t.Word(k).Lemma); marketThings[l] || commodities[l] {
			return true
		}
	}
	return false
}

// marketDemand reports whether noun w, "demand", is a market's: told by
// a word of demandWords before it, by what it is for (a commodity or a
// market's thing), by its pair with supply, or by a verb of rising or
// falling whose subject it is.
func marketDemand(t *syntax.Tree, w int) bool {
	for _, k := range t.Children(w, "amod", "compound") {
		if l := strings.ToLower(t.Word(k).Lemma); demandWords[l] || marketThings[l] || commodities[l] {
			return true
		}
	}
	for _, k := range t.Children(w, "nmod") {
		if l := strings.ToLower(t.Word(k).Lemma); caseOf(t, k) == "for" && (marketThings[l] || commodities[l]) {
			return true
		}
	}
	for _, k := range append(t.Children(w, "conj"), t.Head(w)) {
		if k >= 0 && strings.EqualFold(t.Word(k).Lemma, "supply") {
			return true // "supply and demand"
		}
	}
	v := t.Head(w)
	return v >= 0 && syntax.IsRel(t.Rel(w), "nsubj") && demandWords[strings.ToLower(t.Word(v).Lemma)]
}

// demandWords tell a market's demand: what qualifies it ("slowing",
// "consumer") and what it does ("demand fell") (lemmas, words.txt).
var demandWords = words.Set("demand-words")

// commodities are what a market's pressure falls on besides shares and
// currencies (lemmas, words.txt).
var commodities = words.Set("commodities")

// capturedSubstance reports whether participle w of t modifies a noun of
// capturedFeelings that is a substance, or an amount of one: "the amount
// of oil captured from the well".
func capturedSubstance(t *syntax.Tree, w int) bool {
	h := t.Head(w)
	if t.Rel(w) != "acl" || h < 0 {
		return false
	}
	if capturedFeelings[strings.ToLower(t.Word(h).Lemma)] {
		return true
	}
	for _, k := range t.Children(h, "nmod") {
		if capturedFeelings[strings.ToLower(t.Word(k).Lemma)] {
			return true
		}
	}
	return false
}
