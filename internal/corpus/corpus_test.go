package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeTB records a skip instead of stopping the test.
type fakeTB struct {
	testing.TB
	skipped string
}

func (f *fakeTB) Helper()                       {}
func (f *fakeTB) Name() string                  { return "TestSomething" }
func (f *fakeTB) Skipf(format string, a ...any) { f.skipped = format }

// TestNeed checks that a missing corpus skips with a message naming the
// check and the path, and that a present one is returned.
func TestNeed(t *testing.T) {
	f := &fakeTB{}
	if p := Need(f, "corpora/no-such-corpus"); p != "" || !strings.Contains(f.skipped, "SKIPPED") {
		t.Errorf("Need of a missing corpus = %q, skipped with %q; want \"\" and a SKIPPED message", p, f.skipped)
	}
	s := Shared()
	if s == "" {
		t.Skip("SKIPPED the present-corpus half: ../shared is not beside the module")
	}
	if _, err := os.Stat(filepath.Join(s, "README.md")); err != nil {
		t.Errorf("Shared() = %q, which has no README.md", s)
	}
	f = &fakeTB{}
	if p := Need(f, "README.md"); p == "" || f.skipped != "" {
		t.Errorf("Need(README.md) = %q, skipped %q", p, f.skipped)
	}
}
