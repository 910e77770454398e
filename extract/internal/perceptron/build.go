package perceptron

import (
	"fmt"
	"math"
)

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

// A feature is one of a model under construction: its top 32 bits and
// its entries (sparse) or row (dense).
type feature struct {
	h    uint32
	ents []uint16
	row  []int16
}

// build quantises the weights to 16 bits, then to their codes or, of a
// dense feature, to 12, and lays out the table.
func (b *builder) build() *Model {
	if b.nclass > maxClasses {
		panic(fmt.Sprintf("perceptron: %d classes; a model has at most %d", b.nclass, maxClasses))
	}
	m := &Model{nclass: b.nclass, scale: b.max / math.MaxInt16}
	if m.scale == 0 {
		m.scale = 1
	}
	var fs []feature
	for i, run := range b.runs {
		var q []Weight
		for _, w := range run {
			if v := math.Round(w.W / m.scale); v != 0 {
				q = append(q, Weight{Class: w.Class, W: v})
			}
		}
		if len(q) == 0 {
			continue
		}
		f := feature{h: uint32(b.keys[i] >> 32)}
		if 4*len(q) > m.nclass {
			f.row = make([]int16, rowStride(m.nclass))
			for _, w := range q {
				f.row[w.Class] = int16(int(laneOf(int16(w.W))) - laneOffset)
			}
		} else {
			for _, w := range q {
				f.ents = append(f.ents, uint16(w.Class)|codeOf(int16(w.W))<<7)
			}
		}
		fs = append(fs, f)
	}
	m.layOut(fs)
	return m
}

// layOut places the features fs in the table, in order, each in the
// first block from its own with a slot free, and lays out their entries
// and rows. A feature whose key another of a block it passes has taken
// first is dropped.
func (m *Model) layOut(fs []feature) {
	nb := max(1, int(math.Ceil(float64(len(fs))/(blockSlots*tableLoad))))
	m.blocks = make([]block, nb)
	placed := make([][]int32, nb) // the features of each block, in slot order
feats:
	for i, f := range fs {
		k := key16(f.h)
		for b := home(f.h, nb); ; b = (b + 1) % nb {
			if _, ok := m.blocks[b].slotOf(k); ok {
				continue feats
			}
			if j := len(placed[b]); j < blockSlots {
				m.blocks[b].keys[j/4] |= k << (16 * (j % 4))
				placed[b] = append(placed[b], int32(i))
				break
			}
		}
	}
	nents, nrows := 0, 0
	for _, f := range fs {
		nents += len(f.ents)
		nrows += len(f.row)
	}
	if nents > maxEnts || nrows/rowStride(m.nclass) > maxRows {
		panic("perceptron: more weights than a model can hold")
	}
	m.ents, m.rows = make([]uint16, 0, nents), make([]int16, 0, nrows)
	for b := range m.blocks {
		bl := &m.blocks[b]
		bl.base, bl.row = uint32(len(m.ents)), uint32(len(m.rows)/rowStride(m.nclass))
		for j, i := range placed[b] {
			f := fs[i]
			if f.row != nil {
				bl.dense |= 1 << j
				m.rows = append(m.rows, f.row...)
			} else {
				m.ents = append(m.ents, f.ents...)
				bl.lens[j/8] |= uint64(len(f.ents)) << (8 * (j % 8))
			}
			m.n++
		}
	}
}
