package event

import (
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// addressee returns whom a statement is made to: "confirmed to CNN",
// "told Reuters".
func (d *reader) addressee(h hit) []int {
	j := h.t1
	if d.Lower(j) == "to" {
		j++
	} else if w := d.Lower(h.t0); w != "told" && w != "tells" {
		return nil
	}
	for _, m := range d.mentionsNear(j, j+4, h.t0) {
		if d.mentions[m].T0 == j || d.mentions[m].T0 == j+1 && d.Lower(j) == "the" {
			return []int{m}
		}
	}
	return nil
}

// authorityAfter returns the first person or government body named later
// in the sentence of trigger h.
func (d *reader) authorityAfter(h hit) []int {
	for _, m := range d.mentionsIn(h.t1, d.SentEnd(h.t0)) {
		if d.speaks(m) {
			return nil // "…, Emile Hokayem said": who tells of the protest
		}
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
		case "in", "into", "on", "across", "throughout", "near", "outside", "around":
			for _, m := range d.mentionsNear(j+1, j+4, h.t0) {
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

// targetsAfter returns the actor after the trigger in its clause, with
// those coordinated with it; the search stops at a clause break or at the
// next trigger, whose arguments those are.
func (d *reader) targetsAfter(h hit, hits []hit, k int) []int {
	sent := d.Toks[h.t0].Sent
	stop := h.t1 + 10
	if intentTypes()[h.typ] {
		// "ready to contribute troops to a force in Liberia": an intention's
		// target is its act's, however far the act reaches
		stop = h.t1 + 20
	} else if k+1 < len(hits) && hits[k+1].t0 < stop && !d.objectNoun(h, hits[k+1]) {
		stop = hits[k+1].t0
	}
	j := h.t1
	for ; j < stop && j < len(d.Toks) && d.Toks[j].Sent == sent; j++ {
		w := d.Lower(j)
		if clauseOpeners()[w] || w == "," && j > h.t1 || w == "." {
			break
		}
		if (w == "and" || w == "but") && reportVerbs()[d.Lower(j+1)] {
			break // "urged both sides to talk and said the government would …": another clause
		}
	}
	first := d.notAround(d.mentionsIn(h.t1, j))
	if h.frame == symmetric {
		first = d.notTopics(first) // "held talks on Ukraine": what about, not with whom
	}
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
		if (a.T0 == b.T0 || joins(d, a.T1, b.T0) || d.treeConjunct(a, b)) && !d.speaks(ms[x]) && !d.appositive(ms[x]) {
			out = append(out, ms[x])
			continue
		}
		break
	}
	return out
}

// treeConjunct reports whether mention b names the conjunct of the noun
// phrase that mention a stands in, by the sentence's tree: "a meeting
// between an Israeli peace movement and the PLO".
func (d *reader) treeConjunct(a, b actor.Span) bool {
	sent := int(d.Toks[a.T0].Sent)
	if int(d.Toks[b.T0].Sent) != sent || b.T0-a.T1 > 6 {
		return false
	}
	t := d.tree(sent)
	if t == nil {
		return false
	}
	n := d.wordOf(a.T1 - 1)
	for k := 0; k < 4 && syntax.IsRel(t.Rel(n), "amod", "compound", "flat", "nmod:poss"); k++ {
		n = t.Head(n) // up to the phrase's head: "Israeli" to "movement"
	}
	wb := d.wordOf(b.T1 - 1)
	for k := 0; k < 3 && syntax.IsRel(t.Rel(wb), "flat", "compound"); k++ {
		wb = t.Head(wb)
	}
	return syntax.IsRel(t.Rel(wb), "conj") && t.Head(wb) == n
}

// topicWords open what talks or cooperation are about, not with whom:
// "held talks on Ukraine", "will cooperate on North Korea".
var topicWords = map[string]bool{"on": true, "over": true, "about": true, "regarding": true, "concerning": true}

// notTopics returns ms less the mentions a topic word opens.
func (d *reader) notTopics(ms []int) []int {
	out := ms[:0:0]
	for _, m := range ms {
		j := d.mentions[m].T0 - 1
		if j > 0 && d.Lower(j) == "the" {
			j--
		}
		if j < 0 || !topicWords[d.Lower(j)] {
			out = append(out, m)
		}
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
		case reportVerbs()[d.Lower(k)]:
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
		if !d.actorAmong(sources, m) {
			return []int{m}
		}
	}
	return nil
}

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
		if !d.actorAmong(sources, t) {
			out = append(out, t)
		}
	}
	return out
}

// notOwnAgents drops from the targets of a threat the body of a source's
// own state that is the subject of what is threatened: "Egypt's interior
// minister warned that police will no longer tolerate rallies" threatens
// through the police, not them; "warned that Iran will pay" still
// threatens Iran.
func (d *reader) notOwnAgents(c *site, targets, sources []int) []int {
	if c.root != cameo.Threaten || len(sources) == 0 || len(targets) == 0 {
		return targets
	}
	w, t := d.predicate(c.h)
	if t == nil {
		return targets
	}
	var subjects []int
	for _, k := range t.Children(w, "ccomp") {
		subjects = append(subjects, t.Subjects(k)...)
	}
	out := targets[:0:0]
	for _, m := range targets {
		code := d.actors[d.mentions[m].Actor].Code
		own := len(code) > 3 && slices.ContainsFunc(sources, func(s int) bool {
			return strings.HasPrefix(d.actors[d.mentions[s].Actor].Code, code[:3])
		})
		if !own || !slices.Contains(subjects, d.wordOf(d.mentions[m].T1-1)) {
			out = append(out, m)
		}
	}
	return out
}

// allAmong reports whether every actor of ms is one of those of among:
// "under White House pressure" names the pressure's doer before it, no
// bearer of it.
func (d *reader) allAmong(ms, among []int) bool {
	if len(among) == 0 {
		return false
	}
	for _, m := range ms {
		if !d.actorAmong(among, m) {
			return false
		}
	}
	return true
}

// actorAmong reports whether the actor of mention m is that of one of
// the mentions ms.
func (d *reader) actorAmong(ms []int, m int) bool {
	for _, o := range ms {
		if d.mentions[o].Actor == d.mentions[m].Actor {
			return true
		}
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
	return d.Toks[min(n.t1, len(d.Toks)-1)].Kind == text.Word && w == d.Word(n.t1) && !clauseWords()[w] && !auxiliaries()[w] &&
		!reportVerbs()[w] && !strings.HasSuffix(w, "ed") // "invasion forces", not "invasion ended"
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
		case clauseOpeners()[w] || w == ";":
			return nil
		case w == "over" || w == "about" || w == "against":
			if ms := d.mentionsIn(j+1, min(j+6, d.SentEnd(h.t0))); len(ms) > 0 {
				return ms[:1]
			}
		}
	}
	return nil
}
