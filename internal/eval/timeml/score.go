package timeml

import (
	"cmp"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/timex"
	"github.com/chronicle-kg/chronicle/internal/eval"
)

// Counts are the tallies of TempEval-3 Task A for one document or many.
type Counts struct {
	Gold    int `json:"gold"`    // gold expressions
	Sys     int `json:"system"`  // system expressions
	Strict  int `json:"strict"`  // system expressions with a gold one of the same span
	Relaxed int `json:"relaxed"` // system expressions paired with an overlapping gold one
	Type    int `json:"type"`    // relaxed pairs of the same type
	Value   int `json:"value"`   // relaxed pairs of the same value
}

// Add returns the sum of c and o.
func (c Counts) Add(o Counts) Counts {
	return Counts{
		Gold:    c.Gold + o.Gold,
		Sys:     c.Sys + o.Sys,
		Strict:  c.Strict + o.Strict,
		Relaxed: c.Relaxed + o.Relaxed,
		Type:    c.Type + o.Type,
		Value:   c.Value + o.Value,
	}
}

// A PRF is a precision, a recall and their harmonic mean.
type PRF = eval.PRF

// prf returns the PRF of correct out of sys found and gold wanted.
func prf(correct, sys, gold int) PRF { return eval.Of(correct, sys, gold) }

// Scores are the TempEval-3 Task A scores: extents matched strictly and
// with overlap, and the type and value attributes of overlapping pairs,
// each as precision over the system expressions and recall over the gold.
type Scores struct {
	Strict  PRF `json:"strict"`
	Relaxed PRF `json:"relaxed"`
	Type    PRF `json:"type"`
	Value   PRF `json:"value"`
}

// Scores returns the scores of c.
func (c Counts) Scores() Scores {
	return Scores{
		Strict:  prf(c.Strict, c.Sys, c.Gold),
		Relaxed: prf(c.Relaxed, c.Sys, c.Gold),
		Type:    prf(c.Type, c.Sys, c.Gold),
		Value:   prf(c.Value, c.Sys, c.Gold),
	}
}

// Score compares the system's time expressions of a document with the
// gold ones, neither including the creation time.
//
// A system expression matches strictly a gold one of the same span. The
// rest are paired greedily in text order, each system expression with the
// first unpaired gold one it overlaps; strict matches are pairs too. Type
// and value are counted correct over the pairs.
func Score(gold, sys []timex.Timex) Counts {
	m := match(gold, sys)
	c := Counts{Gold: len(gold), Sys: len(sys)}
	for _, p := range m.pairs {
		c.Relaxed++
		if p.exact {
			c.Strict++
		}
		if p.gold.Type == p.sys.Type {
			c.Type++
		}
		if p.gold.Value == p.sys.Value {
			c.Value++
		}
	}
	return c
}

// A pair is a gold and a system expression that overlap.
type pair struct {
	gold, sys timex.Timex
	exact     bool // same span
}

// A matching is how the expressions of a document pair up.
type matching struct {
	pairs    []pair        // in text order of the system's
	missed   []timex.Timex // gold without a pair
	spurious []timex.Timex // system without a pair
}

// match pairs gold and sys as Score describes.
func match(gold, sys []timex.Timex) matching {
	gold, sys = sorted(gold), sorted(sys)
	goldOf := make([]int, len(sys)) // index in gold + 1, or 0
	paired := make([]bool, len(gold))
	exact := map[[2]int][]int{}
	for i, g := range gold {
		k := [2]int{g.Start, g.End}
		exact[k] = append(exact[k], i)
	}
	for j, s := range sys {
		k := [2]int{s.Start, s.End}
		if gs := exact[k]; len(gs) > 0 {
			goldOf[j], paired[gs[0]] = gs[0]+1, true
			exact[k] = gs[1:]
		}
	}
	for j, s := range sys {
		if goldOf[j] != 0 {
			continue
		}
		for i, g := range gold {
			if !paired[i] && g.Start < s.End && s.Start < g.End {
				goldOf[j], paired[i] = i+1, true
				break
			}
		}
	}
	var m matching
	for j, s := range sys {
		if i := goldOf[j] - 1; i >= 0 {
			g := gold[i]
			m.pairs = append(m.pairs, pair{g, s, g.Start == s.Start && g.End == s.End})
		} else {
			m.spurious = append(m.spurious, s)
		}
	}
	for i, g := range gold {
		if !paired[i] {
			m.missed = append(m.missed, g)
		}
	}
	return m
}

// sorted returns a copy of tx in text order.
func sorted(tx []timex.Timex) []timex.Timex {
	tx = slices.Clone(tx)
	slices.SortStableFunc(tx, func(a, b timex.Timex) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return tx
}
