package event_test

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// TestOrders checks that ordering people to act is a demand of them (the
// Phoenix verb dictionary's ORDER, 100), whose target is whom it is told
// to, not what they are to act on, except an order to leave, which
// expels (ORDER's "* TO LEAVE", 174) or, of diplomats, cuts relations
// ("* DIPLOMAT TO LEAVE +", 161); ordering things, or acting "in order
// to", is none.
func TestOrders(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Mali ordered French troops to leave the country.", "deport", event.Asserted, []string{"Mali"}, []string{"France"}},
		{"Germany ordered two Russian diplomats to leave Berlin within a week.", "sanction", event.Asserted, []string{"Germany"}, []string{"Russia"}},
		{"Mali ordered French troops to hand over the base.", "demand", event.Asserted, []string{"Mali"}, []string{"France"}},
	})
	noEvent(t, "Lufthansa ordered 40 Embraer jets to replace its older aircraft.", "demand")
	noEvent(t, "Kenya sent troops to the border in order to stop the smuggling.", "demand")
	noEvent(t, "Indian troops were ordered to leave the Maldives.", "demand")
}

// TestIgnored checks that ignoring or disregarding another's request is
// a rejection of it (the Phoenix verb dictionary's IGNORE group, 120).
func TestIgnored(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"India has so far ignored Bangladesh's requests to extradite her.", "reject", event.Asserted, []string{"India"}, []string{"Bangladesh"}},
		{"Serbia disregarded the EU's calls for sanctions on Russia.", "reject", event.Asserted, []string{"Serbia"}, []string{"European Union"}},
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

// TestSayingNouns checks that a verb of saying's form read as a noun
// ("competing claims") is no statement, while the verb is one.
func TestSayingNouns(t *testing.T) {
	noEvent(t, "Vietnam and China have competing claims in the South China Sea.", "statement")
	checkTreeCases(t, []treeCase{
		{"China claims the Paracel Islands.", "statement", event.Asserted, []string{"China"}, nil},
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

// TestSeekAsylum checks that seeking asylum or refuge somewhere is an
// appeal to that place, not a grant of asylum by the seekers.
func TestSeekAsylum(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Thousands of Syrians sought asylum in Sweden last year.", "appeal", event.Asserted, []string{"Syria"}, []string{"Sweden"}},
		{"Sweden granted asylum to the Syrian dissident.", "asylum", event.Asserted, []string{"Sweden"}, []string{"Syrian Dissidents"}},
	})
	noEvent(t, "Thousands of Syrians sought asylum in Sweden last year.", "asylum")
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

// TestSignedAgreements checks that signing agreements in the plural is a
// signing, and that the kind of agreement is no act of its own.
func TestSignedAgreements(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Vietnam and Laos signed 14 cooperation agreements in Hanoi.", "sign", event.Asserted, []string{"Vietnam", "Laos"}, nil},
	})
	noEvent(t, "Vietnam and Laos signed 14 cooperation agreements in Hanoi.", "cooperate")
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

// TestKindsOfThings checks that an act's noun naming a kind of thing is
// no act: a supply boat supplies no one.
func TestKindsOfThings(t *testing.T) {
	noEvent(t, "Vietnam accused China of ramming a supply boat near the Paracel Islands.", "aid")
	noEvent(t, "Russia sent attack helicopters to Mali.", "attack")
}

// TestModifyingParticiples checks that a participle that modifies a noun
// names a kind of thing, no act.
func TestModifyingParticiples(t *testing.T) {
	noEvent(t, "France warned Iran against enriching uranium beyond agreed limits.", "agree")
	checkTreeCases(t, []treeCase{
		{"France and Iran agreed limits on enrichment.", "agree", event.Planned, []string{"France", "Iran"}, nil},
	})
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

// TestCourtAppealsAndPossibleHarm checks that an appeal a court decides
// on is no CAMEO appeal while one a state rejects is, and that warning of
// harm something else may do is a pessimistic comment, of harm one may
// do oneself a threat.
func TestCourtAppealsAndPossibleHarm(t *testing.T) {
	noEvent(t, "Chile's Supreme Court rejected an appeal by the forestry company Arauco.", "appeal")
	checkTreeCases(t, []treeCase{
		{"Kenya rejected an appeal by Uganda to reopen the border.", "appeal", event.Asserted, []string{"Uganda"}, nil},
		{"Kenya's central bank warned that the drought could cost thousands of jobs.", "concern", event.Asserted, []string{"Kenyan Central Bank"}, nil},
		{"Iran warned that it could retaliate against Israel.", "threaten", event.Asserted, []string{"Iran"}, []string{"Israel"}},
	})
}

// TestFines checks that a fine imposed is an administrative sanction
// (CAMEO 172, as the Phoenix verb dictionary codes FINE), and that
// "fine" the adjective is none.
func TestFines(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The European Commission fined Google 2.4 billion euros for abusing its dominance in search.", "fine", event.Asserted, []string{"European Commission"}, []string{"Google"}},
		{"Regulators in Seoul imposed a record fine on Qualcomm.", "fine", event.Asserted, []string{"South Korea"}, []string{"Qualcomm"}},
	})
	noEvent(t, "Apple said it was fine with the ruling.", "fine")
	noEvent(t, "The weather in Paris was fine on Sunday.", "fine")
}

// TestSentencesAndJail checks that a sentence passed is an administrative
// sanction (CAMEO 172, as the Phoenix verb dictionary codes SENTENCE),
// that putting or sending someone to jail is an arrest, and that the jail
// one is sentenced to or released from is no arrest of its own.
func TestSentencesAndJail(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Iran sentenced a French tourist to five years in jail.", "sentence", event.Asserted, []string{"Iran"}, []string{"France"}},
		{"Turkey sent the French journalist to prison.", "arrest", event.Asserted, []string{"Turkey"}, []string{"French Journalists"}},
	})
	noEvent(t, "Iran sentenced a French tourist to five years in jail.", "arrest")
	noEvent(t, "Iran released the French tourist from jail on Friday.", "arrest")
}

