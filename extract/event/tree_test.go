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
				if p.Role == event.Target {
					tgt = append(tgt, p.Name)
				} else {
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

// TestDenied checks that an act governed by a verb of denial or refusal
// did not happen, however far the verb stands from it, while the same act
// reported plainly did.
func TestDenied(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Ecuador denied sending troops to the border with Peru.", "mobilize", event.Negated, []string{"Ecuador"}, []string{"Peru"}},
		{"Ecuador on Tuesday flatly denied having secretly sent troops to Peru.", "mobilize", event.Negated, []string{"Ecuador"}, []string{"Peru"}},
		{"Uruguay refused to sign the accord with Paraguay.", "sign", event.Negated, []string{"Uruguay"}, []string{"Paraguay"}},
		{"Hungary ruled out sending weapons to Ukraine.", "aid", event.Negated, []string{"Hungary"}, []string{"Ukraine"}},
		{"Ecuador sent troops to the border with Peru.", "mobilize", event.Asserted, []string{"Ecuador"}, []string{"Peru"}},
		{"Hungary said it would send weapons to Ukraine.", "aid", event.Planned, []string{"Hungary"}, []string{"Ukraine"}},
		// what was said stays said, rejected or denied
		{"Colombia rejected Venezuelan criticism of the border deal.", "criticize", event.Asserted, []string{"Venezuela"}, nil},
	})
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
	// the attackers are the rebels, who are no actor: no attack by Mali
	for _, e := range read(day, "The rebels were blamed by Mali for attacking the convoy.").Events {
		if e.Type != "accuse" {
			t.Errorf("a %s event %+v in a sentence with only Mali's accusation", e.Type, e.Actors)
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

// TestTalkedOf checks that what is discussed or weighed is neither a
// party to the talks nor an act done.
func TestTalkedOf(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The European Union is considering new sanctions against Iran.", "sanction", event.Hypothetical, []string{"European Union"}, []string{"Iran"}},
		{"Ministers from Chile and Peru debated a ban on Bolivian gas imports.", "ban", event.Hypothetical, []string{"Chile", "Peru"}, []string{"Bolivia"}},
	})
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	src := "Brazilian President Lula met Argentine President Javier Milei in Brasilia. The two presidents discussed support for Venezuela's opposition."
	for _, e := range read(day, src).Events {
		for _, p := range e.Actors {
			if p.Name == "Venezuela" && e.Modality != event.Hypothetical {
				t.Errorf("%q: a %s/%s event with Venezuela, which was only discussed", src, e.Type, e.Modality)
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

// TestKindsOfThings checks that an act's noun naming a kind of thing is
// no act: a supply boat supplies no one.
func TestKindsOfThings(t *testing.T) {
	noEvent(t, "Vietnam accused China of ramming a supply boat near the Paracel Islands.", "aid")
	noEvent(t, "Russia sent attack helicopters to Mali.", "attack")
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

// TestVetoWarrantHostages checks acts whose words mislead: what is vetoed
// did not happen, an arrest warrant is an accusation and no arrest,
// freed hostages are no kidnapping, and a ship's flag is its state.
func TestVetoWarrantHostages(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Austria vetoed the EU's new sanctions package against Belarus.", "sanction", event.Negated, []string{"European Union"}, []string{"Belarus"}},
		{"Venezuela seized a Guyanese-flagged trawler.", "seize", event.Asserted, []string{"Venezuela"}, []string{"Guyana"}},
	})
	noEvent(t, "A Chilean court issued an arrest warrant for the former Peruvian president.", "arrest")
	noEvent(t, "Hamas freed four Thai hostages on Friday.", "abduct")
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
		{"Serbian police fired tear gas at protesters in Belgrade.", "repress", event.Asserted, []string{"Serbian Police"}, nil},
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

// TestAlleged checks that what one is accused of doing is reported, not
// asserted, with its own participants.
func TestAlleged(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Ecuador accused Colombia of shelling a border village.", "accuse", event.Asserted, []string{"Ecuador"}, []string{"Colombia"}},
		{"Ecuador accused Colombia of shelling a border village.", "fire", event.Reported, []string{"Colombia"}, nil},
	})
}

// TestSignedAgreements checks that signing agreements in the plural is a
// signing, and that the kind of agreement is no act of its own.
func TestSignedAgreements(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Vietnam and Laos signed 14 cooperation agreements in Hanoi.", "sign", event.Asserted, []string{"Vietnam", "Laos"}, nil},
	})
	noEvent(t, "Vietnam and Laos signed 14 cooperation agreements in Hanoi.", "cooperate")
}

