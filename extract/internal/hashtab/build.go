package hashtab

import (
	"encoding/binary"
	"fmt"
)

// A Builder gathers the keys and values of a table. Its zero value is
// ready to use.
type Builder struct {
	keys []string
	vals []uint32
	seen map[string]bool
}

// Add adds key with value v. A key added twice is an error of the
// caller's, which Bytes reports.
func (b *Builder) Add(key string, v uint32) {
	if b.seen == nil {
		b.seen = map[string]bool{}
	}
	b.keys, b.vals = append(b.keys, key), append(b.vals, v)
	b.seen[key] = true
}

// Bytes returns the table laid out as the package doc says. The same keys
// added in the same order make the same bytes.
func (b *Builder) Bytes() ([]byte, error) {
	if len(b.seen) != len(b.keys) {
		return nil, fmt.Errorf("hashtab: %d keys of %d added twice", len(b.keys)-len(b.seen), len(b.keys))
	}
	n, slots := len(b.keys), slotsFor(len(b.keys))
	le := binary.LittleEndian
	size := headerSize + 8*slots + 8*n
	out := make([]byte, size, size+keyBytes(b.keys))
	copy(out, magic)
	le.PutUint32(out[len(magic):], uint32(n))
	le.PutUint32(out[len(magic)+4:], uint32(slots))
	vals, ends := headerSize+8*slots, headerSize+8*slots+4*n
	end := 0
	for i, k := range b.keys {
		h := hash(k)
		s := home(h, uint64(slots))
		for le.Uint64(out[headerSize+8*int(s):]) != 0 {
			if s++; s == uint64(slots) {
				s = 0
			}
		}
		le.PutUint64(out[headerSize+8*int(s):], h>>32<<32|uint64(i+1))
		le.PutUint32(out[vals+4*i:], b.vals[i])
		end += len(k)
		le.PutUint32(out[ends+4*i:], uint32(end))
		out = append(out, k...)
	}
	return out, nil
}

func keyBytes(keys []string) int {
	n := 0
	for _, k := range keys {
		n += len(k)
	}
	return n
}
