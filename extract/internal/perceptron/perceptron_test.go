package perceptron

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// toy makes a separable problem: class c's instances carry feature c and
// noise features.
func toy(r *rand.Rand, n, nclass int) (feats [][]uint64, gold []int) {
	for i := 0; i < n; i++ {
		c := r.IntN(nclass)
		fs := []uint64{Feature(1).Int(c).Key()}
		for j := 0; j < 3; j++ {
			fs = append(fs, Feature(2).Int(r.IntN(50)).Key())
		}
		feats, gold = append(feats, fs), append(gold, c)
	}
	return feats, gold
}

func train(nclass int) (*Trainer, [][]uint64, []int) {
	r := rand.New(rand.NewPCG(1, 2))
	feats, gold := toy(r, 2000, nclass)
	t := NewTrainer(nclass)
	scores := make([]float64, nclass)
	for epoch := 0; epoch < 3; epoch++ {
		for i, fs := range feats {
			t.Scores(fs, scores)
			t.Update(fs, gold[i], argmax64(scores))
			t.Next()
		}
	}
	return t, feats, gold
}

func argmax64(s []float64) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

func argmax32(s []int32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// TestLearns checks that a model learns a separable problem and that the
// shipped model, read back from its bytes, scores as the trainer's
// averages do.
func TestLearns(t *testing.T) {
	const nclass = 7
	tr, feats, gold := train(nclass)
	m := tr.Model(0)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Features() != m.Features() || m2.Classes() != nclass {
		t.Fatalf("read %d features, %d classes; wrote %d, %d", m2.Features(), m2.Classes(), m.Features(), nclass)
	}
	s1, s2 := make([]int32, nclass), make([]int32, nclass)
	right := 0
	for i, fs := range feats {
		m.Scores(fs, s1)
		m2.Scores(fs, s2)
		if s1 != nil && !equal(s1, s2) {
			t.Fatalf("instance %d: scores %v before writing, %v after", i, s1, s2)
		}
		if argmax32(s1) == gold[i] {
			right++
		}
	}
	if acc := float64(right) / float64(len(feats)); acc < 0.99 {
		t.Errorf("accuracy %.3f on a separable problem", acc)
	}
}

func equal(a, b []int32) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestAverage checks the lazy average against one kept by hand: a weight
// of +1 from instance 0 and -1 more from instance 2, over 4 instances,
// averages (1+1+0+0)/4.
func TestAverage(t *testing.T) {
	tr := NewTrainer(2)
	f := []uint64{Feature(9).Str("x").Key()}
	tr.Update(f, 1, 0) // class 1 +1, class 0 -1
	tr.Next()
	tr.Next()
	tr.Update(f, 0, 1) // back to 0, 0
	tr.Next()
	tr.Next()
	m := tr.Model(0)
	s := make([]int32, 2)
	m.Scores(f, s)
	if got := float64(s[1]) * m.Scale(); math.Abs(got-0.5) > 1e-3 {
		t.Errorf("average weight of class 1 = %.4f, want 0.5", got)
	}
	if got := float64(s[0]) * m.Scale(); math.Abs(got+0.5) > 1e-3 {
		t.Errorf("average weight of class 0 = %.4f, want -0.5", got)
	}
}

// TestDeterministic checks that the same training gives the same bytes.
func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	t1, _, _ := train(5)
	t2, _, _ := train(5)
	t1.Model(0).WriteTo(&a)
	t2.Model(0).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings on the same data wrote different models")
	}
}

func TestHashDistinct(t *testing.T) {
	seen := map[uint64]string{}
	for _, c := range []struct {
		name string
		h    Hash
	}{
		{"ab|c", Feature(1).Str("ab").Str("c")},
		{"a|bc", Feature(1).Str("a").Str("bc")},
		{"t2 ab|c", Feature(2).Str("ab").Str("c")},
		{"int 1", Feature(1).Int(1)},
		{"int 256", Feature(1).Int(256)},
	} {
		if prev, ok := seen[c.h.Key()]; ok {
			t.Errorf("%s and %s hash alike", c.name, prev)
		}
		seen[c.h.Key()] = c.name
	}
}

