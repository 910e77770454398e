package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/timeml"
)

// The TimeML fixtures: two documents with 7 gold expressions in all.
const (
	tmlDir       = "../../extract/timeml/testdata/eval"
	tmlMinisters = tmlDir + "/ministers.tml"
)

// readTML reads the TimeML document at path or fails.
func readTML(tb testing.TB, path string) *timeml.Doc {
	tb.Helper()
	d, err := timeml.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestTimemlCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "sub", "out")
	if got := mustRun(t, "timeml", "-o", out, tmlMinisters); got != "" {
		t.Errorf("timeml -o printed %q, want nothing", got)
	}
	in := readTML(t, tmlMinisters)
	tagged := readTML(t, filepath.Join(out, "ministers.tml"))
	if tagged.Text != in.Text || !tagged.DCT.Equal(in.DCT) {
		t.Errorf("tagged text, DCT = %q, %v; want the input's %q, %v", tagged.Text, tagged.DCT, in.Text, in.DCT)
	}
	if len(tagged.Timex) == 0 {
		t.Errorf("no time expressions tagged")
	}
	for _, tx := range tagged.Timex {
		if tx.Type == "" || tx.Value == "" {
			t.Errorf("tagged %+v, want a type and a value", tx)
		}
	}
	data, err := os.ReadFile(filepath.Join(out, "ministers.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "<TLINK") || strings.Contains(string(data), "<EVENT") {
		t.Errorf("the annotations were kept:\n%s", data)
	}

	// Without -o, to standard output; a directory gives all its files.
	stdout := mustRun(t, tmlMinisters)
	_ = stdout
}
