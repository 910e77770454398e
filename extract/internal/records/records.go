package records

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
)

// ErrFormat is the error of opening what is not a table of records.
var ErrFormat = errors.New("records: not a table of records")

const (
	magic      = "RECORDS1"
	headerSize = len(magic) + 12
)

// A Writer lays out records. Its zero value is ready to use.
type Writer struct {
	strs []string
	ids  map[string]int
	recs []byte
}

// Len returns where the next record starts: what a Reader reads from.
func (w *Writer) Len() int { return len(w.recs) }

// Num appends a number.
func (w *Writer) Num(x int) { w.recs = binary.AppendUvarint(w.recs, uint64(x)) }

// Str appends a string.
func (w *Writer) Str(s string) { w.Num(w.id(s)) }

// Strs appends a list of strings: its length, then the strings.
func (w *Writer) Strs(ss []string) {
	w.Num(len(ss))
	for _, s := range ss {
		w.Str(s)
	}
}

// id returns the number of string s, adding it if new.
func (w *Writer) id(s string) int {
	if s == "" {
		return 0
	}
	if w.ids == nil {
		w.ids, w.strs = map[string]int{}, []string{""}
	}
	if id, ok := w.ids[s]; ok {
		return id
	}
	w.strs = append(w.strs, s)
	w.ids[s] = len(w.strs) - 1
	return len(w.strs) - 1
}

// AppendTo appends the layout of what w holds to b.
func (w *Writer) AppendTo(b []byte) []byte {
	strs := w.strs
	if strs == nil {
		strs = []string{""}
	}
	size := 0
	for _, s := range strs {
		size += len(s)
	}
	le := binary.LittleEndian
	b = append(b, magic...)
	for _, x := range []int{len(strs), size, len(w.recs)} {
		b = le.AppendUint32(b, uint32(x))
	}
	end := 0
	for _, s := range strs {
		end += len(s)
		b = le.AppendUint32(b, uint32(end))
	}
	for _, s := range strs {
		b = append(b, s...)
	}
	return append(b, w.recs...)
}

// Records are a table of records opened where it lies. They are
// read-only and safe for concurrent use.
type Records struct {
	ends, bytes, recs string
}

// Open returns the records at the start of data, and their length in
// bytes. They use data where it lies: data must not change while they are
// in use (a string's bytes never do).
func Open(data string) (*Records, int, error) {
	if len(data) < headerSize || data[:len(magic)] != magic {
		return nil, 0, ErrFormat
	}
	p := len(magic)
	n, size, nrecs := int(hashtab.Uint32(data, p)), int(hashtab.Uint32(data, p+4)), int(hashtab.Uint32(data, p+8))
	p = headerSize
	if n < 1 || len(data)-p < 4*n+size+nrecs || int(hashtab.Uint32(data, p+4*(n-1))) != size {
		return nil, 0, fmt.Errorf("%w: cut short", ErrFormat)
	}
	r := &Records{ends: data[p : p+4*n]}
	p += 4 * n
	r.bytes, p = data[p:p+size], p+size
	r.recs, p = data[p:p+nrecs], p+nrecs
	return r, p, nil
}

// Str returns string i, "" if there is none.
func (r *Records) Str(i int) string {
	if i <= 0 || i >= len(r.ends)/4 {
		return ""
	}
	return r.bytes[hashtab.Uint32(r.ends, 4*(i-1)):hashtab.Uint32(r.ends, 4*i)]
}

// At returns a Reader of the record at p.
func (r *Records) At(p int) Reader { return Reader{r: r, p: p} }

// A Reader reads the fields of records from where it stands, in the
// order they were written. A field read past the end of the records
// reads as 0; one of damaged records may read as anything.
type Reader struct {
	r *Records
	p int
}

// Num reads a number.
func (c *Reader) Num() int {
	var x uint64
	for s := uint(0); c.p < len(c.r.recs) && s < 64; s += 7 {
		b := c.r.recs[c.p]
		c.p++
		x |= uint64(b&0x7f) << s
		if b < 0x80 {
			break
		}
	}
	return int(x)
}

// Str reads a string.
func (c *Reader) Str() string { return c.r.Str(c.Num()) }

// Strs reads a list of strings written by Writer.Strs.
func (c *Reader) Strs() []string {
	n := min(c.Num(), len(c.r.recs)-c.p) // a string takes a byte at least
	out := make([]string, n)
	for i := range out {
		out[i] = c.Str()
	}
	return out
}
