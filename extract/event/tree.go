package event

import (
	"sort"
	"strings"

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
		p.an.Analyze(s)
		p.trees[sent] = syntax.NewTree(s)
		d.alignWords(sent)
	}
	return p.trees[sent]
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
		case syntax.IsRel(r, "xcomp", "ccomp") || r == "advcl" && len(t.Children(w, "mark")) == 0:
			return t.Word(g).UPOS == "VERB" && denies(t, g)
		case syntax.IsRel(r, "obj", "amod", "compound", "conj"):
			w = g
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
