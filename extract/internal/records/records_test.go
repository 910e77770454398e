package records

import (
	"bytes"
	"slices"
	"testing"
)

// write lays out a few rows and returns them and where each starts.
func write() ([]byte, []int) {
	var w Writer
	var at []int
	for _, row := range []struct {
		n    int
		s    string
		list []string
	}{{0, "", nil}, {1, "Russia", []string{"Russia", "Russian Federation"}}, {300000, "NATO", []string{""}}} {
		at = append(at, w.Len())
		w.Num(row.n)
		w.Str(row.s)
		w.Strs(row.list)
	}
	return w.AppendTo(nil), at
}

func TestRoundTrip(t *testing.T) {
	data, at := write()
	r, n, err := Open(string(data) + "after")
	if err != nil {
		t.Fatal(err)
	}
	if n != len(data) {
		t.Errorf("Open read %d bytes of %d", n, len(data))
	}
	for k, want := range []struct {
		n    int
		s    string
		list []string
	}{{0, "", []string{}}, {1, "Russia", []string{"Russia", "Russian Federation"}}, {300000, "NATO", []string{""}}} {
		c := r.At(at[k])
		if got := c.Num(); got != want.n {
			t.Errorf("row %d: Num got %d, want %d", k, got, want.n)
		}
		if got := c.Str(); got != want.s {
			t.Errorf("row %d: Str got %q, want %q", k, got, want.s)
		}
		if got := c.Strs(); !slices.Equal(got, want.list) {
			t.Errorf("row %d: Strs got %q, want %q", k, got, want.list)
		}
	}
	again, _ := write()
	if !bytes.Equal(data, again) {
		t.Error("the same rows made different bytes")
	}
}

func TestOpenBad(t *testing.T) {
	data, _ := write()
	for name, d := range map[string]string{
		"empty":       "",
		"not records": "RECORDS0" + string(data[8:]),
		"cut short":   string(data[:len(data)-1]),
	} {
		if _, _, err := Open(d); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestReadPastEnd: a reader past the records reads zeros, not a fault.
func TestReadPastEnd(t *testing.T) {
	data, _ := write()
	r, _, err := Open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	c := r.At(len(r.recs))
	if c.Num() != 0 || c.Str() != "" || len(c.Strs()) != 0 {
		t.Error("read something past the end")
	}
}
