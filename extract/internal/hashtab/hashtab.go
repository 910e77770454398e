package hashtab

import (
	"errors"
	"fmt"
	"unsafe"
)

// ErrFormat is the error of opening what is not a table.
var ErrFormat = errors.New("hashtab: not a table")

const (
	magic      = "HASHTAB1"
	headerSize = len(magic) + 8
)

// A Table maps strings to numbers. Its zero value is an empty table. It
// is read-only and safe for concurrent use.
type Table struct {
	data  string // the slots, the values and the ends
	keys  string
	n     int
	slots uint64
	vals  int // where the values start in data
	ends  int // where the ends start in data
}

// Open returns the table at the start of data, and its length in bytes.
// The table uses data where it lies: data must not change while the table
// is in use (a string's bytes never do).
func Open(data string) (*Table, int, error) {
	if len(data) < headerSize || data[:len(magic)] != magic {
		return nil, 0, ErrFormat
	}
	n, slots := int(le32(data, len(magic))), int(le32(data, len(magic)+4))
	if slots != slotsFor(n) {
		return nil, 0, fmt.Errorf("%w: %d entries in %d slots", ErrFormat, n, slots)
	}
	t := &Table{n: n, slots: uint64(slots)}
	body := headerSize + 8*slots + 8*n
	if len(data) < body {
		return nil, 0, fmt.Errorf("%w: cut short", ErrFormat)
	}
	t.vals, t.ends = headerSize+8*slots, headerSize+8*slots+4*n
	keys := 0
	if n > 0 {
		keys = int(le32(data, t.ends+4*(n-1)))
	}
	if len(data)-body < keys {
		return nil, 0, fmt.Errorf("%w: cut short", ErrFormat)
	}
	t.data, t.keys = data[:body], data[body:body+keys]
	return t, body + keys, nil
}

// Len returns the number of keys, 0 for a nil table.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return t.n
}

// Key returns the key of entry i, 0 ≤ i < Len, entries being numbered in
// the order the keys were added.
func (t *Table) Key(i int) string {
	start := 0
	if i > 0 {
		start = int(le32(t.data, t.ends+4*(i-1)))
	}
	return t.keys[start:le32(t.data, t.ends+4*i)]
}

// Value returns the value of entry i.
func (t *Table) Value(i int) uint32 { return le32(t.data, t.vals+4*i) }

// Get returns the value of key, and whether the table has it.
func (t *Table) Get(key string) (uint32, bool) {
	i, ok := t.Find(key)
	if !ok {
		return 0, false
	}
	return t.Value(i), true
}

// GetBytes is Get for a key held in bytes, which it does not keep.
func (t *Table) GetBytes(key []byte) (uint32, bool) {
	return t.Get(unsafe.String(unsafe.SliceData(key), len(key)))
}

// Find returns the entry of key, and whether the table has it.
func (t *Table) Find(key string) (int, bool) {
	if t == nil || t.n == 0 {
		return 0, false
	}
	h := hash(key)
	tag := h >> 32
	s := home(h, t.slots)
	for range t.slots { // a damaged table with no empty slot ends too
		slot := le64(t.data[headerSize+8*int(s):])
		if slot == 0 {
			return 0, false
		}
		if slot>>32 == tag {
			if i := int(uint32(slot)) - 1; i < t.n && t.Key(i) == key {
				return i, true
			}
		}
		if s++; s == t.slots {
			s = 0
		}
	}
	return 0, false
}

// home returns the slot a probe for hash h starts at: the low 32 bits of
// h scaled to the slots (Lemire's fast range), which need be no power of
// two.
func home(h, slots uint64) uint64 { return uint64(uint32(h)) * slots >> 32 }

// slotsFor returns the number of slots for n keys: twice n, and one more,
// so that probes stay short and some slot is empty.
func slotsFor(n int) int { return 2*n + 1 }
