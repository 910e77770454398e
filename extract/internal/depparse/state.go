package depparse

// Transition kinds. A transition is a kind and, for the arcs, a label.
const (
	shift = iota
	reduce
	leftArc
	rightArc
)

// A state is a parser configuration over words 1..n; 0 is the root.
type state struct {
	n      int
	stack  []int // word indexes, the root at the bottom
	buf    int   // the buffer's first word; the buffer is empty when buf > n
	heads  []int // heads[i] of word i, -1 while it has none
	labels []int // labels[i] of the arc to word i
	// dependents, for the features: the leftmost and second-leftmost,
	// rightmost and second-rightmost of each word (0 for none, since the
	// root is never a dependent), their counts, and the set of their labels
	l1, l2, r1, r2 []int
	nl, nr         []int
	lset, rset     []uint64
	rooted         bool // the root has its dependent
	// nonMono lets LEFT-ARC take a word that has a head already, which
	// loses that arc (Honnibal, Goldberg and Johnson 2013)
	nonMono bool
	// unshift lets the words left without a head when the buffer runs out
	// go back to it, one at a time, to be given one (Nivre and
	// Fernández-González 2014); ub is the word so put back, 0 for none
	unshift bool
	ub      int
}

// reset makes s the start state of a sentence of n words.
func (s *state) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.buf = 1
	grow := func(v []int, x int) []int {
		v = v[:0]
		for i := 0; i <= n+1; i++ {
			v = append(v, x)
		}
		return v
	}
	s.heads, s.labels = grow(s.heads, -1), grow(s.labels, -1)
	s.l1, s.l2, s.r1, s.r2 = grow(s.l1, 0), grow(s.l2, 0), grow(s.r1, 0), grow(s.r2, 0)
	s.nl, s.nr = grow(s.nl, 0), grow(s.nr, 0)
	s.lset, s.rset = growU(s.lset, n+2), growU(s.rset, n+2)
	s.rooted = false
	s.ub = 0
}

func growU(v []uint64, n int) []uint64 {
	v = v[:0]
	for i := 0; i < n; i++ {
		v = append(v, 0)
	}
	return v
}

// done reports whether the buffer is empty.
func (s *state) done() bool { return s.buf > s.n && s.ub == 0 }

// front returns the buffer's first word.
func (s *state) front() int {
	if s.ub > 0 {
		return s.ub
	}
	return s.buf
}

// inBuf reports whether word k is in the buffer.
func (s *state) inBuf(k int) bool {
	if s.ub > 0 {
		return k == s.ub
	}
	return k >= s.buf
}

// settle makes the moves that need no choosing, once the buffer is empty:
// it pops the words that have a head and, with unshift, puts a headless
// word back in the buffer. It reports whether the parse is over.
func (s *state) settle() bool {
	if !s.unshift || !s.done() {
		return s.done() || s.ub > 0 && s.s0() == 0 && s.rooted
	}
	for {
		s0 := s.s0()
		switch {
		case s0 == 0:
			return true
		case s.heads[s0] >= 0:
			s.stack = s.stack[:len(s.stack)-1]
		case len(s.stack) == 2 && s.rooted:
			return true // nothing left to give it a head
		default:
			s.ub = s0
			s.stack = s.stack[:len(s.stack)-1]
			return false
		}
	}
}

// s0 returns the stack's top.
func (s *state) s0() int { return s.stack[len(s.stack)-1] }

// can reports whether transition kind k is allowed.
func (s *state) can(k int) bool {
	s0 := s.s0()
	switch k {
	case shift:
		return !s.done() && s.ub == 0
	case reduce:
		return s0 != 0 && s.heads[s0] >= 0
	case leftArc:
		return !s.done() && s0 != 0 && (s.heads[s0] < 0 || s.nonMono)
	case rightArc:
		return !s.done() && !(s0 == 0 && s.rooted)
	}
	return false
}

// apply applies transition kind k with label l.
func (s *state) apply(k, l int) {
	s0 := s.s0()
	switch k {
	case shift:
		s.stack = append(s.stack, s.buf)
		s.buf++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
	case leftArc:
		if s.heads[s0] >= 0 {
			s.detach(s0)
		}
		s.arc(s.front(), s0, l)
		s.stack = s.stack[:len(s.stack)-1]
	case rightArc:
		b := s.front()
		s.arc(s0, b, l)
		if s0 == 0 {
			s.rooted = true
		}
		s.stack = append(s.stack, b)
		if s.ub > 0 {
			s.ub = 0
		} else {
			s.buf++
		}
	}
}

// arc makes h the head of d with label l.
func (s *state) arc(h, d, l int) {
	s.heads[d], s.labels[d] = h, l
	if d < h {
		if s.l1[h] == 0 || d < s.l1[h] {
			s.l2[h], s.l1[h] = s.l1[h], d
		} else if s.l2[h] == 0 || d < s.l2[h] {
			s.l2[h] = d
		}
		s.nl[h]++
		s.lset[h] |= 1 << uint(l&63)
	} else {
		if d > s.r1[h] {
			s.r2[h], s.r1[h] = s.r1[h], d
		} else if d > s.r2[h] {
			s.r2[h] = d
		}
		s.nr[h]++
		s.rset[h] |= 1 << uint(l&63)
	}
}

// detach takes word d, on the stack and so its head's rightmost
// dependent, from its head.
func (s *state) detach(d int) {
	h := s.heads[d]
	s.heads[d], s.labels[d] = -1, -1
	if h == 0 {
		s.rooted = false
	}
	s.r1[h], s.r2[h], s.nr[h], s.rset[h] = 0, 0, 0, 0
	for k := h + 1; k <= s.n; k++ {
		if s.heads[k] == h {
			s.r2[h], s.r1[h] = s.r1[h], k
			s.nr[h]++
			s.rset[h] |= 1 << uint(s.labels[k]&63)
		}
	}
}

// finish attaches the words left without a head: to the root's dependent
// as parataxis, or the first of them is the root. rootLabel and paraLabel
// are the labels' indexes (-1 if the model has none).
func (s *state) finish(rootLabel, paraLabel int) {
	root := 0
	for i := 1; i <= s.n; i++ {
		if s.heads[i] == 0 {
			root = i
			break
		}
	}
	for i := 1; i <= s.n; i++ {
		if s.heads[i] >= 0 {
			continue
		}
		if root == 0 {
			root = i
			s.heads[i], s.labels[i] = 0, rootLabel
			continue
		}
		s.heads[i], s.labels[i] = root, paraLabel
	}
}
