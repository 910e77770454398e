package main

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/internal/clusters"
)

func TestDetok(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the U.S. 's army", "the U.S.'s army"},
		{"they do n't know", "they don't know"},
		{"WE 'RE HERE", "WE'RE HERE"},
		{"`` Yes , '' he said -LRB- twice -RRB- .", `" Yes , " he said ( twice ) .`},
		{"` not suspicious '", "' not suspicious '"},
		{"a  b ", "a b"},
		{"'s start", "'s start"},
	} {
		if got := detok(tc.in); got != tc.want {
			t.Errorf("detok(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// writeCorpora writes a Timeline17 folder of two topics and a CoNLL-U
// file, from the sentences of classText, and returns their paths.
func writeCorpora(tb testing.TB) (t17, ewt string) {
	tb.Helper()
	dir := tb.TempDir()
	sents := classText(1200, 3)
	for i, topic := range []string{"b_topic", "a_topic"} {
		var docs []map[string]any
		for j := i * 500; j < i*500+500; j += 5 {
			var text []string
			for _, s := range sents[j : j+5] {
				text = append(text, strings.Join(s, " ")+" .")
			}
			docs = append(docs, map[string]any{"uid": "1", "dct": "2011-03-01", "dates": []string{}, "text": strings.Join(text, " ")})
		}
		b, err := json.Marshal(docs)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, topic), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, topic, "articles.json"), b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	var conll strings.Builder
	for _, s := range sents[1000:] {
		conll.WriteString("# text = ...\n")
		for i, w := range s {
			conll.WriteString(strings.Join([]string{strconv.Itoa(i + 1), w, w, "X", "_", "_", "0", "dep", "_", "_"}, "\t") + "\n")
		}
		conll.WriteString("\n")
	}
	ewt = filepath.Join(dir, "train.conllu")
	if err := os.WriteFile(ewt, []byte(conll.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return dir, ewt
}

func TestRun(t *testing.T) {
	t17, ewt := writeCorpora(t)
	var outs [][]byte
	for _, workers := range []string{"1", "2", "3"} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"-t17", t17, "-ewt", ewt, "-c", "5", "-min", "2", "-workers", workers}, &stdout, &stderr)
		if err != nil {
			t.Fatalf("workers %s: %v\n%s", workers, err, stderr.String())
		}
		outs = append(outs, stdout.Bytes())
	}
	for i, o := range outs[1:] {
		if !bytes.Equal(o, outs[0]) {
			t.Errorf("the output of %d workers differs from that of 1", i+2)
		}
	}
	c, err := clusters.Load(bytes.NewReader(outs[0]))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Leaves(), 5; got != want {
		t.Errorf("%d clusters, want %d", got, want)
	}
	for _, same := range [][2]string{{"The", "every"}, {"cat", "child"}, {"saw", "met"}, {"Monday", "sunday"}} {
		if c.Of(same[0]) != c.Of(same[1]) || c.Of(same[0]) == clusters.Unknown {
			t.Errorf("%s in %q, %s in %q: want one cluster", same[0], c.Path(c.Of(same[0])), same[1], c.Path(c.Of(same[1])))
		}
	}
	lines := strings.Split(strings.TrimSpace(string(outs[0])), "\n")
	var words []string
	for _, l := range lines {
		if !strings.HasPrefix(l, "# ") {
			words = append(words, l)
		}
	}
	if !slices.IsSorted(words) {
		t.Error("the words are not sorted")
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{{"-c", "0"}, {"extra"}, {"-nope"}} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, &stdout, &stderr); err != errUsage {
			t.Errorf("run(%q) = %v, want errUsage", args, err)
		}
	}
}

func TestCasedForms(t *testing.T) {
	c := newCorpus()
	add := func(n int, s string) {
		for range n {
			c.addSentence(strings.Fields(s))
		}
	}
	add(10, "in May it rained") // May, mid-sentence
	add(20, "it may rain")      //
	add(5, "The rain fell")     // The, sentence-initial only
	add(50, "in the rain")      //
	add(2, "in The Times")      // too rare beside the
	add(40, "in Afghanistan")   //
	add(4, "in AFGHANISTAN")    //
	add(3, "in afghanistan")    // rare beside all the capitalised forms
	got := casedForms(c, keyOptions{MinCount: 3, MinRatio: 0.1})
	if want := map[string]bool{"May": true}; !maps.Equal(got, want) {
		t.Errorf("casedForms = %v, want %v", got, want)
	}
}
