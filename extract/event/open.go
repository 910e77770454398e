package event

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// Open-domain events: beside the acts CAMEO codes, every verb, and every
// noun that names an act ("the release of the iPhone 4"), that an actor
// takes part in is an event, its type the word's lemma and no CAMEO code,
// so that an entity's timeline holds what it did and what was done to
// it, not only the political acts of its kind.

// openEvents adds the open-domain events of every sentence that names an
// actor, each from a word no coded event's trigger covers.
func (d *reader) openEvents(docID, hash string, hits []hit) {
	covered := map[int]bool{}
	for _, h := range hits {
		for i := h.t0; i < h.t1; i++ {
			covered[i] = true
		}
	}
	for sent := range d.Sents {
		if !d.hasActor(sent) {
			continue
		}
		t := d.tree(sent)
		if t == nil {
			continue
		}
		for w := range d.parses.sents[sent].Words {
			tok := d.tokenOf(sent, w)
			if covered[tok] || d.mentionAt(tok) >= 0 {
				continue
			}
			if governsCoded(d, t, sent, w, covered) {
				continue // "plan to meet": the meeting is the event
			}
			if e, ok := d.openEvent(sent, t, w, tok); ok {
				e.Doc = docID
				e.ID = eventID(hash, d.Toks[tok].Start, e.Type)
				d.events, d.evTok = append(d.events, e), append(d.evTok, tok)
			}
		}
	}
}

// governsCoded reports whether word w only carries another event: it
// takes a coded event's trigger as complement or object ("Russia and
// NATO plan to meet", "make concessions"), or any open complement ("are
// expected to engage": the engaging is the event).
func governsCoded(d *reader, t *syntax.Tree, sent, w int, covered map[int]bool) bool {
	if len(t.Children(w, "xcomp")) > 0 && t.Word(w).UPOS == "VERB" {
		return true // "are expected to engage": the engaging is the event
	}
	for _, k := range t.Children(w, "xcomp", "ccomp", "obj") {
		if covered[d.tokenOf(sent, k)] {
			return true // "would not make any concessions"
		}
	}
	return false
}

// openEvent reads word w of sentence sent, token tok, as an open-domain
// event, if it is a predicate with an actor among its arguments.
func (d *reader) openEvent(sent int, t *syntax.Tree, w, tok int) (Event, bool) {
	word := t.Word(w)
	if word.UPOS != "VERB" && word.UPOS != "NOUN" {
		return Event{}, false // most words: no lemma to lower-case
	}
	lemma := strings.ToLower(word.Lemma)
	var sources, targets []int
	switch {
	case word.UPOS == "VERB" && !saying(word) && !plainVerbs()[lemma]:
		sources, targets = d.verbArgs(sent, t, w)
	case word.UPOS == "NOUN" && eventNouns()[lemma]:
		sources, targets = d.nounArgs(sent, t, w)
	default:
		return Event{}, false
	}
	if len(sources)+len(targets) == 0 {
		return Event{}, false
	}
	h := hit{trigger: trigger{typ: lemma, frame: sourceTarget, nominal: word.UPOS == "NOUN"}, t0: tok, t1: tok + 1}
	e := d.newEvent(h)
	for _, k := range t.Children(w, "compound:prt") {
		// "showed off", "stepped down": the particle is part of the act
		if p := d.tokenOf(sent, k); p == tok+1 {
			e.Trigger = d.Text[d.Toks[tok].Start:d.Toks[p].End]
		}
	}
	e.Open = true
	left := d.clauseStart(tok)
	e.Modality = d.modality(tok, left)
	switch {
	case deniedIn(t, w):
		e.Modality = Negated
	case e.Modality == Asserted && alleged(t, w):
		e.Modality = Reported
	case e.Modality == Asserted:
		if m, ok := complementModality(t, w); ok {
			e.Modality = m
		}
	}
	sources, targets = d.withoutAttributes(sources), d.withoutAttributes(targets)
	for _, m := range sources {
		e.Actors = append(e.Actors, d.participant(m, Source))
	}
	for _, m := range targets {
		if p := d.participant(m, Target); !hasParticipant(e.Actors, p) {
			e.Actors = append(e.Actors, p)
		}
	}
	d.finish(&e, h, []hit{h}, 0, left)
	return e, true
}

