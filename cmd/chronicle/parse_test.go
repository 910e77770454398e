package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// These tests check the plumbing of parse, not the analysis: what it
// keeps of its input, the columns it writes, its errors. What the
// analysis says is syntax.Analyze's business.

// conlluSample is a hand-made CoNLL-U file with a multiword token, an
// empty node, features and enhanced dependencies.
const conlluSample = "../../extract/syntax/testdata/sample.conllu"

// readCoNLLU reads the CoNLL-U in out, failing tb unless it reads
// cleanly.
func readCoNLLU(tb testing.TB, out string) []syntax.Sentence {
	tb.Helper()
	sents, err := syntax.ReadCoNLLU("output", strings.NewReader(out))
	if err != nil {
		tb.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	return sents
}

// checkAnalysed fails tb unless every word of sents has a head in its
// sentence, a relation, a UPOS and a lemma, and each sentence one root.
func checkAnalysed(tb testing.TB, sents []syntax.Sentence) {
	tb.Helper()
	for i, s := range sents {
		roots := 0
		for _, w := range s.Words {
			if w.Head == syntax.NoHead || w.Rel == "" || w.UPOS == "" || w.Lemma == "" {
				tb.Errorf("sentence %d, word %d %q left unanalysed: %+v", i+1, w.ID, w.Form, w)
			}
			if w.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			tb.Errorf("sentence %d has %d roots, want 1", i+1, roots)
		}
	}
}

func TestParseText(t *testing.T) {
	article := "Russia's troops met NATO.  They\nleft (again)!\n"
	want := []struct {
		comments []string
		forms    string
		noSpace  string // the words with SpaceAfter=No
	}{
		{[]string{"# sent_id = 1", "# text = Russia's troops met NATO."}, "Russia 's troops met NATO .", "Russia NATO"},
		{[]string{"# sent_id = 2", "# text = They left (again)!"}, "They left ( again ) !", "( again )"},
	}
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"dated file", "", []string{"parse", writeFile(t, "a.txt", "\n date 2021-12-28\n"+article)}},
		{"undated file", "", []string{"parse", writeFile(t, "a.txt", article)}},
		{"standard input", article, []string{"parse", "-"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := chronicle(t, tc.stdin, tc.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q; want 0 and nothing", r.code, r.stderr)
			}
			sents := readCoNLLU(t, r.stdout)
			if len(sents) != len(want) {
				t.Fatalf("%d sentences, want %d:\n%s", len(sents), len(want), r.stdout)
			}
			for i, s := range sents {
				var forms, noSpace []string
				for _, w := range s.Words {
					forms = append(forms, w.Form)
					if w.Misc == "SpaceAfter=No" {
						noSpace = append(noSpace, w.Form)
					}
					if w.Feats != "" || w.Deps != "" {
						t.Errorf("sentence %d, word %d: FEATS %q, DEPS %q; want _", i+1, w.ID, w.Feats, w.Deps)
					}
				}
				if got := strings.Join(s.Comments, "\n"); got != strings.Join(want[i].comments, "\n") {
					t.Errorf("sentence %d: comments %q, want %q", i+1, s.Comments, want[i].comments)
				}
				if got := strings.Join(forms, " "); got != want[i].forms {
					t.Errorf("sentence %d: words %q, want %q", i+1, got, want[i].forms)
				}
				if got := strings.Join(noSpace, " "); got != want[i].noSpace {
					t.Errorf("sentence %d: SpaceAfter=No on %q, want %q", i+1, got, want[i].noSpace)
				}
			}
			checkAnalysed(t, sents)
		})
	}
}

func TestParseCoNLLU(t *testing.T) {
	data, err := os.ReadFile(conlluSample)
	if err != nil {
		t.Fatal(err)
	}
	gold := readCoNLLU(t, string(data))
	// What parse must print: each sentence on its own tokens, analysed by
	// syntax.Analyze, whatever that is.
	var want bytes.Buffer
	for _, s := range gold {
		tok := s.Tokenized()
		syntax.Analyze(&tok)
		if _, err := tok.WriteTo(&want); err != nil {
			t.Fatal(err)
		}
	}
	txt := writeFile(t, "sample.txt", string(data))
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"file", "", []string{"parse", conlluSample}},
		{"standard input", string(data), []string{"parse", "--conllu", "-"}},
		{"file of another name", "", []string{"parse", txt, "--conllu"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := chronicle(t, tc.stdin, tc.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q; want 0 and nothing", r.code, r.stderr)
			}
			if r.stdout != want.String() {
				t.Errorf("parse printed\n%s\nwant\n%s", r.stdout, want.String())
			}
			checkKept(t, gold, readCoNLLU(t, r.stdout))
		})
	}
	// Of the file's lines of words, those of the empty node are gone and
	// the others are there with their IDs in the same order.
	ids := func(s string) []string {
		var out []string
		for l := range strings.Lines(s) {
			if id, _, _ := strings.Cut(l, "\t"); !strings.HasPrefix(id, "#") {
				out = append(out, strings.TrimSpace(id))
			}
		}
		return out
	}
	var wantIDs []string
	for _, id := range ids(string(data)) {
		if !strings.Contains(id, ".") {
			wantIDs = append(wantIDs, id)
		}
	}
	if got := ids(want.String()); strings.Join(got, " ") != strings.Join(wantIDs, " ") {
		t.Errorf("IDs in order %q, want %q", got, wantIDs)
	}
}

