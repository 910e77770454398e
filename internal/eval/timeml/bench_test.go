package timeml

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// benchDoc returns a document of the corpus, or the fixture without it.
func benchDoc(b *testing.B) []byte {
	path := ministers
	if s := corpus.Shared(); s != "" {
		path = filepath.Join(s, tbaq, "TimeBank", "wsj_0006.tml")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		data, err = os.ReadFile(ministers)
	}
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkRead(b *testing.B) {
	data := benchDoc(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("bench.tml", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	d, err := Read("bench.tml", bytes.NewReader(benchDoc(b)))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(d.Raw)))
	for b.Loop() {
		if err := Write(io.Discard, d, d.Timex); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEvaluate(b *testing.B) {
	d, err := Read("bench.tml", bytes.NewReader(benchDoc(b)))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		Evaluate(d)
	}
}
