package event_test

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

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

// TestAlleged checks that what one is accused of doing is reported, not
// asserted, with its own participants.
func TestAlleged(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{"Ecuador accused Colombia of shelling a border village.", "accuse", event.Asserted, []string{"Ecuador"}, []string{"Colombia"}},
		{"Ecuador accused Colombia of shelling a border village.", "fire", event.Reported, []string{"Colombia"}, nil},
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
