package depparse

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// toy is a small treebank: short sentences in a few patterns.
func toy() []Example {
	mk := func(forms, tags string, heads []int, rels string) Example {
		return Example{Forms: split(forms), Tags: split(tags), Heads: heads, Rels: split(rels)}
	}
	return []Example{
		mk("Russia met NATO .", "NNP VBD NNP .", []int{2, 0, 2, 2}, "nsubj root obj punct"),
		mk("the talks failed .", "DT NNS VBD .", []int{2, 3, 0, 3}, "det nsubj root punct"),
		mk("Russia warned the alliance .", "NNP VBD DT NN .", []int{2, 0, 4, 2, 2}, "nsubj root det obj punct"),
		mk("NATO was attacked by Russia .", "NNP VBD VBN IN NNP .", []int{3, 3, 0, 5, 3, 3}, "nsubj:pass aux:pass root case obl punct"),
		mk("the ministers met in Vienna .", "DT NNS VBD IN NNP .", []int{2, 3, 0, 5, 3, 3}, "det nsubj root case obl punct"),
		mk("Russia and NATO met .", "NNP CC NNP VBD .", []int{4, 3, 1, 0, 4}, "nsubj cc conj root punct"),
	}
}

func split(s string) []string {
	var out []string
	for _, f := range bytes.Fields([]byte(s)) {
		out = append(out, string(f))
	}
	return out
}

// TestOracleRebuildsGold checks the dynamic oracle: from the start,
// always taking a transition of least cost rebuilds a projective gold
// tree exactly, labels included.
func TestOracleRebuildsGold(t *testing.T) {
	m := Train(toy(), Options{Epochs: 1, Seed: 1})
	p := m.NewParser()
	labelOf := map[string]int{}
	for i, l := range m.labels {
		labelOf[l] = i
	}
	for _, mode := range []struct{ nonMono, unshift bool }{{false, false}, {true, false}, {false, true}, {true, true}} {
		for _, ex := range toy() {
			n := len(ex.Forms)
			gh, gl := make([]int, n+1), make([]int, n+1)
			gh[0], gl[0] = -1, -1
			for i := range ex.Forms {
				gh[i+1], gl[i+1] = ex.Heads[i], labelOf[ex.Rels[i]]
			}
			s := &p.s
			s.reset(n)
			s.nonMono, s.unshift = mode.nonMono, mode.unshift
			cost := make([]int, m.actions())
			for !s.settle() {
				p.costs(s, gh, gl, cost)
				a := slices.Index(cost, 0)
				if a < 0 {
					t.Fatalf("%+v %v: no transition of cost 0 at stack %v, buffer %d", mode, ex.Forms, s.stack, s.front())
				}
				k, l := p.action(a)
				s.apply(k, l)
			}
			s.finish(-1, -1)
			for i := 1; i <= n; i++ {
				if s.heads[i] != gh[i] || s.labels[i] != gl[i] {
					t.Errorf("%+v %v: word %d has head %d label %d, gold %d %d", mode, ex.Forms, i, s.heads[i], s.labels[i], gh[i], gl[i])
				}
			}
		}
	}
}

// TestLearnsToy checks that the parser learns the toy treebank, and that
// the model read back from its bytes parses alike.
func TestLearnsToy(t *testing.T) {
	for _, opt := range []Options{{Epochs: 20, Explore: 2, Follow: 0.9, Seed: 1}, {Epochs: 20, Explore: 2, Follow: 0.9, Seed: 1, NonMono: true, Unshift: true, Margin: 20}} {
		learnsToy(t, Train(toy(), opt))
	}
}

func learnsToy(t *testing.T, m *Model) {
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&b)
	if err != nil {
		t.Fatal(err)
	}
	if m2.nonMono != m.nonMono || m2.unshift != m.unshift {
		t.Errorf("the model read back has non-monotonic %v and unshift %v, not %v and %v", m2.nonMono, m2.unshift, m.nonMono, m.unshift)
	}
	p, p2 := m.NewParser(), m2.NewParser()
	for _, ex := range toy() {
		heads, rels := make([]int, len(ex.Forms)), make([]string, len(ex.Forms))
		heads2, rels2 := make([]int, len(ex.Forms)), make([]string, len(ex.Forms))
		p.Parse(ex.Forms, ex.Tags, heads, rels)
		p2.Parse(ex.Forms, ex.Tags, heads2, rels2)
		if !slices.Equal(heads, ex.Heads) || !slices.Equal(rels, ex.Rels) {
			t.Errorf("%v: heads %v rels %v, want %v %v", ex.Forms, heads, rels, ex.Heads, ex.Rels)
		}
		if !slices.Equal(heads, heads2) || !slices.Equal(rels, rels2) {
			t.Errorf("%v: the model read back parses %v %v, not %v %v", ex.Forms, heads2, rels2, heads, rels)
		}
	}
}

// TestUnknownKind checks that a model of a transition system this
// parser does not know is refused, not parsed with the wrong one.
func TestUnknownKind(t *testing.T) {
	var b bytes.Buffer
	Train(toy(), Options{Epochs: 1, Seed: 1, Unshift: true}).WriteTo(&b)
	data := bytes.Replace(b.Bytes(), []byte(" unshift"), []byte(" swapped"), 1)
	if _, err := Open(data); err == nil || !strings.Contains(err.Error(), "swapped") {
		t.Errorf("a model of kind swapped: error %v", err)
	}
}

