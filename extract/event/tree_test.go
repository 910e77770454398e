package event_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// A treeCase is a sentence written for these tests and an event a careful
// reader codes in it: its type, modality, sources and targets (or, for a
// symmetric event, its participants as sources).
type treeCase struct {
	text     string
	typ      string
	modality event.Modality
	sources  []string
	targets  []string
}

// checkTreeCases reads each case's sentence, published on 2025-03-12, and
// fails unless it has the case's event with exactly its participants.
func checkTreeCases(t *testing.T, cases []treeCase) {
	t.Helper()
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		r := read(day, tc.text)
		var seen []string
		ok := slices.ContainsFunc(r.Events, func(e event.Event) bool {
			var src, tgt []string
			for _, p := range e.Actors {
				switch p.Role {
				case event.Target:
					tgt = append(tgt, p.Name)
				case event.Reporter:
					// who reports the act takes no part in it
				default:
					src = append(src, p.Name)
				}
			}
			seen = append(seen, fmt.Sprintf("%s/%s %v→%v", e.Type, e.Modality, src, tgt))
			return e.Type == tc.typ && e.Modality == tc.modality && sameNames(src, tc.sources) && sameNames(tgt, tc.targets)
		})
		if !ok {
			t.Errorf("%q: no %s/%s event %v→%v; have %s", tc.text, tc.typ, tc.modality, tc.sources, tc.targets, strings.Join(seen, ", "))
		}
	}
}

// noEvent fails unless src, published on 2025-03-12, has no event of any
// of the types.
func noEvent(t *testing.T, src string, types ...string) {
	t.Helper()
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if slices.Contains(types, e.Type) {
			t.Errorf("%q: a %s event %+v", src, e.Type, e.Actors)
		}
	}
}

// noCodedEvent is noEvent for the events CAMEO codes: an open-domain
// event of the same lemma ("fired" a minister) may stand.
func noCodedEvent(t *testing.T, src string, types ...string) {
	t.Helper()
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if e.Cameo != "" && slices.Contains(types, e.Type) {
			t.Errorf("%q: a coded %s event (%s) %+v", src, e.Type, e.Cameo, e.Actors)
		}
	}
}

// allOfModality fails unless src, published on 2025-03-12, has an event
// of type typ, and every one it has is of modality m.
func allOfModality(t *testing.T, src, typ string, m event.Modality) {
	t.Helper()
	found := false
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if e.Type == typ {
			found = true
			if e.Modality != m {
				t.Errorf("%q: a %s event %s, want %s", src, typ, e.Modality, m)
			}
		}
	}
	if !found {
		t.Errorf("%q: no %s event", src, typ)
	}
}

