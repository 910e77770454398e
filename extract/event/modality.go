package event

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
)

var (
	negCues  = words.Set("neg-cues")
	hypoCues = words.Set("hypo-cues")
	condCues = words.Set("condition-cues")
	planCues = words.Set("plan-cues")
)

// requestTypes are events whose "to" clause names what is asked, refused or
// threatened, not what is done.
var requestTypes = sync.OnceValue(func() map[string]bool { return words.Set("request-types") })

// warningTypes are events whose target is asked or warned to do, or not
// to do, what a following nominal event names.
var warningTypes = sync.OnceValue(func() map[string]bool { return words.Set("warning-types") })

// phraseNeg are negation cues that negate only the noun phrase they open:
// "ended without an agreement, and the two sides blamed each other"
// negates no blame.
var phraseNeg = map[string]bool{"without": true, "no": true}

// inPhrase reports whether token i may stand in the phrase token j opens:
// at most three words after it, none of them punctuation.
func (d *reader) inPhrase(j, i int) bool {
	if i-j > 4 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if d.Toks[k].Kind != text.Word {
			return false
		}
	}
	return true
}

// modality reads the cues before the trigger in its clause: negation,
// then possibility, then plans.
func (d *reader) modality(i, left int) Modality {
	from := max(d.afterRelatives(left, i), i-8)
	neg, hypo, plan, cond := false, false, false, false
	before := false // a modal or plan cue before the trigger itself
	for j := from; j <= i; j++ {
		w := d.Lower(j)
		before = before || j < i && (hypoCues[w] || planCues[w])
		neg = neg || negCues[w] && (!phraseNeg[w] || d.inPhrase(j, i)) && !d.notUntil(j)
		cond = cond || condCues[w]
		if neg && d.ruleOut(j, i) {
			// "would not rule out sending troops": the sending is
			// possible, not denied
			neg, hypo = false, true
		}
		hypo = hypo || hypoCues[w] && !(j == i && (w == "must" || w == "should")) // "must" asks, itself asserted
		// "set" puts what follows ahead ("set to meet"), not itself
		// ("set fire to the offices"), nor after it unless with "to"
		// ("set up the fund under pressure")
		plan = plan || planCues[w] && (w != "set" || j < i && d.Lower(j+1) == "to") || w == "to" && j+1 < len(d.Toks) && d.Lower(j+1) == "be" && strings.HasSuffix(d.Lower(j+2), "ed")
	}
	if before && (hypo || plan) && !cond && d.tensed(i) && !hypoCues[d.Lower(i)] && !planCues[d.Lower(i)] {
		// "said it would appeal the ruling and accused Finland": a verb
		// in the past or present tense has no modal before it
		hypo, plan = false, false
	}
	switch {
	case cond:
		return Hypothetical // "if they are not released": possible, either way
	case neg:
		return Negated
	case hypo, d.yesNoQuestion(i):
		return Hypothetical // "Does this mean that you support Mubarak?": asked, not told
	case plan:
		return Planned
	}
	return Asserted
}

// tensed reports whether token i is a verb in the past or third-person
// present tense by its sentence's tree ("accused", "says"), which no
// modal or "to" can govern.
func (d *reader) tensed(i int) bool {
	sent := int(d.Toks[i].Sent)
	if !d.hasActor(sent) {
		return false
	}
	t := d.tree(sent)
	if t == nil {
		return false
	}
	w := t.Word(d.wordOf(i))
	return w.UPOS == "VERB" && (w.XPOS == "VBD" || w.XPOS == "VBZ")
}

// notUntil reports whether token j is "not" in "not until", which dates
// an act rather than denies it: "it was not until 1981 that Congress
// imposed a ban".
func (d *reader) notUntil(j int) bool {
	if d.Lower(j) != "not" || j+1 >= len(d.Toks) {
		return false
	}
	w := d.Lower(j + 1)
	return w == "until" || w == "till"
}

// questionOpeners open a question that asks whether, not who or what
// (words.txt).
var questionOpeners = sync.OnceValue(func() map[string]bool { return words.Set("question-openers") })

// yesNoQuestion reports whether token i stands in a sentence that asks
// whether something is so: it ends in "?" and opens with an auxiliary
// ("Will Russia invade?", "Does this mean that you support …?"); a
// question of who or what ("Who attacked the embassy?") takes its act as
// done.
func (d *reader) yesNoQuestion(i int) bool {
	end := d.SentEnd(i)
	return end > 0 && d.Word(end-1) == "?" && questionOpeners()[d.Lower(d.SentStart(i))]
}

