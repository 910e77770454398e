package clusters

import (
	"errors"
	"maps"
	"testing"
)

// TestOpenCompact checks that Clusters opened from their compact form
// are the Clusters loaded: the same words, clusters, paths and tree.
func TestOpenCompact(t *testing.T) {
	c := load(t, small)
	data, err := c.AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	o, err := Open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(o.Paths(), c.Paths()) {
		t.Errorf("paths: got %v, want %v", o.Paths(), c.Paths())
	}
	for w := range c.Paths() {
		k := c.Of(w)
		if got := o.Of(w); got != k {
			t.Errorf("Of(%q): got %d, want %d", w, got, k)
		}
		for n := range 6 {
			if got, want := o.Prefix(k, n), c.Prefix(k, n); got != want {
				t.Errorf("Prefix(%d, %d): got %d, want %d", k, n, got, want)
			}
		}
	}
	if got, want := o.Leaves(), c.Leaves(); got != want {
		t.Errorf("Leaves: got %d, want %d", got, want)
	}
}

func TestOpenCompactBad(t *testing.T) {
	data, err := load(t, small).AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data string
	}{
		{"empty", ""},
		{"not a compact form", "CHRONICLE-CLUSTERS-0\n" + string(data[len(compactMagic):])},
		{"cut in the nodes", string(data[:len(compactMagic)+6])},
		{"cut in the words", string(data[:len(data)-1])},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Open(tc.data); !errors.Is(err, ErrFormat) {
				t.Errorf("got %v, want ErrFormat", err)
			}
		})
	}
}