// TestDense checks the sums of features with weights for every class,
// kept as coarsened rows: over many features each class's score is
// within the coarsening of the exact sum, and ScoresIn leaves the classes
// outside its range zero.
func TestDense(t *testing.T) {
	const nclass, nfeat = 7, 40
	r := rand.New(rand.NewPCG(3, 4))
	b := newBuilder(nclass)
	var feats []uint64
	exact := make([]float64, nclass)
	for i := range nfeat {
		k := Feature(5).Int(i).Key()
		var run []Weight
		for c := range nclass {
			w := r.Float64()*2 - 1
			if i == 0 && c == 0 {
				w = 1 // the largest: the scale's unit
			}
			run = append(run, Weight{Class: c, W: w})
			exact[c] += w
		}
		b.add(k, run)
		feats = append(feats, k)
	}
	m := b.build()
	if len(m.rows) == 0 {
		t.Fatal("no feature is dense")
	}
	s := make([]int32, nclass)
	m.Scores(feats, s)
	for c := range nclass {
		got := float64(s[c]) * m.Scale()
		if tol := nfeat * laneUnit / 2 * m.Scale(); math.Abs(got-exact[c]) > tol {
			t.Errorf("class %d: score %.4f, want %.4f ± %.4f", c, got, exact[c], tol)
		}
	}
	in := make([]int32, nclass)
	m.ScoresIn(feats, in, 2, 5)
	for c := range nclass {
		if want := map[bool]int32{true: s[c], false: 0}[c >= 2 && c < 5]; in[c] != want {
			t.Errorf("ScoresIn(2, 5): class %d scores %d, want %d", c, in[c], want)
		}
	}
}

// TestCodes checks the codes of sparse weights: every weight's code is
// the nearest, within 1.7% of it (and one for the codes' rounding), and every code's weight is its own.
func TestCodes(t *testing.T) {
	for q := -math.MaxInt16; q <= math.MaxInt16; q++ {
		if q == 0 {
			continue
		}
		c := codeOf(int16(q))
		v := codeValue[c]
		if d := math.Abs(float64(v - int32(q))); d > 0.017*math.Abs(float64(q))+1 || v == 0 || (v < 0) != (q < 0) {
			t.Fatalf("weight %d: code %d weighs %d", q, c, v)
		}
		for _, d := range []int{-1, 1} {
			if n := int(c) + d; n&(signCode-1) != 0 && n < 512 && abs(codeValue[n]-int32(q)) < abs(v-int32(q)) {
				t.Fatalf("weight %d: code %d (%d) is nearer than %d (%d)", q, n, codeValue[n], c, v)
			}
		}
	}
	for c := 1; c < 512; c++ {
		if c == signCode {
			continue
		}
		if got := codeOf(int16(codeValue[c])); got != uint16(c) {
			t.Errorf("code %d: weight %d codes as %d", c, codeValue[c], got)
		}
	}
}

func abs(x int32) int32 { return max(x, -x) }

// TestAddRows checks the AVX2 addition of rows against addition one
// class at a time, with the largest weights in every row.
func TestAddRows(t *testing.T) {
	if !simdRows {
		t.Skip("no AVX2 here")
	}
	r := rand.New(rand.NewPCG(7, 8))
	const stride = 96
	rows := make([]int16, 70*stride)
	for i := range rows {
		rows[i] = int16(r.IntN(2*laneOffset-1) - laneOffset + 1)
		if i%5 == 0 {
			rows[i] = laneOffset - 1
		}
	}
	for _, n := range []int{0, 1, 15, 16, 17, 64} {
		offs := make([]uint32, n)
		for i := range offs {
			offs[i] = uint32(r.IntN(70) * stride)
		}
		var got, want [256]int32
		addRows(&got, rows, offs, 1, 6)
		addRowsGo(&want, rows, offs, 1, 6)
		if got != want {
			t.Errorf("%d rows: AVX2 sums %v, want %v", n, got[:96], want[:96])
		}
	}
}

// weights calls fn with each class and weight, in units of Scale, of the
// feature whose weights start at st, n of them (see find); a dense
// feature's are coarsened (laneUnit).
func (m *Model) weights(st, n uint32, dense bool, fn func(class int, w int32)) {
	if dense {
		for c, w := range m.rows[st:][:m.nclass] {
			if w != 0 {
				fn(c, laneUnit*int32(w))
			}
		}
		return
	}
	for _, e := range m.ents[st:][:n] {
		fn(int(e&(maxClasses-1)), codeValue[e>>7])
	}
}

// referenceScores is ScoresIn the simplest way: each feature found by
// find, its weights added one at a time.
func referenceScores(m *Model, feats []uint64, lo, hi int) []int32 {
	scores := make([]int32, m.nclass)
	for _, f := range feats {
		st, n, dense, ok := m.find(f)
		if !ok {
			continue
		}
		m.weights(st, n, dense, func(c int, w int32) {
			if c >= lo && c < hi {
				scores[c] += w
			}
		})
	}
	return scores
}

