package main

import (
	"os"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/store"
)

func TestStoreInUse(t *testing.T) {
	path := seeded(t)
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, args := range [][]string{
		{"ingest", "--db", path, seed},
		{"timeline", "--db", path},
		{"actors", "--db", path},
	} {
		r := chronicle(t, "", args...)
		if r.code != 1 || !strings.Contains(r.stderr, "in use") {
			t.Errorf("%s: exit %d, stderr %q; want 1 and a message that the store is in use", args[0], r.code, r.stderr)
		}
	}
}

func TestQueryWithoutStore(t *testing.T) {
	db := newDB(t)
	for _, args := range [][]string{
		{"timeline", "--db", db},
		{"met", "--db", db},
		{"actors", "--db", db},
		{"export", "dot", "--db", db},
	} {
		r := chronicle(t, "", args...)
		if want := "no store at " + db + "; run chronicle ingest first"; r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", args[0], r.code, r.stderr, want)
		}
	}
	assertNotExist(t, db)
}

func TestEnvironmentDB(t *testing.T) {
	db := newDB(t)
	t.Setenv("CHRONICLE_DB", db)
	mustRun(t, "ingest", seed)
	if _, err := os.Stat(db); err != nil {
		t.Errorf("ingest did not use $CHRONICLE_DB: %v", err)
	}
	mustRun(t, "actors")
}

func TestUnknownActor(t *testing.T) {
	db := seeded(t)
	for _, args := range [][]string{
		{"met", "--db", db, "Atlantis"},
		{"timeline", "--db", db, "--actor", "Atlantis"},
		{"export", "dot", "--db", db, "--actor", "Atlantis"},
	} {
		r := chronicle(t, "", args...)
		if r.code != 1 || !strings.Contains(r.stderr, `unknown actor "Atlantis"`) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and the actor named", args[0], r.code, r.stderr)
		}
	}
}

func TestQueryEmpty(t *testing.T) {
	db := seeded(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"timeline", "--db", db, "--json", "--from", "1990", "--to", "1990"}, "{\n  \"events\": []\n}\n"},
		{[]string{"met", "--db", db, "--json", "--from", "1990", "--to", "1990"}, "{\n  \"meetings\": []\n}\n"},
		{[]string{"timeline", "--db", db, "--from", "1990", "--to", "1990"}, ""},
	} {
		if got := mustRun(t, tc.args...); got != tc.want {
			t.Errorf("%s = %q, want %q", strings.Join(tc.args, " "), got, tc.want)
		}
	}
}
