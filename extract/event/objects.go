package event

// Targets from the tree: objects and the phrases with a target's
// preposition, and the places, topics, reporters and relative clauses that
// are none.

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// targetCases are the prepositions whose phrase after an act names whom
// it is done to or with: "met with", "sanctions against", "imposed on",
// "sent troops to", "withdrew from". Places ("in", "at", "near") and times
// are not among them, nor topics ("over", "about").
var targetCases = map[string]bool{
	"with": true, "against": true, "on": true, "upon": true, "to": true, "toward": true, "towards": true,
	"from": true, "into": true, "for": true, "between": true,
}

// treeTargets returns whom the site's verb acts on as its tree gives
// them: the subject of a passive ("was attacked by …"), else the objects
// of the verb and of the words of its trigger ("imposed sanctions on
// Iran": the trigger's noun takes the phrase) and their phrases with a
// target's preposition, each the actor its noun phrase names, less the
// sources. known is false when the tree cannot say: no tree, a noun
// trigger, or no object or such phrase at all.
func (d *reader) treeTargets(c *site, sources []int) (targets []int, known bool) {
	if c.h.nominal {
		return nil, false
	}
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "VERB" {
		return nil, false
	}
	sent := int(d.Toks[c.h.t0].Sent)
	var args []int
	if t.Passive(w) {
		args = t.Children(w, "nsubj:pass")
	} else {
		w0, w1 := d.wordOf(c.h.t0), d.wordOf(c.h.t1-1)
		inside := func(k int) bool { return k >= w0 && k <= w1 }
		for v := w0; v <= w1; v++ {
			if v != w && !inside(t.Head(v)) {
				continue // a word of the trigger that is not the verb's
			}
			for _, k := range t.Children(v, "obj", "iobj", "obl", "nmod") {
				if inside(k) {
					continue
				}
				if r := t.Rel(k); syntax.IsRel(r, "obl", "nmod") && (!d.targetCase(c, caseOf(t, k)) || c.h.frame == symmetric && topicWords[caseOf(t, k)]) {
					continue // "cooperate on North Korea": what about, not with whom
				}
				args = append(args, t.Conjuncts(k)...)
			}
		}
		for v := w0; v <= w1; v++ {
			if v != w && inside(v) && t.Word(v).UPOS == "NOUN" {
				// "violated its airspace": the owner of the trigger's noun
				targets = d.addMentions(targets, d.pronounOwner(sent, t, v, sources))
			}
		}
	}
	if len(args) == 0 {
		return targets, len(targets) > 0
	}
	for _, a := range args {
		if pronouns[strings.ToLower(t.Word(a).Form)] || t.Word(a).UPOS == "PRON" {
			// "called on the government to release him": the person
			// named last; another pronoun the tree cannot resolve
			m := d.antecedent(d.tokenOf(sent, a))
			if m < 0 {
				return nil, false
			}
			targets = d.addMentions(targets, d.notSources([]int{m}, sources))
			continue
		}
		if d.inTime(t.Word(a).Start) {
			if len(targets) > 0 {
				continue // "violated its airspace on Friday"
			}
			return nil, false
		}
		if c.forceAt(d.tokenOf(sent, a)) {
			// "sanctions against a possible invasion of Ukraine": aimed
			// at whoever would invade, not at its victim ("a ban on aid
			// to the rebels" is aimed at the rebels)
			continue
		}
		// not deeper: "a hearing into techniques used against
		// Palestinian detainees" is not aimed at Palestine
		ms := d.actorsIn(sent, t, a, false)
		if len(ms) == 0 {
			ms = d.pronounOwner(sent, t, a, sources) // "violated its airspace"
		}
		for _, m := range ms {
			if d.actorAmong(sources, m) || d.actorAmong(targets, m) {
				continue
			}
			targets = append(targets, m)
		}
	}
	return targets, true
}

