package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteCoNLLU writes sents to w as CoNLL-U: each sentence's comments, its
// words with its multiword tokens and empty nodes where they belong, and a
// blank line. An empty column is written "_". Sentences read by
// [ReadCoNLLU] are written as they were read.
//
// A sentence that would not be valid CoNLL-U — word IDs not 1, 2, 3… in
// order, a head outside the sentence or a word its own head, multiword
// tokens out of order or overlapping, empty nodes out of place, a comment
// not beginning with "#", a tab or line break inside a column — is an
// error wrapping [ErrInvalid], and nothing of it is written.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range sents {
		if err := check(&sents[i]); err != nil {
			return fmt.Errorf("%w %d%s: %v", ErrInvalid, i+1, label(&sents[i]), err)
		}
		bw.WriteString(format(&sents[i]))
	}
	return bw.Flush()
}

// WriteTo writes s to w as CoNLL-U, as [WriteCoNLLU] does.
func (s *Sentence) WriteTo(w io.Writer) (int64, error) {
	if err := check(s); err != nil {
		return 0, fmt.Errorf("%w%s: %v", ErrInvalid, label(s), err)
	}
	n, err := io.WriteString(w, format(s))
	return int64(n), err
}

// label returns " (sent_id = ID)" for a sentence with an ID, for errors.
func label(s *Sentence) string {
	if id, ok := s.Comment("sent_id"); ok {
		return " (sent_id = " + id + ")"
	}
	return ""
}

// format returns s in CoNLL-U. It must have passed check.
func format(s *Sentence) string {
	var b strings.Builder
	for _, c := range s.Comments {
		b.WriteString(c)
		b.WriteByte('\n')
	}
	e, t := 0, 0
	writeEmpty := func(after int) {
		for ; e < len(s.Empty) && s.Empty[e].After == after; e++ {
			n := s.Empty[e]
			id := strconv.Itoa(n.After) + "." + strconv.Itoa(n.Index)
			writeLine(&b, id, n.Form, n.Lemma, n.UPOS, n.XPOS, n.Feats, "_", "_", n.Deps, n.Misc)
		}
	}
	writeEmpty(0)
	for _, w := range s.Words {
		if t < len(s.Tokens) && s.Tokens[t].First == w.ID {
			m := s.Tokens[t]
			id := strconv.Itoa(m.First) + "-" + strconv.Itoa(m.Last)
			writeLine(&b, id, m.Form, "_", "_", "_", m.Feats, "_", "_", "_", m.Misc)
			t++
		}
		head := "_"
		if w.Head != NoHead {
			head = strconv.Itoa(w.Head)
		}
		writeLine(&b, strconv.Itoa(w.ID), w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats, head, w.Rel, w.Deps, w.Misc)
		writeEmpty(w.ID)
	}
	b.WriteByte('\n')
	return b.String()
}

// writeLine writes one line of ten columns, "_" for those empty.
func writeLine(b *strings.Builder, cols ...string) {
	for i, c := range cols {
		if i > 0 {
			b.WriteByte('\t')
		}
		if c == "" {
			c = "_"
		}
		b.WriteString(c)
	}
	b.WriteByte('\n')
}

// check reports what in s cannot be written as valid CoNLL-U that
// ReadCoNLLU would read back the same.
func check(s *Sentence) error {
	if len(s.Words) == 0 {
		return fmt.Errorf("no words")
	}
	for _, c := range s.Comments {
		if !strings.HasPrefix(c, "#") || strings.ContainsAny(c, "\n\r") {
			return fmt.Errorf("comment %q is not one line beginning with #", c)
		}
	}
	for i := range s.Words {
		if err := checkWord(s, i); err != nil {
			return err
		}
	}
	if err := checkTokens(s); err != nil {
		return err
	}
	return checkEmpty(s)
}

// checkWord checks word i of s.
func checkWord(s *Sentence, i int) error {
	w := s.Words[i]
	switch n := len(s.Words); {
	case w.ID != i+1:
		return fmt.Errorf("word %d has ID %d", i+1, w.ID)
	case w.Head < NoHead || w.Head > n:
		return fmt.Errorf("HEAD %d of word %d is outside the sentence's %d words", w.Head, w.ID, n)
	case w.Head == w.ID:
		return fmt.Errorf("word %d is its own head", w.ID)
	}
	return checkColumns(fmt.Sprintf("word %d", w.ID), w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats, w.Rel, w.Deps, w.Misc)
}

// checkTokens checks the multiword tokens of s.
func checkTokens(s *Sentence) error {
	last := 0
	for _, t := range s.Tokens {
		name := fmt.Sprintf("multiword token %d-%d", t.First, t.Last)
		switch {
		case t.First <= last:
			return fmt.Errorf("%s is out of order or overlaps the one before", name)
		case t.Last <= t.First || t.Last > len(s.Words):
			return fmt.Errorf("%s is not a range of two or more of the sentence's %d words", name, len(s.Words))
		}
		if err := checkColumns(name, t.Form, t.Feats, t.Misc); err != nil {
			return err
		}
		last = t.Last
	}
	return nil
}

// checkEmpty checks the empty nodes of s.
func checkEmpty(s *Sentence) error {
	for i, e := range s.Empty {
		name := fmt.Sprintf("empty node %d.%d", e.After, e.Index)
		want := 1
		if i > 0 && s.Empty[i-1].After == e.After {
			want = s.Empty[i-1].Index + 1
		}
		switch {
		case e.After < 0 || e.After > len(s.Words) || i > 0 && e.After < s.Empty[i-1].After:
			return fmt.Errorf("%s is out of order or outside the sentence", name)
		case e.Index != want:
			return fmt.Errorf("%s, want %d.%d", name, e.After, want)
		}
		if err := checkColumns(name, e.Form, e.Lemma, e.UPOS, e.XPOS, e.Feats, e.Deps, e.Misc); err != nil {
			return err
		}
	}
	return nil
}

// checkColumns checks that no column of the line called name holds a tab
// or a line break.
func checkColumns(name string, cols ...string) error {
	for _, c := range cols {
		if strings.ContainsAny(c, "\t\n\r") {
			return fmt.Errorf("%s has a tab or line break in %q", name, c)
		}
	}
	return nil
}
