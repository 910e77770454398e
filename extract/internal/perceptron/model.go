package perceptron

import "math"

// A Model is a trained perceptron, read-only and safe for concurrent use.
//
// Features are keyed by 32 bits of their hash: of a million features,
// about a hundred pairs share a key, and an unseen feature is taken for a
// seen one once in four thousand lookups; neither moves accuracy, and the
// key costs half as much as 64 bits would.
type Model struct {
	nclass int
	scale  float64 // a weight is its int16 times scale
	mask   uint32  // table size - 1
	slots  []slot  // open-addressing table of features
	// ents holds each sparse feature's weights in a run: bits 0-15 the
	// weight, 16-23 the class. dense holds,
	// for each feature with weights for more than a quarter of the classes
	// (the commonest, such as a tag alone), a weight for every class. A
	// lookup reads one slot and one run, both contiguous.
	ents  []uint32
	dense []int16
	// lanes holds the dense weights again, each coarsened to 12 bits and
	// offset to be positive, four to a word: sixteen features' weights add
	// up a word at a time without one lane carrying into the next. Where
	// the processor adds sixteen int16s an instruction (simdRows), rows
	// holds them instead, coarsened alike, rowStride(nclass) to a feature;
	// both give the same sums.
	lanes []uint64
	rows  []int16
	n     int // features
}

// A slot is a feature's place in the table: its key (0 for an empty
// slot) and where its weights are. If the denseSlot bit of start is set,
// the rest of start is the number of the feature's row in dense and
// lanes; else bits 24-30 are the length of its run in ents and bits 0-23
// where the run begins.
type slot struct {
	key, start uint32
}

const (
	denseSlot = 1 << 31
	runShift  = 24
	maxEnts   = 1 << runShift // ents a model may have
)

// runOf returns the run of ents of the sparse feature whose slot's start
// is st.
func (m *Model) runOf(st uint32) []uint32 {
	return m.ents[st&(maxEnts-1):][:st>>runShift]
}

// key32 returns the table key of a feature: its top 32 bits, never zero.
func key32(k uint64) uint32 {
	if c := uint32(k >> 32); c != 0 {
		return c
	}
	return 1
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.nclass }

// Features returns the number of features with a weight.
func (m *Model) Features() int { return m.n }

// Weights returns the number of (feature, class) weights.
func (m *Model) Weights() int {
	n := len(m.ents)
	for _, w := range m.dense {
		if w != 0 {
			n++
		}
	}
	return n
}

// Scale returns the weight of one unit of a score from Scores.
func (m *Model) Scale() float64 { return m.scale }

// Scores sets scores[c], for every class c, to the sum of the weights of
// feats for c, in units of Scale. scores must have a slot a class.
func (m *Model) Scores(feats []uint64, scores []int32) {
	m.ScoresIn(feats, scores, 0, m.nclass)
}

// ScoresIn is Scores for the classes lo to hi-1 only, the others left
// zero: a caller that knows some classes cannot be chosen (a parser's
// transitions not allowed in a state) saves their sums.
func (m *Model) ScoresIn(feats []uint64, scores []int32, lo, hi int) {
	var acc [256]int32 // indexed by a byte: no bounds checks in the loops
	if len(m.slots) > 0 && lo < hi {
		// Find the features' slots first, then add their weights: the
		// lookups, mostly cache misses, do not wait on one another.
		var sparse, dense [64]uint32
		var lanes [64]uint64
		var rowAcc [256]int32 // the dense rows' sums, in lane units
		nl := 0               // dense features added in lanes
		simd := m.rows != nil
		stride := uint32(rowStride(m.nclass))
		for len(feats) > 0 {
			chunk := feats[:min(len(feats), len(sparse))]
			feats = feats[len(chunk):]
			ns, nd := m.lookUp(chunk, &sparse, &dense)
			// classes outside lo to hi are added too, and dropped at
			// the end: no branch on each
			for _, st := range sparse[:ns] {
				for _, e := range m.runOf(st) {
					acc[uint8(e>>16)] += int32(int16(e))
				}
			}
			if simd {
				for i, r := range dense[:nd] {
					dense[i] = r * stride
				}
				addRows(&rowAcc, m.rows, dense[:nd], lo/rowChunk, (hi+rowChunk-1)/rowChunk)
				continue
			}
			for _, r := range dense[:nd] {
				if nl == laneBatch {
					flushLanes(&acc, &lanes, nl, lo, hi)
					nl = 0
				}
				i := int(r) * laneWords(m.nclass)
				addLanes(&lanes, m.lanes[i+lo/4:i+(hi+3)/4], lo/4)
				nl++
			}
		}
		if simd {
			for c := lo; c < hi; c++ {
				acc[uint8(c)] += laneUnit * rowAcc[uint8(c)]
			}
		} else {
			flushLanes(&acc, &lanes, nl, lo, hi)
		}
	}
	clear(scores[:lo])
	copy(scores[lo:hi], acc[lo:hi])
	clear(scores[hi:m.nclass])
}

