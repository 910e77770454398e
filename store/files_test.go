package store

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/fb"
)

// storeOnDisk returns the directory of a closed store holding both
// fixture documents, flushed by Close to one table.
func storeOnDisk(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), "chronicle.db")
	db, err := Open(dir, nil)
	if err != nil {
		tb.Fatal(err)
	}
	putFixtures(tb, db)
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// onlyTable returns the name of the one table of the store in dir.
func onlyTable(tb testing.TB, dir string) string {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.sst"))
	if err != nil || len(names) != 1 {
		tb.Fatalf("tables in %s: %q, %v; want one", dir, names, err)
	}
	return filepath.Base(names[0])
}

// A damage is a way to damage a store's files.
type damage struct {
	name   string
	damage func(tb testing.TB, dir, table string)
	file   string // the file an error must name; "" for the table
}

var damages = []damage{
	{"table cut short", func(tb testing.TB, dir, table string) { cutShort(tb, filepath.Join(dir, table), 0.5) }, ""},
	{"table emptied", func(tb testing.TB, dir, table string) { cutShort(tb, filepath.Join(dir, table), 0) }, ""},
	{"table end cut", func(tb testing.TB, dir, table string) { cutBy(tb, filepath.Join(dir, table), 3) }, ""},
	{"random bytes in a block", scribbleInBlock, ""},
	{"table missing", func(tb testing.TB, dir, table string) { remove(tb, filepath.Join(dir, table)) }, ""},
	{"MANIFEST cut short", func(tb testing.TB, dir, _ string) { cutBy(tb, filepath.Join(dir, "MANIFEST"), 3) }, "MANIFEST"},
	{"MANIFEST emptied", func(tb testing.TB, dir, _ string) { cutShort(tb, filepath.Join(dir, "MANIFEST"), 0) }, "MANIFEST"},
	// Cut between two change sets, the MANIFEST reads as whole but
	// lists no table: Badger would delete the table.
	{"MANIFEST header only", func(tb testing.TB, dir, _ string) { truncate(tb, filepath.Join(dir, "MANIFEST"), 8) }, ""},
	{"MANIFEST missing", func(tb testing.TB, dir, _ string) { remove(tb, filepath.Join(dir, "MANIFEST")) }, "MANIFEST"},
	{"KEYREGISTRY cut short", func(tb testing.TB, dir, _ string) { truncate(tb, filepath.Join(dir, "KEYREGISTRY"), 5) }, "KEYREGISTRY"},
	{"value log header", func(tb testing.TB, dir, _ string) { scribble(tb, filepath.Join(dir, "000001.vlog"), 0, 8) }, "000001.vlog"},
	{"random bytes in a value log entry", func(tb testing.TB, dir, _ string) { scribbleInLog(tb, filepath.Join(dir, "000001.vlog")) }, "000001.vlog"},
	{"value log cut short", func(tb testing.TB, dir, _ string) { cutBy(tb, filepath.Join(dir, "000001.vlog"), 3) }, "000001.vlog"},
}

// scribbleInLog writes random bytes into the middle of the value log at
// path, which must hold one of the store's values at least.
func scribbleInLog(tb testing.TB, path string) {
	tb.Helper()
	n := size(tb, path)
	if n < logHeaderSize+valueThreshold {
		tb.Fatalf("%s holds %d bytes; want the store's values in it", path, n)
	}
	scribble(tb, path, n/2, 16)
}

func TestOpenDamaged(t *testing.T) {
	for _, tc := range damages {
		t.Run(tc.name, func(t *testing.T) {
			dir := storeOnDisk(t)
			table := onlyTable(t, dir)
			tc.damage(t, dir, table)
			file := tc.file
			if file == "" {
				file = table
			}
			for _, opts := range []*Options{{ReadOnly: true}, nil} {
				db, err := Open(dir, opts)
				if err == nil {
					db.Close()
					t.Fatalf("Open(%+v) succeeded", opts)
				}
				var de *DamageError
				if !errors.Is(err, ErrDamaged) || !errors.As(err, &de) {
					t.Fatalf("Open(%+v) = %v; want a *DamageError", opts, err)
				}
				if !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), dir) {
					t.Errorf("Open(%+v) = %q; want it to name %s and %s", opts, err, dir, file)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, table)); err != nil && tc.name != "table missing" {
				t.Errorf("the table is gone after Open: %v", err)
			}
		})
	}
}

