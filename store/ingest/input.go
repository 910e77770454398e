package ingest

import (
	"errors"
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
		return in.reader(stdinName, in.opts.Stdin, in.stdinFormat())
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
	return in.reader(path, &counter{r: f, in: in}, in.opts.Format)
}

// A counter counts the bytes read from r as input read.
type counter struct {
	r  io.Reader
	in *ingester
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.in.readBytes(int64(n))
	return n, err
}

// measure returns the bytes of input in the files of paths, as path
// would read them, for Progress.Total: 0 if a path is standard input,
// whose size is not known.
func (in *ingester) measure(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return nil
			case path != p && strings.HasPrefix(d.Name(), "."), d.IsDir() && in.isStore(path):
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			case d.IsDir():
				return nil
			}
			if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
				total += info.Size()
			}
			return nil
		})
	}
	return total
}

// reader ingests the input r called name, read as format says, the
// articles' dates, fields and size limit as Options say.
func (in *ingester) reader(name string, r io.Reader, format extract.Format) error {
	o := extract.ReadOptions{
		Format: format, Fields: in.opts.Fields, Date: in.opts.Date, MaxSize: in.opts.MaxSize,
		Report: func(e *extract.InputError) { in.bad(name, e) },
	}
	err := extract.ReadArticles(name, r, o, in.article)
	if in.fatal != nil {
		return in.fatal
	}
	var ie *extract.InputError
	var list extract.ErrorList
	if err != nil && !errors.As(err, &ie) && !errors.As(err, &list) {
		// Options ReadArticles cannot use: wrong for every input.
		return err
	}
	in.bad(name, err)
	return nil
}
