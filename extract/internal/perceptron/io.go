package perceptron

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/chronicle-kg/chronicle/extract/internal/counting"
)

// The file of a Model is its memory: a header, its blocks, its entries
// and its rows, each section starting on a multiple of 64 bytes from the
// file's start, so that [Open] uses a model where it lies, in place.
//
//	magic [24]byte
//	nclass, n (features), blocks, ents, dense (features) uint32
//	stride uint32 (int16s a row), scale float64, 8 bytes of zeros
//	blocks [blocks]{keys [4]uint64, lens [2]uint64, base, row uint32, dense uint16, 6 bytes of zeros}
//	ents [ents]uint16, zeros to a multiple of 64 bytes
//	rows [dense*stride]int16, zeros to a multiple of 64 bytes
//
// Numbers are little-endian.
const (
	magic      = "CHRONICLE-PERCEPTRON-3\n\x00"
	headerSize = 64
)

// A header is the numbers at the start of a model's file.
type header struct {
	NClass, N, Blocks, Ents, Dense, Stride uint32
	Scale                                  float64
	_                                      uint64
}

// sizes returns the offsets of a model's ents and rows and its length,
// in bytes.
func (h *header) sizes() (ents, rows, end int64) {
	ents = headerSize + blockBytes*int64(h.Blocks)
	rows = ents + pad64(2*int64(h.Ents))
	return ents, rows, rows + pad64(2*int64(h.Dense)*int64(h.Stride))
}

func pad64(n int64) int64 { return (n + 63) &^ 63 }

// Padding returns the number of zeros to write after n bytes of a file so
// that a model written next starts on a multiple of 64 bytes, where Open
// can use it in place.
func Padding(n int) int { return int(pad64(int64(n))) - n }

// WriteTo writes m to w in the format above.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &counting.Writer{W: w}
	bw := bufio.NewWriter(cw)
	h := m.header()
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, &h)
	var b [blockBytes]byte
	for i := range m.blocks {
		m.blocks[i].put(&b)
		bw.Write(b[:])
	}
	for _, sec := range []any{m.ents, m.rows} {
		n := int64(binary.Size(sec))
		binary.Write(bw, binary.LittleEndian, sec)
		bw.Write(make([]byte, pad64(n)-n))
	}
	err := bw.Flush()
	return cw.N, err
}

func (m *Model) header() header {
	return header{
		NClass: uint32(m.nclass), N: uint32(m.n), Blocks: uint32(len(m.blocks)), Ents: uint32(len(m.ents)),
		Dense: uint32(len(m.rows) / rowStride(m.nclass)), Stride: uint32(rowStride(m.nclass)), Scale: m.scale,
	}
}

// put writes b as the file has it.
func (b *block) put(p *[blockBytes]byte) {
	le := binary.LittleEndian
	for i, k := range b.keys {
		le.PutUint64(p[8*i:], k)
	}
	le.PutUint64(p[32:], b.lens[0])
	le.PutUint64(p[40:], b.lens[1])
	le.PutUint32(p[48:], b.base)
	le.PutUint32(p[52:], b.row)
	le.PutUint16(p[56:], b.dense)
}

// get reads b as the file has it.
func (b *block) get(p []byte) {
	le := binary.LittleEndian
	for i := range b.keys {
		b.keys[i] = le.Uint64(p[8*i:])
	}
	b.lens = [2]uint64{le.Uint64(p[32:]), le.Uint64(p[40:])}
	b.base, b.row, b.dense = le.Uint32(p[48:]), le.Uint32(p[52:]), le.Uint16(p[56:])
}

// readHeader reads the header at the start of data.
func readHeader(data []byte) (header, error) {
	var h header
	if len(data) < headerSize || string(data[:len(magic)]) != magic {
		return h, errors.New("perceptron: not a model")
	}
	le := binary.LittleEndian
	p := data[len(magic):]
	h.NClass, h.N, h.Blocks, h.Ents, h.Dense, h.Stride = le.Uint32(p), le.Uint32(p[4:]), le.Uint32(p[8:]),
		le.Uint32(p[12:]), le.Uint32(p[16:]), le.Uint32(p[20:])
	h.Scale = math.Float64frombits(le.Uint64(p[24:]))
	if h.NClass < 1 || h.NClass > maxClasses || h.Stride != uint32(rowStride(int(h.NClass))) ||
		h.Blocks < 1 || h.Blocks > 1<<26 || h.N > blockSlots*h.Blocks || h.Ents > maxEnts || h.Dense > h.N || h.Dense > maxRows ||
		math.IsNaN(h.Scale) || math.IsInf(h.Scale, 0) || h.Scale <= 0 {
		return h, errors.New("perceptron: bad header")
	}
	return h, nil
}

// Open returns the model at the start of data, and its length in bytes.
// The model uses data in place where it can (on a little-endian machine,
// data aligned to 8 bytes): data must not change while the model is in
// use.
func Open(data []byte) (*Model, int, error) { return open(data, false) }

