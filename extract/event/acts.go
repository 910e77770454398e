package event

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// An act of force named by a noun may be the subject of the verb that
// says what it did: "Russian shelling of Kharkiv killed five civilians",
// "a roadside bomb near Kandahar wounded four Canadian soldiers". The
// verb's doer is the act's, and the act's victims the verb's: the city
// shelled and the place the bomb went off are neither.

// forceNounAt returns the trigger of sentence hits that is a noun naming
// an act of force and has its head at word w of tree t, or -1.
func (d *reader) forceNounAt(hits []hit, t *syntax.Tree, sent, w int) int {
	if t.Word(w).UPOS != "NOUN" {
		return -1
	}
	tok := d.tokenOf(sent, w)
	for k, h := range hits {
		if h.t0 <= tok && tok < h.t1 && cameo.RootOf(h.cameo).UsesForce() {
			return k
		}
	}
	return -1
}

// actAgents returns the actors noun w of t names as the doers of the act
// it names: "Russian shelling", "Israel's strikes", "an attack by
// rebels"; not what the act is done to ("shelling of Kharkiv", "an
// attack on a convoy"). An act that names no doer stands for the state
// it happened in, as CAMEO coders code a bombing by no one named: "a
// roadside bomb outside the Iraqi city of Basra" is Iraq's.
func (d *reader) actAgents(sent int, t *syntax.Tree, w int) []int {
	out, places := d.actDoers(sent, t, w)
	if len(out) == 0 {
		return places
	}
	return out
}

// actDoers returns the actors noun w of t names as the doers of its act,
// and those it names as where the act is done.
func (d *reader) actDoers(sent int, t *syntax.Tree, w int) (out, places []int) {
	for _, m := range d.actorsIn(sent, t, w, true) {
		k := d.wordOf(d.mentions[m].T0)
		for k >= 0 && t.Head(k) != w {
			k = t.Head(k)
		}
		if k < 0 {
			continue
		}
		switch c := caseOf(t, k); {
		case locativeCases[c]:
			places = d.addMentions(places, []int{m})
		case c == "" || c == "by":
			if syntax.IsRel(t.Rel(k), "amod", "nmod:poss", "compound", "nmod", "obl:agent", "conj") {
				out = d.addMentions(out, []int{m})
			}
		}
	}
	return out, places
}

// doneBy returns the verb of an act of force whose doer is noun trigger
// c.h, with the noun and the tree: "a bomb … killed", or any passive verb
// whose agent it is, "were killed by an explosive device", "was hit by
// air strikes"; -1 if there is none, or the noun names what it is
// done to ("shelling of Kharkiv"), which its own phrase then says.
func (d *reader) doneBy(c *site) (v, w int, t *syntax.Tree) {
	if !c.root.UsesForce() {
		return -1, -1, nil
	}
	w, t = d.predicate(c.h)
	if t == nil {
		return -1, -1, nil
	}
	for syntax.IsRel(t.Rel(w), "compound") && t.Head(w) >= 0 && t.Word(t.Head(w)).UPOS == "NOUN" {
		w = t.Head(w) // "Predator attacks … have killed": the attacks
	}
	if t.Word(w).UPOS != "NOUN" {
		return -1, -1, nil
	}
	v = t.Head(w)
	if v < 0 || t.Word(v).UPOS != "VERB" {
		return -1, -1, nil
	}
	agent := false
	switch {
	case syntax.IsRel(t.Rel(w), "nsubj") && !t.Passive(v):
	case syntax.IsRel(t.Rel(w), "obl:agent") || syntax.IsRel(t.Rel(w), "obl") && caseOf(t, w) == "by" && t.Passive(v):
		agent = true
	default:
		return -1, -1, nil
	}
	sent := int(d.Toks[c.h.t0].Sent)
	for _, k := range t.Children(w, "nmod") {
		switch caseOf(t, k) {
		case "of", "on", "against":
			if len(d.actorsOf(sent, t, k)) > 0 {
				return -1, -1, nil
			}
		}
	}
	if agent {
		return v, w, t // "Douma was hit by air strikes": whatever the verb, Douma was struck
	}
	tok := d.tokenOf(sent, v)
	for _, h := range c.hits {
		if h.t0 <= tok && tok < h.t1 && cameo.RootOf(h.cameo).UsesForce() {
			return v, w, t
		}
	}
	return -1, -1, nil
}