// possibleAux reports whether predicate w of t, or the verb it is a
// conjunct of, has "may" or "might" as its auxiliary: "the EU may halt
// mediation", "might impose and enforce a curfew". The words are no cue
// read before a trigger, as "could" is, since "May" is also a month.
func possibleAux(t *syntax.Tree, w int) bool {
	for range 2 {
		aux := t.Children(w, "aux")
		for _, a := range aux {
			if l := t.Word(a).Lemma; (l == "may" || l == "might") && t.Word(a).XPOS == "MD" {
				return true
			}
		}
		if len(aux) > 0 || !syntax.IsRel(t.Rel(w), "conj") {
			return false
		}
		w = t.Head(w)
	}
	return false
}

// directiveVerbs tell someone to do what their open complement names:
// "ordered French troops to leave", "urged Russia to withdraw".
var directiveVerbs = sync.OnceValue(func() map[string]bool { return words.Set("directive-verbs") })

// requestVerbs ask for what their object names: "demanded the release
// of the crew", "urged a ceasefire".
var requestVerbs = sync.OnceValue(func() map[string]bool { return words.Set("request-verbs") })

// thatRequestVerbs ask for what their "that" clause names: "demanded
// that Indian forces withdraw", "proposed that the talks resume".
var thatRequestVerbs = sync.OnceValue(func() map[string]bool { return words.Set("that-request-verbs") })

// forRequestVerbs ask for what their "for" phrase names: "called for a
// ceasefire", "pressed for talks".
var forRequestVerbs = sync.OnceValue(func() map[string]bool { return words.Set("for-request-verbs") })

// offerVerbs put forward what their object names, not done yet:
// "offered Ukraine a ceasefire", "proposed talks".
var offerVerbs = map[string]bool{"offer": true, "propose": true, "suggest": true}

// forRequestNouns ask for or put forward what their "for" phrase names:
// "calls for a ceasefire", "a proposal for a prisoner exchange".
var forRequestNouns = sync.OnceValue(func() map[string]bool { return words.Set("for-request-nouns") })

// intentVerbs promise or plan what their open complement names:
// "pledged to boost defence spending", "plans to hold talks"; not
// "decided to allow", which is as good as done.
var intentVerbs = sync.OnceValue(func() map[string]bool { return words.Set("intent-verbs") })

// threatVerbs threaten what their open complement names: "threatened to
// close the Strait of Hormuz".
var threatVerbs = sync.OnceValue(func() map[string]bool { return words.Set("threat-verbs") })

// complementModality returns the modality predicate w of t takes from the
// verb whose open complement (xcomp) it is: asked for or threatened, it
// is hypothetical ("ordered French troops to leave", "threatened to
// close"); promised or planned, planned ("pledged to boost"). A noun
// that a verb of asking takes as its object is asked for too ("demanded
// the release of the crew"); not one ordered, which is as good as done
// ("ordered patrols by police", as the PLOVER gold standard codes it).
// So is a noun that a noun of asking or proposing asks for ("calls for a
// ceasefire").
// ok is false when w is none of these.
func complementModality(t *syntax.Tree, w int) (m Modality, ok bool) {
	for steps := 0; steps < 3 && syntax.IsRel(t.Rel(w), "conj") && t.Head(w) >= 0 && t.Word(w).UPOS == "NOUN" && t.Word(t.Head(w)).UPOS == "NOUN"; steps++ {
		w = t.Head(w) // "called for a ceasefire and the withdrawal of foreign troops": both asked for
	}
	v := t.Head(w)
	if v >= 0 && t.Word(w).UPOS == "NOUN" && syntax.IsRel(t.Rel(w), "obj") && (requestVerbs()[t.Word(v).Lemma] || threatVerbs()[t.Word(v).Lemma] || offerVerbs[t.Word(v).Lemma]) {
		return Hypothetical, true // "demanded the release of the crew", "threatened a national strike", "offered Ukraine a ceasefire"
	}
	if v >= 0 && t.Word(w).UPOS == "NOUN" && syntax.IsRel(t.Rel(w), "obl") && caseOf(t, w) == "for" && forRequestVerbs()[t.Word(v).Lemma] {
		return Hypothetical, true // "called for a ceasefire"
	}
	if v >= 0 && t.Word(w).UPOS == "NOUN" && syntax.IsRel(t.Rel(w), "nmod") && caseOf(t, w) == "for" && forRequestNouns()[t.Word(v).Lemma] {
		return Hypothetical, true // "rejected calls for a ceasefire", "a proposal for a prisoner exchange"
	}
	if v >= 0 && t.Word(w).UPOS == "NOUN" && syntax.IsRel(t.Rel(w), "obl") && t.Word(v).Lemma == "warn" && (caseOf(t, w) == "of" || caseOf(t, w) == "about" || caseOf(t, w) == "against") {
		return Hypothetical, true // "warned of an attack on Kyiv", "warned Moscow against an invasion": feared, not done
	}
	if v >= 0 && syntax.IsRel(t.Rel(w), "advcl") && (threatVerbs()[t.Word(v).Lemma] || t.Word(v).Lemma == "warn") {
		for _, m := range t.Children(w, "mark") {
			if strings.EqualFold(t.Word(m).Form, "against") {
				return Hypothetical, true // "warned Ukraine against attacking Crimea"
			}
		}
	}
	if v >= 0 && syntax.IsRel(t.Rel(w), "ccomp") && thatRequestVerbs()[t.Word(v).Lemma] {
		return Hypothetical, true // "demanded that Indian forces withdraw": asked for, not done
	}
	if v >= 0 && syntax.IsRel(t.Rel(w), "acl", "ccomp") && t.Word(v).UPOS == "NOUN" && forRequestNouns()[t.Word(v).Lemma] && t.Marked(w, "that") {
		return Hypothetical, true // "Russia's demand that NATO withdraw", "calls that he resign"
	}
	if v >= 0 && t.Word(w).UPOS == "NOUN" && syntax.IsRel(t.Rel(w), "obj") && syntax.IsRel(t.Rel(v), "xcomp") && t.Word(v).UPOS == "VERB" && bringVerbs()[t.Word(v).Lemma] && t.Head(v) >= 0 && directiveVerbs()[t.Word(t.Head(v)).Lemma] {
		// "urged Mali to secure the release of the hostages": the act
		// the complement's verb is to bring about is its
		w, v = v, t.Head(v)
	}
	if v < 0 || !syntax.IsRel(t.Rel(w), "xcomp") {
		return "", false
	}
	switch l := t.Word(v).Lemma; {
	case directiveVerbs()[l] || threatVerbs()[l]:
		return Hypothetical, true
	case intentVerbs()[l]:
		return Planned, true
	}
	return "", false
}

