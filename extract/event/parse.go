package event

// The dependency trees of a text's sentences, parsed one at a time when a
// trigger or an actor in them asks, and the map between the text's tokens
// and the trees' words.

import (
	"sort"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
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
		names := d.joinNames(s)
		p.an.AnalyzeNames(s, names)
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
// multiword token ("didn't") is left as it is. It returns which words are
// names, proper nouns whatever the tagger makes of them.
func (d *reader) joinNames(s *syntax.Sentence) (names []bool) {
	if len(s.Tokens) > 0 {
		return nil // rare in names; renumbering the tokens is not worth it
	}
	out := s.Words[:0]
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		name := false
		// a name, not "the two sides" or "both countries", whose words
		// the parser reads as they are
		if m := d.mentionAtByte(w.Start); m >= 0 && !determiners[strings.ToLower(w.Form)] {
			name = !d.mentions[m].Demonym
			end := d.mentions[m].End
			// not its possessive ending: "Taiwan's" is "Taiwan" and "'s"
			for i+1 < len(s.Words) && s.Words[i+1].End <= end && !possessiveForms[s.Words[i+1].Form] {
				i++
				last := s.Words[i]
				w.Form, w.End, w.Misc = last.Form, last.End, last.Misc
			}
		}
		w.ID = len(out) + 1
		out = append(out, w)
		// a proper noun for the tagger: a name whose word is capitalised
		// ("Volkswagen", "Yeltsin"), not "farmers" of "Polish farmers"
		names = append(names, name && text.IsUpperStart(w.Form))
	}
	s.Words = out
	return names
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

// treePassive reports whether trigger h, an accusation, coercion,
// appeal, investigation, demand, threat or release, is a verb with a
// passive subject, by its sentence's tree: "Russia was accused of
// interfering" names the accused, whoever accuses; "Sonko was released"
// the released. Only these: "Israel is opposed to French mediation" is
// Israel's opposition, and "UN peacekeepers were shipped out" the UN's
// withdrawal, as the PLOVER gold standard codes them (both went wrong
// when every passive did).
func (d *reader) treePassive(h hit) bool {
	switch cameo.RootOf(h.cameo) {
	case cameo.Disapprove, cameo.Coerce, cameo.Appeal, cameo.Investigate, cameo.Demand, cameo.Threaten:
	case cameo.Yield:
		if h.typ != "release" {
			return false // "troops were withdrawn": whose troops withdrew
		}
	default:
		return false
	}
	w, t := d.predicate(h)
	return t != nil && t.Word(w).UPOS == "VERB" && len(t.Children(w, "nsubj:pass")) > 0
}

// reducedRelative reports whether trigger h is a past participle that
// modifies a noun, by its sentence's tree: "two diplomats accused of
// spying" are the accused, not the accusers.
func (d *reader) reducedRelative(h hit) bool {
	w, t := d.predicate(h)
	return t != nil && t.ReducedRelative(w)
}

// modifierNoun reports whether trigger h is a noun that modifies a noun
// of a thing ("a supply boat", "attack helicopters"), by its sentence's
// tree: it names a kind of thing, not an act.
func (d *reader) modifierNoun(h hit) bool {
	if h.t1-h.t0 != 1 {
		return false
	}
	w, t := d.predicate(h)
	if t == nil || t.Word(w).UPOS != "NOUN" || t.Rel(w) != "compound" || t.Head(w) < 0 {
		return false
	}
	return thingNouns()[strings.ToLower(t.Word(t.Head(w)).Lemma)]
}

// modifyingParticiple reports whether one-word trigger h is a participle
// that modifies a noun: "beyond agreed limits", "a proposed deal" name a
// kind of limit or deal, no act.
func (d *reader) modifyingParticiple(h hit) bool {
	if h.t1-h.t0 != 1 {
		return false
	}
	w, t := d.predicate(h)
	if t == nil || w < 0 {
		return false
	}
	x := t.Word(w).XPOS
	return t.Rel(w) == "amod" && (x == "VBN" || x == "VBG") && len(t.Children(w)) == 0
}

// actedOnDoers reports whether trigger h is a noun of people who act
// (doerNouns: "protesters") whom the sentence acts on: "executed four
// protesters", "the execution of protesters", "protesters were
// arrested". What is done is done to them; their own act is only implied
// and has none of the sentence's actors.
func (d *reader) actedOnDoers(h hit) bool {
	if h.t1-h.t0 != 1 || !doerNouns[d.Lower(h.t0)] {
		return false
	}
	w, t := d.predicate(h)
	if t == nil || w < 0 {
		return false
	}
	for t.Rel(w) == "nmod" && t.Head(w) >= 0 && crowdNouns[strings.ToLower(t.Word(t.Head(w)).Lemma)] {
		w = t.Head(w) // "thousands of protesters": the thousands
	}
	return syntax.IsRel(t.Rel(w), "obj", "iobj", "obl", "nmod") || t.Rel(w) == "nsubj:pass"
}

// doerNouns name people by an act of theirs; crowdNouns count or gather
// people.
var (
	doerNouns  = words.Set("doer-nouns")
	crowdNouns = words.Set("crowd-nouns")
)

// thingNouns are things an act's noun may name a kind of: "a supply
// boat", "attack helicopters"; not "a mediation effort", "its demand".
var thingNouns = sync.OnceValue(func() map[string]bool { return words.Set("thing-nouns") })

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

// possessiveForms end a name that owns what follows.
var possessiveForms = map[string]bool{"'s": true, "’s": true, "'": true, "’": true}

// determiners open a mention that is no name: "the two sides", "both
// countries", "the alliance".
var determiners = map[string]bool{"the": true, "both": true, "a": true, "an": true, "this": true, "these": true, "those": true}