// TestPutOff checks that an act put off or called off after an intention
// is not what is intended: agreeing to postpone a protest is an
// agreement, agreeing to stage one a threat.
func TestPutOff(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Belarus's opposition agreed to postpone the protest in Minsk.", "agree", event.Planned, []string{"Belarusian Opposition"}, []string{"Belarus"}},
		{"Belarus's opposition agreed to stage a protest in Minsk.", "threaten", event.Planned, []string{"Belarusian Opposition"}, []string{"Belarus"}},
	})
	noEvent(t, "Belarus's opposition agreed to postpone the protest in Minsk.", "threaten")
	noEvent(t, "Armenia agreed to postpone the attack on the village.", "threaten")
}

// TestSeekAsylum checks that seeking asylum or refuge somewhere is an
// appeal to that place, not a grant of asylum by the seekers.
func TestSeekAsylum(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Thousands of Syrians sought asylum in Sweden last year.", "appeal", event.Asserted, []string{"Syria"}, []string{"Sweden"}},
		{"Sweden granted asylum to the Syrian dissident.", "asylum", event.Asserted, []string{"Sweden"}, []string{"Syrian Dissidents"}},
	})
	noEvent(t, "Thousands of Syrians sought asylum in Sweden last year.", "asylum")
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
		{"Tens of thousands of demonstrators rallied in Tbilisi.", "protest", event.Asserted, []string{"Georgia"}, nil},
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
		{"The UN condemned the arrest of two journalists by Iranian police.", "arrest", event.Asserted, []string{"Iranian Police"}, nil},
	})
}

// TestStrikesOnPlaces checks that striking or hitting a military or
// industrial site is an air or missile strike, and that striking a deal
// is an agreement.
func TestStrikesOnPlaces(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Ukrainian drones struck an oil refinery in southern Russia overnight.", "airstrike", event.Asserted, []string{"Ukraine"}, []string{"Russia"}},
		// the state it falls on, near a place as in it
		{"Israeli jets hit a weapons depot near Damascus.", "airstrike", event.Asserted, []string{"Israel"}, []string{"Syria"}},
		{"Russia and Ukraine struck a deal on grain exports.", "agree", event.Asserted, []string{"Russia", "Ukraine"}, nil},
	})
	noEvent(t, "The storm hit the port of Odessa.", "airstrike")
}

// TestModifyingParticiples checks that a participle that modifies a noun
// names a kind of thing, no act.
func TestModifyingParticiples(t *testing.T) {
	noEvent(t, "France warned Iran against enriching uranium beyond agreed limits.", "agree")
	checkTreeCases(t, []treeCase{
		{"France and Iran agreed limits on enrichment.", "agree", event.Planned, []string{"France", "Iran"}, nil},
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

// TestNotRuledOut checks that an act a negated denial governs is
// possible, not denied, and that one a denial governs is denied.
func TestNotRuledOut(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Iran denied sending drones to Russia.", "send", event.Negated, []string{"Iran"}, []string{"Russia"}},
		{"Iran did not deny sending drones to Russia.", "send", event.Hypothetical, []string{"Iran"}, []string{"Russia"}},
	})
	allOfModality(t, "The Pentagon would not rule out sending more troops to Poland.", "mobilize", event.Hypothetical)
}

// TestCalledForAndControl checks that an act called for is asked for,
// not done, and that seizing or taking control is an occupation.
func TestCalledForAndControl(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Hamas took control of Gaza in 2007.", "occupy", event.Asserted, []string{"Hamas"}, []string{"Palestine"}},
		{"Azerbaijan seized control of Nagorno-Karabakh in a one-day offensive.", "occupy", event.Asserted, []string{"Azerbaijan"}, nil},
	})
	allOfModality(t, "Brazil called for a ceasefire in Gaza.", "ceasefire", event.Hypothetical)
	noEvent(t, "Azerbaijan seized control of Nagorno-Karabakh in a one-day offensive.", "seize")
}

