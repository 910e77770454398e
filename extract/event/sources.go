package event

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/internal/lemma"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// inheritSource gives an event with no source of its own the one its
// context implies: a reporting body's state ("the Russian Defense Ministry
// said 10,000 soldiers had returned": Russia), else the source of the
// sentence's previous event ("…, which … assessed as preparation for an
// invasion"), unless the tree names an agent that is no actor.
func (d *reader) inheritSource(e *Event, c *site, role Role) {
	reporter, prev := c.reporter, c.prev
	if reporter >= 0 && d.bareAgentAfter(c.h.t0, d.mentions[reporter].T1) {
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
	if prev == nil || prev.Type == "statement" || c.noAgent {
		// a speaker is not the agent of what is said; nor is the actor
		// of the act before when the tree names another agent ("were
		// blamed by Mali for attacking": the attackers are the rebels)
		return
	}
	from := Source
	if warningTypes()[prev.Type] && c.h.nominal {
		// "warned Russia against an invasion": Russia would invade; but
		// "threatened to raise tariffs on Mexico" is the threatener's
		from = Target
	}
	for _, p := range prev.Actors {
		if p.Role == from || p.Role == Symmetric {
			e.Actors = append(e.Actors, Participant{Name: p.Name, Role: role, Code: p.Code})
		}
	}
}

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

// Nouns that name an actor's people without naming the actor: "10,000
// soldiers had returned".
var agentNouns = sync.OnceValue(func() map[string]bool { return words.Set("agent-nouns") })

// bareAgentAfter reports whether a bare agent noun stands in the clause
// before token i, at token from or after: the reporter's own noun
// ("Syria's government said ...") is no agent of the act it reports.
func (d *reader) bareAgentAfter(i, from int) bool {
	for j := i - 1; j >= d.clauseStart(i) && j >= i-8 && j >= from; j-- {
		if agentNouns()[d.Lower(j)] {
			return true
		}
	}
	return false
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
	return auxiliaries()[d.Lower(left)] || left == i
}

// subjectPronouns stand for a subject the text does not name here.
var subjectPronouns = sync.OnceValue(func() map[string]bool { return words.Set("subject-pronouns") })

// pronounBetween reports whether a subject pronoun stands in tokens [a, b).
func (d *reader) pronounBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if subjectPronouns()[d.Lower(j)] {
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
	for j > left && auxiliaries()[d.Lower(j)] {
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

// lightVerbs take a nominal event as object: "issued an ultimatum",
// "launched a mediation effort", "staged a protest".
var lightVerbs = sync.OnceValue(func() map[string]bool { return words.Set("light-verbs") })

// lightVerbBefore returns the light verb whose object is nominal trigger
// h, within three words before it, or -1.
func (d *reader) lightVerbBefore(h hit) int {
	for j := h.t0 - 1; j >= 0 && j >= h.t0-5 && d.Toks[j].Sent == d.Toks[h.t0].Sent; j-- {
		if lightVerbs()[d.Lower(j)] {
			return j
		}
		if d.Toks[j].Kind != text.Word && d.Toks[j].Kind != text.Number && d.Word(j) != "-" {
			return -1 // but "declared a 30-day state of siege"
		}
	}
	return -1
}

// placeBefore returns a state named after "in" or "at" in the clause
// before token i: "thousands rioted in Dili", "workers at Chile's copper
// mines went on strike".
func (d *reader) placeBefore(i, left int) []int {
	for _, m := range d.mentionsIn(left, i) {
		if t0 := d.mentions[m].T0; t0 > 0 && (d.Lower(t0-1) == "in" || d.Lower(t0-1) == "at") && d.actors[d.mentions[m].Actor].Kind == actor.Country {
			return []int{m}
		}
	}
	return nil
}

// passiveAux are the auxiliaries of a passive verb.
var passiveAux = sync.OnceValue(func() map[string]bool { return words.Set("passive-aux") })

// passive reports whether trigger h is a passive verb: "was attacked",
// "were arrested by police"; not an adjective ("is committed to").
func (d *reader) passive(h hit) bool {
	w := d.Lower(h.t0)
	if h.t0 == 0 || !passiveAux()[d.Lower(h.t0-1)] || !(strings.HasSuffix(w, "ed") || lemma.IrregularParticiple(w)) {
		return false
	}
	return len(d.byAgent(h)) > 0 || cameo.RootOf(h.cameo).UsesForce()
}

// byAgent returns the actor after "by" following trigger h.
//
// Further on, up to the clause's end, "by" counts only after a comma that
// closes an aside: "has been accused of misusing funds, much of it
// believed embezzled, by current Haitian government officials".
func (d *reader) byAgent(h hit) []int {
	for j := h.t1; j < h.t1+30 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[h.t0].Sent; j++ {
		w := d.Lower(j)
		if j >= h.t1+4 && (clauseOpeners()[w] || w == ";") {
			return nil
		}
		if w == "by" && (j < h.t1+4 || d.Word(j-1) == ",") {
			if ms := d.mentionsNear(j+1, j+6, h.t0); len(ms) > 0 {
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
				if reportVerbs()[d.Lower(k)] || d.Lower(k) == "that" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// agentOfNoun returns the actor a nominal trigger names as its agent: just
// before it ("Russian invasion", "Russia's troop buildup") or after a
// "by" of its own ("the killing of three soldiers by Serbian forces").
func (d *reader) agentOfNoun(h hit) []int {
	ms := d.mentionsNear(h.t0-4, h.t0, h.t0)
	if len(ms) > 0 {
		k := len(ms) - 1
		m := d.mentions[ms[k]]
		// a place or a goal is where the act is, not who acts: "will
		// travel to Geneva next week for talks"
		gap := !d.locative(ms[k]) && !d.goal(ms[k]) && !(cameo.RootOf(h.cameo) == cameo.Consult && d.cityName(ms[k]))
		for j := m.T1; j < h.t0; j++ {
			if w := d.Lower(j); d.Toks[j].Kind != text.Word || reportVerbs()[w] || strings.HasSuffix(w, "ed") || nounGaps()[w] {
				gap = false // a verb, a comma or a preposition between: not the noun's agent
			}
		}
		if gap {
			return d.coordinated(ms, k)
		}
	}
	if d.Lower(h.t1) == "by" {
		for _, m := range d.mentionsNear(h.t1+1, h.t1+4, h.t0) {
			return []int{m}
		}
	}
	// further on, by the tree: "the killing of three soldiers by Serbian
	// forces"
	if w, t := d.predicate(h); t != nil && t.Word(w).UPOS == "NOUN" {
		sent := int(d.Toks[h.t0].Sent)
		for _, k := range nounAgents(t, w) {
			if ms := d.actorsIn(sent, t, k, false); len(ms) > 0 {
				return ms[:1]
			}
		}
		if cs := caseOf(t, w); syntax.IsRel(t.Rel(w), "obl") && (cs == "for" || cs == "with") {
			// "negotiators returned to Geneva for talks": who went for them;
			// "Israel responded with airstrikes": who responded
			if ms := d.subjectActors(sent, t, t.Head(w)); len(ms) > 0 {
				return ms
			}
		}
		for _, k := range t.Children(w, "nmod:poss") {
			// "reaffirmed its defence treaty": whose "its" stands for
			if m := d.antecedent(d.tokenOf(sent, k)); m >= 0 {
				return []int{m}
			}
		}
	}
	return nil
}

// doerOfNouns are the nouns of acts with no object, whose "of" phrase
// names who acts, not whom it is done to (lemmas, words.txt): "the
// withdrawal of Rwandan troops from Congo", "the resignation of the
// prime minister".
var doerOfNouns = sync.OnceValue(func() map[string]bool { return words.Set("doer-of-nouns") })

// answerNouns, claimed or taken, make who claims or takes them the agent
// of what their "for" phrase names: "claimed responsibility for the
// attack", "took credit for the deal".
var answerNouns = map[string]bool{"responsibility": true, "credit": true}

// claimants returns, for trigger h a noun in the "for" phrase of an
// answerNoun that is a verb's object, the actors the verb's subjects
// name: "al-Shabaab claimed responsibility for the bombing".
func (d *reader) claimants(h hit) []int {
	w, t := d.predicate(h)
	if t == nil || t.Word(w).UPOS != "NOUN" || !syntax.IsRel(t.Rel(w), "nmod") || caseOf(t, w) != "for" {
		return nil
	}
	r := t.Head(w)
	if r < 0 || !answerNouns[t.Word(r).Lemma] || !syntax.IsRel(t.Rel(r), "obj") {
		return nil
	}
	return d.subjectActors(int(d.Toks[h.t0].Sent), t, t.Head(r))
}

// cityName reports whether mention m names its state by a city's name,
// as a meeting's place does ("the Geneva talks", "the Doha meeting"): a
// mention of a state by a name that is neither the state's own, nor a
// demonym, nor an abbreviation.
func (d *reader) cityName(m int) bool {
	mm := d.mentions[m]
	a := d.actors[mm.Actor]
	if a.Kind != actor.Country || mm.Demonym {
		return false
	}
	w := d.Text[d.Toks[mm.T0].Start:d.Toks[mm.T1-1].End]
	return w != a.Name && !text.AllUpper(w) && governmentSeats()[w] == ""
}

// governmentSeats are the buildings that stand for a government, no city:
// "under White House pressure" is Washington's pressure (words.txt).
var governmentSeats = sync.OnceValue(func() map[string]string { return words.Map("government-seats") })

// nounGaps are the words that, between a name and an event noun after
// it, make the name other than the noun's agent: "sanctions on Iran for
// its talks" (words.txt).
var nounGaps = sync.OnceValue(func() map[string]bool { return words.Set("noun-gaps") })

// reportsBetween reports whether a verb of saying stands in tokens [a, b).
func (d *reader) reportsBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if reportVerbs()[d.Lower(j)] {
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

// locative reports whether mention m follows a word that makes it a
// place: "in Kabul", "near the border of Iraq".
func (d *reader) locative(m int) bool {
	return placeWords()[d.wordBefore(d.mentions[m].T0)]
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

// pastSpokesman returns the token after the title nouns that follow a
// name at token a, before b: "the NSC spokesperson and a NATO press
// secretary confirmed" lists both bodies, whose speakers speak for them.
func (d *reader) pastSpokesman(a, b int) int {
	for a < b && (actor.IsTitleNoun(d.Lower(a)) || d.Lower(a) == "press") {
		a++
	}
	return a
}