// checkKept fails tb unless got keeps what parse keeps of gold — the
// comments, multiword tokens and each word's ID, form and MISC — with
// no empty nodes, no FEATS or DEPS, and every word analysed.
func checkKept(tb testing.TB, gold, got []syntax.Sentence) {
	tb.Helper()
	if len(got) != len(gold) {
		tb.Fatalf("%d sentences, want %d", len(got), len(gold))
	}
	for i, g := range gold {
		s := got[i]
		if strings.Join(s.Comments, "\n") != strings.Join(g.Comments, "\n") || len(s.Tokens) != len(g.Tokens) || len(s.Words) != len(g.Words) || len(s.Empty) != 0 {
			tb.Fatalf("sentence %d: %d comments, %d multiword tokens, %d words, %d empty nodes; want %d, %d, %d, 0",
				i+1, len(s.Comments), len(s.Tokens), len(s.Words), len(s.Empty), len(g.Comments), len(g.Tokens), len(g.Words))
		}
		for j, t := range g.Tokens {
			if s.Tokens[j] != t {
				tb.Errorf("sentence %d: multiword token %+v, want %+v", i+1, s.Tokens[j], t)
			}
		}
		for j, w := range g.Words {
			o := s.Words[j]
			if o.ID != w.ID || o.Form != w.Form || o.Misc != w.Misc || o.Feats != "" || o.Deps != "" {
				tb.Errorf("sentence %d, word %d = %+v; want ID, form and MISC of %+v, no FEATS or DEPS", i+1, j+1, o, w)
			}
		}
	}
	checkAnalysed(tb, got)
}

func TestParseErrors(t *testing.T) {
	good := "# sent_id = 1\n1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	bad := writeFile(t, "bad.conllu", good+"1\tHi\n\n"+good)
	r := chronicle(t, "", "parse", bad)
	if r.code != 1 || r.stderr != bad+":4: want 10 tab-separated columns, have 2\n" {
		t.Errorf("bad CoNLL-U: exit %d, stderr %q; want 1 and %s:4: ...", r.code, r.stderr, bad)
	}
	if got := readCoNLLU(t, r.stdout); len(got) != 2 {
		t.Errorf("bad CoNLL-U: printed %d sentences, want the 2 good ones", len(got))
	}

	missing := filepath.Join(t.TempDir(), "missing.txt")
	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string // stderr
	}{
		{"missing file", "", []string{"parse", missing}, "chronicle parse: " + missing + ": no such file or directory\n"},
		{"binary", "a\x00b", []string{"parse", "-"}, "<stdin>: binary file\n"},
		{"empty article", "date 2021-12-28\n\n", []string{"parse", "-"}, "<stdin>: empty article\n"},
		{"impossible date", "date 2021-02-30\nIt rained.", []string{"parse", "-"}, "<stdin>:1: invalid date \"2021-02-30\"\n"},
		{"text as CoNLL-U", "It rained.", []string{"parse", "--conllu", "-"}, "<stdin>:1: want 10 tab-separated columns, have 1\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := chronicle(t, tc.stdin, tc.args...)
			if r.code != 1 || r.stderr != tc.want || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing, %q", r.code, r.stdout, r.stderr, tc.want)
			}
		})
	}
}

func TestParseUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"parse"}, "no FILE"},
		{[]string{"parse", "a.txt", "b.txt"}, "one FILE at a time, not 2"},
		{[]string{"parse", "--date", "2021-12-28", "-"}, "flag provided but not defined: --date"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := chronicle(t, "", tc.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2, nothing and %q", r.code, r.stdout, r.stderr, tc.want)
			}
		})
	}
}

// TestParseTreebank parses the EWT dev file on its own tokens: every
// sentence comes out with its comments, IDs, forms, multiword tokens and
// MISC as they were.
func TestParseTreebank(t *testing.T) {
	dev := filepath.Join(corpus.Need(t, "corpora/ud-ewt"), "en_ewt-ud-dev.conllu")
	data, err := os.ReadFile(dev)
	if err != nil {
		t.Fatal(err)
	}
	checkKept(t, readCoNLLU(t, string(data)), readCoNLLU(t, mustRun(t, "parse", dev)))
}
