package ud

import (
	"errors"
	"os"
	"reflect"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// The hand-made pair: testdata/gold.conllu, two sentences of 5 and 4
// words, and testdata/system.conllu, an analysis of them with these
// mistakes:
//
//	s1  saw    lemma saw, want see                        lemma
//	s1  the    head saw, want cat                         UAS, LAS
//	s1  cat    UPOS PROPN, want NOUN                      UPOS
//	s1  .      XPOS ",", want "."; head cat, want saw     XPOS, UAS, LAS
//	s2  It     nsubj for nsubj:pass: the same universally  —
//	s2  was    XPOS VBZ, want VBD; aux for aux:pass        XPOS
//	s2  eaten  lemma eaten, want eat                      lemma
//	s2  xyz    lemma whatever, gold _: right in CoNLL 2018 —
//	s2  xyz    dep, want goeswith                         LAS
//
// So of 9 words: UPOS 8, XPOS 7, lemmas 7, UAS 7, LAS 6.
const (
	goldFile   = "testdata/gold.conllu"
	systemFile = "testdata/system.conllu"
)

// wantCounts and wantRelations are the hand-made pair's scores.
var (
	wantCounts    = Counts{Words: 9, UPOS: 8, XPOS: 7, Lemmas: 7, UAS: 7, LAS: 6}
	wantRelations = []Relation{
		{Rel: "aux", Gold: 1, System: 1, Correct: 1},
		{Rel: "dep", Gold: 0, System: 1, Correct: 0},
		{Rel: "det", Gold: 1, System: 1, Correct: 0},
		{Rel: "goeswith", Gold: 1, System: 0, Correct: 0},
		{Rel: "nsubj", Gold: 2, System: 2, Correct: 2},
		{Rel: "obj", Gold: 1, System: 1, Correct: 1},
		{Rel: "punct", Gold: 1, System: 1, Correct: 0},
		{Rel: "root", Gold: 2, System: 2, Correct: 2},
	}
)

// read reads the CoNLL-U file at path.
func read(tb testing.TB, path string) []syntax.Sentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := syntax.ReadCoNLLU(path, f)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

func TestScore(t *testing.T) {
	gold, sys := read(t, goldFile), read(t, systemFile)
	r, err := Score("gold", gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	if r.Name != "gold" || r.Sentences != 2 || r.Counts != wantCounts {
		t.Errorf("Score = %s, %d sentences, %+v; want gold, 2, %+v", r.Name, r.Sentences, r.Counts, wantCounts)
	}
	if !reflect.DeepEqual(r.Relations, wantRelations) {
		t.Errorf("relations = %+v, want %+v", r.Relations, wantRelations)
	}

	r, err = Score("gold", gold, gold)
	if err != nil || r.Counts != (Counts{9, 9, 9, 9, 9, 9}) {
		t.Errorf("gold against itself: %+v, %v; want every word right", r.Counts, err)
	}
}

func TestScores(t *testing.T) {
	got := wantCounts.Scores()
	want := Scores{UPOS: 8.0 / 9, XPOS: 7.0 / 9, Lemmas: 7.0 / 9, UAS: 7.0 / 9, LAS: 6.0 / 9}
	if got != want {
		t.Errorf("Scores = %+v, want %+v", got, want)
	}
	if got := (Counts{}).Scores(); got != (Scores{}) {
		t.Errorf("scores of nothing = %+v, want zeros", got)
	}
	if got, want := wantCounts.Add(Counts{1, 1, 0, 1, 0, 0}), (Counts{10, 9, 7, 8, 7, 6}); got != want {
		t.Errorf("Add = %+v, want %+v", got, want)
	}
	for _, r := range wantRelations {
		if r.Rel == "nsubj" {
			if p := r.PRF(); p.P != 1 || p.R != 1 || p.F1 != 1 {
				t.Errorf("nsubj PRF = %+v, want all 1", p)
			}
		}
	}
}

func TestScoreErrors(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(gold, sys []syntax.Sentence) ([]syntax.Sentence, []syntax.Sentence)
		want     string
		mismatch bool
	}{
		{"a sentence fewer", func(g, s []syntax.Sentence) ([]syntax.Sentence, []syntax.Sentence) { return g, s[:1] },
			"gold: ud: system and gold words differ: 2 gold sentences, 1 system", true},
		{"a word fewer", func(g, s []syntax.Sentence) ([]syntax.Sentence, []syntax.Sentence) {
			s[1].Words = s[1].Words[:3]
			return g, s
		}, "gold: sentence 2 (sent_id = s2): ud: system and gold words differ: 4 gold words, 3 system", true},
		{"another form", func(g, s []syntax.Sentence) ([]syntax.Sentence, []syntax.Sentence) {
			s[0].Words[3].Form = "dog"
			return g, s
		}, `gold: sentence 1 (sent_id = s1): ud: system and gold words differ: word 4 is "dog", want "cat"`, true},
		{"no gold head", func(g, s []syntax.Sentence) ([]syntax.Sentence, []syntax.Sentence) {
			g[1].Words[0].Head = syntax.NoHead
			g[1].Comments = nil
			return g, s
		}, "gold: sentence 2: gold word 1 has no head", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gold, sys := tc.edit(read(t, goldFile), read(t, systemFile))
			_, err := Score("gold", gold, sys)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if errors.Is(err, ErrMismatch) != tc.mismatch {
				t.Errorf("errors.Is(err, ErrMismatch) = %v, want %v", !tc.mismatch, tc.mismatch)
			}
		})
	}
}
