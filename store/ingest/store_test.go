package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
)

// A fakeStore answers each Put with the next of its errors, or stores
// the article when that is nil.
type fakeStore struct {
	errs     []error // for each Put in turn; nil stores the article
	closeErr error   // from Close
	puts     []string
	added    store.Added // since the last commit
	closed   bool
}

func (s *fakeStore) Has(string) (bool, error) { return false, nil }

func (s *fakeStore) Put(ctx context.Context, a extract.Article, r *extract.Result) (bool, error) {
	s.puts = append(s.puts, a.ID)
	if i := len(s.puts) - 1; i < len(s.errs) && s.errs[i] != nil {
		return false, s.errs[i]
	}
	s.added.Documents++
	return false, nil
}

func (s *fakeStore) Commit(context.Context) (store.Added, error) {
	added := s.added
	s.added = store.Added{}
	return added, nil
}

func (s *fakeStore) Close(ctx context.Context) (store.Added, error) {
	s.closed = true
	added, _ := s.Commit(ctx)
	return added, s.closeErr
}

// TestStoreErrors checks what ingest makes of the store's errors: one
// matching store.ErrInvalid is bad input, any other stops ingest, and an
// error from Close is returned when nothing else went wrong.
func TestStoreErrors(t *testing.T) {
	errDisk := errors.New("store: disk on fire")
	errClose := errors.New("store: cannot close")
	errInvalid := fmt.Errorf("%w: too large", store.ErrInvalid)
	tests := []struct {
		name     string
		putErrs  []error
		closeErr error

		want     error    // from Paths
		docs     int      // added
		puts     []string // the articles Put was given, by file name
		badInput []string
	}{
		{name: "none", docs: 3, puts: []string{"1.txt", "2.txt", "3.txt"}},
		{name: "invalid", putErrs: []error{nil, errInvalid}, docs: 2, puts: []string{"1.txt", "2.txt", "3.txt"},
			badInput: []string{"2.txt: store: invalid: too large"}},
		{name: "put fails", putErrs: []error{nil, errDisk}, want: errDisk, docs: 1, puts: []string{"1.txt", "2.txt"}},
		{name: "close fails", closeErr: errClose, want: errClose, docs: 3, puts: []string{"1.txt", "2.txt", "3.txt"}},
		{name: "put and close fail", putErrs: []error{errDisk}, closeErr: errClose, want: errDisk, puts: []string{"1.txt"}},
	}
	dir := t.TempDir()
	for _, name := range []string{"1.txt", "2.txt", "3.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("date 2022-01-10\n"+name+": Russia and NATO met.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &fakeStore{errs: tc.putErrs, closeErr: tc.closeErr}
			open := func() (sink, error) { return s, nil }
			sum, err := ingestPaths(context.Background(), open, []string{dir}, nil)
			if !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			if sum.Added.Documents != tc.docs {
				t.Errorf("added %d documents, want %d", sum.Added.Documents, tc.docs)
			}
			var puts, bad []string
			for _, id := range s.puts {
				puts = append(puts, filepath.Base(id))
			}
			for _, e := range sum.Errors {
				bad = append(bad, strings.TrimPrefix(e.Error(), dir+string(filepath.Separator)))
			}
			if !slices.Equal(puts, tc.puts) || !slices.Equal(bad, tc.badInput) {
				t.Errorf("put %q, bad input %q; want %q, %q", puts, bad, tc.puts, tc.badInput)
			}
			if !s.closed {
				t.Error("the store was not closed")
			}
		})
	}
}
