package store

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// storeRSS returns how much of the tables and value logs of the store in
// dir the process has mapped in memory, from /proc/self/smaps.
func storeRSS(tb testing.TB, dir string) int64 {
	tb.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		tb.Fatal(err)
	}
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		tb.Skip(err)
	}
	defer f.Close()
	var kb int64
	mine := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":"):
			// a mapping's first line: start-end perms offset dev inode [path]
			mine = false
			if len(fields) >= 6 {
				ext := filepath.Ext(fields[5])
				mine = filepath.Dir(fields[5]) == abs && (ext == ".sst" || ext == ".vlog")
			}
		case mine && len(fields) == 3 && fields[0] == "Rss:":
			n, err := strconv.ParseInt(fields[1], 10, 64)
			if err != nil {
				tb.Fatal(err)
			}
			kb += n
		}
	}
	return kb << 10
}

// TestTrimMappings checks that trimming hands back what the process
// maps of the store's tables and value logs, and that the store answers
// as before and takes writes after.
func TestTrimMappings(t *testing.T) {
	dir := storeOnDisk(t)
	db, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	want, err := db.Timeline(ctx, Query{All: true}) // reads tables and the value log
	if err != nil {
		t.Fatal(err)
	}
	if storeRSS(t, dir) == 0 {
		t.Fatal("nothing of the store is mapped after a query: nothing to trim")
	}
	if !db.trimMappings(0) { // whatever the process maps
		t.Skip("the kernel has no MADV_PAGEOUT")
	}
	if rss := storeRSS(t, dir); rss != 0 {
		t.Errorf("after trimming, %d bytes of the store's tables and value logs are mapped; want none", rss)
	}
	got, err := db.Timeline(ctx, Query{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after trimming, the timeline is\n%s\nwant\n%s", jsonOf(t, got), jsonOf(t, want))
	}
	a, r := fixture1()
	r.Hash, a.ID = "trimmed", "trimmed"
	if added := mustPut(t, db, a, r); added.Documents != 1 {
		t.Errorf("a new document after trimming added %+v", added)
	}
}
