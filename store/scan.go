package store

import (
	"context"
	"slices"
)

// candidates returns the IDs of the events that may match f, read from
// the narrowest index at hand: the query actors' (every one's, keeping
// the events all of them take part in), else the types', else the start
// index. Each index is read in two parts: the short events from
// maxShortDays before the window to its end, and the long ones up to the
// window's end (see class). Entries that end before the window, or of
// types f does not show, are dropped on their value, without reading
// the event.
func (f *filter) candidates(ctx context.Context, r reader) ([]string, error) {
	switch {
	case len(f.actors) > 0:
		var ids []string
		for i, a := range f.actors {
			got, err := f.scanClasses(ctx, r, func(c class) string { return byActorPrefix(a, c) }, f.keepActor)
			if err != nil {
				return nil, err
			}
			if i == 0 {
				ids = got
				continue
			}
			ids = intersect(ids, got)
		}
		return ids, nil
	case f.types != nil:
		var ids []string
		for t := range f.types {
			got, err := f.scanClasses(ctx, r, func(c class) string { return byTypePrefix(t, c) }, f.keepEnd)
			if err != nil {
				return nil, err
			}
			ids = append(ids, got...)
		}
		return ids, nil
	}
	return f.scanClasses(ctx, r, startPrefix, f.keepEnd)
}

// scanClasses scans the index whose prefix for each span class is
// prefix(class) over the start days of the events that may overlap the
// window.
func (f *filter) scanClasses(ctx context.Context, r reader, prefix func(class) string, keep func(day string, val []byte) bool) ([]string, error) {
	from := ""
	if f.win.from != "" {
		from = shiftDay(f.win.from, -maxShortDays)
	}
	hits, err := r.scan(ctx, prefix(short), from, f.win.to, keep)
	if err != nil {
		return nil, err
	}
	more, err := r.scan(ctx, prefix(long), "", f.win.to, keep)
	return idsOf(append(hits, more...)), err
}

// intersect returns the IDs of a that b holds too, in a's order.
func intersect(a, b []string) []string {
	in := make(map[string]bool, len(b))
	for _, id := range b {
		in[id] = true
	}
	return slices.DeleteFunc(a, func(id string) bool { return !in[id] })
}
