package perceptron

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/chronicle-kg/chronicle/extract/internal/counting"
)

// The file of a Model: a header, then its features in table order, each
// with its slot and key, the number of its weights, and each weight's
// class and value. The counts and classes, which compress to half, are
// gzip-compressed; the slots, keys and values, which compress by a fifth
// or less, are not, so that a model is read without inflating most of
// it: the parser's model reads in a fraction of the time a wholly
// compressed one took, and takes 1.6 MB more of the repository.
//
//	magic
//	nclass uint32, scale float64, n uint32 (features), total uint32 (weights)
//	length uint32, gzip of: counts [n]uint8, classes [total]uint8
//	pairs [2n]uint32: slot, key of each feature
//	values [total]int16
//
// Numbers are little-endian.
const magic = "CHRONICLE-PERCEPTRON-2\n"

// WriteTo writes m to w in the format above.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var pairs []uint32
	var counts, cls []uint8
	var ws []int16
	for s, sl := range m.slots {
		if sl.key == 0 {
			continue
		}
		// the slot stands for the feature's low bits: indexed in table
		// order, each feature goes back to its slot
		pairs = append(pairs, uint32(s), sl.key)
		c := 0
		m.run(sl, func(class int, w int16) {
			cls, ws = append(cls, uint8(class)), append(ws, w)
			c++
		})
		counts = append(counts, uint8(c))
	}
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	zw.Write(counts)
	zw.Write(cls)
	if err := zw.Close(); err != nil {
		return 0, err
	}
	cw := &counting.Writer{W: w}
	bw := bufio.NewWriter(cw)
	bw.WriteString(magic)
	put := func(v any) { binary.Write(bw, binary.LittleEndian, v) }
	put(uint32(m.nclass))
	put(m.scale)
	put(uint32(len(counts)))
	put(uint32(len(cls)))
	put(uint32(z.Len()))
	bw.Write(z.Bytes())
	put(pairs)
	put(ws)
	err := bw.Flush()
	return cw.N, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("perceptron: not a model")
	}
	var h struct {
		NClass uint32
		Scale  float64
		N      uint32
		Total  uint32
		ZLen   uint32
	}
	if err := binary.Read(r, binary.LittleEndian, &h); err != nil {
		return nil, fmt.Errorf("perceptron: bad header: %w", err)
	}
	if h.N > 1<<26 || h.Total > maxEnts+1<<26 || h.NClass < 1 || h.NClass > 256 || h.ZLen > 1<<30 ||
		math.IsNaN(h.Scale) || h.Scale <= 0 {
		return nil, errors.New("perceptron: bad header")
	}
	// each section read as far as it goes, not made as large as a
	// damaged header says first
	z, err := readN(r, int64(h.ZLen))
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	cc, err := readN(zr, int64(h.N)+int64(h.Total))
	if err != nil {
		return nil, err
	}
	counts, cls := cc[:h.N], cc[h.N:]
	total := 0
	for _, c := range counts {
		total += int(c)
	}
	if total != int(h.Total) {
		return nil, errors.New("perceptron: the counts do not add up to the weights")
	}
	raw, err := readN(r, 8*int64(h.N)+2*int64(total))
	if err != nil {
		return nil, err
	}
	pairs := make([]uint32, 2*h.N)
	for i := range pairs {
		pairs[i] = binary.LittleEndian.Uint32(raw[4*i:])
	}
	vals := raw[8*h.N:]
	// every run in one array: one allocation, not one a feature
	all, runs := make([]uint32, total), make([][]uint32, h.N)
	for j := range all {
		all[j] = uint32(binary.LittleEndian.Uint16(vals[2*j:])) | uint32(cls[j])<<16
	}
	for i, c := range counts {
		runs[i], all = all[:c:c], all[c:]
	}
	m := &Model{nclass: int(h.NClass), scale: h.Scale}
	m.index(pairs, runs)
	return m, nil
}

// readN reads n bytes of r, growing its buffer as they come.
func readN(r io.Reader, n int64) ([]byte, error) {
	var b bytes.Buffer
	if _, err := b.ReadFrom(io.LimitReader(r, n)); err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	if int64(b.Len()) != n {
		return nil, fmt.Errorf("perceptron: %d bytes where %d were due", b.Len(), n)
	}
	return b.Bytes(), nil
}
