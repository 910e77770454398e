package hugepage

import (
	"bytes"
	"testing"
)

func TestCopy(t *testing.T) {
	for _, n := range []int{0, 1, 4095, 2 << 20, 5<<20 + 17} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i * 7)
		}
		c := Copy(b)
		if !bytes.Equal(b, c) {
			t.Errorf("Copy of %d bytes: not equal", n)
		}
		if len(c) != n || cap(c) != n {
			t.Errorf("Copy of %d bytes: len %d cap %d", n, len(c), cap(c))
		}
	}
}
