package extract_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/internal/corpus"
	"github.com/chronicle-kg/chronicle/internal/eval/timeml"
)

// TestReadTBAQ reads every TimeML document of TimeBank and AQUAINT with
// ReadArticles and checks that it sees the text and creation time that
// chronicle eval timeml scores against.
func TestReadTBAQ(t *testing.T) {
	dir := corpus.Need(t, "corpora/tbaq")
	paths, _ := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	if len(paths) != 256 {
		t.Errorf("%d documents, want TimeBank's 183 and AQUAINT's 73", len(paths))
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var got []extract.Article
		err = extract.ReadArticles(path, bytes.NewReader(data), extract.ReadOptions{}, func(a extract.Article) error {
			got = append(got, a)
			return nil
		})
		if err != nil || len(got) != 1 {
			t.Errorf("%s: %d articles, %v", path, len(got), err)
			continue
		}
		want, err := timeml.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if a := got[0]; a.Text != want.Text || !a.Date.Equal(want.DCT) || a.ID != path {
			t.Errorf("%s: got %v and %d bytes of text; eval reads %v and %d bytes", path, a.Date, len(a.Text), want.DCT, len(want.Text))
		}
	}
}
