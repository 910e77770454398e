package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// parses holds the dependency trees of a text's sentences, each parsed
// the first time a trigger in it asks: most sentences of news have no
// trigger, and parsing is the dearest step of reading one.
type parses struct {
	an    *syntax.Analyzer
	sents []syntax.Sentence // sentence k as package syntax splits it, once parsed
	trees []*syntax.Tree    // nil until parsed
	first []int32           // each parsed sentence's first token
	word  []int32           // each token of a parsed sentence: its word in the sentence
	off   bool              // no analyzer: every tree is nil
}

// tree returns the dependency tree of sentence sent, parsing it the first
// time, or nil if the models cannot be read.
func (d *reader) tree(sent int) *syntax.Tree {
	p := &d.parses
	if p.off || sent < 0 || sent >= len(d.Sents) {
		return nil
	}
	if p.an == nil {
		an, err := syntax.Default()
		if err != nil {
			p.off = true
			return nil
		}
		p.an = an
		p.sents = make([]syntax.Sentence, len(d.Sents))
		p.trees = make([]*syntax.Tree, len(d.Sents))
		p.first = make([]int32, len(d.Sents))
		p.word = make([]int32, len(d.Toks))
	}
	if p.trees[sent] == nil {
		s := &p.sents[sent]
		*s = syntax.SentenceOf(d.Doc, sent)
		if len(s.Words) == 0 {
			return nil
		}
		d.joinNames(s)
		p.an.Analyze(s)
		p.trees[sent] = syntax.NewTree(s)
		d.alignWords(sent)
	}
	return p.trees[sent]
}

// joinNames makes each name of several words in s one word, its last
// ("Russian President Boris Yeltsin" as "Yeltsin"), spanning the whole
// name: a parser trained on web text reads news headlines of titles and
// names badly ("Libyan leader Muammar Gaddafi and Bulgarian President
// Todor Zhivkov today signed" has "today" as its subject), and a name is
// one participant whatever its inner structure. A name holding part of a
// multiword token ("didn't") is left as it is.
func (d *reader) joinNames(s *syntax.Sentence) {
	if len(s.Tokens) > 0 {
		return // rare in names; renumbering the tokens is not worth it
	}
	out := s.Words[:0]
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		// a name, not "the two sides" or "both countries", whose words
		// the parser reads as they are
		if m := d.mentionAtByte(w.Start); m >= 0 && !determiners[strings.ToLower(w.Form)] {
			end := d.mentions[m].End
			for i+1 < len(s.Words) && s.Words[i+1].End <= end && s.Words[i+1].XPOS != "POS" && s.Words[i+1].Form != "'s" {
				i++
				last := s.Words[i]
				w.Form, w.End, w.Misc = last.Form, last.End, last.Misc
			}
		}
		w.ID = len(out) + 1
		out = append(out, w)
	}
	s.Words = out
}

// mentionAtByte returns the mention that starts at byte b, or -1.
func (d *reader) mentionAtByte(b int) int {
	ms := d.mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= b })
	if k < len(ms) && ms[k].Start == b {
		return k
	}
	return -1
}

// alignWords maps each token of sentence sent to the word that holds its
// first byte: package syntax joins "Mr" and its dot into one word and
// splits "didn't" into two, the token going to the first.
func (d *reader) alignWords(sent int) {
	p := &d.parses
	i := sort.Search(len(d.Toks), func(i int) bool { return int(d.Toks[i].Sent) >= sent })
	p.first[sent] = int32(i)
	words := p.sents[sent].Words
	w := 0
	for ; i < len(d.Toks) && int(d.Toks[i].Sent) == sent; i++ {
		for w+1 < len(words) && words[w+1].Start <= int(d.Toks[i].Start) {
			w++
		}
		p.word[i] = int32(w)
	}
}

// wordOf returns the word of token i in its sentence's tree, which must
// be parsed.
func (d *reader) wordOf(i int) int { return int(d.parses.word[i]) }

