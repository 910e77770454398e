package timeml

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

func TestCompare(t *testing.T) {
	gold := []timex.Timex{
		{Text: "yesterday", Type: "DATE", Value: "1998-01-07", Start: 0, End: 9},
		{Text: "three days", Type: "DURATION", Value: "P3D", Start: 20, End: 30},
		{Text: "early this year", Type: "DATE", Value: "1998", Mod: "START", Start: 40, End: 55},
		{Text: "Monday", Type: "DATE", Value: "1998-01-12", Start: 60, End: 66},
	}
	sys := []timex.Timex{
		{Text: "Monday", Type: "DATE", Value: "1998-01-05", Start: 60, End: 66},
		{Text: "yesterday", Type: "DATE", Value: "1998-01-07", Start: 0, End: 9},
		{Text: "days", Type: "DATE", Value: "P3D", Start: 26, End: 30},
		{Text: "spring", Type: "DATE", Value: "1998-SP", Start: 70, End: 76},
	}
	r := compare("x.tml", gold, sys)
	want := DocResult{
		Name:       "x.tml",
		Counts:     Counts{Gold: 4, Sys: 4, Strict: 2, Relaxed: 3, Type: 2, Value: 2},
		Missed:     []string{`"early this year"=1998 DATE START`},
		Spurious:   []string{`"spring"=1998-SP DATE`},
		WrongValue: []string{`"Monday"=1998-01-05 want 1998-01-12`},
		WrongType:  []string{`"days"=DATE want "three days"=DURATION`},
		Extent:     []string{`"days" want "three days"`},
	}
	if r.Name != want.Name || r.Counts != want.Counts {
		t.Errorf("name, counts = %q, %+v; want %q, %+v", r.Name, r.Counts, want.Name, want.Counts)
	}
	for _, l := range []struct {
		name      string
		got, want []string
	}{
		{"missed", r.Missed, want.Missed},
		{"spurious", r.Spurious, want.Spurious},
		{"wrong value", r.WrongValue, want.WrongValue},
		{"wrong type", r.WrongType, want.WrongType},
		{"extent", r.Extent, want.Extent},
	} {
		if !slices.Equal(l.got, l.want) {
			t.Errorf("%s = %q, want %q", l.name, l.got, l.want)
		}
	}
}

// TestEvalDir runs the engine over the fixture documents. What it finds
// is the engine's business; this checks that the figures add up.
func TestEvalDir(t *testing.T) {
	total, results, err := EvalDir("testdata/eval")
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"testdata/eval/embassy.tml", "testdata/eval/ministers.tml"}
	if len(results) != len(names) {
		t.Fatalf("%d results, want %d", len(results), len(names))
	}
	var sum Counts
	for i, r := range results {
		if r.Name != names[i] {
			t.Errorf("result %d is of %q, want %q", i, r.Name, names[i])
		}
		d := readFile(t, r.Name)
		if sys := len(Tag(d)); r.Sys != sys || r.Gold != len(d.Timex) {
			t.Errorf("%s: gold, system = %d, %d; want %d, %d", r.Name, r.Gold, r.Sys, len(d.Timex), sys)
		}
		c := r.Counts
		if c.Strict > c.Relaxed || c.Relaxed > min(c.Gold, c.Sys) || c.Type > c.Relaxed || c.Value > c.Relaxed {
			t.Errorf("%s: counts %+v do not add up", r.Name, c)
		}
		if got, want := len(r.Missed), c.Gold-c.Relaxed; got != want {
			t.Errorf("%s: %d missed, want %d", r.Name, got, want)
		}
		if got, want := len(r.Spurious), c.Sys-c.Relaxed; got != want {
			t.Errorf("%s: %d spurious, want %d", r.Name, got, want)
		}
		if got, want := len(r.WrongValue), c.Relaxed-c.Value; got != want {
			t.Errorf("%s: %d wrong values, want %d", r.Name, got, want)
		}
		sum = sum.Add(c)
	}
	if sum != total {
		t.Errorf("total = %+v, want the sum %+v", total, sum)
	}
	if total.Gold != 7 {
		t.Errorf("%d gold expressions, want 7", total.Gold)
	}
	if total.Value == 0 {
		t.Errorf("no value right: %+v", total)
	}
}

func TestEvalDirErrors(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(ministers)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		"a.tml":         "<TimeML><TEXT>\n&nbsp;</TEXT></TimeML>",
		"b.tml":         string(good),
		"c.tml":         "<TimeML><TEXT>Undated.</TEXT></TimeML>",
		"d.txt":         "not TimeML",
		".hidden.tml":   "<",
		"sub.tml/x.tml": "<",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	total, results, err := EvalDir(dir)
	if len(results) != 1 || total.Gold != 4 {
		t.Errorf("%d results with %d gold, want the 4 of b.tml", len(results), total.Gold)
	}
	var list extract.ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("error = %v, want a list of 2", err)
	}
	if got, want := list[0].Error(), filepath.Join(dir, "a.tml")+":2: unknown entity &nbsp;"; got != want {
		t.Errorf("first error = %q, want %q", got, want)
	}
	if !errors.Is(list[1], ErrNoDCT) || list[1].Name != filepath.Join(dir, "c.tml") {
		t.Errorf("second error = %v, want c.tml and ErrNoDCT", list[1])
	}

	if _, _, err := EvalDir(t.TempDir()); !errors.Is(err, ErrNoFiles) {
		t.Errorf("empty directory: error = %v, want ErrNoFiles", err)
	}
	if _, _, err := EvalDir(filepath.Join(dir, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing directory: error = %v, want ErrNotExist", err)
	}
}
