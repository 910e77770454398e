package event_test

// Sentences written on 2026-12-07 (session 17), as unseen_test.go's: each
// read wrongly before the change its test came with.

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// TestWalkedOffTheJob checks that workers who walk off the job strike, and
// that an insult is a criticism of whom it insults.
func TestWalkedOffTheJob(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Thousands of nurses walked off the job in New Zealand on Monday.", "strike", event.Asserted, []string{"New Zealand"}, nil},
		{"Milei insulted President Gustavo Petro on Friday.", "criticize", event.Asserted, []string{"Javier Milei"}, []string{"Gustavo Petro"}},
	})
	// who walks out of a meeting does not strike
	noEvent(t, "Peru's delegation walked out of the meeting with Chile.", "strike")
}

// TestClashWithPolice checks that a clash with bare police is one with
// the police of the state where it happens.
func TestClashWithPolice(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Protesters in Tbilisi clashed with police over a foreign agents law.", "fight", event.Asserted, []string{"Georgian Protesters"}, []string{"Georgian Police"}},
	})
}

// TestThreatThroughOwnBody checks that a state's own body named as who
// will carry out a threat is not its target, while another state so
// named still is.
func TestThreatThroughOwnBody(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Peru's interior minister warned that police would no longer tolerate blockades in Lima.", "threaten", event.Asserted, []string{"Peru"}, nil},
		{"Peru's interior minister warned that Chile would pay a heavy price.", "threaten", event.Asserted, []string{"Peru"}, []string{"Chile"}},
	})
}

// TestTheyOfSpeakers checks that "they" after a list of actors who say
// what they will do stands for all of them.
func TestTheyOfSpeakers(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Spain, Ireland and Norway said they would recognise a Palestinian state.", "recognize", event.Planned, []string{"Spain", "Ireland", "Norway"}, []string{"Palestine"}},
		{"Japan and South Korea said they would hold talks in May.", "meet", event.Planned, []string{"Japan", "South Korea"}, nil},
	})
}

// TestCausedProtests checks that who prompts or sparks protests is not
// their protester, and that the "by" of an act named by a noun after
// "the" is its agent.
func TestCausedProtests(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Senegal's president postponed the election, prompting protests in Dakar.", "protest", event.Asserted, []string{"Senegal"}, nil},
		{"The killing of a teenager by police sparked riots across France.", "kill", event.Asserted, []string{"French Police"}, []string{"France"}},
	})
}

// TestBusinessSenses checks the senses of trigger words that business
// news uses otherwise: an appeal won or lost is a court's, a public
// offering sells shares to no one in particular.
func TestBusinessSenses(t *testing.T) {
	noEvent(t, "Bayer lost an appeal against a verdict over its weedkiller.", "appeal")
	noEvent(t, "Siemens won an appeal in a Munich court on Monday.", "appeal")
	noEvent(t, "Shein filed for an initial public offering in London.", "agree")
	checkTreeCases(t, []treeCase{
		{"The United Nations launched an appeal for aid to Sudan.", "appeal", event.Asserted, []string{"United Nations"}, []string{"Sudan"}},
	})
}

// TestAccusedOfGerundNoun checks that an act an accusation names is the
// accused's and only reported, in the active and in the passive, when
// the tagger reads its gerund as a noun's modifier ("of shelling border
// villages").
func TestAccusedOfGerundNoun(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Azerbaijan was accused by Armenia of shelling border villages.", "fire", event.Reported, []string{"Azerbaijan"}, nil},
		{"Armenia accused Azerbaijan of shelling border villages.", "fire", event.Reported, []string{"Azerbaijan"}, nil},
		{"Kyiv blamed Moscow for the attack on the dam.", "attack", event.Reported, []string{"Russia"}, nil},
	})
}

// TestNoneOfSubjects checks that what neither of two, or nobody, did is
// negated.
func TestNoneOfSubjects(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Neither Russia nor Ukraine attended the talks in Geneva.", "meet", event.Negated, []string{"Russia", "Ukraine"}, nil},
	})
}

