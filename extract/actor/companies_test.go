package actor_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// TestCompanies checks that companies outside the gazetteer are found by
// their last word or by the words around them, as organisations of the
// business sector, and not as persons. The sentences are our own.
func TestCompanies(t *testing.T) {
	tests := []struct{ text, name string }{
		// the last word
		{"Ryanair Holdings cut its forecast for the summer.", "Ryanair Holdings"},
		{"The order went to Brazilian Steel and Harbin Electronics.", "Harbin Electronics"},
		{"Passengers of Frontier Airlines were stranded overnight.", "Frontier Airlines"},
		// named after a place, which is no actor of theirs
		{"Passengers of Alaska Airlines were stranded overnight.", "Alaska Airlines"},
		{"Norwegian Airlines cut 300 jobs.", "Norwegian Airlines"},
		// the words around a single name
		{"Shares of Nevrix rose 4% on Tuesday.", "Nevrix"},
		{"Cuprelco's chief executive resigned in March.", "Cuprelco"},
		{"The Denver-based Zephyra added ten routes.", "Zephyra"},
		{"The copper producer Andalita cut 2,000 jobs.", "Andalita"},
		{"Regulators fined the Swiss lender Bancora.", "Bancora"},
		{"Analysts said Pharmona shares fell.", "Pharmona"},
		{"The fund took a stake in Mendix last year.", "Mendix"},
		{"Toyota invested in the battery maker Corvane Materials.", "Corvane Materials"},
		// a single name as the subject of what companies do, even
		// opening a sentence
		{"Velmora recalled 40,000 cars over faulty brakes.", "Velmora"},
		{"Quintara unveiled the Q7 Pro at a launch in Berlin.", "Quintara"},
		{"Last year Ostrava Motors lost money, and Brelin posted a record profit.", "Brelin"},
	}
	for _, tc := range tests {
		if a, ok := actorIn(t, tc.text, tc.name); ok && (a.Kind != actor.Organization || a.Code != "BUS") {
			t.Errorf("%q: %s is %s %q, want organization BUS", tc.text, a.Name, a.Kind, a.Code)
		}
	}
}

// noActor checks that src has no actor of that name.
func noActor(t *testing.T, src, name string) {
	t.Helper()
	for _, a := range find(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), src).Actors {
		if a.Name == name {
			t.Errorf("%q: %s is an actor, %s %q", src, a.Name, a.Kind, a.Code)
		}
	}
}

// TestNotCompanies checks what the company words must not make: a
// sector's name alone an actor, a ministry named after a sector a
// company, or a person anything else.
func TestNotCompanies(t *testing.T) {
	noActor(t, "Energy shares led the market higher.", "Energy")
	if a, ok := actorIn(t, "The television producer Lina Ferro quit.", "Lina Ferro"); ok && a.Kind != actor.Person {
		t.Errorf("Lina Ferro is %s, want person", a.Kind)
	}
	noActor(t, "Analysts said the Technology index fell.", "Technology")
	if a, ok := actorIn(t, "The Department of Energy issued new rules.", "Department of Energy"); ok && a.Code == "BUS" {
		t.Errorf("the Department of Energy is coded %s, a company's sector", a.Code)
	}
	if a, ok := actorIn(t, "The envoy met Mara Kello on Monday.", "Mara Kello"); ok && a.Kind != actor.Person {
		t.Errorf("Mara Kello is %s, want person", a.Kind)
	}
	// a surname named before stays a person's, whatever it does
	if a, ok := actorIn(t, "The union hired Mara Kello in May. Kello hired two lawyers.", "Mara Kello"); ok && a.Kind != actor.Person {
		t.Errorf("Mara Kello is %s, want person", a.Kind)
	}
	for _, a := range find(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), "The union hired Mara Kello in May. Kello hired two lawyers.").Actors {
		if a.Code == "BUS" {
			t.Errorf("%s is a company", a.Name)
		}
	}
}