// bringVerbs bring about the act their object names, unlike those that
// end one ("urged Mali to secure the release", not "urged Syria to end
// its occupation") (lemmas, words.txt).
var bringVerbs = sync.OnceValue(func() map[string]bool { return words.Set("bring-verbs") })

// accuseVerbs say another did something: what they say it did is
// reported, not asserted.
var accuseVerbs = sync.OnceValue(func() map[string]bool { return words.Set("accuse-verbs") })

// alleged reports whether predicate w of t is what a verb of accusing
// says another did: "accused Russia of shelling the plant" reports a
// shelling, it does not assert one.
func alleged(t *syntax.Tree, w int) bool {
	if v := t.Head(w); v >= 0 && syntax.IsRel(t.Rel(w), "obj") && t.Word(v).UPOS == "VERB" && ofClauseHead(t, v) >= 0 {
		w = v // "accused Israel of carrying out the attack": the attack is alleged too
	}
	h := ofClauseHead(t, w)
	if h < 0 {
		if n := allegedNoun(t, w); n >= 0 {
			h = ofPhraseHead(t, n) // "accused Baku of ethnic cleansing"
		}
	}
	return h >= 0 && accuseVerbs()[t.Word(h).Lemma]
}

// allegedNoun returns the noun of the phrase that an accusing verb says
// its object did, when predicate w is that noun or modifies it ("accused
// Baku of ethnic cleansing"; "of shelling border villages", the gerund
// read as a modifier of the noun), or -1.
func allegedNoun(t *syntax.Tree, w int) int {
	if t.Word(w).UPOS != "NOUN" {
		return -1
	}
	n := w
	if strings.HasSuffix(strings.ToLower(t.Word(w).Form), "ing") {
		for n >= 0 && syntax.IsRel(t.Rel(n), "compound") {
			n = t.Head(n) // "shelling border villages": up to "villages"
		}
	}
	if n < 0 {
		return -1
	}
	if h := ofPhraseHead(t, n); h < 0 || !accuseVerbs()[t.Word(h).Lemma] {
		return -1
	}
	return n
}

// ofPhraseHead returns the verb on which noun w hangs as a phrase marked
// "of" or "for", directly or through the verb's object ("accused Baku of
// ethnic cleansing", "blamed Kyiv for the attack"), or -1.
func ofPhraseHead(t *syntax.Tree, w int) int {
	if c := caseOf(t, w); c != "of" && c != "for" {
		return -1
	}
	h := t.Head(w)
	if h >= 0 && syntax.IsRel(t.Rel(w), "nmod") && syntax.IsRel(t.Rel(h), "obj") {
		h = t.Head(h)
	} else if !syntax.IsRel(t.Rel(w), "obl") {
		return -1
	}
	if h < 0 || t.Word(h).UPOS != "VERB" {
		return -1
	}
	return h
}
