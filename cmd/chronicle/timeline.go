package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-kg/chronicle/store"
)

const timelineUsage = `Usage: chronicle timeline [--db DIR] [--actor NAME]... [--type TYPE]...
                          [--from DATE] [--to DATE] [--modality M]... [--all] [--json]

Timeline lists the stored events in time order, one a line:

	2022-01-12  meet (040)  Russia, NATO  [planned]  Russia and NATO also plan to hold...

An event reported by several articles is listed once, with the number
of articles that report it: [planned, 2 sources]. By default timeline
leaves out hypothetical and negated events.

Flags:
  --db DIR         the store (default $CHRONICLE_DB, else ./chronicle.db)
  --actor NAME     only events involving NAME, a name or alias in any case;
                   repeat for events involving all of them
  --type TYPE      only events of TYPE (meet, visit, threaten, ...); repeat or
                   separate with commas for any of several
  --from DATE      only events on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD
  --to DATE        only events on or before DATE: YYYY, YYYY-MM or YYYY-MM-DD
  --modality M     only events of modality M: asserted, reported, planned,
                   hypothetical or negated; repeat or separate with commas
  --all            events of every modality (overrides --modality)
  --json           print {"events": [...]} as JSON
`

type timelineCmd struct {
	eventQuery
	json bool
}

func (c *timelineCmd) flags(fs *flag.FlagSet) {
	c.eventQuery.flags(fs)
	fs.BoolVar(&c.json, "json", false, "print JSON")
}

func (c *timelineCmd) run(ctx context.Context, e *env, args []string) (err error) {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	var w eventWriter
	if c.json {
		w = &jsonEvents{w: out}
	} else {
		w = &textEvents{w: out, width: lineWidth(e.stdout)}
	}
	err = c.each(ctx, c.json, e.stderr, w.write)
	if err == nil {
		err = w.close()
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// An eventWriter writes a timeline as its events are read.
type eventWriter interface {
	write(store.Event) error
	close() error // ends what was written, and writes nothing more
}

// jsonEvents writes {"events": [...]}, as writeJSON would write it, an
// event at a time.
type jsonEvents struct {
	w *bufio.Writer
	n int
}

func (j *jsonEvents) write(ev store.Event) error {
	data, err := json.MarshalIndent(ev, "    ", "  ")
	if err != nil {
		return err
	}
	if j.n == 0 {
		j.w.WriteString("{\n  \"events\": [\n    ")
	} else {
		j.w.WriteString(",\n    ")
	}
	j.n++
	_, err = j.w.Write(data)
	return err
}

func (j *jsonEvents) close() error {
	if j.n == 0 {
		_, err := j.w.WriteString("{\n  \"events\": []\n}\n")
		return err
	}
	_, err := j.w.WriteString("\n  ]\n}\n")
	return err
}

// textEvents writes events as lines of text, each within width columns:
// the time, the type, the participants and the status in columns as wide
// as the first rows need, up to a bound, and the evidence cut to fill
// the rest. The first rows are held to measure the columns; the rest
// are written as they come, so a timeline of any length streams.
type textEvents struct {
	w      *bufio.Writer
	width  int
	held   [][4]string // the first rows, until the columns are measured
	cols   [4]int      // widths of the time, type, participants and status columns
	sized  bool
	events []store.Event // of the rows held
}

// Bounds of the columns of a timeline line, and how many rows are read
// to size them.
const (
	maxWhenWidth         = 22 // "2021-09-01..2021-12-28"
	maxTypeWidth         = 24
	maxParticipantsWidth = 36
	minParticipantsWidth = 12
	maxStatusWidth       = 22 // "[hypothetical, 9 sources]"
	minEvidenceWidth     = 24
	sizingRows           = 200
)

func (t *textEvents) write(ev store.Event) error {
	typ := ev.Type
	if ev.Cameo != "" {
		typ += " (" + ev.Cameo + ")"
	}
	row := [4]string{when(ev.Event), typ, participants(ev.Event), "[" + status(ev) + "]"}
	if !t.sized {
		t.held = append(t.held, row)
		t.events = append(t.events, ev)
		if len(t.held) < sizingRows {
			return nil
		}
		return t.size()
	}
	return t.line(row, ev.Evidence)
}

// size measures the columns on the rows held and writes them.
func (t *textEvents) size() error {
	bounds := [4]int{maxWhenWidth, maxTypeWidth, maxParticipantsWidth, maxStatusWidth}
	for _, row := range t.held {
		for i := range t.cols {
			t.cols[i] = max(t.cols[i], min(utf8.RuneCountInString(row[i]), bounds[i]))
		}
	}
	// A narrow line gives up participants' width first, down to
	// minParticipantsWidth, then the evidence's, down to
	// minEvidenceWidth.
	used := 2 * len(t.cols)
	for _, w := range t.cols {
		used += w
	}
	if over := used + minEvidenceWidth - t.width; over > 0 {
		t.cols[2] = max(t.cols[2]-over, min(t.cols[2], minParticipantsWidth))
	}
	t.sized = true
	for i, row := range t.held {
		if err := t.line(row, t.events[i].Evidence); err != nil {
			return err
		}
	}
	t.held, t.events = nil, nil
	return nil
}

// line writes one row and its evidence.
func (t *textEvents) line(row [4]string, evidence string) error {
	var b strings.Builder
	row[2] = cutNames(row[2], t.cols[2])
	for i, w := range t.cols {
		pad(&b, row[i], w)
	}
	room := max(t.width-utf8.RuneCountInString(b.String()), minEvidenceWidth)
	b.WriteString(oneLine(evidence, room))
	b.WriteByte('\n')
	_, err := t.w.WriteString(b.String())
	return err
}

func (t *textEvents) close() error {
	if !t.sized {
		return t.size()
	}
	return nil
}

// pad writes s to b, padded with spaces to width runes, then two spaces.
func pad(b *strings.Builder, s string, width int) {
	b.WriteString(s)
	for n := utf8.RuneCountInString(s); n < width; n++ {
		b.WriteByte(' ')
	}
	b.WriteString("  ")
}

// cutNames returns all, participants' names as participants writes them,
// in at most width runes: as many names as fit, then "+N" for the others.
func cutNames(all string, width int) string {
	if utf8.RuneCountInString(all) <= width {
		return all
	}
	names := strings.Split(all, ", ")
	for k := len(names) - 1; k >= 1; k-- {
		s := strings.Join(names[:k], ", ") + fmt.Sprintf(", +%d", len(names)-k)
		if utf8.RuneCountInString(s) <= width {
			return s
		}
	}
	if len(names) == 1 {
		return oneLine(all, width)
	}
	return oneLine(names[0], max(width-4, 2)) + fmt.Sprintf(" +%d", len(names)-1)
}
