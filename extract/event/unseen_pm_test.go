package event_test

// Sentences written on the afternoon of 2026-12-07, as unseen_test.go's:
// each read wrongly before the change its test came with.

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// TestActOfForceAsDoer checks that an act of force named by a noun that
// does another ("shelling … killed", "were killed by a bomb") shares its
// doers and victims with it: the doer is the one the noun names, not
// the city shelled; the victims are the verb's, not where it fell.
func TestActOfForceAsDoer(t *testing.T) {
	const shelling = "Russian shelling of Kharkiv killed five Ukrainian civilians."
	const strike = "An Israeli airstrike in southern Lebanon killed three Hezbollah fighters."
	const blast = "A roadside blast near Kandahar wounded four Canadian soldiers."
	checkTreeCases(t, []treeCase{
		{shelling, "kill", event.Asserted, []string{"Russia"}, []string{"Ukrainian Civilians"}},
		{shelling, "fire", event.Asserted, []string{"Russia"}, []string{"Ukraine"}},
		{strike, "airstrike", event.Asserted, []string{"Israel"}, []string{"Hezbollah"}},
		{blast, "bomb", event.Asserted, []string{"Afghanistan"}, []string{"Canada"}},
		{"Three Canadian soldiers were killed by a roadside bomb near Kandahar.", "bomb", event.Asserted, []string{"Afghanistan"}, []string{"Canada"}},
		// the trigger a modifier of the noun that does the killing
		{"American Predator strikes have killed two senior Taliban commanders in Helmand.", "airstrike", event.Asserted, []string{"United States"}, []string{"Taliban"}},
	})
}

// TestDoerOfActAnswered checks that a verb answering an act ("condemned
// the attack by", "violated a ban by") is aimed at the act's doer, and
// that a "to" clause of a noun with a "by" phrase is that doer's.
func TestDoerOfActAnswered(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Venezuela condemned the attack by Colombian rebels.", "criticize", event.Asserted, []string{"Venezuela"}, []string{"Colombian Rebels"}},
		{"Several Hungarian farmers violated a ban by the European Union on pesticide sales.", "defy", event.Asserted, []string{"Hungarian Farmers"}, []string{"European Union"}},
		{"Israel welcomed the decision by Germany to ban Hezbollah.", "ban", event.Asserted, []string{"Germany"}, []string{"Hezbollah"}},
	})
}

// TestRejectedOffer checks that an offer turned down was still made by
// its doer, while an act a refusal governs with no doer of its own did
// not happen.
func TestRejectedOffer(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Ecuador rejected Colombia's offer of joint border patrols.", "agree", event.Asserted, []string{"Colombia"}, nil},
		{"Ecuador declined an invitation by Colombia to joint border patrols.", "reject", event.Asserted, []string{"Ecuador"}, []string{"Colombia"}},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Ecuador rejected Colombia's offer of joint border patrols.").Events {
		if e.Type == "agree" && e.Modality == event.Negated {
			t.Errorf("Colombia's offer negated: %+v", e.Actors)
		}
	}
}

// TestSharedObjects checks that two verbs coordinated with one object
// both act on it, also where the parser read the first as a clause of
// the subject's noun ("doctors from two charities donated and
// delivered").
func TestSharedObjects(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Turkey condemned and rejected the Greek proposal.", "criticize", event.Asserted, []string{"Turkey"}, []string{"Greece"}},
		{"Doctors from two Swiss charities donated and delivered medicine to Yemen.", "aid", event.Asserted, []string{"Switzerland"}, []string{"Yemen"}},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Turkey condemned and rejected the Greek proposal.").Events {
		if e.Type == "proposal" && e.Modality == event.Negated {
			t.Errorf("the Greek proposal, made and rejected, negated: %+v", e.Actors)
		}
	}
}

// TestForceWhereItHappens checks that an act of force on people no actor
// names falls on the state where it happens, named after the act, and
// that troops named with their state are that state's wherever they are.
func TestForceWhereItHappens(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Two Somali gunmen killed nine people late on Friday when they stormed a hotel in Nairobi.", "kill", event.Asserted, []string{"Somali Gunmen"}, []string{"Kenya"}},
		{"Russian troops in Belarus fired artillery rounds across the border.", "fire", event.Asserted, []string{"Russia"}, nil},
	})
}

// TestRuledOut checks that whoever says an act is out of the question
// rejects it, and that the actors the act names are its targets, not
// the rejecters.
func TestRuledOut(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kenya said on Tuesday that a deal with the IMF was out of the question.", "reject", event.Asserted, []string{"Kenya"}, []string{"International Monetary Fund"}},
		{"Peace talks with Israel are out of the question, Hamas said.", "reject", event.Asserted, []string{"Hamas"}, []string{"Israel"}},
	})
}

