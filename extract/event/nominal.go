package event

// Nominal and participial triggers: how a noun or a participle of an act
// names its doer, its cause, the verb that governs it, or, as "visiting"
// before a name, its visitor.

import (
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"sync"
)

// agentByPhrase reports whether trigger h is a noun, by its sentence's
// tree, whose agent a "by" phrase names: "the killing of a teenager by
// police", a gerund the tagger made a noun.
func (d *reader) agentByPhrase(h hit) bool {
	w, t := d.predicate(h)
	return t != nil && t.Word(w).UPOS == "NOUN" && len(nounAgents(t, w)) > 0
}

// prepHead returns the token of the verb on which nominal trigger h hangs
// as a prepositional phrase (obl: "invited to the talks"), or -1.
func (d *reader) prepHead(h hit) int {
	w, t := d.predicate(h)
	if t == nil || t.Word(w).UPOS != "NOUN" || !syntax.IsRel(t.Rel(w), "obl") {
		return -1
	}
	v := t.Head(w)
	if v < 0 || t.Word(v).UPOS != "VERB" {
		return -1
	}
	return d.tokenOf(int(d.Toks[h.t0].Sent), v)
}

// visitingAttribute reads the participle "visiting" of trigger h before a
// name as an attribute of the visitor: its sources the actor named right
// after it ("the visiting Brazilian president"), its target the first
// other state the sentence names, where the visit is. ok is false for
// any other trigger, or when either is missing.
func (d *reader) visitingAttribute(h hit) (visitor, host []int, ok bool) {
	if h.typ != "visit" || h.t1-h.t0 != 1 || d.Lower(h.t0) != "visiting" {
		return nil, nil, false
	}
	if w, t := d.predicate(h); t != nil && w > 0 {
		if p := t.Word(w - 1).UPOS; p != "DET" && p != "VERB" && p != "ADP" {
			return nil, nil, false // "a grandmother from Boston visiting the park": she visits
		}
	}
	ms := d.mentionsIn(h.t1, d.SentEnd(h.t0))
	if len(ms) == 0 || d.mentions[ms[0]].T0 > h.t1+1 {
		return nil, nil, false
	}
	if first := d.mentions[ms[0]]; !first.Demonym && d.actors[first.Actor].Kind != actor.Person {
		return nil, nil, false // "visiting Paris", "is visiting China", "visiting the Magic Kingdom": a verb with its object
	}
	v := d.withoutAttributes(ms[:1])[0] // "visiting Indian Prime Minister Narendra Modi": Modi
	state := d.actors[d.mentions[v].Actor].Affiliation
	if d.actors[d.mentions[v].Actor].Kind == actor.Country {
		state = d.actors[d.mentions[v].Actor].Name
	}
	for _, m := range d.mentionsIn(d.SentStart(h.t0), d.SentEnd(h.t0)) {
		if a := d.actors[d.mentions[m].Actor]; a.Kind == actor.Country && a.Name != state && m != v && !d.mentions[m].Demonym {
			return []int{v}, []int{m}, true
		}
	}
	return nil, nil, false
}

// caused reports whether nominal trigger h is the object of a verb that
// brings it about: "postponed the election, prompting protests",
// "the ruling sparked protests". Who caused the protests did not protest.
func (d *reader) caused(h hit) bool {
	w, t := d.predicate(h)
	if t == nil || !syntax.IsRel(t.Rel(w), "obj") {
		return false
	}
	return causeVerbs()[t.Word(t.Head(w)).Lemma]
}

// causeVerbs bring about what their object names (lemmas, words.txt).
var causeVerbs = sync.OnceValue(func() map[string]bool { return words.Set("cause-verbs") })