// TestNonMonotonicLeftArc checks that LEFT-ARC on a word with a head takes
// it from that head, whose dependents are then as if it never had it, and
// that taking the root's dependent lets the root take another.
func TestNonMonotonicLeftArc(t *testing.T) {
	var s state
	s.reset(3)
	s.nonMono = true
	s.apply(rightArc, 0) // 0 → 1
	s.apply(rightArc, 1) // 1 → 2
	if s.r1[1] != 2 || s.nr[1] != 1 || s.rset[1] != 1<<1 || !s.rooted {
		t.Fatalf("after two right arcs: r1 %d nr %d rset %b rooted %v", s.r1[1], s.nr[1], s.rset[1], s.rooted)
	}
	if !s.can(leftArc) {
		t.Fatal("LEFT-ARC not allowed on a word with a head")
	}
	s.apply(leftArc, 2) // 3 → 2, not 1 → 2
	if s.heads[2] != 3 || s.labels[2] != 2 || s.r1[1] != 0 || s.nr[1] != 0 || s.rset[1] != 0 || s.l1[3] != 2 {
		t.Errorf("after LEFT-ARC: head of 2 %d label %d; r1 of 1 %d nr %d rset %b; l1 of 3 %d", s.heads[2], s.labels[2], s.r1[1], s.nr[1], s.rset[1], s.l1[3])
	}
	s.apply(leftArc, 3) // 3 → 1, not 0 → 1
	if s.heads[1] != 3 || s.rooted || !s.can(rightArc) {
		t.Errorf("after LEFT-ARC on the root's dependent: head %d, rooted %v, RIGHT-ARC allowed %v", s.heads[1], s.rooted, s.can(rightArc))
	}
	s.nonMono = false
	s.apply(rightArc, 0)
	s.apply(shift, 0)
	if s.can(leftArc) {
		t.Error("LEFT-ARC allowed on a word with a head, monotonic")
	}
}

// TestUnshift checks the end of a parse with unshift: a word left without
// a head goes back to the buffer, which then takes no SHIFT, and can be
// given a head by the word below it.
func TestUnshift(t *testing.T) {
	var s state
	s.reset(3)
	s.unshift = true
	s.apply(rightArc, 0) // 0 → 1
	s.apply(shift, 0)    // 2, headless
	s.apply(rightArc, 1) // 2 → 3
	if s.settle() {
		t.Fatal("over with word 2 headless")
	}
	if s.front() != 2 || s.s0() != 1 || s.can(shift) || !s.can(rightArc) {
		t.Fatalf("after settling: buffer %d stack %v, SHIFT %v RIGHT-ARC %v", s.front(), s.stack, s.can(shift), s.can(rightArc))
	}
	s.apply(rightArc, 4) // 1 → 2
	if !s.settle() || s.heads[2] != 1 || s.labels[2] != 4 || s.r1[1] != 2 {
		t.Errorf("after RIGHT-ARC: head of 2 %d label %d, r1 of 1 %d", s.heads[2], s.labels[2], s.r1[1])
	}
	for i := 1; i <= 3; i++ {
		if s.heads[i] < 0 {
			t.Errorf("word %d has no head", i)
		}
	}
}

// TestDeterministic checks that the same training writes the same bytes.
func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	Train(toy(), Options{Epochs: 5, Explore: 1, Follow: 0.9, Seed: 7}).WriteTo(&a)
	Train(toy(), Options{Epochs: 5, Explore: 1, Follow: 0.9, Seed: 7}).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

// TestAlwaysATree parses random word sequences with a toy model: every
// parse must be a tree, one root and no cycles, heads in range.
func TestAlwaysATree(t *testing.T) {
	for _, opt := range []Options{{Epochs: 5, Seed: 1}, {Epochs: 5, Seed: 1, NonMono: true, Unshift: true}, {Epochs: 1, Seed: 2, Unshift: true}} {
		alwaysATree(t, Train(toy(), opt))
	}
}

func alwaysATree(t *testing.T, m *Model) {
	p := m.NewParser()
	words := []string{"Russia", "met", "NATO", ".", "the", "and", "by", "was", "in", "talks"}
	tags := []string{"NNP", "VBD", "NNP", ".", "DT", "CC", "IN", "VBD", "IN", "NNS", "XX"}
	r := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 500; trial++ {
		n := 1 + r.IntN(30)
		forms, ts := make([]string, n), make([]string, n)
		for i := range forms {
			forms[i], ts[i] = words[r.IntN(len(words))], tags[r.IntN(len(tags))]
		}
		heads, rels := make([]int, n), make([]string, n)
		p.Parse(forms, ts, heads, rels)
		if err := checkTree(heads); err != "" {
			t.Fatalf("%v %v: heads %v: %s", forms, ts, heads, err)
		}
	}
}

// checkTree returns what is wrong with heads as a tree, or "".
func checkTree(heads []int) string {
	roots := 0
	for i, h := range heads {
		if h < 0 || h > len(heads) || h == i+1 {
			return "head out of range"
		}
		if h == 0 {
			roots++
		}
		// follow the heads up: a cycle never reaches the root
		for j, steps := i+1, 0; j != 0; j, steps = heads[j-1], steps+1 {
			if steps > len(heads) {
				return "cycle"
			}
		}
	}
	if roots != 1 {
		return "not one root"
	}
	return ""
}
