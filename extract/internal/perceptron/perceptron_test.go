package perceptron

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
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

func TestReadModelBad(t *testing.T) {
	if _, err := ReadModel(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("ReadModel of garbage: no error")
	}
	// every cut of a good model is an error, not a panic nor a model
	tr := NewTrainer(3)
	for i := range 50 {
		tr.Update([]uint64{uint64(i)*0x9e3779b97f4a7c15 + 1, 77}, i%3, (i+1)%3)
		tr.Next()
	}
	var buf bytes.Buffer
	if _, err := tr.Model(0).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	if _, err := ReadModel(bytes.NewReader(good)); err != nil {
		t.Fatalf("the good model: %v", err)
	}
	for n := range len(good) {
		if _, err := ReadModel(bytes.NewReader(good[:n])); err == nil {
			t.Fatalf("a model cut to %d of %d bytes read without error", n, len(good))
		}
	}
	// a header that claims far more than there is
	bad := bytes.Clone(good)
	binary.LittleEndian.PutUint32(bad[len(magic)+12:], 1<<25)
	if _, err := ReadModel(bytes.NewReader(bad)); err == nil {
		t.Error("a model claiming 2^25 features read without error")
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

// TestDenseLanes checks the sums of features with weights for every
// class, added four classes to a word in batches: over more features
// than a batch, each class's score is within the coarsening of the exact
// sum, and ScoresIn leaves the classes outside its range zero.
func TestDenseLanes(t *testing.T) {
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
		}
		b.add(k, run)
		feats = append(feats, k)
	}
	m := b.build()
	if len(m.lanes) == 0 && len(m.rows) == 0 {
		t.Fatal("no feature is dense")
	}
	for _, k := range feats {
		for c := range nclass {
			exact[c] += m.weight(k, c)
		}
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

// weight returns the weight of feature k for class c, at full precision.
func (m *Model) weight(k uint64, c int) float64 {
	st, ok := m.find(k)
	if !ok {
		return 0
	}
	var w float64
	m.run(slot{start: st}, func(class int, v int16) {
		if class == c {
			w = float64(v) * m.scale
		}
	})
	return w
}

// TestRowsEqualLanes checks that a model whose dense weights are rows
// (where the processor has AVX2) scores every class exactly as one whose
// weights are lanes, over more dense features than a batch of either.
func TestRowsEqualLanes(t *testing.T) {
	if !simdRows {
		t.Skip("this processor or build adds dense weights in lanes only")
	}
	const nclass, nfeat = 86, 150
	r := rand.New(rand.NewPCG(5, 6))
	b := newBuilder(nclass)
	var feats []uint64
	for i := range nfeat {
		k := Feature(5).Int(i).Key()
		var run []Weight
		for c := range nclass {
			if r.IntN(3) > 0 || i%7 == 0 {
				w := r.NormFloat64()
				if i%7 == 0 {
					w = 8 * math.Copysign(1, w) // saturates: the largest lanes
				}
				run = append(run, Weight{Class: c, W: w})
			}
		}
		b.add(k, run)
		feats = append(feats, k, Feature(6).Int(i).Key())
	}
	rowsModel := b.build()
	simdRows = false
	lanesModel := b.build()
	simdRows = true
	if len(rowsModel.rows) == 0 || len(lanesModel.lanes) == 0 {
		t.Fatal("the models do not have both layouts")
	}
	for _, rng := range [][2]int{{0, nclass}, {3, 40}, {17, 18}, {40, nclass}} {
		got, want := make([]int32, nclass), make([]int32, nclass)
		rowsModel.ScoresIn(feats, got, rng[0], rng[1])
		lanesModel.ScoresIn(feats, want, rng[0], rng[1])
		if !equal(got, want) {
			t.Errorf("classes %d to %d: rows score %v, lanes %v", rng[0], rng[1], got, want)
		}
	}
}

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

// referenceScores is ScoresIn the simplest way: each feature found by
// probing slot after slot, its weights added one at a time, a dense
// feature's coarsened as rows and lanes coarsen them.
func referenceScores(m *Model, feats []uint64, lo, hi int) []int32 {
	scores := make([]int32, m.nclass)
	for _, f := range feats {
		st, ok := m.find(f)
		if !ok {
			continue
		}
		dense := st&denseSlot != 0
		m.run(slot{start: st}, func(c int, w int16) {
			if c < lo || c >= hi {
				return
			}
			if dense {
				scores[c] += laneUnit * (int32(laneOf(w)) - laneOffset)
				return
			}
			scores[c] += int32(w)
		})
	}
	return scores
}

// TestScoresExact checks ScoresIn against referenceScores on a table
// crowded on purpose: features share home slots, so that some lie many
// slots from theirs, some clusters wrap round the table's end, and absent
// features start in the middle of clusters. Runs are from one weight to
// as many as a sparse feature may have, dense features are among them,
// and one weight is the largest.
func TestScoresExact(t *testing.T) {
	const nclass = 86
	r := rand.New(rand.NewPCG(9, 10))
	b := newBuilder(nclass)
	// 300 features in a table of 512 slots, homes on 40 slots only
	homes := []uint32{0, 1, 2, 510, 511}
	for len(homes) < 40 {
		homes = append(homes, uint32(r.IntN(512)))
	}
	feature := func(i int) uint64 {
		return uint64(uint32(1000+i))<<32 | uint64(homes[i%len(homes)]+512*uint32(r.IntN(8)))
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
	if m.mask != 511 {
		t.Fatalf("table of %d slots, want 512", m.mask+1)
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
}
