package plover

import (
	"math"
	"reflect"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// Actors of the fake readings.
var (
	japan   = actor.Actor{Name: "Japan", Kind: actor.Country, Code: "JPN", Aliases: []string{"Japanese", "Tokyo"}}
	us      = actor.Actor{Name: "United States", Kind: actor.Country, Code: "USA", Aliases: []string{"US", "Washington"}}
	un      = actor.Actor{Name: "United Nations", Kind: actor.Organization, Code: "IGOUNO", Aliases: []string{"UN"}}
	russia  = actor.Actor{Name: "Russia", Kind: actor.Country, Code: "RUS"}
	iran    = actor.Actor{Name: "Iran", Kind: actor.Country, Code: "IRN"}
	israel  = actor.Actor{Name: "Israel", Kind: actor.Country, Code: "ISR"}
	hamas   = actor.Actor{Name: "Hamas", Kind: actor.Group, Code: "PSEREBHMS"}
	whHouse = actor.Actor{Name: "White House", Kind: actor.Organization, Code: "USAGOV"}
)

// role returns a participant of actor a in role r.
func role(a actor.Actor, r event.Role) event.Participant {
	return event.Participant{Name: a.Name, Role: r, Code: a.Code}
}

// fakeExtract returns a function that reads each text as readings gives
// it, and finds nothing in any other.
func fakeExtract(tb testing.TB, readings map[string]*extract.Result) func(extract.Article) *extract.Result {
	return func(a extract.Article) *extract.Result {
		if a.Date.IsZero() {
			tb.Errorf("article %s has no date", a.ID)
		}
		if r, ok := readings[a.Text]; ok {
			return r
		}
		return &extract.Result{Doc: a.ID}
	}
}

// fixtureReadings are fake readings of the fixture's sentences.
func fixtureReadings(tb testing.TB, recs []Record) map[string]*extract.Result {
	tb.Helper()
	if len(recs) != 4 {
		tb.Fatalf("fixture has %d records, want 4", len(recs))
	}
	return map[string]*extract.Result{
		// A symmetric agreement: our participants are the GSR's sources.
		recs[0].Text: {
			Actors: []actor.Actor{japan, us},
			Events: []event.Event{
				{Type: "statement", Cameo: "010", Actors: []event.Participant{role(japan, event.Source)}},
				{Type: "agree", Cameo: "030", Plover: "AGREE", Trigger: "agreed",
					Actors: []event.Participant{role(japan, event.Symmetric), role(us, event.Symmetric)}},
			},
		},
		// A CAMEO code only: REQUEST by the table, DEMAND in the GSR.
		recs[1].Text: {
			Actors: []actor.Actor{un, russia},
			Events: []event.Event{{Type: "demand", Cameo: "100", Trigger: "demanded",
				Actors: []event.Participant{role(un, event.Source), role(russia, event.Target)}}},
		},
		// No event of the gold category: the first with one is scored, not
		// the statement before it.
		recs[2].Text: {
			Actors: []actor.Actor{whHouse, iran, us},
			Events: []event.Event{
				{Type: "statement", Cameo: "010", Trigger: "said", Actors: []event.Participant{role(whHouse, event.Source)}},
				{Type: "sanction", Cameo: "163", Plover: "SANCTION", Trigger: "sanctions",
					Actors: []event.Participant{role(us, event.Source), role(iran, event.Target)}},
			},
		},
		// recs[3]: nothing found.
	}
}

func TestEvaluate(t *testing.T) {
	recs, err := Load(fixture)
	if err != nil {
		t.Fatal(err)
	}
	m, err := LoadMapping(fixtureMapping)
	if err != nil {
		t.Fatal(err)
	}
	r := evaluate(recs, m, fakeExtract(t, fixtureReadings(t, recs)))

	checkSide(t, "source", r.Source, Side{Gold: 5, Ours: 4, Matched: 4, PRF: PRF{P: 1, R: 0.8, F1: 8.0 / 9}, ExactRecords: 3, Exact: 0.75})
	checkSide(t, "target", r.Target, Side{Gold: 2, Ours: 2, Matched: 2, PRF: PRF{P: 1, R: 1, F1: 1}, ExactRecords: 4, Exact: 1})
	if r.Records != 4 || r.CategoryCorrect != 2 || r.CategoryAcc != 0.5 || r.FullCorrect != 2 || r.FullAcc != 0.5 || r.NoEvent != 1 {
		t.Errorf("records %d, category %d (%v), full %d (%v), no event %d; want 4, 2 (0.5), 2 (0.5), 1",
			r.Records, r.CategoryCorrect, r.CategoryAcc, r.FullCorrect, r.FullAcc, r.NoEvent)
	}
	wantCats := []CategoryScore{
		{Category: "AGREE", Records: 1, Correct: 1, Full: 1, Found: map[string]int{"AGREE": 1}},
		{Category: "DEMAND", Records: 1, Correct: 1, Full: 1, Found: map[string]int{"DEMAND": 1}},
		{Category: "THREATEN", Records: 1, Found: map[string]int{"SANCTION": 1}},
		{Category: "RETREAT", Records: 1, Found: map[string]int{NoEvent: 1}},
	}
	if !reflect.DeepEqual(r.Categories, wantCats) {
		t.Errorf("categories\ngot  %+v\nwant %+v", r.Categories, wantCats)
	}
	wantErrs := []RecordError{
		{ID: "PLOVER-TEST-THREATEN-0001", Text: recs[2].Text, Gold: "THREATEN", GoldTrigger: "threatened to impose sanctions",
			Ours: "SANCTION", Trigger: "sanctions", Events: 2,
			GoldSource: recs[2].Source, GoldTarget: recs[2].Target,
			OurSource: []Actor{{Text: "United States", Code: "USA"}}, OurTarget: []Actor{{Text: "Iran", Code: "IRN"}},
			SourceOK: true, TargetOK: true},
		{ID: "PLOVER-TEST-RETREAT-0001", Text: recs[3].Text, Gold: "RETREAT", GoldTrigger: "declared ceasefire",
			Ours: NoEvent, GoldSource: recs[3].Source, TargetOK: true,
			Missed: []SideActor{{Side: SideSrc, Actor: Actor{Text: "the rebels"}, Cause: CauseNotFound}}},
	}
	if !reflect.DeepEqual(r.Errors, wantErrs) {
		t.Errorf("errors\ngot  %+v\nwant %+v", r.Errors, wantErrs)
	}
}

func checkSide(tb testing.TB, name string, got, want Side) {
	tb.Helper()
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if got.Gold != want.Gold || got.Ours != want.Ours || got.Matched != want.Matched || got.ExactRecords != want.ExactRecords ||
		!near(got.P, want.P) || !near(got.R, want.R) || !near(got.F1, want.F1) || !near(got.Exact, want.Exact) {
		tb.Errorf("%s: got %+v, want %+v", name, got, want)
	}
}

func TestScoreRecord(t *testing.T) {
	attack := func(ps ...event.Participant) event.Event {
		return event.Event{Type: "attack", Cameo: "190", Plover: "ASSAULT", Trigger: "attacked", Actors: ps}
	}
	gold := func(src, tgt []Actor) Record {
		return Record{ID: "r", Date: "2000-01-01", Event: "FIGHT", Text: "x", Source: src, Target: tgt}
	}
	isr, pse, usa, irn := Actor{Code: "ISR"}, Actor{Code: "PSE"}, Actor{Code: "USA"}, Actor{Code: "IRN"}
	tests := []struct {
		name     string
		rec      Record
		res      extract.Result
		full     bool
		missed   []SideActor
		spurious []SideActor
	}{
		{"right", gold([]Actor{isr}, []Actor{pse}),
			extract.Result{Events: []event.Event{attack(role(israel, event.Source), role(hamas, event.Target))}},
			true, nil, nil},
		{"roles swapped", gold([]Actor{isr}, []Actor{pse}),
			extract.Result{Events: []event.Event{attack(role(hamas, event.Source), role(israel, event.Target))}},
			false,
			[]SideActor{{SideSrc, isr, CauseOtherSide}, {SideTgt, pse, CauseOtherSide}},
			[]SideActor{{SideSrc, Actor{Text: "Hamas", Code: "PSEREBHMS"}, CauseOtherSide}, {SideTgt, Actor{Text: "Israel", Code: "ISR"}, CauseOtherSide}}},
		{"reporter", gold([]Actor{usa}, nil),
			extract.Result{Actors: []actor.Actor{us}, Events: []event.Event{attack(role(us, event.Reporter))}},
			false, []SideActor{{SideSrc, usa, CauseReporter}}, nil},
		{"not in event", gold([]Actor{isr}, []Actor{irn}),
			extract.Result{Actors: []actor.Actor{israel, iran}, Events: []event.Event{attack(role(israel, event.Source))}},
			false, []SideActor{{SideTgt, irn, CauseNotInEvent}}, nil},
		{"no event", gold([]Actor{isr}, nil),
			extract.Result{Actors: []actor.Actor{israel}},
			false, []SideActor{{SideSrc, isr, CauseNoEvent}}, nil},
		{"already paired", gold([]Actor{isr, {Text: "Israeli army", Code: "ISR"}}, nil),
			extract.Result{Actors: []actor.Actor{israel}, Events: []event.Event{attack(role(israel, event.Source))}},
			false, []SideActor{{SideSrc, Actor{Text: "Israeli army", Code: "ISR"}, CauseTaken}}, nil},
		// The GSR leaves the target empty: not coded, so full accuracy asks
		// nothing of ours, but it is spurious for precision.
		{"gold side empty", gold([]Actor{isr}, nil),
			extract.Result{Events: []event.Event{attack(role(israel, event.Source), role(hamas, event.Target))}},
			true, nil, []SideActor{{SideTgt, Actor{Text: "Hamas", Code: "PSEREBHMS"}, CauseGoldEmpty}}},
		{"no code", gold([]Actor{{Text: "President Dos Santos", Code: "AGO"}}, nil),
			extract.Result{Events: []event.Event{attack(event.Participant{Name: "Dos Santos", Role: event.Source})}},
			false, []SideActor{{SideSrc, Actor{Text: "President Dos Santos", Code: "AGO"}, CauseNoCode}}, []SideActor{{SideSrc, Actor{Text: "Dos Santos"}, ""}}},
		{"other code", gold([]Actor{{Text: "Amnesty International", Code: "IGO"}}, nil),
			extract.Result{Actors: []actor.Actor{{Name: "Amnesty International", Code: "NGOHRIAMN"}}},
			false, []SideActor{{SideSrc, Actor{Text: "Amnesty International", Code: "IGO"}, CauseOtherCode}}, nil},
		{"same code is not another", gold([]Actor{{Text: "Iraqi civilians", Code: "IRQ"}}, nil),
			extract.Result{Actors: []actor.Actor{{Name: "Iraq", Code: "IRQ", Aliases: []string{"Iraqi"}}}, Events: []event.Event{attack()}},
			false, []SideActor{{SideSrc, Actor{Text: "Iraqi civilians", Code: "IRQ"}, CauseNotInEvent}}, nil},
		{"spurious", gold([]Actor{isr}, []Actor{pse}),
			extract.Result{Events: []event.Event{attack(role(israel, event.Source), role(hamas, event.Target), role(iran, event.Target))}},
			false, nil, []SideActor{{SideTgt, Actor{Text: "Iran", Code: "IRN"}, ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := scoreRecord(tc.rec, &tc.res, Mapping{})
			if want := len(tc.res.Events) > 0; s.err.CategoryOK != want {
				t.Errorf("category %s right: %v, want %v", s.err.Ours, s.err.CategoryOK, want)
			}
			if s.full != tc.full {
				t.Errorf("full %v, want %v", s.full, tc.full)
			}
			if !reflect.DeepEqual(s.err.Missed, tc.missed) {
				t.Errorf("missed %+v, want %+v", s.err.Missed, tc.missed)
			}
			if !reflect.DeepEqual(s.err.Spurious, tc.spurious) {
				t.Errorf("spurious %+v, want %+v", s.err.Spurious, tc.spurious)
			}
		})
	}
}

func TestPick(t *testing.T) {
	m := Mapping{"10": {"REQUEST"}, "08": {"CONCEDE", "RETREAT"}}
	ev := func(cameo, plover string) event.Event {
		return event.Event{Cameo: cameo, Plover: plover, Trigger: cameo}
	}
	tests := []struct {
		name      string
		events    []event.Event
		gold      string
		trigger   string // of the event picked
		wantCat   string
		wantFound bool
	}{
		{"none", nil, "AGREE", "", NoEvent, false},
		{"gold category", []event.Event{ev("120", "REJECT"), ev("030", "AGREE")}, "AGREE", "030", "AGREE", true},
		{"by the table", []event.Event{ev("120", "REJECT"), ev("100", "")}, "DEMAND", "100", "DEMAND", true},
		{"first coded", []event.Event{ev("010", ""), ev("120", "REJECT"), ev("130", "THREATEN")}, "AGREE", "120", "REJECT", true},
		{"uncoded", []event.Event{ev("010", ""), ev("020", "")}, "AGREE", "010", Uncoded, true},
		{"root of two", []event.Event{ev("08", "")}, "CONCEDE", "08", "CONCEDE", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, cat := pick(&extract.Result{Events: tc.events}, m, tc.gold)
			if cat != tc.wantCat || (e != nil) != tc.wantFound || e != nil && e.Trigger != tc.trigger {
				t.Errorf("pick = %+v, %q; want the event %q, %q", e, cat, tc.trigger, tc.wantCat)
			}
		})
	}
}