func sameNames(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// TestTreeSources checks agents read from the tree: a relative clause's
// antecedent, a controlled verb's controller, a passive's by-phrase, a
// subject that names no actor (no statement by whoever is named nearby),
// and a title and name read as one participant.
func TestTreeSources(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkTreeCases(t, []treeCase{
		{"Turkey, which has mediated between Russia and Ukraine, will host the talks.", "mediate", event.Asserted, []string{"Turkey"}, []string{"Russia", "Ukraine"}},
		{"Germany urged Poland to accept the refugees.", "agree", event.Hypothetical, []string{"Poland"}, nil},
		{"Iran was accused by Israel of supplying missiles to Hezbollah.", "accuse", event.Asserted, []string{"Israel"}, []string{"Iran"}},
		{"Qatar and Oman are also reported to be providing assistance to the rebels.", "aid", event.Asserted, []string{"Qatar", "Oman"}, nil},
		{"Chilean President Gabriel Boric on Saturday hosted Argentine President Javier Milei in Santiago.", "host", event.Asserted, []string{"Gabriel Boric"}, []string{"Javier Milei"}},
		{"Iran was accused by Israel of supplying missiles to Hezbollah.", "aid", event.Reported, []string{"Iran"}, []string{"Hezbollah"}},
		// "the two ministers" are both people; the city is the meeting's place, no party to it
		{"Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Nairobi last week. The two ministers are expected to meet again in Kampala in July.",
			"meet", event.Planned, []string{"Musalia Mudavadi", "Jeje Odongo"}, nil},
		// a noun event as a light verb's object: the verb's subjects
		{"Chile and Peru will hold a summit in Lima on Friday.", "meet", event.Planned, []string{"Chile", "Peru"}, nil},
		{"Kenya and Ethiopia held a summit on Tuesday to discuss the drought.", "meet", event.Asserted, []string{"Kenya", "Ethiopia"}, nil},
	})
	// the attackers are the rebels, Mali's (TestLocalGroups): no attack by Mali
	for _, e := range read(day, "The rebels were blamed by Mali for attacking the convoy.").Events {
		if e.Type != "accuse" && slices.ContainsFunc(e.Actors, func(p event.Participant) bool { return p.Name == "Mali" && p.Role == event.Source }) {
			t.Errorf("a %s event %+v by Mali in a sentence with only Mali's accusation", e.Type, e.Actors)
		}
	}
	// no actor speaks
	noEvent(t, "Japan and South Korea will hold talks in Seoul on May 3, officials said on Monday.", "statement")
	noEvent(t, "Aid agencies say Chad has closed its border with Sudan.", "statement")
	noEvent(t, "A spokeswoman for the refugee agency told reporters that Ghana would recall its ambassador from Togo.", "statement")
}

// TestTreeTargets checks objects read from the tree: a passive's subject
// where the words around the verb name no one, a preposition's phrase
// after the trigger's noun, no target inside a relative clause, and the
// noun a passive participle modifies.
func TestTreeTargets(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Syria is also strongly supported by Iran.", "praise", event.Asserted, []string{"Iran"}, []string{"Syria"}},
		{"France has threatened penalties against companies that sell drones to Iran.", "threaten", event.Asserted, []string{"France"}, nil},
		{"Britain warned of sanctions on banks that finance Syria's army.", "threaten", event.Asserted, []string{"United Kingdom"}, nil},
		// a reduced relative: the men are accused, by no one named
		{"Kenya deported three Somali men accused of smuggling weapons.", "accuse", event.Asserted, nil, []string{"Somalia"}},
		{"The court freed two Iranian sailors accused of piracy.", "accuse", event.Asserted, nil, []string{"Iran"}},
	})
}

// TestSentenceBound checks that no event takes an actor from the next
// sentence, however near its first words stand to the trigger.
func TestSentenceBound(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	src := "The embassy was stormed by protesters on Friday. Norway and Iceland will meet in Oslo next month."
	r := read(day, src)
	for _, e := range r.Events {
		if e.Sentence != 0 {
			continue
		}
		for _, p := range e.Actors {
			if p.Name == "Norway" || p.Name == "Iceland" {
				t.Errorf("%s event of the first sentence takes %s from the second: %+v", e.Type, p.Name, e)
			}
		}
	}
}

// TestFighting checks that whom one fights is a party to the fight,
// where the talks' topic is not, and that fire exchanged is fighting.
func TestFighting(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Sudanese troops fought Chadian forces near the border.", "fight", event.Asserted, []string{"Sudan", "Chad"}, nil},
		{"Armenia and Azerbaijan exchanged fire along their border on Tuesday.", "fight", event.Asserted, []string{"Armenia", "Azerbaijan"}, nil},
		{"Thai soldiers traded fire with Cambodian troops overnight.", "fight", event.Asserted, []string{"Thailand"}, []string{"Cambodia"}},
		// struck targets: an air or missile strike; another's act after it
		// does not take its target
		{"Turkey struck targets in northern Iraq after Kurdish militants attacked a border post.", "airstrike", event.Asserted, []string{"Turkey"}, []string{"Iraq"}},
		{"Turkey struck targets in northern Iraq after Kurdish militants attacked a border post.", "attack", event.Asserted, []string{"Kurdish Militants"}, nil},
	})
}

// TestDirected checks that what one is ordered or urged to do is asked
// for, not done, whether or not the order is an event of its own, and
// that what one pledges to do is planned.
func TestDirected(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Burkina Faso's junta expelled the French envoy and ordered French troops to leave.", "leave", event.Hypothetical, []string{"France"}, nil},
		// threatened, it may happen; pledged, it is planned
		{"Norway pledged to double its spending.", "double", event.Planned, []string{"Norway"}, nil},
	})
}

