package timeline

import "strings"

// The task's Track A measure (Minard et al. 2015): each timeline is a
// temporal graph of its anchored events, every event simultaneous with its
// anchor date and with the other mentions of its line, the lines of one
// order number simultaneous and those of consecutive numbers one before
// the other. Precision is the share of the system's relations, reduced to
// the non-redundant ones, that the gold graph's closure entails; recall
// the share of the gold's reduced relations that the system's closure
// entails. Unanchored lines (order 0) take no part.

// A relation holds between two nodes: mentions, or anchor dates written
// "t:DATE".
type relation struct {
	a, b   string
	before bool // a before b; else a and b are simultaneous
}

// reduced returns the non-redundant relations of tl's graph: a chain of
// simultaneity through each line's mentions and its anchor, and through
// the lines of each order, and one before-relation between consecutive
// orders.
func reduced(tl Timeline) []relation {
	var rels []relation
	var firstOf []string // the first mention of each order's first line, by order
	var orders []int
	for _, l := range tl.Lines {
		if l.Order == 0 || len(l.Mentions) == 0 {
			continue
		}
		for _, m := range l.Mentions[1:] {
			rels = append(rels, relation{a: l.Mentions[0], b: m})
		}
		if anchored(l.Anchor) {
			rels = append(rels, relation{a: l.Mentions[0], b: "t:" + l.Anchor})
		}
		if k := indexOf(orders, l.Order); k >= 0 {
			rels = append(rels, relation{a: firstOf[k], b: l.Mentions[0]})
			continue
		}
		orders, firstOf = append(orders, l.Order), append(firstOf, l.Mentions[0])
	}
	// orders are numbered in time order, but a file need not list them so
	sortOrders(orders, firstOf)
	for k := 1; k < len(orders); k++ {
		rels = append(rels, relation{a: firstOf[k-1], b: firstOf[k], before: true})
	}
	return rels
}

// indexOf returns the index of n in ns, or -1.
func indexOf(ns []int, n int) int {
	for i, m := range ns {
		if m == n {
			return i
		}
	}
	return -1
}

// anchored reports whether anchor names a date at all.
func anchored(anchor string) bool {
	return anchor != "" && strings.Trim(anchor, "X-") != ""
}

// sortOrders sorts orders, and firstOf with them, ascending.
func sortOrders(orders []int, firstOf []string) {
	for i := 1; i < len(orders); i++ {
		for j := i; j > 0 && orders[j] < orders[j-1]; j-- {
			orders[j], orders[j-1] = orders[j-1], orders[j]
			firstOf[j], firstOf[j-1] = firstOf[j-1], firstOf[j]
		}
	}
}

// A closure answers which relations a graph entails: simultaneity is an
// equivalence, before is transitive across it.
type closure struct {
	class map[string]int // node → its class of simultaneous nodes
	after [][]bool       // after[x][y]: class x is before class y
}

// closeOver computes the closure of rels.
func closeOver(rels []relation) *closure {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, r := range rels {
		ra, rb := find(r.a), find(r.b)
		if !r.before && ra != rb {
			parent[ra] = rb
		}
	}
	c := &closure{class: map[string]int{}}
	ids := map[string]int{}
	for x := range parent {
		root := find(x)
		id, ok := ids[root]
		if !ok {
			id = len(ids)
			ids[root] = id
		}
		c.class[x] = id
	}
	n := len(ids)
	c.after = make([][]bool, n)
	for i := range c.after {
		c.after[i] = make([]bool, n)
	}
	for _, r := range rels {
		if r.before {
			c.after[c.class[r.a]][c.class[r.b]] = true
		}
	}
	for k := 0; k < n; k++ { // Warshall
		for i := 0; i < n; i++ {
			if !c.after[i][k] {
				continue
			}
			for j := 0; j < n; j++ {
				if c.after[k][j] {
					c.after[i][j] = true
				}
			}
		}
	}
	return c
}

// entails reports whether the closure holds relation r.
func (c *closure) entails(r relation) bool {
	a, okA := c.class[r.a]
	b, okB := c.class[r.b]
	if !okA || !okB {
		return false
	}
	if r.before {
		return c.after[a][b]
	}
	return a == b
}

// A Score counts one comparison of timelines.
type Score struct {
	Entity string `json:"entity,omitempty"`
	// SysRelations and GoldRelations are the reduced relations of each;
	// SysRight those of the system the gold entails, GoldFound those of
	// the gold the system entails.
	SysRelations  int `json:"sys_relations"`
	SysRight      int `json:"sys_right"`
	GoldRelations int `json:"gold_relations"`
	GoldFound     int `json:"gold_found"`
}

// Compare scores a system timeline against the gold one.
func Compare(gold, sys Timeline) Score {
	s := Score{Entity: gold.Entity}
	g, y := reduced(gold), reduced(sys)
	gc, yc := closeOver(g), closeOver(y)
	s.SysRelations, s.GoldRelations = len(y), len(g)
	for _, r := range y {
		if gc.entails(r) {
			s.SysRight++
		}
	}
	for _, r := range g {
		if yc.entails(r) {
			s.GoldFound++
		}
	}
	return s
}

// Add adds the counts of o to s: the micro-average over entities.
func (s *Score) Add(o Score) {
	s.SysRelations += o.SysRelations
	s.SysRight += o.SysRight
	s.GoldRelations += o.GoldRelations
	s.GoldFound += o.GoldFound
}

// P, R and F1 return precision, recall and their harmonic mean, in [0, 1].
func (s Score) P() float64 { return ratio(s.SysRight, s.SysRelations) }
func (s Score) R() float64 { return ratio(s.GoldFound, s.GoldRelations) }
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
