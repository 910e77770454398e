package store

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
)

// manifestName is the name of Badger's MANIFEST, the log of the tables
// that make up the store.
const manifestName = badger.ManifestFilename

// logHeaderSize is the size of the header of Badger's logs (.mem and
// .vlog files): the number of their encryption key and an IV.
const logHeaderSize = 20

// tableName is the name of the table file numbered id.
func tableName(id uint64) string { return fmt.Sprintf("%06d.sst", id) }

// tableID returns the number of the table file called name, and whether
// name is one.
func tableID(name string) (uint64, bool) {
	base, ok := strings.CutSuffix(name, ".sst")
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseUint(base, 10, 64)
	return id, err == nil
}

// checkStore checks the files of the store in dir before Badger opens
// it, holding the lock Badger will take (see lockDir), and returns an
// error matching ErrDamaged if they are damaged, or ErrLocked if another
// process holds the store. A directory that does not exist is a new
// store.
func checkStore(dir string, readOnly bool) error {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	unlock, err := lockDir(dir, readOnly)
	if err != nil {
		if isLocked(err) {
			return &lockedError{path: dir, err: err}
		}
		return fmt.Errorf("store: open %s: %w", dir, err)
	}
	defer unlock()
	_, _, problems, err := checkFiles(dir, true, true)
	if err != nil {
		return fmt.Errorf("store: open %s: %w", dir, err)
	}
	if len(problems) > 0 {
		return &DamageError{Path: dir, Problems: problems}
	}
	return nil
}

// checkFiles checks the files Badger trusts when it opens the store in
// dir: the MANIFEST, every table it lists, and with orphans, that no
// table is missing from it, and every value log. It returns how many
// tables and logs it verified and what is damaged, by file name. The
// error is for a file that cannot be read at all (no permission), which
// is no damage. With remember, a file verified before, as the file
// verifiedName records, is not verified again (see "Integrity" in
// the package documentation).
//
// Badger takes a MANIFEST that ends in a partial change set for one a
// crash cut short: it drops the change set, and deletes the tables the
// MANIFEST does not list, even opening a store read-only, as left over
// from changes a killed process never recorded. Their data is safe: in
// the write-ahead log (a .mem file) of the memtable they were flushed
// from, or in the tables they were compacted from, which the MANIFEST
// still lists. But a clean Close leaves no write-ahead log; then a
// MANIFEST cut short, or a table missing from it, is one that has lost
// changes, and Badger would lose the tables' data.
func checkFiles(dir string, orphans, remember bool) (tables, logs int, problems []Problem, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, 0, nil, err
	}
	onDisk := map[uint64]bool{}
	unclean := false
	for _, e := range entries {
		if id, ok := tableID(e.Name()); ok {
			onDisk[id] = true
		}
		if strings.HasSuffix(e.Name(), ".mem") {
			unclean = true
			// Badger cannot open a log without its header, nor say why.
			if fi, err := e.Info(); err == nil && fi.Size() < logHeaderSize {
				problems = append(problems, Problem{File: e.Name(), What: fmt.Sprintf("cut short to %d bytes, less than its header", fi.Size())})
			}
		}
	}
	m, more, err := readManifest(dir, len(onDisk), unclean)
	problems = append(problems, more...)
	if err != nil || m == nil {
		return 0, 0, problems, err
	}
	verify := map[uint64]badger.TableManifest{}
	for id, t := range m.Tables {
		switch {
		case !onDisk[id]:
			problems = append(problems, Problem{File: tableName(id), What: "listed in the MANIFEST but missing"})
		case t.KeyID != 0:
			problems = append(problems, Problem{File: tableName(id), What: "encrypted, and the store uses no key"})
		default:
			verify[id] = t
		}
	}
	// The value vlogs: the last one a killed process was writing may end
	// in what it cut short (see verifyLog), which Badger drops.
	var vlogs []uint64
	for _, e := range entries {
		if id, ok := vlogID(e.Name()); ok {
			vlogs = append(vlogs, id)
		}
	}
	slices.Sort(vlogs)
	var seen verified
	if remember {
		seen = readVerified(dir)
		for id := range verify {
			if seen.holds(dir, tableName(id)) {
				delete(verify, id)
			}
		}
	}
	var verifyLogs []uint64
	for _, id := range vlogs {
		if !remember || !seen.holds(dir, vlogName(id)) {
			verifyLogs = append(verifyLogs, id)
		}
	}
	var last uint64
	if len(vlogs) > 0 {
		last = vlogs[len(vlogs)-1]
	}
	more, err = verifyFiles(dir, verify, verifyLogs, unclean, last)
	if err != nil {
		return 0, 0, nil, err
	}
	problems = append(problems, more...)
	if remember && len(verify)+len(verifyLogs) > 0 {
		var names []string
		for id := range m.Tables {
			names = append(names, tableName(id))
		}
		for _, id := range vlogs {
			// A log with a tail a kill left is verified again.
			if !unclean || id != last {
				names = append(names, vlogName(id))
			}
		}
		seen.update(dir, names, problems)
	}
	for id := range onDisk {
		if _, listed := m.Tables[id]; orphans && !listed && !unclean {
			problems = append(problems, Problem{File: tableName(id),
				What: "missing from the MANIFEST of a store closed cleanly: the MANIFEST has lost changes, and Badger would delete the table"})
		}
	}
	slices.SortFunc(problems, func(a, b Problem) int { return cmp.Compare(a.File, b.File) })
	return len(verify), len(verifyLogs), problems, nil
}

