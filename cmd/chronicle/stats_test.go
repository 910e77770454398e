package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestStats(t *testing.T) {
	db := seeded(t)
	var s struct {
		Documents, Events, Actors, Size int
		EventsByType                    map[string]int `json:"events_by_type"`
		FirstEventDay                   string         `json:"first_event_day"`
		LastDocumentDay                 string         `json:"last_document_day"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "stats", "--db", db, "--json")), &s); err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, n := range s.EventsByType {
		sum += n
	}
	if s.Documents != 1 || s.Events != 25 || s.Actors != 11 || sum != 25 || s.Size == 0 ||
		s.FirstEventDay != "2021-09-01" || s.LastDocumentDay != "2021-12-28" {
		t.Errorf("stats --json = %+v; want 1 document of 2021-12-28, 25 events from 2021-09-01, 11 actors", s)
	}

	out := mustRun(t, "stats", "--db", db)
	for _, want := range []string{
		"documents  1         2021-12-28\n",
		"events     25        2021-09-01 to 2022-04-30\n",
		"actors     11\nsize       ",
		"\n\nTYPE       EVENTS\nstatement  4\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stats printed\n%s\nwant it to hold %q", out, want)
		}
	}
}

func TestStatsEmpty(t *testing.T) {
	db := newDB(t)
	mustRun(t, "ingest", "--db", db, writeFile(t, "empty.txt", "date 2022-01-01\n\nNothing happened.\n"))
	out := mustRun(t, "stats", "--db", db)
	if !strings.HasPrefix(out, "documents  1         2022-01-01\nevents     0         undated\n") || strings.Contains(out, "TYPE") {
		t.Errorf("stats of a store without events printed\n%s", out)
	}
}