// tokenOf returns the token that holds word w of parsed sentence sent.
func (d *reader) tokenOf(sent, w int) int {
	p := &d.parses
	start := p.sents[sent].Words[w].Start
	i := int(p.first[sent])
	toks := d.Toks[i:]
	return i + sort.Search(len(toks), func(k int) bool { return int(toks[k].End) > start })
}

// predicate returns the word of trigger h that heads it in its
// sentence's tree ("sending" of "sending troops"), and the tree; -1 and
// nil without one.
func (d *reader) predicate(h hit) (int, *syntax.Tree) {
	sent := int(d.Toks[h.t0].Sent)
	if !d.hasActor(sent) {
		return -1, nil // no event without an actor: not worth a parse
	}
	t := d.tree(sent)
	if t == nil {
		return -1, nil
	}
	w0, w1 := d.wordOf(h.t0), d.wordOf(h.t1-1)
	for w := w0; w <= w1; w++ {
		if hd := t.Head(w); hd < w0 || hd > w1 {
			return w, t
		}
	}
	return w0, t
}

// denialVerbs govern a complement that did not happen (words.txt).
var denialVerbs = words.Set("denial-verbs")

// denialBefore reports whether a form of a verb of denial stands between
// token left and token i, the cheap test that spares parsing the sentence
// of a trigger no denial governs.
func (d *reader) denialBefore(i, left int) bool {
	for j := max(left, 0); j < i; j++ {
		w := d.Lower(j)
		for _, p := range denialStems {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		if strings.HasPrefix(w, "rul") && d.Lower(j+1) == "out" {
			return true
		}
	}
	return false
}

// denialStems begin the forms of denialVerbs: "denied", "refusing".
var denialStems = []string{"deni", "deny", "refus", "reject", "declin"}

// deniedIn reports whether predicate w of t is the complement of a verb of
// denial or refusal: "Tehran denied supplying drones", "refused to
// withdraw", "ruled out sending troops", "denied having sent troops" (the
// trigger may be the object of the complement). The denier's act is an
// event of its own (a rejection); the act denied did not happen.
func deniedIn(t *syntax.Tree, w int) bool {
	for range 4 {
		g := t.Head(w)
		if g < 0 {
			return false
		}
		switch r := t.Rel(w); {
		case syntax.IsRel(r, "xcomp", "ccomp") || r == "advcl" && len(t.Children(w, "mark")) == 0 && !commaBefore(t, w):
			// not "rejected the accusation, saying the rules apply"
			return t.Word(g).UPOS == "VERB" && denies(t, g)
		case syntax.IsRel(r, "obj") && t.Word(g).UPOS == "VERB" && denies(t, g):
			return true // "denied the attack", "denied reports that it had deported"
		case syntax.IsRel(r, "obj", "amod", "compound", "conj") || r == "acl":
			w = g // through the reports to the verb that denies them
		default:
			return false
		}
	}
	return false
}

// denies reports whether verb g is one of denial or refusal.
func denies(t *syntax.Tree, g int) bool {
	if l := t.Word(g).Lemma; l != "rule" {
		return denialVerbs[l]
	}
	for _, k := range t.Children(g, "compound:prt") {
		if t.Word(k).Lemma == "out" {
			return true
		}
	}
	return false
}

// mentionAt returns the mention that holds token i, or -1.
func (d *reader) mentionAt(i int) int {
	ms := d.mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].T1 > i })
	if k < len(ms) && ms[k].T0 <= i {
		return k
	}
	return -1
}

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
	var out []int
	var walk func(w int, deep bool)
	walk = func(w int, deep bool) {
		for _, k := range t.Children(w) {
			if syntax.IsRel(t.Rel(k), "acl:relcl", "parataxis", "advcl", "ccomp", "punct") {
				continue
			}
			if m := d.mentionAt(d.tokenOf(sent, k)); m >= 0 {
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
	return d.withoutAffiliations(out)
}

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

// pronouns stand for an actor named elsewhere; the tree does not say
// which, so the heuristics of sources.go decide.
var pronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true, "this": true, "that": true, "who": true, "which": true}

// treeSources returns the agents of the site's verb as its tree gives
// them: the subjects (through coordination, control, raising and relative
// clauses) or a passive's by-phrase, each the actor its noun phrase names,
// none for a phrase that names no actor ("officials said"). known is false
// when the tree cannot say: no tree, a noun trigger, no subject, or a
// pronoun subject.
func (d *reader) treeSources(c *site) (sources []int, known bool) {
	if c.h.nominal {
		return nil, false
	}
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "VERB" {
		return nil, false
	}
	var subj []int
	if t.Passive(w) {
		subj = t.Agent(w)
	} else {
		subj = t.Subjects(w)
	}
	named := len(t.Children(w, "nsubj", "obl:agent")) > 0 // the verb's own
	if len(subj) == 0 {
		subj, named = accusedOf(t, w), true
	}
	if len(subj) == 0 {
		return nil, false
	}
	sent := int(d.Toks[c.h.t0].Sent)
	for _, s := range subj {
		if pronouns[strings.ToLower(t.Word(s).Form)] || t.Word(s).UPOS == "PRON" || d.inTime(t.Word(s).Start) {
			return nil, false // "on Saturday hosted": a misparse
		}
		for _, m := range d.actorsOf(sent, t, s) {
			if !slices.ContainsFunc(sources, func(o int) bool { return d.mentions[o].Actor == d.mentions[m].Actor }) {
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

// inTime reports whether byte b is inside a time expression.
func (d *reader) inTime(b int) bool {
	for i, t := range d.times {
		if d.timeStarts[i] <= b && b < d.Byte(t.End) {
			return true
		}
	}
	return false
}

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

// hasActor reports whether sentence sent names an actor.
func (d *reader) hasActor(sent int) bool {
	ms := d.mentions
	k := sort.Search(len(ms), func(k int) bool { return int(d.Toks[ms[k].T0].Sent) >= sent })
	return k < len(ms) && int(d.Toks[ms[k].T0].Sent) == sent
}

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
				if r := t.Rel(k); syntax.IsRel(r, "obl", "nmod") && !targetCases[caseOf(t, k)] {
					continue
				}
				if c.h.frame == symmetric && syntax.IsRel(t.Rel(k), "obj", "iobj") && !meetsObject[t.Word(v).Lemma] {
					continue // "the two ministers discussed North Korea": a topic, no party
				}
				args = append(args, t.Conjuncts(k)...)
			}
		}
	}
	if len(args) == 0 {
		return nil, false
	}
	for _, a := range args {
		if pronouns[strings.ToLower(t.Word(a).Form)] || t.Word(a).UPOS == "PRON" {
			// "called on the government to release him": the person
			// named last; another pronoun the tree cannot resolve
			m := d.antecedent(d.tokenOf(sent, a))
			if m < 0 {
				return nil, false
			}
			targets = addMentions(d, targets, d.notSources([]int{m}, sources))
			continue
		}
		if d.inTime(t.Word(a).Start) {
			return nil, false
		}
		if d.forceAt(c, d.tokenOf(sent, a)) {
			// "sanctions against a possible invasion of Ukraine": aimed
			// at whoever would invade, not at its victim ("a ban on aid
			// to the rebels" is aimed at the rebels)
			continue
		}
		// not deeper: "a hearing into techniques used against
		// Palestinian detainees" is not aimed at Palestine
		for _, m := range d.actorsIn(sent, t, a, false) {
			if slices.ContainsFunc(sources, func(o int) bool { return d.mentions[o].Actor == d.mentions[m].Actor }) ||
				slices.ContainsFunc(targets, func(o int) bool { return d.mentions[o].Actor == d.mentions[m].Actor }) {
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

// notInRelatives drops from targets those the tree puts in a relative
// clause below the site's verb ("threatened penalties against firms that
// trade with Iran" is no threat to Iran) and, of a symmetric event, those
// that only say where it happens ("will meet again in Kampala"; the
// event's place keeps them).
func (d *reader) notInRelatives(c *site, targets []int) []int {
	if len(targets) == 0 {
		return targets
	}
	w, t := d.predicate(c.h)
	if t == nil {
		return targets
	}
	sent := int(d.Toks[c.h.t0].Sent)
	out := targets[:0:0]
	for _, m := range targets {
		if int(d.Toks[d.mentions[m].T0].Sent) != sent {
			out = append(out, m)
			continue
		}
		x := d.wordOf(d.mentions[m].T0)
		topic := c.h.frame == symmetric && t.Head(x) == w && syntax.IsRel(t.Rel(x), "obj") && !meetsObject[t.Word(w).Lemma]
		if (c.h.nominal || !underRelative(t, x, w)) && !d.placeOnly(c, t, sent, w, x) && !reporterOf(t, x, w) && !topic {
			out = append(out, m)
		}
	}
	return out
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
	if d.meetingAt(c, d.tokenOf(sent, v)) && locativeCases[caseOf(t, x)] {
		return true // "agreed to resume talks in Jeddah": the talks' place
	}
	for v != w && v >= 0 && (syntax.IsRel(t.Rel(v), "xcomp") || t.Word(v).UPOS == "NOUN" && syntax.IsRel(t.Rel(v), "obj")) {
		v = t.Head(v) // "threatened to file a complaint at the WTO"
	}
	if v != w {
		return false
	}
	if c.h.frame == symmetric || c.root == cameo.Consult {
		return true
	}
	for _, k := range t.Children(x, "case") {
		return strings.ToLower(t.Word(k).Form) == "at"
	}
	return false
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
	if v < 0 || v == w || !reportVerbs[strings.ToLower(t.Word(v).Form)] && !reportLemmas[t.Word(v).Lemma] {
		return false
	}
	for a := v; a >= 0; a = t.Head(a) {
		if a == w {
			return false // "agreed … as Russia announced": under the act
		}
	}
	for a := w; a >= 0; a = t.Head(a) {
		if a == v {
			return false // "announced a suspension of air links with Serbia": the act is what is said
		}
	}
	return true
}

// reportLemmas are the lemmas of the commonest verbs of saying, for forms
// reportVerbs lacks.
var reportLemmas = map[string]bool{"say": true, "announce": true, "tell": true, "report": true, "state": true, "confirm": true}

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
// predicate p governs: going up from x, a relative clause comes before p.
func underRelative(t *syntax.Tree, x, p int) bool {
	for n := 0; x >= 0 && n < len(t.Children(0))+64; n++ {
		if x == p {
			return false
		}
		if syntax.IsRel(t.Rel(x), "acl:relcl") {
			for y := t.Head(x); y >= 0; y = t.Head(y) {
				if y == p {
					return true
				}
			}
			return false
		}
		x = t.Head(x)
	}
	return false
}

// forceAt reports whether token i lies in a trigger of an act of force
// in the site's sentence.
func (d *reader) forceAt(c *site, i int) bool {
	for _, h := range c.hits {
		if h.t0 <= i && i < h.t1 {
			return cameo.RootOf(h.cameo).UsesForce()
		}
	}
	return false
}

// accusedOf returns who does the act a gerund after "of" or "for" names
// when it hangs on a verb with an object: "accused Ethiopia of violating
// the accord", "blamed the rebels for starting the fire", and in the
// passive "Iran was accused by Israel of supplying missiles" the subject.
func accusedOf(t *syntax.Tree, w int) []int {
	h := t.Head(w)
	if h < 0 || !syntax.IsRel(t.Rel(w), "advcl", "acl") || t.Word(h).UPOS != "VERB" {
		return nil
	}
	marked := false
	for _, k := range t.Children(w, "mark") {
		f := strings.ToLower(t.Word(k).Form)
		marked = marked || f == "of" || f == "for"
	}
	if !marked {
		return nil
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

// pastTag reports whether token i is a verb in the past tense (VBD) by
// its sentence's tree, if that sentence is parsed already: "sold",
// "began", which no list of past forms holds all of.
func (d *reader) pastTag(i int) bool {
	p := &d.parses
	sent := int(d.Toks[i].Sent)
	if p.trees == nil || p.trees[sent] == nil {
		return false
	}
	return p.trees[sent].Word(d.wordOf(i)).XPOS == "VBD"
}

// antecedent returns the mention a personal pronoun at token i stands
// for: "he" or "she" the nearest person named before it, "it" the nearest
// state, organisation or product, within the sentence and the two before; -1
// for any other word, or when none is named ("they" is left alone: its
// antecedent is as often a group as a list).
func (d *reader) antecedent(i int) int {
	var want func(actor.Kind) bool
	switch d.Lower(i) {
	case "he", "she", "him", "her":
		want = func(k actor.Kind) bool { return k == actor.Person }
	case "it":
		want = func(k actor.Kind) bool { return k == actor.Organization || k == actor.Product || k == actor.Country }
	default:
		return -1
	}
	sent := int(d.Toks[i].Sent)
	k := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].T0 >= i })
	for k--; k >= 0; k-- {
		m := d.mentions[k]
		if int(d.Toks[m.T0].Sent) < sent-2 {
			break
		}
		if want(d.actors[m.Actor].Kind) {
			return k
		}
	}
	return -1
}

// commaBefore reports whether a comma hangs on word w before it: "…,
// saying" opens a clause of its own.
func commaBefore(t *syntax.Tree, w int) bool {
	for _, k := range t.Children(w, "punct") {
		if k < w && t.Word(k).Form == "," {
			return true
		}
	}
	return false
}

// objectOfPrev reports whether the site's trigger is, by the tree, a noun
// that is the object of the trigger before it, an act of words:
// "condemned the arrest", "welcomed the decision" speak of an act, they do
// not do it again.
func (d *reader) objectOfPrev(c *site) bool {
	w, t := d.predicate(c.h)
	if t == nil || t.Word(w).UPOS != "NOUN" || !syntax.IsRel(t.Rel(w), "obj") {
		return false
	}
	switch cameo.RootOf(c.prevHit().cameo) {
	case cameo.Appeal, cameo.CooperateDiplomatically, cameo.Investigate, cameo.Demand, cameo.Disapprove, cameo.Reject:
	default:
		// "will host a summit": the summit is the host's to hold;
		// "announced a suspension of air links": the announcer suspends
		return false
	}
	pw, pt := d.predicate(c.prevHit())
	return pt == t && t.Head(w) == pw
}

// ownAgents returns the actors the site's noun trigger names as its own
// agent: its owner or a name before it ("the U.S. invasion", "the
// regime's violations").
func (d *reader) ownAgents(c *site) []int {
	w, t := d.predicate(c.h)
	if t == nil {
		return nil
	}
	sources, _ := d.nounArgs(int(d.Toks[c.h.t0].Sent), t, w)
	return sources
}

// meetingAt reports whether token i lies in a trigger of a meeting in the
// site's sentence.
func (d *reader) meetingAt(c *site, i int) bool {
	for _, h := range c.hits {
		if h.t0 <= i && i < h.t1 {
			return h.frame == symmetric || cameo.RootOf(h.cameo) == cameo.Consult
		}
	}
	return false
}

// determiners open a mention that is no name: "the two sides", "both
// countries", "the alliance".
var determiners = map[string]bool{"the": true, "both": true, "a": true, "an": true, "this": true, "these": true, "those": true}

// meetsObject are the verbs of meeting whose object is a party: "met
// Milei", "visited Russia", "hosted the Japanese prime minister"; the
// object of "discussed" or "negotiated" is its topic. ("telephon" is the
// lemmatiser's lemma of "telephoned".)
var meetsObject = map[string]bool{"meet": true, "visit": true, "host": true, "receive": true, "telephone": true, "telephon": true, "phone": true, "call": true, "welcome": true, "join": true}
