package event

import (
	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"sync"
)

// A site is one trigger in its sentence, with what every step of reading
// its event needs.
type site struct {
	h        hit
	hits     []hit  // the sentence's triggers; h is hits[k]
	k        int    //
	prev     *Event // the event of the sentence's trigger before h, or nil
	left     int    // the first token of h's clause
	reporter int    // the mention that reports h's clause ("the NSC spokesman said"), or -1
	noAgent  bool   // the tree names h's agent, and it is no actor ("the rebels")
	passive  bool   // h is a passive verb: "was attacked"
	faced    bool   // h is a charge its sources bear: they are its targets ("faces charges")
	apart    bool   // the object of the verb before h is not h's: h is its manner ("blocked the roads in protest") or its occasion ("after an attack on a base")
	root     cameo.Root
}

// prevHit returns the trigger before the site's, which made prev.
func (c *site) prevHit() hit { return c.hits[c.k-1] }

// mustDemand reports whether the trigger is "must" after a verb of saying:
// "X said that Y must leave" is X's demand of Y.
func (c *site) mustDemand(d *reader) bool {
	return c.h.typ == "demand" && d.Lower(c.h.t0) == "must" && c.reporter >= 0
}

// event builds the event of trigger hit k, or false when it has no actor.
// Its steps: the event's code and evidence, its modality, the cases that
// take their participants from elsewhere (a concession, the setting of
// the act before), then its sources and targets, and last its time and
// place.
func (d *reader) event(h hit, hits []hit, k int, prev *Event) (Event, bool) {
	c := &d.site // one site a reader, reused: a site of its own would escape to the heap through the rules' function values
	*c = site{h: h, hits: hits, k: k, prev: prev, root: cameo.RootOf(h.cameo)}
	c.left = d.clauseStart(h.t0)
	c.reporter = d.reporterBefore(h.t0, c.left)
	if d.modifierNoun(h) || d.modifyingParticiple(h) || d.actedOnDoers(h) || d.notAnOrder(h) {
		// "a supply boat", "agreed limits": a kind of thing, no act;
		// "executed protesters": people acted on; "ordered 40 jets to
		// replace its fleet": a purchase
		return Event{}, false
	}
	e := d.newEvent(h)
	e.Modality = d.modalityOf(c)
	if e.Modality != Negated && d.topicOfTalk(h) {
		e.Modality = Hypothetical // "is considering sanctions": talked of, not done
	}
	if h.frame == concession {
		if done, ok := d.concession(&e, c); done {
			return e, ok
		}
	}
	if prev != nil && prev.Trigger == d.span(c.prevHit()) && d.setting(h, c.prevHit()) {
		// "Serb forces killed three ethnic Albanians in a gunbattle": the
		// gunbattle is the killers' and their victims'
		e.Actors = append(e.Actors, prev.Actors...)
		d.finish(&e, h, hits, k, c.left)
		return e, true
	}
	if visitor, host, ok := d.visitingAttribute(h); ok {
		// "Visiting Indian Prime Minister Narendra Modi signed …", "told
		// visiting Iranian officials": the visitor is who the participle
		// describes, the host the other state the sentence names; the
		// visit is under way
		e.Modality = Asserted
		d.addParticipants(&e, c, visitor, host)
		d.finish(&e, h, hits, k, c.left)
		return e, true
	}
	c.passive = d.passive(h) || d.treePassive(h)
	if d.reducedRelative(h) {
		// "men accused of smuggling": the accused are the men; who
		// accuses them, the sentence need not say
		c.passive, c.noAgent = true, true
	}
	before := len(e.Actors)
	sources := d.sources(&e, c)
	timed := d.timedBy(h)
	if c.prev != nil && d.objectOfPrev(c) || timed || d.judgedAct(c) {
		// "condemned the arrest": the arrest is not the condemners';
		// "opposed the U.S. invasion" names its own agent; "suspended
		// talks after an attack on a base": the attack is someone
		// else's, unless named ("after a rebel attack")
		e.Actors, sources = e.Actors[:before], d.ownAgents(c)
		c.noAgent, c.apart = len(sources) == 0, timed
	} else if ts, ok := d.treeSources(c); ok {
		c.noAgent = len(ts) == 0
		// where the tree names the subject, it decides: the heuristics
		// above fall back on the nearest actor when the subject is none
		// ("officials said", "aid agencies say")
		e.Actors, sources = e.Actors[:before], ts
	}
	targets := d.objects(c, sources)
	if h.frame != reporting && !c.mustDemand(d) {
		// the tree finds objects the rules over word order miss ("Syria
		// is strongly supported by Iran", "eases sanctions on Libya"),
		// and drops those inside a relative clause ("penalties against
		// companies that sell drones to Iran"); where both find one, the
		// rules, tuned on coded sentences, still decide
		if tt, ok := d.treeTargets(c, sources); ok && (len(targets) == 0 || len(tt) > 0 && d.pronounObject(c)) {
			// and where the object is a pronoun the tree resolved:
			// "accusing it of polluting rivers in Ecuador" is aimed at it
			targets = tt
		}
		targets = d.dropNonTargets(c, targets)
	}
	if len(sources) == 0 && len(targets) >= 2 && d.between(targets[0]) {
		// "a ceasefire between Israel and Hamas": both sides'
		sources, targets = targets, nil
	}
	if d.chargeFaced(c) {
		// "Boeing faces fraud charges": Boeing is charged, by whom the
		// sentence need not say
		c.faced = true
		switch charger := d.chargerOf(c); {
		case len(sources) > 0 && !d.allAmong(sources, charger):
			sources, targets = charger, sources
		case len(charger) > 0:
			// "drawing criticism from EU leaders", no subject of its own
			sources, targets = charger, d.notSources(d.bearers(c), charger)
		}
	}
	sources, targets = d.protesters(c, sources, targets)
	if chargers, charged, ok := d.chargedOn(c); ok {
		// "arrested two Swedish journalists on terrorism charges": the
		// journalists face them
		sources, targets = chargers, d.notSources(charged, chargers)
	}
	if speakers, asked, ok := d.mustSaid(c); ok {
		sources, targets = speakers, asked
	}
	if ruled, speakers, ok := d.judgedOut(c); ok {
		// "a deal with the IMF is out of the question, Kenya said":
		// Kenya rejects it, whoever its subject names
		sources, targets = speakers, d.notSources(ruled, speakers)
	}
	targets = d.aim(c, sources, targets)
	if len(sources) == 0 && c.passive {
		sources = d.authorityOfPlace(c, targets) // "was arrested in Dubai": by the Emirates
	}
	if len(sources) == 0 && !c.passive && h.frame != reporting && c.reporter >= 0 && d.pronounSubject(h.t0, c.left) {
		sources = []int{c.reporter} // "Portugal said it will support …": it is Portugal
	}
	d.addParticipants(&e, c, sources, targets)
	if len(e.Actors) == 0 || h.frame == symmetric && len(e.Actors) < 2 {
		return e, false
	}
	d.finish(&e, h, hits, k, c.left)
	return e, true
}

