package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
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

// TestStoreInUseByAnotherProcess runs chronicle in a second process
// (this test's binary, run again) while this one holds the store, as an
// ingest or a query would.
func TestStoreInUseByAnotherProcess(t *testing.T) {
	if args := os.Getenv("CHRONICLE_TEST_ARGS"); args != "" {
		os.Exit(run(context.Background(), strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr))
	}
	path := seeded(t)
	inUse := "chronicle %s: store " + path + " is in use by another process; try again when it is done\n"
	for _, tc := range []struct {
		holder *store.Options
		args   []string
		stderr string // "%s" is the command
	}{
		{nil, []string{"timeline", "--db", path}, inUse},
		{nil, []string{"ingest", "--db", path, seed}, inUse},
		{nil, []string{"check", "--db", path}, inUse},
		{&store.Options{ReadOnly: true}, []string{"ingest", "--db", path, seed}, inUse},
		{&store.Options{ReadOnly: true}, []string{"timeline", "--db", path}, ""}, // readers share the store
	} {
		db, err := store.Open(path, tc.holder)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestStoreInUseByAnotherProcess$")
		cmd.Env = append(os.Environ(), "CHRONICLE_TEST_ARGS="+strings.Join(tc.args, "\x1f"))
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err = cmd.Run()
		if cerr := db.Close(); cerr != nil {
			t.Fatal(cerr)
		}
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatal(err)
		}
		r := result{cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()}
		want, wantCode := "", 0
		if tc.stderr != "" {
			want, wantCode = fmt.Sprintf(tc.stderr, tc.args[0]), 1
		}
		if r.code != wantCode || r.stderr != want {
			t.Errorf("%s while another process holds the store (%+v): exit %d, stderr %q; want %d, %q",
				tc.args[0], tc.holder, r.code, r.stderr, wantCode, want)
		}
		noStackTrace(t, r)
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

// TestCloseStoreExiting checks that a process about to exit leaves a
// read-only store for the kernel to close, and still closes one it
// writes.
func TestCloseStoreExiting(t *testing.T) {
	path := seeded(t)
	exiting = true
	defer func() { exiting = false }()
	ro, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := closeStore(ro, nil); err != nil {
		t.Fatal(err)
	}
	if db, err := store.Open(path, nil); !errors.Is(err, store.ErrLocked) {
		if err == nil {
			db.Close()
		}
		t.Errorf("a writer opened the store a read-only query left to exit: %v; want ErrLocked", err)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}
	rw, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := closeStore(rw, nil); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatalf("a store written by an exiting process was left open: %v", err)
	}
	db.Close()
}
