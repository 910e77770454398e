package wordclass

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
)

// Classes maps words to their classes. It is read-only and safe for
// concurrent use.
type Classes struct {
	lower bool
	shift []uint8        // a word's class at level l is its leaf >> shift[l]
	words *hashtab.Table // word → leaf
	data  string         // the compact form
}

// Lower reports whether the classes are those of lower-cased words, so
// that a word is to be looked up lower-cased.
func (c *Classes) Lower() bool { return c.lower }

// Levels returns the number of levels of classes, coarse to fine.
func (c *Classes) Levels() int { return len(c.shift) }

// Words returns the number of words with a class.
func (c *Classes) Words() int { return c.words.Len() }

// Leaf returns the finest class of word, and whether it has one.
func (c *Classes) Leaf(word string) (uint16, bool) {
	leaf, ok := c.words.Get(word)
	return uint16(leaf), ok
}

// At returns the class at level l of a word of the given leaf: classes
// at level l are numbered apart from those of other levels.
func (c *Classes) At(leaf uint16, l int) int { return int(leaf >> c.shift[l]) }

// ErrFormat is the error of reading what is not a table of classes.
var ErrFormat = errors.New("wordclass: not a table of classes")

// The compact form of Classes, which WriteTo writes and Open uses where
// it lies:
//
//	magic "CHRONICLE-WORDCLASS-2\n"
//	lower (0 or 1), levels, shift [levels] (a byte each)
//	the words: a table of package hashtab, each word valued by its leaf
const magic = "CHRONICLE-WORDCLASS-2\n"

// compact returns the Classes of words' leaves in their compact form, the
// words in byte order.
func compact(lower bool, shift []uint8, leaves map[string]uint16) (*Classes, error) {
	var b hashtab.Builder
	for _, w := range slices.Sorted(maps.Keys(leaves)) {
		b.Add(w, uint32(leaves[w]))
	}
	tab, err := b.Bytes()
	if err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	out := []byte(magic)
	if lower {
		out = append(out, 1)
	} else {
		out = append(out, 0)
	}
	out = append(append(append(out, byte(len(shift))), shift...), tab...)
	c, _, err := Open(string(out))
	return c, err
}

// WriteTo writes c's compact form to w.
func (c *Classes) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, c.data)
	return int64(n), err
}

// AppendBinary appends c's compact form to b.
func (c *Classes) AppendBinary(b []byte) ([]byte, error) { return append(b, c.data...), nil }

// Open returns the Classes of the compact form at the start of data, which
// they use where it lies, and its length in bytes: data must not change
// while they are in use.
func Open(data string) (*Classes, int, error) {
	p := len(magic)
	if len(data) < p+2 || data[:p] != magic || data[p] > 1 {
		return nil, 0, ErrFormat
	}
	c := &Classes{lower: data[p] == 1}
	levels := int(data[p+1])
	p += 2
	if levels > 16 || len(data)-p < levels {
		return nil, 0, fmt.Errorf("%w: cut short", ErrFormat)
	}
	c.shift = []uint8(data[p : p+levels])
	p += levels
	for _, s := range c.shift {
		if s > 16 {
			return nil, 0, fmt.Errorf("%w: a shift of %d", ErrFormat, s)
		}
	}
	words, n, err := hashtab.Open(data[p:])
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	c.words, c.data = words, data[:p+n]
	return c, p + n, nil
}