// newEvent starts the event of trigger h: its codes, trigger and
// evidence, the sentence that holds it.
func (d *reader) newEvent(h hit) Event {
	sent := d.Toks[h.t0].Sent
	ss, se := d.Sents[sent][0], d.Sents[sent][1]
	return Event{Type: h.typ, Cameo: h.cameo, Plover: h.plover, Trigger: d.Text[d.Toks[h.t0].Start:d.Toks[h.t1-1].End],
		Sentence: int(sent), Evidence: d.Text[ss:se], EvidenceStart: d.Off.Char(ss), EvidenceEnd: d.Off.Char(se)}
}

// modalityOf reads the modality of the site's event from the cues before
// its trigger (from the trigger itself for a participle opening a clause),
// and from the act before it: "called on Putin to ease tensions" and
// "agreed to cooperate" are asked for or promised, not done.
func (d *reader) modalityOf(c *site) Modality {
	h, modLeft := c.h, c.left
	if d.participle(h) {
		modLeft = h.t0
	}
	if w, t := d.predicate(h); t != nil && afterItsClause(t, w) {
		// "did not meet the opposition leader, his spokesman said": the
		// cues before the comma are the other clause's
		for k := h.t0 - 1; k > modLeft; k-- {
			if d.Word(k) == "," {
				modLeft = k + 1
				break
			}
		}
	}
	m := d.modality(h.t0, modLeft)
	if m == Negated {
		if v := d.prepHead(h); v > modLeft && v < h.t0 {
			// "Ukraine was not invited to the talks": the verb is denied,
			// not the act its prepositional phrase names
			m = d.modality(h.t0, v+1)
		}
	}
	for k := h.t0 + 1; k < h.t1 && m != Hypothetical; k++ {
		if negCues[d.Lower(k)] {
			m = Negated // "held no talks": the cue inside the trigger
		}
	}
	if d.denialBefore(h.t0, c.left) {
		if w, t := d.predicate(h); t != nil && deniedIn(t, w) && !saidAct(t, w, c.root) {
			return Negated
		}
	}
	if m == Asserted || m == Negated {
		if w, t := d.predicate(h); t != nil && (t.Marked(w, "until") || t.Marked(w, "till")) && (t.Word(w).XPOS == "VBZ" || t.Word(w).XPOS == "VBP") {
			return Hypothetical // "will not approve until Stockholm cracks down": a condition
		}
	}
	if m == Asserted {
		if w, t := d.predicate(h); t != nil && possibleAux(t, w) {
			return Hypothetical // "the EU may halt mediation"
		}
	}
	if m == Asserted {
		if w, t := d.predicate(h); t != nil && alleged(t, w) {
			return Reported // "accused Russia of shelling the plant"
		}
	}
	if m == Asserted && (d.Lower(h.t0-1) == "to" || h.nominal || h.t1-h.t0 == 1) {
		if w, t := d.predicate(h); t != nil {
			if cm, ok := complementModality(t, w); ok {
				return cm // "ordered French troops to leave", "pledged to boost", "ordered the release"
			}
		}
	}
	if m == Asserted && c.prev != nil && d.Lower(h.t0-1) == "to" && d.Toks[h.t0-1].Sent == d.Toks[h.t0].Sent {
		switch {
		case c.prev.Type == "agree":
			m = Planned
		case requestTypes()[c.prev.Type]:
			m = Hypothetical
		}
	}
	return m
}