// TestNotPersons checks names that look like a person's by their capitals
// and are not: a model with a number or a brand's capitals (a product),
// and a place of one state that shares its name with another state's
// capital.
func TestNotPersons(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Reviewers praised the Lumio X40 for its battery.", "Lumio X40"},
		{"The airline ordered twelve Corvex C300 jets.", "Corvex C300"},
		{"Sales of the zPhone fell after the recall.", "zPhone"},
		{"Developers sell their games through the Game Store.", "Game Store"},
		{"The firm launched the iTab Air on Monday.", "iTab Air"},
	} {
		if a, ok := actorIn(t, tc.text, tc.name); !ok || a.Kind != actor.Product {
			t.Errorf("%q: %s is %+v (found %t), want a product", tc.text, tc.name, a, ok)
		}
	}
	noActor(t, "The fair opened in San Jose, California, on Monday.", "Costa Rica")
	noActor(t, "Prices fell in Paris, Texas, last year.", "France")
	// a sentence's first word that opens a clause is no part of a name
	for _, tc := range []struct{ text, name, want string }{
		{"Although Kamiro Ando arrived late, the talks began.", "Although Kamiro Ando", "Kamiro Ando"},
		{"Then Mara Kello met the envoy.", "Then Mara Kello", "Mara Kello"},
	} {
		noActor(t, tc.text, tc.name)
		actorIn(t, tc.text, tc.want)
	}
	// the state of a capital stays where no place of another follows
	for _, tc := range []struct{ text, name string }{
		{"Talks in Kyiv, Moscow and Minsk failed.", "Ukraine"},
		{"Sudan, Egypt and Libya signed.", "Sudan"},
		{"He flew to Paris, France, on Monday.", "France"},
	} {
		actorIn(t, tc.text, tc.name)
	}
}

// TestWaterNames checks that a sea or strait named after a state or
// town names neither, while the state named on its own stays.
func TestWaterNames(t *testing.T) {
	noActor(t, "A missile fell into the Sea of Japan on Sunday.", "Japan")
	noActor(t, "Pirates seized a tanker in the Gulf of Aden.", "Yemen")
	noActor(t, "Warships sailed through the South China Sea.", "China")
	noActor(t, "The well leaked oil into the Gulf of Mexico for months.", "Mexico")
	actorIn(t, "Japan protested after a missile fell into the Sea of Japan.", "Japan")
	actorIn(t, "Bahrain and other Gulf states condemned the strike.", "Bahrain")
}

// TestBrands checks the companies of brands.tsv: found by their names
// alone, opening a sentence too, but only as a whole run of capitalised
// words, not after "the", and, where the name is also a word, not
// opening a sentence unless a verb follows.
func TestBrands(t *testing.T) {
	for _, tc := range []struct{ text, name, code string }{
		{"Volkswagen will cut 35,000 jobs in Germany.", "Volkswagen", "MNCDEU"},
		{"Regulators fined Google on Monday.", "Google", "MNCUSA"},
		{"Goldman Sachs advised on the deal.", "Goldman Sachs", "MNCUSA"},
		{"Analysts expect VW to cut prices.", "Volkswagen", "MNCDEU"},
		{"Amazon was fined by the regulator.", "Amazon", "MNCUSA"},
		{"Meta agreed to pay a fine.", "Meta", "MNCUSA"},
		{"Shares of Apple fell.", "Apple", "MNCUSA"},
		// a title's word first, or a common word before the brand
		{"General Motors cut prices.", "General Motors", "MNCUSA"},
		{"Rival Honda announced plans to cut jobs.", "Honda", "MNCJPN"},
		// a surname too
		{"Ford will cut 3,800 jobs in Europe, the carmaker said.", "Ford", "MNCUSA"},
	} {
		if a, ok := actorIn(t, tc.text, tc.name); ok && (a.Kind != actor.Organization || a.Code != tc.code) {
			t.Errorf("%q: %s is %s %q, want organization %s", tc.text, a.Name, a.Kind, a.Code, tc.code)
		}
	}
	noActor(t, "Fires spread across the Amazon basin.", "Amazon")
	noActor(t, "Rival Honda announced plans to cut jobs.", "Rival Honda")
	noActor(t, "Apple orchards flowered early this year.", "Apple")
	for _, tc := range []struct{ text, name string }{
		{"The striker Keisuke Honda scored twice.", "Keisuke Honda"},
		{"The shop belongs to the designer Tom Ford.", "Tom Ford"},
		{"Ontario Premier Doug Ford criticised the tariffs. Ford said Canada would retaliate.", "Doug Ford"},
	} {
		if a, ok := actorIn(t, tc.text, tc.name); ok && a.Kind != actor.Person {
			t.Errorf("%q: %s is %s, want person", tc.text, tc.name, a.Kind)
		}
	}
	noActor(t, "Ontario Premier Doug Ford criticised the tariffs. Ford said Canada would retaliate.", "Ford")
}

