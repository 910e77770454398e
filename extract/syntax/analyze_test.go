package syntax

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// TestAnalyzeTree checks that the embedded models load and that what
// they make of a sentence is a tree that can be written.
func TestAnalyzeTree(t *testing.T) {
	if _, err := Default(); err != nil {
		t.Fatalf("the embedded models: %v", err)
	}
	Analyze(&Sentence{}) // no words, no panic
	for _, s := range Parse(text.New("Russia's troops didn't leave the border, NATO said on Monday.")) {
		for _, w := range s.Words {
			if w.UPOS == "" || w.XPOS == "" || w.Lemma == "" || w.Rel == "" || w.Head == NoHead {
				t.Errorf("word %d %q left unanalysed: %+v", w.ID, w.Form, w)
			}
		}
		if err := check(&s); err != nil {
			t.Errorf("the analysis cannot be written: %v", err)
		}
	}
}

// TestAnalyzeConcurrent analyses the golden sentences from several
// goroutines at once: each must get what it gets alone.
func TestAnalyzeConcurrent(t *testing.T) {
	src := "The convoy was attacked by rebels on Tuesday. Russia and China blocked the resolution. " +
		"Iran denied sending weapons to the rebels. The president did not attend the summit."
	want := Parse(text.New(src))
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			for range 20 {
				got := Parse(text.New(src))
				if !reflect.DeepEqual(got, want) {
					errs <- fmt.Errorf("an analysis made alongside others differs")
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// TestAnalyzeNames checks that a word the caller knows is a name is
// read as a proper noun where the tagger makes it anything but a noun,
// and that the parse follows.
func TestAnalyzeNames(t *testing.T) {
	a := mustDefault()
	// the tagger alone makes "Volkswagen" an adverb (checked when this
	// was written)
	s := FromDoc(text.New("Volkswagen will cut 35,000 jobs in Germany by 2030, the company said."))[0]
	a.AnalyzeNames(&s, []bool{true})
	if w := s.Words[0]; w.UPOS != "PROPN" || w.Rel != "nsubj" {
		t.Errorf("Volkswagen is %s, %s of word %d", w.UPOS, w.Rel, w.Head)
	}
}