// saidAct reports whether predicate w of t is a noun naming something
// said: a statement, appeal, demand, criticism or accusation. Rejected
// or denied, it was still said ("rejected U.S. criticism of the reform",
// "denied the accusations"); what is denied is what it says.
func saidAct(t *syntax.Tree, w int, r cameo.Root) bool {
	if t.Word(w).UPOS != "NOUN" {
		return false
	}
	switch r {
	case cameo.MakeStatement, cameo.Appeal, cameo.Demand, cameo.Disapprove:
		return true
	}
	return false
}

// concession reads a concession's trigger: only negated is it an event,
// a rejection by whoever says so ("would not make any concessions"),
// dated by the verb of saying. It reports whether the event is done, and
// whether there is one; a negated concession with no speaker goes on as a
// rejection whose sides are read as any event's.
func (d *reader) concession(e *Event, c *site) (done, ok bool) {
	if e.Modality != Negated {
		return true, false
	}
	e.Type, e.Cameo, e.Plover, e.Modality = "reject", "120", cameo.Reject.Plover(), Asserted
	if c.reporter < 0 {
		return false, false
	}
	e.Actors = append(e.Actors, d.participant(c.reporter, Source))
	say := c.h
	for j := d.mentions[c.reporter].T1; j < c.h.t0; j++ {
		if reportVerbs()[d.Lower(j)] {
			say = hit{trigger: c.h.trigger, t0: j, t1: j + 1}
			break
		}
	}
	d.finish(e, say, c.hits, c.k, c.left)
	return true, true
}

