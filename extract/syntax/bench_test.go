package syntax

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

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
