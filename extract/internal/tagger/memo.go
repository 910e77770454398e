package tagger

import (
	"cmp"
	"slices"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
	"github.com/chronicle-kg/chronicle/extract/internal/perceptron"
	"github.com/chronicle-kg/chronicle/extract/internal/wordclass"
)

// A memo makes the first pass's scores of frequent words cheap. Most
// features of a word are of the word alone at some offset from the word
// tagged (its suffix, the class of the word after it), or of a tag alone
// (the tag before); the sum of their weights for each class is the same
// wherever the word or the tag stands, so it is worked out once, as a row
// of scores. A word of the memo costs a row added where it cost a lookup
// in the weights for each of some thirty features. The second pass,
// which scores few words (see Options.Sure), does without.
//
// A word's atoms and rows are worked out the first time it is tagged: a
// program that tags a sentence pays for a few dozen, not for thousands.
type memo struct {
	index   *hashtab.Table // a frequent word's entry; entry 0 is the pad
	entries []*memoEntry   // made when first used
	n       int            // classes: the length of a row
	ready   []sync.Once    // entry e is made by ready[e]
	classes []*wordclass.Classes
	zero    []int32 // a row of zeros, for a word the memo lacks
	first   *perceptron.Model
	nclass  int        // word classes (see wordFeatures)
	tagRow  [2][]int32 // the tag before (kP1), two before (kP2): tagRow[k][c*n:][:n]
}

// A memoEntry is a frequent word's atoms and rows.
type memoEntry struct {
	word word
	rows []int32 // at offset d: rows[(d+1)*n:][:n]
}

// memoSpan is the number of offsets (-1, 0, 1) a frequent word has rows
// for; the words two away have few features, left to the lookups.
const memoSpan = 3

// newMemo makes the memo of m's frequent words, and works out the rows of
// every tag for the weights of m's first pass.
func newMemo(m *Model) *memo {
	n := len(m.upos)
	me := &memo{index: m.frequent, n: n, classes: m.classes}
	me.entries = make([]*memoEntry, m.frequent.Len()+1)
	me.ready = make([]sync.Once, len(me.entries))
	me.zero = make([]int32, n)
	me.first, me.nclass = m.first, len(m.classes)
	for k := range me.tagRow {
		me.tagRow[k] = make([]int32, 256*n)
		for c := range 256 {
			if c < n || c == start { // a tag, or none: the rows a word's tags read
				m.first.Scores([]uint64{tagFeature(k, c)}, me.tagRow[k][c*n:][:n])
			}
		}
	}
	return me
}

// frequentWords returns the limit most frequent forms of examples, most
// frequent first, then in order.
func frequentWords(examples []Example, limit int) []string {
	count := map[string]int{}
	for _, e := range examples {
		for _, f := range e.Forms {
			count[f]++
		}
	}
	words := make([]string, 0, len(count))
	for f := range count {
		words = append(words, f)
	}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b))
	})
	return words[:min(limit, len(words))]
}

// scores sets s.scores to the first pass's scores (weights w) of the
// word at i of ws: the joint features and the words the memo lacks are
// looked up, the rest added from rows.
func (me *memo) scores(s *scratch, w *perceptron.Model, ws []word, idx []int32, i, p1, p2, nclasses int) {
	fs := jointFeatures(s.fs[:0], ws, i, p1, p2, nil)
	for d := -2; d <= 2; d++ {
		if d < -1 || d > 1 || idx[i+d] < 0 {
			fs = wordFeatures(fs, &ws[i+d], d, nclasses)
		}
	}
	s.fs = fs
	w.Scores(fs, s.scores)
	n := me.n
	rows := [memoSpan][]int32{me.zero, me.zero, me.zero}
	for d := -1; d <= 1; d++ {
		if e := int(idx[i+d]); e >= 0 {
			rows[d+1] = me.entry(e).rows[(d+1)*n:][:n]
		}
	}
	add5(s.scores, rows[0], rows[1], rows[2], me.tagRow[kP1][p1*n:][:n], me.tagRow[kP2][p2*n:][:n])
}

// add5 adds five rows to scores in one pass, not five: each score is
// loaded and stored once.
func add5(scores, r1, r2, r3, r4, r5 []int32) {
	r1, r2, r3, r4, r5 = r1[:len(scores)], r2[:len(scores)], r3[:len(scores)], r4[:len(scores)], r5[:len(scores)]
	for c := range scores {
		scores[c] += r1[c] + r2[c] + r3[c] + r4[c] + r5[c]
	}
}

// entry returns entry e, making it on first use.
func (me *memo) entry(e int) *memoEntry {
	me.ready[e].Do(func() { me.entries[e] = me.make(e) })
	return me.entries[e]
}

// make works out the atoms and rows of entry e.
func (me *memo) make(e int) *memoEntry {
	x := &memoEntry{rows: make([]int32, memoSpan*me.n)}
	if e == 0 {
		x.word = pad // made
	} else {
		var buf [64]byte
		x.word.atoms(me.index.Key(e-1), me.classes, &buf)
	}
	var fs [64]uint64
	for d := -1; d <= 1; d++ {
		me.first.Scores(wordFeatures(fs[:0], &x.word, d, me.nclass), x.rows[(d+1)*me.n:][:me.n])
	}
	return x
}
