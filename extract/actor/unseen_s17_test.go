package actor_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// TestBrandModifyingAfterThe checks that a known company's name after
// "the" is the company's where it modifies one of its plants, stores or
// workers, and still not where it names a place.
func TestBrandModifyingAfterThe(t *testing.T) {
	day := time.Date(2024, 2, 2, 0, 0, 0, 0, time.UTC)
	has := func(src, name string) bool {
		for _, a := range find(day, src).Actors {
			if a.Name == name {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct{ src, name string }{
		{"Workers at the Ford plant went on strike.", "Ford"},
		{"Shoppers queued outside the Apple store on Friday.", "Apple"},
		{"The Volkswagen factory in Puebla will close next year.", "Volkswagen"},
	} {
		if !has(tc.src, tc.name) {
			t.Errorf("%q: %s not found", tc.src, tc.name)
		}
	}
	if has("Fires spread through the Amazon basin.", "Amazon") {
		t.Errorf("the Amazon basin read as the company")
	}
}

// TestLocalPolice checks that bare police are the police of the one
// state their sentence names, and of none where it names two or where
// "police" only describes a place or a thing.
func TestLocalPolice(t *testing.T) {
	day := time.Date(2024, 2, 2, 0, 0, 0, 0, time.UTC)
	code := func(src string) string {
		for _, a := range find(day, src).Actors {
			if a.Kind == actor.Organization && strings.HasSuffix(a.Name, " Police") {
				return a.Code
			}
		}
		return ""
	}
	for _, tc := range []struct{ src, code string }{
		{"Students in Tbilisi clashed with police on Monday.", "GEOCOP"},
		{"Riot police fired tear gas at crowds in Lima.", "PERCOP"},
		{"Peru accused Chile of smuggling, police said.", ""},
		{"Protesters in Lima attacked a police station.", ""},
		{"Protesters in Lima set fire to police trucks.", ""},
	} {
		if got := code(tc.src); got != tc.code {
			t.Errorf("%q: police coded %q, want %q", tc.src, got, tc.code)
		}
	}
}

// TestCompanyKinds checks that a company named by its industry noun
// ("Arcadium Lithium") is a company, a brand's line of things in a
// plural acronym ("Jeep SUVs") a product, and neither a person; and that
// "Labour MPs" are no product.
func TestCompanyKinds(t *testing.T) {
	day := time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)
	kind := func(src, name string) actor.Kind {
		for _, a := range find(day, src).Actors {
			if a.Name == name {
				return a.Kind
			}
		}
		return ""
	}
	for _, tc := range []struct {
		src, name string
		kind      actor.Kind
	}{
		{"Rio Tinto agreed to buy Arcadium Lithium for $6.7 billion.", "Arcadium Lithium", actor.Organization},
		{"Stellantis recalled 1.2 million Jeep SUVs on Monday.", "Jeep SUVs", actor.Product},
		{"Ryanair criticised Boeing over delays.", "Ryanair", actor.Organization},
	} {
		if got := kind(tc.src, tc.name); got != tc.kind {
			t.Errorf("%q: %s is %q, want %q", tc.src, tc.name, got, tc.kind)
		}
	}
	if got := kind("Dozens of Labour MPs voted against the bill.", "Labour MPs"); got == actor.Product {
		t.Errorf("Labour MPs read as a product")
	}
}

// TestLocalGroups checks that a group named by its noun alone is of the
// one state its sentence names, and of none where it names two, or where
// the noun only describes a person, a place or refugees.
func TestLocalGroups(t *testing.T) {
	day := time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)
	group := func(src string) string {
		for _, a := range find(day, src).Actors {
			if a.Kind == actor.Group {
				return a.Name + " " + a.Code
			}
		}
		return ""
	}
	for _, tc := range []struct{ src, want string }{
		{"Opposition supporters clashed with riot police in Dhaka.", "Bangladeshi Opposition BGDOPP"},
		{"Rebels attacked a convoy near Goma on Sunday.", "Congolese Rebels CODREB"},
		{"Sudan accused Chad of backing rebels.", ""},
		{"Police arrested opposition leader Tundu Lissu in Dodoma.", ""},
		{"Refugees fled across the border into Chad.", ""},
		{"Soldiers shelled a rebel camp in Mali.", ""},
		{"The Pentagon said it had killed 100 insurgents.", ""},
	} {
		if got := group(tc.src); got != tc.want {
			t.Errorf("%q: group %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestBrandAmounts checks that a number after a company's name that an
// amount word follows is no model number ("fined Meta 1 billion euros"),
// and that a company whose name is a word opens a sentence with more of
// the verbs news gives it ("Meta criticised the ruling").
func TestBrandAmounts(t *testing.T) {
	day := time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)
	names := func(src string) []string {
		var out []string
		for _, a := range find(day, src).Actors {
			out = append(out, a.Name)
		}
		return out
	}
	if got := names("The European Commission fined Meta 1 billion euros."); !slices.Contains(got, "Meta") {
		t.Errorf("fined Meta 1 billion euros: actors %v, want Meta", got)
	}
	if got := names("Meta criticised the ruling on Monday."); !slices.Contains(got, "Meta") {
		t.Errorf("Meta criticised the ruling: actors %v, want Meta", got)
	}
	if got := names("Apple unveiled the iPhone 16 in Cupertino."); !slices.Contains(got, "iPhone 16") {
		t.Errorf("the iPhone 16: actors %v", got)
	}
}

// TestAdministrationIsABody checks that a name ending in "Administration"
// is an organisation's, no person's.
func TestAdministrationIsABody(t *testing.T) {
	day := time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)
	for _, a := range find(day, "The Federal Aviation Administration grounded the jets.").Actors {
		if a.Name == "Federal Aviation Administration" && a.Kind != actor.Organization {
			t.Errorf("%s is a %s", a.Name, a.Kind)
		}
	}
}

// TestAnotherFullName checks that a known person's first name before a
// surname of another is that other's full name ("Elizabeth Wilmshurst"
// is no Elizabeth II), while a known surname before a noun stays its
// person's ("the Bush Doctrine" is George W. Bush's).
func TestAnotherFullName(t *testing.T) {
	day := time.Date(2005, 3, 20, 0, 0, 0, 0, time.UTC)
	names := func(src string) []string {
		var out []string
		for _, a := range find(day, src).Actors {
			out = append(out, a.Name)
		}
		return out
	}
	if got := names("Elizabeth Wilmshurst resigned from the Foreign Office."); slices.Contains(got, "Elizabeth II") || !slices.Contains(got, "Elizabeth Wilmshurst") {
		t.Errorf("Elizabeth Wilmshurst read as %v", got)
	}
	if got := names("The Bush Doctrine was announced in 2002."); !slices.Contains(got, "George W. Bush") {
		t.Errorf("the Bush Doctrine read as %v", got)
	}
}
