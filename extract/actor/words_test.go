package actor

import "testing"

// TestWordsParse checks the embedded lexicon: it parses (or lexicon would
// have panicked) and each list has words.
func TestWordsParse(t *testing.T) {
	for _, name := range lexicon.Lists() {
		if len(lexicon.Set(name)) == 0 {
			t.Errorf("list %q of words.txt is empty", name)
		}
	}
}

// TestWordLists checks a few words of the lists as the rules read them:
// in the case they are compared in, and not the comments beside them.
func TestWordLists(t *testing.T) {
	tests := []struct {
		name string
		list map[string]bool
		word string
		want bool
	}{
		{"pair-nouns", pairNouns(), "sides", true},
		{"title-nouns", titleNouns(), "spokesman", true},
		{"sole-name-titles", soleNameTitles(), "general", false}, // "General Motors"
		{"common-surnames", commonSurname(), "May", true},
		{"common-surnames", commonSurname(), "may", false},
		{"family-name-first", familyNameFirst(), "KOR", true},
		{"name-suffixes", nameSuffix, "Jr", true},
		{"name-particles", nameParticle, "bin", true},
		{"diaspora", diaspora(), "USA", true},
		{"org-heads", orgHeads, "agency", true},
		{"org-heads", orgHeads, "newspapers", false}, // a word of a comment
		{"place-heads", placeHeads, "island", true},
		{"not-names", notNames(), "may", true},
		{"not-misspelt", notMisspelt(), "Columbia", true},
		{"not-misspelt", notMisspelt(), "the", false},
	}
	for _, tc := range tests {
		if got := tc.list[tc.word]; got != tc.want {
			t.Errorf("%s[%q] = %v, want %v", tc.name, tc.word, got, tc.want)
		}
	}
	for w, want := range map[string]string{"company": "BUS", "university": "EDU", "church": "REL", "tv": "MED", "network": "NGO"} {
		if got := sectorHeads()[w]; got != want {
			t.Errorf("sectorHeads[%q] = %q, want %q", w, got, want)
		}
	}
}
