package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/store"
)

// fixture returns the path of a store holding a hand-written reading of
// an article, so that the query commands' output can be tested whatever
// the extractor finds. It is not what the extractor reads in the seed.
func fixture(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "chronicle.db")
	db, err := store.Open(path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	a := extract.Article{ID: "fixture.txt", Date: time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC), Text: "fixture"}
	osce := "Organization for Security and Cooperation in Europe"
	r := &extract.Result{
		Doc:  a.ID,
		DCT:  "2021-12-28",
		Hash: extract.Hash(a),
		Actors: []actor.Actor{
			{Name: "Russia", Kind: actor.Country, Code: "RUS", Aliases: []string{"Russian"}},
			{Name: "NATO", Kind: actor.Organization, Code: "NATO", Aliases: []string{"the alliance"}},
			{Name: osce, Kind: actor.Organization, Code: "OSCE", Aliases: []string{"OSCE"}},
			{Name: "Ukraine", Kind: actor.Country, Code: "UKR"},
			{Name: `The "Quoted" \ Group`, Kind: actor.Group},
		},
		Events: []event.Event{
			{ID: "e1", Type: "return", Cameo: "", Date: "2021-12-25", FirstDay: "2021-12-25", LastDay: "2021-12-25", Modality: event.Reported,
				Actors:   []event.Participant{{Name: "Russia", Role: event.Source, Code: "RUS"}},
				Evidence: "The Russian Defense Ministry said in Saturday in a statement that 10,000 soldiers had returned."},
			{ID: "e2", Type: "meet", Cameo: "036", Date: "2022-01-12", FirstDay: "2022-01-12", LastDay: "2022-01-12", Modality: event.Planned,
				Actors: []event.Participant{
					{Name: "Russia", Role: event.Symmetric, Code: "RUS"},
					{Name: "NATO", Role: event.Symmetric, Code: "NATO"}},
				Evidence: "Russia and NATO also plan to hold a separate meeting on January 12,\nboth the NSC spokesperson and a NATO press secretary confirmed to CNN."},
			{ID: "e3", Type: "meet", Cameo: "044", Date: "2022-01-13", FirstDay: "2022-01-13", LastDay: "2022-01-13", Modality: event.Planned,
				Actors: []event.Participant{
					{Name: "Russia", Role: event.Symmetric, Code: "RUS"},
					{Name: "NATO", Role: event.Symmetric, Code: "NATO"},
					{Name: osce, Role: event.Symmetric, Code: "OSCE"}},
				Evidence: "The two sides are also expected to engage at a meeting of the Organization for Security and Cooperation in Europe scheduled for January 13."},
			{ID: "e4", Type: "invade", Cameo: "192", Date: "2022", Mod: "START", FirstDay: "2022-01-01", LastDay: "2022-04-30", Modality: event.Hypothetical,
				Actors: []event.Participant{
					{Name: "Russia", Role: event.Source, Code: "RUS"},
					{Name: "Ukraine", Role: event.Target, Code: "UKR"}},
				Evidence: "US intelligence has assessed as preparation for a full-scale invasion in early 2022."},
			{ID: "e5", Type: "meet", Cameo: "036", Date: "2022-01", FirstDay: "2022-01-01", LastDay: "2022-01-31", Modality: event.Asserted,
				Actors: []event.Participant{
					{Name: `The "Quoted" \ Group`, Role: event.Symmetric},
					{Name: "Ukraine", Role: event.Symmetric, Code: "UKR"}},
				Evidence: "A fixture meeting with an awkward name."},
		},
	}
	if _, err := db.Put(context.Background(), a, r); err != nil {
		tb.Fatal(err)
	}
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden checks the output of the query commands on the fixture
// against testdata/NAME.golden. Run go test -update to rewrite them, and
// review the diff as code.
func TestGolden(t *testing.T) {
	t.Setenv("COLUMNS", "160") // the width of a timeline, whatever the caller's
	db := fixture(t)
	tests := []struct {
		name string
		args []string
	}{
		{"timeline", []string{"timeline"}},
		{"timeline-all", []string{"timeline", "--all"}},
		{"timeline-json", []string{"timeline", "--json", "--actor", "the alliance", "--from", "2022-01-13"}},
		{"timeline-filters", []string{"timeline", "--modality", "hypothetical", "--type", "invade", "--to", "2022"}},
		{"met", []string{"met"}},
		{"met-one", []string{"met", "osce"}},
		{"met-two-json", []string{"met", "Russian", "the alliance", "--json"}},
		{"met-window", []string{"met", "--from", "2022-01-13", "--to", "2022-01"}},
		{"actors", []string{"actors"}},
		{"actors-json", []string{"actors", "--json"}},
		{"export-dot", []string{"export", "dot", "--all"}},
		{"export-dot-actor", []string{"export", "dot", "--actor", "Russia", "--type", "meet"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mustRun(t, append(tc.args, "--db", db)...)
			golden := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("chronicle %s:\n%s\nwant (%s):\n%s", strings.Join(tc.args, " "), got, golden, want)
			}
			if strings.HasPrefix(tc.name, "export-dot") {
				checkDOT(t, []byte(got))
			}
		})
	}
}
