package event_test

// Sentences written on 2026-12-07 to try constructions no development text
// has, each read wrongly before the change its test came with (see the
// README's account of them). They use checkTreeCases, noEvent and read
// of tree_test.go.

import (
	"slices"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// TestTravelForTalks checks that talks named as what a trip is for are
// the travellers', and that the place travelled to is not their party.
func TestTravelForTalks(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Chilean and Peruvian diplomats returned to Lima on Thursday for talks.", "meet", event.Asserted, []string{"Chile", "Peru"}, nil},
		{"Kazakh negotiators will fly to Vienna next month for talks with Iranian officials.", "meet", event.Planned, []string{"Kazakhstan"}, []string{"Iran"}},
	})
	noEvent(t, "Kazakh negotiators will fly to Vienna next month for talks with Iranian officials.", "praise")
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Kazakh negotiators will fly to Vienna next month for talks with Iranian officials.").Events {
		if e.Type != "meet" {
			continue
		}
		for _, p := range e.Actors {
			if p.Name == "Austria" {
				t.Errorf("Austria, where the talks are held, is a party to them: %+v", e.Actors)
			}
		}
	}
}

// TestWordsNamingNoAct checks that a trigger's form read as another part
// of speech is no act ("came back" backs no one), and that weapons
// talked about are not fired.
func TestWordsNamingNoAct(t *testing.T) {
	noEvent(t, "The Estonian delegation came back to Tallinn after the summit.", "praise")
	noEvent(t, "Chile and Peru held talks on anti-ship missiles and rocket artillery.", "fire")
	checkTreeCases(t, []treeCase{
		{"Houthi fighters launched two missiles at a Greek tanker on Monday.", "fire", event.Asserted, []string{"Houthis"}, []string{"Greece"}},
	})
}

// TestAskedInThatClause checks that what a "that" clause of asking names
// is asked for, not done: "demanded that Greek forces withdraw".
func TestAskedInThatClause(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Azerbaijan demanded that Armenian forces withdraw from the border villages.", "withdraw", event.Hypothetical, []string{"Armenia"}, nil},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Azerbaijan demanded that Armenian forces withdraw from the border villages.").Events {
		if e.Type == "withdraw" && e.Modality == event.Asserted {
			t.Errorf("a withdrawal asserted, only demanded: %+v", e.Actors)
		}
	}
}

// TestReporterNotWherePlaced checks that a place named after the reporter
// ("operating in Chad") does not stand for the reporter.
func TestReporterNotWherePlaced(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"UNICEF, working in Chad since 2003, said Sudanese forces must let convoys cross the border.", "demand", event.Asserted, []string{"UNICEF"}, []string{"Sudan"}},
	})
}

// TestLawsuitFaced checks that who faces a lawsuit is sued, by the one
// its "from" phrase names.
func TestLawsuitFaced(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Embraer faces a lawsuit from Alaska Airlines over delayed jets.", "sue", event.Asserted, []string{"Alaska Airlines"}, []string{"Embraer"}},
	})
}

// TestBrokeredBy checks that who brokered what is agreed, named in a
// reduced relative clause, is no party to the agreement.
func TestBrokeredBy(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Armenia and Azerbaijan agreed to a truce brokered by Russia and Turkey.", "agree", event.Planned, []string{"Armenia", "Azerbaijan"}, nil},
	})
}

// TestAttendedMeeting checks that who attends a meeting named by its
// body takes part in it with the body, and that one not attended is
// negated.
func TestAttendedMeeting(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Lula attended the G20 summit in New Delhi.", "meet", event.Asserted, []string{"Group of Twenty", "Luiz Inácio Lula da Silva"}, nil},
		{"Orban will not attend the NATO summit.", "meet", event.Negated, []string{"NATO", "Viktor Orban"}, nil},
	})
}

// TestAgentNearPlace checks that a place named in the agent's phrase of a
// passive ("by Russian shelling near Bakhmut") is where the agent acted,
// not a second agent.
func TestAgentNearPlace(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Two Syrian soldiers were killed by Turkish shelling near Afrin.", "kill", event.Asserted, []string{"Turkey"}, []string{"Syria"}},
	})
}

// TestOwnAcquisition checks that a noun of an act owned by "its", or the
// object of a light verb, is its owner's or the verb's subject's act.
func TestOwnAcquisition(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Daimler completed its acquisition of Nissan in June.", "acquisition", event.Asserted, []string{"Daimler"}, []string{"Nissan"}},
		{"Danone announced a takeover of Heineken.", "takeover", event.Asserted, []string{"Danone"}, []string{"Heineken"}},
	})
}