// TestVerbOnlyForms checks that "sign" and "back" other than as verbs
// are no signing or backing, and as verbs still are.
func TestVerbOnlyForms(t *testing.T) {
	noEvent(t, "NATO said it would act. But rebels say there has been little sign of the alliance.", "sign")
	noEvent(t, "Syrian soldiers were driven to the front in the back of a Russian truck.", "praise")
	noEvent(t, "Two deaf Kenyan villagers use sign language to talk to Ugandan traders.", "sign")
	checkTreeCases(t, []treeCase{
		{"France will back the Ukrainian proposal.", "praise", event.Planned, []string{"France"}, []string{"Ukraine"}},
		{"Japan and India will sign a defence pact.", "sign", event.Planned, []string{"Japan", "India"}, nil},
	})
}

// TestThreatsOfThings checks that a war or an affair that threatens to
// do something is no threat by anyone, and that a state's threat is.
func TestThreatsOfThings(t *testing.T) {
	noEvent(t, "With or without American troops, the war in Somalia threatens to spill over into Kenya.", "threaten")
	noEvent(t, "This affair is threatening to take a toll on the French government.", "threaten")
	checkTreeCases(t, []treeCase{
		{"Iran threatened to close the Strait of Hormuz.", "threaten", event.Asserted, []string{"Iran"}, nil},
	})
}

// TestRalliesDrillsAndConditions checks that people rallying protest and
// shares rallying do not, that staged military drills are a show of
// force and reinforcing a shelter is not, and that what must happen
// "until" a refusal ends is a condition, not a denial.
func TestRalliesDrillsAndConditions(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Thousands of Serbs rallied in Belgrade on Saturday.", "protest", event.Asserted, []string{"Serbia"}, nil},
		{"Beijing staged military drills around Taiwan.", "mobilize", event.Asserted, []string{"China"}, []string{"Taiwan"}},
		{"Turkey will not approve the deal until Greece withdraws its troops, Erdogan said.", "withdraw", event.Hypothetical, []string{"Greece"}, nil},
	})
	noEvent(t, "Shares of Toyota rallied on Monday.", "protest")
	noEvent(t, "A Haitian father was trying to reinforce the shelter he built for his family.", "mobilize")
}

// TestFiredFromPost checks that firing someone from a post or firing in a
// goal is no use of force, and that firing on people or rockets is.
func TestFiredFromPost(t *testing.T) {
	noCodedEvent(t, "Trump fired FBI Director James Comey in May.", "fire")
	noCodedEvent(t, "Kenya's president fired his finance minister on Monday.", "fire")
	noCodedEvent(t, "The Kenyan striker fired in his sixth goal of the season against Uganda.", "fire")
	checkTreeCases(t, []treeCase{
		{"Israeli troops fired on Palestinian protesters in Gaza.", "fire", event.Asserted, []string{"Israel"}, []string{"Palestinian Protesters"}},
	})
}

// TestInCharge checks that being "in charge" is no charge laid, and that
// charges brought are.
func TestInCharge(t *testing.T) {
	noEvent(t, "Two weeks after the spill President George Bush put the federal government in charge.", "accuse")
	checkTreeCases(t, []treeCase{
		{"Kenya brought charges against the opposition leader.", "accuse", event.Asserted, []string{"Kenya"}, []string{"Kenyan Opposition"}},
	})
}

// TestOffers checks that an offer of nothing to no one is no act, and
// that what is offered is not done.
func TestOffers(t *testing.T) {
	noEvent(t, "Google has so much to offer, right?", "agree")
	noEvent(t, "Goldman Sachs and EQT are working on offers, sources said.", "agree")
	checkTreeCases(t, []treeCase{
		{"Russia offered Ukraine a ceasefire.", "agree", event.Asserted, []string{"Russia"}, []string{"Ukraine"}},
		{"Russia offered Ukraine a ceasefire.", "ceasefire", event.Hypothetical, []string{"Russia"}, []string{"Ukraine"}},
	})
}

// TestWelcomedOutcome checks that welcoming an outcome, a ceasefire or a
// ruling is praise, and welcoming a delegation hosting it.
func TestWelcomedOutcome(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Russia welcomed the outcome of the vote in Moldova.", "praise", event.Asserted, []string{"Russia"}, []string{"Moldova"}},
		{"Egypt welcomed the Ukrainian delegation in Cairo.", "host", event.Asserted, []string{"Egypt"}, []string{"Ukraine"}},
	})
}

// TestCallsForCalm checks that calling for calm or restraint is an
// appeal to yield (CAMEO 025, as the Phoenix verb dictionary codes "call
// for restraint"), no demand.
func TestCallsForCalm(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The United Nations called for calm on Monday.", "appeal", event.Asserted, []string{"United Nations"}, nil},
	})
	noEvent(t, "The United Nations called for calm on Monday.", "demand")
}

// TestKilledByDisaster checks that an earthquake or a storm that kills
// is no attack, and that rebels who kill are.
func TestKilledByDisaster(t *testing.T) {
	noCodedEvent(t, "A massive earthquake killed 200 people in Haiti.", "kill", "wound")
	noCodedEvent(t, "Three Haitians were killed in the earthquake.", "kill", "wound")
	noCodedEvent(t, "The hurricane killed 15 people in Cuba.", "kill", "wound")
	checkTreeCases(t, []treeCase{
		{"Rebels killed 15 Malian soldiers.", "kill", event.Asserted, []string{"Malian Rebels"}, []string{"Mali"}},
	})
}
