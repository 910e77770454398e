package syntax

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestWriteCoNLLU(t *testing.T) {
	data, sents := readSample(t)
	var b bytes.Buffer
	if err := WriteCoNLLU(&b, sents); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(data) {
		t.Errorf("written back:\n%s\nwant the file as it was:\n%s", got, data)
	}

	// A sentence built in code: empty columns are written "_".
	s := Sentence{Words: []Word{{ID: 1, Form: "Hi", Head: 0, Rel: "root"}, {ID: 2, Form: "!", Head: NoHead}}}
	b.Reset()
	n, err := s.WriteTo(&b)
	want := "1\tHi\t_\t_\t_\t_\t0\troot\t_\t_\n2\t!\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	if err != nil || b.String() != want || n != int64(len(want)) {
		t.Errorf("WriteTo = %d, %v, wrote %q; want %d, nil, %q", n, err, b.String(), len(want), want)
	}
}

func TestWriteCoNLLUInvalid(t *testing.T) {
	words := func() []Word { return []Word{w(1, "A", 0), w(2, "B", 1), w(3, "C", 2)} }
	tests := []struct {
		name string
		edit func(s *Sentence)
		want string // after "syntax: invalid sentence 2 (sent_id = s): "
	}{
		{"no words", func(s *Sentence) { s.Words = nil }, "no words"},
		{"ID", func(s *Sentence) { s.Words[1].ID = 3 }, "word 2 has ID 3"},
		{"head beyond", func(s *Sentence) { s.Words[1].Head = 4 }, "HEAD 4 of word 2 is outside the sentence's 3 words"},
		{"head below", func(s *Sentence) { s.Words[1].Head = -2 }, "HEAD -2 of word 2 is outside the sentence's 3 words"},
		{"own head", func(s *Sentence) { s.Words[1].Head = 2 }, "word 2 is its own head"},
		{"tab", func(s *Sentence) { s.Words[2].Misc = "a\tb" }, `word 3 has a tab or line break in "a\tb"`},
		{"line break", func(s *Sentence) { s.Words[0].Form = "a\nb" }, `word 1 has a tab or line break in "a\nb"`},
		{"comment", func(s *Sentence) { s.Comments = append(s.Comments, "text = A B C") }, `comment "text = A B C" is not one line beginning with #`},
		{"comment of two lines", func(s *Sentence) { s.Comments = append(s.Comments, "# a\n# b") }, `comment "# a\n# b" is not one line beginning with #`},
		{"token of one word", func(s *Sentence) { s.Tokens = []MultiToken{{First: 2, Last: 2, Form: "B"}} }, "multiword token 2-2 is not a range of two or more of the sentence's 3 words"},
		{"token beyond", func(s *Sentence) { s.Tokens = []MultiToken{{First: 2, Last: 4, Form: "BCD"}} }, "multiword token 2-4 is not a range of two or more of the sentence's 3 words"},
		{"tokens overlapping", func(s *Sentence) { s.Tokens = []MultiToken{{First: 1, Last: 2}, {First: 2, Last: 3}} }, "multiword token 2-3 is out of order or overlaps the one before"},
		{"token form", func(s *Sentence) { s.Tokens = []MultiToken{{First: 1, Last: 2, Form: "A\tB"}} }, `multiword token 1-2 has a tab or line break in "A\tB"`},
		{"empty node beyond", func(s *Sentence) { s.Empty = []EmptyNode{{After: 4, Index: 1}} }, "empty node 4.1 is out of order or outside the sentence"},
		{"empty nodes out of order", func(s *Sentence) { s.Empty = []EmptyNode{{After: 2, Index: 1}, {After: 1, Index: 1}} }, "empty node 1.1 is out of order or outside the sentence"},
		{"empty node index", func(s *Sentence) { s.Empty = []EmptyNode{{After: 2, Index: 1}, {After: 2, Index: 3}} }, "empty node 2.3, want 2.2"},
		{"empty node column", func(s *Sentence) { s.Empty = []EmptyNode{{After: 0, Index: 1, Deps: "1:x\n"}} }, `empty node 0.1 has a tab or line break in "1:x\n"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Sentence{Comments: []string{"# sent_id = s"}, Words: words()}
			tc.edit(&s)
			var b bytes.Buffer
			err := WriteCoNLLU(&b, []Sentence{{Words: words()}, s})
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v, want ErrInvalid", err)
			}
			if want := "syntax: invalid sentence 2 (sent_id = s): " + tc.want; err.Error() != want {
				t.Errorf("error = %q, want %q", err, want)
			}
			if b.Len() > 0 {
				t.Errorf("wrote %q, want nothing", b.String())
			}
			b.Reset()
			if _, err := s.WriteTo(&b); !errors.Is(err, ErrInvalid) || b.Len() > 0 || !strings.HasPrefix(err.Error(), "syntax: invalid sentence (sent_id = s): ") {
				t.Errorf("WriteTo: error %v, wrote %q; want ErrInvalid naming the sentence, nothing written", err, b.String())
			}
		})
	}
}

// TestWriteCoNLLUPlacement checks where multiword tokens and empty nodes
// go among the words when a sentence has several of each.
func TestWriteCoNLLUPlacement(t *testing.T) {
	s := Sentence{
		Words:  []Word{w(1, "A", 0), w(2, "B", 1), w(3, "C", 1), w(4, "D", 1)},
		Tokens: []MultiToken{{First: 1, Last: 2, Form: "AB"}, {First: 3, Last: 4, Form: "CD"}},
		Empty:  []EmptyNode{{After: 0, Index: 1, Form: "Z"}, {After: 2, Index: 1, Form: "Y"}, {After: 2, Index: 2, Form: "X"}, {After: 4, Index: 1, Form: "W"}},
	}
	var b bytes.Buffer
	if err := WriteCoNLLU(&b, []Sentence{s}); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for l := range strings.Lines(b.String()) {
		id, _, _ := strings.Cut(l, "\t")
		ids = append(ids, strings.TrimSpace(id))
	}
	if got, want := strings.Join(ids, " "), "0.1 1-2 1 2 2.1 2.2 3-4 3 4 4.1 "; got != want {
		t.Errorf("IDs in order %q, want %q", got, want)
	}
	back, err := ReadCoNLLU("x", &b)
	if err != nil || len(back) != 1 || len(back[0].Empty) != 4 || len(back[0].Tokens) != 2 {
		t.Errorf("read back %+v, %v; want the sentence", back, err)
	}
}
