package ud

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// replay returns an analyser that gives each sentence the analysis of
// the sentence of sys with its sent_id, failing t if the sentence it is
// given holds anything of the gold analysis.
func replay(t *testing.T, sys []syntax.Sentence) func(*syntax.Sentence) {
	byID := map[string]syntax.Sentence{}
	for _, s := range sys {
		id, _ := s.Comment("sent_id")
		byID[id] = s
	}
	return func(s *syntax.Sentence) {
		for _, w := range s.Words {
			if w.Head != syntax.NoHead || w.Lemma != "" || w.UPOS != "" || w.XPOS != "" || w.Feats != "" || w.Rel != "" || w.Deps != "" {
				t.Errorf("analyse given %+v, want the word without its gold analysis", w)
			}
		}
		id, _ := s.Comment("sent_id")
		for i := range s.Words {
			if i < len(byID[id].Words) {
				s.Words[i] = byID[id].Words[i]
			}
		}
	}
}

// chain is the simplest analysis that makes a tree: each word depends on
// the word before it.
func chain(s *syntax.Sentence) {
	for i := range s.Words {
		s.Words[i].Head, s.Words[i].Rel = i, "dep"
	}
	if len(s.Words) > 0 {
		s.Words[0].Rel = "root"
	}
}

func TestEvaluate(t *testing.T) {
	r, err := EvalFile(goldFile, replay(t, read(t, systemFile)))
	if err != nil {
		t.Fatal(err)
	}
	if r.Name != goldFile || r.Sentences != 2 || r.Counts != wantCounts || !reflect.DeepEqual(r.Relations, wantRelations) {
		t.Errorf("EvalFile = %+v; want %s, 2 sentences, %+v, %+v", r, goldFile, wantCounts, wantRelations)
	}
}

func TestEvaluateErrors(t *testing.T) {
	gold := read(t, goldFile)
	var b strings.Builder
	if err := syntax.WriteCoNLLU(&b, gold); err != nil {
		t.Fatal(err)
	}
	good := b.String()
	// Sentence 1 good, sentence 2 unreadable at line 10, sentence 3 with a
	// gold word without a head, sentence 4 good.
	in := strings.Split(good, "\n\n")[0] + "\n\n" +
		"# sent_id = bad\n1\tA\n\n" +
		"# sent_id = headless\n1\tA\tA\tX\t_\t_\t_\t_\t_\t_\n\n" +
		strings.Split(good, "\n\n")[1] + "\n\n"
	r, err := Evaluate("x.conllu", strings.NewReader(in), chain)
	var list syntax.ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("error %v, want a list of 2", err)
	}
	want := []string{
		"x.conllu:10: want 10 tab-separated columns, have 2",
		"x.conllu: sentence 2 (sent_id = headless): gold word 1 has no head",
	}
	for i, e := range list {
		if e.Error() != want[i] {
			t.Errorf("error %d = %q, want %q", i+1, e, want[i])
		}
	}
	if r.Sentences != 2 || r.Words != 9 {
		t.Errorf("scored %d sentences, %d words; want the 2 good ones, 9 words", r.Sentences, r.Words)
	}

	// An analyser that changes the words is reported too.
	drop := func(s *syntax.Sentence) { s.Words = s.Words[1:] }
	_, err = Evaluate("x.conllu", strings.NewReader(good), drop)
	if !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), "x.conllu: sentence 1 (sent_id = s1): ud: system and gold words differ: 5 gold words, 4 system") {
		t.Errorf("error %v, want ErrMismatch naming sentence 1", err)
	}

	for _, in := range []string{"", "\n\n"} {
		if _, err := Evaluate("x.conllu", strings.NewReader(in), chain); !errors.Is(err, ErrNoSentences) || err.Error() != "x.conllu: ud: no sentences" {
			t.Errorf("Evaluate(%q): error %v, want ErrNoSentences", in, err)
		}
	}
	if _, err := EvalFile("testdata/missing.conllu", chain); err == nil {
		t.Errorf("EvalFile of a missing file: no error")
	}
}