// TestCheckFilesUnclean checks that what a killed process leaves is no
// damage: a table missing from the MANIFEST, a change set cut short.
// Its write-ahead log shows it was killed, and Badger recovers.
func TestCheckFilesUnclean(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(tb testing.TB, path string)
	}{
		{"table not listed", func(tb testing.TB, path string) { truncate(tb, path, 8) }},
		{"change set cut short", func(tb testing.TB, path string) { cutBy(tb, path, 3) }},
	} {
		dir := storeOnDisk(t)
		if err := os.WriteFile(filepath.Join(dir, "00009.mem"), make([]byte, 1<<20), 0o644); err != nil {
			t.Fatal(err)
		}
		tc.damage(t, filepath.Join(dir, "MANIFEST"))
		if _, _, problems, err := checkFiles(dir, true, false); err != nil || len(problems) > 0 {
			t.Errorf("%s, with a write-ahead log: checkFiles = %v, %v; want no problem", tc.name, problems, err)
		}
	}
}

func TestOpenClean(t *testing.T) {
	dir := storeOnDisk(t)
	tables, _, problems, err := checkFiles(dir, true, false)
	if tables != 1 || len(problems) > 0 || err != nil {
		t.Errorf("checkFiles = %d tables, %v, %v; want 1 table and no problems", tables, problems, err)
	}
	db := openAt(t, dir, &Options{ReadOnly: true})
	if got := len(mustTimeline(t, db, Query{All: true})); got != 7 {
		t.Errorf("%d events; want 7", got)
	}
}

func TestRecoverDamage(t *testing.T) {
	err := func() (err error) {
		defer recoverDamage(&err)
		var item *badger.Item
		item.Key() // a panic in Badger
		return nil
	}()
	if !errors.Is(err, ErrDamaged) {
		t.Errorf("a panic in Badger gave %v; want ErrDamaged", err)
	}

	defer func() {
		if r := recover(); r == nil {
			t.Error("a panic of the store's own was recovered")
		}
	}()
	_ = func() (err error) {
		defer recoverDamage(&err)
		var m map[string]int
		m["x"]++
		return nil
	}()
}

func TestDocumentsDamagedRecord(t *testing.T) {
	db := openTest(t, true)
	putFixtures(t, db)
	if err := db.bdb.Update(func(txn *badger.Txn) error { return txn.Set(docKey("h1"), []byte("{")) }); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Documents(context.Background()); err == nil {
		t.Error("Documents read a record that does not decode")
	}
}

// cutShort truncates the file at path to frac of its length.
func cutShort(tb testing.TB, path string, frac float64) {
	tb.Helper()
	truncate(tb, path, int64(float64(size(tb, path))*frac))
}

// cutBy truncates the file at path by n bytes.
func cutBy(tb testing.TB, path string, n int64) {
	tb.Helper()
	truncate(tb, path, size(tb, path)-n)
}

func truncate(tb testing.TB, path string, n int64) {
	tb.Helper()
	if err := os.Truncate(path, n); err != nil {
		tb.Fatal(err)
	}
}

func remove(tb testing.TB, path string) {
	tb.Helper()
	if err := os.Remove(path); err != nil {
		tb.Fatal(err)
	}
}

func size(tb testing.TB, path string) int64 {
	tb.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	return fi.Size()
}