// OpenInPlace is Open for a model that is part of the program, checked by
// the program's tests: it uses data where it lies even where a block lies
// across two cache lines, and does not check the blocks, so that opening
// the model reads its header and no more of it. A program that analyses
// one sentence touches a few hundred of its blocks; one that analyses
// many can open the model again from an aligned copy (see package
// hugepage).
func OpenInPlace(data []byte) (*Model, int, error) { return open(data, true) }

// open is Open, or OpenInPlace when trusted.
func open(data []byte, trusted bool) (*Model, int, error) {
	h, err := readHeader(data)
	if err != nil {
		return nil, 0, err
	}
	entsAt, rowsAt, end := h.sizes()
	if int64(len(data)) < end {
		return nil, 0, fmt.Errorf("perceptron: %d bytes of a model of %d", len(data), end)
	}
	m := &Model{nclass: int(h.NClass), scale: h.Scale, n: int(h.N)}
	nrow := int(h.Dense) * int(h.Stride)
	if inPlace(data) {
		m.blocks = unsafe.Slice((*block)(unsafe.Pointer(&data[headerSize])), h.Blocks)
		if !trusted && uintptr(unsafe.Pointer(&m.blocks[0]))%blockBytes != 0 {
			// a block across two cache lines is two misses a lookup,
			// not one: the table is copied where it is not (as a
			// program's embedded data may lie, aligned to 32 bytes)
			m.blocks = slices.Clone(m.blocks)
		}
		if h.Ents > 0 {
			m.ents = unsafe.Slice((*uint16)(unsafe.Pointer(&data[entsAt])), h.Ents)
		}
		if nrow > 0 {
			m.rows = unsafe.Slice((*int16)(unsafe.Pointer(&data[rowsAt])), nrow)
		}
	} else {
		m.blocks = make([]block, h.Blocks)
		for i := range m.blocks {
			m.blocks[i].get(data[headerSize+blockBytes*i:])
		}
		m.ents, m.rows = make([]uint16, h.Ents), make([]int16, nrow)
		for i := range m.ents {
			m.ents[i] = binary.LittleEndian.Uint16(data[entsAt+2*int64(i):])
		}
		for i := range m.rows {
			m.rows[i] = int16(binary.LittleEndian.Uint16(data[rowsAt+2*int64(i):]))
		}
	}
	if trusted {
		return m, int(end), nil
	}
	if err := m.check(); err != nil {
		return nil, 0, err
	}
	return m, int(end), nil
}

// inPlace reports whether a model's bytes at data can be used as they
// lie: on a little-endian machine, from an address aligned for a block.
func inPlace(data []byte) bool {
	one := uint16(1)
	return *(*byte)(unsafe.Pointer(&one)) == 1 && uintptr(unsafe.Pointer(&data[0]))%8 == 0
}

// check checks what a lookup relies on, so that a damaged model is an
// error, not a fault: each block's entries and rows follow the one
// before's and lie within ents and rows, its keys are distinct and in
// slots filled in order, a sparse feature has entries and a dense one
// none, and some block has a free slot (a lookup of a feature the model
// lacks ends at one).
func (m *Model) check() error {
	bad := func(b int, why string) error { return fmt.Errorf("perceptron: block %d: %s", b, why) }
	next, row, n, free := uint32(0), uint32(0), 0, false
	nrows := uint32(len(m.rows) / rowStride(m.nclass))
	for b := range m.blocks {
		bl := &m.blocks[b]
		if bl.base != next || bl.row != row {
			return bad(b, "its weights do not follow the last block's")
		}
		filled := 0
		for j := range blockSlots {
			k := bl.keys[j/4] >> (16 * (j % 4)) & 0xffff
			if k == 0 {
				break
			}
			if i, _ := bl.slotOf(k); i != j {
				return bad(b, "a key twice")
			}
			filled++
		}
		free = free || filled < blockSlots
		n += filled
		for j := range blockSlots {
			st, c := bl.entries(j)
			dense := bl.dense>>j&1 != 0
			if j >= filled && (c != 0 || dense) || j < filled && (c == 0) != dense {
				return bad(b, "a slot out of order")
			}
			if int(st)+int(c) > len(m.ents) {
				return bad(b, "entries beyond the model's")
			}
			next = st + c
		}
		if row += uint32(bits.OnesCount16(bl.dense)); row > nrows {
			return bad(b, "rows beyond the model's")
		}
	}
	switch {
	case next != uint32(len(m.ents)) || row != nrows:
		return errors.New("perceptron: weights no block has")
	case n != m.n:
		return fmt.Errorf("perceptron: %d features where the header says %d", n, m.n)
	case !free:
		return errors.New("perceptron: a table with no free slot")
	}
	return nil
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	head, err := readN(r, headerSize)
	if err != nil {
		return nil, err
	}
	h, err := readHeader(head)
	if err != nil {
		return nil, err
	}
	_, _, end := h.sizes()
	// read as far as the data goes, not made as large as a damaged
	// header says first; the block table must be aligned
	rest, err := readN(r, end-headerSize)
	if err != nil {
		return nil, err
	}
	data := make([]byte, end)
	copy(data, head)
	copy(data[headerSize:], rest)
	m, _, err := Open(data)
	return m, err
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
