package event

import (
	"strings"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// Words that open a new clause: an actor before one of them does not act
// in the clause after it.
// Penn Treebank text's closing quote after a comma (", ”") ends a quoted
// clause too (see clauseStart); its quotes elsewhere may be scare quotes
// ("a “special law”") and are not read.
var clauseOpeners = set("which who whom whose while whereas but ; : “ ” \"")

// Verbs of saying and believing: their subject reports the clause that
// follows rather than acting in it.
var reportVerbs = text.Words.Set("report-verbs")

var (
	negCues  = set("not n't never no without")
	hypoCues = set("possible potential possibly could might if whether unless preparation prepare preparing " +
		"prepares threat risk fear fears feared assessed would-be hypothetical")
	planCues = set("will 'll shall would plan plans planned planning scheduled expected expects due intend intends " +
		"intended upcoming going set forthcoming agreed")
)

// event builds the event of trigger hit k, or false when it has no actor.
func (d *reader) event(h hit, hits []hit, k int, prev *Event) (Event, bool) {
	sent := d.Toks[h.t0].Sent
	ss, se := d.Sents[sent][0], d.Sents[sent][1]
	e := Event{Type: h.typ, Cameo: h.cameo, Plover: h.plover, Trigger: d.Text[d.Toks[h.t0].Start:d.Toks[h.t1-1].End],
		Sentence: int(sent), Evidence: d.Text[ss:se], EvidenceStart: d.Off.Char(ss), EvidenceEnd: d.Off.Char(se)}
	left := d.clauseStart(h.t0)
	reporter := d.reporterBefore(h.t0, left)
	modLeft := left
	if d.participle(h) {
		modLeft = h.t0
	}
	e.Modality = d.modality(h.t0, modLeft)
	if e.Modality == Asserted && prev != nil && d.Lower(h.t0-1) == "to" && d.Toks[h.t0-1].Sent == d.Toks[h.t0].Sent {
		// "called on Putin to ease tensions", "agreed to cooperate": asked
		// for or promised, not done
		switch {
		case prev.Type == "agree":
			e.Modality = Planned
		case requestTypes[prev.Type]:
			e.Modality = Hypothetical
		}
	}
	if h.frame == "yield" {
		if e.Modality != Negated {
			return e, false
		}
		// "would not make any concessions": a rejection by whoever says so
		e.Type, e.Cameo, e.Plover, e.Modality = "reject", "120", cameo.Reject.Plover(), Asserted
		if reporter >= 0 {
			e.Actors = append(e.Actors, d.participant(reporter, Source))
			// the rejection happens when it is said: date it by the verb of saying
			say := h
			for j := d.mentions[reporter].T1; j < h.t0; j++ {
				if reportVerbs[d.Lower(j)] {
					say = hit{trigger: h.trigger, t0: j, t1: j + 1}
					break
				}
			}
			d.finish(&e, say, hits, k, left)
			return e, true
		}
	}
	if prev != nil && prev.Trigger == d.span(hits[k-1]) && d.setting(h, hits[k-1]) {
		// "Serb forces killed three ethnic Albanians in a gunbattle": the
		// gunbattle is the killers' and their victims'
		e.Actors = append(e.Actors, prev.Actors...)
		d.finish(&e, h, hits, k, left)
		return e, true
	}
	var sources []int
	passive := d.passive(h)
	switch {
	case passive:
		// "was attacked by militiamen": the agent follows "by", the
		// subject suffers it
		sources = d.byAgent(h)
	case h.typ == "demand" && d.Lower(h.t0) == "must" && reporter >= 0:
		// "X said that Y must leave": X demands it of Y
		sources = []int{reporter}
	case prev != nil && d.coordinatedVerb(hits[k-1], h):
		// "warned Russia and threatened sanctions": the subject is shared
		e.Actors = append(e.Actors, sourcesOf(prev)...)
	case d.participle(h):
		// "…, saying the United States is ready": the sentence's subject speaks
		sources = d.sentenceSubject(h.t0)
	case h.nominal || h.t1-h.t0 == 1 && (d.Lower(h.t0-1) == "of" || d.Lower(h.t0-1) == "for"):
		// a noun, or a verb's form used as one: "accused rebels of
		// attacks", "of attacking"
		sources = d.agentOfNoun(h)
		if lv := d.lightVerbBefore(h); len(sources) == 0 && lv >= 0 {
			// "Italy announced a suspension of air links": the verb's subject
			sources = d.sourcesBefore(lv, left)
		}
	default:
		sources = d.sourcesBefore(h.t0, left)
		if lv := d.lightVerbBefore(h); len(sources) == 0 && lv >= 0 && reportVerbs[d.Lower(lv)] {
			// "Italy announced a suspension of air links": the light verb
			// is a verb of saying, but its subject is the act's
			sources = d.sourcesBefore(lv, left)
		}
		if len(sources) == 0 && d.predicateOnly(left, h.t0) {
			// "Benin opened its borders …, but was still refusing": the
			// second predicate shares the sentence's subject
			sources = d.sentenceSubject(h.t0)
		}
	}
	targets := d.insideTrigger(h)
	if len(targets) == 0 {
		// "welcomed President Reagan's latest policy statement as proof
		// of Washington's wish": an object inside the trigger is the one
		targets = d.targetsAfter(h, hits, k)
	}
	if h.typ == "complain" {
		// "complained to the United Nations over Israeli air raids": the
		// complaint is about Israel, made to the UN
		if o := d.aboutAfter(h); len(o) > 0 {
			targets = o
		}
	}
	if len(targets) == 0 {
		targets = d.purposeTargets(h, hits, k)
	}
	if len(targets) == 0 && d.Lower(h.t0-1) == "as" {
		// "holding thousands of Tamil refugees as human shields": the
		// verb's object is what the noun says it is used as
		if ms := d.notSources(d.mentionsIn(left, h.t0-1), sources); len(ms) > 0 {
			targets = ms[len(ms)-1:]
		}
	}
	targets = d.notSources(targets, sources)
	switch {
	case h.frame == "rep":
		targets = d.addressee(h)
	case passive || h.typ == "demand" && d.Lower(h.t0) == "must" && reporter >= 0:
		targets = d.subjectBefore(h.t0, left)
	}
	root := cameo.RootOf(h.cameo)
	if len(sources) == 0 && root == cameo.Protest && !passive {
		// "Thousands of Nigerians … were converging for a rally": the
		// sentence's subject; else, "Thousands rioted in Dili", protesters
		// are people of the place they protest in
		if s := d.sentenceSubject(h.t0); h.nominal && len(s) > 0 && !d.locative(s[0]) && !d.speaks(s[0]) {
			sources = s
		} else if p := d.placeAfter(h); len(p) > 0 {
			sources = p
		} else if p := d.placeBefore(h.t0, left); len(p) > 0 {
			sources = p
		}
		targets = d.notSources(targets, sources)
	}
	if len(targets) == 0 && root == cameo.Protest {
		// "staged demonstrations to demand reforms by President Suharto's
		// government": a protest is aimed at the authority its purpose names
		targets = d.authorityAfter(h)
	}
	if len(targets) == 0 && (root.UsesForce() || root == cameo.Threaten || root == cameo.Protest || root == cameo.ExhibitForcePosture) {
		// "a curfew in Algiers", "troops remained on alert in the West
		// Bank": the state it falls on
		targets = d.placeAfter(h)
	}
	if len(targets) == 0 && root == cameo.Protest {
		// "began a hunger strike to protest against Sweden's decision": a
		// protest is aimed at whoever its sentence goes on to name
		targets = d.laterActor(h, sources)
	}
	if len(sources) == 0 && !passive && h.frame != "rep" && reporter >= 0 && d.pronounSubject(h.t0, left) {
		sources = []int{reporter} // "Portugal said it will support …": it is Portugal
	}
	role := Source
	directed := h.frame != "sym" || len(sources) > 0 && len(targets) > 0 && d.Lower(d.mentions[targets[0]].T0-1) == "with"
	if !directed {
		role = Symmetric // "Russia and NATO … meeting"; but "X met with Y" has a source and a target
	}
	for _, a := range sources {
		e.Actors = append(e.Actors, d.participant(a, role))
	}
	if len(e.Actors) == 0 && h.frame != "rep" {
		d.inheritSource(&e, reporter, prev, role, h)
	}
	for _, a := range targets {
		r := Target
		if !directed {
			r = Symmetric
		}
		if !hasParticipant(e.Actors, d.participant(a, r)) {
			e.Actors = append(e.Actors, d.participant(a, r))
		}
	}
	if len(targets) == 0 && prev != nil && h.frame == "st" && !hasRole(e.Actors, Target) {
		for _, p := range prev.Actors {
			if p.Role == Target && !hasParticipant(e.Actors, p) {
				e.Actors = append(e.Actors, p)
			}
		}
	}
	if len(e.Actors) == 0 || h.frame == "sym" && len(e.Actors) < 2 {
		return e, false
	}
	d.finish(&e, h, hits, k, left)
	return e, true
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

func hasRole(ps []Participant, role Role) bool {
	for _, p := range ps {
		if p.Role == role {
			return true
		}
	}
	return false
}

// participant makes the participant for mention index m.
func (d *reader) participant(m int, role Role) Participant {
	a := d.actors[d.mentions[m].Actor]
	return Participant{Name: a.Name, Role: role, Code: a.Code}
}

// inheritSource gives an event with no source of its own the one its
// context implies: a reporting body's state ("the Russian Defense Ministry
// said 10,000 soldiers had returned": Russia), else the source of the
// sentence's previous event ("…, which … assessed as preparation for an
// invasion").
func (d *reader) inheritSource(e *Event, reporter int, prev *Event, role Role, h hit) {
	if reporter >= 0 && d.bareAgent(h.t0) {
		a := d.actors[d.mentions[reporter].Actor]
		if a.Kind == actor.Organization && a.Affiliation != "" {
			if k, ok := d.cast.Lookup(a.Affiliation); ok {
				c := d.actors[k]
				e.Actors = append(e.Actors, Participant{Name: c.Name, Role: role, Code: c.Code})
				return
			}
		}
		if prev == nil {
			return
		}
	}
	if prev == nil || prev.Type == "statement" {
		return // a speaker is not the agent of what is said
	}
	from := Source
	if warningTypes[prev.Type] {
		from = Target // "warned Russia against an invasion": Russia would invade
	}
	for _, p := range prev.Actors {
		if p.Role == from || p.Role == Symmetric {
			e.Actors = append(e.Actors, Participant{Name: p.Name, Role: role, Code: p.Code})
		}
	}
}

// requestTypes are events whose "to" clause names what is asked, refused or
// threatened, not what is done.
var requestTypes = set("appeal demand threaten reject")

// warningTypes are events whose target is asked or warned to do, or not
// to do, what a following nominal event names.
var warningTypes = set("threaten appeal demand accuse criticize")

func sourcesOf(e *Event) []Participant {
	var out []Participant
	for _, p := range e.Actors {
		if p.Role == Source {
			out = append(out, p)
		}
	}
	return out
}

// coordinatedVerb reports whether trigger h is a verb coordinated with the
// previous trigger p: "p … and h".
func (d *reader) coordinatedVerb(p, h hit) bool {
	return h.t0-p.t1 <= 6 && h.t0 > 0 && d.Lower(h.t0-1) == "and" && d.Toks[p.t0].Sent == d.Toks[h.t0].Sent &&
		!d.hasMention(h.t0-1, h.t0)
}

func (d *reader) hasMention(a, b int) bool { return len(d.mentionsIn(a, b)) > 0 }

// participle reports whether trigger h is a participle opening a clause
// after a comma ("…, saying").
func (d *reader) participle(h hit) bool {
	w := d.Lower(h.t0)
	return h.t0 > 0 && d.Word(h.t0-1) == "," && len(w) > 4 && w[len(w)-3:] == "ing"
}

// sentenceSubject returns the first actor of the sentence holding token i
// with those coordinated with it.
func (d *reader) sentenceSubject(i int) []int {
	ms := d.mentionsIn(d.SentStart(i), i)
	if len(ms) == 0 {
		return nil
	}
	end := 1
	for end < len(ms) && joins(d, d.mentions[ms[end-1]].T1, d.mentions[ms[end]].T0) {
		end++
	}
	return ms[:end]
}

// addressee returns whom a statement is made to: "confirmed to CNN",
// "told Reuters".
func (d *reader) addressee(h hit) []int {
	j := h.t1
	if d.Lower(j) == "to" {
		j++
	} else if w := d.Lower(h.t0); w != "told" && w != "tells" {
		return nil
	}
	for _, m := range d.mentionsIn(j, j+4) {
		if d.mentions[m].T0 == j || d.mentions[m].T0 == j+1 && d.Lower(j) == "the" {
			return []int{m}
		}
	}
	return nil
}

// Nouns that name an actor's people without naming the actor: "10,000
// soldiers had returned".
var agentNouns = set("soldiers troops forces officials diplomats police army units servicemen personnel " +
	"ministers authorities government negotiators delegation delegates envoys leaders militants fighters")

// bareAgent reports whether a bare agent noun stands in the clause before
// token i.
func (d *reader) bareAgent(i int) bool {
	for j := i - 1; j >= d.clauseStart(i) && j >= i-8; j-- {
		if agentNouns[d.Lower(j)] {
			return true
		}
	}
	return false
}

// clauseStart returns the first token of the clause holding token i.
func (d *reader) clauseStart(i int) int {
	sent := d.Toks[i].Sent
	j := i - 1
	for ; j >= 0 && d.Toks[j].Sent == sent; j-- {
		if clauseOpeners[d.Lower(j)] || d.Word(j) == "'" && d.Word(j-1) == "'" && (d.Word(j-2) == "," || d.Word(j-2) == ".") {
			return j + 1
		}
	}
	return j + 1
}

// mentionsIn returns the indexes of the mentions inside tokens [a, b).
func (d *reader) mentionsIn(a, b int) []int { return d.cast.In(a, b) }

// reporterBefore returns the mention that reports the clause at token i
// ("the NSC spokesman said … that"), or -1.
func (d *reader) reporterBefore(i, left int) int {
	ms := d.mentionsIn(d.SentStart(i), i)
	for k := len(ms) - 1; k >= 0; k-- {
		m := d.mentions[ms[k]]
		for j := m.T1; j < i; j++ {
			if reportVerbs[d.Lower(j)] {
				return ms[k]
			}
		}
	}
	return -1
}

// sourcesBefore returns the nearest actor before the trigger in its
// clause, with the actors coordinated with it ("Russia and NATO"); an
// actor that reports the clause is not its source, and one inside an
// apposition gives way to the noun it describes ("Pakistan, a key U.S.
// ally, has refused").
func (d *reader) sourcesBefore(i, left int) []int {
	if open := d.appositionBefore(i, left); open >= 0 {
		i = open
	}
	ms := d.mentionsIn(left, i)
	for k := len(ms) - 1; k >= 0; k-- {
		m := d.mentions[ms[k]]
		if d.reportsBetween(m.T1, i) || d.pronounBetween(m.T1, i) {
			return nil // the subject is someone else: a speaker's clause, or "we"
		}
		c := d.coordinated(ms, k)
		p := k - len(c) + 1 // position in ms of the list's first mention
		if p > 0 && d.ofObject(d.mentions[c[0]].T0) {
			// "The Turkish and Greek sides of the island of Cyprus agreed":
			// the subject is the head before "of", when it names actors
			k = p
			continue
		}
		if p > 0 && d.goal(c[0]) {
			// "has sent 21 personnel to Bosnia to investigate": a goal
			// is not the subject
			k = p
			continue
		}
		if d.locative(c[0]) && (p == 0 || d.mentions[c[0]].T0-d.mentions[ms[p-1]].T1 > 2) {
			// "In America, France, and everywhere, if people attacked":
			// a place is where, not who
			if p == 0 {
				return nil
			}
			k = p
			continue
		}
		if p > 0 && d.locative(c[0]) && d.mentions[c[0]].T0-d.mentions[ms[p-1]].T1 <= 2 {
			// "Palestinian police in Jericho confiscated": the place says
			// where the subject is
			k = p
			continue
		}
		return c
	}
	return nil
}

// ofObject reports whether the mention starting at token t0 follows "of"
// (or "of the").
func (d *reader) ofObject(t0 int) bool {
	return d.wordBefore(t0) == "of"
}

// wordBefore returns the word before token t0, lower-cased, passing over
// "the": "in" for "in the West Bank".
func (d *reader) wordBefore(t0 int) string {
	j := t0 - 1
	if d.Lower(j) == "the" {
		j--
	}
	return d.Lower(j)
}

// predicateOnly reports whether the clause [left, i) begins after "but"
// or "and" with a verb or an auxiliary, so that it has no subject of its own.
func (d *reader) predicateOnly(left, i int) bool {
	if left == 0 || left >= i {
		return false
	}
	switch d.Lower(left - 1) {
	case "but", "and":
	default:
		return false
	}
	return auxiliaries[d.Lower(left)] || left == i
}

// subjectPronouns stand for a subject the text does not name here.
var subjectPronouns = set("i we you he she they")

// pronounBetween reports whether a subject pronoun stands in tokens [a, b).
func (d *reader) pronounBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if subjectPronouns[d.Lower(j)] {
			return true
		}
	}
	return false
}