// TestScoresExact checks ScoresIn against referenceScores on a table
// crowded on purpose: features share home blocks, so that some lie
// blocks from theirs, some wrap round the table's end, and absent
// features' homes are full. Runs are from one weight to as many as a
// sparse feature may have, dense features are among them, and one weight
// is the largest.
func TestScoresExact(t *testing.T) {
	const nclass = 86
	r := rand.New(rand.NewPCG(9, 10))
	b := newBuilder(nclass)
	// 300 features in a table of nb blocks, homes in 6 blocks only
	nb := int(math.Ceil(300 / (blockSlots * tableLoad)))
	homes := []int{0, 1, 2, nb - 2, nb - 1}
	for len(homes) < 6 {
		homes = append(homes, r.IntN(nb))
	}
	feature := func(i int) uint64 {
		// the smallest top 32 bits of home h, plus a distinct key
		h := uint32((uint64(homes[i%len(homes)])<<32 + uint64(nb) - 1) / uint64(nb))
		return uint64(h+uint32(i)+1)<<32 | uint64(r.Uint32())
	}
	var present []uint64
	for i := range 300 {
		f := feature(i)
		n := 1 + i%(nclass/4) // a sparse run, up to the longest
		if i%9 == 0 {
			n = nclass // dense
		}
		var run []Weight
		for _, c := range r.Perm(nclass)[:n] {
			run = append(run, Weight{Class: c, W: r.NormFloat64()})
		}
		if i == 17 {
			run[0].W = -40 // the largest weight: int16 -32767
		}
		b.add(f, run)
		present = append(present, f)
	}
	m := b.build()
	if len(m.blocks) != nb || m.Features() != 300 {
		t.Fatalf("%d features in %d blocks, want 300 in %d", m.Features(), len(m.blocks), nb)
	}
	var feats []uint64
	for i, f := range present {
		feats = append(feats, f, feature(300+i)) // each with an absent one
	}
	r.Shuffle(len(feats), func(i, j int) { feats[i], feats[j] = feats[j], feats[i] })
	for _, n := range []int{0, 1, 63, 64, 65, 200, len(feats)} {
		for _, rng := range [][2]int{{0, nclass}, {0, 1}, {5, 40}, {85, 86}, {16, 32}, {3, 3}} {
			got := make([]int32, nclass)
			for i := range got {
				got[i] = 99 // ScoresIn must set every class
			}
			m.ScoresIn(feats[:n], got, rng[0], rng[1])
			if want := referenceScores(m, feats[:n], rng[0], rng[1]); !equal(got, want) {
				t.Errorf("%d features, classes %d to %d: scores %v, want %v", n, rng[0], rng[1], got, want)
			}
		}
	}
	for _, f := range present {
		if _, _, _, ok := m.find(f); !ok {
			t.Fatalf("feature %x lost", f)
		}
	}
}

// TestLookUpSIMD checks the AVX2 lookup against lookUpGo on a crowded
// table: the same runs and rows found, for chunks of every size, with
// features absent from full blocks among them.
func TestLookUpSIMD(t *testing.T) {
	if !simdLookUp {
		t.Skip("no AVX2 lookup on this processor or build")
	}
	const nclass = 86
	r := rand.New(rand.NewPCG(13, 14))
	b := newBuilder(nclass)
	var feats []uint64
	for i := range 400 {
		// homes crowded into the first blocks, keys of every kind
		f := uint64(r.Uint32N(1<<28))<<32 | uint64(r.Uint32())
		if i%50 == 0 {
			f &^= 0xffff << 32 // a key of 0, made 1
		}
		n := 1 + r.IntN(nclass/4)
		if i%7 == 0 {
			n = nclass
		}
		var run []Weight
		for _, c := range r.Perm(nclass)[:n] {
			run = append(run, Weight{Class: c, W: r.NormFloat64()})
		}
		b.add(f, run)
		feats = append(feats, f, uint64(r.Uint32N(1<<28))<<32) // and an absent one
	}
	m := b.build()
	full := 0
	for i := range m.blocks {
		if m.blocks[i].full() {
			full++
		}
	}
	if full == 0 {
		t.Fatal("no block is full")
	}
	r.Shuffle(len(feats), func(i, j int) { feats[i], feats[j] = feats[j], feats[i] })
	for n := 0; n <= 64; n++ {
		chunk := feats[n*7%len(feats):][:n]
		var s1, d1, s2, d2 [64]uint32
		ns1, nd1 := m.lookUp(chunk, &s1, &d1)
		ns2, nd2 := m.lookUpGo(chunk, &s2, &d2)
		a, b := slices.Sorted(slices.Values(s1[:ns1])), slices.Sorted(slices.Values(s2[:ns2]))
		c, d := slices.Sorted(slices.Values(d1[:nd1])), slices.Sorted(slices.Values(d2[:nd2]))
		if !slices.Equal(a, b) || !slices.Equal(c, d) {
			t.Fatalf("%d features: AVX2 found runs %v rows %v, Go %v %v", n, a, c, b, d)
		}
	}
}
