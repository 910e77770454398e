package event

// Acts spoken of: an act named as the object, occasion or topic of
// another ("condemned the arrest", "after an attack", "traded accusations
// over the killing") is not done by whoever speaks of it; a document or
// suit speaks for its author ("a lawsuit accusing Apple").

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// voicingNouns name documents and suits that say what their participle
// after them does (words.txt).
var voicingNouns = sync.OnceValue(func() map[string]bool { return words.Set("voicing-nouns") })

// authoringVerbs make a document or suit their subject's: "adopted a
// resolution", "filed a lawsuit" (words.txt).
var authoringVerbs = sync.OnceValue(func() map[string]bool { return words.Set("authoring-verbs") })

// voicedBy returns the noun of voicingNouns whose participle w is, or
// -1: "a lawsuit accusing Apple", also where the parser hung the
// participle on the verb whose object the noun is ("to settle a lawsuit
// accusing it of fraud").
func voicedBy(t *syntax.Tree, w int) int {
	if t.Word(w).XPOS != "VBG" || w == 0 {
		return -1
	}
	n := t.Head(w)
	if t.Rel(w) == "advcl" && t.Rel(w-1) == "obj" && t.Head(w-1) == n {
		n = w - 1 // no comma between: "settle a lawsuit accusing it"
	} else if t.Rel(w) != "acl" {
		return -1
	}
	if n < 0 || !voicingNouns()[t.Word(n).Lemma] {
		return -1
	}
	return n
}

// objectOfPrev reports whether the site's trigger is, by the tree, a noun
// that is the object of the trigger before it, an act of words:
// "condemned the arrest", "welcomed the decision" speak of an act, they do
// not do it again.
func (d *reader) objectOfPrev(c *site) bool {
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "NOUN" || !syntax.IsRel(t.Rel(w), "obj") {
		return false
	}
	switch cameo.RootOf(c.prevHit().cameo) {
	case cameo.Appeal, cameo.CooperateDiplomatically, cameo.Investigate, cameo.Demand, cameo.Disapprove, cameo.Reject, cameo.Protest:
	default:
		// "will host a summit": the summit is the host's to hold;
		// "announced a suspension of air links": the announcer suspends
		return false
	}
	pw, pt := d.predicate(c.prevHit())
	return pt == t && t.Head(w) == pw
}

// judgingVerbs say what an act was, with a predicate after their object:
// "called the sanctions illegal", "described the arrest as politically
// motivated" (words.txt).
var judgingVerbs = sync.OnceValue(func() map[string]bool { return words.Set("judging-verbs") })

// nounObjectOf returns the word of the site's trigger, a noun, the verb
// whose object it is, and their sentence's tree, when that verb's lemma
// is one of verbs; ok is false otherwise.
func (d *reader) nounObjectOf(c *site, verbs map[string]bool) (w, v int, t *syntax.Tree, ok bool) {
	w, t = d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "NOUN" || !syntax.IsRel(t.Rel(w), "obj") {
		return 0, 0, nil, false
	}
	v = t.Head(w)
	if v < 0 || !verbs[t.Word(v).Lemma] {
		return 0, 0, nil, false
	}
	return w, v, t, true
}

// judgedAct reports whether the site's trigger is a noun that a verb of
// judging takes as its object with a predicate: the act it names is
// spoken of, not done by the one who judges it.
func (d *reader) judgedAct(c *site) bool {
	_, v, t, ok := d.nounObjectOf(c, judgingVerbs())
	if !ok {
		return false
	}
	if len(t.Children(v, "xcomp")) > 0 {
		return true // "called the sanctions illegal"
	}
	for _, o := range t.Obliques(v) {
		if o.Case == "as" {
			return true // "described the arrest as a provocation"
		}
	}
	for _, a := range t.Children(v, "advcl") {
		for _, m := range t.Children(a, "mark") {
			if strings.EqualFold(t.Word(m).Form, "as") {
				return true // "described the arrest as politically motivated"
			}
		}
	}
	return false
}

// ownAgents returns the actors the site's noun trigger names as its own
// agent: its owner or a name before it ("the U.S. invasion", "the
// regime's violations").
func (d *reader) ownAgents(c *site) []int {
	w, t := d.predicate(c.h)
	if t == nil {
		return nil
	}
	sources, _ := d.nounArgs(int(d.Toks[c.h.t0].Sent), t, w)
	return sources
}

// timeCases mark a noun that says when another act happened, or what it
// was over: "suspended talks after an attack on a base" and "traded
// accusations over the killing" name an act of someone else's.
var timeCases = sync.OnceValue(func() map[string]bool { return words.Set("time-cases") })

// commentVerbs speak of what their "on" phrase names (words.txt).
var commentVerbs = sync.OnceValue(func() map[string]bool { return words.Set("comment-verbs") })

// timedBy reports whether trigger h is a noun marked by one of timeCases,
// or the "on" phrase of one of commentVerbs, by its sentence's tree.
func (d *reader) timedBy(h hit) bool {
	w, t := d.predicate(h)
	if t == nil || t.Word(w).UPOS != "NOUN" {
		return false
	}
	c := caseOf(t, w)
	return timeCases()[c] || c == "on" && t.Head(w) >= 0 && commentVerbs()[t.Word(t.Head(w)).Lemma]
}
