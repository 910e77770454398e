package counting

import (
	"bytes"
	"fmt"
	"testing"
)

func TestWriter(t *testing.T) {
	var b bytes.Buffer
	w := &Writer{W: &b}
	fmt.Fprintf(w, "abc")
	w.Write([]byte("de"))
	if w.N != 5 || b.String() != "abcde" {
		t.Errorf("counted %d, wrote %q; want 5, abcde", w.N, b.String())
	}
}