// addParticipants adds the sources and targets to e in their roles: a
// symmetric event's are participants alike ("Russia and NATO … meeting")
// unless its object follows "with" ("X met with Y"). An event with no
// source of its own takes the one its context implies (inheritSource); a
// directed event with no target of its own takes the previous event's.
func (d *reader) addParticipants(e *Event, c *site, sources, targets []int) {
	h := c.h
	sources, targets = d.withoutAttributes(sources), d.withoutAttributes(targets)
	role, targetRole := Source, Target
	directed := h.frame != symmetric || len(sources) > 0 && len(targets) > 0 && d.Lower(d.mentions[targets[0]].T0-1) == "with"
	if !directed {
		role, targetRole = Symmetric, Symmetric
	}
	for _, a := range sources {
		if p := d.participant(a, role); !hasParticipant(e.Actors, p) {
			e.Actors = append(e.Actors, p) // "the Group of 20 … it": one source
		}
	}
	if len(e.Actors) == 0 && h.frame != reporting {
		if c.faced {
			role = Target // "agreed to plead guilty to a charge": who pleads is charged
		}
		d.inheritSource(e, c, role)
	}
	for _, a := range targets {
		if p := d.participant(a, targetRole); !hasParticipant(e.Actors, p) {
			e.Actors = append(e.Actors, p)
		}
	}
	if len(targets) == 0 && c.prev != nil && !c.apart && !c.passive && h.frame == sourceTarget && !hasRole(e.Actors, Target) && d.sameAgents(sources, c.prev) {
		for _, p := range c.prev.Actors {
			if p.Role == Target && !hasParticipant(e.Actors, p) {
				e.Actors = append(e.Actors, p)
			}
		}
	}
}

// attendVerbs take part in the meeting their object names: "will attend
// the G20 summit", "joined the talks" (lemmas, words.txt).
var attendVerbs = sync.OnceValue(func() map[string]bool { return words.Set("attend-verbs") })

// attendees returns the subjects of the verb of attending whose object is
// meeting noun h, by its sentence's tree: "Modi attended the NATO
// summit" is Modi's meeting with NATO.
func (d *reader) attendees(c *site) []int {
	_, v, t, ok := d.nounObjectOf(c, attendVerbs())
	if !ok {
		return nil
	}
	return d.subjectActors(int(d.Toks[c.h.t0].Sent), t, v)
}

// between reports whether mention m follows "between": "a ceasefire
// between Israel and Hamas".
func (d *reader) between(m int) bool {
	t0 := d.mentions[m].T0
	return t0 > 0 && d.Lower(t0-1) == "between" || t0 > 1 && d.Lower(t0-2) == "between" && d.Lower(t0-1) == "the"
}

// sameAgents reports whether an act of sources may share the target of
// event prev: it has no sources of its own, or one of them is one of
// prev's ("warned Russia and threatened sanctions"); not "struck targets
// in Lebanon after Hezbollah fired rockets", another's act.
func (d *reader) sameAgents(sources []int, prev *Event) bool {
	if len(sources) == 0 {
		return true
	}
	for _, m := range sources {
		name := d.actors[d.mentions[m].Actor].Name
		for _, p := range prev.Actors {
			if p.Name == name && p.Role != Target {
				return true
			}
		}
	}
	return false
}

// finish gives event e, of trigger h in the clause from token left, its
// time and place; an asserted event dated after publication has not
// happened yet and is planned.
func (d *reader) finish(e *Event, h hit, hits []hit, k, left int) {
	d.setTime(e, h, hits, k)
	e.Place = d.eventPlace(h, left)
	if e.Modality == Asserted && e.Relation == "" && e.FirstDay > d.refDay {
		e.Modality = Planned
	}
}