// TestOrderedOut checks that ordering a state's envoy to leave cuts
// relations and pressing someone to leave only demands it; and that
// troops pledged to a peacekeeping mission are no threat.
func TestOrderedOut(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kenya ordered Uganda's ambassador to leave Nairobi within 48 hours.", "sanction", event.Asserted, []string{"Kenya"}, []string{"Uganda"}},
		{"Kenya pledged to send 1,000 troops to Haiti as part of a peacekeeping mission.", "peacekeep", event.Planned, []string{"Kenya"}, []string{"Haiti"}},
		{"Kenya pledged to send 1,000 troops to Haiti as part of a peacekeeping mission.", "agree", event.Asserted, []string{"Kenya"}, []string{"Haiti"}},
	})
	noEvent(t, "Kenya pledged to send 1,000 troops to Haiti as part of a peacekeeping mission.", "threaten")
	checkTreeCases(t, []treeCase{
		{"Protesters pressured Kenya's president to leave office.", "demand", event.Asserted, []string{"Kenyan Protesters"}, []string{"William Ruto"}},
	})
}

// TestStrikersAtPlace checks that workers at a state's sites who strike
// are that state's when no body of theirs is named.
func TestStrikersAtPlace(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Workers at Chile's copper mines went on strike on Monday.", "strike", event.Asserted, []string{"Chilean Workers"}, nil},
	})
}

// TestRejectedAccusation checks that rejecting "the accusation" rejects
// its maker's, and that the accusation so referred to is no new one; and
// that an appeal's target is not sought in a clause of saying after it.
func TestRejectedAccusation(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Chile accused Peru of spying. Peru's foreign ministry rejected the accusation on Friday.", "reject", event.Asserted, []string{"Peruvian Foreign Ministry"}, []string{"Chile"}},
		{"Peru urged the rebels to lay down their arms and said Colombia would help.", "appeal", event.Asserted, []string{"Peru"}, nil},
	})
	src := "Chile accused Peru of spying. Peru's foreign ministry rejected the accusation on Friday."
	n := 0
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if e.Type == "accuse" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%q: %d accusations, want the one made", src, n)
	}
}

// TestTensedVerbHasNoModal checks that a verb in the past tense is done,
// whatever modal stands before it in another verb's clause.
func TestTensedVerbHasNoModal(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Nokia said it would appeal the ruling and accused Finland of bias.", "accuse", event.Asserted, []string{"Nokia"}, []string{"Finland"}},
		{"The Group of 20 said it would lead by example and called on Chile to act.", "appeal", event.Asserted, []string{"Group of Twenty"}, []string{"Chile"}},
	})
	checkTreeCases(t, []treeCase{
		{"Peru agreed to withdraw its troops.", "agree", event.Planned, []string{"Peru"}, nil},
	})
}

// TestAidInAmount checks that aid given as an amount "in aid" or "of
// aid" is the giver's.
func TestAidInAmount(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Japan will provide $50 million in emergency aid to Turkey, the foreign ministry said.", "aid", event.Planned, []string{"Japan"}, []string{"Turkey"}},
	})
}

// TestLocalGroupsAct checks that a group named by its noun alone acts as
// the one state's group its sentence names, and that a group named by
// its act ("demonstrators") protests.
func TestLocalGroupsAct(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Opposition supporters clashed with riot police in Dhaka after the vote.", "fight", event.Asserted, []string{"Bangladeshi Opposition"}, []string{"Bangladeshi Police"}},
		{"Thousands of demonstrators took to the streets of Lima on Friday.", "protest", event.Asserted, []string{"Peruvian Demonstrators"}, []string{"Peru"}},
	})
	noEvent(t, "Police arrested 20 protesters in Lima.", "protest")
}

