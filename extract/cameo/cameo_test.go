package cameo

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

func TestRootOf(t *testing.T) {
	for code, want := range map[string]Root{"043": Consult, " 1385 ": Threaten, "2041": MassViolence, "20": MassViolence, "01": MakeStatement,
		"0": "", "": "", "21": "", "00": "", "x4": "", "4a": ""} {
		if got := RootOf(code); got != want {
			t.Errorf("RootOf(%q) = %q, want %q", code, got, want)
		}
	}
}

// TestTable checks the table against what CAMEO says of its codes: an
// intention is 03x, a threat 13x, a refusal 12x; cooperative roots have
// intentions, material conflict threats; the quad classes split where
// CAMEO splits them.
func TestTable(t *testing.T) {
	for n := 1; n <= 20; n++ {
		r := Root(string(rune('0'+n/10)) + string(rune('0'+n%10)))
		if r.Name() == "" {
			t.Errorf("root %s has no name", r)
		}
		if c := r.Intent(); c != "" && (RootOf(c) != ExpressIntent || n < 4 || n > 8) {
			t.Errorf("%s: intent %q", r, c)
		}
		if c := r.Threat(); (c != "") != (n >= 14) || c != "" && RootOf(c) != Threaten {
			t.Errorf("%s: threat %q", r, c)
		}
		if c := r.Refusal(); (c != "") != (n >= 3 && n <= 8) || c != "" && RootOf(c) != Reject {
			t.Errorf("%s: refusal %q", r, c)
		}
		want := map[bool]Class{true: VerbalCooperation}[n <= 5]
		switch {
		case n >= 14:
			want = MaterialConflict
		case n >= 9:
			want = VerbalConflict
		case n >= 6:
			want = MaterialCooperation
		}
		if r.Class() != want || r.Hostile() != (n >= 14) || r.UsesForce() != (n >= 17) {
			t.Errorf("%s: class %d, hostile %t, force %t", r, r.Class(), r.Hostile(), r.UsesForce())
		}
	}
	if Root("21").Class() != NoClass || Root("").Name() != "" || Root("7").UsesForce() {
		t.Error("a code that is no root has a class, a name or force")
	}
}

func TestIsMeeting(t *testing.T) {
	for code, want := range map[string]bool{"040": true, "042": true, "043": true, "044": true, "046": true,
		" 040 ": true, "041": false, "045": false, "04": false, "0400": false, "": false} {
		if got := IsMeeting(code); got != want {
			t.Errorf("IsMeeting(%q) = %t, want %t", code, got, want)
		}
	}
}

// TestPloverOfRoots checks each root's PLOVER category against the first
// the PLOVER project's conversion table gives the root.
func TestPloverOfRoots(t *testing.T) {
	path := filepath.Join(corpus.Need(t, "corpora/plover-gsr"), "CAMEO2PLOVER-2021.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	first := map[Root]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		code, rest, ok := strings.Cut(sc.Text(), ":")
		if !ok || len(strings.TrimSpace(code)) != 2 {
			continue
		}
		cat, _, _ := strings.Cut(rest, ",")
		if r := Root(strings.TrimSpace(code)); first[r] == "" {
			first[r] = strings.TrimSpace(cat)
		}
	}
	for n := 1; n <= 20; n++ {
		r := Root(string(rune('0'+n/10)) + string(rune('0'+n%10)))
		if got, want := r.Plover(), first[r]; got != want {
			t.Errorf("%s.Plover() = %q; the table gives %q", r, got, want)
		}
	}
}
