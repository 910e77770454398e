package event

// Pronouns: the actor a personal or possessive pronoun stands for.

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// pronouns stand for an actor named elsewhere; the tree does not say
// which, so the heuristics of sources.go decide.
var pronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true, "this": true, "that": true, "who": true, "which": true}

// possessedByPronoun reports whether one of the noun phrases ws is
// owned by a pronoun: "his government", "its forces".
func possessedByPronoun(t *syntax.Tree, ws []int) bool {
	for _, w := range ws {
		for _, k := range t.Children(w, "nmod:poss") {
			if t.Word(k).UPOS == "PRON" {
				return true
			}
		}
	}
	return false
}

// antecedent returns the mention a personal pronoun at token i stands
// for: "he" or "she" the nearest person named before it, "it" the nearest
// state, organisation or product, within the sentence and the two before,
// a state named as a place ("in South Korea") only if no other is; -1
// for any other word, or when none is named ("they" is left alone: its
// antecedent is as often a group as a list).
func (d *reader) antecedent(i int) int { return d.antecedentBesides(i, nil) }

// withoutAttributes puts for a demonym in ms the name it describes, after
// it in the same noun phrase: in "the Dutch software maker Mendix" the
// party is Mendix, not the Netherlands.
func (d *reader) withoutAttributes(ms []int) []int {
	attr := func(m int) bool { return m+1 < len(d.mentions) && (d.describes(m, m+1) || d.titles(m, m+1)) }
	if !slices.ContainsFunc(ms, attr) {
		return ms // most lists: no copy
	}
	out := ms[:0:0]
	for _, m := range ms {
		for attr(m) {
			m++ // the name the demonym or office describes
		}
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// titles reports whether mention m names the body of which the person
// of mention o, straight after it and opening with a title, holds the
// office: "Communist Party chief To Lam" is To Lam, the party his title's;
// but a spokesman speaks for the body ("Foreign Ministry spokesman Mao
// Ning denied" is the ministry's denial).
func (d *reader) titles(m, o int) bool {
	a, b := d.mentions[m], d.mentions[o]
	w := d.Lower(b.T0)
	return b.T0 == a.T1 && d.Toks[a.T0].Sent == d.Toks[b.T0].Sent && d.actors[b.Actor].Kind == actor.Person &&
		d.actors[a.Actor].Kind != actor.Person && actor.IsTitleNoun(w) && !strings.HasPrefix(w, "spokes")
}

// describes reports whether mention m is a demonym that describes the
// name of mention o after it in the same noun phrase, by the sentence's
// tree: the demonym modifies a noun that the name stands beside ("Dutch

// speakersOfThey returns the actors that "they" or "we", word s of t,
// stands for when it is the subject of what two or more actors named
// together, or a plural noun of one ("Ethiopian officials"), say, agree
// or announce: "Spain and Norway said they would recognise Palestine" is
// the act of both. A "they" after one singular subject, or after a list
// that names no actor, stays unread.
func (d *reader) speakersOfThey(sent int, t *syntax.Tree, s int) []int {
	if f := strings.ToLower(t.Word(s).Form); f != "they" && f != "we" {
		return nil
	}
	x := t.Head(s)
	if x < 0 || !syntax.IsRel(t.Rel(s), "nsubj") || !syntax.IsRel(t.Rel(x), "ccomp") {
		return nil
	}
	subj := t.Subjects(t.Head(x))
	if len(subj) == 0 || len(subj) == 1 && t.Word(subj[0]).XPOS != "NNS" && t.Word(subj[0]).XPOS != "NNPS" {
		return nil // "they" after one named subject may be anyone
	}
	var out []int
	for _, k := range subj {
		ms := d.actorsOf(sent, t, k)
		if len(ms) == 0 {
			return nil // "Spain and its partners said they": not all named
		}
		out = d.addMentions(out, ms)
	}
	return out
}

// saidAndDid returns the speakers that "it" or "they", word s of t,
// stands for as the subject of a verb coordinated with their verb of
// saying: "Japan said two warships entered its waters, and it summoned
// China's ambassador" is Japan's summons. "It" stands for a state or
// body, not a person.
func (d *reader) saidAndDid(sent int, t *syntax.Tree, s int) []int {
	f := strings.ToLower(t.Word(s).Form)
	if f != "it" && f != "they" || !syntax.IsRel(t.Rel(s), "nsubj") {
		return nil
	}
	v := t.Head(s)
	if v < 0 || !syntax.IsRel(t.Rel(v), "conj") || t.Head(v) < 0 || !saying(t.Word(t.Head(v))) {
		return nil
	}
	ms := d.subjectActors(sent, t, t.Head(v))
	for _, m := range ms {
		if f == "it" && d.actors[d.mentions[m].Actor].Kind == actor.Person {
			return nil
		}
	}
	return ms
}

// quotedSpeakers returns the actors that "we" or "I", word s of t, stands
// for when it is the subject of what a verb of saying reports, quoted or
// not: the verb's subjects. "\"We will not negotiate,\" Nigeria's president
// said" is the president's refusal.
func (d *reader) quotedSpeakers(sent int, t *syntax.Tree, s int) []int {
	if f := strings.ToLower(t.Word(s).Form); f != "we" && f != "i" || !syntax.IsRel(t.Rel(s), "nsubj") {
		return nil
	}
	for c, steps := t.Head(s), 0; c >= 0 && steps < 4; c, steps = t.Head(c), steps+1 {
		v := t.Head(c)
		if v < 0 {
			return nil
		}
		switch r := t.Rel(c); {
		case syntax.IsRel(r, "ccomp", "parataxis") && saying(t.Word(v)):
			return d.subjectActors(sent, t, v)
		case !syntax.IsRel(r, "conj", "xcomp"):
			return nil // "we" of a clause of its own kind
		}
	}
	return nil
}

// antecedentBesides is antecedent passing over the actors of mentions
// not: "Russian drones violated its airspace" is not Russia's airspace.
func (d *reader) antecedentBesides(i int, not []int) int {
	var want func(actor.Kind) bool
	switch d.Lower(i) {
	case "he", "she", "him", "her", "his":
		want = func(k actor.Kind) bool { return k == actor.Person }
	case "it", "its":
		want = func(k actor.Kind) bool { return k == actor.Organization || k == actor.Product || k == actor.Country }
	default:
		return -1
	}
	sent := int(d.Toks[i].Sent)
	k := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].T0 >= i })
	place := -1 // a state named as where, taken only when nothing else is
	for k--; k >= 0; k-- {
		m := d.mentions[k]
		if int(d.Toks[m.T0].Sent) < sent-2 {
			break
		}
		if !want(d.actors[m.Actor].Kind) || d.actorAmong(not, k) {
			continue
		}
		if d.actors[m.Actor].Kind == actor.Country && d.locative(k) {
			// "Samsung launched the phone in South Korea, where it
			// competes with Apple": it is Samsung
			if place < 0 {
				place = k
			}
			continue
		}
		return k
	}
	return place
}

