package syntax

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// FuzzReadCoNLLU checks that no input makes the reader panic, that what
// it reads is well formed, and that writing it and reading it again gives
// the same sentences and, written again, the same bytes.
func FuzzReadCoNLLU(f *testing.F) {
	data, err := os.ReadFile(sample)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("1\tA\tA\tX\t_\t_\t0\troot\t_\t_\r\n\r\n# c\n0.1\tZ\t_\t_\t_\t_\t_\t_\t_\t_\n1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n2\tB\t_\t_\t_\t_\t5\t_\t_\t_"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sents, _ := ReadCoNLLU("fuzz", bytes.NewReader(data))
		for _, s := range sents {
			checkWellFormed(t, s)
		}
		var b bytes.Buffer
		if err := WriteCoNLLU(&b, sents); err != nil {
			t.Fatalf("cannot write what was read: %v", err)
		}
		written := b.String()
		again, err := ReadCoNLLU("again", &b)
		if err != nil {
			t.Fatalf("cannot read what was written: %v\n%q", err, written)
		}
		if len(again) != len(sents) || len(sents) > 0 && !reflect.DeepEqual(again, sents) {
			t.Fatalf("read back %+v, want %+v", again, sents)
		}
		b.Reset()
		if err := WriteCoNLLU(&b, again); err != nil || b.String() != written {
			t.Fatalf("written again %q, %v; want %q", b.String(), err, written)
		}
	})
}

// checkWellFormed fails t unless s has words numbered from 1 with heads
// in the sentence, and multiword tokens and empty nodes within it.
func checkWellFormed(t *testing.T, s Sentence) {
	t.Helper()
	n := len(s.Words)
	if n == 0 {
		t.Fatalf("a sentence without words: %+v", s)
	}
	for i, w := range s.Words {
		if w.ID != i+1 || w.Head < NoHead || w.Head > n || w.Head == w.ID || w.Start != -1 || w.End != -1 {
			t.Fatalf("word %d of %d = %+v", i+1, n, w)
		}
	}
	for _, m := range s.Tokens {
		if m.First < 1 || m.Last <= m.First || m.Last > n {
			t.Fatalf("multiword token %+v in %d words", m, n)
		}
	}
	for _, e := range s.Empty {
		if e.After < 0 || e.After > n || e.Index < 1 {
			t.Fatalf("empty node %+v in %d words", e, n)
		}
	}
}
