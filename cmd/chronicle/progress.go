package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/chronicle-kg/chronicle/store/ingest"
)

// A progressBar draws an ingest's progress on one line of a terminal,
// redrawn at most ten times a second: articles done, MB read of MB in
// all, MB/s and the time left.
type progressBar struct {
	w     io.Writer
	width int // of the terminal, in columns
	start time.Time
	last  time.Time // of the last drawing
	shown bool      // a line is drawn and not yet cleared
	now   func() time.Time
}

// newProgressBar returns a bar drawing on w, or nil if w is not a
// terminal: a log or a pipe gets no bar.
func newProgressBar(w io.Writer) *progressBar {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ)
	if err != nil || ws.Col == 0 {
		return nil
	}
	return &progressBar{w: w, width: int(ws.Col), start: time.Now(), now: time.Now}
}

// update draws p, unless a drawing was made less than a tenth of a
// second ago.
func (b *progressBar) update(p ingest.Progress) {
	now := b.now()
	if now.Sub(b.last) < 100*time.Millisecond {
		return
	}
	b.last = now
	line := []rune(progressLine(p, now.Sub(b.start)))
	if len(line) > b.width-1 {
		line = line[:b.width-1]
	}
	fmt.Fprintf(b.w, "\r%s\x1b[K", string(line))
	b.shown = true
}

// clear removes the bar's line, so that what follows starts on a clean
// one.
func (b *progressBar) clear() {
	if b.shown {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.shown = false
	}
}

// progressLine words p after elapsed time: a bar and figures when the
// size of the input is known, figures alone when it is not.
func progressLine(p ingest.Progress, elapsed time.Duration) string {
	mb := float64(p.Read) / 1e6
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = mb / s
	}
	figures := fmt.Sprintf("%d articles  %.1f MB  %.2f MB/s", p.Articles, mb, rate)
	if p.Total <= 0 {
		return "ingest  " + figures
	}
	done := min(float64(p.Read)/float64(p.Total), 1)
	const width = 24
	filled := int(done * width)
	bar := strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
	eta := "?"
	if rate > 0 {
		left := time.Duration((float64(p.Total-p.Read) / 1e6 / rate) * float64(time.Second))
		eta = left.Round(time.Second).String()
	}
	return fmt.Sprintf("ingest %s %3.0f%%  %d articles  %.1f/%.1f MB  %.2f MB/s  %s left",
		bar, done*100, p.Articles, mb, float64(p.Total)/1e6, rate, eta)
}
