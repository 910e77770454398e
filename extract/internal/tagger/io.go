package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/internal/counting"
	"github.com/chronicle-kg/chronicle/extract/internal/perceptron"
	"github.com/chronicle-kg/chronicle/extract/internal/wordclass"
)

// ErrFormat is the error of reading what is not a tagger model.
var ErrFormat = errors.New("tagger: not a model")

const magic = "CHRONICLE-TAGGER-2\n"

// WriteTo writes m to w: the magic line; the length, as 4 bytes, of the
// gzip-compressed rest but the weights (its tags, its dictionary, its
// word classes, its frequent words); zeros to a multiple of 64 bytes;
// then the weights of its two passes, which are used where they lie (see
// Open).
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	e := encoder{w: bw}
	e.num(len(m.upos))
	for c := range m.upos {
		e.str(m.upos[c])
		e.str(m.xpos[c])
	}
	e.num(len(m.dict))
	for _, f := range slices.Sorted(maps.Keys(m.dict)) {
		e.str(f)
		e.num(int(m.dict[f]))
	}
	e.num(len(m.classes))
	for _, c := range m.classes {
		c.WriteTo(bw)
	}
	binary.Write(bw, binary.LittleEndian, m.sure)
	e.num(len(m.frequent))
	for _, f := range m.frequent {
		e.str(f)
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	cw := &counting.Writer{W: w}
	head := append([]byte(magic), binary.LittleEndian.AppendUint32(nil, uint32(z.Len()))...)
	head = append(head, z.Bytes()...)
	head = append(head, make([]byte, perceptron.Padding(len(head)))...)
	if _, err := cw.Write(head); err != nil {
		return cw.N, err
	}
	if _, err := m.first.WriteTo(cw); err != nil {
		return cw.N, err
	}
	_, err := m.second.WriteTo(cw)
	return cw.N, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return Open(data)
}

// Open returns the model written by WriteTo that data holds, using its
// weights where they lie: data must not change while the model is in use.
func Open(data []byte) (*Model, error) { return open(data, perceptron.Open) }

// OpenInPlace is Open for a model that is part of the program, checked by
// the program's tests: its weights are opened with
// perceptron.OpenInPlace.
func OpenInPlace(data []byte) (*Model, error) { return open(data, perceptron.OpenInPlace) }

// open is Open, the weights opened with openWeights.
func open(data []byte, openWeights func([]byte) (*perceptron.Model, int, error)) (*Model, error) {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	zlen := int64(binary.LittleEndian.Uint32(data[len(magic):]))
	at := int64(len(magic) + 4)
	if zlen > int64(len(data))-at {
		return nil, fmt.Errorf("%w: cut short", ErrFormat)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data[at : at+zlen]))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	at += zlen
	at += int64(perceptron.Padding(int(at)))
	d := decoder{r: bufio.NewReader(zr)}
	m := &Model{}
	n := d.num()
	if n >= start {
		return nil, ErrFormat
	}
	for range n {
		m.upos, m.xpos = append(m.upos, d.str()), append(m.xpos, d.str())
	}
	n = d.num()
	m.dict = make(map[string]uint8, min(n, 1<<16))
	for range n {
		f := d.str()
		m.dict[f] = uint8(d.num())
	}
	n = d.num()
	if d.err != nil || n > maxClasses {
		return nil, fmt.Errorf("%w: %v", ErrFormat, d.err)
	}
	for range n {
		c, err := wordclass.Read(d.r)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
		m.classes = append(m.classes, c)
	}
	if d.err == nil {
		d.err = binary.Read(d.r, binary.LittleEndian, &m.sure)
	}
	n = d.num()
	for range n {
		m.frequent = append(m.frequent, d.str())
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, d.err)
	}
	if at > int64(len(data)) {
		return nil, fmt.Errorf("%w: cut short", ErrFormat)
	}
	k := 0
	if m.first, k, err = openWeights(data[at:]); err != nil {
		return nil, err
	}
	if m.second, _, err = openWeights(data[at+int64(k):]); err != nil {
		return nil, err
	}
	if m.first.Classes() != len(m.upos) || m.second.Classes() != len(m.upos) {
		return nil, fmt.Errorf("%w: weights for %d and %d classes of %d tags", ErrFormat, m.first.Classes(), m.second.Classes(), len(m.upos))
	}
	m.memo = newMemo(m)
	return m, nil
}

// An encoder writes numbers as uvarints and strings after their length.
type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) num(n int) { e.w.Write(binary.AppendUvarint(e.buf[:0], uint64(n))) }

func (e *encoder) str(s string) {
	e.num(len(s))
	e.w.WriteString(s)
}

// A decoder reads what an encoder writes, keeping the first error.
type decoder struct {
	r   *bufio.Reader
	err error
}

// maxLen bounds the numbers read, against a corrupt length.
const maxLen = 1 << 28

func (d *decoder) num() int {
	if d.err != nil {
		return 0
	}
	n, err := binary.ReadUvarint(d.r)
	if err == nil && n > maxLen {
		err = errors.New("a number out of range")
	}
	d.err = err
	return int(n)
}

func (d *decoder) bytes() []byte {
	n := d.num()
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	_, d.err = io.ReadFull(d.r, b)
	return b
}

func (d *decoder) str() string { return string(d.bytes()) }