// lookUp finds feats, at most 64 of them: it puts where the weights of
// each sparse feature start in sparse, and the number of each dense
// feature's row in dense, and returns how many of each it found. The
// first loop only loads each feature's home slot, so that all their cache
// misses are under way at once. The second places a feature by its first
// two slots without a branch on what they hold: whether a feature is
// there is a coin toss, and a branch mispredicted when a miss resolves
// would empty the pipeline of the lookups behind it. Only a feature
// neither slot places (one in fifteen of the parser's) is probed for
// further.
func (m *Model) lookUp(feats []uint64, sparse, dense *[64]uint32) (ns, nd int) {
	slots, mask := m.slots, m.mask
	feats = feats[:min(len(feats), len(sparse))]
	var first [64]slot
	for i, f := range feats {
		first[i] = slots[uint32(f)&mask]
	}
	for i, f := range feats {
		k := key32(f)
		s := uint32(f) & mask
		a, b := first[i], slots[(s+1)&mask]
		st := uint32(unresolved)
		if b.key == 0 {
			st = 0
		}
		if b.key == k {
			st = b.start
		}
		if a.key == 0 {
			st = 0
		}
		if a.key == k {
			st = a.start
		}
		if st == unresolved {
			st = m.findFar(f)
		}
		sparse[ns], dense[nd] = st, st&^denseSlot
		ns += b2i(st-1 < denseSlot-1) // st is a sparse feature's, not 0
		nd += int(st / denseSlot)
	}
	return ns, nd
}

// findFar is find for lookUp, not inlined: the few features it places
// would cost lookUp's loop registers.
//
//go:noinline
func (m *Model) findFar(f uint64) uint32 {
	st, _ := m.find(f)
	return st
}

// unresolved is a start no feature has.
const unresolved = math.MaxUint32

// b2i returns 1 if b, else 0.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// find returns where the weights of feature f start, and whether it has
// any.
func (m *Model) find(f uint64) (uint32, bool) {
	k := key32(f)
	for s := uint32(f) & m.mask; ; s = (s + 1) & m.mask {
		sl := m.slots[s]
		if sl.key == k {
			return sl.start, true
		}
		if sl.key == 0 {
			return 0, false
		}
	}
}

// A builder makes a Model from features in order.
type builder struct {
	nclass int
	keys   []uint64
	runs   [][]Weight
	max    float64
}

func newBuilder(nclass int) *builder { return &builder{nclass: nclass} }

func (b *builder) add(k uint64, run []Weight) {
	b.keys = append(b.keys, k)
	b.runs = append(b.runs, append([]Weight(nil), run...))
	for _, w := range run {
		b.max = math.Max(b.max, math.Abs(w.W))
	}
}

// build quantises the weights to 16 bits and lays out the table.
func (b *builder) build() *Model {
	m := &Model{nclass: b.nclass, scale: b.max / math.MaxInt16}
	if m.scale == 0 {
		m.scale = 1
	}
	var pairs []uint32 // (low bits, key) of each feature
	var runs [][]uint32
	for i, run := range b.runs {
		var r []uint32
		for _, w := range run {
			if q := math.Round(w.W / m.scale); q != 0 {
				r = append(r, uint32(uint16(int16(q)))|uint32(w.Class)<<16)
			}
		}
		if len(r) == 0 {
			continue
		}
		runs = append(runs, r)
		pairs = append(pairs, uint32(b.keys[i]), key32(b.keys[i]))
	}
	m.index(pairs, runs)
	return m
}

// index lays out the table and the runs of weights of the features, given
// as pairs of (low 32 bits, key) and their runs. A feature whose key
// another has taken first is dropped.
func (m *Model) index(pairs []uint32, runs [][]uint32) {
	n := len(runs)
	// a table at most 70% full: a miss, the commonest lookup (most of a
	// sentence's features were never seen in training), probes a few
	// neighbouring slots of one cache line
	size := uint32(1)
	for float64(size)*0.7 < float64(n) {
		size <<= 1
	}
	m.mask, m.slots, m.ents, m.dense, m.lanes, m.rows, m.n = size-1, make([]slot, size), nil, nil, nil, nil, 0
	// the arrays at their final sizes, not grown as features come
	sparse, dense := 0, 0
	for _, run := range runs {
		if 4*len(run) > m.nclass {
			dense++
		} else {
			sparse += len(run)
		}
	}
	m.ents, m.dense = make([]uint32, 0, sparse), make([]int16, 0, dense*m.nclass)
	if simdRows {
		m.rows = make([]int16, 0, dense*rowStride(m.nclass))
	} else {
		m.lanes = make([]uint64, 0, dense*laneWords(m.nclass))
	}
	for i := 0; i < n; i++ {
		low, k := pairs[2*i], pairs[2*i+1]
		if len(runs[i]) == 0 {
			continue // a feature with no weights (only in a damaged model)
		}
		s := low & m.mask
		for m.slots[s].key != 0 && m.slots[s].key != k {
			s = (s + 1) & m.mask
		}
		if m.slots[s].key == k {
			continue
		}
		run := runs[i]
		m.n++
		if 4*len(run) > m.nclass {
			m.slots[s] = slot{key: k, start: uint32(len(m.dense)/m.nclass) | denseSlot}
			d := make([]int16, m.nclass)
			for _, e := range run {
				d[uint8(e>>16)] = int16(e)
			}
			m.addDense(d)
			continue
		}
		if len(m.ents)+len(run) > maxEnts {
			panic("perceptron: more weights than a model can hold")
		}
		m.slots[s] = slot{key: k, start: uint32(len(run))<<runShift | uint32(len(m.ents))}
		m.ents = append(m.ents, run...)
	}
}

// run calls fn with each class and weight of the feature at slot sl.
func (m *Model) run(sl slot, fn func(class int, w int16)) {
	if sl.start&denseSlot != 0 {
		for c, w := range m.dense[int(sl.start&^denseSlot)*m.nclass:][:m.nclass] {
			if w != 0 {
				fn(c, w)
			}
		}
		return
	}
	for _, e := range m.runOf(sl.start) {
		fn(int(uint8(e>>16)), int16(e))
	}
}