// TestBlockedDecision checks that blocking what a body decides is a veto,
// and blocking a road an obstruction.
func TestBlockedDecision(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Slovakia blocked an EU sanctions package against Russia.", "veto", event.Asserted, []string{"Slovakia"}, []string{"European Union"}},
		{"Kenyan protesters blocked the road to the airport.", "obstruct", event.Asserted, []string{"Kenyan Protesters"}, nil},
	})
}

// TestTariffs checks that tariffs imposed are a sanction on the state
// whose goods they tax.
func TestTariffs(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Turkey imposed a 40 percent tariff on Chinese cars.", "sanction", event.Asserted, []string{"Turkey"}, []string{"China"}},
	})
}

// TestThreatenedByWhom checks that what is threatened with a verb is the
// threatener's, named or not: "threatened to raise tariffs on Mexico"
// makes Mexico no tariff-raiser.
func TestThreatenedByWhom(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The president threatened to raise tariffs on Venezuela.", "sanction", event.Hypothetical, nil, []string{"Venezuela"}},
	})
}

// TestWarnedAgainst checks that what a state is warned against is
// feared, not done.
func TestWarnedAgainst(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Seoul warned Pyongyang against a nuclear test.", "threaten", event.Asserted, []string{"South Korea"}, []string{"North Korea"}},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Washington warned Tehran against an attack on Israel.").Events {
		if e.Type == "attack" && e.Modality == event.Asserted {
			t.Errorf("an attack warned against asserted: %+v", e.Actors)
		}
	}
}

// TestTradedAccusations checks that accusations traded are each side's
// against the other: both parties alike.
func TestTradedAccusations(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Rwanda and Burundi traded accusations over the shelling of a border town.", "accuse", event.Asserted, []string{"Rwanda", "Burundi"}, nil},
	})
}

// TestSignedOwnAct checks that a decree or a bill signed is no agreement
// with anyone, while a pact signed is one.
func TestSignedOwnAct(t *testing.T) {
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Ecuador's president signed a decree declaring a state of emergency.").Events {
		if e.Cameo == "057" {
			t.Errorf("a decree signed coded an agreement: %+v", e.Actors)
		}
	}
	checkTreeCases(t, []treeCase{
		{"Ghana and Togo signed a security pact.", "sign", event.Asserted, []string{"Ghana", "Togo"}, nil},
	})
}

// TestLoans checks that a loan approved or extended is aid to the
// borrower.
func TestLoans(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The IMF approved a new loan for Pakistan.", "aid", event.Asserted, []string{"International Monetary Fund"}, []string{"Pakistan"}},
	})
}

// TestCriticismDrawn checks that criticism drawn from someone is theirs,
// of whoever drew it.
func TestCriticismDrawn(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Serbia's president met Putin in Moscow, drawing criticism from the European Union.", "criticize", event.Asserted, []string{"European Union"}, []string{"Serbia"}},
		{"Taiwan's president visited Guam, drawing criticism from China.", "criticize", event.Asserted, []string{"China"}, []string{"Taiwan"}},
	})
}

// TestRespondedWith checks that an act named as what one responds or
// retaliates with is the responder's.
func TestRespondedWith(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"After the raid, Pakistan responded on Tuesday with airstrikes.", "airstrike", event.Asserted, []string{"Pakistan"}, nil},
	})
}

// TestSuspendedMember checks that a body suspending a state suspends its
// membership, and that other suspensions are not coded so.
func TestSuspendedMember(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The African Union suspended Gabon after the coup.", "sanction", event.Asserted, []string{"African Union"}, []string{"Gabon"}},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "The Kenyan government suspended the newspaper for a month.").Events {
		if e.Cameo == "160" {
			t.Errorf("a newspaper suspended coded a membership suspended: %+v", e.Actors)
		}
	}
}

// TestChargeDAffaires checks that a chargé d'affaires is a diplomat, not a
// charge.
func TestChargeDAffaires(t *testing.T) {
	noEvent(t, "Lithuania summoned the Chinese charge d'affaires on Monday.", "accuse")
	noEvent(t, "Lithuania summoned the Chinese chargé d’affaires on Monday.", "accuse")
}

// TestParticipleSetOff checks that a participle set off by commas after a
// subject tells what was done to it: "Nasser Haddad, detained in 2019,"
// was detained, by no one named.
func TestParticipleSetOff(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Two Iranian diplomats, arrested in 2019, returned to Tehran on Monday.", "arrest", event.Asserted, nil, []string{"Iran"}},
	})
}

// TestParticipleOfReportedClause checks that a participle after a comma
// takes the subject of the verb it hangs on, not the speaker's.
func TestParticipleOfReportedClause(t *testing.T) {
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Syria's government said 40 rockets struck the city, killing 12 people.").Events {
		if e.Type == "kill" {
			for _, p := range e.Actors {
				if p.Role == event.Source {
					t.Errorf("the killing's source %q, a speaker", p.Name)
				}
			}
		}
	}
	checkTreeCases(t, []treeCase{
		{"Sudanese troops shelled the village, killing ten civilians.", "kill", event.Asserted, []string{"Sudan"}, []string{"Sudanese Civilians"}},
	})
}

