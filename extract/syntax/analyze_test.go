package syntax

import (
	"strings"
	"testing"
)

func TestBaseline(t *testing.T) {
	s := Sentence{}
	for i, f := range strings.Fields("The UN met in 2021 , Biden said .") {
		s.Words = append(s.Words, Word{ID: i + 1, Form: f, Head: NoHead, Feats: "kept", Start: -1, End: -1})
	}
	Baseline(&s)
	want := []struct {
		lemma, upos, xpos string
		head              int
		rel               string
	}{
		{"the", "DET", "DT", 0, "root"},
		{"un", "X", "", 1, "dep"},
		{"met", "X", "", 2, "dep"},
		{"in", "ADP", "IN", 3, "dep"},
		{"2021", "NUM", "CD", 4, "dep"},
		{",", "PUNCT", ",", 5, "dep"},
		{"biden", "X", "", 6, "dep"},
		{"said", "X", "", 7, "dep"},
		{".", "PUNCT", ".", 8, "dep"},
	}
	for i, w := range s.Words {
		wt := want[i]
		if w.Lemma != wt.lemma || w.UPOS != wt.upos || w.XPOS != wt.xpos || w.Head != wt.head || w.Rel != wt.rel {
			t.Errorf("word %d %q: %s %s %q head %d %s; want %s %s %q head %d %s", w.ID, w.Form,
				w.Lemma, w.UPOS, w.XPOS, w.Head, w.Rel, wt.lemma, wt.upos, wt.xpos, wt.head, wt.rel)
		}
		if w.Feats != "kept" {
			t.Errorf("word %d: feats %q, want them left alone", w.ID, w.Feats)
		}
	}
	if err := check(&s); err != nil {
		t.Errorf("Baseline's analysis cannot be written: %v", err)
	}
	Analyze(&Sentence{}) // no words, no panic
}

// TestAnalyze checks what any Analyze must do, the baseline or the
// parser: analyse every word, and make one tree of them.
func TestAnalyze(t *testing.T) {
	_, sents := readSample(t)
	for _, g := range sents {
		s := g.Tokenized()
		Analyze(&s)
		roots := 0
		for _, w := range s.Words {
			if w.Head == NoHead || w.Rel == "" || w.UPOS == "" || w.Lemma == "" {
				t.Errorf("word %d %q left unanalysed: %+v", w.ID, w.Form, w)
			}
			if w.Head == 0 {
				roots++
			}
			// Walking up from any word reaches the root within n steps.
			h, steps := w.Head, 0
			for h > 0 && steps <= len(s.Words) {
				h, steps = s.Words[h-1].Head, steps+1
			}
			if h != 0 {
				t.Errorf("word %d %q: its heads make a cycle", w.ID, w.Form)
			}
		}
		if roots != 1 {
			t.Errorf("%d roots, want 1", roots)
		}
		if err := check(&s); err != nil {
			t.Errorf("the analysis cannot be written: %v", err)
		}
	}
}
