package lemma

import (
	"bytes"
	"strings"
	"testing"
)

func toy() []Example {
	return []Example{
		{"met", "VERB", "VBD", "meet"}, {"troops", "NOUN", "NNS", "troop"}, {"armies", "NOUN", "NNS", "army"},
		{"cities", "NOUN", "NNS", "city"}, {"talks", "NOUN", "NNS", "talk"}, {"walked", "VERB", "VBD", "walk"},
		{"Russia", "PROPN", "NNP", "Russia"}, {"The", "DET", "DT", "the"}, {"was", "AUX", "VBD", "be"},
	}
}

func TestLemma(t *testing.T) {
	m := Train(toy())
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&b)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ form, upos, xpos, want string }{
		{"met", "VERB", "VBD", "meet"},      // known
		{"Met", "VERB", "VBD", "meet"},      // known, any case
		{"ladies", "NOUN", "NNS", "lady"},   // rule -ies → -y
		{"tanks", "NOUN", "NNS", "tank"},    // rule -s
		{"jumped", "VERB", "VBD", "jump"},   // rule -ed
		{"Kyiv", "PROPN", "NNP", "Kyiv"},    // proper nouns keep their form
		{"Quickly", "ADV", "RB", "quickly"}, // no rule: lower case
		{"WAS", "AUX", "VBD", "be"},
		{"s", "NOUN", "NNS", "s"}, // the -s rule would leave nothing
	} {
		for _, mm := range []*Model{m, m2} {
			if got := mm.Lemma(tc.form, tc.upos, tc.xpos); got != tc.want {
				t.Errorf("Lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	Train(toy()).WriteTo(&a)
	Train(toy()).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings wrote different models")
	}
}

// TestLemmaCase checks that a word is looked up lower-cased as training
// lower-cased it, whatever its length and script.
func TestLemmaCase(t *testing.T) {
	long := strings.Repeat("x", 70)
	m := Train([]Example{{"Écoles", "NOUN", "NNS", "école"}, {long + "es", "NOUN", "NNS", long}})
	for _, tc := range []struct{ form, want string }{
		{"ÉCOLES", "école"},
		{strings.ToUpper(long) + "ES", long},
	} {
		if got := m.Lemma(tc.form, "NOUN", "NNS"); got != tc.want {
			t.Errorf("Lemma(%q) = %q, want %q", tc.form, got, tc.want)
		}
	}
}

// TestKnownStem checks that an unknown verb form whose rule gives no
// known word takes the plain stem that is one.
func TestKnownStem(t *testing.T) {
	m := Train([]Example{
		{"decided", "VERB", "VBD", "decide"}, {"provided", "VERB", "VBD", "provide"},
		{"raid", "NOUN", "NN", "raid"}, {"walked", "VERB", "VBD", "walk"},
	})
	for form, want := range map[string]string{"raided": "raid", "divided": "divide"} {
		if got := m.Lemma(form, "VERB", "VBD"); got != want {
			t.Errorf("%s: lemma %q, want %q", form, got, want)
		}
	}
}

// TestIrregular checks that past forms no training example showed take
// the lemma of their irregular verb, not their ending's rule, and that a
// form the treebank showed keeps the lemma it had there.
func TestIrregular(t *testing.T) {
	m := Train([]Example{
		{"walked", "VERB", "VBD", "walk"}, {"led", "VERB", "VBD", "le"}, {"got", "VERB", "VBD", "get"},
	})
	for _, c := range []struct{ form, xpos, want string }{
		{"fled", "VBD", "flee"}, {"shot", "VBN", "shoot"}, {"Bled", "VBD", "bleed"}, {"withdrawn", "VBN", "withdraw"},
		{"shut", "VBD", "shut"}, {"cut", "VBN", "cut"}, // a past like the verb
		{"led", "VBD", "le"},      // as trained
		{"shot", "NN", "shot"},    // not a verb
		{"talked", "VBD", "talk"}, // a rule's
	} {
		if got := m.Lemma(c.form, "VERB", c.xpos); got != c.want {
			t.Errorf("%s/%s: lemma %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}

// TestReadModelBad checks that what is not a model, or a model with a
// malformed line, is an error.
func TestReadModelBad(t *testing.T) {
	for _, s := range []string{
		"",
		"not a model\n",
		magic + "w\tmet\tVBD\n",              // a field short
		magic + "w\tmet\tVBD\tmeet\textra\n", // a field over
		magic + "r\tVBD\ted\tx\t\n",          // a cut not a number
		magic + "r\tVBD\ted\t2\t\t\t\n",      // fields over
		magic + "w\tmet\tVBD\tmeet\n\nw\ta\tb\tc\n", // an empty line
	} {
		if _, err := ReadModel(strings.NewReader(s)); err == nil {
			t.Errorf("%q read without error", s)
		}
	}
	m, err := ReadModel(strings.NewReader(magic + "w\tmet\tVBD\tmeet\nr\tVBD\ted\t2\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Lemma("walked", "VERB", "VBD"); got != "walk" {
		t.Errorf("walked: %q, want walk", got)
	}
}

// TestVerbStem checks that a verb form's lemma is a known verb's where
// the rule of its ending makes another word's: "fined" is "fine", the
// verb, not "fin", the noun.
func TestVerbStem(t *testing.T) {
	m := Train([]Example{
		{"walked", "VERB", "VBD", "walk"}, {"fin", "NOUN", "NN", "fin"}, {"fine", "VERB", "VB", "fine"},
	})
	if got := m.Lemma("fined", "VERB", "VBD"); got != "fine" {
		t.Errorf("fined: lemma %q, want fine", got)
	}
	if got := m.Lemma("talked", "VERB", "VBD"); got != "talk" {
		t.Errorf("talked: lemma %q, want talk", got)
	}
}

func TestPastIsBase(t *testing.T) {
	for w, want := range map[string]bool{"cut": true, "shut": true, "set": true, "fled": false, "flee": false, "walk": false, "come": false, "run": false} {
		if got := PastIsBase(w); got != want {
			t.Errorf("PastIsBase(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestIrregularForms checks the table's columns: past, participle, and
// other forms after them.
func TestIrregularForms(t *testing.T) {
	for v, want := range map[string][2]string{"be": {"was", "been"}, "strike": {"struck", "struck"}, "come": {"came", "come"},
		"bleed": {"bled", "bled"}, "bear": {"bore", "borne"}, "write": {"wrote", "written"}} {
		if p, pp, ok := Irregular(v); !ok || p != want[0] || pp != want[1] {
			t.Errorf("Irregular(%q) = %q, %q, %v; want %q, %q", v, p, pp, ok, want[0], want[1])
		}
	}
	if _, _, ok := Irregular("walk"); ok {
		t.Error("walk is irregular")
	}
	for w, want := range map[string]bool{"shot": true, "given": true, "born": false, "gave": false} {
		if got := IrregularParticiple(w); got != want {
			t.Errorf("IrregularParticiple(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestIneVerbs checks the verbs ending in "ine" or "in" the treebank does
// not hold: the letter before "in" says which.
func TestIneVerbs(t *testing.T) {
	m := Train([]Example{
		{"walked", "VERB", "VBD", "walk"}, {"walking", "VERB", "VBG", "walk"}, {"fin", "NOUN", "NN", "fin"},
	})
	for _, c := range []struct{ form, xpos, want string }{
		{"fined", "VBD", "fine"}, {"quarantined", "VBN", "quarantine"}, {"mining", "VBG", "mine"},
		{"detained", "VBD", "detain"}, {"ruined", "VBN", "ruin"}, {"complaining", "VBG", "complain"},
	} {
		if got := m.Lemma(c.form, "VERB", c.xpos); got != c.want {
			t.Errorf("%s/%s: lemma %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}