// caseOf returns the preposition of phrase k, lower-cased, or "".
func caseOf(t *syntax.Tree, k int) string {
	for _, c := range t.Children(k, "case") {
		return strings.ToLower(t.Word(c).Form)
	}
	if h := t.Head(k); h >= 0 && syntax.IsRel(t.Rel(k), "conj") {
		return caseOf(t, h)
	}
	return ""
}

// dropNonTargets drops from targets those the tree says are none: in a
// relative clause below the site's verb ("threatened penalties against
// firms that trade with Iran" is no threat to Iran), a place or forum only
// (see placeOnly), a reporter's (see reporterOf), a meeting's topic
// ("the two ministers discussed North Korea", "discussed support for
// Ukraine"), or the subject of a clause that says when ("arrested 20
// people as the opposition protested").
func (d *reader) dropNonTargets(c *site, targets []int) []int {
	if len(targets) == 0 {
		return targets
	}
	w, t := d.predicate(c.h)
	if t == nil {
		return targets
	}
	sent := int(d.Toks[c.h.t0].Sent)
	// "ordered him to invade Iraq", "urged Russia to leave Syria": whom
	// the act is told to is its target, what it is told to do another
	// event's
	toldTo := d.Lower(c.h.t1-1) == "to" && c.h.t1-c.h.t0 > 2
	out := targets[:0:0]
	for _, m := range targets {
		if int(d.Toks[d.mentions[m].T0].Sent) != sent {
			out = append(out, m)
			continue
		}
		x := d.phraseHead(t, m)
		topic := topicVerbs()[t.Word(w).Lemma] && inObject(t, x, w)
		if (c.h.nominal || !underRelative(t, x, w)) && !d.placeOnly(c, t, sent, w, x) && !reporterOf(t, x, w) && !topic && !subjectOfAdverbial(t, x, w) && !inAdverbial(t, x, w, c.root == cameo.Threaten) && !(toldTo && underComplement(t, x, w)) {
			out = append(out, m)
		}
	}
	return out
}

// phraseHead returns the word of t that heads mention m's words: "Delhi"
// of "New Delhi", whose "New" the tree hangs on it; or the noun a name
// is a compound of ("the ASEAN forum").
func (d *reader) phraseHead(t *syntax.Tree, m int) int {
	mm := d.mentions[m]
	first, last := d.wordOf(mm.T0), d.wordOf(mm.T1-1)
	x := first
	for steps := 0; steps <= last-first; steps++ {
		h := t.Head(x)
		if h < first || h > last {
			break
		}
		x = h
	}
	if h := t.Head(x); h >= 0 && syntax.IsRel(t.Rel(x), "compound") && t.Word(h).UPOS == "NOUN" {
		x = h // "at the ASEAN forum": the phrase is the forum's
	}
	return x
}

// placeOnly reports whether phrase x only says where the site's act, at
// predicate w, happens: a place is no party to a meeting ("will meet
// again in Kampala", "host a meeting in Cairo"), and a forum "at" which
// an act is done is not its target ("file a complaint at the WTO"); but an
// act done in a place ("suspended aid deliveries in Baghdad") is aimed at
// its state. x may hang on w or on a verb w's open complements reach.
func (d *reader) placeOnly(c *site, t *syntax.Tree, sent, w, x int) bool {
	if !syntax.IsRel(t.Rel(x), "obl", "nmod") || !d.locativeOutside(c.h, t, sent, x) {
		return false
	}
	v := t.Head(x)
	if c.meetingAt(d.tokenOf(sent, v)) && locativeCases[caseOf(t, x)] {
		return true // "agreed to resume talks in Jeddah": the talks' place
	}
	for v != w && v >= 0 && (syntax.IsRel(t.Rel(v), "xcomp") || (t.Word(v).UPOS == "NOUN" || t.Word(v).UPOS == "PROPN") && syntax.IsRel(t.Rel(v), "obj")) {
		v = t.Head(v) // "threatened to file a complaint at the WTO"; "met Sharif in New Delhi"
	}
	if v != w && t.Head(w) == v && t.Word(w).UPOS == "NOUN" && syntax.IsRel(t.Rel(w), "obj") {
		v = w // "resumed talks in Cairo": the place of the act its object names
	}
	if v != w {
		return false
	}
	switch c.root {
	case cameo.Consult, cameo.CooperateDiplomatically, cameo.CooperateMaterially:
		return true // "signed a ceasefire in Washington": where, not with whom
	}
	if c.h.frame == symmetric {
		return true
	}
	for _, k := range t.Children(x, "case") {
		return strings.ToLower(t.Word(k).Form) == "at" && !c.root.UsesForce()
	}
	return false
}

