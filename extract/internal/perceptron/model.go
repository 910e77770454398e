package perceptron

import (
	"math/bits"
)

// A Model is a trained perceptron, read-only and safe for concurrent use.
//
// In memory a model is laid out as it is stored (see [Model.WriteTo]), so
// that one embedded in a program is scored where it lies, not decoded
// first ([Open]): a program that tags one sentence touches a few hundred
// of its pages and pays for no more.
//
// Features are placed by the top 32 bits of their hash: its high bits
// choose a block of sixteen slots, its low 16 bits are the key the block
// keeps. A block is one cache line, so that finding a feature is one
// miss, and another for its weights. Two features of a block with the
// same key cannot both be kept (the first is): laid out anew, the old
// parser model's 447,847 features lost 24 so. An unseen feature is taken
// for a seen one when it has the key of one of the nine or so features
// of its block, and gets another feature's weights: 1 in 6,549 random
// keys in the shipped parser, 1 in 6,993 in the tagger. Neither costs
// accuracy: the old parser's weights rewritten from its 32-bit keys and
// 16-bit weights into this layout (at 70% load) parsed EWT dev 3 words
// of 25,147 better.
type Model struct {
	nclass int
	scale  float64 // a weight is its int16 times scale
	blocks []block
	// ents holds, in block and slot order, each sparse feature's
	// weights in a run, each with its class in bits 0-6 and its weight's
	// code (see codeValue) in bits 7-15.
	ents []uint16
	// rows holds, in block and slot order, for each feature with weights
	// for more than a quarter of the classes (the commonest, such as a
	// tag alone), a weight for every class, coarsened to 12 bits
	// (laneOf), rowStride(nclass) to a feature: sixteen are added an
	// instruction where the processor can (addRows). The rows are apart
	// from the runs, so that the commonest features' weights share few
	// cache lines.
	rows []int16
	n    int // features
}

// A block is sixteen slots of the feature table, a cache line. Its
// slots are filled in order: an empty slot is followed by empty ones.
type block struct {
	keys  [4]uint64 // slot j's key in bits 16(j%4) to 16(j%4)+15 of keys[j/4], 0 if empty
	lens  [2]uint64 // slot j's number of entries in byte j%8 of lens[j/8]
	base  uint32    // where slot 0's entries start in ents
	row   uint32    // the number in rows of the block's first dense feature
	dense uint16    // bit j set: slot j's feature is dense, with a row and no entries
	_     [6]byte
}

const (
	blockSlots = 16
	blockBytes = 64
	lanes16    = 0x0001000100010001
	high16     = 0x8000800080008000
	bytes8     = 0x00ff00ff00ff00ff
	maxClasses = 128     // a class is 7 bits of an entry
	maxEnts    = 1 << 24 // a run's start is 24 bits of a lookup (see ScoresIn)
	maxRows    = 1 << 20 // a row's start in rows is a uint32
	tableLoad  = 0.55    // features per slot, at most
)

// home returns the block of the feature whose top 32 bits are h, of nb
// blocks: its place in h scaled to nb, which depends on h's high bits,
// leaving its low bits for the key.
func home(h uint32, nb int) int { return int(uint64(h) * uint64(nb) >> 32) }

// key16 returns the key of the feature whose top 32 bits are h, never 0.
func key16(h uint32) uint64 {
	k := uint64(uint16(h))
	if k == 0 {
		return 1
	}
	return k
}

// slotOf returns the slot whose key is k, if the block has one.
func (b *block) slotOf(k uint64) (int, bool) {
	m := b.match(k)
	return matchSlot(m), m != 0
}

