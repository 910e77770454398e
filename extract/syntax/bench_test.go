package syntax

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/text"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// devFile returns the EWT dev file, skipping b without it.
func devFile(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(corpus.Need(b, ewt), "en_ewt-ud-dev.conllu"))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkReadCoNLLU streams the EWT dev file, sentence by sentence.
func BenchmarkReadCoNLLU(b *testing.B) {
	data := devFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := ForEachCoNLLU("dev", bytes.NewReader(data), func(Sentence) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteCoNLLU writes the EWT dev file back.
func BenchmarkWriteCoNLLU(b *testing.B) {
	data := devFile(b)
	sents, err := ReadCoNLLU("dev", bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteCoNLLU(io.Discard, sents); err != nil {
			b.Fatal(err)
		}
	}
}

// t17Docs returns up to limit bytes of Timeline17 articles as package
// text reads them, and their size.
func t17Docs(b *testing.B, limit int) ([]*text.Doc, int64) {
	b.Helper()
	var docs []*text.Doc
	var n int64
	for _, a := range corpus.T17(b, limit) {
		docs = append(docs, text.New(a.Text))
		n += int64(len(a.Text))
	}
	return docs, n
}

// BenchmarkAnalyze tags, lemmatises and parses 2 MB of Timeline17 news,
// sentence by sentence as FromDoc makes them: the throughput of the
// models alone, in bytes of text and words a second, with the
// allocations of each sentence.
func BenchmarkAnalyze(b *testing.B) {
	docs, size := t17Docs(b, 2<<20)
	var sents []Sentence
	words := 0
	for _, d := range docs {
		for _, s := range FromDoc(d) {
			sents = append(sents, s)
			words += len(s.Words)
		}
	}
	a := mustDefault()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i := range sents {
			a.Analyze(&sents[i])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	allocs := testing.AllocsPerRun(1, func() {
		for i := range sents {
			a.Analyze(&sents[i])
		}
	})
	b.ReportMetric(allocs/float64(len(sents)), "allocs/sentence")
}

// BenchmarkTokenize is the baseline of BenchmarkParse: package text's
// tokens and sentences, made the treebank's words by FromDoc, of the
// same text.
func BenchmarkTokenize(b *testing.B) {
	docs, size := t17Docs(b, 2<<20)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			FromDoc(text.New(d.Text))
		}
	}
}

// BenchmarkParse is Parse of the same text from the start: tokens,
// sentences, words and their analysis.
func BenchmarkParse(b *testing.B) {
	docs, size := t17Docs(b, 2<<20)
	mustDefault()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Parse(text.New(d.Text))
		}
	}
}
