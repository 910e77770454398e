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

const magic = "CHRONICLE-TAGGER-1\n"

// WriteTo writes m, gzip-compressed, to w: its tags, its dictionary, its
// word classes and the weights of its two passes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var first, second bytes.Buffer
	if _, err := m.first.WriteTo(&first); err != nil {
		return 0, err
	}
	if _, err := m.second.WriteTo(&second); err != nil {
		return 0, err
	}
	cw := &counting.Writer{W: w}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	e := encoder{w: bw}
	bw.WriteString(magic)
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
	e.str(first.String())
	e.str(second.String())
	if err := bw.Flush(); err != nil {
		return cw.N, err
	}
	err := zw.Close()
	return cw.N, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	d := decoder{r: bufio.NewReader(zr)}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(d.r, head); err != nil || string(head) != magic {
		return nil, ErrFormat
	}
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
	first, second := d.bytes(), d.bytes()
	if d.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, d.err)
	}
	if m.first, err = perceptron.ReadModel(bytes.NewReader(first)); err != nil {
		return nil, err
	}
	if m.second, err = perceptron.ReadModel(bytes.NewReader(second)); err != nil {
		return nil, err
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
