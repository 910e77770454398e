package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// ewt is the UD English Web Treebank, kept in ../shared.
const ewt = "corpora/ud-ewt"

// TestCorpusRoundTrip reads each file of the treebank and writes it back:
// CoNLL-U reading must round-trip, byte for byte. The training file is
// read only without -short.
func TestCorpusRoundTrip(t *testing.T) {
	dir := corpus.Need(t, ewt)
	for _, tc := range []struct {
		file      string
		sentences int
		long      bool
	}{
		{"en_ewt-ud-dev.conllu", 2001, false},
		{"en_ewt-ud-test.conllu", 2077, false},
		{"en_ewt-ud-train.conllu", 12544, true},
	} {
		t.Run(tc.file, func(t *testing.T) {
			if tc.long && testing.Short() {
				t.Skip("-short: not reading the training file")
			}
			data, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			sents, err := ReadCoNLLU(tc.file, bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if len(sents) != tc.sentences {
				t.Errorf("read %d sentences, want %d", len(sents), tc.sentences)
			}
			var b bytes.Buffer
			if err := WriteCoNLLU(&b, sents); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), data) {
				line, got, want := firstDiff(b.Bytes(), data)
				t.Errorf("written back, line %d is\n%q\nwant\n%q", line, got, want)
			}
		})
	}
}

// firstDiff returns the first line where got and want differ, and the
// line in each.
func firstDiff(got, want []byte) (int, string, string) {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; ; i++ {
		switch {
		case i >= len(g) && i >= len(w):
			return 0, "", ""
		case i >= len(g):
			return i + 1, "", string(w[i])
		case i >= len(w):
			return i + 1, string(g[i]), ""
		case !bytes.Equal(g[i], w[i]):
			return i + 1, string(g[i]), string(w[i])
		}
	}
}
