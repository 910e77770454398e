package event

// Senses: the helpers by which notAnAct's figures (noact.go) tell a
// trigger word's other senses: a release of a document or a product, a
// charge booked, a substance captured, and the word lists they use.

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// documentNouns are what is released when it is published or paid out.
var documentNouns = sync.OnceValue(func() map[string]bool { return words.Set("document-nouns") })

// releasesDocument reports whether release trigger h publishes a document
// or pays out a sum: one just before it ("a report released today") or
// its object ("released a statement", "release $2 billion").
func (d *reader) releasesDocument(h hit) bool {
	for j := h.t0 - 2; j < h.t1+3; j++ {
		if j >= 0 && j < len(d.Toks) && j != h.t0 && documentNouns()[d.Lower(j)] {
			return true
		}
	}
	// "OpenAI released GPT-5": a product, named with its model number
	m := d.mentionAt(h.t1)
	if m < 0 && d.Lower(h.t1) == "the" {
		m = d.mentionAt(h.t1 + 1)
	}
	w := d.Word(h.t1)
	if d.Word(h.t1+1) == "-" && d.Toks[h.t1+1].Start == d.Toks[h.t1].End {
		w += "-" + d.Word(h.t1+2) // "GPT-5", split by the tokenizer
	}
	return m >= 0 && d.actors[d.mentions[m].Actor].Kind == actor.Product || modelName(w)
}

// modelName reports whether w names a model by letters and digits
// together ("GPT-5", "A321XLR"), no person.
func modelName(w string) bool {
	letters, digits := false, false
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c >= 'A' && c <= 'Z':
			letters = true
		}
	}
	return letters && digits
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
var dutyGerunds = sync.OnceValue(func() map[string]bool { return words.Set("duty-gerunds") })

// beatenOdds are what one beats or defies in a figure of speech (lemmas,
// words.txt).
var beatenOdds = sync.OnceValue(func() map[string]bool { return words.Set("beaten-odds") })

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

// capturedSubstance reports whether participle w of t modifies a noun of
// capturedFeelings that is a substance, or an amount of one: "the amount
// of oil captured from the well".
func capturedSubstance(t *syntax.Tree, w int) bool {
	h := t.Head(w)
	if t.Rel(w) != "acl" || h < 0 {
		return false
	}
	if capturedFeelings()[strings.ToLower(t.Word(h).Lemma)] {
		return true
	}
	for _, k := range t.Children(h, "nmod") {
		if capturedFeelings()[strings.ToLower(t.Word(k).Lemma)] {
			return true
		}
	}
	return false
}

// securitiesSold are what an offering before which they stand sells
// (words.txt): "an initial public offering", "a bond offering".
var securitiesSold = sync.OnceValue(func() map[string]bool { return words.Set("securities-sold") })

// preventCues, just before a trigger, keep its act from happening: "an
// agreement to prevent clashes" (words.txt).
var preventCues = sync.OnceValue(func() map[string]bool { return words.Set("prevent-cues") })

// asylumKinds, after "asylum", make it a kind of thing or people, no
// asylum granted (words.txt): "asylum seekers", "asylum applications".
var asylumKinds = sync.OnceValue(func() map[string]bool { return words.Set("asylum-kinds") })