// targetCase reports whether a phrase marked by preposition cs names
// whom the site's act is done to: one of targetCases, or "at" for an act
// of force ("fired tear gas at protesters", "launched rockets at Kyiv"),
// which for any other act marks a place or forum.
func (d *reader) targetCase(c *site, cs string) bool {
	return targetCases[cs] || cs == "at" && c.root.UsesForce()
}

// reporterOf reports whether word x belongs to the clause of a verb of
// saying other than predicate w and outside it: "agreed to resume talks,
// Saudi Arabia's foreign ministry announced" names the reporter, not the
// agreement's target.
func reporterOf(t *syntax.Tree, x, w int) bool {
	v := t.Head(x)
	for v >= 0 && t.Word(v).UPOS != "VERB" {
		v = t.Head(v)
	}
	if v < 0 || v == w || !saying(t.Word(v)) {
		return false
	}
	// not "agreed … as Russia announced", under the act; nor "announced
	// a suspension of air links with Serbia", where the act is what is said
	return !ancestor(t, w, v) && !ancestor(t, v, w)
}

// locativeOutside reports whether phrase x is marked by a locative
// preposition that is not part of trigger h: "arrived in Amman" names
// whom the visit is to.
func (d *reader) locativeOutside(h hit, t *syntax.Tree, sent, x int) bool {
	for _, k := range t.Children(x, "case") {
		i := d.tokenOf(sent, k)
		return locativeCases[strings.ToLower(t.Word(k).Form)] && (i < h.t0 || i >= h.t1)
	}
	return false
}

// locativeCases mark where an act happens, not whom it involves: "will
// meet again in Kampala".
var locativeCases = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true}

// underRelative reports whether word x lies in a relative clause that
// predicate p governs: going up from x, a relative clause comes before p,
// or a reduced one after x's way up passed the agent of its passive.
func underRelative(t *syntax.Tree, x, p int) bool {
	agent := false // on the way up, the agent of a passive
	for ; x >= 0 && x != p; x = t.Head(x) {
		if syntax.IsRel(t.Rel(x), "acl:relcl") || agent && syntax.IsRel(t.Rel(x), "acl") {
			// "a ceasefire brokered by Egypt": who brokered it, in a
			// reduced relative, is no party to what is done with it
			return ancestor(t, p, x)
		}
		agent = agent || t.Rel(x) == "obl:agent"
	}
	return false
}

// topicVerbs take what is talked or thought about as their object: its
// actors are no parties ("discussed North Korea"), unlike the objects of
// "met", "visited" or "fought".
var topicVerbs = sync.OnceValue(func() map[string]bool { return words.Set("topic-verbs") })

// topicOfTalk reports whether trigger h is a noun in the object of a
// verb of talking or weighing, or a compound modifier of a noun of talks
// (talkNouns): "discussed support for Ukraine", "are considering
// sanctions", "resumed ceasefire talks" name acts talked of, not done.
func (d *reader) topicOfTalk(h hit) bool {
	x, t := d.predicate(h)
	if t == nil || t.Word(x).UPOS != "NOUN" {
		return false
	}
	if n := t.Head(x); n >= 0 && t.Rel(x) == "compound" && talkNouns()[strings.ToLower(t.Word(n).Form)] {
		return true // "ceasefire talks", "a ceasefire deal": what is talked of or agreed on
	}
	for v := t.Head(x); v >= 0; v = t.Head(v) {
		if t.Word(v).UPOS == "VERB" {
			return topicVerbs()[t.Word(v).Lemma] && inObject(t, x, v)
		}
	}
	return false
}

