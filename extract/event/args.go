package event

// Agents from the tree: a predicate's subjects and by-phrase, the actors
// their noun phrases name, and the nouns that refer back (pronouns.go
// reads the pronouns).

import (
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// actorsOf returns the mentions that noun phrase w of parsed sentence sent
// stands for: the one that holds its head word, else those its
// dependents name ("Russian troops", "Peru's president", "the Turkish and
// Greek sides of the island"), else those named deeper in the phrase
// ("supporters of the former president", "workers affiliated with the
// union"), but not in a relative clause ("banks that finance Iran's drone
// program" are no Iranian banks). A phrase that names no actor
// ("officials", "the minister", "protesters") gives none. A state named
// beside its own official is his affiliation, not a second actor.
func (d *reader) actorsOf(sent int, t *syntax.Tree, w int) []int {
	return d.actorsIn(sent, t, w, true)
}

// subjectActors returns the actors the subjects of predicate v of t name
// (see syntax.Tree.Subjects), each once.
func (d *reader) subjectActors(sent int, t *syntax.Tree, v int) []int {
	var ms []int
	for _, k := range t.Subjects(v) {
		ms = d.addMentions(ms, d.actorsOf(sent, t, k))
	}
	return ms
}

// actorsIn is actorsOf, looking deeper into the phrase only if deep.
func (d *reader) actorsIn(sent int, t *syntax.Tree, w int, deep bool) []int {
	if m := d.mentionAt(d.tokenOf(sent, w)); m >= 0 {
		if m+1 < len(d.mentions) && d.mentions[m+1].T0 == d.mentions[m].T0 {
			// "the two ministers": one span, a mention of each
			out := []int{m}
			for k := m + 1; k < len(d.mentions) && d.mentions[k].T0 == d.mentions[m].T0; k++ {
				out = append(out, k)
			}
			return out
		}
		if d.mentions[m].Demonym {
			// "the Albanians of southern Serbia", "Kurds in Iraq": a
			// people where they live
			for _, k := range t.Children(w, "nmod") {
				if n := d.mentionAt(d.tokenOf(sent, k)); n >= 0 && !d.mentions[n].Demonym {
					return []int{n}
				}
			}
		}
		return []int{m}
	}
	var out, places []int
	var walk func(w int, deep bool)
	walk = func(w int, deep bool) {
		for _, k := range t.Children(w) {
			if syntax.IsRel(t.Rel(k), "acl:relcl", "parataxis", "advcl", "ccomp", "punct") {
				continue
			}
			if m := d.mentionAt(d.tokenOf(sent, k)); m >= 0 {
				if t.Rel(k) == "compound" && d.cityName(m) && !governmentNouns[strings.ToLower(t.Word(w).Lemma)] {
					continue // "the Doha meeting": a city names where, not who; but "the Kyiv government" is Ukraine's
				}
				if syntax.IsRel(t.Rel(k), "nmod", "obl") && locativeCases[caseOf(t, k)] {
					// "Russian shelling near Bakhmut": where the phrase's
					// actor is, an actor only if the phrase names no other
					// ("protesters in Nairobi")
					places = append(places, m)
					continue
				}
				if !slices.Contains(out, m) {
					out = append(out, m)
				}
				if !deep {
					walk(k, false) // "the Turkish and Greek sides": the conjuncts
				}
				continue
			}
			if deep {
				walk(k, true)
			}
		}
	}
	if walk(w, false); len(out) == 0 && deep {
		walk(w, true)
	}
	if len(out) == 0 {
		out = places
	}
	return d.withoutAffiliations(d.withoutOwners(sent, t, w, out))
}

// withoutOwners drops from ms, the actors of the phrase headed by word w
// of t, a person named as the owner of a body the phrase names too:
// "Osama bin Laden's al-Qaeda network" is al-Qaeda, "Musk's Tesla" Tesla.
func (d *reader) withoutOwners(sent int, t *syntax.Tree, w int, ms []int) []int {
	if len(ms) < 2 {
		return ms
	}
	body := false
	for _, m := range ms {
		k := d.actors[d.mentions[m].Actor].Kind
		body = body || k == actor.Organization || k == actor.Group
	}
	if !body {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		x := d.wordOf(d.mentions[m].T0)
		for x >= 0 && t.Head(x) != w {
			x = t.Head(x)
		}
		if d.actors[d.mentions[m].Actor].Kind == actor.Person && x >= 0 && t.Rel(x) == "nmod:poss" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// governmentNouns are what a capital's name before them stands for:
// "the Kyiv government", "the Tehran regime".
var governmentNouns = map[string]bool{"government": true, "regime": true, "authorities": true,
	"authority": true, "leadership": true, "administration": true, "junta": true}

// withoutAffiliations drops from mentions ms the states whose official is
// among them too: "U.S. Secretary of State Warren Christopher" is one
// actor.
func (d *reader) withoutAffiliations(ms []int) []int {
	if len(ms) < 2 {
		return ms
	}
	var out []int
	for _, m := range ms {
		name := d.actors[d.mentions[m].Actor].Name
		if !slices.ContainsFunc(ms, func(o int) bool { return d.actors[d.mentions[o].Actor].Affiliation == name }) {
			out = append(out, m)
		}
	}
	return out
}

// treeSources returns the agents of the site's verb as its tree gives
// them: the subjects (through coordination, control, raising and relative
// clauses) or a passive's by-phrase, each the actor its noun phrase names,
// none for a phrase that names no actor ("officials said"). known is false
// when the tree cannot say: no tree, a noun trigger, no subject, or a
// pronoun subject.
func (d *reader) treeSources(c *site) (sources []int, known bool) {
	w, t := d.predicate(c.h)
	if t == nil {
		return nil, false
	}
	if s, ok := d.doersOfVerb(c); ok {
		return s, true // "a roadside bomb near Kandahar wounded …"
	}
	if n := allegedNoun(t, w); n >= 0 {
		// "Azerbaijan was accused by Armenia of shelling villages": the
		// accused, not the accuser
		return d.accusedActors(int(d.Toks[c.h.t0].Sent), t, ofPhraseHead(t, n)), true
	}
	if v := inProtestOf(t, w); v >= 0 {
		w, c.apart = v, true // "blocked the roads in protest": the blockers protest
	} else if c.h.nominal && t.Word(w).UPOS != "VERB" {
		// "Japan and South Korea will hold a summit": the noun is the
		// object of a light verb, whose subjects hold it
		if w = lightVerbOf(t, w); w < 0 {
			return nil, false
		}
	}
	if t.Word(w).UPOS != "VERB" {
		return nil, false
	}
	var subj []int
	if t.Passive(w) {
		subj = t.Agent(w)
	} else {
		subj = t.Subjects(w)
	}
	named := len(t.Children(w, "nsubj", "obl:agent")) > 0 // the verb's own
	if n := voicedBy(t, w); len(subj) == 0 && n >= 0 {
		// "a lawsuit accusing Apple", "a UN report urging talks": the
		// document speaks, for whoever its phrase names
		sent := int(d.Toks[c.h.t0].Sent)
		if ms := d.actorsIn(sent, t, n, false); len(ms) > 0 {
			return ms, true
		}
		if v := t.Head(n); v >= 0 && syntax.IsRel(t.Rel(n), "obj") && authoringVerbs()[t.Word(v).Lemma] {
			return d.subjectActors(sent, t, v), true // "Epic filed a lawsuit accusing Apple"
		}
		return nil, true
	}
	if len(subj) == 0 {
		subj, named = accusedOf(t, w), true
	}
	if len(subj) == 0 {
		return nil, false
	}
	sent := int(d.Toks[c.h.t0].Sent)
	for _, s := range subj {
		if ms := d.speakersOfThey(sent, t, s); len(ms) > 0 {
			sources = d.addMentions(sources, ms) // "Spain and Norway said they would"
			continue
		}
		if ms := d.saidAndDid(sent, t, s); len(ms) > 0 {
			sources = d.addMentions(sources, ms) // "Japan said … and it summoned China's ambassador"
			continue
		}
		if ms := d.quotedSpeakers(sent, t, s); len(ms) > 0 {
			sources = d.addMentions(sources, ms) // "\"We reject this ultimatum,\" Iran's foreign ministry said"
			continue
		}
		if f := strings.ToLower(t.Word(s).Form); f == "he" || f == "she" {
			// "He met Chinese President Xi Jinping": the person named
			// last, within the sentence and the two before
			if m := d.antecedent(d.tokenOf(sent, s)); m >= 0 {
				sources = append(sources, m)
				continue
			}
		}
		if pronouns[strings.ToLower(t.Word(s).Form)] || t.Word(s).UPOS == "PRON" || d.inTime(t.Word(s).Start) {
			return nil, false // "on Saturday hosted": a misparse
		}
		actors := d.actorsOf(sent, t, s)
		if d.forceNounAt(c.hits, t, sent, s) >= 0 {
			actors = d.actAgents(sent, t, s) // "Russian shelling of Kharkiv killed …": Russia's
		}
		for _, m := range actors {
			if !d.actorAmong(sources, m) {
				sources = append(sources, m) // "APEC … (APEC)": one actor
			}
		}
	}
	if len(sources) == 0 && possessedByPronoun(t, subj) {
		return nil, false // "his government says": whose, the heuristics say
	}
	if len(sources) == 0 && !named {
		// a subject found through control, raising or coordination
		// that names no actor is as likely a misparse ("facing calls to
		// resign": the calls do not resign)
		return nil, false
	}
	return sources, true
}

// lightVerbOf returns the light verb (see lightVerbs) whose object is
// noun w, or -1: "held a summit", "will stage a protest".
func lightVerbOf(t *syntax.Tree, w int) int {
	if o := t.Head(w); o >= 0 && syntax.IsRel(t.Rel(w), "nmod", "appos") && syntax.IsRel(t.Rel(o), "obj") && t.Word(o).UPOS != "VERB" {
		if c := caseOf(t, w); c == "in" || c == "of" {
			w = o // "will provide $50 million in aid", "sent 100 tonnes of aid": the amount is the object
		}
	}
	h := t.Head(w)
	if h < 0 || !syntax.IsRel(t.Rel(w), "obj") || t.Word(h).UPOS != "VERB" || !lightVerbs()[t.Word(h).Lemma] {
		return -1
	}
	return h
}

// inProtestOf returns the verb that noun w is the manner of, "in" an act
// ("blocked the roads in protest", "fired back in retaliation"), or -1.
func inProtestOf(t *syntax.Tree, w int) int {
	h := t.Head(w)
	if h < 0 || t.Word(w).UPOS != "NOUN" || !syntax.IsRel(t.Rel(w), "obl") || t.Word(h).UPOS != "VERB" || caseOf(t, w) != "in" {
		return -1
	}
	return h
}

// accusedOf returns who does the act a gerund after "of" or "for" names
// when it hangs on a verb with an object: "accused Ethiopia of violating
// the accord", "blamed the rebels for starting the fire", and in the
// passive "Iran was accused by Israel of supplying missiles" the subject,
// or the noun a participle qualifies ("the police, accused of killing
// protesters"); on a verb's oblique, the oblique ("sanctions on two companies for
// supplying drones").
func accusedOf(t *syntax.Tree, w int) []int {
	if n := t.Head(w); n >= 0 && syntax.IsRel(t.Rel(w), "acl") && t.Word(n).UPOS != "VERB" && syntax.IsRel(t.Rel(n), "obl") &&
		t.Head(n) >= 0 && t.Word(t.Head(n)).UPOS == "VERB" && (t.Marked(w, "for") || t.Marked(w, "of")) {
		return t.Conjuncts(n) // "imposed sanctions on two companies for supplying drones": the companies supply
	}
	h := ofClauseHead(t, w)
	if h < 0 {
		return nil
	}
	if n := t.Head(h); n >= 0 && t.Rel(h) == "acl" && t.Word(h).XPOS == "VBN" && len(t.Objects(h)) == 0 {
		return t.Conjuncts(n) // "the police, accused of killing protesters": the police
	}
	if t.Passive(h) {
		var out []int
		for _, k := range t.Children(h, "nsubj:pass") {
			out = append(out, t.Conjuncts(k)...)
		}
		return out
	}
	return t.Objects(h)
}

// accusedActors returns the actors whom accusing verb h accuses: its
// object, or the subject of the passive.
func (d *reader) accusedActors(sent int, t *syntax.Tree, h int) []int {
	ws := t.Objects(h)
	if t.Passive(h) {
		ws = t.Children(h, "nsubj:pass")
	}
	var ms []int
	for _, k := range ws {
		for _, j := range t.Conjuncts(k) {
			ms = d.addMentions(ms, d.actorsOf(sent, t, j))
		}
	}
	return ms
}

// ofClauseHead returns the verb on which predicate w hangs as a clause
// marked "of" or "for" ("accused Ethiopia of violating", "blamed the
// rebels for starting"), or -1.
func ofClauseHead(t *syntax.Tree, w int) int {
	h := t.Head(w)
	if h >= 0 && syntax.IsRel(t.Rel(w), "acl") && syntax.IsRel(t.Rel(h), "obj") && t.Word(h).UPOS != "VERB" {
		h = t.Head(h) // "accused the Commission of ignoring evidence", the clause hung on the object
	}
	if h < 0 || !syntax.IsRel(t.Rel(w), "advcl", "acl") || t.Word(h).UPOS != "VERB" {
		return -1
	}
	for _, k := range t.Children(w, "mark") {
		if f := strings.ToLower(t.Word(k).Form); f == "of" || f == "for" {
			return h
		}
	}
	return -1
}

// software maker Mendix", "the Brazilian planemaker Embraer"), or by
// the words between, ending in a company's noun ("the Chinese battery
// maker Ventrix"); not "Russian and Ukrainian officials met in Istanbul".
func (d *reader) describes(m, o int) bool {
	a, b := d.mentions[m], d.mentions[o]
	sent := int(d.Toks[a.T0].Sent)
	if !a.Demonym || b.Demonym || b.T0 <= a.T1 || b.T0-a.T1 > 4 || int(d.Toks[b.T0].Sent) != sent {
		return false
	}
	if actor.CompanyNoun(d.Lower(b.T0-1)) && d.plainWords(a.T1, b.T0) {
		return true // "the Chinese battery maker Ventrix", however parsed
	}
	t := d.tree(sent)
	if t == nil {
		return false
	}
	x, y := d.wordOf(a.T0), d.wordOf(b.T0)
	n := t.Head(x) // the noun the demonym modifies
	if n < 0 || t.Word(n).UPOS != "NOUN" {
		return false
	}
	// the name beside the noun, not after a preposition ("an Indian
	// proposal for a trade agreement", "the US-led war against Iraq")
	return t.Head(y) == n && syntax.IsRel(t.Rel(y), "appos", "flat", "compound") ||
		t.Head(n) == y && syntax.IsRel(t.Rel(n), "compound", "nmod:desc", "appos")
}

// plainWords reports whether tokens [i, j) are lower-case words, none of
// them "and" or "or".
func (d *reader) plainWords(i, j int) bool {
	for k := i; k < j; k++ {
		if w := d.Word(k); d.Toks[k].Kind != text.Word || w != d.Lower(k) || w == "and" || w == "or" {
			return false
		}
	}
	return true
}
