package event

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/triggers.bin from data/triggers.tsv")

// builtTriggers returns the triggers and rows of data/triggers.tsv as
// buildTriggers makes them.
func builtTriggers(tb testing.TB) (map[string][]trigger, map[string]trigger) {
	tb.Helper()
	table, err := os.ReadFile("data/triggers.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	trigs, rows, err := buildTriggers(string(table))
	if err != nil {
		tb.Fatal(err)
	}
	return trigs, rows
}

// TestTriggersBin checks that data/triggers.bin, which the program
// embeds, is what data/triggers.tsv makes, byte for byte: a table edited
// without go generate ./extract/event fails here. With -update it
// rewrites the file (as go generate does).
func TestTriggersBin(t *testing.T) {
	data, err := encodeTriggers(builtTriggers(t))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("data/triggers.bin", data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(data, []byte(triggersBin)) {
		t.Fatal("data/triggers.bin is not what data/triggers.tsv makes: run go generate ./extract/event")
	}
}

// TestCompactTriggers checks that the compact form answers every lookup
// as buildTriggers's maps do.
func TestCompactTriggers(t *testing.T) {
	trigs, rows := builtTriggers(t)
	data, err := encodeTriggers(trigs, rows)
	if err != nil {
		t.Fatal(err)
	}
	s, err := openTriggers(string(data))
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range trigs {
		if got := s.of(w); !reflect.DeepEqual(got, want) {
			t.Fatalf("of(%q): got %+v, want %+v", w, got, want)
		}
	}
	for typ, want := range rows {
		if got := s.row(typ); !reflect.DeepEqual(got, want) {
			t.Fatalf("row(%q): got %+v, want %+v", typ, got, want)
		}
	}
	if got := s.of("nosuchword"); got != nil {
		t.Errorf("of a word with no trigger: %v", got)
	}
	if _, err := openTriggers("CHRONICLE-TRIGGERS-0\n"); err == nil {
		t.Error("a file of another kind opened")
	}
}