// TestKeptFromHappening checks that an act kept from happening ("to
// prevent clashes", "avoid travel") is no event, that a release of water
// frees no one, and that resuming dialogue is a meeting.
func TestKeptFromHappening(t *testing.T) {
	noEvent(t, "The Philippines and Vietnam signed an agreement to prevent clashes in the South China Sea.", "fight")
	noEvent(t, "Peru urged its citizens to avoid travel to Chile.", "visit")
	noCodedEvent(t, "China protested against the release of treated water by Japan.", "release")
	checkTreeCases(t, []treeCase{
		{"Police prevented a demonstration in Minsk on Sunday.", "repress", event.Asserted, []string{"Belarusian Police"}, []string{"Belarus"}},
		{"Australia and China agreed to resume high-level dialogue after a three-year freeze.", "meet", event.Planned, []string{"Australia", "China"}, nil},
	})
}

// TestQuotedFirstPerson checks that "we" or "I" in a quotation, or in a
// clause of saying, is its speaker.
func TestQuotedFirstPerson(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"\"We reject this ultimatum,\" Iran's foreign ministry said.", "reject", event.Asserted, []string{"Iranian Foreign Ministry"}, nil},
		{"Peru's foreign minister said: \"We will meet the Chilean delegation next week.\"", "meet", event.Planned, []string{"Peru", "Chile"}, nil},
	})
}

// TestBusinessActs checks that a lawsuit "brought by" someone is theirs,
// and that taking control of a company seizes property, not territory.
func TestBusinessActs(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Google agreed to pay $700 million to settle an antitrust lawsuit brought by Texas.", "sue", event.Asserted, []string{"United States"}, []string{"Google"}},
		{"The Dutch government seized control of the chipmaker Nexperia.", "seize", event.Asserted, []string{"Dutch Government"}, []string{"Nexperia"}},
		{"Rebels seized control of the town of Goma.", "occupy", event.Asserted, []string{"Congolese Rebels"}, []string{"Democratic Republic of the Congo"}},
	})
}

// TestProductReleased checks that a product released is put on sale, no
// one set free, while hostages released still are.
func TestProductReleased(t *testing.T) {
	noCodedEvent(t, "OpenAI released GPT-5 on Thursday.", "release")
	noCodedEvent(t, "Sony released the PlayStation 5 Pro in Tokyo.", "release")
	checkTreeCases(t, []treeCase{
		{"Hamas released 13 Israeli hostages on Friday.", "release", event.Asserted, []string{"Hamas"}, []string{"Israel"}},
	})
}

// TestSaidAndDid checks that "it" after "X said …, and" is X, doing what
// its own verb says.
func TestSaidAndDid(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Japan said two Chinese warships entered its waters on Sunday, and it summoned China's ambassador.", "complain", event.Asserted, []string{"Japan"}, []string{"China"}},
	})
}

// TestWhereIsNoParty checks that the city where talks are held is no side
// of them, whether the parser hangs it on the verb or on its object, and
// that "the two sides" after such talks are the talkers.
func TestWhereIsNoParty(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Serbia's president and Kosovo's prime minister held talks in Brussels. The two sides failed to reach an agreement.", "reject", event.Asserted, []string{"Serbia", "Kosovo"}, nil},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Modi met Sharif in New Delhi on Monday.").Events {
		for _, p := range e.Actors {
			if p.Name == "India" {
				t.Errorf("the city of the meeting is a party: %s %+v", e.Type, e.Actors)
			}
		}
	}
}

// TestAmountsInTriggers checks that a gap in a trigger's form crosses
// the signs of an amount ("a 100% tariff"), and that a loan granted is
// aid.
func TestAmountsInTriggers(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Canada imposed a 100% tariff on Chinese electric vehicles.", "sanction", event.Asserted, []string{"Canada"}, []string{"China"}},
		{"The IMF approved a $3 billion loan for Egypt.", "aid", event.Asserted, []string{"International Monetary Fund"}, []string{"Egypt"}},
	})
}

