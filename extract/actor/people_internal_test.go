package actor

import (
	"os"
	"testing"
)

// TestSurname checks the family name derived from a full name: the last
// word, with its particles, without a regnal number or suffix.
func TestSurname(t *testing.T) {
	for in, want := range map[string]string{
		"Joe Biden":              "Biden",
		"Ursula von der Leyen":   "von der Leyen",
		"Jean-Yves Le Drian":     "Le Drian",
		"Osama bin Laden":        "bin Laden",
		"Juan Carlos I":          "Carlos",
		"Martin Luther King Jr.": "King",
		"Suharto":                "Suharto",
	} {
		if got := surname(in); got != want {
			t.Errorf("surname(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPhoenixState checks the state of a Phoenix code: the state whose
// code is the code's first six letters, else its first three.
func TestPhoenixState(t *testing.T) {
	g, err := buildGazetteer(os.DirFS("data"))
	if err != nil {
		t.Fatal(err)
	}
	states := g.statesByCode()
	for code, want := range map[string]string{
		"UGAGOV":    "Uganda",
		"USAGOVMIL": "United States",
		"USAPRIGOV": "Puerto Rico", // a six-letter state code
		"XYZGOV":    "",
		"UG":        "",
	} {
		if got := g.phoenixState(states, code); got != want {
			t.Errorf("phoenixState(%q) = %q, want %q", code, got, want)
		}
	}
}