// TestJunta checks a state's junta as its government's.
func TestJunta(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The junta in Mali expelled the French ambassador.", "sanction", event.Asserted, []string{"Malian Junta"}, []string{"France"}},
	})
}

// TestClosedAirspace checks that closing airspace to a state's planes
// restricts its movement.
func TestClosedAirspace(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Poland closed its airspace to Belarusian planes.", "blockade", event.Asserted, []string{"Poland"}, []string{"Belarus"}},
	})
}

// TestAfterRelativeClause checks that a relative clause set off by
// commas neither starts the main clause nor lends it its negation.
func TestAfterRelativeClause(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Bolivia, which was not invited to the talks, criticized the decision.", "criticize", event.Asserted, []string{"Bolivia"}, nil},
	})
}

// TestThreatenedActs checks that an act named as what is threatened is
// not done, and that a strike at a port or refinery is labour's, not an
// air strike.
func TestThreatenedActs(t *testing.T) {
	allOfModality(t, "Iran threatened a naval blockade of the Strait of Hormuz.", "blockade", event.Hypothetical)
	noEvent(t, "The dockers' union threatened a strike at the port of Antwerp.", "airstrike")
	noEvent(t, "Workers began a strike at the Pernis refinery near Rotterdam.", "airstrike")
}

// TestConditionalNegation checks that an act a condition negates ("if
// NATO did not withdraw") is hypothetical, not denied.
func TestConditionalNegation(t *testing.T) {
	allOfModality(t, "Russia said it would respond if NATO did not withdraw its troops.", "withdraw", event.Hypothetical)
	checkTreeCases(t, []treeCase{
		{"NATO did not withdraw its troops from Kosovo.", "withdraw", event.Negated, []string{"NATO"}, []string{"Kosovo"}},
	})
}

// TestMayAndMight checks that "may" and "might" as an act's auxiliary
// make it possible, not done, while "May" the month before a plain past
// leaves it done.
func TestMayAndMight(t *testing.T) {
	allOfModality(t, "The European Union might impose new sanctions on Belarus.", "sanction", event.Hypothetical)
	allOfModality(t, "Japan may expel two Chinese diplomats, a spokesman said.", "sanction", event.Hypothetical)
	allOfModality(t, "Peru may close its border and deploy troops.", "mobilize", event.Hypothetical)
	allOfModality(t, "In May last year, Japan expelled two Chinese diplomats.", "sanction", event.Asserted)
}

// TestSetFire checks that "set" as the act itself puts nothing ahead, as
// "set to" does.
func TestSetFire(t *testing.T) {
	allOfModality(t, "Rebels set fire to a police station in northern Mali.", "seize", event.Asserted)
	allOfModality(t, "Mali's rebels are set to seize the town of Kidal.", "occupy", event.Planned)
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

// TestOrders checks that ordering people to act is a demand of them (the
// Phoenix verb dictionary's ORDER, 100), whose target is whom it is told
// to, not what they are to act on; ordering things, or acting "in order
// to", is none.
func TestOrders(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Mali ordered French troops to leave the country.", "demand", event.Asserted, []string{"Mali"}, []string{"France"}},
		{"Germany ordered two Russian diplomats to leave Berlin within a week.", "demand", event.Asserted, []string{"Germany"}, []string{"Russia"}},
	})
	noEvent(t, "Lufthansa ordered 40 Embraer jets to replace its older aircraft.", "demand")
	noEvent(t, "Kenya sent troops to the border in order to stop the smuggling.", "demand")
	noEvent(t, "Indian troops were ordered to leave the Maldives.", "demand")
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
		{"Thousands of protesters blocked roads in Nairobi as Kenya's parliament debated the budget.", "obstruct", event.Asserted, []string{"Kenya"}, nil},
	})
}

