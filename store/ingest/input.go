package ingest

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronicle-kg/chronicle/extract"
)

// stdinName is the name of standard input in errors and IDs.
const stdinName = "<stdin>"

// IsJSONL reports whether the file called name holds JSON Lines: whether
// it ends in .jsonl or .ndjson, in any case.
func IsJSONL(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

// path ingests the file, directory or standard input p. It records bad
// input and returns only errors that stop ingest.
func (in *ingester) path(p string) error {
	if p == "-" {
		return in.reader(stdinName, in.opts.Stdin, in.opts.JSONL)
	}
	info, err := os.Stat(p)
	if err != nil {
		in.bad(p, extract.FileError(p, err))
		return nil
	}
	if !info.IsDir() {
		return in.file(p)
	}
	return filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			in.bad(path, extract.FileError(path, err))
			return nil
		case path != p && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case d.IsDir() && in.isStore(path):
			return filepath.SkipDir
		case d.IsDir():
			return nil
		case !d.Type().IsRegular():
			if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
				return nil // a dangling link, or a link to a directory or device
			}
		}
		return in.file(path)
	})
}

// isStore reports whether dir is Options.StoreDir, which a walk of the
// directory it is in ("chronicle ingest .") must not read.
func (in *ingester) isStore(dir string) bool {
	if in.storeAbs == "" {
		return false
	}
	abs, err := filepath.Abs(dir)
	return err == nil && abs == in.storeAbs
}

// file ingests the file at path.
func (in *ingester) file(path string) error {
	f, err := os.Open(path)
	if err != nil {
		in.bad(path, extract.FileError(path, err))
		return nil
	}
	defer f.Close()
	return in.reader(path, f, IsJSONL(path))
}

// reader ingests the input r called name, JSON Lines or one article.
func (in *ingester) reader(name string, r io.Reader, jsonl bool) error {
	if jsonl {
		err := extract.ReadJSONL(name, r, in.opts.Date, in.article)
		if in.fatal != nil {
			return in.fatal
		}
		in.bad(name, err)
		return nil
	}
	data, err := io.ReadAll(r)
	if err != nil {
		in.bad(name, extract.FileError(name, err))
		return nil
	}
	a, err := extract.ReadText(name, data, in.opts.Date)
	if err != nil {
		in.bad(name, err)
		return nil
	}
	return in.article(a)
}
