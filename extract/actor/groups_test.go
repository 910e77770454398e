package actor_test

import (
	"slices"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// TestGroups checks that groups of people are actors of their own, coded
// by the state they belong to or live in, apart from that state.
func TestGroups(t *testing.T) {
	tests := []struct {
		text       string
		name, code string
		aff        string
	}{
		// a state's demonym and a group's noun, with modifiers between
		{"Croatia is investigating crimes committed by Croatian extremists.", "Croatian Extremists", "HRVRAD", "Croatia"},
		{"Angry French paper workers blocked the bridge.", "French Workers", "FRALAB", "France"},
		{"Thousands of Iraqi Kurds demonstrated on Sunday.", "Iraqi Kurds", "IRQ", "Iraq"},
		// a people without a state: the state named with it, else the nearest
		{"Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.", "Muslim Forces", "BIHUAF", "Bosnia and Herzegovina"},
		{"The Sri Lankan army has been holding thousands of Tamil civilian refugees.", "Tamil Refugees", "LKAREF", "Sri Lanka"},
		{"Ethnic Albanians have sworn to fight for villages near Macedonia's border.", "Ethnic Albanians", "MKD", "North Macedonia"},
		// a group's noun and the state it is in
		{"Opposition groups in Zimbabwe are demanding reforms.", "Zimbabwean Opposition", "ZWEOPP", "Zimbabwe"},
		// a nation of another, and citizens of another's descent
		{"Bosnian Serbs shelled the town.", "Bosnian Serbs", "BIH", "Bosnia and Herzegovina"},
		{"Egyptian Americans rallied in New York.", "Egyptian Americans", "USA", "United States"},
		{"Christians gathered in Cairo on Sunday.", "Christians", "EGY", "Egypt"},
	}
	for _, tc := range tests {
		if a, ok := actorIn(t, tc.text, tc.name); ok && (a.Kind != actor.Group || a.Code != tc.code || a.Affiliation != tc.aff) {
			t.Errorf("%q: %s is %s %s of %q, want group %s of %q", tc.text, a.Name, a.Kind, a.Code, a.Affiliation, tc.code, tc.aff)
		}
	}
}

// actorIn extracts text, dated 2000-01-01, and returns its actor called
// name, reporting an error when there is none.
func actorIn(t *testing.T, src, name string) (actor.Actor, bool) {
	t.Helper()
	r := find(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), src)
	for _, a := range r.Actors {
		if a.Name == name {
			return a, true
		}
	}
	t.Errorf("%q: no actor %s in %+v", src, name, r.Actors)
	return actor.Actor{}, false
}

// TestGroupNotState checks that the state's own people stay the state's:
// "Russian officials said protesters" has no group "Russian Protesters"
// by the demonym (where the sentence names only Russia, its protesters
// are Russia's by TestLocalGroups' rule; here it names Ukraine too), and
// "Russian forces" are Russia's.
func TestGroupNotState(t *testing.T) {
	for _, text := range []string{
		"Russian officials said protesters had gathered in Kyiv.",
		"Russian forces advanced.",
	} {
		r := find(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), text)
		for _, a := range r.Actors {
			if a.Kind == actor.Group {
				t.Errorf("%q: group %s", text, a.Name)
			}
		}
	}
}

// TestTitledSurname checks that a title and a surname name the person of
// the Phoenix table whose term is nearest the article's date.
func TestTitledSurname(t *testing.T) {
	text := "Opposition groups are demanding that President Mugabe abandon his policy."
	if a, ok := actorIn(t, text, "Robert Mugabe"); ok && a.Code != "ZWEGOV" {
		t.Errorf("President Mugabe coded %q, want ZWEGOV", a.Code)
	}
}

// TestPlaceUnknown checks which actors outside the gazetteer take a state
// from their context: a titled office holder in a sentence about one
// state, a body named with a place; not an untitled name.
func TestPlaceUnknown(t *testing.T) {
	tests := []struct{ text, name, aff string }{
		{"Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials.", "Alejandro Rivera", "Chile"},
		{"Iranian authorities have been pressuring workers of the United Bus Company of Tehran.", "United Bus Company", "Iran"},
		{"Nic Robertson said Libya was in turmoil.", "Nic Robertson", ""},
		{"Students throughout Indonesia demanded reforms by President Suharto's government.", "Suharto", "Indonesia"},
		{"Judge Alejandro Rivera said Chile and Peru had agreed.", "Alejandro Rivera", ""},
	}
	for _, tc := range tests {
		if a, ok := actorIn(t, tc.text, tc.name); ok && a.Affiliation != tc.aff {
			t.Errorf("%q: %s is of %q, want %q", tc.text, a.Name, a.Affiliation, tc.aff)
		}
	}
}

// TestStateAgent checks a state's body or people named before the state:
// "the government of Sudan", "security forces in Guinea".
func TestStateAgent(t *testing.T) {
	for _, tc := range []struct{ text, name, code string }{
		{"The government of Sudan accused rebels of attacks.", "Sudanese Government", "SDNGOV"},
		{"Security forces in Guinea have tortured scores of refugees.", "Guinean Security Forces", "GINCOP"},
	} {
		if a, ok := actorIn(t, tc.text, tc.name); ok && a.Code != tc.code {
			t.Errorf("%q: %s coded %s, want %s", tc.text, a.Name, a.Code, tc.code)
		}
	}
}