// TestQuestions checks that what a question asks whether is no act done,
// and that a question of who did it takes the act as done.
func TestQuestions(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Will Azerbaijan attack Armenia again?", "attack", event.Hypothetical, []string{"Azerbaijan"}, []string{"Armenia"}},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Who attacked the Turkish embassy in Kabul?").Events {
		if e.Type == "attack" && e.Modality != event.Asserted {
			t.Errorf("the attack asked about is %s, not asserted", e.Modality)
		}
	}
}

// TestThreatFeared checks that who fears a threat is threatened, not the
// threatener.
func TestThreatFeared(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Jordan fears the threat of terrorism.", "threaten", event.Hypothetical, nil, []string{"Jordan"}},
	})
}

// TestPassiveSubjectAsked checks that the subject of a passive appeal,
// threat, investigation or release is its target, and the one who must act on an
// appeal made in the passive ("was called on by the EU to release").
func TestPassiveSubjectAsked(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kenya was threatened with sanctions over the dispute, diplomats said.", "threaten", event.Asserted, nil, []string{"Kenya"}},
		{"Lebanon was urged to disarm the militia.", "appeal", event.Asserted, nil, []string{"Lebanon"}},
		{"Turkey was called on by the European Union to release the journalists.", "release", event.Hypothetical, []string{"Turkey"}, []string{"Turkish Journalists"}},
		// by Belarus, where it happens (see TestLawOfThePlace)
		{"A Polish diplomat has been put under investigation in Belarus for spying.", "investigate", event.Asserted, []string{"Belarus"}, []string{"Poland"}},
		{"Senegal's opposition leader Ousmane Sonko was released from prison on Thursday.", "release", event.Asserted, nil, []string{"Ousmane Sonko"}},
	})
}

// TestAskedForAndClaimed checks that what calls or a proposal ask for is
// not done, and that who claims responsibility for an attack made it.
func TestAskedForAndClaimed(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Hamas rejected calls for a ceasefire.", "ceasefire", event.Hypothetical, []string{"Hamas"}, nil},
		{"Al-Shabaab claimed responsibility for the bombing in Mogadishu, which killed 12 people.", "bomb", event.Asserted, []string{"al-Shabaab"}, []string{"Somalia"}},
		{"The Islamic State group claimed responsibility for the attack on the embassy.", "attack", event.Asserted, []string{"Islamic State"}, nil},
	})
}

// TestPhraseNegation checks that "without" and "no" negate the phrase
// they open, not a clause after it, and that "no" inside a trigger
// negates it.
func TestPhraseNegation(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The talks between Armenia and Azerbaijan ended without an agreement, and the two sides blamed each other.", "accuse", event.Asserted, []string{"Armenia", "Azerbaijan"}, nil},
		{"Armenia and Azerbaijan have held no talks since March.", "meet", event.Negated, []string{"Armenia", "Azerbaijan"}, nil},
		{"There were no talks between Armenia and Azerbaijan.", "meet", event.Negated, []string{"Armenia", "Azerbaijan"}, nil},
	})
}

// TestWhoDoesWhatForWhich checks that a "for" clause on a sanction's
// target is the target's act, and that what protesters named in a
// relative clause demand is not the police's.
func TestWhoDoesWhatForWhich(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The United States imposed sanctions on two Chinese companies for supplying drone parts to Iran.", "aid", event.Asserted, []string{"China"}, []string{"Iran"}},
	})
	// the demand is the protesters' own, Kenya's (TestLocalGroups), not the police's
	checkTreeCases(t, []treeCase{
		{"Police in Nairobi fired tear gas at protesters who were demanding the president's resignation.", "demand", event.Asserted, []string{"Kenyan Protesters"}, nil},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Police in Nairobi fired tear gas at protesters who were demanding the president's resignation.").Events {
		if e.Type == "demand" && slices.ContainsFunc(e.Actors, func(p event.Participant) bool { return p.Name == "Kenyan Police" }) {
			t.Errorf("the police demand: %+v", e.Actors)
		}
	}
}

// TestTopicsAndTitledPairs checks that what talks or cooperation are on
// is no party to them, and that "the two countries" after two officials
// named with their states are those states.
func TestTopicsAndTitledPairs(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Japan and South Korea will cooperate on North Korea.", "cooperate", event.Planned, []string{"Japan", "South Korea"}, nil},
		{"France and Germany held talks on Ukraine.", "meet", event.Asserted, []string{"France", "Germany"}, nil},
		{"Japan's foreign minister Yoko Kamikawa met her South Korean counterpart Cho Tae-yul in Tokyo. The two countries will cooperate on trade.", "cooperate", event.Planned, []string{"South Korea", "Japan"}, nil},
	})
}

