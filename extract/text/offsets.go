package text

import (
	"sort"
	"unicode/utf8"
)

// Offsets converts byte offsets of a text to character offsets.
type Offsets struct {
	table []int32 // nil for ASCII text: offsets are the same
}

// NewOffsets makes the table of text's offsets; for ASCII text it is
// empty, byte and character offsets being the same.
func NewOffsets(text string) Offsets {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return Offsets{}
	}
	t := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); i++ {
		t[i] = n
		if text[i] < 0x80 || text[i] >= 0xC0 {
			n++
		}
	}
	t[len(text)] = n
	// a continuation byte belongs to its rune: map it to the rune's end
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 && text[i] < 0xC0 {
			t[i] = n
			for j := i; j < len(text); j++ {
				if text[j] < 0x80 || text[j] >= 0xC0 {
					t[i] = t[j]
					break
				}
			}
		}
	}
	return Offsets{table: t}
}

// Char returns the character offset of byte offset b.
func (o Offsets) Char(b int) int {
	if o.table == nil {
		return b
	}
	return int(o.table[b])
}

// Byte returns the byte offset of character offset c: the inverse of
// [Offsets.Char] at the first byte of a character.
func (d *Doc) Byte(c int) int {
	t := d.Off.table
	if t == nil {
		return c
	}
	b := sort.Search(len(t), func(b int) bool { return t[b] >= int32(c) })
	for b < len(d.Text) && d.Text[b]&0xC0 == 0x80 {
		b++ // a continuation byte maps to its character's end
	}
	return b
}
