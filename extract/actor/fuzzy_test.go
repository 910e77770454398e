package actor

import (
	"slices"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/text"
)

func TestNormName(t *testing.T) {
	for in, want := range map[string][]string{
		"Omar al-Bashir":      {"omar", "bashir"},
		"Omar El Bashir":      {"omar", "bashir"},
		"François Mitterrand": {"francois", "miterand"},
		"Francois Mitterand":  {"francois", "miterand"},
	} {
		if got := normName(in); !slices.Equal(got, want) {
			t.Errorf("normName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"bouteflika", "bouteflicka", true}, // inserted
		{"habyarimana", "habyariman", true}, // deleted
		{"gbagbo", "gbagbu", true},          // replaced
		{"gbagbo", "gbago", true},
		{"gbagbo", "gbagbo", true},
		{"gbagbo", "gbog", false},
		{"mugabe", "mubage", false},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

// TestFuzzyPerson checks that a titled name spelled another way names the
// person of the gazetteer, and that an unrelated name does not.
func TestFuzzyPerson(t *testing.T) {
	g := gazetteerInstance()
	on := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	if i := g.fuzzyPerson("Francois Mitterand", on); i < 0 || g.ent(i).name != "Francois Mitterrand" {
		t.Errorf("Francois Mitterand: got %d", i)
	}
	if i := g.fuzzyPerson("Francois Dupont", on); i >= 0 {
		t.Errorf("Francois Dupont: got %s", g.ent(i).name)
	}
}

// TestMisspeltState checks that a state's name misspelt by a letter is
// read as the state, and that near words that name something else are not.
func TestMisspeltState(t *testing.T) {
	for src, want := range map[string]string{
		"Ethopia has agreed to re-open its borders.":        "Ethiopia",
		"A fresh offer from Afganistan for talks.":          "Afghanistan",
		"He studied at Columbia before moving.":             "",
		"Roland said the talks would go on.":                "",
		"The Phillippines military violated the ceasefire.": "Philippines",
	} {
		got := ""
		if a, ok := lastOfKind(src, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), Country); ok {
			got = a.Name
		}
		if got != want {
			t.Errorf("%q: state %q, want %q", src, got, want)
		}
	}
}

func TestMiddleDropped(t *testing.T) {
	for _, tc := range []struct {
		full, rest string
		want       bool
	}{
		{"saul menem", "menem", true},                         // Carlos [Saul] Menem
		{"saul menem", "saul", false},                         // the surname left out
		{"saul menem", "saul menem", false},                   // nothing left out: matched as it is
		{"bin laden", "laden", false},                         // a particle is the surname's
		{"a menem", "menem", false},                           // an initial, not a middle name
		{"menem", "menem", false},                             // no middle name
		{"hassan ahmad bashir", "hassan bashir", true},        // Omar Hassan [Ahmad] al-Bashir
		{"hassan ahmad bashir", "bashir", true},               // Omar [Hassan Ahmad] al-Bashir
		{"hassan ahmad bashir", "ahmad hassan bashir", false}, // not in order
		{"hassan bin laden", "hassan laden", false},           // a particle dropped
	} {
		if got := middleDropped(tc.full, tc.rest); got != tc.want {
			t.Errorf("middleDropped(%q, %q) = %v, want %v", tc.full, tc.rest, got, tc.want)
		}
	}
}

// TestArticleNames checks that a titled Arabic name is read with its
// article ("al-Bashir") and found in the gazetteer with a middle name left
// out, and that an untitled place named so is no person.
func TestArticleNames(t *testing.T) {
	on := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	for src, want := range map[string]string{
		"President Omar Hassan al-Bashir flew to Addis Ababa on Monday.": "SDNGOV",
		"Sudanese President Omar al-Bashir flew to Addis Ababa.":         "SDNGOV",
	} {
		if a, _ := lastOfKind(src, on, Person); a.Code != want {
			t.Errorf("%q: a person of code %q, want %q", src, a.Code, want)
		}
	}
	src := "Shelling hit Deir al-Zour and Jisr al-Shughour overnight."
	if a, ok := lastOfKind(src, on, Person); ok {
		t.Errorf("%q: a person %q", src, a.Name)
	}
}

// lastOfKind returns the last actor of kind k found in src, read on day
// on, and whether there is one.
func lastOfKind(src string, on time.Time, k Kind) (Actor, bool) {
	var last Actor
	ok := false
	for _, a := range Find(text.New(src), on).Actors {
		if a.Kind == k {
			last, ok = a, true
		}
	}
	return last, ok
}