// verbArgs returns the actors verb w acts as and on: its subjects (a
// passive's by-phrase), and its objects, a passive's subject and its
// phrases with a target's preposition.
func (d *reader) verbArgs(sent int, t *syntax.Tree, w int) (sources, targets []int) {
	var subj, obj []int
	if t.Passive(w) {
		subj = t.Agent(w)
		obj = t.Children(w, "nsubj:pass")
	} else {
		subj = t.Subjects(w)
		obj = t.Objects(w)
	}
	for _, o := range t.Obliques(w) {
		if targetCases[o.Case] {
			obj = append(obj, o.Word)
		}
	}
	for _, s := range subj {
		switch {
		case t.Word(s).UPOS == "PRON":
			if m := d.antecedent(d.tokenOf(sent, s)); m >= 0 {
				sources = d.addMentions(sources, []int{m}) // "he announced"
			}
		case !d.inTime(t.Word(s).Start):
			sources = d.addMentions(sources, d.actorsOf(sent, t, s))
		}
	}
	for _, o := range obj {
		if t.Word(o).UPOS != "PRON" && !d.inTime(t.Word(o).Start) {
			targets = d.addMentions(targets, d.actorsIn(sent, t, o, false))
		}
	}
	return sources, d.notSources(targets, sources)
}

// nounArgs returns the actors an event noun names: its owner or a name
// before it ("Apple's launch", "the iPhone 4 launch") as the source, a
// phrase after it ("the release of the iPhone 4", "talks with NATO") as
// the target.
func (d *reader) nounArgs(sent int, t *syntax.Tree, w int) (sources, targets []int) {
	for _, k := range append(t.Children(w, "nmod:poss", "compound", "amod"), nounAgents(t, w)...) {
		ms := d.actorsIn(sent, t, k, false)
		if len(ms) == 0 && t.Rel(k) == "nmod:poss" {
			// "completed its acquisition of Activision": whose "its" is
			if m := d.antecedent(d.tokenOf(sent, k)); m >= 0 {
				ms = []int{m}
			}
		}
		sources = d.addMentions(sources, ms)
	}
	if v := lightVerbOf(t, w); len(sources) == 0 && v >= 0 {
		sources = d.subjectActors(sent, t, v) // "announced a takeover of Mendix": who announced it takes over
	}
	for _, k := range t.Children(w, "nmod") {
		if c := caseOf(t, k); c == "of" || targetCases[c] {
			targets = d.addMentions(targets, d.actorsIn(sent, t, k, false))
		}
	}
	return sources, d.notSources(targets, sources)
}

// nounAgents returns the "by" phrases of noun w, its agents: its own, or
// one the parser hung on its "of" phrase ("the killing of three soldiers
// by Serbian forces"), or that of a participle making it ("a lawsuit
// brought by US states"); and of a noun of doerOfNouns its "of" phrase.
func nounAgents(t *syntax.Tree, w int) []int {
	var out []int
	for _, k := range t.Children(w, "nmod") {
		switch caseOf(t, k) {
		case "by":
			out = append(out, k)
		case "of":
			if doerOfNouns()[strings.ToLower(t.Word(w).Lemma)] {
				out = append(out, k) // "the withdrawal of Rwandan troops": they withdraw
			}
			for _, j := range t.Children(k, "nmod") {
				if caseOf(t, j) == "by" {
					out = append(out, j)
				}
			}
		}
	}
	for _, k := range t.Children(w, "acl") {
		if (authoringVerbs()[t.Word(k).Lemma] || doingVerbs()[t.Word(k).Lemma]) && t.Word(k).XPOS == "VBN" {
			out = append(out, t.Agent(k)...)
		}
	}
	return out
}

// addMentions adds to ms those of more whose actor is not in ms yet.
func (d *reader) addMentions(ms, more []int) []int {
	for _, m := range more {
		if !d.actorAmong(ms, m) {
			ms = append(ms, m)
		}
	}
	return ms
}

// plainVerbs say little alone: "be", "do", "get" and their kin
// (words.txt).
var plainVerbs = sync.OnceValue(func() map[string]bool { return words.Set("plain-verbs") })

// eventNouns are the lemmas of nouns that name an act or a happening
// (words.txt). A suffix alone does not tell one ("delegation", "station"
// and "nation" are none), so the list names them.
var eventNouns = sync.OnceValue(func() map[string]bool { return words.Set("event-nouns") })

// doingVerbs, as a participle after an act's noun, make their by-phrase
// its doer: "the threat posed by the militias", "attacks carried out by
// rebels", "sanctions imposed by the EU" (lemmas, words.txt). Not
// "brokered" or "mediated", whose by-phrase is a third party.
var doingVerbs = sync.OnceValue(func() map[string]bool { return words.Set("doing-verbs") })
