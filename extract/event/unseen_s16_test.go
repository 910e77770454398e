package event_test

// Sentences written on the evening of 2026-12-07, as unseen_test.go's:
// each read wrongly before the change its test came with.

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// TestFailedAct checks that an act its doer failed to do did not happen,
// while what the act's object says of itself still did.
func TestFailedAct(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Peru and Chile failed to agree on a fishing accord.", "agree", event.Negated, []string{"Peru", "Chile"}, nil},
	})
	checkTreeCases(t, []treeCase{
		{"Peru and Chile failed to agree on a fishing accord.", "sign", event.Negated, []string{"Peru", "Chile"}, nil},
	})
	allOfModality(t, "Serbia failed to meet the deadline set by the European Union.", "set", event.Asserted)
}

// TestActSpokenOver checks that an act named as what another was over or
// about is not the subject's: who traded accusations over a killing did
// not kill.
func TestActSpokenOver(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Peru and Chile traded accusations over the killing of a Bolivian trader.", "kill", event.Asserted, nil, []string{"Bolivia"}},
		{"Colombia voiced concern about the arrest of Ecuadorian journalists.", "arrest", event.Asserted, nil, []string{"Ecuadorian Journalists"}},
		{"Peru declined to comment on the arrest of Ecuadorian journalists.", "arrest", event.Asserted, nil, []string{"Ecuadorian Journalists"}},
	})
	// nor is a comment on an attack one
	noEvent(t, "Peru declined to comment on the attack on the bridge.", "attack")
}

// TestVoicingDocument checks that a document or suit does what its
// participle says, for whoever its phrase or its author names, and that
// who settles or fights a suit is sued.
func TestVoicingDocument(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Chevron agreed to pay $300 million to settle a lawsuit accusing it of polluting rivers in Ecuador.", "accuse", event.Asserted, nil, []string{"Chevron"}},
		{"Chevron agreed to pay $300 million to settle a lawsuit accusing it of polluting rivers in Ecuador.", "sue", event.Asserted, nil, []string{"Chevron"}},
		{"Siemens is fighting a lawsuit over its train contracts.", "sue", event.Asserted, nil, []string{"Siemens"}},
		{"An EU report accusing Belarus of smuggling migrants was published on Monday.", "accuse", event.Asserted, []string{"European Union"}, []string{"Belarus"}},
		{"The Kremlin issued a statement accusing Finland of provocations.", "accuse", event.Asserted, []string{"Russia"}, []string{"Finland"}},
	})
}

// TestMarketDemand checks that a market's demand is no one's request,
// while a demand someone makes still is.
func TestMarketDemand(t *testing.T) {
	noCodedEvent(t, "Samsung shares fell after the company warned of slowing demand in Europe.", "demand")
	noCodedEvent(t, "Demand for copper fell sharply in Chile.", "demand")
	checkTreeCases(t, []treeCase{
		{"Serbia's demand for the release of the prisoners was rejected by Kosovo.", "demand", event.Asserted, []string{"Serbia"}, []string{"Kosovo"}},
	})
}

// TestDemandedClause checks that what a demand's "that" clause asks for
// is not done.
func TestDemandedClause(t *testing.T) {
	allOfModality(t, "China's demand that Japan withdraw its ships from the disputed islands was rejected.", "withdraw", event.Hypothetical)
}

// TestSignedAct checks that an act signed is its signers', the ELN among
// them (organizations.tsv).
func TestSignedAct(t *testing.T) {
	const truce = "The ELN and the Colombian government signed a truce in Mexico City."
	checkTreeCases(t, []treeCase{
		{truce, "sign", event.Asserted, []string{"National Liberation Army", "Colombian Government"}, nil},
	})
	for _, e := range read(time.Date(2023, 6, 10, 0, 0, 0, 0, time.UTC), truce).Events {
		if e.Type != "ceasefire" {
			continue
		}
		var src []string
		for _, p := range e.Actors {
			if p.Role == event.Source {
				src = append(src, p.Name)
			}
		}
		if !sameNames(src, []string{"National Liberation Army", "Colombian Government"}) {
			t.Errorf("%q: the truce's sources are %v, want its signers", truce, src)
		}
	}
}

