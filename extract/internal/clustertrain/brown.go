package main

import (
	"context"
	"math"
	"sync"
)

// brown is the state of Brown clustering with a window of c clusters
// (Liang 2005). Words come in by frequency; each new word is a cluster of
// its own in the spare slot, and the two clusters whose merge loses the
// least mutual information between adjacent clusters are merged, so that
// c are left. Once every word is in, the c clusters are
// merged down to one, and those merges make the tree (see tree.go).
//
// Bigrams are counted only between words already in: a word's bigrams
// with the words before it in the order are added when it comes in.
// Probabilities are counts over the number of tokens; the mutual
// information kept, and the loss of a merge, are in units of counts with
// the constant log terms left out, which cancel in every loss (a merge
// keeps the total count of the pairs it touches).
type brown struct {
	v       *vocab
	c       int // clusters kept
	s       int // slots: c+1
	workers int

	slotOf  []int32   // by word: its cluster's slot, -1 before it comes in
	members [][]int32 // by slot: its words
	used    []bool    // by slot: whether it holds a cluster
	node    []int32   // by slot: its cluster's node in the tree, in stage 2
	n       []int64   // by slot: the count of its words
	lg      []float64 // by slot: log n

	// By pair of slots, a*s+b. cnt counts a then b, q is the pair's term
	// of the mutual information, and the T copies are transposed, so that
	// a column reads as a row. Rows and columns of free slots are zero.
	cnt, cntT []int64
	q, qT     []float64
	loss      []float64 // a < b: the information lost by merging a and b

	tree []treeNode // stage 2's merges
}

// newBrown starts clustering v's words into c clusters.
func newBrown(v *vocab, c, workers int) *brown {
	s := c + 1
	b := &brown{v: v, c: c, s: s, workers: max(workers, 1)}
	b.slotOf = make([]int32, len(v.words))
	for i := range b.slotOf {
		b.slotOf[i] = -1
	}
	b.members = make([][]int32, s)
	b.used = make([]bool, s)
	b.node = make([]int32, s)
	b.n = make([]int64, s)
	b.lg = make([]float64, s)
	b.cnt, b.cntT = make([]int64, s*s), make([]int64, s*s)
	b.q, b.qT = make([]float64, s*s), make([]float64, s*s)
	b.loss = make([]float64, s*s)
	return b
}

// run clusters every word and builds the tree; progress, when not nil,
// is called after each word comes in.
func (b *brown) run(ctx context.Context, progress func(word int)) error {
	for w := range b.v.words {
		if err := ctx.Err(); err != nil {
			return err
		}
		b.incorporate(int32(w), b.freeSlot())
		if w >= b.c {
			b.merge(b.best())
		}
		if progress != nil {
			progress(w)
		}
	}
	return b.stage2(ctx)
}

// freeSlot returns the first slot without a cluster.
func (b *brown) freeSlot() int {
	for i, u := range b.used {
		if !u {
			return i
		}
	}
	panic("clustertrain: no free slot")
}

// incorporate puts word w in slot f as a cluster of its own: its bigrams
// with the clusters in, their terms of the information, and the losses of
// merging it with each.
func (b *brown) incorporate(w int32, f int) {
	s := b.s
	b.used[f] = true
	b.members[f] = append(b.members[f][:0], w)
	b.slotOf[w] = int32(f)
	b.n[f] = b.v.count[w]
	b.lg[f] = math.Log(float64(b.n[f]))
	for _, e := range b.v.right[w] {
		if x := b.slotOf[e.w]; x >= 0 {
			b.addCount(f, int(x), int64(e.n))
		}
	}
	for _, e := range b.v.left[w] {
		if x := b.slotOf[e.w]; x >= 0 && e.w != w { // w w was counted as a right bigram
			b.addCount(int(x), f, int64(e.n))
		}
	}
	nbr := make([]bool, s) // the clusters w is next to
	for x := range s {
		if !b.used[x] {
			continue
		}
		b.setQ(f, x, g(b.cnt[f*s+x], b.lg[f], b.lg[x]))
		if x != f {
			b.setQ(x, f, g(b.cnt[x*s+f], b.lg[x], b.lg[f]))
			nbr[x] = b.cnt[f*s+x]+b.cnt[x*s+f] > 0
		}
	}
	b.parallel(func(part int) {
		// A new cluster adds terms to the loss of merging two others
		// when either is next to it; otherwise they are zero.
		for v := part; v < s; v += b.workers {
			if !b.used[v] || v == f {
				continue
			}
			for x := v + 1; x < s; x++ {
				if !b.used[x] || x == f || !nbr[v] && !nbr[x] {
					continue
				}
				b.loss[v*s+x] += b.bq(v, f) + b.bq(x, f) - b.mergedQ(v, x, f)
			}
		}
		for x := part; x < s; x += b.workers {
			if b.used[x] && x != f {
				b.setLoss(f, x, b.lossOf(f, x))
			}
		}
	})
}

