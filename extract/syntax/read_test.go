package syntax

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

// sample is a small hand-made CoNLL-U file: a multiword token, an empty
// node, and a sentence tokenised but not analysed.
const sample = "testdata/sample.conllu"

// readSample reads sample, failing tb if it does not read cleanly.
func readSample(tb testing.TB) ([]byte, []Sentence) {
	tb.Helper()
	data, err := os.ReadFile(sample)
	if err != nil {
		tb.Fatal(err)
	}
	sents, err := ReadCoNLLU(sample, strings.NewReader(string(data)))
	if err != nil {
		tb.Fatal(err)
	}
	return data, sents
}

// w returns a word of a test sentence: Lemma the form, UPOS X, Rel dep
// (root for head 0), offsets unknown.
func w(id int, form string, head int) Word {
	rel := "dep"
	if head == 0 {
		rel = "root"
	}
	return Word{ID: id, Form: form, Lemma: form, UPOS: "X", Head: head, Rel: rel, Start: -1, End: -1}
}

// line returns the CoNLL-U line of w(id, form, head).
func line(id, form, head string) string {
	rel := "dep"
	if head == "0" {
		rel = "root"
	}
	return strings.Join([]string{id, form, form, "X", "_", "_", head, rel, "_", "_"}, "\t") + "\n"
}

// mwt returns the CoNLL-U line of a multiword token.
func mwt(id, form string) string {
	return id + "\t" + form + strings.Repeat("\t_", 8) + "\n"
}

// empty returns the CoNLL-U line of an empty node.
func empty(id, form string) string {
	return id + "\t" + form + "\t" + form + "\tX" + strings.Repeat("\t_", 6) + "\n"
}

