package tagger

import (
	"slices"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
	"github.com/chronicle-kg/chronicle/extract/internal/perceptron"
	"github.com/chronicle-kg/chronicle/extract/internal/wordclass"
)

// A Model tags sentences. It is read-only and safe for concurrent use.
type Model struct {
	upos, xpos []string         // the tags of class c are upos[c], xpos[c]
	dict       map[string]uint8 // words that take one class whatever their context
	classes    []*wordclass.Classes
	first      *perceptron.Model // the right-to-left pass
	second     *perceptron.Model // the left-to-right pass
	sure       float64           // the lead of the best tag that makes the first pass sure
	frequent   *hashtab.Table    // the words the memo has → their entries
	// frequentForm is frequent's bytes, for WriteTo
	frequentForm string
	memo         *memo
	scratch      sync.Pool // of *scratch
}

// start is the tag before the first word and after the last.
const start = 255

// scratch is the memory one call of Tag works in.
type scratch struct {
	ws, rev   []word
	idx, ridx []int32 // the memo entry of each word, -1 if none
	fixed     []int16 // the class the dictionary gives a word, or -1
	g, tags   []uint8 // the classes of the first and second pass
	sure      []bool  // whether the first pass was sure of a word
	fs        []uint64
	scores    []int32
	buf       [64]byte
}

// Tag sets upos[i] and xpos[i] to the tags of forms[i]. The slices must be
// as long as forms; Tag panics if they are not.
func (m *Model) Tag(forms []string, upos, xpos []string) {
	if len(upos) != len(forms) || len(xpos) != len(forms) {
		panic("tagger: Tag's slices are not as long as its forms")
	}
	s := m.getScratch()
	m.tag(s, forms)
	for i, c := range s.tags[2 : len(s.tags)-2] {
		upos[i], xpos[i] = m.upos[c], m.xpos[c]
	}
	m.scratch.Put(s)
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.scratch.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]int32, len(m.upos))}
}

// tag sets s.tags to the classes of forms: a first pass right to left, a
// second left to right that also sees what the first made of the words
// after each, for the words the first was not sure of.
func (m *Model) tag(s *scratch, forms []string) {
	s.ws, s.idx = m.words(s.ws, s.idx, forms, m.memo, &s.buf)
	s.fixed = m.lookup(s.fixed, forms)
	s.g = m.firstPass(s, m.first, m.memo)
	for i, sure := range s.sure {
		if sure && s.fixed[i] < 0 {
			s.fixed[i] = int16(s.g[i+2])
		}
	}
	s.tags = m.pass(s, m.second, nil, s.ws, nil, s.fixed, s.g, s.tags)
}

// firstPass tags s.ws right to left with weights w (and their memo, if
// not nil) and returns the classes in s.g, in the words' order.
func (m *Model) firstPass(s *scratch, w *perceptron.Model, me *memo) []uint8 {
	s.rev = append(s.rev[:0], s.ws...)
	slices.Reverse(s.rev)
	s.ridx = append(s.ridx[:0], s.idx...)
	slices.Reverse(s.ridx)
	slices.Reverse(s.fixed)
	s.sure = s.sure[:0]
	g := m.pass(s, w, me, s.rev, s.ridx, s.fixed, nil, s.g)
	slices.Reverse(g)
	slices.Reverse(s.fixed)
	slices.Reverse(s.sure)
	return g
}

// pass tags ws (with two pads at each end) greedily in order with
// weights w, given the classes fixed beforehand and the classes g of the
// first pass, if this is the second. With a memo of w, idx holds each
// word's entry. It returns the classes in out, with two pads at each end,
// and, in the first pass, sets s.sure.
func (m *Model) pass(s *scratch, w *perceptron.Model, me *memo, ws []word, idx []int32, fixed []int16, g []uint8, out []uint8) []uint8 {
	out = append(out[:0], start, start)
	p1, p2 := start, start
	for i, f := range fixed {
		c := uint8(f)
		sure := true
		if f < 0 {
			if me == nil {
				s.fs = features(s.fs[:0], ws, i+2, p1, p2, g, len(m.classes))
				w.Scores(s.fs, s.scores)
			} else {
				me.scores(s, w, ws, idx, i+2, p1, p2, len(m.classes))
			}
			best, margin := argmax2(s.scores)
			c = uint8(best)
			sure = float64(margin)*w.Scale() >= m.sure
		}
		if g == nil {
			s.sure = append(s.sure, sure)
		}
		out = append(out, c)
		p1, p2 = int(c), p1
	}
	return append(out, start, start)
}

// words sets ws to the words of forms, with two pads at each end, and
// idx to their memo entries if me is not nil.
func (m *Model) words(ws []word, idx []int32, forms []string, me *memo, buf *[64]byte) ([]word, []int32) {
	ws = append(ws[:0], pad, pad)
	idx = append(idx[:0], 0, 0)
	for _, f := range forms {
		e, ok := int32(-1), false
		if me != nil {
			var x uint32
			if x, ok = me.index.Get(f); ok {
				e = int32(x)
			}
		}
		idx = append(idx, e)
		if ok {
			ws = append(ws, me.entry(int(e)).word)
			continue
		}
		ws = append(ws, word{})
		ws[len(ws)-1].atoms(f, m.classes, buf)
	}
	return append(ws, pad, pad), append(idx, 0, 0)
}

// lookup sets fixed to the class the dictionary gives each form, -1 for
// those it does not have.
func (m *Model) lookup(fixed []int16, forms []string) []int16 {
	fixed = fixed[:0]
	for _, f := range forms {
		c, ok := m.dict[f]
		if !ok {
			fixed = append(fixed, -1)
			continue
		}
		fixed = append(fixed, int16(c))
	}
	return fixed
}

// argmax returns the class of the highest score, the first of a tie.
func argmax[T int32 | float64](s []T) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// argmax2 returns the class of the highest score, the first of a tie, and
// its lead over the next.
func argmax2(s []int32) (int, int32) {
	best, next := 0, int32(-1<<31)
	for i, v := range s[1:] {
		switch {
		case v > s[best]:
			best, next = i+1, s[best]
		case v > next:
			next = v
		}
	}
	return best, s[best] - next
}

// Tags returns the number of (UPOS, XPOS) pairs the model tells apart.
func (m *Model) Tags() int { return len(m.upos) }

// Features returns the number of features with a weight, in both passes.
func (m *Model) Features() int { return m.first.Features() + m.second.Features() }

// DictWords returns the number of words the model tags without looking
// at their context.
func (m *Model) DictWords() int { return len(m.dict) }