// TestOffensive checks that an offensive launched is an act of force, and
// that an adjective "offensive" is none.
func TestOffensive(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Nigeria's army launched an offensive against Boko Haram in Borno state.", "offensive", event.Asserted, []string{"Nigerian Army"}, []string{"Boko Haram"}},
		{"Sudan's army began a ground offensive against the RSF in Khartoum.", "offensive", event.Asserted, []string{"Sudanese Army"}, []string{"Rapid Support Forces"}},
	})
	noEvent(t, "The minister's remarks were offensive to many farmers.", "offensive")
}

// TestAllegedAct checks that an act a verb of accusing names by a noun is
// reported, not asserted.
func TestAllegedAct(t *testing.T) {
	allOfModality(t, "Armenia accused Baku of ethnic cleansing in the region.", "massacre", event.Reported)
	allOfModality(t, "Kyiv blamed Moscow for the bombing of the dam.", "bomb", event.Reported)
}

// TestReferredTalkOrRuling checks that "the call", "the visit" and "the
// ruling" refer back to the act named before: a call's or a visit's
// parties are all the target, a ruling's is its maker.
func TestReferredTalkOrRuling(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Indian Prime Minister Narendra Modi spoke by phone with Pakistan's prime minister, Shehbaz Sharif. China welcomed the call.", "praise", event.Asserted, []string{"China"}, []string{"Narendra Modi", "Shehbaz Sharif"}},
		{"Serbian President Aleksandar Vucic met Vladimir Putin in Sochi. The European Union criticised the visit.", "criticize", event.Asserted, []string{"European Union"}, []string{"Aleksandar Vucic", "Vladimir Putin"}},
		{"The European Commission fined Meta 800 million euros on Thursday. Germany welcomed the ruling.", "praise", event.Asserted, []string{"Germany"}, []string{"European Commission"}},
	})
}

// TestAirspace checks that violating a state's airspace is a show of
// force aimed at that state, "its" read as the state named before other
// than the violator.
func TestAirspace(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Lithuania said a Belarusian helicopter violated its airspace on Friday.", "mobilize", event.Asserted, []string{"Belarus"}, []string{"Lithuania"}},
		{"Finland scrambled fighter jets after a Russian plane entered Finnish airspace.", "mobilize", event.Asserted, []string{"Russia"}, []string{"Finland"}},
	})
	noCodedEvent(t, "The ruling party violated the constitution, the opposition said.", "mobilize")
}

// TestAccusedParticiple checks that what a noun qualified by "accused
// of" is accused of is its act: the officers accused of beating traders
// beat them, reportedly.
func TestAccusedParticiple(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The Kenyan police officers, accused of beating Ugandan traders, were suspended.", "assault", event.Reported, []string{"Kenyan Police"}, []string{"Uganda"}},
		{"The Zambian police, accused of killing protesters, denied using live ammunition.", "kill", event.Reported, []string{"Zambian Police"}, []string{"Zambian Protesters"}},
	})
}

// TestTelephoneNumber checks that a number to call is no call made.
func TestTelephoneNumber(t *testing.T) {
	noEvent(t, "The British Red Cross and Islamic Relief ask donors to give by telephoning 0370 60 60 900.", "telephone")
	checkTreeCases(t, []treeCase{
		{"Chilean President Gabriel Boric telephoned Argentina's president on Monday.", "telephone", event.Asserted, []string{"Gabriel Boric", "Javier Milei"}, nil},
	})
}

// TestStruckByForce checks that what any passive verb says was done by
// an act of force was struck by it: "was hit by air strikes" makes the
// town's state the target, not the doer.
func TestStruckByForce(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"The Yemeni port of Hodeidah was hit by air strikes on Sunday.", "airstrike", event.Asserted, nil, []string{"Yemen"}},
		{"Two Lebanese villages were damaged by Israeli air strikes.", "airstrike", event.Asserted, []string{"Israel"}, []string{"Lebanon"}},
	})
}

// TestFiredAt checks that "at" names whom an act of force is aimed at,
// while for other acts it still names a forum.
func TestFiredAt(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Police fired tear gas at protesters in Kampala.", "repress", event.Asserted, []string{"Ugandan Police"}, []string{"Ugandan Protesters"}},
		{"Egypt filed a complaint at the WTO against Turkey.", "complain", event.Asserted, []string{"Egypt"}, []string{"Turkey"}},
	})
}
