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
	"unsafe"

	"golang.org/x/sys/unix"
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

// cached returns how many pages of the file at path are in the kernel's
// page cache.
func cached(tb testing.TB, path string) int {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		tb.Fatal(err)
	}
	m, err := unix.Mmap(int(f.Fd()), 0, int(fi.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		tb.Fatal(err)
	}
	defer unix.Munmap(m)
	vec := make([]byte, (len(m)+os.Getpagesize()-1)/os.Getpagesize())
	if _, _, errno := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(&m[0])), uintptr(len(m)), uintptr(unsafe.Pointer(&vec[0]))); errno != 0 {
		tb.Fatal(errno)
	}
	n := 0
	for _, v := range vec {
		n += int(v & 1)
	}
	return n
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
	defer func(b int64) { fileBudget = b }(fileBudget)
	fileBudget = 0
	if !db.trimMappings() {
		t.Skip("the kernel has no MADV_PAGEOUT")
	}
	if rss := storeRSS(t, dir); rss != 0 {
		t.Errorf("after trimming, %d bytes of the store's tables and value logs are mapped; want none", rss)
	}
	if n := cached(t, filepath.Join(dir, onlyTable(t, dir))); n == 0 {
		t.Error("after trimming, no page of the table is in the page cache: the next read goes to the disk")
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