// TestSixthSetMisses checks, with sentences of my own, what the sixth
// held-out set's first run missed: walking out of a meeting reduces
// relations and is no meeting, soldiers sent abroad are a deployment
// (but not letters sent to soldiers' families), and a release one is
// urged to secure is not done.
func TestSixthSetMisses(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kenya's president walked out of the meeting after Uganda's foreign minister accused Nairobi of backing rebels.", "sanction", event.Asserted, []string{"William Ruto"}, nil},
		{"Brazil said it would send 500 soldiers to Haiti.", "mobilize", event.Planned, []string{"Brazil"}, []string{"Haiti"}},
		{"France urged Mali to secure the release of the hostages.", "release", event.Hypothetical, []string{"Mali"}, nil},
		{"Bush warned Syria to end its occupation of Lebanon.", "occupy", event.Asserted, []string{"Syria"}, []string{"Lebanon"}},
	})
	noEvent(t, "Kenya's president walked out of the meeting after Uganda's foreign minister accused Nairobi of backing rebels.", "meet")
	noEvent(t, "Rumsfeld signed condolence letters sent to the families of dead soldiers.", "mobilize")
	// a place named with its region is no side either
	checkTreeCases(t, []treeCase{
		{"Peru accused Chile of spying on its delegation in northern Argentina. Brazil urged the two sides to show restraint.", "appeal", event.Asserted, []string{"Brazil"}, []string{"Peru", "Chile"}},
	})
}

// TestAskedForConjuncts checks that each of the acts asked for together
// is asked for, not done.
func TestAskedForConjuncts(t *testing.T) {
	allOfModality(t, "The African Union called for a ceasefire and the withdrawal of foreign troops from Libya.", "withdraw", event.Hypothetical)
	allOfModality(t, "Protesters in Cairo demanded more freedoms and the resignation of Hosni Mubarak.", "resign", event.Hypothetical)
}

// TestDoerOfNoun checks that the "of" phrase of a noun of an act with no
// object names who acts: who withdraws, who resigns.
func TestDoerOfNoun(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The UN demanded the withdrawal of Rwandan troops from Congo.", "withdraw", event.Hypothetical, []string{"Rwanda"}, nil},
		{"Protesters in Cairo demanded the resignation of Hosni Mubarak.", "resign", event.Hypothetical, []string{"Hosni Mubarak"}, nil},
	})
}

// TestNegatedVerbNotItsPhrase checks that a negated verb does not negate
// the act its prepositional phrase names: Ukraine was not invited, the
// talks took place. And "a host of reasons" is no hosting.
func TestNegatedVerbNotItsPhrase(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Ukraine was not invited to the talks between Russia and the United States in Riyadh.", "meet", event.Asserted, []string{"Russia", "United States"}, nil},
		{"Chile and Peru did not hold talks in March.", "meet", event.Negated, []string{"Chile", "Peru"}, nil},
	})
	noCodedEvent(t, "Egypt does not trust Israel for a whole host of reasons.", "host")
}

// TestAskedAndInvited checks the Phoenix verb dictionary's ASK (020) and
// INVITE, read as CAMEO's intent to meet (036).
func TestAskedAndInvited(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"India asked Canada to withdraw dozens of diplomats from New Delhi.", "appeal", event.Asserted, []string{"India"}, []string{"Canada"}},
		{"Saudi Arabia invited Iran to an Arab-Islamic summit in Riyadh.", "invite", event.Asserted, []string{"Saudi Arabia"}, []string{"Iran"}},
	})
}

// TestDoneByParticiple checks that the by-phrase of a participle of doing
// after an act's noun is its doer: "the threat posed by the militias".
func TestDoneByParticiple(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Peru warned of the threat posed by the Shining Path.", "threaten", event.Hypothetical, []string{"Shining Path"}, nil},
		{"Russia condemned the sanctions imposed by the European Union.", "sanction", event.Asserted, []string{"European Union"}, nil},
	})
}

// TestCalledNames checks that calling someone a criminal, a terrorist or
// a dictator is criticism of them, and calling a thing a mistake none.
func TestCalledNames(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Erdogan called Netanyahu a war criminal on Wednesday.", "criticize", event.Asserted, []string{"Recep Tayyip Erdoğan"}, []string{"Benjamin Netanyahu"}},
	})
	noCodedEvent(t, "Peru called the decision a mistake.", "criticize")
}

