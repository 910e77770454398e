package actor

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/gazetteer.bin from the tables of data/")

// built returns the builder of the tables of data/ and the compact form
// it makes.
func built(tb testing.TB) (*builder, []byte) {
	tb.Helper()
	b, err := buildGazetteer(os.DirFS("data"))
	if err != nil {
		tb.Fatal(err)
	}
	data, err := b.encode()
	if err != nil {
		tb.Fatal(err)
	}
	return b, data
}

// TestGazetteerBin checks that data/gazetteer.bin, which the program
// embeds, is what the tables of data/ make, byte for byte: a table edited
// without go generate ./extract/actor fails here. With -update it
// rewrites the file (as go generate does).
func TestGazetteerBin(t *testing.T) {
	_, data := built(t)
	if *update {
		if err := os.WriteFile("data/gazetteer.bin", data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(data, []byte(gazetteerBin)) {
		t.Fatalf("data/gazetteer.bin is not what the tables of data/ make (%d bytes against %d): run go generate ./extract/actor",
			len(gazetteerBin), len(data))
	}
	_, again := built(t)
	if !bytes.Equal(data, again) {
		t.Error("the same tables made different bytes")
	}
}

// TestCompactNames checks that the compact form answers every lookup as
// the builder's maps do.
func TestCompactNames(t *testing.T) {
	b, data := built(t)
	n, err := openNames(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := n.nEnts, len(b.ents); got != want {
		t.Fatalf("entities: got %d, want %d", got, want)
	}
	for i, want := range b.ents {
		if got := *n.ent(i); !reflect.DeepEqual(got, want) {
			t.Fatalf("entity %d: got %+v, want %+v", i, got, want)
		}
	}
	for name, want := range b.byName {
		if got, ok := n.row(name); !ok || got != want {
			t.Fatalf("row(%q): got %d, %v, want %d", name, got, ok, want)
		}
	}
	for w, want := range b.forms {
		if got := n.formsOf(w); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Fatalf("formsOf(%q): got %+v, want %+v", w, got, want)
		}
	}
	for name, want := range b.terms {
		if got := n.termsOf(name); !reflect.DeepEqual(got, want) {
			t.Fatalf("termsOf(%q): got %v, want %v", name, got, want)
		}
	}
	for w, want := range b.spellings {
		if got := n.spellingsOf(w); !reflect.DeepEqual(got, want) {
			t.Fatalf("spellingsOf(%q): got %v, want %v", w, got, want)
		}
	}
	if got := n.titledRows(); !reflect.DeepEqual(got, b.titled) {
		t.Errorf("titled: got %v, want %v", got, b.titled)
	}
	if got := n.stateWordIndex(); !reflect.DeepEqual(got, b.stateWords) {
		t.Errorf("stateWords: got %v, want %v", got, b.stateWords)
	}
	if _, ok := n.row("No Such Name"); ok {
		t.Error("row of a name the tables lack")
	}
	if got := n.formsOf("Nosuchword"); got != nil {
		t.Errorf("formsOf a word the tables lack: %v", got)
	}
}

// TestOpenNamesBad: a damaged compact form is an error, not a fault.
func TestOpenNamesBad(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
	}{
		{"empty", ""},
		{"not a gazetteer", "CHRONICLE-GAZETTEER-0\n" + gazetteerBin[len(gazetteerMagic):]},
		{"cut short", gazetteerBin[:len(gazetteerBin)/2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := openNames(tc.data); err == nil {
				t.Error("no error")
			}
		})
	}
}