// readManifest replays the MANIFEST of the store in dir, which holds
// tables table files. It returns nil and the problem if the MANIFEST is
// damaged: unreadable, missing while there are tables, or, unless the
// store is unclean (see checkFiles), cut short.
func readManifest(dir string, tables int, unclean bool) (*badger.Manifest, []Problem, error) {
	f, err := os.Open(filepath.Join(dir, manifestName))
	if errors.Is(err, fs.ErrNotExist) {
		if tables > 0 {
			return nil, []Problem{{File: manifestName, What: fmt.Sprintf("missing, though the store has %d table files; Badger would delete them", tables)}}, nil
		}
		return &badger.Manifest{}, nil, nil // a new store
	}
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	m, end, err := badger.ReplayManifestFile(f, 0, badger.DefaultOptions("").WithLogger(nil))
	switch {
	case err != nil:
		return nil, []Problem{{File: manifestName, What: "unreadable: " + err.Error()}}, nil
	case end < fi.Size() && !unclean:
		return nil, []Problem{{File: manifestName, What: fmt.Sprintf("cut short: its last change set breaks off at byte %d of %d", end, fi.Size())}}, nil
	}
	return &m, nil, nil
}

// verifyFiles verifies the tables and the value logs logs of the store
// in dir, as many at a time as there are CPUs, and returns those that
// are damaged. If unclean, the log last may end in what a kill cut
// short.
func verifyFiles(dir string, tables map[uint64]badger.TableManifest, logs []uint64, unclean bool, last uint64) ([]Problem, error) {
	type job struct {
		name   string
		verify func() (problem, err error)
	}
	jobs := make(chan job)
	var (
		mu       sync.Mutex
		problems []Problem
		firstErr error
		wg       sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), len(tables)+len(logs)) {
		wg.Go(func() {
			for j := range jobs {
				p, err := j.verify()
				mu.Lock()
				if p != nil {
					problems = append(problems, Problem{File: j.name, What: p.Error()})
				}
				firstErr = cmp.Or(firstErr, err)
				mu.Unlock()
			}
		})
	}
	for id, t := range tables {
		jobs <- job{tableName(id), func() (error, error) { return verifyTableFile(filepath.Join(dir, tableName(id)), t) }}
	}
	for _, id := range logs {
		jobs <- job{vlogName(id), func() (error, error) { return verifyLogFile(filepath.Join(dir, vlogName(id)), unclean && id == last) }}
	}
	close(jobs)
	wg.Wait()
	return problems, firstErr
}

// verifyLogFile verifies the value log at path (see verifyLog).
func verifyLogFile(path string, tail bool) (problem, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil // deleted by Badger since listed
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return verifyLog(f, tail)
}

// verifyTableFile verifies the table file at path. The problem is what
// is damaged in it; the error, that it cannot be opened.
func verifyTableFile(path string, t badger.TableManifest) (problem, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("listed in the MANIFEST but missing"), nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	defer func() {
		// The index passed its checksum, yet does not decode.
		if r := recover(); r != nil {
			problem = fmt.Errorf("unreadable index: %v", r)
		}
	}()
	return verifyTable(f, t.Compression), nil
}