// TestInProtest checks that an act done "in protest" is its doers'
// protest, not the protest of whoever is named just before the phrase.
func TestInProtest(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Slovak farmers blocked crossings with Austria in protest against milk prices.", "protest", event.Asserted, []string{"Slovak Farmers"}, nil},
	})
}

// TestDescribedNames checks that a demonym describing a company named
// beside it makes the company the party, not the state.
func TestDescribedNames(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Thales agreed to buy the Belgian software maker Imagro.", "agree", event.Planned, []string{"Thales"}, []string{"Imagro"}},
		{"Renault signed a deal with the Chinese battery maker Ventrix.", "sign", event.Asserted, []string{"Renault"}, []string{"Ventrix"}},
		{"Russian and Ukrainian officials met in Istanbul.", "meet", event.Asserted, []string{"Russia", "Ukraine"}, nil},
	})
}

// TestWithdrawHelp checks that withdrawing peacekeepers or inspectors
// is a sanction (CAMEO 166), planned a threat, while withdrawing troops
// is a retreat.
func TestWithdrawHelp(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kenya announced it will withdraw its peacekeepers from Somalia.", "sanction", event.Planned, []string{"Kenya"}, []string{"Somalia"}},
		{"Turkey withdrew its troops from Idlib.", "withdraw", event.Asserted, []string{"Turkey"}, []string{"Syria"}},
	})
}

// TestCasesAndOccasions checks that a case filed is a lawsuit and no
// genocide, and that an attack after which something is done is not the
// doer's.
func TestCasesAndOccasions(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Gambia filed a genocide case against Myanmar at the International Court of Justice.", "sue", event.Asserted, []string{"Gambia"}, []string{"Myanmar"}},
	})
	noEvent(t, "Gambia filed a genocide case against Myanmar at the International Court of Justice.", "massacre")
	noEvent(t, "Peru suspended talks with Bolivia after an attack on a border post.", "attack")
}

// TestRepressAndRequests checks that tear gas fired by police is
// repression (CAMEO 175), not a riot, and that a release demanded is
// asked for, not done.
func TestRepressAndRequests(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Serbian police fired tear gas at protesters in Belgrade.", "repress", event.Asserted, []string{"Serbian Police"}, []string{"Serbian Protesters"}},
		{"Norway demanded the release of a Norwegian journalist held in Iran.", "demand", event.Asserted, []string{"Norway"}, []string{"Norwegian Journalists"}},
	})
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, e := range read(day, "Norway demanded the release of a Norwegian journalist held in Iran.").Events {
		if e.Type == "release" && e.Modality != event.Hypothetical {
			t.Errorf("a release %s, only demanded", e.Modality)
		}
	}
	noEvent(t, "Serbian police fired tear gas at protesters in Belgrade.", "riot")
}

// TestWhenClauses checks the subject of a clause that says when: it does
// the clause's act, and is no target of the main verb's.
func TestWhenClauses(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Police in Yerevan detained 20 people as the opposition protested outside parliament.", "arrest", event.Asserted, []string{"Armenian Police"}, nil},
		{"Police in Yerevan detained 20 people as the opposition protested outside parliament.", "protest", event.Asserted, []string{"Armenian Opposition"}, nil},
	})
}

// TestDiplomaticProtest checks that a state's protest to another state is
// a criticism (CAMEO 111), while crowds protesting demonstrate (140).
func TestDiplomaticProtest(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Vietnam protested to China over the seizure of its fishermen.", "criticize", event.Asserted, []string{"Vietnam"}, []string{"China"}},
		{"Chile lodged a formal protest with Argentina over the border post.", "criticize", event.Asserted, []string{"Chile"}, []string{"Argentina"}},
	})
}

// TestHeAsSubject checks that "he" or "she" as the subject of a coded
// event stands for the person named last.
func TestHeAsSubject(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kenyan President William Ruto arrived in Addis Ababa on Monday. He met Ethiopian Prime Minister Abiy Ahmed on Tuesday.", "meet", event.Asserted, []string{"William Ruto", "Abiy Ahmed"}, nil},
	})
}

// TestPassiveAccused checks that the subject of a passive accusation is
// the accused, with no accuser named.
func TestPassiveAccused(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Hungary was accused of blocking aid to Ukraine.", "accuse", event.Asserted, nil, []string{"Hungary"}},
	})
}