// TestMutualAgreement checks that two sides agreeing on a show of force
// between themselves agree, and that one side's agreeing to a hostile act
// against another stays a threat.
func TestMutualAgreement(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan. The two leaders agreed to resume border patrols.", "agree", event.Planned, []string{"Narendra Modi", "Xi Jinping"}, nil},
		{"Belarus's opposition agreed to stage a protest in Minsk.", "threaten", event.Planned, []string{"Belarusian Opposition"}, []string{"Belarus"}},
	})
}

// TestItNotThePlace checks that "it" stands for the company named before
// rather than for the state named as where it acts.
func TestItNotThePlace(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Toyota opened a plant in Mexico, where it will hire 5,000 workers.", "hire", event.Planned, []string{"Toyota"}, []string{"Mexican Workers"}},
	})
}

// TestStrikeThatKills checks that a strike that hits and kills is one of
// arms, whose killing is the striker's, and that killing hopes is no
// killing.
func TestStrikeThatKills(t *testing.T) {
	const src = "Georgian officials said on Monday a NATO strike had hit a school in the capital Tbilisi, killing four pupils."
	checkTreeCases(t, []treeCase{
		{src, "airstrike", event.Asserted, []string{"NATO"}, []string{"Georgia"}},
		{src, "kill", event.Asserted, []string{"NATO"}, []string{"Georgia"}},
	})
	noEvent(t, "Dockers in Rotterdam began a strike on Monday that killed hopes of a deal.", "kill")
}

// TestProtestNotAtSpeaker checks that whom a protest is aimed at is not
// the one who speaks of it.
func TestProtestNotAtSpeaker(t *testing.T) {
	for _, e := range read(time.Date(2011, 1, 28, 0, 0, 0, 0, time.UTC), "The context for each protest movement may be unique, Emile Hokayem said.").Events {
		for _, p := range e.Actors {
			if e.Type == "protest" && p.Name == "Emile Hokayem" {
				t.Errorf("the protest aimed at its speaker: %+v", e.Actors)
			}
		}
	}
}

// TestMeetingCity checks that the city a meeting is named after is where
// it is held, no party to it, nor to what the meeting does; a capital
// before "government" names the government.
func TestMeetingCity(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The Geneva talks between Iran and the United States ended on Friday.", "meet", event.Asserted, []string{"Iran", "United States"}, nil},
		{"The Geneva talks between Iran and the United States ended on Friday.", "end", event.Asserted, []string{"Iran", "United States"}, nil},
		{"The Kyiv government rejected the proposal.", "reject", event.Asserted, []string{"Ukrainian Government"}, nil},
	})
}

// TestBetweenPhrases checks that a meeting between a people's movement
// and an organisation has both as its parties.
func TestBetweenPhrases(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Egypt said it was ready to host a meeting between an Israeli peace movement and the Palestine Liberation Organization.", "agree", event.Asserted, []string{"Egypt"}, []string{"Israel", "Palestine Liberation Organization"}},
	})
}

// TestBothCountriesUrged checks that the pair a pair urges is the states
// named before, not the pair itself.
func TestBothCountriesUrged(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Armenia accused Azerbaijan on Thursday of shelling a village. France and Germany urged both countries to exercise restraint.", "appeal", event.Asserted, []string{"France", "Germany"}, []string{"Armenia", "Azerbaijan"}},
		{"Armenia and Azerbaijan said both countries would resume talks.", "meet", event.Planned, []string{"Armenia", "Azerbaijan"}, nil},
	})
}

// TestOrderedToLeave checks that an order to an envoy to leave cuts
// relations with their state (see TestOrders), whatever the parser hung
// the "to" clause on;
// that what a passive's subject is ordered to do is its own and not done;
// and that money released is no release of persons.
func TestOrderedToLeave(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Mali's junta ordered the French ambassador to leave.", "sanction", event.Asserted, []string{"Malian Junta"}, []string{"France"}},
		{"Kenya was ordered by the court to release the opposition leader.", "release", event.Hypothetical, []string{"Kenya"}, []string{"Kenyan Opposition"}},
	})
	noCodedEvent(t, "Argentina's central bank was ordered by a court to release $2 billion to importers.", "release")
}

// TestAllegedObject checks that an act one is accused of carrying out is
// reported, not asserted.
func TestAllegedObject(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Iran's supreme leader Ali Khamenei accused Israel of carrying out the attack.", "attack", event.Reported, []string{"Israel"}, nil},
		{"Israel carried out the attack on Monday.", "attack", event.Asserted, []string{"Israel"}, nil},
	})
}