// TestLawOfThePlace checks that a passive arrest or investigation with no
// agent named is the act of the state it happens in.
func TestLawOfThePlace(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Two British tourists were arrested in Dubai on Monday.", "arrest", event.Asserted, []string{"United Arab Emirates"}, []string{"United Kingdom"}},
		{"A Canadian journalist has been put under investigation in Egypt.", "investigate", event.Asserted, []string{"Egypt"}, []string{"Canadian Journalists"}},
	})
}

// TestGapOverAppositive checks that a trigger with a gap ("forced ... out
// of") reaches over a name set off by commas.
func TestGapOverAppositive(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Burundi forced the UN human rights office, OHCHR, out of the country.", "sanction", event.Asserted, []string{"Burundi"}, []string{"UN Human Rights Office"}},
	})
}

// TestPassiveOfNoActor checks that a passive whose subject names no actor
// takes no target from the clause before it.
func TestPassiveOfNoActor(t *testing.T) {
	noCodedEvent(t, "He urged the United Nations and NATO to set up committees to find out how people were killed.", "kill")
	checkTreeCases(t, []treeCase{
		{"Three Kenyan police officers were killed in an ambush near the Somali border.", "kill", event.Asserted, nil, []string{"Kenyan Police"}},
	})
}

// TestAttackOfWords checks that an attack of words is a criticism: a
// "scathing attack", an attack on a decision, an attack by a person in a
// sentence with no word of arms; attacks of arms stay attacks.
func TestAttackOfWords(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Kemi Badenoch attacked the government's handling of the crisis.", "criticize", event.Asserted, []string{"Kemi Badenoch"}, nil},
		{"Emmanuel Macron launched a scathing attack on Marine Le Pen.", "criticize", event.Asserted, []string{"Emmanuel Macron"}, []string{"Marine Le Pen"}},
		{"Hezbollah fighters attacked an Israeli patrol near the border.", "attack", event.Asserted, []string{"Hezbollah"}, []string{"Israel"}},
	})
	noCodedEvent(t, "Emmanuel Macron launched a scathing attack on Marine Le Pen.", "attack")
}

// TestNoActInPhrase checks words that look like acts and are none: a
// person dismissed is fired, not rejected; "a host of" is many; a murder
// board, a pressure test and a consulting firm are things, a news release
// a document.
func TestNoActInPhrase(t *testing.T) {
	noCodedEvent(t, "Rio Tinto has dismissed chief executive Jakob Stausholm after the Juukan Gorge scandal.", "reject")
	noCodedEvent(t, "Analysts in Beirut blamed a host of Lebanese politicians for the collapse.", "host")
	noCodedEvent(t, "Shell engineers ran a pressure test on the Nigerian pipeline.", "demand")
	noCodedEvent(t, "Boeing put its chief executive before a murder board of Senate lawyers.", "kill")
	noCodedEvent(t, "Nestle cited lower sales in a news release filed with the Swiss exchange.", "release")
	noCodedEvent(t, "The deal was arranged by Lazard, a consulting firm based in Paris.", "consult")
	checkTreeCases(t, []treeCase{
		{"Iran dismissed the American proposal.", "reject", event.Asserted, []string{"Iran"}, []string{"United States"}},
	})
}

// TestChargedOn checks that charges one is arrested or tried on are
// faced by the arrested, brought by who arrests them.
func TestChargedOn(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Turkish police arrested two Swedish journalists on terrorism charges.", "accuse", event.Asserted, []string{"Turkish Police"}, []string{"Swedish Journalists"}},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Two Swedish journalists were arrested on terrorism charges in Ankara.").Events {
		for _, p := range e.Actors {
			if e.Type == "accuse" && p.Role == event.Source && p.Name == "Swedish Journalists" {
				t.Errorf("the charged bring the charges: %+v", e.Actors)
			}
		}
	}
}

// TestFiguresOfSpeech checks acts' words that name none here: "we must",
// "you must" ask no one; a market's supply is no aid; capturing a mood
// seizes nothing; and pressure one comes under is borne, the doer named
// before the noun ("under White House pressure") making it.
func TestFiguresOfSpeech(t *testing.T) {
	noCodedEvent(t, "You must have Flash Player 8 installed to watch videos about Ukraine.", "demand")
	noCodedEvent(t, "Britain sourced additional supply from Qatari tankers.", "aid")
	noCodedEvent(t, "One Nigerian commenter captured the mood on Facebook.", "occupy")
	checkTreeCases(t, []treeCase{
		{"Chevron set up the fund under White House pressure.", "demand", event.Asserted, []string{"United States"}, []string{"Chevron"}},
		{"Hungary came under pressure from the European Commission to drop the law.", "demand", event.Asserted, []string{"European Commission"}, []string{"Hungary"}},
		{"Germany will supply tanks to Ukraine.", "aid", event.Planned, []string{"Germany"}, []string{"Ukraine"}},
	})
}

