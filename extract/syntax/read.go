package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// The ten columns of CoNLL-U, in order.
const (
	colID = iota
	colForm
	colLemma
	colUPOS
	colXPOS
	colFeats
	colHead
	colRel
	colDeps
	colMisc
	nCols
)

// colNames names the columns in errors.
var colNames = [nCols]string{"ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS", "MISC"}

// ReadCoNLLU reads the CoNLL-U in r, called name in errors, and returns
// its sentences. It reads as [ForEachCoNLLU] does, and returns the good
// sentences with the [ErrorList] of the bad ones.
func ReadCoNLLU(name string, r io.Reader) ([]Sentence, error) {
	var sents []Sentence
	err := ForEachCoNLLU(name, r, func(s Sentence) error {
		sents = append(sents, s)
		return nil
	})
	return sents, err
}

// ForEachCoNLLU reads the CoNLL-U in r, called name in errors, and calls
// fn with each sentence in order, holding one sentence at a time.
//
// A sentence is zero or more comment lines, beginning with "#", then one
// or more lines of ten tab-separated columns, then a blank line (which
// the last sentence of a file may lack). Each line is a word, with an
// integer ID one more than the last; a multiword token "3-4", before its
// first word; or an empty node "3.1", after the word whose ID it extends.
// A word's HEAD is the ID of a word of its sentence, not its own, or 0,
// or "_" ([NoHead]). No column is empty; the columns of a multiword token
// other than FORM, FEATS and MISC are "_", and so are the HEAD and DEPREL
// of an empty node. Lines end in "\n" or "\r\n" and are UTF-8; a leading
// byte order mark is skipped, and so are blank lines between sentences.
//
// A bad sentence does not stop the reading: ForEachCoNLLU reports its
// first problem as an [InputError] naming its line, skips to the next
// blank line and goes on, returning the [ErrorList] of the bad sentences
// at the end, or nil. An error from fn or from r stops the reading and is
// returned as is (from r, positioned at its line).
func ForEachCoNLLU(name string, r io.Reader, fn func(Sentence) error) error {
	br := bufio.NewReader(r)
	rd := reader{name: name}
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if err != nil && err != io.EOF {
			return &InputError{Name: name, Line: n, Err: err}
		}
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if line != "" {
			line = strings.TrimSuffix(line, "\n")
			line = strings.TrimSuffix(line, "\r")
			if line == "" {
				if ferr := rd.end(fn); ferr != nil {
					return ferr
				}
			} else {
				rd.line(n, line)
			}
		}
		if err == io.EOF {
			if ferr := rd.end(fn); ferr != nil {
				return ferr
			}
			return rd.errs.Err()
		}
	}
}

// A reader reads CoNLL-U a line at a time.
type reader struct {
	name string
	errs ErrorList

	s        Sentence // the sentence being read
	start    int      // the line of its first comment or word
	lines    []int    // the line of each of its words
	tokLines []int    // the line of each of its multiword tokens
	pending  bool     // a multiword token waits for its first word
	bad      bool     // s has an error: skip to its end
}

// report reports problem at line n.
func (rd *reader) report(n int, format string, args ...any) {
	rd.errs = append(rd.errs, &InputError{Name: rd.name, Line: n, Err: fmt.Errorf(format, args...)})
}

// fail reports problem at line n and skips the rest of the sentence.
func (rd *reader) fail(n int, format string, args ...any) {
	rd.report(n, format, args...)
	rd.bad = true
}

// line reads line n, which is not blank.
func (rd *reader) line(n int, line string) {
	if rd.bad {
		return
	}
	if rd.start == 0 {
		rd.start = n
	}
	switch {
	case !utf8.ValidString(line):
		rd.fail(n, "invalid UTF-8")
	case strings.ContainsRune(line, '\r'):
		rd.fail(n, "carriage return inside a line")
	case line[0] == '#':
		if len(rd.s.Words) > 0 || len(rd.s.Tokens) > 0 || len(rd.s.Empty) > 0 {
			rd.fail(n, "comment inside a sentence: want a blank line before it")
			return
		}
		rd.s.Comments = append(rd.s.Comments, line)
	default:
		rd.columns(n, line)
	}
}

// columns reads line n, which is not a comment, as a word, a multiword
// token or an empty node.
func (rd *reader) columns(n int, line string) {
	cols := strings.Split(line, "\t")
	if len(cols) != nCols {
		rd.fail(n, "want %d tab-separated columns, have %d", nCols, len(cols))
		return
	}
	for i, c := range cols {
		if c == "" {
			rd.fail(n, "column %d (%s) is empty", i+1, colNames[i])
			return
		}
	}
	var err error
	switch id := cols[colID]; {
	case strings.Contains(id, "-"):
		if err = rd.multiToken(cols); err == nil {
			rd.tokLines = append(rd.tokLines, n)
		}
	case strings.Contains(id, "."):
		err = rd.emptyNode(cols)
	default:
		if err = rd.word(cols); err == nil {
			rd.lines = append(rd.lines, n)
		}
	}
	if err != nil {
		rd.fail(n, "%v", err)
	}
}