// appositionBefore returns the opening comma of an apposition that ends
// just before the verb at i (", a key U.S. ally in the war," has refused),
// or -1.
func (d *reader) appositionBefore(i, left int) int {
	j := i - 1
	for j > left && auxiliaries[d.Lower(j)] {
		j--
	}
	if j <= left || d.Word(j) != "," {
		return -1
	}
	for k := j - 1; k > left; k-- {
		switch d.Word(k) {
		case ",":
			if len(d.mentionsIn(left, k)) > 0 && (d.Lower(k+1) == "a" || d.Lower(k+1) == "an" || d.Lower(k+1) == "the") {
				return k
			}
			return -1
		case ";", ":":
			return -1
		}
	}
	return -1
}

// auxiliaries stand between a subject and its verb.
var auxiliaries = text.Words.Set("auxiliaries")

// lightVerbs take a nominal event as object: "issued an ultimatum",
// "launched a mediation effort", "staged a protest".
var lightVerbs = set("announced announces issued issues launched launches undertook undertakes made makes held holds " +
	"staged stages began begins started starts imposed imposes declared declares lodged lodges gave gives " +
	"offered offers conducted conducts carried ordered orders opened opens mounted mounts continued continues " +
	"renewed renews resumed resumes reached reaches dispatched dispatches sent sends deployed deploys " +
	"speeded sped accelerated accelerates completed completes stepped")

