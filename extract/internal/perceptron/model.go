package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// A Model is a trained perceptron, read-only and safe for concurrent use.
//
// Features are keyed by 32 bits of their hash: of a million features,
// about a hundred pairs share a key, and an unseen feature is taken for a
// seen one once in four thousand lookups; neither moves accuracy, and the
// key costs half as much as 64 bits would.
type Model struct {
	nclass int
	scale  float64  // a weight is w[i]*scale
	mask   uint32   // table size - 1
	keys   []uint32 // open-addressing table of feature keys, 0 empty
	feat   []uint32 // the feature at each slot
	off    []uint32 // feature i's weights are cls[off[i]:off[i+1]], w[off[i]:off[i+1]]
	cls    []uint8
	w      []int16
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
func (m *Model) Features() int { return len(m.off) - 1 }

// Scale returns the weight of one unit of a score from Scores.
func (m *Model) Scale() float64 { return m.scale }

// Scores sets scores[c], for every class c, to the sum of the weights of
// feats for c, in units of Scale. scores must have a slot a class.
func (m *Model) Scores(feats []uint64, scores []int32) {
	clear(scores)
	for _, f := range feats {
		i, ok := m.lookup(f)
		if !ok {
			continue
		}
		a, b := m.off[i], m.off[i+1]
		for j := a; j < b; j++ {
			scores[m.cls[j]] += int32(m.w[j])
		}
	}
}

// lookup returns the index of feature f, and whether it has weights.
func (m *Model) lookup(f uint64) (uint32, bool) {
	if len(m.keys) == 0 {
		return 0, false
	}
	k := key32(f)
	for s := uint32(f) & m.mask; ; s = (s + 1) & m.mask {
		switch m.keys[s] {
		case k:
			return m.feat[s], true
		case 0:
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
	m.off = append(m.off, 0)
	var keys []uint32
	for i, run := range b.runs {
		n := 0
		for _, w := range run {
			if q := math.Round(w.W / m.scale); q != 0 {
				m.cls = append(m.cls, uint8(w.Class))
				m.w = append(m.w, int16(q))
				n++
			}
		}
		if n == 0 {
			continue
		}
		m.off = append(m.off, uint32(len(m.w)))
		keys = append(keys, uint32(b.keys[i]), key32(b.keys[i]))
	}
	m.index(keys)
	return m
}

// index lays out the open-addressing table for the features, given as
// pairs of (low 32 bits, key).
func (m *Model) index(pairs []uint32) {
	n := len(pairs) / 2
	size := uint32(1)
	for size < uint32(n)*2 {
		size <<= 1
	}
	m.mask, m.keys, m.feat = size-1, make([]uint32, size), make([]uint32, size)
	for i := 0; i < n; i++ {
		low, k := pairs[2*i], pairs[2*i+1]
		if k == 0 {
			continue // a feature that lost its key to another (see build)
		}
		s := low & m.mask
		for m.keys[s] != 0 && m.keys[s] != k {
			s = (s + 1) & m.mask
		}
		if m.keys[s] == k {
			continue // a 32-bit key shared by two features: the first keeps it
		}
		m.keys[s], m.feat[s] = k, uint32(i)
	}
}

const magic = "CHRONICLE-PERCEPTRON-1\n"

// WriteTo writes m, gzip-compressed, to w.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	n := m.Features()
	put := func(v any) { binary.Write(bw, binary.LittleEndian, v) }
	put(uint32(m.nclass))
	put(m.scale)
	put(uint32(n))
	// each feature's (low bits, key) pair: the slot it hashes to is its
	// low bits, which the table does not keep; its key and slot are enough
	pairs := make([]uint32, 2*n)
	for s, k := range m.keys {
		if k != 0 {
			pairs[2*m.feat[s]], pairs[2*m.feat[s]+1] = uint32(s), k
		}
	}
	put(pairs)
	counts := make([]uint8, n)
	for i := range counts {
		counts[i] = uint8(m.off[i+1] - m.off[i])
	}
	put(counts)
	put(m.cls)
	put(m.w)
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	err := zw.Close()
	return cw.n, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("perceptron: not a model")
	}
	var nclass, n uint32
	m := &Model{}
	get := func(v any) {
		if err == nil {
			err = binary.Read(br, binary.LittleEndian, v)
		}
	}
	get(&nclass)
	get(&m.scale)
	get(&n)
	if err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	m.nclass = int(nclass)
	pairs := make([]uint32, 2*n)
	counts := make([]uint8, n)
	get(pairs)
	get(counts)
	m.off = make([]uint32, n+1)
	for i, c := range counts {
		m.off[i+1] = m.off[i] + uint32(c)
	}
	m.cls, m.w = make([]uint8, m.off[n]), make([]int16, m.off[n])
	get(m.cls)
	get(m.w)
	if err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	m.index(pairs)
	return m, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