// match returns a mask whose lowest set bit, if any, is that of the slot
// whose key is k (see matchSlot), without a branch: whether a feature is
// in the table is a coin toss, and a branch mispredicted when a cache
// miss resolves would empty the pipeline of the lookups behind it.
func (b *block) match(k uint64) uint64 {
	pat := k * lanes16
	// lane i of word w flagged at bit 16i+15; the lowest lane flagged is
	// zero: a borrow flags lanes above a zero lane only, and no lane of a
	// word without one. Keys in a block are distinct, so one word has
	// flags at most.
	x0, x1, x2, x3 := b.keys[0]^pat, b.keys[1]^pat, b.keys[2]^pat, b.keys[3]^pat
	m0 := (x0 - lanes16) &^ x0
	m1 := (x1 - lanes16) &^ x1
	m2 := (x2 - lanes16) &^ x2
	m3 := (x3 - lanes16) &^ x3
	return (m0&high16)>>15 | (m1&high16)>>14 | (m2&high16)>>13 | (m3&high16)>>12
}

// matchSlot returns the slot of the lowest bit of a mask from match: bit
// 16i+w is slot 4w+i.
func matchSlot(m uint64) int {
	j := bits.TrailingZeros64(m)
	return 4*(j&15) + j>>4
}

// full reports whether the block's last slot is taken.
func (b *block) full() bool { return b.keys[3]>>48 != 0 }

// entries returns where slot j's entries start in ents and how many there
// are.
func (b *block) entries(j int) (start, n uint32) {
	j &= blockSlots - 1
	// the bytes before j's, summed pairwise into 16-bit lanes, then the
	// lanes
	lo, hi := b.lens[0]&before[j][0], b.lens[1]&before[j][1]
	s := lo&bytes8 + lo>>8&bytes8 + hi&bytes8 + hi>>8&bytes8
	return b.base + uint32(s*lanes16>>48), uint32(b.lens[j>>3] >> (8 * (j & 7)) & 0xff)
}

// before holds, for each slot j, the masks of the lens of the slots
// before it.
var before = func() (m [blockSlots][2]uint64) {
	for j := range blockSlots {
		for i := range j {
			m[j][i/8] |= 0xff << (8 * (i % 8))
		}
	}
	return m
}()

// find returns where the weights of feature f start, in ents or, if it
// is dense, in rows, how many there are, whether it is dense, and
// whether the model has it.
func (m *Model) find(f uint64) (start, n uint32, dense, ok bool) {
	h := uint32(f >> 32)
	k := key16(h)
	b := home(h, len(m.blocks))
	for {
		bl := &m.blocks[b]
		if j, ok := bl.slotOf(k); ok {
			if bl.dense>>j&1 != 0 {
				return m.rowOf(bl, j), uint32(rowStride(m.nclass)), true, true
			}
			start, n := bl.entries(j)
			return start, n, false, true
		}
		if !bl.full() {
			return 0, 0, false, false
		}
		if b++; b == len(m.blocks) {
			b = 0
		}
	}
}

// rowOf returns where in rows the row of slot j of bl starts.
func (m *Model) rowOf(bl *block, j int) uint32 {
	r := bl.row + uint32(bits.OnesCount16(bl.dense&(1<<j-1)))
	return r * uint32(rowStride(m.nclass))
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.nclass }

// Features returns the number of features with a weight.
func (m *Model) Features() int { return m.n }

