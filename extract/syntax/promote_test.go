package syntax

import (
	"os"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// TestPromote checks that the default Analyzer, after promoteAfter
// sentences, takes the models copied into huge pages, and that they
// analyse every sentence as the models where they lay did.
func TestPromote(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/news/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	sents := FromDoc(text.New(string(data)))
	if len(sents) < 10 {
		t.Fatalf("%d sentences in the seed", len(sents))
	}
	// an Analyzer of its own, with the default's models and promotion
	a := &Analyzer{lemmas: def.lemmas, promote: def.promote}
	before := def.models.Load()
	a.models.Store(before)
	want := make([]Sentence, len(sents))
	for i := range sents {
		want[i] = clone(sents[i])
		a.Analyze(&want[i])
	}
	for i := 0; a.analysed.Load() < promoteAfter; i++ {
		s := clone(sents[i%len(sents)])
		a.Analyze(&s)
	}
	deadline := time.Now().Add(10 * time.Second)
	for a.models.Load() == before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	after := a.models.Load()
	if after == before {
		t.Fatalf("no promotion after %d sentences", a.analysed.Load())
	}
	if after.parser == before.parser || after.tagger == before.tagger {
		t.Errorf("promoted models share a model with the first: %p %p, %p %p", after.tagger, before.tagger, after.parser, before.parser)
	}
	for i := range sents {
		got := clone(sents[i])
		a.Analyze(&got)
		for j := range got.Words {
			g, w := got.Words[j], want[i].Words[j]
			if g.UPOS != w.UPOS || g.XPOS != w.XPOS || g.Lemma != w.Lemma || g.Head != w.Head || g.Rel != w.Rel {
				t.Fatalf("sentence %d word %d: %+v after promotion, %+v before", i, j, g, w)
			}
		}
	}
}

// clone returns a copy of s with words of its own.
func clone(s Sentence) Sentence {
	s.Words = append([]Word(nil), s.Words...)
	return s
}
