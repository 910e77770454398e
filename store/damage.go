package store

import (
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
)

// Open checks every table before Badger reads it (see checkFiles), and
// Badger verifies each block's checksum as it reads it, so reads should
// find no damage. What follows is for what gets past: a file damaged
// while the store is open, or damage Badger notices that the checks
// before it do not look for.

// openBadger opens Badger with opts, turning a panic in this goroutine,
// or an error that says a file is damaged, into an error that matches
// ErrDamaged. (Badger opens tables in goroutines of its own, where a
// panic cannot be recovered: checkFiles prevents those.)
func openBadger(path string, opts badger.Options) (bdb *badger.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			bdb, err = nil, &DamageError{Path: path, Problems: []Problem{panicProblem(r)}}
		}
	}()
	bdb, err = badger.Open(opts)
	if p, ok := damageOf(err); ok {
		return nil, &DamageError{Path: path, Problems: []Problem{p}}
	}
	return bdb, err
}

// badgerFile finds the name of a file of the store in a message of
// Badger's.
var badgerFile = regexp.MustCompile(`\b(\d+\.(?:sst|vlog|mem)|MANIFEST|KEYREGISTRY)\b`)

// damageSigns are the words by which Badger's errors from Open say that
// a file is damaged, each with the file to blame if the message names
// none. Badger formats its errors without wrapping them, so the message
// is all there is to go on.
var damageSigns = []struct{ sign, file string }{
	{"Invalid datakey id", ""},     // a log's header (.vlog, .mem) is damaged
	{"sanity text", "KEYREGISTRY"}, // cut short
	{"Encryption key mismatch", "KEYREGISTRY"},
	{"manifest has", manifestName}, // bad magic, checksum mismatch, unsupported version
	{"MANIFEST", manifestName},
	{"checksum", ""},
	{"file does not exist for table", manifestName},
}

// damageOf reports whether err, from badger.Open, says that a file is
// damaged, and which.
func damageOf(err error) (Problem, bool) {
	if err == nil {
		return Problem{}, false
	}
	msg := err.Error()
	for _, s := range damageSigns {
		if !strings.Contains(msg, s.sign) {
			continue
		}
		file := s.file
		if m := badgerFile.FindStringSubmatch(msg); m != nil {
			file = m[1]
		}
		return Problem{File: file, What: msg}, true
	}
	return Problem{}, false
}

// recoverDamage, deferred by a function that reads through Badger,
// turns a panic that Badger raised into an error matching ErrDamaged in
// *errp. Any other panic goes on.
func recoverDamage(errp *error) {
	r := recover()
	if r == nil {
		return
	}
	if !strings.HasPrefix(panicSite(), "github.com/dgraph-io/") || misuse(r) {
		panic(r)
	}
	*errp = &DamageError{Problems: []Problem{panicProblem(r)}}
}

// view runs fn in a read-only transaction, as badger.DB.View does, and
// turns a panic that Badger raises reading a damaged table, or an error
// reading a damaged value log, into an error that matches ErrDamaged and
// names the store.
func (db *DB) view(fn func(txn *badger.Txn) error) (err error) {
	defer func() { err = db.damage(err) }()
	defer recoverDamage(&err)
	return db.bdb.View(fn)
}

// itemValue calls fn with the value of item, as item.Value does, but
// fails where Badger does not: unable to read a value from a damaged
// value log, Badger logs why and hands over an empty value. The error
// is a *lostValue, which DB.damage makes a *DamageError.
func itemValue(item *badger.Item, fn func(val []byte) error) error {
	return item.Value(func(val []byte) error {
		if len(val) == 0 && item.ValueSize() > 0 {
			return &lostValue{key: string(item.KeyCopy(nil))}
		}
		return fn(val)
	})
}

// A lostValue is a value that Badger could not read.
type lostValue struct{ key string }

func (e *lostValue) Error() string {
	return fmt.Sprintf("store: the value of key %q cannot be read", e.key)
}