// lightVerbBefore returns the light verb whose object is nominal trigger
// h, within three words before it, or -1.
func (d *reader) lightVerbBefore(h hit) int {
	for j := h.t0 - 1; j >= 0 && j >= h.t0-5 && d.Toks[j].Sent == d.Toks[h.t0].Sent; j-- {
		if lightVerbs[d.Lower(j)] {
			return j
		}
		if d.Toks[j].Kind != text.Word && d.Toks[j].Kind != text.Number && d.Word(j) != "-" {
			return -1 // but "declared a 30-day state of siege"
		}
	}
	return -1
}

// placeBefore returns a state named after "in" in the clause before token i.
func (d *reader) placeBefore(i, left int) []int {
	for _, m := range d.mentionsIn(left, i) {
		if t0 := d.mentions[m].T0; t0 > 0 && d.Lower(t0-1) == "in" && d.actors[d.mentions[m].Actor].Kind == actor.Country {
			return []int{m}
		}
	}
	return nil
}

// authorityAfter returns the first person or government body named later
// in the sentence of trigger h.
func (d *reader) authorityAfter(h hit) []int {
	for _, m := range d.mentionsIn(h.t1, d.SentEnd(h.t0)) {
		a := d.actors[d.mentions[m].Actor]
		if a.Kind == actor.Person || strings.Contains(a.Code, "GOV") {
			return []int{m}
		}
	}
	return nil
}

