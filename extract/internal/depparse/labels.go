package depparse

// Labels are chosen apart from transitions: when the parser makes an
// arc, a second classifier gives it a relation from the features of the
// head and the dependent. Scoring four transitions and then one arc's
// labels costs a fraction of scoring a hundred labelled transitions, and
// loses little.

// labelFeatures appends the features of the arc from head h to dependent
// d in state s of sentence x to fs.
func labelFeatures(fs []uint64, s *state, x *sent, h, d int) []uint64 {
	at := func(i int) (uint64, uint64) {
		if i < 0 || i > s.n {
			return none, none
		}
		return x.w[i], x.p[i]
	}
	hw, hp := at(h)
	dw, dp := at(d)
	_, dpPrev := at(d - 1)
	_, dpNext := at(d + 1)
	_, hpPrev := at(h - 1)
	_, hpNext := at(h + 1)
	dir := uint64(1)
	if d < h {
		dir = 2
	}
	dist := uint64(min(abs(h-d), 6))
	if h == 0 {
		dist, hw, hp = 7, none, none
	}
	var hh, hl uint64 = none, none
	if h > 0 && s.heads[h] >= 0 {
		_, hh = at(s.heads[h])
		hl = uint64(s.labels[h] + 1)
	}
	var t uint64 = 1000
	f := func(vs ...uint64) {
		h := t * 0x9e3779b97f4a7c15
		for _, v := range vs {
			h = mix(h, v)
		}
		fs = append(fs, fin(h))
		t++
	}
	f(dw)
	f(dp)
	f(dw, dp)
	f(hw)
	f(hp)
	f(hw, hp)
	f(hp, dp)
	f(hp, dp, dir)
	f(hp, dp, dir, dist)
	f(hw, dp, dir)
	f(hp, dw, dir)
	f(hw, dw)
	f(dp, dpPrev, dir)
	f(dp, dpNext, dir)
	f(dp, dpPrev, dpNext)
	f(hp, hpPrev, dp)
	f(hp, hpNext, dp)
	f(hp, dp, hh)
	f(hp, dp, hl)
	f(hp, dp, s.lset[max(h, 0)], dir)
	f(hp, dp, s.rset[max(h, 0)], dir)
	f(dp, s.lset[d], s.rset[d])
	f(dp, uint64(s.nl[d]), uint64(s.nr[d]))
	f(dw, dir)
	f(dp, dir, uint64(boolInt(s.heads[0] >= 0 || s.rooted)))
	return fs
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