// TestReporters checks that whoever reports another's act is that event's
// reporter, by the word of saying and with the day it was said, and
// makes no statement of its own; a speaker telling of its own or its
// state's act, or of no act, still makes one.
func TestReporters(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ src, typ, reporter, date string }{
		{"Russian forces shelled Kharkiv, Ukraine's military said on Monday.", "fire", "Ukrainian Military", "2025-03-10"},
		{"Egypt said Israeli troops had attacked Rafah.", "attack", "Egypt", ""},
		// the verb of saying read as a conjunct with no conjunction
		{"Sudan's army and the Rapid Support Forces agreed on Saturday to resume peace talks in Jeddah, Saudi Arabia's foreign ministry announced.", "agree", "Saudi Foreign Ministry", ""},
	} {
		r := read(day, c.src)
		found := false
		for _, e := range r.Events {
			if e.Type == "statement" {
				t.Errorf("%q: a statement %+v", c.src, e.Actors)
			}
			if e.Type != c.typ {
				continue
			}
			for _, p := range e.Actors {
				if p.Role == event.Reporter {
					found = true
					if p.Name != c.reporter || p.Trigger != "said" && p.Trigger != "announced" || p.Date != c.date {
						t.Errorf("%q: reporter %+v, want %s by its verb of saying on %q", c.src, p, c.reporter, c.date)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event reported by %s in %+v", c.src, c.typ, c.reporter, r.Events)
		}
	}
	checkTreeCases(t, []treeCase{
		{"The Japanese foreign ministry said Japan would send aid to Turkey.", "statement", event.Asserted, []string{"Japanese Foreign Ministry"}, nil},
		{"Germany said the talks were useful.", "statement", event.Asserted, []string{"Germany"}, nil},
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

// TestTimeInRelativeClause checks that a time in a relative clause set
// off by commas dates that clause's act, not the main verb's.
func TestTimeInRelativeClause(t *testing.T) {
	src := "Kenya's former president, who fled to Uganda in August, criticised Nairobi's new government."
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if e.Type == "criticize" && e.TimeText != "" {
			t.Errorf("%q: the criticism is dated by %q", src, e.TimeText)
		}
	}
	checkTreeCases(t, []treeCase{{src, "criticize", event.Asserted, []string{"Kenya"}, nil}})
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

// TestIgnored checks that ignoring or disregarding another's request is
// a rejection of it (the Phoenix verb dictionary's IGNORE group, 120).
func TestIgnored(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"India has so far ignored Bangladesh's requests to extradite her.", "reject", event.Asserted, []string{"India"}, []string{"Bangladesh"}},
		{"Serbia disregarded the EU's calls for sanctions on Russia.", "reject", event.Asserted, []string{"Serbia"}, []string{"European Union"}},
	})
}

// TestJudgedAct checks that an act a verb of judging names with a
// predicate ("called the sanctions illegal") is spoken of, not done by
// the one who judges it.
func TestJudgedAct(t *testing.T) {
	noEvent(t, "Iran's foreign minister Abbas Araghchi called the sanctions illegal.", "sanction")
	noEvent(t, "Kenya's opposition described the arrest as politically motivated.", "arrest")
	checkTreeCases(t, []treeCase{
		{"The United States called on Iran to halt enrichment.", "appeal", event.Asserted, []string{"United States"}, []string{"Iran"}},
	})
}

// TestStrikeOfArms checks that "the strike" after arms are spoken of is
// an air strike, one of workers stays a strike, and the verb "strike" is
// neither.
func TestStrikeOfArms(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Israeli aircraft struck a weapons depot near Damascus. The strike came a day after Syria shot down two drones.", "airstrike", event.Asserted, nil, []string{"Syria"}},
		{"Chilean miners began a strike at the Escondida mine on Monday.", "strike", event.Asserted, []string{"Chile"}, nil},
	})
	src := "Argentina's court may strike down the decree on Friday."
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if e.Cameo == "143" || e.Cameo == "195" {
			t.Errorf("%q: a %s event %s", src, e.Type, e.Cameo)
		}
	}
}

