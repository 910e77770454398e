package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"golang.org/x/sys/unix"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/store"
)

// writeJSON writes v to w as JSON indented by two spaces, with <, > and &
// left as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// A table aligns tab-separated columns two spaces apart, and writes
// them to its writer in large pieces, not a write a cell.
type table struct {
	*tabwriter.Writer
	buf *bufio.Writer
}

// newTable returns a table writing to w. Flush it when done.
func newTable(w io.Writer) *table {
	buf := bufio.NewWriterSize(w, 64<<10)
	return &table{Writer: tabwriter.NewWriter(buf, 0, 8, 2, ' ', 0), buf: buf}
}

// Flush writes what the table holds.
func (t *table) Flush() error {
	if err := t.Writer.Flush(); err != nil {
		return err
	}
	return t.buf.Flush()
}

// evidenceWidth is how many characters of evidence a text line shows
// where the line's width is not set by the terminal.
const evidenceWidth = 100

// defaultLineWidth is the width of a line of a timeline written to a
// file or a pipe, unless $COLUMNS says otherwise.
const defaultLineWidth = 160

// lineWidth returns the width lines written to w should keep to: the
// terminal's if w is one, else $COLUMNS, else defaultLineWidth.
func lineWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ); err == nil && ws.Col > 0 {
			return int(ws.Col)
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return defaultLineWidth
}

// oneLine returns s with each run of white space (line breaks and tabs
// included) made one space, cut to max characters with an ellipsis.
func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	runes := []rune(s)
	return strings.TrimRight(string(runes[:max-1]), " ") + "…"
}

// when returns the time of e for a text line: a calendar value with its
// modifier ("2022-01-12", "2022 start"), else its relation to its anchor
// ("before 2021-12-28"), else the days it covers ("2021-09-01..2021-12-28"),
// else what its TIMEX3 value says of them ("after 2021-12-28" for
// FUTURE_REF).
func when(e event.Event) string {
	calendar := e.Date != "" && e.Date[0] >= '0' && e.Date[0] <= '9'
	switch {
	case calendar && e.Mod != "":
		return e.Date + " " + strings.ToLower(e.Mod)
	case calendar:
		return e.Date
	case e.Relation != "" && e.Anchor != "":
		return strings.ReplaceAll(string(e.Relation), "_", " ") + " " + e.Anchor
	case e.FirstDay != "" && e.LastDay != "" && e.FirstDay != e.LastDay:
		return e.FirstDay + ".." + e.LastDay
	case e.Date == "PAST_REF" && e.LastDay != "":
		return "before " + e.LastDay
	case e.Date == "FUTURE_REF" && e.FirstDay != "":
		return "after " + e.FirstDay
	case e.FirstDay != "":
		return e.FirstDay
	case e.Date != "":
		return e.Date
	}
	return "undated"
}

// status returns the modality of e for a text line, with the number of
// its sources when there are several: "planned, 2 sources".
func status(e store.Event) string {
	if e.Sources > 1 {
		return fmt.Sprintf("%s, %d sources", e.Modality, e.Sources)
	}
	return string(e.Modality)
}

// participants returns the names of e's actors, in order, comma-separated,
// a reporter's marked so: "Russia, Ukraine, by Ukrainian Military".
func participants(e event.Event) string {
	names := make([]string, len(e.Actors))
	for i, p := range e.Actors {
		names[i] = p.Name
		if p.Role == event.Reporter {
			names[i] = "by " + p.Name
		}
	}
	return strings.Join(names, ", ")
}

// writeFileAtomic writes data to the file path through a temporary file
// in the same directory, so that path is never left half written.
func writeFileAtomic(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
