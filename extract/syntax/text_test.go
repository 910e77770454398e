package syntax

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/text"
)

func TestFromDoc(t *testing.T) {
	src := "Russia's troops\n  left. Why did NATO (again) ask?\n\nThey met."
	sents := FromDoc(text.New(src))
	want := []struct {
		comments []string
		forms    []string
		noSpace  []bool // SpaceAfter=No
	}{
		{[]string{"# sent_id = 1", "# text = Russia's troops left."},
			[]string{"Russia", "'s", "troops", "left", "."},
			[]bool{true, false, false, true, false}},
		{[]string{"# sent_id = 2", "# text = Why did NATO (again) ask?"},
			[]string{"Why", "did", "NATO", "(", "again", ")", "ask", "?"},
			[]bool{false, false, false, true, true, false, true, false}},
		{[]string{"# sent_id = 3", "# text = They met."},
			[]string{"They", "met", "."},
			[]bool{false, true, false}},
	}
	if len(sents) != len(want) {
		t.Fatalf("%d sentences, want %d: %+v", len(sents), len(want), sents)
	}
	for i, s := range sents {
		if !reflect.DeepEqual(s.Comments, want[i].comments) {
			t.Errorf("sentence %d: comments %q, want %q", i+1, s.Comments, want[i].comments)
		}
		var forms []string
		var noSpace []bool
		for j, w := range s.Words {
			forms = append(forms, w.Form)
			noSpace = append(noSpace, w.Misc == "SpaceAfter=No")
			if w.ID != j+1 || w.Head != NoHead || src[w.Start:w.End] != w.Form {
				t.Errorf("sentence %d, word %d = %+v; want ID %d, no head, offsets of its form", i+1, j+1, w, j+1)
			}
		}
		if !reflect.DeepEqual(forms, want[i].forms) || !reflect.DeepEqual(noSpace, want[i].noSpace) {
			t.Errorf("sentence %d: forms %q, no space after %v; want %q, %v", i+1, forms, noSpace, want[i].forms, want[i].noSpace)
		}
	}
	if got := FromDoc(text.New(" \n")); len(got) != 0 {
		t.Errorf("FromDoc of white space = %+v, want no sentences", got)
	}
}

// TestFromDocWords checks that contractions are split, as multiword
// tokens, and abbreviations kept with their dot, each word with the
// offsets of its part of the text.
func TestFromDocWords(t *testing.T) {
	src := "Mr. Kim didn’t say they'd leave; we can't, cannot and won't on Jan. 12."
	sents := FromDoc(text.New(src))
	if len(sents) != 1 {
		t.Fatalf("%d sentences, want 1", len(sents))
	}
	s := sents[0]
	var forms []string
	for _, w := range s.Words {
		forms = append(forms, w.Form)
		if src[w.Start:w.End] != w.Form {
			t.Errorf("word %d %q has the offsets of %q", w.ID, w.Form, src[w.Start:w.End])
		}
	}
	want := []string{"Mr.", "Kim", "did", "n’t", "say", "they", "'d", "leave", ";", "we", "ca", "n't", ",",
		"can", "not", "and", "wo", "n't", "on", "Jan.", "12", "."}
	if !reflect.DeepEqual(forms, want) {
		t.Errorf("words %q,\nwant %q", forms, want)
	}
	var tokens []string
	for _, m := range s.Tokens {
		tokens = append(tokens, m.Form)
		if got := s.Words[m.First-1].Form + s.Words[m.Last-1].Form; got != m.Form || m.Last != m.First+1 {
			t.Errorf("token %q spans words %d-%d, %q", m.Form, m.First, m.Last, got)
		}
	}
	if want := []string{"didn’t", "they'd", "can't", "cannot", "won't"}; !reflect.DeepEqual(tokens, want) {
		t.Errorf("multiword tokens %q, want %q", tokens, want)
	}
	if s.Tokens[2].Misc != "SpaceAfter=No" || s.Words[10].Misc != "" {
		t.Errorf("\"can't,\": token misc %q, word misc %q; want SpaceAfter=No on the token only", s.Tokens[2].Misc, s.Words[10].Misc)
	}
}

// TestFromDocMarks checks that runs of marks package text splits are
// one word each, with their offsets.
func TestFromDocMarks(t *testing.T) {
	src := "`` No -- never... '' she said ?! Then - a dash - and 'quotes' ."
	sents := FromDoc(text.New(src))
	var forms []string
	for _, s := range sents {
		for _, w := range s.Words {
			forms = append(forms, w.Form)
			if src[w.Start:w.End] != w.Form {
				t.Errorf("word %q has the offsets of %q", w.Form, src[w.Start:w.End])
			}
		}
	}
	want := []string{"``", "No", "--", "never", "...", "''", "she", "said", "?!", "Then", "-", "a", "dash", "-", "and", "'", "quotes", "'", "."}
	if !reflect.DeepEqual(forms, want) {
		t.Errorf("words %q,\nwant %q", forms, want)
	}
}

// TestSentenceOf checks that a sentence made alone is the one FromDoc
// makes among the others, on the bundled news articles.
func TestSentenceOf(t *testing.T) {
	files, err := filepath.Glob("../../testdata/news/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bundled articles: %v", err)
	}
	texts := []string{"Russia's troops\n  left.Why did NATO ask?", "Mr. Smith didn't go.U.S. forces stayed."}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, src := range texts {
		d := text.New(src)
		all := FromDoc(d)
		for k := range all {
			if got := SentenceOf(d, k); !reflect.DeepEqual(got, all[k]) {
				t.Fatalf("SentenceOf(%d) = %+v\nFromDoc's = %+v", k, got, all[k])
			}
		}
	}
}