// pronounOwner returns the actor a possessive pronoun before noun a of
// violatedThings stands for, other than the sources: "Russian drones
// violated its airspace" is aimed at the state named before, not at
// Russia.
func (d *reader) pronounOwner(sent int, t *syntax.Tree, a int, sources []int) []int {
	if !violatedThings()[strings.ToLower(t.Word(a).Lemma)] {
		return nil // "Greece withdraws its troops": its own
	}
	for _, k := range t.Children(a, "nmod:poss") {
		switch strings.ToLower(t.Word(k).Form) {
		case "its", "his", "her":
			if m := d.antecedentBesides(d.tokenOf(sent, k), sources); m >= 0 {
				return []int{m}
			}
		}
	}
	return nil
}

// violatedThings are what a state owns that another violates or
// enters: "its airspace" is never the violator's (lemmas, words.txt).
var violatedThings = sync.OnceValue(func() map[string]bool { return words.Set("violated-things") })

// pronounObject reports whether the site's verb has a personal pronoun
// as its object: "accused it of", "urged them to".
func (d *reader) pronounObject(c *site) bool {
	w, t := d.predicate(c.h)
	if t == nil || c.h.nominal {
		return false
	}
	for _, k := range t.Children(w, "obj") {
		switch strings.ToLower(t.Word(k).Form) {
		case "it", "them", "him", "her":
			return true
		}
	}
	return false
}
