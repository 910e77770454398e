package store

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// verifiedName is the file, beside Badger's, where Open records the
// tables and value logs it has verified, so as to verify each only once:
// Badger never changes a table once written, but writes new ones and
// deletes old ones as it compacts, and it appends to a value log only
// until it starts the next. It is a cache: a store without it is
// verified whole at the next Open, and DB.Check ignores it.
const verifiedName = "chronicle-verified"

// A verified set holds the files verified before, each as its name,
// size and modification time, which a file written again or replaced
// would not keep.
type verified map[string]bool

// stamp returns what the verified set records of the file name in dir,
// or "" if it cannot be read.
func stamp(dir, name string) string {
	fi, err := os.Stat(filepath.Join(dir, name))
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s %d %d", name, fi.Size(), fi.ModTime().UnixNano())
}

// readVerified reads the verified set of the store in dir; an empty one
// if there is none or it cannot be read.
func readVerified(dir string) verified {
	v := verified{}
	f, err := os.Open(filepath.Join(dir, verifiedName))
	if err != nil {
		return v
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		v[sc.Text()] = true
	}
	return v
}

// holds reports whether the file name in dir was verified as it is now.
func (v verified) holds(dir, name string) bool {
	s := stamp(dir, name)
	return s != "" && v[s]
}

// update records the files named, all verified now but those with
// problems, and drops the others. It writes the file whole and renames
// it into place; if it cannot, the next Open verifies again.
func (v verified) update(dir string, names []string, problems []Problem) {
	var lines []string
	for _, name := range names {
		bad := slices.ContainsFunc(problems, func(p Problem) bool { return p.File == name })
		if s := stamp(dir, name); s != "" && !bad {
			lines = append(lines, s)
		}
	}
	slices.Sort(lines)
	tmp, err := os.CreateTemp(dir, verifiedName+".tmp*")
	if err != nil {
		return
	}
	_, err = tmp.WriteString(strings.Join(lines, "\n") + "\n")
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(dir, verifiedName))
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}