// placeAfter returns a state named after "in", "into" or "on" within a
// few words after trigger h, as the place an act of protest, coercion or
// force falls on.
func (d *reader) placeAfter(h hit) []int {
	for j := h.t1; j < h.t1+8 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[h.t0].Sent; j++ {
		switch d.Lower(j) {
		case "in", "into", "on", "across", "throughout":
			for _, m := range d.mentionsIn(j+1, j+4) {
				if d.actors[d.mentions[m].Actor].Kind == actor.Country {
					return []int{m}
				}
			}
		case ",", ";", ".":
			return nil
		}
	}
	return nil
}

// insideTrigger returns the actors inside a gapped trigger: Tanzania in
// "give Tanzania a grant".
func (d *reader) insideTrigger(h hit) []int {
	if h.t1-h.t0 < 3 {
		return nil
	}
	return d.mentionsIn(h.t0+1, h.t1-1)
}

// passiveAux are the auxiliaries of a passive verb.
var passiveAux = set("was were been being is are be")

// passive reports whether trigger h is a passive verb: "was attacked",
// "were arrested by police"; not an adjective ("is committed to").
func (d *reader) passive(h hit) bool {
	w := d.Lower(h.t0)
	if h.t0 == 0 || !passiveAux[d.Lower(h.t0-1)] || !(strings.HasSuffix(w, "ed") || irregularPast[w]) {
		return false
	}
	return len(d.byAgent(h)) > 0 || cameo.RootOf(h.cameo).UsesForce()
}

