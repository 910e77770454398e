package lemma

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"testing"
)

// TestCompactCommitted checks the compact form against the committed
// model's text: read and written again, the text is the same, and the
// model opened from its compact form lemmatises as the one read.
func TestCompactCommitted(t *testing.T) {
	f, err := os.Open("../../syntax/model/lemma.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadModel(bytes.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), text) {
		t.Error("the model written again is not the text read")
	}
	data, err := m.AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	o, err := Open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []struct{ form, upos, xpos string }{
		{"met", "VERB", "VBD"}, {"raided", "VERB", "VBD"}, {"fined", "VERB", "VBN"}, {"armies", "NOUN", "NNS"},
		{"Russia", "PROPN", "NNP"}, {"quarantined", "VERB", "VBN"}, {"zorbled", "VERB", "VBD"}, {"was", "AUX", "VBD"},
	} {
		if got, want := o.Lemma(w.form, w.upos, w.xpos), m.Lemma(w.form, w.upos, w.xpos); got != want {
			t.Errorf("Lemma(%q, %s): got %q opened, %q read", w.form, w.xpos, got, want)
		}
	}
}

func TestOpenBad(t *testing.T) {
	data, err := Train(toy()).AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]string{
		"empty":          "",
		"not a model":    "CHRONICLE-LEMMA-BIN-0\n" + string(data[len(compactMagic):]),
		"cut in strings": string(data[:len(compactMagic)+6]),
		"cut in tables":  string(data[:len(data)-1]),
	} {
		if _, err := Open(d); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestLemmaAllocs: a known word costs no allocation.
func TestLemmaAllocs(t *testing.T) {
	m := Train(toy())
	if n := testing.AllocsPerRun(100, func() { m.Lemma("met", "VERB", "VBD") }); n > 0 {
		t.Errorf("Lemma of a known word: %v allocations", n)
	}
}