// TestBetween checks that an act "between" two sides is both sides', not
// done to them.
func TestBetween(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"A ceasefire between Peru and Ecuador took effect on Tuesday.", "ceasefire", event.Asserted, []string{"Peru", "Ecuador"}, nil},
	})
}

// TestTalkTopics checks that an act named as what talks or a deal are
// about is not asserted, and that the talks are.
func TestTalkTopics(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Israel and Hamas resumed ceasefire talks in Cairo.", "meet", event.Asserted, []string{"Israel", "Hamas"}, nil},
		{"The ceasefire between Israel and Hamas collapsed.", "ceasefire", event.Asserted, []string{"Israel", "Hamas"}, nil},
	})
	for _, src := range []string{"Israel and Hamas resumed ceasefire talks in Cairo.", "Israel and Hamas agreed a ceasefire deal on Sunday."} {
		for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
			if e.Type == "ceasefire" && e.Modality == event.Asserted {
				t.Errorf("%q: an asserted ceasefire", src)
			}
		}
	}
}

// TestActedOnDoers checks that protesters acted on are people, not a
// protest by whoever acts on them, and that protesters who act protest.
func TestActedOnDoers(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Tens of thousands of demonstrators rallied in Tbilisi.", "protest", event.Asserted, []string{"Georgian Demonstrators"}, []string{"Georgia"}},
	})
	noEvent(t, "Iran executed four protesters on Monday.", "protest")
	noEvent(t, "The United Nations condemned the execution of four protesters by Iranian authorities.", "protest")
}

// TestExecutionsAndAgents checks that an execution is a killing, and that
// a noun's "by" phrase names its agent, also where the parser hangs it
// on the noun's "of" phrase.
func TestExecutionsAndAgents(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Saudi Arabia executed a Bahraini man convicted of smuggling.", "kill", event.Asserted, []string{"Saudi Arabia"}, []string{"Bahrain"}},
		{"The UN condemned the arrest of two journalists by Iranian police.", "arrest", event.Asserted, []string{"Iranian Police"}, []string{"Iranian Journalists"}},
	})
}

// TestCompaniesOpeningSentences checks that a company whose name is also
// a word is the company opening a sentence before a verb of business,
// and that abusing a position is no assault, abusing prisoners is.
func TestCompaniesOpeningSentences(t *testing.T) {
	src := "Shell sold its Nigerian onshore oil business to local companies."
	noEvent(t, src, "fire")
	r := read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src)
	if !slices.ContainsFunc(r.Actors, func(a actor.Actor) bool { return a.Name == "Shell" }) {
		t.Errorf("%q: Shell is no actor", src)
	}
	noEvent(t, "The EU fined Google 2.4 billion euros for abusing its dominance.", "assault")
	checkTreeCases(t, []treeCase{
		{"Serbian guards abused prisoners in Belgrade.", "assault", event.Asserted, []string{"Serbia"}, nil},
	})
}

// TestAfterRelativeClause checks that a relative clause set off by
// commas neither starts the main clause nor lends it its negation.
func TestAfterRelativeClause(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Bolivia, which was not invited to the talks, criticized the decision.", "criticize", event.Asserted, []string{"Bolivia"}, nil},
	})
}

// TestAdverbialClauseActors checks that an actor named in a clause of
// time, cause or condition is no party to the act the clause hangs on,
// except the condition of a threat, which names whom it is aimed at.
func TestAdverbialClauseActors(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kenya agreed to release the prisoners without consulting Uganda.", "agree", event.Planned, []string{"Kenya"}, nil},
		{"Turkey will not accept more refugees if war breaks out in Syria.", "agree", event.Negated, []string{"Turkey"}, nil},
		{"Iran threatened to quit the talks if Britain seizes its tanker.", "threaten", event.Asserted, []string{"Iran"}, []string{"United Kingdom"}},
	})
}