// TestMustSaidAfter checks that "X must act, Y said" is Y's demand of X,
// the act asked for and not done.
func TestMustSaidAfter(t *testing.T) {
	const src = "Armenia must withdraw its troops from the border, Azerbaijan said on Friday."
	checkTreeCases(t, []treeCase{
		{src, "demand", event.Asserted, []string{"Azerbaijan"}, []string{"Armenia"}},
	})
	for _, e := range read(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), src).Events {
		if e.Type == "withdraw" && e.Modality == event.Asserted {
			t.Errorf("a withdrawal asked for is asserted: %+v", e.Actors)
		}
	}
}

// TestMeasuresReferredTo checks that "the measures" and "the attack"
// answered in a later sentence are the acts named before, aimed at their
// doers.
func TestMeasuresReferredTo(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Canada imposed new tariffs on Chinese steel on Monday. China condemned the measures.", "criticize", event.Asserted, []string{"China"}, []string{"Canada"}},
		{"Houthi fighters attacked a Greek tanker in the Red Sea. Greece condemned the attack on Tuesday.", "criticize", event.Asserted, []string{"Greece"}, []string{"Houthis"}},
	})
}

// TestFiledComplaint checks that a complaint one files is the filer's.
func TestFiledComplaint(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Vietnam accused China of blocking its fishing boats, and filed a complaint on Monday.", "complain", event.Asserted, []string{"Vietnam"}, []string{"China"}},
	})
}

// TestLiftIgnoreRallyNotUntil checks verbs that name an act only with the
// right object or preposition: lifting a cover eases nothing, ignoring
// payments rebuffs no one, rallying to a call is no protest; and "not
// until" dates an act, it does not deny it.
func TestLiftIgnoreRallyNotUntil(t *testing.T) {
	noCodedEvent(t, "The Kenyan chef lifted the lid off a pot of stew.", "ease")
	noCodedEvent(t, "Accounting rules require Glencore to ignore any recoverable payments from Congo.", "reject")
	noCodedEvent(t, "Ukrainians rallied to Zelensky's call for volunteers.", "protest")
	checkTreeCases(t, []treeCase{
		{"The European Union lifted sanctions on Syria.", "ease", event.Asserted, []string{"European Union"}, []string{"Syria"}},
		{"Russia ignored calls from the United Nations for a ceasefire.", "reject", event.Asserted, []string{"Russia"}, []string{"United Nations"}},
		{"It was not until 1990 that Chile imposed a ban on whaling.", "ban", event.Asserted, []string{"Chile"}, nil},
	})
}

// TestWarnedOfPenalties checks that warning of penalties is a threat,
// aimed at no state a relative clause names, while warning of a
// recession is a worry.
func TestWarnedOfPenalties(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The European Union warned of penalties against firms that sell chips to Russia.", "threaten", event.Asserted, []string{"European Union"}, nil},
		{"The IMF warned of a global recession.", "concern", event.Asserted, []string{"International Monetary Fund"}, nil},
	})
}

// TestDutiesAndTitles checks that a body "charged with" a duty faces no
// charge, while a man charged with a killing does, and that a trigger
// opening a quoted title ("Meet the Press") is no act.
func TestDutiesAndTitles(t *testing.T) {
	noCodedEvent(t, "Amina Mohammed will head the Nigerian agency charged with protecting refugees.", "accuse")
	noCodedEvent(t, "Olaf Scholz told CNN's ``Meet the Press'' that Germany would send tanks.", "meet")
	checkTreeCases(t, []treeCase{
		{"Kenyan police charged two Ugandan traders with smuggling.", "accuse", event.Asserted, []string{"Kenyan Police"}, []string{"Uganda"}},
	})
}

// TestFiguresOfBusiness checks business news' words that look like acts:
// a charge booked is a cost, beating forecasts and defying the odds are
// no assault or defiance; a charge dropped and protesters beaten are.
func TestFiguresOfBusiness(t *testing.T) {
	noCodedEvent(t, "Analysts expected Siemens to book an extra charge related to the recall.", "accuse")
	noCodedEvent(t, "Maersk posted a rise in profit, helping it beat analysts' forecasts.", "assault")
	noCodedEvent(t, "Naomi Osaka defied the odds to win in Melbourne.", "defy")
	checkTreeCases(t, []treeCase{
		{"Kenyan police beat protesters in Nairobi on Tuesday.", "assault", event.Asserted, []string{"Kenyan Police"}, []string{"Kenyan Protesters"}},
	})
}

// TestMarketsAndSubstances checks that a market's pressure is no demand
// and oil captured from a well no seizure, while pressure on a state and
// a town captured are.
func TestMarketsAndSubstances(t *testing.T) {
	noCodedEvent(t, "Profit taking by Saudi traders could put more pressure on Brent, brokers in Dubai said.", "demand")
	noCodedEvent(t, "Coast Guard Admiral Linda Fagan said the amount of oil captured from the leaking well could double.", "occupy")
	checkTreeCases(t, []treeCase{
		{"The United States put pressure on Egypt to open the crossing.", "demand", event.Asserted, []string{"United States"}, []string{"Egypt"}},
		{"Libyan rebels captured the town of Ajdabiya.", "occupy", event.Asserted, []string{"Libyan Rebels"}, nil},
	})
}
