package wordclass

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/internal/counting"
)

// Classes maps words to their classes. It is read-only and safe for
// concurrent use.
type Classes struct {
	lower bool
	shift []uint8 // a word's class at level l is its leaf >> shift[l]
	words map[string]uint16
}

// Lower reports whether the classes are those of lower-cased words, so
// that a word is to be looked up lower-cased.
func (c *Classes) Lower() bool { return c.lower }

// Levels returns the number of levels of classes, coarse to fine.
func (c *Classes) Levels() int { return len(c.shift) }

// Words returns the number of words with a class.
func (c *Classes) Words() int { return len(c.words) }

// Leaf returns the finest class of word, and whether it has one.
func (c *Classes) Leaf(word string) (uint16, bool) {
	leaf, ok := c.words[word]
	return leaf, ok
}

// At returns the class at level l of a word of the given leaf: classes
// at level l are numbered apart from those of other levels.
func (c *Classes) At(leaf uint16, l int) int { return int(leaf >> c.shift[l]) }

// ErrFormat is the error of reading what is not a table of classes.
var ErrFormat = errors.New("wordclass: not a table of classes")

const magic = "CHRONICLE-WORDCLASS-1\n"

// WriteTo writes c to w, uncompressed: the words in order, each with its
// leaf.
func (c *Classes) WriteTo(w io.Writer) (int64, error) {
	cw := &counting.Writer{W: w}
	bw := bufio.NewWriter(cw)
	var buf [binary.MaxVarintLen64]byte
	num := func(n int) { bw.Write(binary.AppendUvarint(buf[:0], uint64(n))) }
	bw.WriteString(magic)
	lower := 0
	if c.lower {
		lower = 1
	}
	num(lower)
	num(len(c.shift))
	for _, s := range c.shift {
		num(int(s))
	}
	num(len(c.words))
	for _, word := range slices.Sorted(maps.Keys(c.words)) {
		num(len(word))
		bw.WriteString(word)
		num(int(c.words[word]))
	}
	err := bw.Flush()
	return cw.N, err
}

// Read reads classes written by WriteTo. It reads no further than their
// end when r is an io.ByteReader.
func Read(r io.Reader) (*Classes, error) {
	br, ok := r.(interface {
		io.Reader
		io.ByteReader
	})
	if !ok {
		br = bufio.NewReader(r)
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, ErrFormat
	}
	var err error
	num := func(max uint64) int {
		if err != nil {
			return 0
		}
		var n uint64
		n, err = binary.ReadUvarint(br)
		if err == nil && n > max {
			err = errors.New("a number out of range")
		}
		return int(n)
	}
	c := &Classes{lower: num(1) == 1}
	levels := num(16)
	for range levels {
		c.shift = append(c.shift, uint8(num(16)))
	}
	n := num(1 << 24)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	c.words = make(map[string]uint16, n)
	var word []byte
	for range n {
		word = slices.Grow(word[:0], 1<<8)[:num(1<<16)]
		if err == nil {
			_, err = io.ReadFull(br, word)
		}
		c.words[string(word)] = uint16(num(1<<16 - 1))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return c, nil
}
