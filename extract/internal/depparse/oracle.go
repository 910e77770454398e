package depparse

// The dynamic oracle of Goldberg and Nivre (2012) for the arc-eager
// system: the cost of a transition is the number of gold arcs it makes
// unreachable. Training updates toward the best-scoring transition of
// least cost, from whatever configuration the parser has reached.

// costs sets cost[k] for each transition kind k allowed in s, and a huge
// number for the others, given the gold heads gh.
func (p *Parser) costs(s *state, gh, gl []int, cost []int) {
	inStack := p.stackMark(s)
	b, s0 := s.front(), s.s0()
	bHeadInStack := !s.done() && gh[b] >= 0 && inStack[gh[b]]
	bDepsInStack := 0 // b's gold dependents on the stack, headless yet
	if !s.done() {
		for _, k := range s.stack {
			if k != 0 && gh[k] == b && (s.heads[k] < 0 || s.nonMono) {
				bDepsInStack++
			}
		}
	}
	s0DepsInBuf := 0 // s0's gold dependents in the buffer
	s0HeadInBuf := false
	if s0 != 0 {
		for k := b; k <= s.n; k++ {
			if gh[k] == s0 && s.inBuf(k) {
				s0DepsInBuf++
			}
		}
		s0HeadInBuf = s.inBuf(gh[s0])
	}
	for a := range cost {
		k, l := p.action(a)
		if !s.can(k) {
			cost[a] = 1 << 30
			continue
		}
		c := 0
		switch k {
		case shift:
			c = bDepsInStack
			if bHeadInStack {
				c++
			}
		case reduce:
			c = s0DepsInBuf
			if s.nonMono && s0HeadInBuf && s.heads[s0] != gh[s0] {
				c++ // a later LEFT-ARC could have mended the head
			}
		case leftArc:
			c = s0DepsInBuf
			if gh[s0] != b && (s0HeadInBuf || s.heads[s0] == gh[s0]) {
				c++
			}
			if gh[s0] == b && gl[s0] != l {
				c++
			}
		case rightArc:
			c = bDepsInStack
			if gh[b] != s0 && (s.ub == 0 && gh[b] > b || bHeadInStack) {
				c++
			}
			if gh[b] == s0 && gl[b] != l {
				c++
			}
		}
		cost[a] = c
	}
}

// stackMark returns a table of the words on s's stack.
func (p *Parser) stackMark(s *state) []bool {
	m := p.mark[:0]
	for i := 0; i <= s.n; i++ {
		m = append(m, false)
	}
	for _, k := range s.stack {
		m[k] = true
	}
	p.mark = m
	return m
}
