package store

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// trimEvery is how often a writer looks at the memory it maps of files,
// and fileBudget how much it lets that be before it hands back the pages
// of the store's files that Badger maps into memory. Handing them back
// costs: what Badger reads again faults back in, so on Timeline17 four
// times over, doing it every 500 ms whatever the size took 42 s of
// system time against 20 s every 2 s. Measuring costs a read of
// /proc/self/status. On 1 GB of JSON Lines, a budget of 150 MB let an
// ingest peak at 514 MB of RSS in 2,022 s; 100 MB, at 496 MB in 2,617 s.
const (
	trimEvery  = 250 * time.Millisecond
	fileBudget = 100 << 20
)

// trimMappings asks the kernel to page out what the process has read or
// written of the files of the store that Badger maps into memory: its
// tables, which compactions read and write whole, and its logs, if the
// process maps more than budget bytes of files (its own binary
// among them), so that an ingest of any size holds the memory of its
// caches and its documents in flight, not of the store. MADV_PAGEOUT
// (Linux 5.4) writes back and drops pages and never loses data, even if
// Badger maps another file at the same address meanwhile. It reclaims
// the pages from the kernel's page cache as well (mincore found none
// left there), so what is read again comes from the disk: four copies
// of Timeline17 took 181-188 s with it, 116 s with no trimming. MADV_DONTNEED keeps the page cache (128 s on the same input)
// but is safe only on pinned mappings, and pinning tables through
// Badger's table list faulted in every table's index at every look: on
// 1 GB it peaked at 560 MB of RSS. It reports whether the kernel knows
// MADV_PAGEOUT.
func (db *DB) trimMappings(budget int64) bool {
	if rss, ok := fileRSS(); ok && rss <= budget {
		return true
	}
	abs, err := filepath.Abs(db.path)
	if err != nil {
		return true
	}
	data, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return false
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		// start-end perms offset dev inode path
		f := strings.Fields(sc.Text())
		if len(f) < 6 || filepath.Dir(f[5]) != abs || !storeFile(f[5]) {
			continue
		}
		lo, hi, ok := strings.Cut(f[0], "-")
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if !ok || err1 != nil || err2 != nil || end <= start {
			continue
		}
		_, _, errno := unix.Syscall(unix.SYS_MADVISE, uintptr(start), uintptr(end-start), unix.MADV_PAGEOUT)
		if errors.Is(errno, unix.EINVAL) {
			return false // a kernel before 5.4
		}
	}
	return true
}

// storeFile reports whether the file at path is one Badger maps: a
// table, a value log or a write-ahead log.
func storeFile(path string) bool {
	switch filepath.Ext(path) {
	case ".sst", ".vlog", ".mem":
		return true
	}
	return false
}

// fileRSS returns the memory the process maps of files (RssFile), and
// whether it could be read.
func fileRSS() (int64, bool) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	_, rest, ok := bytes.Cut(data, []byte("RssFile:"))
	if !ok {
		return 0, false
	}
	line, _, _ := bytes.Cut(rest, []byte("\n"))
	kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(string(line)), " kB"), 10, 64)
	if err != nil {
		return 0, false
	}
	return kb << 10, true
}