// TestDeclinedComment checks that declining to comment is CAMEO's 011,
// no rejection, and that shooting down is a use of force.
func TestDeclinedComment(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Israel's military declined to comment on the report.", "comment", event.Asserted, []string{"Israeli Military"}, nil},
		{"Syrian air defences shot down two Israeli drones over the Golan Heights.", "fire", event.Asserted, []string{"Syria"}, []string{"Israel"}},
	})
	noEvent(t, "Israel's military declined to comment on the report.", "reject")
}

// TestAppeals checks that appealing against a court's decision is no
// CAMEO appeal, that whom an appeal is made to does what it asks, and
// that what one is accused of doing is reported, even where the parser
// hangs it on the accused.
func TestAppeals(t *testing.T) {
	src := "Google said it would appeal the decision."
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if e.Cameo == "020" {
			t.Errorf("%q: a CAMEO appeal %+v", src, e.Actors)
		}
	}
	checkTreeCases(t, []treeCase{
		{"Kenya appealed to Uganda to release the activists.", "release", event.Hypothetical, []string{"Uganda"}, nil},
		{"Apple accused the Commission of ignoring evidence.", "reject", event.Reported, []string{"Commission"}, nil},
	})
}

// TestMendedAgents checks events that need the parser's misreadings
// mended: a passive's "by" agent hung on its object, and a verb of
// deciding read as a participle on its subject.
func TestMendedAgents(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ src, typ, source, target string }{
		{"Apple was fined 1.8 billion euros by the European Commission in March.", "fine", "European Commission", "Apple"},
		{"A U.S. federal judge ruled on Tuesday that Google had illegally monopolised the search market.", "monopolise", "Google", ""},
	} {
		found := false
		for _, e := range read(day, c.src).Events {
			if e.Type != c.typ {
				continue
			}
			var src, tgt []string
			for _, p := range e.Actors {
				if p.Role == event.Target {
					tgt = append(tgt, p.Name)
				} else {
					src = append(src, p.Name)
				}
			}
			found = strings.Join(src, ",") == c.source && strings.Join(tgt, ",") == c.target
		}
		if !found {
			t.Errorf("%q: no %s by %q of %q", c.src, c.typ, c.source, c.target)
		}
	}
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

