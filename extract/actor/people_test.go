package actor_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// TestPeopleTable reads people of data/people.tsv (the Phoenix country
// dictionary's people): a full name resolves to the person with the state
// and the Phoenix code, and the surname alone resolves once the article has
// named them in full, but not otherwise.
func TestPeopleTable(t *testing.T) {
	day := time.Date(2000, 6, 1, 0, 0, 0, 0, time.UTC)
	r := find(day, "President Yoweri Museveni threatened to ban opposition candidates. "+
		"Museveni said the vote would go ahead in July.")
	i := slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == "Yoweri Museveni" })
	if i < 0 {
		t.Fatalf("no actor Yoweri Museveni in %+v", r.Actors)
	}
	a := r.Actors[i]
	if a.Kind != actor.Person || a.Affiliation != "Uganda" || !strings.HasPrefix(a.Code, "UGA") {
		t.Errorf("Yoweri Museveni = %+v, want a person of Uganda with a UGA code", a)
	}
	var texts []string
	for _, m := range a.Mentions {
		texts = append(texts, m.Text)
	}
	if !slices.Contains(texts, "Museveni") {
		t.Errorf("the later \"Museveni\" is not Yoweri Museveni: mentions %q, actors %+v", texts, r.Actors)
	}

	// Several coded periods are one person; the code is Phoenix's.
	r = find(time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC), "Algerian President Abdelaziz Bouteflika met the envoy on Monday.")
	i = slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == "Abdelaziz Bouteflika" })
	if i < 0 || r.Actors[i].Code != "DZAGOV" || r.Actors[i].Affiliation != "Algeria" {
		t.Errorf("Abdelaziz Bouteflika not resolved as DZAGOV of Algeria: %+v", r.Actors)
	}

	// A Phoenix person's surname alone, never named in full, is nobody of
	// the table: "Some" is not Burkina Faso's Maxime Some.
	r = find(time.Date(2011, 1, 25, 0, 0, 0, 0, time.UTC), "Some of the protesters stayed in the square. Museveni was not mentioned.")
	for _, a := range r.Actors {
		if a.Name == "Maxime Some" || a.Name == "Yoweri Museveni" {
			t.Errorf("a surname alone resolved to %s: %+v", a.Name, r.Actors)
		}
	}
}

// TestPersonCodeByDate checks that a person's code is the one of the term
// that holds on the article's date.
func TestPersonCodeByDate(t *testing.T) {
	for year, want := range map[int]string{1990: "DZAELI", 2005: "DZAGOV"} {
		r := find(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), "Abdelaziz Bouteflika spoke in Algiers.")
		got := ""
		for _, a := range r.Actors {
			if a.Name == "Abdelaziz Bouteflika" {
				got = a.Code
			}
		}
		if got != want {
			t.Errorf("%d: Bouteflika coded %q, want %q", year, got, want)
		}
	}
}

// TestLeaderOfficeByDate checks that a leader of several offices of
// leaders.tsv is coded and affiliated by the office held on the article's
// date, whichever row comes first: Donald Tusk led Poland's government
// before and after he presided over the European Council.
func TestLeaderOfficeByDate(t *testing.T) {
	for _, tc := range []struct {
		day               string
		code, affiliation string
	}{
		{"2010-05-01", "POLGOV", "Poland"},
		{"2016-05-01", "IGOEUREEC", "European Council"},
		{"2024-05-01", "POLGOV", "Poland"},
	} {
		day, _ := time.Parse("2006-01-02", tc.day)
		r := find(day, "Donald Tusk spoke in Brussels.")
		i := slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == "Donald Tusk" })
		if i < 0 {
			t.Fatalf("%s: no Donald Tusk in %+v", tc.day, r.Actors)
		}
		if a := r.Actors[i]; a.Code != tc.code || a.Affiliation != tc.affiliation {
			t.Errorf("%s: Donald Tusk coded %s of %s, want %s of %s", tc.day, a.Code, a.Affiliation, tc.code, tc.affiliation)
		}
	}
}

// TestSurnameNotFunctionWord checks that a leader's surname that is a
// word opening sentences names nobody alone: "In" of "Moon Jae In" in
// his term, while his full name and his title with his surname still
// name him.
func TestSurnameNotFunctionWord(t *testing.T) {
	day := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
	r := find(day, "In Seoul, officials met on Monday. In the end, they agreed.")
	for _, a := range r.Actors {
		if a.Kind == actor.Person {
			t.Errorf("a person found in a text naming none: %+v", a)
		}
	}
	r = find(day, "Moon Jae-in met the envoy. President Moon said the talks went well.")
	i := slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == "Moon Jae-in" })
	if i < 0 || len(r.Actors[i].Mentions) != 2 {
		t.Errorf("Moon Jae-in not named twice: %+v", r.Actors)
	}
}

// TestMoreLeaders checks rows added for states beyond the G20: a surname
// alone names the office holder of the article's date, and "former" keeps
// a title from naming the one in office.
func TestMoreLeaders(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, name, code string }{
		{"Ruto said the talks went well.", "William Ruto", "KENGOV"},
		{"Pashinyan met Aliyev in Washington.", "Nikol Pashinyan", "ARMGOV"},
		{"Pashinyan met Aliyev in Washington.", "Ilham Aliyev", "AZEGOV"},
		{"Kenya's president said the talks went well.", "William Ruto", "KENGOV"},
	} {
		r := find(day, tc.text)
		i := slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == tc.name })
		if i < 0 || r.Actors[i].Code != tc.code {
			t.Errorf("%q: no %s coded %s in %+v", tc.text, tc.name, tc.code, r.Actors)
		}
	}
	for _, a := range find(day, "Kenya's former president criticised the government.").Actors {
		if a.Kind == actor.Person {
			t.Errorf("the former president is %s, in office on the day", a.Name)
		}
	}
	// Ruto was deputy president before 2022
	r := find(time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), "Deputy President William Ruto met the envoy. Ruto said the talks went well.")
	if i := slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == "William Ruto" }); i < 0 || len(r.Actors[i].Mentions) != 2 {
		t.Errorf("William Ruto in 2015: %+v", r.Actors)
	}
}

// TestMiddleNameLeftOut checks that a titled name the gazetteer lacks
// finds the Phoenix person of that given name and surname whose middle
// name it leaves out, as news writes them.
func TestMiddleNameLeftOut(t *testing.T) {
	day := time.Date(2004, 10, 1, 0, 0, 0, 0, time.UTC)
	r := find(day, "A judge ordered former president Carlos Menem to appear for questioning.")
	i := slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == "Carlos Saul Menem" })
	if i < 0 || r.Actors[i].Affiliation != "Argentina" || !strings.HasPrefix(r.Actors[i].Code, "ARG") {
		t.Errorf("\"Carlos Menem\" is not Carlos Saul Menem of Argentina: %+v", r.Actors)
	}
}
