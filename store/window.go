package store

import (
	"fmt"
	"time"
)

// span returns the first and last day event e covers, as the indexes
// record them. A missing bound takes the value of the other; an undated
// event has both empty. Days are YYYY-MM-DD and compare as strings.
func span(e Event) (start, end string) { return spanOf(e.FirstDay, e.LastDay) }

// spanOf returns the span of an event whose FirstDay is first and whose
// LastDay is last, as span does.
func spanOf(first, last string) (start, end string) {
	start, end = first, last
	if start == "" {
		start = end
	}
	if end == "" {
		end = start
	}
	return start, end
}

// A window is a range of days, both bounds inclusive; an empty bound is
// open.
type window struct {
	from, to string
}

// newWindow checks the bounds of q.
func newWindow(q Query) (window, error) {
	for _, day := range []string{q.From, q.To} {
		if day == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, day); err != nil {
			return window{}, fmt.Errorf("%w: query day %q: want YYYY-MM-DD", ErrInvalid, day)
		}
	}
	return window{from: q.From, to: q.To}, nil
}

// open reports whether the window has no bounds.
func (w window) open() bool { return w.from == "" && w.to == "" }

// overlaps reports whether the days [start, end] overlap the window. An
// undated span (start empty) overlaps only an open window.
func (w window) overlaps(start, end string) bool {
	if start == "" {
		return w.open()
	}
	return (w.to == "" || start <= w.to) && (w.from == "" || end >= w.from)
}