// scribbleInBlock writes random bytes into the middle of the middle data
// block of the table.
func scribbleInBlock(tb testing.TB, dir, table string) {
	tb.Helper()
	path := filepath.Join(dir, table)
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	index, _, err := readTableIndex(f, size(tb, path))
	f.Close()
	if err != nil {
		tb.Fatal(err)
	}
	var ko fb.BlockOffset
	index.Offsets(&ko, index.OffsetsLength()/2)
	n := min(int64(ko.Len())/2, 32)
	scribble(tb, path, int64(ko.Offset())+int64(ko.Len())/4, n)
}

// scribble writes n random bytes into the file at path at offset off.
func scribble(tb testing.TB, path string, off, n int64) {
	tb.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	b := make([]byte, n)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	if _, err := f.WriteAt(b, off); err != nil {
		tb.Fatal(err)
	}
}

// TestOpenVerifiesOnce verifies a table at the first Open that finds it,
// and not again while its file is as it was then: noise written into
// the table is found when its file's time changes with it, and by
// Check's checks always, which verify every table whatever Open
// remembers.
func TestOpenVerifiesOnce(t *testing.T) {
	dir := storeOnDisk(t)
	table := onlyTable(t, dir)
	db, err := Open(dir, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if !readVerified(dir).holds(dir, table) {
		t.Fatalf("%s not recorded as verified after Open", table)
	}
	path := filepath.Join(dir, table)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	scribbleInBlock(t, dir, table)
	// Damage that keeps the file's time, as bit rot would, passes Open
	// by, and Check finds it.
	if err := os.Chtimes(path, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if _, _, problems, err := checkFiles(dir, true, true); err != nil || len(problems) > 0 {
		t.Fatalf("the checks of Open found %v, %v; want the table, verified before, not verified again", problems, err)
	}
	if _, _, problems, err := checkFiles(dir, true, false); err != nil || len(problems) != 1 || problems[0].File != table {
		t.Errorf("the checks of Check found %v, %v; want the damage in %s", problems, err, table)
	}
	// Damage that changes the file's time is found by Open.
	now := time.Now()
	if err := os.Chtimes(path, now, now); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, &Options{ReadOnly: true}); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), table) {
		t.Errorf("Open after the table's file changed: %v; want ErrDamaged naming %s", err, table)
	}
}

// mustTableID returns the number of the table file called name.
func mustTableID(tb testing.TB, name string) uint64 {
	tb.Helper()
	id, ok := tableID(name)
	if !ok {
		tb.Fatalf("%q is no table", name)
	}
	return id
}

// TestValueLogDamagedAfterOpen damages a value log after Open verified
// it, keeping its file's time, as bit rot would: reading a value from it
// gives an error naming it, never a shorter answer, and Check finds it.
func TestValueLogDamagedAfterOpen(t *testing.T) {
	dir := storeOnDisk(t)
	db := openAt(t, dir, &Options{ReadOnly: true})
	want := len(mustTimeline(t, db, Query{All: true}))
	db.Close()
	const log = "000001.vlog"
	if !readVerified(dir).holds(dir, log) {
		t.Fatalf("%s not recorded as verified after Open", log)
	}
	path := filepath.Join(dir, log)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// Every event's record is in the log: damage them all.
	for off := int64(logHeaderSize + 8); off < fi.Size(); off += 64 {
		scribble(t, path, off, 4)
	}
	if err := os.Chtimes(path, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	db = openAt(t, dir, &Options{ReadOnly: true})
	events, err := db.Timeline(context.Background(), Query{All: true})
	var de *DamageError
	if !errors.Is(err, ErrDamaged) || !errors.As(err, &de) || !strings.Contains(err.Error(), log) || de.Path != dir {
		t.Errorf("Timeline = %d events of %d, %v; want a *DamageError naming %s and %s", len(events), want, err, dir, log)
	}
	r, err := db.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) == 0 || r.Problems[0].File != log || r.Logs == 0 {
		t.Errorf("Check = %d logs verified, problems %v; want %s first", r.Logs, r.Problems, log)
	}
}