// TestDoerNounSubject checks that "protesters" the subject of a clause
// are the protesters, not the sentence's subject who speaks of them.
func TestDoerNounSubject(t *testing.T) {
	src := "President William Ruto defended the police and said protesters had attacked officers in Nairobi."
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		for _, p := range e.Actors {
			if e.Type == "protest" && p.Name == "William Ruto" && p.Role != event.Reporter {
				t.Errorf("%q: the speaker protests: %+v", src, e.Actors)
			}
		}
	}
	checkTreeCases(t, []treeCase{
		{"Thousands of protesters blocked roads in Nairobi as Kenya's parliament debated the budget.", "obstruct", event.Asserted, []string{"Kenyan Protesters"}, []string{"Kenya"}},
	})
}

// TestCoordinatedPastAct checks that a second past verb after "and",
// which the parser may read as an adjective ("criticised the tariffs and
// threatened retaliatory duties"), is an act of the subject.
func TestCoordinatedPastAct(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Mexico criticised the tariffs and threatened retaliatory duties.", "threaten", event.Asserted, []string{"Mexico"}, nil},
	})
}

// TestProtestedAct checks that an act a protest names as its object is
// not the protester's: "Japan protested the incursion" does not make
// Japan the intruder.
func TestProtestedAct(t *testing.T) {
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Japan protested the incursion and summoned China's ambassador.").Events {
		if e.Type == "invade" {
			for _, p := range e.Actors {
				if p.Name == "Japan" {
					t.Errorf("Japan takes part in the incursion: %+v", e.Actors)
				}
			}
		}
	}
}

// TestRelativeBeforeMainVerb checks that the act of a non-restrictive
// relative clause is its noun's, when the parser first took the clause
// for the main one.
func TestRelativeBeforeMainVerb(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Armenia and Azerbaijan met in Washington. Russia, which brokered a ceasefire between the two sides, was not invited to the talks.", "mediate", event.Asserted, []string{"Russia"}, []string{"Armenia", "Azerbaijan"}},
	})
}

// TestPassiveNoTargetInherited checks that a passive whose subject names
// no actor does not take the previous act's target: the two killed are
// not the police the protesters clashed with.
func TestPassiveNoTargetInherited(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kenyan protesters clashed with Kenyan police in Nairobi, and two people were killed.", "kill", event.Asserted, []string{"Kenyan Protesters"}, nil},
		{"Russian troops shelled Kharkiv, and three Ukrainian soldiers were wounded.", "wound", event.Asserted, []string{"Russia"}, []string{"Ukraine"}},
	})
}

// TestMendedAgents checks events that need the parser's misreadings
// mended: a passive's "by" agent hung on its object, and a verb of
// deciding read as a participle on its subject.
func TestMendedAgents(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Apple was fined 1.8 billion euros by the European Commission in March.", "fine", event.Asserted, []string{"European Commission"}, []string{"Apple"}},
		{"A U.S. federal judge ruled on Tuesday that Google had illegally monopolised the search market.", "monopolise", event.Asserted, []string{"Google"}, nil},
	})
}

// TestOfficeBeforeName checks that a body named before a title and a name
// ("Communist Party chief To Lam") is the person's office, not a party.
func TestOfficeBeforeName(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Xi Jinping held talks with Communist Party chief To Lam.", "meet", event.Asserted, []string{"Xi Jinping", "To Lam"}, nil},
		// a spokesman speaks for the body
		{"Chinese Foreign Ministry spokesman Lin Jian denied the report.", "reject", event.Asserted, []string{"Chinese Foreign Ministry"}, nil},
	})
}

// TestListOfSubjects checks that states listed as a sentence's subject
// make both its coordinated acts, when the parser rooted the sentence in
// the first of them.
func TestListOfSubjects(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Brazil, Colombia and Mexico called on Caracas to publish the full results and offered to mediate.", "agree", event.Asserted, []string{"Brazil", "Colombia", "Mexico"}, []string{"Venezuela"}},
	})
}

// TestSecondClauseSubject checks that the subject of a second coordinated
// clause acts in it: "and Viktor Orban refused" is Orban's refusal.
func TestSecondClauseSubject(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Hungary approved the aid package, and Viktor Orban refused to attend the summit.", "reject", event.Asserted, []string{"Viktor Orban"}, nil},
	})
}

// TestPossessivePronounAgent checks that "its" before an act's noun
// stands for the state or body named last.
func TestPossessivePronounAgent(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Washington condemned the attack and reaffirmed its defence treaty with the Philippines.", "sign", event.Asserted, []string{"United States"}, []string{"Philippines"}},
	})
}
