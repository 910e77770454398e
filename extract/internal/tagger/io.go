package tagger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"unsafe"

	"github.com/chronicle-kg/chronicle/extract/internal/counting"
	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
	"github.com/chronicle-kg/chronicle/extract/internal/perceptron"
	"github.com/chronicle-kg/chronicle/extract/internal/wordclass"
)

// ErrFormat is the error of reading what is not a tagger model.
var ErrFormat = errors.New("tagger: not a model")

const magic = "CHRONICLE-TAGGER-3\n"

// WriteTo writes m to w: the magic line; the length, as 4 bytes, of its
// header, and the header; zeros to a multiple of 64 bytes; then the
// weights of its two passes. The header is
//
//	tags (uvarint), each one's UPOS and XPOS (uvarint length, bytes)
//	dictionary words (uvarint), each word (length, bytes) and class (uvarint)
//	sure: the bits of a float64, 8 bytes little-endian
//	sets of word classes (uvarint), each in package wordclass's compact form
//	the frequent words: a table of package hashtab, each valued by its memo entry
//
// Open uses the word classes, the frequent words and the weights where
// they lie, so that opening a model decodes its few dozen tags and no
// more.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var h []byte
	str := func(s string) { h = append(binary.AppendUvarint(h, uint64(len(s))), s...) }
	h = binary.AppendUvarint(h, uint64(len(m.upos)))
	for c := range m.upos {
		str(m.upos[c])
		str(m.xpos[c])
	}
	h = binary.AppendUvarint(h, uint64(len(m.dict)))
	for _, f := range slices.Sorted(maps.Keys(m.dict)) {
		str(f)
		h = binary.AppendUvarint(h, uint64(m.dict[f]))
	}
	h = binary.LittleEndian.AppendUint64(h, math.Float64bits(m.sure))
	h = binary.AppendUvarint(h, uint64(len(m.classes)))
	for _, c := range m.classes {
		h, _ = c.AppendBinary(h)
	}
	h = append(h, m.frequentForm...)
	cw := &counting.Writer{W: w}
	head := binary.LittleEndian.AppendUint32([]byte(magic), uint32(len(h)))
	head = append(head, h...)
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
	// the header's strings and tables used where they lie, as the
	// weights are: data must not change
	all := unsafe.String(unsafe.SliceData(data), len(data))
	hlen := int64(binary.LittleEndian.Uint32(data[len(magic):]))
	at := int64(len(magic) + 4)
	if hlen > int64(len(data))-at {
		return nil, fmt.Errorf("%w: cut short", ErrFormat)
	}
	d := &decoder{s: all[at : at+hlen]}
	at += hlen
	at += int64(perceptron.Padding(int(at)))
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
	m.sure = math.Float64frombits(d.uint64())
	n = d.num()
	if d.err != nil || n > maxClasses {
		return nil, fmt.Errorf("%w: %v", ErrFormat, d.err)
	}
	for range n {
		c, k, err := wordclass.Open(d.rest())
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
		m.classes = append(m.classes, c)
		d.p += k
	}
	if d.err == nil {
		var k int
		if m.frequent, k, d.err = hashtab.Open(d.rest()); d.err == nil {
			m.frequentForm = d.rest()[:k]
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, d.err)
	}
	if at > int64(len(data)) {
		return nil, fmt.Errorf("%w: cut short", ErrFormat)
	}
	var err error
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

// frequentTable returns the table of words, each valued by its memo
// entry (one more than its index: entry 0 is the pad), and its bytes.
func frequentTable(words []string) (*hashtab.Table, string) {
	var b hashtab.Builder
	for i, w := range words {
		b.Add(w, uint32(i+1))
	}
	data, err := b.Bytes()
	if err != nil {
		panic(err) // frequentWords counts each word once
	}
	t, _, err := hashtab.Open(string(data))
	if err != nil {
		panic(err)
	}
	return t, string(data)
}

// A decoder reads the header's numbers and strings, keeping the first
// error.
type decoder struct {
	s   string
	p   int
	err error
}

// maxLen bounds the numbers read, against a corrupt length.
const maxLen = 1 << 28

// num reads a uvarint.
func (d *decoder) num() int {
	if d.err != nil {
		return 0
	}
	var x uint64
	for s := uint(0); ; s += 7 {
		if d.p >= len(d.s) || s > 63 {
			d.err = errors.New("a number cut short")
			return 0
		}
		b := d.s[d.p]
		d.p++
		x |= uint64(b&0x7f) << s
		if b < 0x80 {
			break
		}
	}
	if x > maxLen {
		d.err = errors.New("a number out of range")
		return 0
	}
	return int(x)
}

// str reads a string after its length.
func (d *decoder) str() string {
	n := d.num()
	if d.err == nil && n > len(d.s)-d.p {
		d.err = errors.New("a string cut short")
	}
	if d.err != nil {
		return ""
	}
	d.p += n
	return d.s[d.p-n : d.p]
}

// uint64 reads 8 bytes, little-endian.
func (d *decoder) uint64() uint64 {
	if d.err == nil && len(d.s)-d.p < 8 {
		d.err = errors.New("cut short")
	}
	if d.err != nil {
		return 0
	}
	d.p += 8
	return binary.LittleEndian.Uint64([]byte(d.s[d.p-8 : d.p]))
}

// rest returns what is left to read.
func (d *decoder) rest() string { return d.s[d.p:] }