// victimsOfVerb returns the targets of the act of force that noun
// trigger c.h names when it is the doer of another act of force: that
// act's objects ("a strike … killed three Hezbollah fighters"), or its
// subjects if passive ("were killed by a roadside bomb").
func (d *reader) victimsOfVerb(c *site) []int {
	v, _, t := d.doneBy(c)
	if v < 0 {
		return nil
	}
	sent := int(d.Toks[c.h.t0].Sent)
	ws := t.Objects(v)
	if t.Passive(v) {
		ws = t.Subjects(v)
	}
	var out []int
	for _, o := range ws {
		out = d.addMentions(out, d.actorsOf(sent, t, o))
	}
	return out
}

// doersOfVerb returns the sources of the act of force that noun trigger
// c.h names when it is the doer of another act of force, as actAgents
// finds them; known is false when it is not.
func (d *reader) doersOfVerb(c *site) (sources []int, known bool) {
	v, w, t := d.doneBy(c)
	if v < 0 {
		return nil, false
	}
	return d.actAgents(int(d.Toks[c.h.t0].Sent), t, w), true
}

// doerOfObject returns the doers of the act that the object of trigger
// c.h's verb names, as the verb's targets: "condemned the attack by
// Colombian rebels", "violated a ban by General Aoun" answer the rebels
// and the general.
func (d *reader) doerOfObject(c *site) []int {
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "VERB" {
		return nil
	}
	sent := int(d.Toks[c.h.t0].Sent)
	for _, o := range t.Objects(w) {
		tok := d.tokenOf(sent, o)
		for k, h := range c.hits {
			if k != c.k && h.t0 <= tok && tok < h.t1 && t.Word(o).UPOS == "NOUN" {
				doers, _ := d.actDoers(sent, t, o)
				return doers
			}
		}
	}
	return nil
}