// TestMigrantsAndAsylum checks that migrants are not of the state they
// are in, that asylum seekers are no asylum granted, and that a court
// blocking a deployment rejects it.
func TestMigrantsAndAsylum(t *testing.T) {
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Greece rescued 120 migrants off the island of Lesbos.").Events {
		for _, p := range e.Actors {
			if p.Name == "Greek Migrants" {
				t.Errorf("migrants read as Greece's: %+v", e.Actors)
			}
		}
	}
	noCodedEvent(t, "Italy signed a deal with Albania to process asylum seekers.", "asylum")
	checkTreeCases(t, []treeCase{
		{"Ecuador granted asylum to Julian Assange.", "asylum", event.Asserted, []string{"Ecuador"}, []string{"Julian Assange"}},
		{"Kenya's High Court blocked the deployment of police officers to Haiti.", "veto", event.Asserted, []string{"Kenyan Judiciary"}, []string{"Haiti"}},
	})
}

// TestTheyOfPluralSubject checks that "they" after a plural noun of one
// state ("Ethiopian officials said they …") is that state.
func TestTheyOfPluralSubject(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Ethiopian officials said they would not withdraw their troops from Somalia.", "withdraw", event.Negated, []string{"Ethiopia"}, []string{"Somalia"}},
		// the nearest actor before "they" is another
		{"Ethiopian officials, speaking after a meeting with Somalia's president, said they would not withdraw their troops.", "withdraw", event.Negated, []string{"Ethiopia"}, nil},
	})
}

// TestDissolvedParties checks that dissolving parties restricts political
// freedom (CAMEO 172).
func TestDissolvedParties(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Mali's junta dissolved all political parties.", "ban", event.Asserted, []string{"Malian Junta"}, nil},
	})
}

// TestDeniedReports checks that an act in reports one denies is denied,
// when the tagger reads "reports" as a verb too.
func TestDeniedReports(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"A spokesman for the Afghan Taliban government denied reports that its forces had clashed with Pakistani troops.", "fight", event.Negated, []string{"Taliban"}, []string{"Pakistan"}},
		{"Iran denied reports that it had sent weapons to Russia.", "aid", event.Negated, []string{"Iran"}, []string{"Russia"}},
	})
}

// TestVisitingAttribute checks that "visiting" before a person or a
// state's people is their visit to the other state the sentence names,
// under way, while "visiting" with a place as object stays a verb.
func TestVisitingAttribute(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Visiting Indian Prime Minister Narendra Modi signed three agreements in Tokyo.", "visit", event.Asserted, []string{"Narendra Modi"}, []string{"Japan"}},
		{"Iraq's prime minister told visiting Iranian officials that Baghdad would not allow attacks.", "visit", event.Asserted, []string{"Iran"}, []string{"Iraq"}},
		{"Putin is visiting China and India this week.", "visit", event.Asserted, []string{"Vladimir Putin"}, []string{"China", "India"}},
	})
}

// TestForumIsNoParty checks that a body whose name only modifies the
// forum where a meeting is held is no party to it ("at the ASEAN forum",
// issue 11's example).
func TestForumIsNoParty(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Nairobi last week. The two ministers are expected to meet again at the ASEAN forum in July.",
			"meet", event.Planned, []string{"Musalia Mudavadi", "Jeje Odongo"}, nil},
	})
}

// TestCuesOfTheClauseBefore checks that a verb of saying after what is
// said takes no negation or modal from it ("did not produce a deal, the
// minister said" is said), while a verb in a list keeps the modal before
// the list.
func TestCuesOfTheClauseBefore(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The talks did not produce a deal, Poland said on Monday.", "statement", event.Asserted, []string{"Poland"}, nil},
		{"Prices would not fall soon, Qatar said.", "statement", event.Asserted, []string{"Qatar"}, nil},
		{"The European Union can and should broker, support and oversee free elections in Belarus.", "praise", event.Hypothetical, []string{"European Union"}, []string{"Belarus"}},
	})
}
