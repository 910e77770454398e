package main

import "math"

// merge merges the clusters of slots a and c (a < c) into slot a and
// frees c, updating every loss: those of pairs apart from the two in
// constant time each (Liang 2005), those of the merged
// cluster from scratch.
func (b *brown) merge(a, c int) {
	s := b.s
	nu := b.n[a] + b.n[c]
	lu := math.Log(float64(nu))

	// The merged cluster's counts and terms, with each other cluster x.
	ru, lw := make([]int64, s), make([]int64, s) // u then x, x then u
	qr, ql := make([]float64, s), make([]float64, s)
	for x := range s {
		if !b.used[x] || x == a || x == c {
			continue
		}
		ru[x] = b.cnt[a*s+x] + b.cnt[c*s+x]
		lw[x] = b.cnt[x*s+a] + b.cnt[x*s+c]
		qr[x], ql[x] = g(ru[x], lu, b.lg[x]), g(lw[x], b.lg[x], lu)
	}
	uu := b.cnt[a*s+a] + b.cnt[a*s+c] + b.cnt[c*s+a] + b.cnt[c*s+c]

	// For a pair v, w apart from a and c, the loss loses the terms with a
	// and with c and gains those with u: bq(v, u) + bq(w, u) − bq(v, a) −
	// ... is a sum of one part by v and one by w (own), and so are the
	// log-count parts of the merged pair's terms, in which log(n_v + n_w)
	// cancels; what remains is c log c of summed counts.
	own := make([]float64, s)
	for x := range s {
		if !b.used[x] || x == a || x == c {
			continue
		}
		da := float64(b.cnt[x*s+a] + b.cnt[a*s+x])
		dc := float64(b.cnt[x*s+c] + b.cnt[c*s+x])
		own[x] = qr[x] + ql[x] - b.bq(x, a) - b.bq(x, c) - da*b.lg[a] - dc*b.lg[c] + (da+dc)*lu
	}
	b.parallel(func(part int) {
		ca, cc := b.cntT[a*s:a*s+s], b.cntT[c*s:c*s+s] // x then a, x then c
		ac, rc := b.cnt[a*s:a*s+s], b.cnt[c*s:c*s+s]   // a then x, c then x
		for v := part; v < s; v += b.workers {
			if !b.used[v] || v == a || v == c {
				continue
			}
			row := b.loss[v*s : v*s+s]
			for w := v + 1; w < s; w++ {
				if !b.used[w] || w == a || w == c {
					continue
				}
				xa, xc := ca[v]+ca[w], cc[v]+cc[w] // vw then a, vw then c
				ya, yc := ac[v]+ac[w], rc[v]+rc[w] // a then vw, c then vw
				row[w] += own[v] + own[w] + clog(xa) + clog(xc) - clog(xa+xc) + clog(ya) + clog(yc) - clog(ya+yc)
			}
		}
	})

	// Slot a becomes the merged cluster, slot c free.
	for x := range s {
		b.cnt[a*s+x], b.cnt[x*s+a] = ru[x], lw[x]
		b.cntT[x*s+a], b.cntT[a*s+x] = ru[x], lw[x]
		b.setQ(a, x, qr[x])
		b.setQ(x, a, ql[x])
		b.cnt[c*s+x], b.cnt[x*s+c] = 0, 0
		b.cntT[c*s+x], b.cntT[x*s+c] = 0, 0
		b.setQ(c, x, 0)
		b.setQ(x, c, 0)
	}
	b.cnt[a*s+a], b.cntT[a*s+a] = uu, uu
	b.setQ(a, a, g(uu, lu, lu))
	b.n[a], b.lg[a] = nu, lu
	for _, w := range b.members[c] {
		b.slotOf[w] = int32(a)
	}
	b.members[a] = append(b.members[a], b.members[c]...)
	b.members[c] = b.members[c][:0]
	b.used[c] = false
	if b.tree != nil {
		b.node[a] = b.join(b.node[a], b.node[c])
	}
	b.parallel(func(part int) {
		for x := part; x < s; x += b.workers {
			if b.used[x] && x != a {
				b.setLoss(a, x, b.lossOf(a, x))
			}
		}
	})
}

// g returns the information term of a pair seen n times of clusters whose
// counts have logs la and lb: n (log n − la − lb), in count units.
func g(n int64, la, lb float64) float64 {
	if n == 0 {
		return 0
	}
	return clog(n) - float64(n)*(la+lb)
}

// clogs holds n log n for small n: most bigram counts are small.
var clogs = func() []float64 {
	t := make([]float64, 1<<16)
	for n := 1; n < len(t); n++ {
		t[n] = float64(n) * math.Log(float64(n))
	}
	return t
}()

// clog returns n log n, 0 for 0.
func clog(n int64) float64 {
	if n < int64(len(clogs)) {
		return clogs[n]
	}
	return float64(n) * math.Log(float64(n))
}

// logN returns log n.
func logN(n int64) float64 { return math.Log(float64(n)) }