// Weights returns the number of (feature, class) weights.
func (m *Model) Weights() int {
	n := len(m.ents)
	for _, w := range m.rows {
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
	if len(m.blocks) > 0 && lo < hi {
		// Find the features first, then add their weights: the
		// lookups, mostly cache misses, do not wait on one another.
		var sparse, dense [64]uint32
		var rowAcc [256]int32 // the dense rows' sums, in lane units
		for len(feats) > 0 {
			chunk := feats[:min(len(feats), len(sparse))]
			feats = feats[len(chunk):]
			ns, nd := m.lookUp(chunk, &sparse, &dense)
			// classes outside lo to hi are added too, and dropped at
			// the end: no branch on each
			for _, st := range sparse[:ns] {
				for _, e := range m.ents[st>>8:][:st&0xff] {
					acc[e&(maxClasses-1)] += codeValue[e>>7]
				}
			}
			addRows(&rowAcc, m.rows, dense[:nd], lo/rowChunk, (hi+rowChunk-1)/rowChunk)
		}
		for c := lo; c < hi; c++ {
			acc[uint8(c)] += laneUnit * rowAcc[uint8(c)]
		}
	}
	clear(scores[:lo])
	copy(scores[lo:hi], acc[lo:hi])
	clear(scores[hi:m.nclass])
}

// lookUp finds feats, at most 64 of them: it puts the start and length
// of the run of each sparse feature in sparse (start<<8 | length), and
// where each dense feature's row starts in dense, and returns how many
// of each it found. The first loop only loads each feature's block (its
// first word of keys, used by the next), so that all their cache misses
// are under way at once; the second finds each in its block without a
// branch on whether it is there. Only a feature absent from a full block
// is looked for further.
func (m *Model) lookUp(feats []uint64, sparse, dense *[64]uint32) (ns, nd int) {
	feats = feats[:min(len(feats), len(sparse))]
	if !simdLookUp || len(feats) == 0 {
		return m.lookUpGo(feats, sparse, dense)
	}
	var far [64]uint64
	var ents *uint16
	var rows *int16
	if len(m.ents) > 0 {
		ents = &m.ents[0]
	}
	if len(m.rows) > 0 {
		rows = &m.rows[0]
	}
	ns, nd, nf := lookUpAVX2(&m.blocks[0], len(m.blocks), &feats[0], len(feats), &sparse[0], &dense[0], &far[0], rowStride(m.nclass), &before, ents, rows)
	for _, f := range far[:nf] {
		ns, nd = m.lookUpFar(f, sparse, dense, ns, nd)
	}
	return ns, nd
}

// lookUpFar is lookUp for feature f, absent from its full home block:
// found further on, it is added to sparse or dense after the ns and nd
// found before it.
func (m *Model) lookUpFar(f uint64, sparse, dense *[64]uint32, ns, nd int) (int, int) {
	st, n, d, ok := m.find(f)
	switch {
	case !ok:
	case d:
		dense[nd] = st
		nd++
	default:
		sparse[ns] = st<<8 | n
		ns++
	}
	return ns, nd
}

// lookUpGo is lookUp in Go, for any processor.
func (m *Model) lookUpGo(feats []uint64, sparse, dense *[64]uint32) (ns, nd int) {
	blocks := m.blocks
	var homes [64]int32
	var first [64]uint64
	for i, f := range feats {
		b := home(uint32(f>>32), len(blocks))
		homes[i] = int32(b)
		first[i] = blocks[b].keys[0]
	}
	// the block's match written out here, not called: the compiler
	// does not inline it, and a call a feature costs as much as the
	// rest; and it starts from the word the first loop loaded
	for i, f := range feats {
		bl := &blocks[homes[i]]
		k := uint64(uint16(f >> 32))
		k |= (k - 1) >> 63 // key16 without a branch: 0 is 1
		pat := k * lanes16
		x0, x1, x2, x3 := first[i]^pat, bl.keys[1]^pat, bl.keys[2]^pat, bl.keys[3]^pat
		mk := ((x0-lanes16)&^x0&high16)>>15 | ((x1-lanes16)&^x1&high16)>>14 |
			((x2-lanes16)&^x2&high16)>>13 | ((x3-lanes16)&^x3&high16)>>12
		if bl.keys[3]>>48 != 0 && mk == 0 { // full first: rarely so, a branch predicted
			ns, nd = m.lookUpFar(f, sparse, dense, ns, nd)
			continue
		}
		j := matchSlot(mk) & (blockSlots - 1)
		st, n := bl.entries(j)
		d := uint32(bl.dense>>j) & 1
		found := uint32((mk | -mk) >> 63) // mk != 0
		sparse[ns], dense[nd] = st<<8|n, m.rowOf(bl, j)
		ns += int(found &^ d)
		nd += int(found & d)
	}
	return ns, nd
}