// TestRegionDemonyms checks that a demonym after a region's word names no
// state: "Latin American countries" are not American.
func TestRegionDemonyms(t *testing.T) {
	noActor(t, "Maduro expelled diplomats from seven Latin American countries.", "United States")
	noActor(t, "North American leaders met in Ottawa.", "United States")
	if _, ok := actorIn(t, "South African troops arrived in Goma.", "South Africa"); !ok {
		t.Error("South African is no longer South Africa's")
	}
}

// TestLanguageNotState checks that a demonym naming a language names no
// state: "the Russian language" is not Russia, "Russian speakers" still
// are Russians.
func TestLanguageNotState(t *testing.T) {
	noActor(t, "Kazakhstan's parliament voted to reduce the use of the Russian language in schools.", "Russia")
	noActor(t, "Tbilisi added classes in the Armenian tongue.", "Armenia")
	if _, ok := actorIn(t, "Armenian negotiators arrived in Tbilisi.", "Armenia"); !ok {
		t.Error("Armenian negotiators are no longer Armenia's")
	}
}

// TestCompanyNamedAgain checks that a company first told by the words
// around it is named alone later in the article.
func TestCompanyNamedAgain(t *testing.T) {
	if a, ok := actorIn(t, "The court rejected an appeal by the forestry company Corvane. Corvane warned of job cuts.", "Corvane"); ok && len(a.Mentions) != 2 {
		t.Errorf("Corvane mentions %+v, want two", a.Mentions)
	}
}

// TestNamesakes checks that a capital named with another state after a
// comma is that state's namesake, there and after, and that a list of
// states or capitals stays a list.
func TestNamesakes(t *testing.T) {
	on := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	c := actor.Find(text.New("Nvidia opened an office in San Jose, California. It will hire 300 engineers in San Jose."), on)
	for _, a := range c.Actors {
		if a.Code == "CRI" {
			t.Errorf("San Jose, California read as Costa Rica: %+v", a.Mentions)
		}
	}
	for _, tc := range []struct{ text, name string }{
		{"Talks in Kyiv, Moscow and Minsk failed.", "Ukraine"},
		{"Sudan, Egypt and Libya signed.", "Sudan"},
		{"The presidents of Costa Rica and Panama met in San Jose.", "Costa Rica"},
	} {
		actorIn(t, tc.text, tc.name)
	}
}

// TestTheGovernment checks that "the government" is the government of
// the state named last, and that "the government of" names its own.
func TestTheGovernment(t *testing.T) {
	on := time.Date(2024, 12, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, code string }{
		{"Serbian students protested against the government.", "SRBGOV"},
		{"Kenya's president met Somalia's president. The government of Kenya said talks went well.", "KENGOV"},
	} {
		found := false
		for _, a := range actor.Find(text.New(tc.text), on).Actors {
			for _, m := range a.Mentions {
				if strings.HasPrefix(strings.ToLower(m.Text), "the government") {
					found = true
					if a.Code != tc.code && !strings.Contains(m.Text, "of") {
						t.Errorf("%q: %q is %s, want %s", tc.text, m.Text, a.Code, tc.code)
					}
				}
			}
		}
		if !found && tc.code == "SRBGOV" {
			t.Errorf("%q: the government unresolved", tc.text)
		}
	}
}

// TestCampIsAPlace checks that a people's noun before "camp" or
// "station" names a place, not the people.
func TestCampIsAPlace(t *testing.T) {
	on := time.Date(2024, 12, 14, 0, 0, 0, 0, time.UTC)
	for _, a := range actor.Find(text.New("Troops withdrew from the Jenin refugee camp."), on).Actors {
		if a.Kind == actor.Group {
			t.Errorf("a group %q read in a camp's name", a.Name)
		}
	}
}