// sharedObjects returns the targets a verb shares with the verb
// coordinated straight after it when it has no object or oblique of its
// own: "donated and delivered goods to the hospital", "condemned and
// rejected the French resolution".
func (d *reader) sharedObjects(c *site) []int {
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "VERB" || len(t.Objects(w)) > 0 || len(t.Children(w, "obl", "ccomp", "xcomp")) > 0 {
		return nil
	}
	sent := int(d.Toks[c.h.t0].Sent)
	for _, v := range t.Children(w, "conj") {
		if t.Word(v).UPOS != "VERB" || len(t.Children(v, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		for k := w + 1; k < v; k++ {
			if t.Head(k) != v || !syntax.IsRel(t.Rel(k), "cc", "advmod") {
				return nil // "met Putin and later rejected …": not one object
			}
		}
		var out []int
		for _, o := range t.Objects(v) {
			out = d.addMentions(out, d.actorsOf(sent, t, o))
		}
		for _, o := range t.Children(v, "obl") {
			if !locativeCases[caseOf(t, o)] {
				out = d.addMentions(out, d.actorsOf(sent, t, o))
			}
		}
		return out
	}
	return nil
}

// judgedOut returns the actors of what a copular rejection rules out
// ("talks with Israel are out of the question, Hamas said": Israel) and
// those of who says so, the ones who reject it, not its subject; ok is
// false when the site's trigger is no such rejection.
func (d *reader) judgedOut(c *site) (ruled, speakers []int, ok bool) {
	if c.root != cameo.Reject {
		return nil, nil, false
	}
	w, t := d.predicate(c.h)
	if t == nil || len(t.Children(w, "cop")) == 0 {
		return nil, nil, false
	}
	sent := int(d.Toks[c.h.t0].Sent)
	for _, s := range t.Children(w, "nsubj", "csubj") {
		if t.Rel(s) == "csubj" && len(t.Children(s, "nsubj")) > 0 {
			continue // "as that would reward the regime", misread as a subject
		}
		ruled = d.addMentions(ruled, d.actorsOf(sent, t, s))
	}
	if c.reporter >= 0 {
		return ruled, []int{c.reporter}, true
	}
	return ruled, d.speakersOf(sent, t, w), true
}

// speakersOf returns the actors who say what predicate w of t says: the
// subjects of the verb of saying it hangs on, or that hangs on it after a
// comma ("…, Egypt said").
func (d *reader) speakersOf(sent int, t *syntax.Tree, w int) []int {
	says := t.Children(w, "parataxis")
	if h := t.Head(w); h >= 0 && syntax.IsRel(t.Rel(w), "ccomp") {
		says = append(says, h)
	}
	var speakers []int
	for _, v := range says {
		if reportVerbs()[strings.ToLower(t.Word(v).Form)] {
			for _, s := range t.Children(v, "nsubj") {
				speakers = d.addMentions(speakers, d.actorsOf(sent, t, s))
			}
		}
	}
	return speakers
}

// mustSaid returns who says that another must act, and of whom, when the
// site's trigger is such a "must" and the one who says so is named after
// it: "Israel must withdraw from Gaza, Egypt said" is Egypt's demand of
// Israel. ok is false otherwise.
func (d *reader) mustSaid(c *site) (speakers, asked []int, ok bool) {
	if c.h.typ != "demand" || d.Lower(c.h.t0) != "must" || c.reporter >= 0 {
		return nil, nil, false
	}
	w, t := d.predicate(c.h)
	if t == nil || t.Head(w) < 0 {
		return nil, nil, false
	}
	v := t.Head(w)
	sent := int(d.Toks[c.h.t0].Sent)
	if speakers = d.speakersOf(sent, t, v); len(speakers) == 0 {
		return nil, nil, false
	}
	for _, s := range t.Subjects(v) {
		asked = d.addMentions(asked, d.actorsOf(sent, t, s))
	}
	return speakers, d.notSources(asked, speakers), true
}

// authorityOfPlace returns the state where a passive act of the law
// happens, named after it, as its agent when the sentence names none:
// "was arrested in Dubai", "was put under investigation in Italy" are
// those states' acts, as only their authorities arrest or investigate
// there.
func (d *reader) authorityOfPlace(c *site, targets []int) []int {
	if c.root != cameo.Investigate && c.root != cameo.Coerce {
		return nil
	}
	if m := d.placeMention(c.h, c.left); m >= 0 && d.mentions[m].T0 >= c.h.t1 && !d.actorAmong(targets, m) {
		return []int{m}
	}
	return nil
}

// passiveSubjects returns the actors the passive subjects of the site's
// verb name, and true when the tree gives it one: "how people were
// killed" names no actor, whatever actors the clause before it names.
func (d *reader) passiveSubjects(c *site) ([]int, bool) {
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "VERB" {
		return nil, false
	}
	subj := t.Children(w, "nsubj:pass")
	if len(subj) == 0 {
		return nil, false
	}
	sent := int(d.Toks[c.h.t0].Sent)
	var out []int
	for _, s := range subj {
		if pronouns[strings.ToLower(t.Word(s).Form)] || t.Word(s).UPOS == "PRON" {
			return nil, false // "they were attacked": whom, the heuristics say
		}
		out = d.addMentions(out, d.actorsOf(sent, t, s))
	}
	return out, true
}

// chargedOn returns who brings and who faces the charges that noun
// trigger c.h names when they are what a verb acts on the charged for:
// "arrested two journalists on terrorism charges", "were arrested on
// charges of", "to try the physician on manslaughter charges". The
// charged are the verb's objects, or a passive's subjects; the chargers
// its subjects, or none. ok is false where the noun is no such phrase.
func (d *reader) chargedOn(c *site) (chargers, charged []int, ok bool) {
	if c.h.typ != "accuse" {
		return nil, nil, false
	}
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "NOUN" || !syntax.IsRel(t.Rel(w), "obl") || caseOf(t, w) != "on" {
		return nil, nil, false
	}
	v := t.Head(w)
	if v < 0 || t.Word(v).UPOS != "VERB" {
		return nil, nil, false
	}
	sent := int(d.Toks[c.h.t0].Sent)
	if t.Passive(v) {
		for _, s := range t.Subjects(v) {
			charged = d.addMentions(charged, d.actorsOf(sent, t, s))
		}
		for _, a := range t.Agent(v) {
			chargers = d.addMentions(chargers, d.actorsOf(sent, t, a))
		}
		return chargers, charged, true
	}
	for _, o := range t.Objects(v) {
		charged = d.addMentions(charged, d.actorsOf(sent, t, o))
	}
	for _, s := range t.Subjects(v) {
		chargers = d.addMentions(chargers, d.actorsOf(sent, t, s))
	}
	return chargers, charged, true
}

// actNouns are the nouns by which a sentence refers back to an act named
// before ("condemned the measures", "deplored the attack"), each with
// the kind of act it can refer to (words.txt): sanction or force.
var actNouns = sync.OnceValue(func() map[string]string { return words.Map("act-anaphors") })

// referredAct returns the sources of the act named before that the
// object of trigger c.h's verb refers back to, as its targets: "The EU
// imposed sanctions on Belarus. Belarus condemned the measures" answers
// the EU. The object is a definite noun of actNouns that names no actor;
// the act, the latest of its kind that was done (not threatened nor
// asked for) in the two sentences before or earlier in this one, by
// someone other than the site's sources.
func (d *reader) referredAct(c *site, sources []int) []int {
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "VERB" {
		return nil
	}
	sent := int(d.Toks[c.h.t0].Sent)
	for _, o := range t.Objects(w) {
		kind := actNouns()[strings.ToLower(t.Word(o).Lemma)]
		if kind == "" || !definite(t, o) || len(d.actorsOf(sent, t, o)) > 0 || kind == "accusation" && c.root != cameo.Reject {
			continue // an accusation only a denial refers back to
		}
		for i := len(d.events) - 1; i >= 0; i-- {
			e := &d.events[i]
			if e.Sentence < sent-2 {
				break
			}
			if e.Sentence > sent || e.Modality != Asserted || !actOfKind(cameo.RootOf(e.Cameo), kind) {
				continue
			}
			var out []int
			for _, p := range e.Actors {
				if p.Role != Source && p.Role != Symmetric && (kind != "talk" || p.Role != Target) {
					continue // but a call or a meeting is all its parties'
				}
				if m := d.mentionOfName(p.Name, c.h.t0); m >= 0 && !d.actorAmong(sources, m) {
					out = append(out, m)
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// definite reports whether noun w of t has "the", "this", "these",
// "that", "those" or "such" as its determiner.
func definite(t *syntax.Tree, w int) bool {
	for _, k := range t.Children(w, "det") {
		switch strings.ToLower(t.Word(k).Form) {
		case "the", "this", "these", "that", "those", "such":
			return true
		}
	}
	return false
}

// actOfKind reports whether an act of root r is one a noun of kind (see
// actNouns) can refer to.
func actOfKind(r cameo.Root, kind string) bool {
	switch kind {
	case "sanction":
		return r == cameo.ReduceRelations || r == cameo.Coerce
	case "force":
		return r.UsesForce() && r != cameo.Coerce
	case "talk":
		return r == cameo.Consult
	case "accusation":
		return r == cameo.Disapprove
	}
	return false
}

// mentionOfName returns the last mention before token i of the actor
// called name, or -1.
func (d *reader) mentionOfName(name string, i int) int {
	for m := len(d.mentions) - 1; m >= 0; m-- {
		if d.mentions[m].T0 < i && d.actors[d.mentions[m].Actor].Name == name {
			return m
		}
	}
	return -1
}