// talkNouns name talks and what they reach: a nominal act that is their
// compound modifier is their topic, not an act of its own.
var talkNouns = sync.OnceValue(func() map[string]bool { return words.Set("talk-nouns") })

// subjectOfAdverbial reports whether word x is the subject of an
// adverbial clause of verb w: in "arrested 20 people as the opposition
// protested" the opposition is not arrested.
func subjectOfAdverbial(t *syntax.Tree, x, w int) bool {
	for x >= 0 && t.Head(x) >= 0 && syntax.IsRel(t.Rel(x), "det", "amod", "compound", "flat") {
		x = t.Head(x) // "the" of "the opposition": the noun
	}
	v := t.Head(x)
	if v < 0 || v == w || !syntax.IsRel(t.Rel(x), "nsubj") || !syntax.IsRel(t.Rel(v), "advcl") || t.Head(v) != w {
		return false
	}
	for _, m := range t.Children(v, "mark") {
		if syntax.IsSubordinator(strings.ToLower(t.Word(m).Form)) {
			return true
		}
	}
	return false // "pushing hard for the US to support": the US is asked
}

// adverbialMarks open clauses of time, cause and condition (words.txt).
var adverbialMarks = sync.OnceValue(func() map[string]bool { return words.Set("adverbial-marks") })

// inAdverbial reports whether word x lies in an adverbial clause that a
// subordinator opens, below predicate w: "will not accept refugees if war
// starts in Iraq", "agreed to resign without returning to Kyrgyzstan";
// not in one of purpose ("fired to disperse the protesters"). Of a
// threat, the clause of its condition names whom it is aimed at
// ("threatened to stop the talks if the United States deploys missiles"):
// threat is true for a threat's predicate.
func inAdverbial(t *syntax.Tree, x, w int, threat bool) bool {
	for ; x >= 0 && x != w; x = t.Head(x) {
		if !syntax.IsRel(t.Rel(x), "advcl") {
			continue
		}
		for _, m := range t.Children(x, "mark") {
			if mk := strings.ToLower(t.Word(m).Form); adverbialMarks()[mk] && !(threat && condCues[mk]) {
				return ancestor(t, w, x)
			}
		}
	}
	return false
}

// underComplement reports whether word x lies in an open complement
// (xcomp) of predicate w.
func underComplement(t *syntax.Tree, x, w int) bool {
	for ; x >= 0 && x != w; x = t.Head(x) {
		if t.Head(x) == w {
			return syntax.IsRel(t.Rel(x), "xcomp")
		}
	}
	return false
}

// inObject reports whether word x is in the object of verb w: the object
// itself or a word below it ("discussed support for Ukraine").
func inObject(t *syntax.Tree, x, w int) bool {
	for ; x >= 0; x = t.Head(x) {
		if t.Head(x) == w {
			return syntax.IsRel(t.Rel(x), "obj")
		}
	}
	return false
}

// ancestor reports whether word a is word x or above it in t.
func ancestor(t *syntax.Tree, a, x int) bool {
	for ; x >= 0; x = t.Head(x) {
		if x == a {
			return true
		}
	}
	return false
}

// hitAt returns the trigger of the site's sentence that token i lies in.
func (c *site) hitAt(i int) (hit, bool) {
	for _, h := range c.hits {
		if h.t0 <= i && i < h.t1 {
			return h, true
		}
	}
	return hit{}, false
}

// forceAt reports whether token i lies in a trigger of an act of force.
func (c *site) forceAt(i int) bool {
	h, ok := c.hitAt(i)
	return ok && cameo.RootOf(h.cameo).UsesForce()
}

// meetingAt reports whether token i lies in a trigger of a meeting.
func (c *site) meetingAt(i int) bool {
	h, ok := c.hitAt(i)
	return ok && (h.frame == symmetric || cameo.RootOf(h.cameo) == cameo.Consult)
}