func TestReadCoNLLU(t *testing.T) {
	_, sents := readSample(t)
	if len(sents) != 3 {
		t.Fatalf("read %d sentences, want 3", len(sents))
	}

	s := sents[0]
	if want := []string{"# newdoc id = sample", "# sent_id = 1", "# text = They don't know."}; !reflect.DeepEqual(s.Comments, want) {
		t.Errorf("comments = %q, want %q", s.Comments, want)
	}
	if want := []MultiToken{{First: 2, Last: 3, Form: "don't"}}; !reflect.DeepEqual(s.Tokens, want) {
		t.Errorf("tokens = %+v, want %+v", s.Tokens, want)
	}
	want := Word{ID: 2, Form: "do", Lemma: "do", UPOS: "AUX", XPOS: "VBP",
		Feats: "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin",
		Head:  4, Rel: "aux", Deps: "4:aux", Start: -1, End: -1}
	if got := s.Words[1]; got != want {
		t.Errorf("word 2 = %+v, want %+v", got, want)
	}
	if got := s.Words[3]; got.Head != 0 || got.Rel != "root" || got.Misc != "SpaceAfter=No" {
		t.Errorf("word 4 = %+v, want the root with SpaceAfter=No", got)
	}
	if got := s.Words[4]; got.Feats != "" || got.Misc != "" {
		t.Errorf("word 5 feats, misc = %q, %q; want _ read as empty", got.Feats, got.Misc)
	}

	s = sents[1]
	if len(s.Words) != 7 {
		t.Errorf("sentence 2 has %d words, want 7 (the empty node apart)", len(s.Words))
	}
	wantEmpty := []EmptyNode{{After: 5, Index: 1, Form: "likes", Lemma: "like", UPOS: "VERB", XPOS: "VBZ", Deps: "2:conj:and", Misc: "CopyOf=2"}}
	if !reflect.DeepEqual(s.Empty, wantEmpty) {
		t.Errorf("empty nodes = %+v, want %+v", s.Empty, wantEmpty)
	}
	if got := s.Words[5]; got.ID != 6 || got.Form != "coffee" || got.Head != 5 || got.Rel != "orphan" {
		t.Errorf("word 6 = %+v, want coffee, orphan of 5", got)
	}

	s = sents[2]
	for _, word := range s.Words {
		if word.Head != NoHead || word.Rel != "" || word.UPOS != "" || word.Lemma != "_" {
			t.Errorf("word %d = %+v, want no head, relation or tag, and lemma _", word.ID, word)
		}
	}
	if got := s.Words[5].Form; got != "_" {
		t.Errorf("form of word 6 = %q, want the underscore kept", got)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	good := "# sent_id = good\n" + line("1", "Fine", "0") + "\n"
	tests := []struct {
		name string
		in   string
		want string // the error, x.conllu:LINE: problem
	}{
		{"columns", "1\tA\n", "x.conllu:1: want 10 tab-separated columns, have 2"},
		{"empty column", "1\t\tA\tX\t_\t_\t0\troot\t_\t_\n", "x.conllu:1: column 2 (FORM) is empty"},
		{"ID out of order", line("1", "A", "0") + line("3", "B", "1"), "x.conllu:2: word ID 3, want 2"},
		{"ID zero", line("0", "A", "0"), "x.conllu:1: word ID 0, want 1"},
		{"ID not a number", line("one", "A", "0"), `x.conllu:1: invalid ID "one"`},
		{"ID with a leading zero", line("01", "A", "0"), `x.conllu:1: invalid ID "01"`},
		{"HEAD not a number", line("1", "A", "-1"), `x.conllu:1: invalid HEAD "-1"`},
		{"HEAD beyond", line("1", "A", "0") + line("2", "B", "3") + "\n", "x.conllu:2: HEAD 3 of word 2 is beyond the sentence's 2 words"},
		{"own head", line("1", "A", "1"), "x.conllu:1: word 1 is its own head"},
		{"multiword token late", line("1", "A", "0") + mwt("1-2", "AB"), "x.conllu:2: multiword token 1-2 does not begin at the next word, 2"},
		{"multiword token of one word", mwt("1-1", "A"), "x.conllu:1: multiword token 1-1 spans fewer than two words"},
		{"multiword token twice", mwt("1-2", "AB") + mwt("1-2", "AB"), "x.conllu:2: multiword token 1-2 overlaps 1-2"},
		{"multiword tokens overlapping", mwt("1-2", "AB") + line("1", "A", "0") + mwt("2-3", "BC"), "x.conllu:3: multiword token 2-3 overlaps 1-2"},
		{"multiword token with a head", "1-2\tAB\t_\t_\t_\t_\t1\t_\t_\t_\n", `x.conllu:1: multiword token 1-2 has HEAD "1", want _`},
		{"multiword token beyond", mwt("1-3", "ABC") + line("1", "A", "0") + line("2", "B", "1"), "x.conllu:1: multiword token 1-3 ends beyond the sentence's 2 words"},
		{"multiword token ID", mwt("1-x", "A"), `x.conllu:1: invalid multiword token ID "1-x"`},
		{"empty node out of place", line("1", "A", "0") + empty("2.1", "B"), "x.conllu:2: empty node 2.1 is not right after word 2"},
		{"empty node skipped", line("1", "A", "0") + empty("1.2", "B"), "x.conllu:2: empty node 1.2, want 1.1"},
		{"empty node zero", line("1", "A", "0") + empty("1.0", "B"), `x.conllu:2: invalid empty node ID "1.0"`},
		{"empty node in a multiword token", mwt("1-2", "AB") + empty("0.1", "B"), "x.conllu:2: empty node 0.1 between a multiword token and its first word"},
		{"empty node with a head", line("1", "A", "0") + "1.1\tB\tB\tX\t_\t_\t1\t_\t_\t_\n", `x.conllu:2: empty node 1.1 has HEAD "1", want _`},
		{"comment inside", line("1", "A", "0") + "# x\n", "x.conllu:2: comment inside a sentence: want a blank line before it"},
		{"comments alone", "\n# x\n# y\n\n", "x.conllu:2: a sentence with no words"},
		{"invalid UTF-8", line("1", "A\xff", "0"), "x.conllu:1: invalid UTF-8"},
		{"carriage return", line("1", "A\rB", "0"), "x.conllu:1: carriage return inside a line"},
		{"spaces for a blank line", line("1", "A", "0") + " \n", "x.conllu:2: want 10 tab-separated columns, have 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The bad sentence between two good ones: both are read.
			sents, err := ReadCoNLLU("x.conllu", strings.NewReader(good+tc.in+"\n"+good))
			var list ErrorList
			if !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("error %v, want one error", err)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T, want an InputError", err)
			}
			ie.Line -= 3 // the good sentence before
			if got := ie.Error(); got != tc.want {
				t.Errorf("error = %q, want %q", got, tc.want)
			}
			if len(sents) != 2 {
				t.Errorf("read %d sentences, want the 2 good ones", len(sents))
			}
		})
	}
}

