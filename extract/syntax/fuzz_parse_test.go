package syntax

import (
	"testing"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// FuzzParse checks that no text, valid UTF-8 or not, makes the analysis
// panic, and that every sentence it makes is a tree over words whose
// offsets are their forms'.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Russia's troops didn't leave, NATO said on Monday.",
		"", "\x00\xff", "(((( ))))", "Mr. . . . can't'd n't",
		"“Yes,” he said — and left…\n\nThen: 10:30 a.m., $95.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, s := range Parse(text.New(src)) {
			if err := s.TreeError(); err != nil {
				t.Fatalf("%q: %v", src, err)
			}
			for _, w := range s.Words {
				if w.Start < 0 || w.End > len(src) || w.Start >= w.End || src[w.Start:w.End] != w.Form {
					t.Fatalf("%q: word %+v, not its text", src, w)
				}
				if w.UPOS == "" || w.XPOS == "" || w.Rel == "" || w.Lemma == "" {
					t.Fatalf("%q: word %+v unanalysed", src, w)
				}
			}
		}
	})
}
