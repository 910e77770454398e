package hashtab

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// words returns n distinct keys of varied lengths, some sharing prefixes.
func words(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d", strings.Repeat("w", i%13), i)
	}
	return out
}

// build makes a table of keys, each valued by its index times 3.
func build(tb testing.TB, keys []string) (*Table, []byte) {
	tb.Helper()
	var b Builder
	for i, k := range keys {
		b.Add(k, uint32(3*i))
	}
	data, err := b.Bytes()
	if err != nil {
		tb.Fatal(err)
	}
	t, n, err := Open(string(data))
	if err != nil {
		tb.Fatal(err)
	}
	if n != len(data) {
		tb.Fatalf("Open read %d bytes of %d", n, len(data))
	}
	return t, data
}

func TestGet(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []string
	}{
		{"empty", nil},
		{"one", []string{"Russia"}},
		{"empty key", []string{"", "a"}},
		{"many", words(5000)},
		{"long keys", []string{strings.Repeat("x", 100), strings.Repeat("x", 99) + "y", "North Atlantic Treaty Organization"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, _ := build(t, tc.keys)
			if got, want := tab.Len(), len(tc.keys); got != want {
				t.Errorf("Len: got %d, want %d", got, want)
			}
			for i, k := range tc.keys {
				if v, ok := tab.Get(k); !ok || v != uint32(3*i) {
					t.Errorf("Get(%q): got %d, %v, want %d, true", k, v, ok, 3*i)
				}
				if v, ok := tab.GetBytes([]byte(k)); !ok || v != uint32(3*i) {
					t.Errorf("GetBytes(%q): got %d, %v", k, v, ok)
				}
				if got := tab.Key(i); got != k {
					t.Errorf("Key(%d): got %q, want %q", i, got, k)
				}
				if got := tab.Value(i); got != uint32(3*i) {
					t.Errorf("Value(%d): got %d, want %d", i, got, 3*i)
				}
			}
			for _, k := range []string{"absent", "Russia ", "w", "wwwwwwwwwwww", strings.Repeat("x", 98)} {
				if _, ok := tab.Get(k); ok && !contains(tc.keys, k) {
					t.Errorf("Get(%q) found a key never added", k)
				}
			}
		})
	}
}

func contains(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// TestNilTable: a nil table, as a loader that found no table leaves it,
// has no keys.
func TestNilTable(t *testing.T) {
	var tab *Table
	if _, ok := tab.Get("a"); ok {
		t.Error("a nil table found a key")
	}
}

// TestSameBytes: the layout depends on nothing but the keys, the values
// and their order, as a generated file must.
func TestSameBytes(t *testing.T) {
	_, a := build(t, words(1000))
	_, b := build(t, words(1000))
	if !bytes.Equal(a, b) {
		t.Error("the same keys made different bytes")
	}
}

func TestAddedTwice(t *testing.T) {
	var b Builder
	b.Add("a", 1)
	b.Add("a", 2)
	if _, err := b.Bytes(); err == nil {
		t.Error("a key added twice: no error")
	}
}

func TestOpenBad(t *testing.T) {
	_, data := build(t, words(100))
	for _, tc := range []struct {
		name string
		data string
	}{
		{"empty", ""},
		{"not a table", "HASHTAB0" + string(data[8:])},
		{"cut in the slots", string(data[:100])},
		{"cut in the keys", string(data[:len(data)-1])},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := Open(tc.data); err == nil {
				t.Error("no error")
			}
		})
	}
}

// TestDamagedSlots: a table whose every slot is taken still answers a
// lookup of a key it lacks.
func TestDamagedSlots(t *testing.T) {
	_, data := build(t, []string{"a"})
	for i := headerSize; i < headerSize+8*3; i++ {
		data[i] = 0xff
	}
	tab, _, err := Open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tab.Get("b"); ok {
		t.Error("found a key never added")
	}
}

// BenchmarkGet looks up words a table has, against a Go map of the same.
func BenchmarkGet(b *testing.B) {
	keys := words(30000)
	tab, _ := build(b, keys)
	m := make(map[string]uint32, len(keys))
	for i, k := range keys {
		m[k] = uint32(i)
	}
	b.Run("table", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			tab.Get(keys[i%len(keys)])
		}
	})
	b.Run("map", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			_ = m[keys[i%len(keys)]]
		}
	})
}