func TestReadCoNLLUEnds(t *testing.T) {
	one := line("1", "A", "0")
	tests := []struct {
		name string
		in   string
		want int // sentences
	}{
		{"empty", "", 0},
		{"blank lines", "\n\n", 0},
		{"no blank line at the end", one, 1},
		{"no line break at the end", strings.TrimSuffix(one, "\n"), 1},
		{"blank lines between", "\n" + one + "\n\n\n" + one + "\n\n", 2},
		{"CRLF", strings.ReplaceAll(one+"\n"+one+"\n", "\n", "\r\n"), 2},
		{"byte order mark", "\uFEFF# sent_id = 1\n" + one, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents, err := ReadCoNLLU("x", strings.NewReader(tc.in))
			if err != nil || len(sents) != tc.want {
				t.Fatalf("read %d sentences, error %v; want %d and none", len(sents), err, tc.want)
			}
			for _, s := range sents {
				if want := []Word{w(1, "A", 0)}; !reflect.DeepEqual(s.Words, want) {
					t.Errorf("words = %+v, want %+v", s.Words, want)
				}
			}
		})
	}
}

func TestForEachCoNLLUStops(t *testing.T) {
	in := line("1", "A", "0") + "\n" + line("1", "B", "0") + "\n" + line("x", "C", "0")
	stop := errors.New("stop")
	var forms []string
	err := ForEachCoNLLU("x", strings.NewReader(in), func(s Sentence) error {
		forms = append(forms, s.Words[0].Form)
		if len(forms) == 2 {
			return stop
		}
		return nil
	})
	if err != stop || !reflect.DeepEqual(forms, []string{"A", "B"}) {
		t.Errorf("error %v after %q; want fn's error, as is, after A and B", err, forms)
	}

	read := errors.New("disk on fire")
	err = ForEachCoNLLU("x", &failing{data: line("1", "A", "0") + "\n", err: read}, func(Sentence) error { return nil })
	if !errors.Is(err, read) || err.Error() != "x:3: disk on fire" {
		t.Errorf("error %v, want the reader's at line 3", err)
	}
}

// failing is a reader that gives data, then fails with err.
type failing struct {
	data string
	err  error
}

func (f *failing) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestComment(t *testing.T) {
	s := Sentence{Comments: []string{"# newdoc", "# sent_id = a-1", "#text=x = y ", "# global.columns = ID FORM"}}
	tests := []struct {
		key, want string
		ok        bool
	}{
		{"sent_id", "a-1", true},
		{"text", "x = y", true},
		{"newdoc", "", false},
		{"global.columns", "ID FORM", true},
		{"missing", "", false},
	}
	for _, tc := range tests {
		if got, ok := s.Comment(tc.key); got != tc.want || ok != tc.ok {
			t.Errorf("Comment(%q) = %q, %v; want %q, %v", tc.key, got, ok, tc.want, tc.ok)
		}
	}
}

func TestTokenized(t *testing.T) {
	_, sents := readSample(t)
	for _, s := range sents[:2] {
		tok := s.Tokenized()
		if !reflect.DeepEqual(tok.Comments, s.Comments) || !reflect.DeepEqual(tok.Tokens, s.Tokens) || tok.Empty != nil {
			t.Errorf("Tokenized kept comments %q, tokens %+v, empty nodes %+v; want the comments and tokens, no empty nodes", tok.Comments, tok.Tokens, tok.Empty)
		}
		for i, got := range tok.Words {
			o := s.Words[i]
			want := Word{ID: o.ID, Form: o.Form, Misc: o.Misc, Head: NoHead, Start: o.Start, End: o.End}
			if got != want {
				t.Errorf("word %d = %+v, want %+v", i+1, got, want)
			}
		}
		tok.Comments[0] = "# changed"
		if s.Comments[0] == "# changed" {
			t.Errorf("Tokenized shares its comments with the sentence")
		}
	}
}