// TestSayingNouns checks that a verb of saying's form read as a noun
// ("competing claims") is no statement, while the verb is one.
func TestSayingNouns(t *testing.T) {
	noEvent(t, "Vietnam and China have competing claims in the South China Sea.", "statement")
	checkTreeCases(t, []treeCase{
		{"China claims the Paracel Islands.", "statement", event.Asserted, []string{"China"}, nil},
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

// TestReportedTime checks that a time in the clause a statement reports
// dates the reported act, not the saying.
func TestReportedTime(t *testing.T) {
	src := "Egypt's finance minister said the government would cut fuel subsidies next year."
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if e.Type == "statement" && (e.TimeText != "" || e.Modality != event.Asserted) {
			t.Errorf("%q: the saying is dated %q, %s", src, e.TimeText, e.Modality)
		}
	}
	allOfModality(t, "The Russian Defense Ministry said on Saturday that troops had returned to their bases.", "statement", event.Asserted)
}

// TestWarnings checks that warning of how things stand is a pessimistic
// comment (CAMEO 012), warning of what someone will do a threat, and that
// what one warns against or of is not done.
func TestWarnings(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kristalina Georgieva warned that inflation remained high.", "concern", event.Asserted, []string{"Kristalina Georgieva"}, nil},
		{"The IMF warned of a global recession.", "concern", event.Asserted, []string{"International Monetary Fund"}, nil},
		{"Egypt's interior minister warned that police will no longer tolerate rallies.", "threaten", event.Asserted, []string{"Egypt"}, nil},
	})
	allOfModality(t, "Russia warned Ukraine against attacking Crimea.", "attack", event.Hypothetical)
	allOfModality(t, "The IMF warned of an attack on Kyiv.", "attack", event.Hypothetical)
}

// TestSecondClauseSubject checks that the subject of a second coordinated
// clause acts in it: "and Viktor Orban refused" is Orban's refusal.
func TestSecondClauseSubject(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Hungary approved the aid package, and Viktor Orban refused to attend the summit.", "reject", event.Asserted, []string{"Viktor Orban"}, nil},
	})
}

// TestPleasAndCharges checks that pleading guilty is no appeal, and that
// who faces or pleads to a charge is its target, not its accuser.
func TestPleasAndCharges(t *testing.T) {
	src := "Boeing agreed to plead guilty to a criminal fraud charge."
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if e.Cameo == "020" {
			t.Errorf("%q: an appeal %+v", src, e.Actors)
		}
	}
	checkTreeCases(t, []treeCase{
		{"Boeing faces fraud charges in Texas.", "accuse", event.Asserted, nil, []string{"Boeing"}},
		{src, "accuse", event.Planned, nil, []string{"Boeing"}},
	})
}

// TestPossessivePronounAgent checks that "its" before an act's noun
// stands for the state or body named last.
func TestPossessivePronounAgent(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Washington condemned the attack and reaffirmed its defence treaty with the Philippines.", "sign", event.Asserted, []string{"United States"}, []string{"Philippines"}},
	})
}

// TestCoupAndHouseArrest checks that seizing power is a coup (CAMEO 180,
// as the Phoenix dictionary codes SEIZE POWER), that placing someone under
// arrest arrests them, and that a coup of another sense is none.
func TestCoupAndHouseArrest(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Soldiers in Niger seized power on Wednesday and placed President Mohamed Bazoum under house arrest.", "arrest", event.Asserted, []string{"Niger"}, []string{"Mohamed Bazoum"}},
		{"Soldiers in Niger seized power on Wednesday.", "coup", event.Asserted, []string{"Niger"}, nil},
	})
	noEvent(t, "Winning the Olympic Games was something of a coup for London.", "coup")
}

// TestSuspendedMembership checks that suspending a state from a body
// reduces relations (CAMEO 160), as the body's act on the state.
func TestSuspendedMembership(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The African Union suspended Mali's membership after the coup.", "sanction", event.Asserted, []string{"African Union"}, []string{"Mali"}},
		{"ECOWAS suspended Niger from the bloc.", "sanction", event.Asserted, []string{"Economic Community of West African States"}, []string{"Niger"}},
	})
}

// TestExchangesAndSettlements checks that exchanging prisoners is a
// release by both sides (Phoenix EXCHANGE PRISONERS, 0841) and settling a
// dispute diplomatic cooperation (Phoenix RESOLVE DISPUTE, 050).
func TestExchangesAndSettlements(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Russia and Ukraine exchanged 95 prisoners of war on Friday.", "exchange", event.Asserted, []string{"Russia", "Ukraine"}, nil},
		{"Ethiopia and Somalia settled their dispute in Ankara.", "settle", event.Asserted, []string{"Ethiopia", "Somalia"}, nil},
	})
}
