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

	"github.com/dgraph-io/badger/v4"
	"golang.org/x/sys/unix"
)

// trimEvery is how often a writer looks at the memory it maps of files,
// and fileBudget how much it lets that be before it hands back the pages
// of the store's files that Badger maps into memory. Looking costs a
// read of /proc/self/status; a compaction of level 0 may read and write
// 100 MB of tables between two looks 250 ms apart, so they are closer.
const trimEvery = 100 * time.Millisecond

var fileBudget int64 = 100 << 20 // a variable for tests

// trimMappings hands back what the process has read or written of the
// files of the store that Badger maps into memory, if it maps more than
// fileBudget of files (its own binary among them): its tables, which
// compactions read and write whole and every lookup reads the filters
// and indexes of, and its value logs, which an event merged reads its
// record from. So an ingest of any size holds the memory of its caches
// and its documents in flight, not of the store. It reports whether the
// kernel knows how.
//
// Tables and value logs are handed back with MADV_DONTNEED, which drops
// the process's page table entries and nothing else: the pages stay in
// the kernel's page cache (dirty ones are written back as any), and the
// next read maps them again with a minor fault. MADV_PAGEOUT, used
// before, also drops them from the page cache, so that every later read
// went to the disk: an ingest of Timeline17 four times over took 181 s
// with it, against 116 s with no trimming at all (and 1 GB of mapped
// files). But MADV_DONTNEED is safe only on a range that still maps the
// file it did when /proc/self/maps was read: on an anonymous mapping
// that took its place it would zero the memory. So trimMappings pins
// what it trims while it trims (see pinTables), and hands back a value
// log's first valueLogFileSize bytes only, which Badger unmaps only when
// it closes or deletes the log, which a pin prevents. What a pin cannot
// hold, a table a compaction is writing and Badger's write-ahead logs
// (.mem), deleted as memtables are flushed, is paged out with
// MADV_PAGEOUT, which never loses data whatever the range maps.
func (db *DB) trimMappings() bool {
	if rss, ok := fileRSS(); ok && rss <= fileBudget {
		return true
	}
	abs, err := filepath.Abs(db.path)
	if err != nil {
		return true
	}
	tables, unpin := db.pinTables()
	defer unpin()
	data, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return false
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		// start-end perms offset dev inode path
		f := strings.Fields(sc.Text())
		if len(f) < 6 || filepath.Dir(f[5]) != abs {
			continue
		}
		lo, hi, ok := strings.Cut(f[0], "-")
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if !ok || err1 != nil || err2 != nil || end <= start {
			continue
		}
		name := filepath.Base(f[5])
		advice := unix.MADV_DONTNEED
		if id, ok := tableID(name); ok {
			if !tables[id] {
				// being written by a compaction, or written since the
				// pin: paged out, or a compaction that writes 100 MB
				// of tables between two looks would map them all
				advice = unix.MADV_PAGEOUT
			}
		} else if _, ok := vlogID(name); ok {
			end = min(end, start+valueLogFileSize)
		} else if filepath.Ext(name) == ".mem" {
			advice = unix.MADV_PAGEOUT
		} else {
			continue
		}
		_, _, errno := unix.Syscall(unix.SYS_MADVISE, uintptr(start), uintptr(end-start), uintptr(advice))
		if errors.Is(errno, unix.EINVAL) {
			return false // MADV_PAGEOUT: a kernel before 5.4
		}
	}
	return true
}

// pinTables keeps Badger from unmapping any table it returns, or any
// value log, until unpin is called: it opens an iterator, which holds a
// reference to every table of every level and defers the deletion of
// value logs while it is open. The tables returned are those Badger
// listed both before and after it opened the iterator: such a table
// existed throughout, and Badger, which adds a table to its new level
// before it deletes it from its old one and lists levels in that order,
// cannot have hidden it from the iterator.
func (db *DB) pinTables() (tables map[uint64]bool, unpin func()) {
	before := map[uint64]bool{}
	for _, t := range db.bdb.Tables() {
		before[t.ID] = true
	}
	txn := db.bdb.NewTransaction(false)
	it := txn.NewIterator(badger.IteratorOptions{})
	tables = map[uint64]bool{}
	for _, t := range db.bdb.Tables() {
		if before[t.ID] {
			tables[t.ID] = true
		}
	}
	return tables, func() {
		it.Close()
		txn.Discard()
	}
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