// irregularPast are past participles that do not end in -ed.
var irregularPast = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range irregular {
		m[p[1]] = true
	}
	return m
}()

// byAgent returns the actor after "by" following trigger h.
//
// Further on, up to the clause's end, "by" counts only after a comma that
// closes an aside: "has been accused of misusing funds, much of it
// believed embezzled, by current Haitian government officials".
func (d *reader) byAgent(h hit) []int {
	for j := h.t1; j < h.t1+30 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[h.t0].Sent; j++ {
		w := d.Lower(j)
		if j >= h.t1+4 && (clauseOpeners[w] || w == ";") {
			return nil
		}
		if w == "by" && (j < h.t1+4 || d.Word(j-1) == ",") {
			if ms := d.mentionsIn(j+1, j+6); len(ms) > 0 {
				return d.coordinated(ms, 0)[:1]
			}
		}
	}
	return nil
}

// subjectBefore returns the nearest actor before token i in its clause,
// with those coordinated with it.
func (d *reader) subjectBefore(i, left int) []int {
	ms := d.mentionsIn(left, i)
	if len(ms) == 0 {
		return nil
	}
	return d.coordinated(ms, len(ms)-1)
}

// pronounSubject reports whether a subject pronoun stands after the last
// verb of saying before token i: "said it will", "announced they would".
func (d *reader) pronounSubject(i, left int) bool {
	for j := i - 1; j >= left && j >= i-6; j-- {
		switch d.Lower(j) {
		case "it", "they", "he", "she", "we", "its", "their", "his", "her", "our":
			// "said … their forces had completed their withdrawal"
			// the verb of saying may stand a few words back: "said on
			// Wednesday they would meet"
			for k := j - 1; k >= 0 && k >= j-4; k-- {
				if reportVerbs[d.Lower(k)] || d.Lower(k) == "that" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// agentOfNoun returns the actor a nominal trigger names as its agent: just
// before it ("Russian invasion", "Russia's troop buildup") or after "by".
func (d *reader) agentOfNoun(h hit) []int {
	ms := d.mentionsIn(max(0, h.t0-4), h.t0)
	if len(ms) > 0 {
		k := len(ms) - 1
		m := d.mentions[ms[k]]
		gap := true
		for j := m.T1; j < h.t0; j++ {
			if w := d.Lower(j); d.Toks[j].Kind != text.Word || reportVerbs[w] || strings.HasSuffix(w, "ed") {
				gap = false // a verb or a comma between: not the noun's agent
			}
		}
		if gap {
			return d.coordinated(ms, k)
		}
	}
	if d.Lower(h.t1) == "by" {
		for _, m := range d.mentionsIn(h.t1+1, h.t1+4) {
			return []int{m}
		}
	}
	return nil
}

// reportsBetween reports whether a verb of saying stands in tokens [a, b).
func (d *reader) reportsBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if reportVerbs[d.Lower(j)] {
			return true
		}
	}
	return false
}

// coordinated returns mention ms[k] with those joined to it by "and",
// "or" or commas, or sharing its span ("the two sides").
func (d *reader) coordinated(ms []int, k int) []int {
	out := []int{ms[k]}
	for j := k - 1; j >= 0; j-- {
		a, b := d.mentions[ms[j]], d.mentions[ms[j+1]]
		if a.T0 == b.T0 || joins(d, d.pastSpokesman(a.T1, b.T0), b.T0) {
			out = append([]int{ms[j]}, out...)
			continue
		}
		break
	}
	if len(out) == 2 {
		// "The main Hutu rebel group, Forces for Defence of Democracy
		// (FDD), insisted": a name set off by commas is the same actor
		a, b := d.mentions[out[0]], d.mentions[out[1]]
		end := b.T1
		if d.Word(end) == "(" {
			for end < len(d.Toks) && end < b.T1+6 && d.Word(end) != ")" {
				end++
			}
			end++
		}
		if b.T0 == a.T1+1 && d.Word(a.T1) == "," && d.Word(end) == "," && d.Lower(a.T0-1) != "," {
			return out[:1]
		}
		if d.Word(a.T1) == "," && !(b.T0 == a.T1+1 && d.Word(end) == "and") && d.Lower(a.T0-1) != "," {
			// "weapons from Palestinian armed groups, the Israeli army
			// said": two names with only a comma between are no list
			return out[1:]
		}
	}
	return out
}

// joins reports whether the tokens [a, b) only join two coordinated names:
// "and", "or", a comma, "both", "the", or a possessive or an article after
// one of them ("Kagame and his Rwandan Patriotic Front", "X and a Y").
func joins(d *reader, a, b int) bool {
	if b-a < 1 || b-a > 2 {
		return false
	}
	for j := a; j < b; j++ {
		switch d.Lower(j) {
		case "and", "or", ",", "both", "the":
		case "his", "her", "its", "their", "a", "an":
			if j == a {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// targetsAfter returns the actor after the trigger in its clause, with
// those coordinated with it; the search stops at a clause break or at the
// next trigger, whose arguments those are.
func (d *reader) targetsAfter(h hit, hits []hit, k int) []int {
	sent := d.Toks[h.t0].Sent
	stop := h.t1 + 10
	if intentTypes[h.typ] {
		// "ready to contribute troops to a force in Liberia": an intention's
		// target is its act's, however far the act reaches
		stop = h.t1 + 20
	} else if k+1 < len(hits) && hits[k+1].t0 < stop && !d.objectNoun(h, hits[k+1]) {
		stop = hits[k+1].t0
	}
	j := h.t1
	for ; j < stop && j < len(d.Toks) && d.Toks[j].Sent == sent; j++ {
		w := d.Lower(j)
		if clauseOpeners[w] || w == "," && j > h.t1 || w == "." {
			break
		}
	}
	first := d.notAround(d.mentionsIn(h.t1, j))
	if h.typ == "threaten" || h.typ == "agree" {
		// but "demanded the withdrawal of Serbian forces" asks it of them
		first = d.notNounObjects(first, hits, k)
	}
	if len(first) == 0 {
		return nil
	}
	// the list may run past the window: "to Iran, Libya, North Korea, Sudan"
	ms := d.mentionsIn(d.mentions[first[0]].T0, d.SentEnd(h.t0))
	if d.speaks(ms[0]) {
		return nil
	}
	out := []int{ms[0]}
	for x := 1; x < len(ms); x++ {
		a, b := d.mentions[ms[x-1]], d.mentions[ms[x]]
		if (a.T0 == b.T0 || joins(d, a.T1, b.T0)) && !d.speaks(ms[x]) && !d.appositive(ms[x]) {
			out = append(out, ms[x])
			continue
		}
		break
	}
	return out
}

// speaks reports whether mention m is the subject of a verb of saying
// right after it: "…, the World Food Program (WFP) said", "Egypt also
// said"; not "the Israeli military, officials said", where someone else
// speaks.
func (d *reader) speaks(m int) bool {
	j := d.mentions[m].T1
	if d.Word(j) == "(" {
		for j < len(d.Toks) && j < d.mentions[m].T1+6 && d.Word(j) != ")" {
			j++ // a parenthesised acronym: "(WFP)"
		}
		j++
	}
	for k := j; k < j+3 && k < len(d.Toks); k++ {
		switch {
		case reportVerbs[d.Lower(k)]:
			return true
		case d.Toks[k].Kind != text.Word:
			return false
		}
	}
	return false
}

// notNounObjects drops the mentions that are the "of" objects of a later
// nominal trigger: Ukraine in "threatened sanctions against a possible
// invasion of Ukraine" is the invasion's, not the threat's.
func (d *reader) notNounObjects(ms []int, hits []hit, k int) []int {
	var out []int
	for _, m := range ms {
		t0 := d.mentions[m].T0
		owned := false
		for _, n := range hits[k+1:] {
			if n.t0 >= t0 {
				break
			}
			owned = owned || n.nominal && t0-n.t1 <= 2 && d.Lower(t0-1) == "of"
		}
		if !owned {
			out = append(out, m)
		}
	}
	return out
}

// modality reads the cues before the trigger in its clause: negation,
// then possibility, then plans.
func (d *reader) modality(i, left int) Modality {
	from := max(left, i-8)
	neg, hypo, plan := false, false, false
	for j := from; j <= i; j++ {
		w := d.Lower(j)
		neg = neg || negCues[w]
		hypo = hypo || hypoCues[w]
		plan = plan || planCues[w] || w == "to" && j+1 < len(d.Toks) && d.Lower(j+1) == "be" && strings.HasSuffix(d.Lower(j+2), "ed")
	}
	switch {
	case neg:
		return Negated
	case hypo:
		return Hypothetical
	case plan:
		return Planned
	}
	return Asserted
}

// purposeTargets returns the targets of the act that trigger h is done
// for, when a "to" clause names it right after h: the demonstrators in
// "opened fire to disperse demonstrators", the states in "agreed to lift
// embargoes on Iran". It returns nil when h has an object of its own.
func (d *reader) purposeTargets(h hit, hits []hit, k int) []int {
	if k+1 >= len(hits) {
		return nil
	}
	n := hits[k+1]
	if n.t0-h.t1 > 4 || n.t0 <= h.t1 || d.Lower(n.t0-1) != "to" || d.Toks[n.t0].Sent != d.Toks[h.t0].Sent || d.hasMention(h.t1, n.t0) {
		return nil
	}
	for j := h.t1; j < n.t0; j++ {
		if d.Toks[j].Kind != text.Word {
			return nil
		}
	}
	return d.targetsAfter(n, hits, k+1)
}

// laterActor returns the first actor named after trigger h in its
// sentence that is none of the sources and does not speak ("…, witnesses
// said").
func (d *reader) laterActor(h hit, sources []int) []int {
	for _, m := range d.mentionsIn(h.t1, d.SentEnd(h.t0)) {
		if d.speaks(m) {
			return nil
		}
		if d.locative(m) {
			continue // "a hunger strike outside Parliament": where, not whom
		}
		same := false
		for _, s := range sources {
			same = same || d.mentions[s].Actor == d.mentions[m].Actor
		}
		if !same {
			return []int{m}
		}
	}
	return nil
}

// setting reports whether nominal trigger h names the occasion of the verb
// trigger p before it in its clause: "killed … in a gunbattle", "were
// wounded during clashes".
func (d *reader) setting(h, p hit) bool {
	if !h.nominal || p.nominal || d.Toks[p.t0].Sent != d.Toks[h.t0].Sent || h.t0-p.t1 > 8 {
		return false
	}
	j := h.t0 - 1
	if w := d.Lower(j); w == "a" || w == "an" || w == "the" {
		j--
	}
	if w := d.Lower(j); w != "in" && w != "during" {
		return false
	}
	for x := p.t1; x < j; x++ {
		if w := d.Word(x); clauseOpeners[d.Lower(x)] || w == "," || reportVerbs[d.Lower(x)] {
			return false
		}
	}
	return true
}

// span returns the text of trigger h.
func (d *reader) span(h hit) string { return d.Text[d.Toks[h.t0].Start:d.Toks[h.t1-1].End] }

// appositive reports whether mention m, after a comma, describes the name
// before it rather than adding another: "Kofi Annan, UN secretary-general,".
func (d *reader) appositive(m int) bool {
	mm := d.mentions[m]
	if d.Word(mm.T0-1) != "," {
		return false
	}
	w := d.Lower(mm.T1)
	if i := strings.IndexByte(w, '-'); i > 0 {
		w = w[:i] // "secretary-general"
	}
	return actor.IsTitleNoun(w)
}

// notSources drops from targets the mentions of actors among sources: an
// actor is not the target of its own act ("blocked streets in Hong Kong":
// Hong Kong's people protest, Hong Kong is where).
func (d *reader) notSources(targets, sources []int) []int {
	out := targets[:0:0]
	for _, t := range targets {
		same := false
		for _, s := range sources {
			same = same || d.mentions[s].Actor == d.mentions[t].Actor
		}
		if !same {
			out = append(out, t)
		}
	}
	return out
}

// locative reports whether mention m follows a word that makes it a
// place: "in Kabul", "near the border of Iraq".
func (d *reader) locative(m int) bool {
	return placeWords[d.wordBefore(d.mentions[m].T0)]
}

// goal reports whether mention m follows "to", "from" or "against": an
// object of the verb before it, not a subject.
func (d *reader) goal(m int) bool {
	switch d.wordBefore(d.mentions[m].T0) {
	case "to", "from", "against":
		return true
	}
	return false
}

// objectNoun reports whether nominal trigger n, right after trigger h,
// names h's object or modifies it rather than an act of its own: "expelled
// inspectors of the IAEA", "the withdrawal of some invasion forces from
// Panama". The actors after it are h's.
func (d *reader) objectNoun(h, n hit) bool {
	if n.t0-h.t1 > 3 {
		return false
	}
	if !n.nominal {
		// a verb's form used as a noun: "conceded to demands from UNITA"
		before, w := d.Lower(n.t0-1), d.Lower(n.t0)
		if n.t1-n.t0 != 1 || !strings.HasSuffix(w, "s") || before != "to" && before != "the" && before != "its" && before != "their" {
			return false
		}
	}
	w := d.Lower(n.t1)
	if w == "of" || w == "from" {
		return true // "conceded to demands from UNITA"
	}
	return d.Toks[min(n.t1, len(d.Toks)-1)].Kind == text.Word && w == d.Word(n.t1) && !clauseWords[w] && !auxiliaries[w] &&
		!reportVerbs[w] && !strings.HasSuffix(w, "ed") // "invasion forces", not "invasion ended"
}

// notAround drops the mentions that only say where: "a hunger strike
// outside Parliament", "residential areas near Rafah"; but not a demonym,
// which says whose: "troops near the Ukrainian border" face Ukraine.
func (d *reader) notAround(ms []int) []int {
	out := ms[:0:0]
	for _, m := range ms {
		if d.mentions[m].Demonym {
			out = append(out, m)
			continue
		}
		switch d.wordBefore(d.mentions[m].T0) {
		case "outside", "near", "inside", "around", "beside":
			continue
		}
		out = append(out, m)
	}
	return out
}

// aboutAfter returns the first actor after "over", "about" or "against"
// in the clause after trigger h: what a complaint is about.
func (d *reader) aboutAfter(h hit) []int {
	for j := h.t1; j < h.t1+12 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[h.t0].Sent; j++ {
		switch w := d.Lower(j); {
		case clauseOpeners[w] || w == ";":
			return nil
		case w == "over" || w == "about" || w == "against":
			if ms := d.mentionsIn(j+1, min(j+6, d.SentEnd(h.t0))); len(ms) > 0 {
				return ms[:1]
			}
		}
	}
	return nil
}

// pastSpokesman returns the token after the title nouns that follow a
// name at token a, before b: "the NSC spokesperson and a NATO press
// secretary confirmed" lists both bodies, whose speakers speak for them.
func (d *reader) pastSpokesman(a, b int) int {
	for a < b && (actor.IsTitleNoun(d.Lower(a)) || d.Lower(a) == "press") {
		a++
	}
	return a
}
