package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/internal/eval/timeml"
)

const timemlUsage = `Usage: chronicle timeml [--date YYYY-MM-DD] [-o DIR] PATH...

Timeml tags TimeML documents with the time expressions chronicle finds.
It reads the text of each document and its creation time, finds the
time expressions in the text, and writes the document with them as
TIMEX3 elements in place of the annotations that were inside TEXT. The
text is unchanged, and so is everything outside TEXT but the TLINK,
SLINK, ALINK and MAKEINSTANCE elements, which referred to the
annotations removed.

A PATH is a TimeML file or a directory, of which every .tml file is read
in name order (not those of subdirectories, nor hidden ones). A document
that cannot be read is reported as FILE:LINE: problem; timeml goes on
with the rest and then exits with status 1.

Flags:
  --date YYYY-MM-DD   the creation time to resolve against, overriding the
                      documents' (whose DCT elements are written unchanged)
  -o DIR              write each document to DIR under its own name,
                      creating DIR if need be, not to standard output
`

type timemlCmd struct {
	date dayFlag
	out  string
}

func (c *timemlCmd) flags(fs *flag.FlagSet) {
	fs.Var(&c.date, "date", "creation time")
	fs.StringVar(&c.out, "o", "", "output directory")
}

func (c *timemlCmd) run(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("no PATH to read")
	}
	t := &tagger{cmd: c, env: e, written: map[string]string{}}
	for _, path := range tmlFiles(e, args, &t.failed) {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := t.file(path); err != nil {
			fmt.Fprintln(e.stderr, err)
			t.failed++
		}
	}
	if t.noDCT {
		fmt.Fprintln(e.stderr, "chronicle timeml: give documents without a creation time one with --date")
	}
	if t.failed > 0 {
		return errReported
	}
	return nil
}

// tmlFiles returns the TimeML files that paths name: each a file or a
// directory of them. It reports those it cannot read, counting them in
// failed.
func tmlFiles(e *env, paths []string, failed *int) []string {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			fmt.Fprintln(e.stderr, extract.FileError(p, err))
			*failed++
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		in, err := timeml.Files(p)
		if err == nil && len(in) == 0 {
			err = timeml.ErrNoFiles
		}
		if err != nil {
			fmt.Fprintln(e.stderr, extract.FileError(p, err))
			*failed++
			continue
		}
		files = append(files, in...)
	}
	return files
}

// A tagger tags TimeML files.
type tagger struct {
	cmd     *timemlCmd
	env     *env
	written map[string]string // output path → input path
	failed  int
	noDCT   bool // some document had no creation time
}

// file tags the TimeML file at path and writes it out.
func (t *tagger) file(path string) error {
	d, err := timeml.ReadFile(path)
	if err != nil {
		return err
	}
	if !t.cmd.date.t.IsZero() {
		d.DCT = t.cmd.date.t
	}
	if d.DCT.IsZero() {
		t.noDCT = true
		return &extract.InputError{Name: path, Err: timeml.ErrNoDCT}
	}
	var buf bytes.Buffer
	if err := timeml.Write(&buf, d, timeml.Tag(d)); err != nil {
		return err
	}
	if t.cmd.out == "" {
		_, err := t.env.stdout.Write(buf.Bytes())
		return err
	}
	out := filepath.Join(t.cmd.out, filepath.Base(path))
	if from, ok := t.written[out]; ok {
		return fmt.Errorf("%s: not written to %s, which holds %s", path, out, from)
	}
	if sameFile(out, path) {
		return fmt.Errorf("%s: not written to %s, which is the input", path, out)
	}
	if err := os.MkdirAll(t.cmd.out, 0o755); err != nil {
		return err
	}
	if err := writeFileAtomic(out, buf.Bytes()); err != nil {
		return err
	}
	t.written[out] = path
	return nil
}

// sameFile reports whether the paths a and b are the same existing file.
func sameFile(a, b string) bool {
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
}