// find finds the actors of src, published on day.
func find(day time.Time, src string) *actor.Cast {
	return actor.Find(text.New(src), day)
}

// TestDemonymOpening checks that a demonym that is also a common word
// opens a sentence as a demonym when people of a kind follow it, and
// not otherwise.
func TestDemonymOpening(t *testing.T) {
	actorIn(t, "Polish troops crossed into Belarus.", "Poland")
	actorIn(t, "Polish farmers dumped grain on the tracks.", "Polish Farmers")
	noActor(t, "Polish the silver before dinner.", "Poland")
}

// TestStateNameGroup checks that a state's name takes a group noun only
// straight after it, unlike its adjective.
func TestStateNameGroup(t *testing.T) {
	actorIn(t, "Chad rebels attacked an army post.", "Chadian Rebels")
	actorIn(t, "Iraqi armed groups attacked a base.", "Iraqi Armed Groups")
	noActor(t, "Sudan shelled villages in Chad after rebels attacked an army post.", "Chadian Rebels")
}

// TestTheOpposition checks that "the opposition" with none named before
// is the opposition of the state named last.
func TestTheOpposition(t *testing.T) {
	if a, ok := actorIn(t, "Armenia's ruling party won the vote. The opposition rejected the result.", "Armenian Opposition"); ok && a.Code != "ARMOPP" {
		t.Errorf("the Armenian opposition is coded %q, want ARMOPP", a.Code)
	}
	// with no state named, no one: no actor at all
	if as := find(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), "The opposition rejected the result.").Actors; len(as) > 0 {
		t.Errorf("\"The opposition rejected the result.\": actors %+v", as)
	}
}

// TestOppositionMembers checks that "opposition leaders" and their kin,
// with no state before them, are the opposition of the state named last,
// and that "opposition leader" before a name is not.
func TestOppositionMembers(t *testing.T) {
	if a, ok := actorIn(t, "Police in Senegal arrested two opposition lawmakers on Monday.", "Senegalese Opposition"); ok {
		if len(a.Mentions) != 1 || a.Mentions[0].Text != "opposition lawmakers" {
			t.Errorf("Senegalese Opposition mentions %+v, want \"opposition lawmakers\"", a.Mentions)
		}
	}
	noActor(t, "Opposition leaders met on Monday.", "Opposition")
	if as := find(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), "Opposition parties boycotted the vote.").Actors; len(as) > 0 {
		t.Errorf("\"Opposition parties boycotted the vote.\": actors %+v", as)
	}
}

// TestCongoByDate checks that bare "Congo" names the Republic of the
// Congo while the larger state was Zaire, and that state otherwise.
func TestCongoByDate(t *testing.T) {
	for _, c := range []struct {
		day  time.Time
		src  string
		code string
	}{
		{time.Date(1985, 6, 1, 0, 0, 0, 0, time.UTC), "Pakistan cut ties with Congo.", "COG"},
		{time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC), "Rwanda accused Congo of shelling.", "COD"},
		{time.Date(1965, 6, 1, 0, 0, 0, 0, time.UTC), "Belgium sent paratroopers to the Congo.", "COD"},
		{time.Date(1985, 6, 1, 0, 0, 0, 0, time.UTC), "Zaire expelled two diplomats.", "COD"},
	} {
		var codes []string
		for _, a := range find(c.day, c.src).Actors {
			codes = append(codes, a.Code)
		}
		if !slices.Contains(codes, c.code) {
			t.Errorf("%s on %s: actors %v, want %s", c.src, c.day.Format(time.DateOnly), codes, c.code)
		}
	}
}

// TestFatahByItsState checks that Fatah, the party that leads the
// Palestinian Authority, is coded by its state, as Phoenix's country
// dictionary lists it.
func TestFatahByItsState(t *testing.T) {
	if a, ok := actorIn(t, "Fatah officials met Egyptian mediators in Cairo.", "Fatah"); ok && a.Code != "PSE" {
		t.Errorf("Fatah coded %s, want PSE", a.Code)
	}
}

// TestSettlersNotOfTheLand checks that settlers said to be in a place are
// not that place's people, and take the other state the sentence names.
func TestSettlersNotOfTheLand(t *testing.T) {
	if a, ok := actorIn(t, "Chinese settlers in Tibet clashed with Tibetan monks, Indian newspapers reported.", "Chinese Settlers"); ok && a.Code != "CHNCVL" {
		t.Errorf("Chinese settlers coded %s, want CHNCVL", a.Code)
	}
	if a, ok := actorIn(t, "Jewish settlers in the West Bank stoned cars after an Israeli teenager was stabbed.", "Jewish Settlers"); ok && a.Code != "ISRCVL" {
		t.Errorf("Jewish settlers in the West Bank coded %s, want ISRCVL", a.Code)
	}
}
