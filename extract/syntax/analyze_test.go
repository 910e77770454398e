package syntax

import (
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
