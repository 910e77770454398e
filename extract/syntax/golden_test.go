package syntax

import (
	"os"
	"slices"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// testdata/news.conllu holds fifteen sentences of news written for this
// test, none from a treebank, each with its tree checked by hand against
// the UD guidelines as the English Web Treebank applies them: a passive
// with its agent, coordinated subjects, "are expected to meet" (raising),
// "plans to hold" and "agreed to buy" (control), a relative clause, a
// quoted statement, denials of a clause and of a gerund, negation, a
// reported clause, and "X, the chancellor announced".

// TestGolden parses the text of each golden sentence and checks every
// word's part of speech, head and relation. It allows one word of them
// all (145 at this writing) to be wrong, and logs it: a statistical parser retrained for a
// better score on two thousand dev sentences should not be refused for
// one attachment here, nor chosen for one. At this writing the one is a
// prepositional phrase ("to the rebels" hung on "weapons", not on
// "sending"). What extraction asks of these trees TestGoldenReadings
// checks exactly.
func TestGolden(t *testing.T) {
	f, err := os.Open("testdata/news.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadCoNLLU("news.conllu", f)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 12 {
		t.Fatalf("%d golden sentences, want a dozen at least", len(gold))
	}
	const maxWrong = 1
	words, wrong := 0, 0
	for _, g := range gold {
		src, _ := g.Comment("text")
		got := Parse(text.New(src))
		if len(got) != 1 || len(got[0].Words) != len(g.Words) {
			t.Errorf("%s: parsed as %d sentences, want one of %d words", src, len(got), len(g.Words))
			continue
		}
		for i, w := range got[0].Words {
			gw := g.Words[i]
			words++
			if w.Form != gw.Form || w.UPOS != gw.UPOS || w.Head != gw.Head || w.Rel != gw.Rel {
				wrong++
				t.Logf("%s\n\tword %d %s/%s → %d %s; want %s/%s → %d %s", src, w.ID, w.Form, w.UPOS, w.Head, w.Rel, gw.Form, gw.UPOS, gw.Head, gw.Rel)
			}
		}
	}
	if wrong > maxWrong {
		t.Errorf("%d of %d golden words analysed wrong (logged above), want at most %d", wrong, words, maxWrong)
	}
}

// TestGoldenReadings asks the Tree of golden sentences what extraction
// will ask of it.
func TestGoldenReadings(t *testing.T) {
	parse := func(src string) *Tree {
		s := Parse(text.New(src))
		if len(s) != 1 {
			t.Fatalf("%s: %d sentences", src, len(s))
		}
		return NewTree(&s[0])
	}
	index := func(tr *Tree, form string) int {
		for i := range tr.s.Words {
			if tr.Word(i).Form == form {
				return i
			}
		}
		t.Fatalf("no word %q", form)
		return -1
	}
	forms := func(tr *Tree, is []int) []string {
		var out []string
		for _, i := range is {
			out = append(out, tr.Word(i).Form)
		}
		return out
	}
	for _, tc := range []struct {
		src, pred        string
		subj, obj, agent []string
		passive, negated bool
	}{
		{"The convoy was attacked by rebels on Tuesday.", "attacked", []string{"convoy"}, nil, []string{"rebels"}, true, false},
		{"Russia and China blocked the resolution.", "blocked", []string{"Russia", "China"}, []string{"resolution"}, nil, false, false},
		{"The two ministers are expected to meet in Brussels next week.", "meet", []string{"ministers"}, nil, nil, false, false},
		{"Police arrested the man who threw the bomb.", "threw", []string{"man"}, []string{"bomb"}, nil, false, false},
		{"Japan plans to hold talks with South Korea in May.", "hold", []string{"Japan"}, []string{"talks"}, nil, false, false},
		{"The president did not attend the summit.", "attend", []string{"president"}, []string{"summit"}, nil, false, true},
		{"Iran denied sending weapons to the rebels.", "sending", []string{"Iran"}, []string{"weapons"}, nil, false, false},
		{"The hostages were freed by the army after talks with the kidnappers.", "freed", []string{"hostages"}, nil, []string{"army"}, true, false},
	} {
		tr := parse(tc.src)
		p := index(tr, tc.pred)
		if got := forms(tr, tr.Subjects(p)); !slices.Equal(got, tc.subj) {
			t.Errorf("%s: subjects of %q = %q, want %q", tc.src, tc.pred, got, tc.subj)
		}
		if got := forms(tr, tr.Objects(p)); !slices.Equal(got, tc.obj) {
			t.Errorf("%s: objects of %q = %q, want %q", tc.src, tc.pred, got, tc.obj)
		}
		if got := forms(tr, tr.Agent(p)); !slices.Equal(got, tc.agent) {
			t.Errorf("%s: agent of %q = %q, want %q", tc.src, tc.pred, got, tc.agent)
		}
		if tr.Passive(p) != tc.passive || tr.Negated(p) != tc.negated {
			t.Errorf("%s: %q passive %v, negated %v; want %v, %v", tc.src, tc.pred, tr.Passive(p), tr.Negated(p), tc.passive, tc.negated)
		}
	}
}
