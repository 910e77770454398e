package extract_test

import (
	"testing"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// The held-out sets: articles no rule was tuned to, each run once before
// any change it suggested, scored as the fresh articles
// are, against floors of their first runs.

// heldOutArticles are three more articles, written and judged after the
// rules were changed for freshArticles, and run once before this test was
// written: unseen text. The rules have not been changed for them.
var heldOutArticles = []judgedArticle{
	{"maritime.txt", []judged{
		{"11", event.Asserted, []string{"Philippine Coast Guard"}, []string{"China"}},
		{"12", event.Asserted, []string{"Chinese Foreign Ministry"}, []string{"Philippines"}},
		{"11", event.Asserted, []string{"Japan", "Australia"}, nil}, // expressed concern
		{"02", event.Asserted, []string{"Japan", "Australia"}, []string{"Philippines", "China"}},
		{"04", event.Planned, []string{"Ferdinand Marcos", "Shigeru Ishiba"}, nil},
	}, []judged{
		{"01", event.Asserted, []string{"Chinese Foreign Ministry"}, nil},
		{"11", event.Asserted, []string{"Chinese Foreign Ministry"}, []string{"Philippines"}}, // entered illegally
	}},
	{"election.txt", []judged{
		{"12", event.Asserted, []string{"Georgian Opposition"}, []string{"Georgia"}},
		{"11", event.Asserted, []string{"European Union"}, []string{"Georgia"}},
		{"11", event.Asserted, []string{"Germany"}, []string{"Georgia"}}, // summoned the ambassador
		{"05", event.Asserted, []string{"Russia"}, nil},
		{"13", event.Asserted, []string{"Russia"}, []string{"West"}},
	}, []judged{
		{"01", event.Asserted, []string{"Georgia"}, nil}, // the commission declared
	}},
	{"ceasefire.txt", []judged{
		{"05", event.Asserted, []string{"Armenia", "Azerbaijan"}, nil},
		{"04", event.Asserted, []string{"United States"}, nil}, // brokered
		{"05", event.Asserted, []string{"Iran"}, nil},
		{"03", event.Negated, []string{"Iran"}, nil}, // would not accept foreign troops
		{"03", event.Asserted, []string{"Turkey"}, nil},
	}, []judged{
		{"01", event.Asserted, []string{"Iran"}, nil},
	}},
}

// heldOut2Articles are three more articles, written and judged (below)
// after every rule change of the session that wrote them, before their
// one run.
var heldOut2Articles = []judgedArticle{
	{"skirmish.txt", []judged{
		{"19", event.Asserted, []string{"India", "China"}, nil},
		{"11", event.Asserted, []string{"China"}, []string{"India"}},
		{"10", event.Asserted, []string{"China"}, []string{"India"}},
		{"02", event.Asserted, []string{"United Nations"}, nil},
		{"03", event.Asserted, []string{"Russia"}, []string{"India", "China"}},
		{"04", event.Planned, []string{"Rajnath Singh"}, []string{"Russia"}},
	}, []judged{
		{"01", event.Asserted, []string{"Indian Army"}, nil},
	}},
	{"visit.txt", []judged{
		{"04", event.Asserted, []string{"Emmanuel Macron"}, []string{"Vietnam"}},
		{"05", event.Asserted, []string{"Emmanuel Macron", "Luong Cuong"}, nil},
		{"03", event.Asserted, []string{"France"}, nil},
		{"05", event.Asserted, []string{"Vietnam"}, []string{"France"}},
		{"04", event.Planned, []string{"Emmanuel Macron", "Luong Cuong"}, nil},
	}, nil},
	{"sanctions.txt", []judged{
		{"16", event.Asserted, []string{"European Union"}, []string{"Belarus"}},
		{"11", event.Asserted, []string{"Belarus"}, []string{"European Union"}},
		{"13", event.Asserted, []string{"Belarus"}, []string{"European Union"}},
		{"05", event.Asserted, []string{"Lithuania", "Poland"}, nil},
		{"05", event.Negated, []string{"Hungary"}, nil},
		{"04", event.Asserted, []string{"Alexander Lukashenko", "Vladimir Putin"}, nil},
	}, []judged{
		{"01", event.Asserted, []string{"Hungary"}, nil},
	}},
}

// heldOut3Articles are three more articles written and judged, every
// event below set down, before their one run (2026-12-06), after that
// day's changes: an expulsion of diplomats, aid after an earthquake, a
// takeover and its critics. Names are as the gazetteer names the actors.
var heldOut3Articles = []judgedArticle{
	{"expulsion.txt", []judged{
		{"16", event.Asserted, []string{"Estonia"}, []string{"Russia"}},
		{"11", event.Asserted, []string{"Estonia"}, []string{"Russia"}},
		{"13", event.Asserted, []string{"Russia"}, []string{"Estonia"}},
		{"05", event.Asserted, []string{"NATO"}, []string{"Estonia"}},
		{"02", event.Asserted, []string{"NATO"}, []string{"Russia"}},
		{"12", event.Asserted, []string{"Dmitry Peskov"}, []string{"Estonia"}},
		{"11", event.Asserted, []string{"Dmitry Peskov"}, []string{"Estonia"}},
	}, []judged{
		{"11", event.Asserted, []string{"Russia"}, []string{"Estonia"}}, // the summons, a protest
		{"01", event.Asserted, []string{"Margus Tsahkna"}, nil},
		{"11", event.Asserted, []string{"Margus Tsahkna"}, []string{"Russia"}},
		{"01", event.Asserted, []string{"Latvia", "Lithuania"}, nil},
		{"13", event.Asserted, []string{"Latvia", "Lithuania"}, []string{"Russia"}},
		{"16", event.Planned, []string{"Latvia", "Lithuania"}, []string{"Russia"}},
	}},
	{"earthquake.txt", []judged{
		{"07", event.Asserted, []string{"European Union"}, []string{"Peru"}},
		{"07", event.Asserted, []string{"Chile", "Ecuador"}, []string{"Peru"}},
		{"07", event.Planned, []string{"United States"}, []string{"Peru"}},
		{"05", event.Asserted, []string{"Peru"}, []string{"Chile", "Ecuador", "United States"}},
		{"17", event.Asserted, []string{"Peru"}, nil},
	}, []judged{
		{"03", event.Asserted, []string{"United States"}, []string{"Peru"}},
		{"03", event.Asserted, []string{"United States"}, nil},
		{"07", event.Planned, []string{"United Nations"}, []string{"Peru"}},
		{"07", event.Planned, []string{"United Nations"}, nil},
		{"01", event.Asserted, []string{"United Nations"}, nil},
	}},
	{"takeover.txt", []judged{
		{"03", event.Asserted, []string{"Airbus"}, []string{"Orbitalia"}},
		{"09", event.Planned, []string{"European Commission"}, []string{"Airbus"}},
		{"11", event.Asserted, []string{"Boeing"}, []string{"Airbus"}},
		{"11", event.Asserted, []string{"Boeing"}, []string{"Airbus"}},
		{"05", event.Asserted, []string{"Spain"}, []string{"Airbus"}},
	}, []judged{
		{"05", event.Asserted, []string{"Spanish Government"}, []string{"Airbus"}},
		{"01", event.Asserted, []string{"European Commission"}, nil},
		{"03", event.Planned, []string{"Airbus"}, []string{"Orbitalia"}},
	}},
}

// heldOut4Articles are a fourth held-out set, written and judged on
// 2026-12-07 after that afternoon's changes, before anything read them:
// a prisoner swap, military aircraft over the Taiwan Strait, and an
// antitrust fine.
var heldOut4Articles = []judgedArticle{
	{"swap.txt", []judged{
		{"08", event.Asserted, []string{"Belarus"}, []string{"Poland"}},
		{"04", event.Asserted, []string{"Vatican"}, nil},
		{"05", event.Asserted, []string{"Radosław Sikorski"}, []string{"Vatican"}},
		{"02", event.Asserted, []string{"Radosław Sikorski"}, []string{"Belarus"}},
		{"04", event.Planned, []string{"Alexander Lukashenko"}, []string{"Poland"}},
		{"12", event.Asserted, []string{"Poland"}, nil},
		{"15", event.Asserted, []string{"Russia"}, []string{"Poland"}}, // violated its airspace
	}, []judged{
		{"01", event.Asserted, []string{"Polish Foreign Ministry"}, nil},
		{"01", event.Asserted, []string{"Alexander Lukashenko"}, nil},
		{"08", event.Hypothetical, []string{"Belarus"}, nil},
		{"04", event.Asserted, []string{"Vatican"}, []string{"Belarus", "Poland"}},
		{"04", event.Hypothetical, []string{"Alexander Lukashenko"}, []string{"Poland"}},
		{"16", event.Asserted, []string{"Poland"}, nil}, // closed the crossings
		{"19", event.Asserted, []string{"Poland"}, nil},
		{"16", event.Asserted, []string{"Poland"}, []string{"Belarus"}},
		{"19", event.Asserted, []string{"Poland"}, []string{"Belarus"}},
	}},
	{"airspace.txt", []judged{
		{"15", event.Asserted, []string{"China"}, []string{"Taiwan"}}, // crossed the median line
		{"15", event.Asserted, []string{"Taiwan"}, []string{"China"}}, // scrambled jets
		{"15", event.Planned, []string{"Chinese Defense Ministry"}, []string{"Taiwan"}},
		{"13", event.Asserted, []string{"Chinese Defense Ministry"}, []string{"Taiwan"}},
		{"02", event.Asserted, []string{"United States"}, []string{"China"}},
		{"04", event.Asserted, []string{"Sanae Takaichi", "Lai Ching-te"}, nil},
		{"11", event.Asserted, []string{"Chinese Foreign Ministry"}, []string{"Sanae Takaichi", "Lai Ching-te"}},
	}, []judged{
		{"01", event.Asserted, []string{"Taiwan"}, nil},
		{"01", event.Asserted, []string{"Sanae Takaichi"}, nil},
		{"01", event.Asserted, []string{"United States"}, nil},
		{"01", event.Asserted, []string{"Chinese Defense Ministry"}, nil},
		{"15", event.Planned, []string{"United States"}, nil}, // would send a destroyer
		{"15", event.Planned, []string{"United States"}, []string{"China"}},
		{"13", event.Asserted, []string{"Taiwan"}, []string{"China"}},
		{"11", event.Asserted, []string{"Chinese Foreign Ministry"}, []string{"Sanae Takaichi"}},
		{"11", event.Asserted, []string{"Chinese Foreign Ministry"}, []string{"Japan"}},
	}},
	{"antitrust.txt", []judged{
		{"17", event.Asserted, []string{"European Commission"}, []string{"Google"}},
		{"11", event.Asserted, []string{"Google"}, []string{"European Commission"}},
		{"11", event.Asserted, []string{"Jamieson Greer"}, []string{"European Commission"}},
		{"13", event.Asserted, []string{"Jamieson Greer"}, []string{"European Union"}},
		{"05", event.Asserted, []string{"Emmanuel Macron"}, []string{"European Commission"}},
		{"02", event.Asserted, []string{"Emmanuel Macron"}, []string{"European Commission"}},
	}, []judged{
		{"01", event.Asserted, []string{"Google"}, nil},
		{"12", event.Planned, []string{"Google"}, []string{"European Commission"}}, // would appeal
		{"12", event.Asserted, []string{"Google"}, []string{"European Commission"}},
		{"13", event.Asserted, []string{"Jamieson Greer"}, nil},
	}},
}

// heldOut5Articles are a fifth held-out set, written and judged on
// 2026-12-07 (session 17) after that evening's changes, before anything
// read them: a dock strike, a diplomatic row, a blocked takeover.
var heldOut5Articles = []judgedArticle{
	{"dockstrike.txt", []judged{
		{"14", event.Asserted, []string{"Belgium"}, nil},       // walked off the job
		{"02", event.Asserted, []string{"Bart De Wever"}, nil}, // urged both sides
	}, []judged{
		{"14", event.Asserted, []string{"ACV-CSC"}, nil}, // the strike called by the union
		{"04", event.Planned, []string{"Belgium"}, nil},  // would appoint a mediator
		{"04", event.Planned, []string{"Bart De Wever"}, nil},
		{"03", event.Asserted, []string{"Bart De Wever"}, nil},
		{"14", event.Planned, []string{"ACV-CSC"}, nil}, // would continue the strike
		{"14", event.Hypothetical, []string{"ACV-CSC"}, nil},
		{"13", event.Asserted, []string{"ACV-CSC"}, nil},
		{"01", event.Asserted, []string{"Netherlands"}, nil}, // warned of congestion
		{"01", event.Asserted, []string{"Dutch Economy Ministry"}, nil},
		{"01", event.Asserted, []string{"Bart De Wever"}, nil},
	}},
	{"envoy.txt", []judged{
		{"16", event.Asserted, []string{"Somalia"}, []string{"Ethiopia"}},                   // recalled, expelled
		{"11", event.Asserted, []string{"Hassan Sheikh Mohamud"}, []string{"Ethiopia"}},     // accused
		{"12", event.Asserted, []string{"Ethiopian Foreign Ministry"}, []string{"Somalia"}}, // rejected the accusation
		{"02", event.Asserted, []string{"African Union"}, []string{"Somalia", "Ethiopia"}},
		{"03", event.Asserted, []string{"Turkey"}, nil},                  // offered to mediate
		{"03", event.Asserted, []string{"Egypt"}, []string{"Somalia"}},   // pledged troops
		{"08", event.Negated, []string{"Ethiopia"}, []string{"Somalia"}}, // would not withdraw
	}, []judged{
		{"12", event.Asserted, []string{"Ethiopian Foreign Ministry"}, nil},
		{"12", event.Asserted, []string{"Ethiopian Foreign Ministry"}, []string{"Hassan Sheikh Mohamud"}},
		{"03", event.Asserted, []string{"Ethiopian Foreign Ministry"}, nil}, // committed to dialogue
		{"01", event.Asserted, []string{"Ethiopian Foreign Ministry"}, nil},
		{"04", event.Planned, []string{"Turkey"}, nil},
		{"04", event.Planned, []string{"Turkey"}, []string{"Somalia", "Ethiopia"}},
		{"03", event.Asserted, []string{"Turkey"}, []string{"Somalia", "Ethiopia"}},
		{"15", event.Planned, []string{"Egypt"}, []string{"Somalia"}},
		{"07", event.Planned, []string{"Egypt"}, []string{"Somalia"}},
		{"12", event.Asserted, []string{"Ethiopia"}, []string{"Somalia"}},
		{"01", event.Asserted, []string{"Ethiopia"}, nil},
	}},
	{"merger.txt", []judged{
		{"12", event.Asserted, []string{"United Kingdom"}, []string{"Adobe"}},       // blocked the takeover
		{"11", event.Asserted, []string{"Adobe"}, []string{"United Kingdom"}},       // accused the regulator
		{"09", event.Asserted, []string{"European Commission"}, []string{"Adobe"}},  // opened an investigation
		{"11", event.Asserted, []string{"Dylan Field"}, []string{"United Kingdom"}}, // criticised the ruling
	}, []judged{
		{"12", event.Asserted, []string{"United Kingdom"}, []string{"Adobe", "Figma"}},
		{"12", event.Asserted, []string{"British Government"}, []string{"Adobe"}},
		{"17", event.Asserted, []string{"United Kingdom"}, []string{"Adobe"}},
		{"11", event.Asserted, []string{"Adobe"}, []string{"British Government"}},
		{"09", event.Asserted, []string{"European Commission"}, []string{"Adobe", "Figma"}},
		{"09", event.Asserted, []string{"European Commission"}, nil},
		{"11", event.Asserted, []string{"Dylan Field"}, nil},
		{"11", event.Asserted, []string{"Figma"}, []string{"United Kingdom"}},
		{"01", event.Asserted, []string{"Adobe"}, nil},
		{"01", event.Asserted, []string{"Dylan Field"}, nil},
		{"01", event.Asserted, []string{"United Kingdom"}, nil},
	}},
}

// heldOut6Articles are a sixth held-out set, written and judged on
// 2026-12-07 (session 17) at the end of that evening's changes, before
// anything read them: a kidnapping, a regional summit, a bank fined.
var heldOut6Articles = []judgedArticle{
	{"kidnap.txt", []judged{
		{"18", event.Asserted, []string{"Nigerian Gunmen"}, []string{"China"}},   // kidnapped the engineers
		{"02", event.Asserted, []string{"Chinese Embassy"}, []string{"Nigeria"}}, // urged the authorities
	}, []judged{
		{"18", event.Asserted, nil, []string{"China"}},
		{"18", event.Asserted, nil, []string{"Chinese Engineers"}},
		{"18", event.Asserted, []string{"Nigerian Gunmen"}, []string{"Chinese Engineers"}},
		{"02", event.Asserted, []string{"Chinese Embassy"}, []string{"Nigerian Government"}},
		{"02", event.Asserted, []string{"China"}, []string{"Nigeria"}},
		{"02", event.Asserted, []string{"China"}, []string{"Nigerian Government"}},
		{"11", event.Asserted, []string{"Nigeria"}, nil},               // blamed bandits
		{"08", event.Asserted, []string{"Nigeria"}, []string{"China"}}, // freed two engineers
		{"08", event.Asserted, []string{"Nigerian Military"}, []string{"China"}},
		{"08", event.Asserted, []string{"Nigerian Military"}, []string{"Chinese Engineers"}},
		{"10", event.Asserted, []string{"Bola Tinubu"}, nil}, // ordered the rescue
		{"10", event.Asserted, []string{"Bola Tinubu"}, []string{"Nigeria"}},
	}},
	{"summit.txt", []judged{
		{"11", event.Asserted, []string{"Olivier Nduhungirehe"}, []string{"Democratic Republic of the Congo"}}, // accused Kinshasa
		{"12", event.Asserted, []string{"Rwanda"}, []string{"Southern African Development Community"}},         // rejected the statement
		{"15", event.Planned, []string{"South Africa"}, []string{"Democratic Republic of the Congo"}},          // would send soldiers
	}, []judged{
		{"04", event.Asserted, []string{"Southern African Development Community"}, nil},
		{"16", event.Asserted, []string{"Félix Tshisekedi"}, nil}, // walked out
		{"16", event.Asserted, []string{"Felix Tshisekedi"}, nil},
		{"11", event.Asserted, []string{"Rwanda"}, []string{"Democratic Republic of the Congo"}},
		{"11", event.Asserted, []string{"Rwandan Foreign Ministry"}, []string{"Democratic Republic of the Congo"}},
		{"07", event.Reported, []string{"Democratic Republic of the Congo"}, nil}, // arming militias, alleged
		{"10", event.Asserted, []string{"Southern African Development Community"}, nil},
		{"12", event.Asserted, []string{"Rwanda"}, nil},
		{"07", event.Planned, []string{"South Africa"}, []string{"Democratic Republic of the Congo"}},
		{"13", event.Asserted, []string{"South Africa"}, []string{"Democratic Republic of the Congo"}},
		{"01", event.Asserted, []string{"South Africa"}, nil},
	}},
	{"bank.txt", []judged{
		{"17", event.Asserted, []string{"United Kingdom"}, []string{"HSBC"}}, // fined
		{"05", event.Asserted, []string{"HSBC"}, nil},                        // the chairman apologised
		{"11", event.Asserted, []string{"Hong Kong"}, []string{"HSBC"}},      // sued, accusing
	}, []judged{
		{"17", event.Asserted, []string{"British Government"}, []string{"HSBC"}},
		{"03", event.Asserted, []string{"HSBC"}, nil}, // accepted the findings
		{"08", event.Asserted, []string{"HSBC"}, nil},
		{"01", event.Asserted, []string{"HSBC"}, nil},
		{"05", event.Asserted, []string{"HSBC"}, []string{"Hong Kong"}},
		{"11", event.Asserted, []string{"China"}, []string{"HSBC"}},
		{"11", event.Asserted, []string{"Hong Kong Shareholders"}, []string{"HSBC"}},
		{"11", event.Asserted, []string{"Chinese Shareholders"}, []string{"HSBC"}},
		{"01", event.Asserted, []string{"China"}, nil},
		{"01", event.Asserted, []string{"Chinese Securities Regulator"}, nil},
	}},
}

// TestHeldOutArticles scores the held-out articles as TestFreshArticles
// does its own. On their one run they were far below issue 11's bar: 7 of
// 15 found, 9 of 19 emitted wrong. The test holds that floor, and logs
// what is missed and wrong; it is not a target met. Two of the misses
// were then fixed in general ("expressed concern", "brokered"), so the
// set is no longer unseen: 9 of 15 and 9 of 21 since.
func TestHeldOutArticles(t *testing.T) {
	holdFloor(t, "heldout", heldOutArticles, 7, 9, 19)
}

// holdFloor scores the articles of testdata/dir as scoreArticles does and
// fails when fewer than found0 of their events are found, or a larger
// share than wrong0 of emitted0 of those emitted is wrong: the floor a
// held-out set's first run, or later work, set.
func holdFloor(t *testing.T, dir string, articles []judgedArticle, found0, wrong0, emitted0 int) {
	t.Helper()
	found, want, wrong, emitted := scoreArticles(t, dir, articles)
	t.Logf("found %d of %d events a reader codes; %d of %d emitted wrong", found, want, wrong, emitted)
	if found < found0 || wrong*emitted0 > emitted*wrong0 {
		t.Errorf("found %d of %d, %d of %d emitted wrong: below the floor of %d found and %d of %d wrong", found, want, wrong, emitted, found0, wrong0, emitted0)
	}
}

// TestHeldOut2Articles scores the second held-out set as
// TestFreshArticles does its own, holding the figures of its one run: 12
// of 17 found, 13 of 28 emitted wrong, still short of issue 11's bar.
// Later work took it to 13 of 17 and 11 of 27; the parser trained on the
// gold tags as well (UAS on EWT test 86.07 to 86.53) makes 13 of 17 and
// 12 of 27 ("troops" read as the subject of "said" in skirmish.txt),
// which the test now holds.
func TestHeldOut2Articles(t *testing.T) {
	holdFloor(t, "heldout2", heldOut2Articles, 13, 12, 27)
}

// TestHeldOut3Articles scores the third held-out set as TestFreshArticles
// does its own, holding the figures of its one run: 8 of 17 found, 9 of
// 21 emitted wrong, far short of issue 11's bar. Its misses are not to
// be read for fixes: it stays unseen for the next measure.
func TestHeldOut3Articles(t *testing.T) {
	holdFloor(t, "heldout3", heldOut3Articles, 8, 9, 21)
}

// TestHeldOut4Articles scores the fourth held-out set as
// TestFreshArticles does its own, holding the figures of its one run on
// 2026-12-07: 9 of 20 found, 10 of 25 emitted wrong, far short of issue
// 11's bar, as the third set's first run was.
func TestHeldOut4Articles(t *testing.T) {
	holdFloor(t, "heldout4", heldOut4Articles, 9, 10, 25)
}

// TestHeldOut5Articles scores the fifth held-out set as TestHeldOutArticles
// does the first. Its one unseen run, on 2026-12-07, found 6 of 13 events
// and emitted 9 of 26 wrong; the test holds that floor.
func TestHeldOut5Articles(t *testing.T) {
	holdFloor(t, "heldout5", heldOut5Articles, 6, 9, 26)
}

// TestHeldOut6Articles scores the sixth held-out set as TestHeldOutArticles
// does the first. Its one unseen run, on 2026-12-07, found 3 of 8 events
// and emitted 8 of 21 wrong; the test holds that floor.
func TestHeldOut6Articles(t *testing.T) {
	holdFloor(t, "heldout6", heldOut6Articles, 3, 8, 21)
}