// sources finds the agents of the site's act, by the first way that
// applies:
//   - a passive's agent follows "by": "was attacked by militiamen";
//   - "X said that Y must leave": X demands it of Y;
//   - a verb coordinated with the one before shares its subject ("warned
//     Russia and threatened sanctions"), added to e at once;
//   - a participle opening a clause ("…, saying the United States is
//     ready"): the sentence's subject speaks;
//   - a noun, or a verb's form used as one ("accused rebels of
//     attacks"): the agent before it, else the subject of its light verb
//     ("Italy announced a suspension of air links");
//   - else the subject before the trigger in its clause, or the subject of
//     a light verb of saying before it, or for a predicate with no subject
//     of its own ("…, but was still refusing") the sentence's.
func (d *reader) sources(e *Event, c *site) []int {
	h, left := c.h, c.left
	switch {
	case c.passive:
		return d.byAgent(h)
	case c.mustDemand(d):
		return []int{c.reporter}
	case d.groupOf(h) >= 0:
		return []int{d.groupOf(h)} // "thousands of demonstrators took to the streets": theirs
	case d.caused(h):
		return nil // "postponed the vote, prompting protests": not his
	case len(d.claimants(h)) > 0:
		return d.claimants(h)
	case c.prev != nil && d.coordinatedVerb(c.prevHit(), h):
		e.Actors = append(e.Actors, sourcesOf(c.prev)...)
		return nil
	case d.participle(h):
		if w, t := d.predicate(h); t != nil && t.Head(w) >= 0 && syntax.IsRel(t.Rel(w), "advcl") {
			// "said 60 missiles struck the city, killing 31 people": the
			// subject of the verb it hangs on, missiles, not the speaker
			if v := t.Head(w); len(t.Subjects(v)) > 0 {
				return d.subjectActors(int(d.Toks[h.t0].Sent), t, v)
			}
		}
		return d.sentenceSubject(h.t0)
	case h.nominal || h.t1-h.t0 == 1 && (d.Lower(h.t0-1) == "of" || d.Lower(h.t0-1) == "for" || d.agentByPhrase(h)):
		sources := d.agentOfNoun(h)
		if lv := d.lightVerbBefore(h); len(sources) == 0 && lv >= 0 {
			sources = d.sourcesBefore(lv, left)
		}
		if c.root == cameo.Consult {
			sources = d.addMentions(sources, d.attendees(c))
		}
		return sources
	}
	sources := d.sourcesBefore(h.t0, left)
	if lv := d.lightVerbBefore(h); len(sources) == 0 && lv >= 0 && reportVerbs()[d.Lower(lv)] {
		sources = d.sourcesBefore(lv, left)
	}
	if len(sources) == 0 && d.predicateOnly(left, h.t0) {
		sources = d.sentenceSubject(h.t0)
	}
	return sources
}

// objects finds the targets of the site's act: what the first of
// objectRules finds, less the sources; but the addressee of a report, and
// the subject of a passive or of "must".
func (d *reader) objects(c *site, sources []int) []int {
	var targets []int
	for _, rule := range objectRules {
		if targets = rule.find(d, c, sources); len(targets) > 0 {
			break
		}
	}
	targets = d.notOwnAgents(c, d.notSources(targets, sources), sources)
	switch {
	case c.h.frame == reporting:
		targets = d.addressee(c.h)
	case c.passive:
		if ts, ok := d.passiveSubjects(c); ok {
			return ts // "how people were killed": people, no actor
		}
		targets = d.subjectBefore(c.h.t0, c.left)
	case c.mustDemand(d):
		targets = d.subjectBefore(c.h.t0, c.left)
	}
	return targets
}

// protesters finds who protests when the clause names no agent: the
// sentence's subject for a noun ("Thousands of Nigerians … were
// converging for a rally"), else the people of the place they protest in
// ("Thousands rioted in Dili"). The targets lose the new sources.
func (d *reader) protesters(c *site, sources, targets []int) ([]int, []int) {
	h := c.h
	if len(sources) != 0 || c.root != cameo.Protest || c.passive {
		return sources, targets
	}
	// "protesters" name the protesters: the sentence's subject is someone
	// else ("Ruto said protesters had attacked officers")
	if s := d.sentenceSubject(h.t0); h.nominal && !doerNouns[d.Lower(h.t0)] && len(s) > 0 && !d.locative(s[0]) && !d.speaks(s[0]) && !d.caused(h) {
		sources = s
	} else if p := d.placeAfter(h); len(p) > 0 {
		sources = p
	} else if p := d.placeBefore(h.t0, c.left); len(p) > 0 {
		sources = p
	}
	return sources, d.notSources(targets, sources)
}

// aim finds whom an act of protest, threat or force is aimed at when its
// clause names no object: what the first of aimRules finds.
func (d *reader) aim(c *site, sources, targets []int) []int {
	if len(targets) > 0 {
		return targets
	}
	for _, rule := range aimRules {
		if t := rule.find(d, c, sources); len(t) > 0 {
			return t
		}
	}
	return nil
}