// A readLog is the logger of a store's Badger: it keeps the last error
// Badger logged reading a value, which says why and from which value
// log, and drops the rest, as Badger logs much that is no error.
type readLog struct {
	mu   sync.Mutex
	last string
}

func (l *readLog) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if strings.HasPrefix(msg, "Unable to read") {
		l.mu.Lock()
		l.last = msg
		l.mu.Unlock()
	}
}

func (l *readLog) Warningf(string, ...any) {}
func (l *readLog) Infof(string, ...any)    {}
func (l *readLog) Debugf(string, ...any)   {}

// lastRead returns the last error Badger logged reading a value.
func (l *readLog) lastRead() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.last
}

// damage returns err as a *DamageError naming the store if it says
// that a value log is damaged (see valueDamage and itemValue);
// otherwise err.
func (db *DB) damage(err error) error {
	var lost *lostValue
	if errors.As(err, &lost) {
		why := db.log.lastRead()
		file := vlogFile(why)
		what := lost.Error()
		if _, after, ok := strings.Cut(why, "Error: "); ok {
			what += ": " + after
		}
		err = &DamageError{Problems: []Problem{{File: file, What: strings.TrimPrefix(what, "store: ")}}}
	}
	err = valueDamage(err)
	var de *DamageError
	if errors.As(err, &de) && de.Path == "" {
		de.Path = db.path
	}
	return err
}

// valueSigns are the words by which Badger's errors reading a value
// from a value log say that the log is damaged: a value whose checksum
// fails (Options.VerifyValueChecksum), a pointer past the log's end, a
// header that does not decode.
var valueSigns = []string{"value corrupted for vp", "Invalid value pointer offset", "Invalid read:"}

// vlogFid finds the number of the value log in a message of Badger's.
var vlogFid = regexp.MustCompile(`Fid:(\d+)`)

// valueDamage returns err as a *DamageError, without its Path, if it is
// Badger saying that a value log is damaged; otherwise err.
func valueDamage(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if !slices.ContainsFunc(valueSigns, func(s string) bool { return strings.Contains(msg, s) }) {
		return err
	}
	return &DamageError{Problems: []Problem{{File: vlogFile(msg), What: msg}}}
}

// vlogFile returns the name of the value log a message of Badger's
// names by number, or "value log" if it names none.
func vlogFile(msg string) string {
	if m := vlogFid.FindStringSubmatch(msg); m != nil {
		if id, err := strconv.ParseUint(m[1], 10, 64); err == nil {
			return vlogName(id)
		}
	}
	return "value log"
}

// misuse reports whether r is a panic by which Badger refuses a call
// that is the caller's mistake.
func misuse(r any) bool {
	err, ok := r.(error)
	return ok && (errors.Is(err, badger.ErrDiscardedTxn) || errors.Is(err, badger.ErrDBClosed))
}

// panicSite returns the function that raised the panic being recovered,
// called from the deferred function that recovers it.
func panicSite() string {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	panicking := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			panicking = true
		case panicking && !strings.HasPrefix(f.Function, "runtime."):
			return f.Function
		}
		if !more {
			return ""
		}
	}
}

// tableInPanic finds the number of the table in the message of a panic
// Badger raises reading a damaged block.
var tableInPanic = regexp.MustCompile(`Table ID: (\d+)`)

// panicProblem is the problem a panic of Badger's shows.
func panicProblem(r any) Problem {
	msg := fmt.Sprint(r)
	p := Problem{What: "Badger failed reading it: " + firstLine(msg)}
	if m := tableInPanic.FindStringSubmatch(msg); m != nil {
		if id, err := strconv.ParseUint(m[1], 10, 64); err == nil {
			p.File = tableName(id)
		}
	}
	if p.File == "" {
		p.What = "Badger failed reading a table: " + firstLine(msg)
	}
	return p
}

// firstLine returns the first non-blank line of s.
func firstLine(s string) string {
	for line := range strings.Lines(s) {
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return ""
}