// word reads the columns of a word.
func (rd *reader) word(cols []string) error {
	want := len(rd.s.Words) + 1
	id, ok := parseNum(cols[colID])
	switch {
	case !ok:
		return fmt.Errorf("invalid ID %q", cols[colID])
	case id != want:
		return fmt.Errorf("word ID %d, want %d", id, want)
	}
	head := NoHead
	if cols[colHead] != "_" {
		if head, ok = parseNum(cols[colHead]); !ok {
			return fmt.Errorf("invalid HEAD %q", cols[colHead])
		}
		if head == id {
			return fmt.Errorf("word %d is its own head", id)
		}
	}
	rd.s.Words = append(rd.s.Words, Word{
		ID:    id,
		Form:  cols[colForm],
		Lemma: cols[colLemma],
		UPOS:  unspecified(cols[colUPOS]),
		XPOS:  unspecified(cols[colXPOS]),
		Feats: unspecified(cols[colFeats]),
		Head:  head,
		Rel:   unspecified(cols[colRel]),
		Deps:  unspecified(cols[colDeps]),
		Misc:  unspecified(cols[colMisc]),
		Start: -1,
		End:   -1,
	})
	rd.pending = false
	return nil
}

// multiToken reads the columns of a multiword token.
func (rd *reader) multiToken(cols []string) error {
	id := cols[colID]
	a, b, _ := strings.Cut(id, "-")
	first, ok1 := parseNum(a)
	last, ok2 := parseNum(b)
	next := len(rd.s.Words) + 1
	switch {
	case !ok1 || !ok2:
		return fmt.Errorf("invalid multiword token ID %q", id)
	case rd.pending || len(rd.s.Tokens) > 0 && first <= rd.s.Tokens[len(rd.s.Tokens)-1].Last:
		prev := rd.s.Tokens[len(rd.s.Tokens)-1]
		return fmt.Errorf("multiword token %s overlaps %d-%d", id, prev.First, prev.Last)
	case first != next:
		return fmt.Errorf("multiword token %s does not begin at the next word, %d", id, next)
	case last <= first:
		return fmt.Errorf("multiword token %s spans fewer than two words", id)
	}
	if err := underscores(cols, "multiword token", colLemma, colUPOS, colXPOS, colHead, colRel, colDeps); err != nil {
		return err
	}
	rd.s.Tokens = append(rd.s.Tokens, MultiToken{
		First: first,
		Last:  last,
		Form:  cols[colForm],
		Feats: unspecified(cols[colFeats]),
		Misc:  unspecified(cols[colMisc]),
	})
	rd.pending = true
	return nil
}

// emptyNode reads the columns of an empty node.
func (rd *reader) emptyNode(cols []string) error {
	id := cols[colID]
	a, b, _ := strings.Cut(id, ".")
	after, ok1 := parseNum(a)
	index, ok2 := parseNum(b)
	want := 1
	if k := len(rd.s.Empty); k > 0 && rd.s.Empty[k-1].After == after {
		want = rd.s.Empty[k-1].Index + 1
	}
	switch {
	case !ok1 || !ok2 || index == 0:
		return fmt.Errorf("invalid empty node ID %q", id)
	case rd.pending:
		return fmt.Errorf("empty node %s between a multiword token and its first word", id)
	case after != len(rd.s.Words):
		return fmt.Errorf("empty node %s is not right after word %s", id, a)
	case index != want:
		return fmt.Errorf("empty node %s, want %d.%d", id, after, want)
	}
	if err := underscores(cols, "empty node", colHead, colRel); err != nil {
		return err
	}
	rd.s.Empty = append(rd.s.Empty, EmptyNode{
		After: after,
		Index: index,
		Form:  cols[colForm],
		Lemma: cols[colLemma],
		UPOS:  unspecified(cols[colUPOS]),
		XPOS:  unspecified(cols[colXPOS]),
		Feats: unspecified(cols[colFeats]),
		Deps:  unspecified(cols[colDeps]),
		Misc:  unspecified(cols[colMisc]),
	})
	return nil
}

// end ends the sentence being read, at a blank line or the end of the
// input, and gives it to fn if it is good: if its heads and multiword
// tokens, too, end within it.
func (rd *reader) end(fn func(Sentence) error) error {
	s, bad, start, lines, tokLines := rd.s, rd.bad, rd.start, rd.lines, rd.tokLines
	rd.s, rd.bad, rd.start, rd.lines, rd.tokLines, rd.pending = Sentence{}, false, 0, nil, nil, false
	if bad || start == 0 {
		return nil
	}
	n := len(s.Words)
	if n == 0 {
		rd.report(start, "a sentence with no words")
		return nil
	}
	for i, w := range s.Words {
		if w.Head > n {
			rd.report(lines[i], "HEAD %d of word %d is beyond the sentence's %d words", w.Head, w.ID, n)
			return nil
		}
	}
	for i, t := range s.Tokens {
		if t.Last > n {
			rd.report(tokLines[i], "multiword token %d-%d ends beyond the sentence's %d words", t.First, t.Last, n)
			return nil
		}
	}
	return fn(s)
}

// underscores checks that the columns cols[i] of a line of kind are "_".
func underscores(cols []string, kind string, is ...int) error {
	for _, i := range is {
		if cols[i] != "_" {
			return fmt.Errorf("%s %s has %s %q, want _", kind, cols[colID], colNames[i], cols[i])
		}
	}
	return nil
}

// unspecified returns s, or "" for "_".
func unspecified(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// parseNum parses a number written as CoNLL-U writes IDs: decimal digits
// without a sign or a leading zero, at most nine of them.
func parseNum(s string) (int, bool) {
	if s == "" || len(s) > 9 || len(s) > 1 && s[0] == '0' {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
