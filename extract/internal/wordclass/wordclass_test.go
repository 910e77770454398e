package wordclass

import (
	"bytes"
	"testing"
)

// TestDeterministicRoundTrip checks that classes write the same bytes
// each time and read back the same.
func TestDeterministicRoundTrip(t *testing.T) {
	var a, b bytes.Buffer
	paths := map[string]string{"the": "00", "a": "01", "dog": "10", "cat": "110", "Bob": "111"}
	c, err := FromPaths(paths, []int{1, 3}, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	c2, _ := FromPaths(paths, []int{1, 3}, true)
	if _, err := c2.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same classes wrote different bytes")
	}
	tail := "after"
	a.WriteString(tail)
	got, n, err := Open(a.String())
	if err != nil {
		t.Fatal(err)
	}
	if a.Len()-n != len(tail) {
		t.Errorf("Open left %d bytes, want the %d after the classes", a.Len()-n, len(tail))
	}
	if got.Lower() != c.Lower() || got.Levels() != c.Levels() || got.Words() != c.Words() {
		t.Fatalf("read %+v, wrote %+v", got, c)
	}
	for w := range paths {
		if l, _ := got.Leaf(w); l != leafOf(t, c, w) {
			t.Errorf("%s: read leaf %d, wrote %d", w, l, leafOf(t, c, w))
		}
	}
}

func leafOf(tb testing.TB, c *Classes, w string) uint16 {
	tb.Helper()
	l, ok := c.Leaf(w)
	if !ok {
		tb.Fatalf("no leaf of %q", w)
	}
	return l
}

func TestOpenBad(t *testing.T) {
	for _, s := range []string{"", "nonsense", magic + "\x00\x01\x04", magic + "\x02\x00", magic + "\x00\x01\x11"} {
		if _, _, err := Open(s); err == nil {
			t.Errorf("Open(%q): no error", s)
		}
	}
}

func TestFromPaths(t *testing.T) {
	c, err := FromPaths(map[string]string{"the": "0", "a": "01", "dog": "1101", "cat": "110011"}, []int{1, 2, 4}, false)
	if err != nil {
		t.Fatal(err)
	}
	at := func(w string, l int) int {
		leaf, ok := c.Leaf(w)
		if !ok {
			t.Fatalf("no class of %q", w)
		}
		return c.At(leaf, l)
	}
	for _, tc := range []struct {
		w    string
		l, v int
	}{{"the", 0, 0}, {"the", 1, 0}, {"a", 1, 1}, {"a", 2, 4}, {"dog", 0, 1}, {"dog", 2, 13}, {"cat", 1, 3}, {"cat", 2, 12}} {
		if got := at(tc.w, tc.l); got != tc.v {
			t.Errorf("class of %q at level %d = %d, want %d", tc.w, tc.l, got, tc.v)
		}
	}
	for _, bad := range [][]int{{4}, {2, 2}, {0, 3}, {4, 17}} {
		if _, err := FromPaths(nil, bad, false); err == nil {
			t.Errorf("FromPaths with levels %v: no error", bad)
		}
	}
	if _, err := FromPaths(map[string]string{"x": "012"}, []int{1, 2}, false); err == nil {
		t.Error("FromPaths of a path with a 2: no error")
	}
}