// addCount adds n bigrams of slot a then slot b.
func (b *brown) addCount(a, c int, n int64) {
	b.cnt[a*b.s+c] += n
	b.cntT[c*b.s+a] += n
}

// setQ sets the information term of slot a then slot c.
func (b *brown) setQ(a, c int, q float64) {
	b.q[a*b.s+c] = q
	b.qT[c*b.s+a] = q
}

// setLoss sets the loss of merging a and c, in either order.
func (b *brown) setLoss(a, c int, l float64) {
	if a > c {
		a, c = c, a
	}
	b.loss[a*b.s+c] = l
}

// bq returns the terms of the pairs of a and x, both ways.
func (b *brown) bq(a, x int) float64 { return b.q[a*b.s+x] + b.q[x*b.s+a] }

// mergedQ returns what bq(ac, x) would be were a and c merged.
func (b *brown) mergedQ(a, c, x int) float64 {
	s := b.s
	lac := logN(b.n[a] + b.n[c])
	return g(b.cnt[a*s+x]+b.cnt[c*s+x], lac, b.lg[x]) + g(b.cnt[x*s+a]+b.cnt[x*s+c], b.lg[x], lac)
}

// lossOf computes from scratch the information lost by merging a and c:
// the terms of every pair either is in, less those of the merged cluster.
func (b *brown) lossOf(a, c int) float64 {
	s := b.s
	ra, rc := b.cnt[a*s:a*s+s], b.cnt[c*s:c*s+s]
	la, lc := b.cntT[a*s:a*s+s], b.cntT[c*s:c*s+s]
	qa, qc := b.q[a*s:a*s+s], b.q[c*s:c*s+s]
	ta, tc := b.qT[a*s:a*s+s], b.qT[c*s:c*s+s]
	lac := logN(b.n[a] + b.n[c])
	lg := b.lg[:s]
	var before, after float64
	for x := range s {
		if x == a || x == c {
			continue
		}
		before += qa[x] + ta[x] + qc[x] + tc[x]
		var gr, gl float64 // g inlined by hand: this loop is most of the run
		if n := ra[x] + rc[x]; n != 0 {
			gr = clog(n) - float64(n)*(lac+lg[x])
		}
		if n := la[x] + lc[x]; n != 0 {
			gl = clog(n) - float64(n)*(lg[x]+lac)
		}
		after += gr + gl
	}
	before += qa[a] + qc[c] + qa[c] + qc[a]
	after += g(ra[a]+ra[c]+rc[a]+rc[c], lac, lac)
	return before - after
}

// best returns the pair of clusters whose merge loses least, the first
// in row order among equals.
func (b *brown) best() (int, int) {
	type min struct {
		l    float64
		a, c int
	}
	mins := make([]min, b.workers)
	s := b.s
	b.parallel(func(part int) {
		m := min{math.Inf(1), -1, -1}
		for a := part; a < s; a += b.workers {
			if !b.used[a] {
				continue
			}
			row := b.loss[a*s : a*s+s]
			for c := a + 1; c < s; c++ {
				if b.used[c] && row[c] < m.l {
					m = min{row[c], a, c}
				}
			}
		}
		mins[part] = m
	})
	m := mins[0]
	for _, o := range mins[1:] {
		if o.a >= 0 && (m.a < 0 || o.l < m.l || o.l == m.l && (o.a < m.a || o.a == m.a && o.c < m.c)) {
			m = o
		}
	}
	if m.a < 0 {
		panic("clustertrain: no pair to merge")
	}
	return m.a, m.c
}

// parallel runs f(part) for each of the workers' parts and waits.
func (b *brown) parallel(f func(part int)) {
	if b.workers == 1 {
		f(0)
		return
	}
	var wg sync.WaitGroup
	for p := range b.workers {
		wg.Go(func() { f(p) })
	}
	wg.Wait()
}
