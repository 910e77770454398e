package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/eval/timeml"
)

// The TimeML fixtures: two documents with 7 gold expressions in all.
const (
	tmlDir       = "../../internal/eval/timeml/testdata/eval"
	tmlMinisters = tmlDir + "/ministers.tml"
	tmlEmbassy   = tmlDir + "/embassy.tml"
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

// checkTagged checks that the TimeML file at path is the document in
// tagged with our expressions.
func checkTagged(tb testing.TB, path, in string) {
	tb.Helper()
	want, got := readTML(tb, in), readTML(tb, path)
	if got.Text != want.Text || !got.DCT.Equal(want.DCT) {
		tb.Errorf("%s: text, DCT = %q, %v; want those of %s: %q, %v", path, got.Text, got.DCT, in, want.Text, want.DCT)
	}
	if len(got.Timex) == 0 {
		tb.Errorf("%s: no time expressions tagged", path)
	}
	for _, tx := range got.Timex {
		if tx.Type == "" || tx.Value == "" {
			tb.Errorf("%s: tagged %+v, want a type and a value", path, tx)
		}
	}
	if s := string(got.Raw); strings.Contains(s, "<TLINK") || strings.Contains(s, "<EVENT") {
		tb.Errorf("%s: the annotations were kept:\n%s", path, s)
	}
}

func TestTimemlCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "sub", "out")
	if got := mustRun(t, "timeml", "-o", out, tmlMinisters); got != "" {
		t.Errorf("timeml -o printed %q, want nothing", got)
	}
	checkTagged(t, filepath.Join(out, "ministers.tml"), tmlMinisters)

	// A directory gives all its files, in name order.
	out = t.TempDir()
	mustRun(t, "timeml", tmlDir, "-o", out)
	for _, in := range []string{tmlEmbassy, tmlMinisters} {
		checkTagged(t, filepath.Join(out, filepath.Base(in)), in)
	}
	if left, _ := filepath.Glob(filepath.Join(out, ".*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %q", left)
	}

	// Without -o, to standard output, one after the other.
	stdout := mustRun(t, "timeml", tmlDir)
	embassy, err := os.ReadFile(filepath.Join(out, "embassy.tml"))
	if err != nil {
		t.Fatal(err)
	}
	ministers, err := os.ReadFile(filepath.Join(out, "ministers.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if want := string(embassy) + string(ministers); stdout != want {
		t.Errorf("timeml to standard output = %q, want the files of -o one after the other: %q", stdout, want)
	}
}

func TestTimemlDate(t *testing.T) {
	doc := writeFile(t, "undated.tml", "<TimeML>\n<TEXT>The talks ended on Friday.</TEXT>\n</TimeML>\n")
	r := chronicle(t, "", "timeml", doc)
	if r.code != 1 || !strings.Contains(r.stderr, doc+": timeml: no creation time") || !strings.Contains(r.stderr, "--date") {
		t.Errorf("undated: exit %d, stderr %q; want 1, the file named and a hint of --date", r.code, r.stderr)
	}
	out := mustRun(t, "timeml", "--date", "1998-01-08", doc)
	if !strings.Contains(out, "<TEXT>The talks ended on <TIMEX3") || !strings.Contains(out, `value="1998-01-`) {
		t.Errorf("timeml --date wrote %q, want Friday tagged in January 1998", out)
	}
}

func TestTimemlErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.tml")
	bad := writeFile(t, "bad.tml", "<TimeML>\n<TEXT>\nAT&T</TEXT>\n</TimeML>\n")
	empty := t.TempDir()
	out := t.TempDir()
	r := chronicle(t, "", "timeml", "-o", out, missing, bad, empty, tmlMinisters)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	for _, want := range []string{
		missing + ": no such file or directory",
		bad + ":3: & not escaped as &amp;",
		empty + ": timeml: no .tml files",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr = %q, want it to contain %q", r.stderr, want)
		}
	}
	// The good document is written all the same.
	checkTagged(t, filepath.Join(out, "ministers.tml"), tmlMinisters)

	// Two inputs of one name, and an input that would be overwritten.
	other := writeFile(t, "ministers.tml", string(readTML(t, tmlMinisters).Raw))
	r = chronicle(t, "", "timeml", "-o", out, tmlMinisters, other)
	if want := other + ": not written to " + filepath.Join(out, "ministers.tml") + ", which holds " + tmlMinisters; r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("same names: exit %d, stderr %q; want 1 and %q", r.code, r.stderr, want)
	}
	r = chronicle(t, "", "timeml", "-o", filepath.Dir(other), other)
	if want := "which is the input"; r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("-o the input's directory: exit %d, stderr %q; want 1 and %q", r.code, r.stderr, want)
	}
	if got := string(readTML(t, other).Raw); got != string(readTML(t, tmlMinisters).Raw) {
		t.Errorf("the input was overwritten")
	}
}