// TestBylineNoActors checks that the names and outlet of a byline run into
// the first sentence are no actors, and that a "by" phrase stays read.
func TestBylineNoActors(t *testing.T) {
	on := time.Date(2011, 1, 28, 0, 0, 0, 0, time.UTC)
	for _, a := range actor.Find(text.New("January 27, 2011 | By Tim Lister and Emily Smith, CNN Protesters marched in Cairo."), on).Actors {
		if a.Kind == actor.Person || a.Name == "CNN" {
			t.Errorf("a byline's %q read as an actor", a.Name)
		}
	}
	actorIn(t, "Sudan was hit by Egypt on Monday.", "Egypt")
	// a wire story's credits, in the Penn Treebank's brackets or not
	for _, src := range []string{
		"Kenya said it would pay. -LRB- Reporting by Ayesha Rascoe ; Edited by Sofina Mirza-Reid and David Gregorio -RRB-",
		"Kenya said it would pay. (Reporting by John Smithers in Nairobi; Editing by Mark Heinrich)",
	} {
		for _, a := range actor.Find(text.New(src), on).Actors {
			if a.Kind == actor.Person {
				t.Errorf("%q: a credit's %q read as an actor", src, a.Name)
			}
		}
	}
	actorIn(t, "Reporting by Human Rights Watch showed that Kenya arrested 20 people.", "Kenya")
}

// TestTitleAfterPreposition checks that a title after a place and a
// preposition is not that place's office holder: "in Jakarta against
// President Suharto's government" names Suharto, not the president of
// the article's day.
func TestTitleAfterPreposition(t *testing.T) {
	noActor(t, "Thousands protested in Jakarta against President Suharto's government, witnesses said.", "Joko Widodo")
	if _, ok := actorIn(t, "Iran's religious leader Ayatollah Ruhollah Khomeini condemned the strike.", "Ayatollah Ruhollah Khomeini"); !ok {
		t.Error("a possessive state before an adjective and a title no longer titles its person")
	}
}

// TestKingNotNamesake checks that a king known by one name is not a
// person of people.tsv who shares the name and never reigned.
func TestKingNotNamesake(t *testing.T) {
	for _, a := range actor.Find(text.New("King Hassan of Morocco said he would host the talks."), time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)).Actors {
		if strings.HasPrefix(a.Code, "SOM") {
			t.Errorf("King Hassan read as %s %s", a.Name, a.Code)
		}
	}
}

// TestAppositionRole checks that a person an apposition names as an
// international body's official is coded as that body's.
func TestAppositionRole(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Martin Griffiths, the UN envoy for Yemen, met Houthi leaders in Sanaa.", "Martin Griffiths"},
		{"Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded access.", "Kenzo Oshima"},
	} {
		if a, ok := actorIn(t, tc.text, tc.name); ok && a.Code != "IGOUNO" {
			t.Errorf("%q: %s coded %q, want IGOUNO", tc.text, a.Name, a.Code)
		}
	}
}

// TestNamesakeByStory checks that a capital with a namesake in another
// state is that state's in a story that names it and never the capital's
// own: Tripoli in a story about Lebanon.
func TestNamesakeByStory(t *testing.T) {
	on := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want, not string }{
		{"Clashes between rival gangs in Tripoli killed five people, Lebanese security sources said.", "LBN", "LBY"},
		{"Libyan militias clashed in Tripoli on Sunday.", "LBY", "LBN"},
		{"Gunmen fired on a convoy in Tripoli.", "LBY", "LBN"},
	} {
		codes := map[string]bool{}
		for _, a := range actor.Find(text.New(tc.text), on).Actors {
			codes[a.Code] = true
		}
		if !codes[tc.want] || codes[tc.not] {
			t.Errorf("%q: codes %v, want %s and not %s", tc.text, codes, tc.want, tc.not)
		}
	}
}

// TestArabicNames checks that a name goes on over the particles of Arabic
// names ("al-", "bin"), and that a place so named is no person.
func TestArabicNames(t *testing.T) {
	for _, name := range []string{"Abdel Basset al-Megrahi", "Khalifa al-Ghweil", "Hamza bin Laden"} {
		if a, ok := actorIn(t, "Reporters asked about "+name+" on Friday.", name); ok && a.Kind != actor.Person {
			t.Errorf("%s is %s, want person", name, a.Kind)
		}
	}
	noActor(t, "Shelling hit Bab al-Hawa overnight.", "Bab al-Hawa")
}

// TestPlatformIsABody checks that a name ending in "Platform" is an
// organisation's, not a person's.
func TestPlatformIsABody(t *testing.T) {
	if a, ok := actorIn(t, "His party, the National Unity Platform, said he had been detained.", "National Unity Platform"); ok && a.Kind != actor.Organization {
		t.Errorf("National Unity Platform is %s, want organization", a.Kind)
	}
}
