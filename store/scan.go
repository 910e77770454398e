package store

import "context"

// candidates returns the IDs of the events that may match f, read from
// the narrowest index at hand: the first actor's, else the types', else
// the end-day index for a window open on the right, else the start-day
// index. Each scan stops past the window's end.
func (f *filter) candidates(ctx context.Context, r reader) ([]string, error) {
	switch {
	case len(f.actors) > 0:
		return r.scan(ctx, byActorPrefix(f.actors[0]), "", f.win.to, f.keepType)
	case f.types != nil:
		var ids []string
		for t := range f.types {
			got, err := r.scan(ctx, byTypePrefix(t), "", f.win.to, nil)
			if err != nil {
				return nil, err
			}
			ids = append(ids, got...)
		}
		return ids, nil
	case f.win.from != "" && f.win.to == "":
		return r.scan(ctx, prefixEnd, f.win.from, "", nil)
	}
	return r.scan(ctx, prefixStart, "", f.win.to, f.keepEnd)
}
