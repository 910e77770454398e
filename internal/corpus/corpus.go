// Package corpus finds the shared corpora (../shared beside the module
// root) for the tests and benchmarks that read them, and skips those that
// cannot run without them, saying which check is skipped and why.
package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"
)

var (
	sharedOnce sync.Once
	sharedDir  string
)

// Shared returns the shared folder beside the module root, or "" if there
// is none.
func Shared() string {
	sharedOnce.Do(func() {
		dir, err := os.Getwd()
		if err != nil {
			return
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return
			}
			dir = parent
		}
		s := filepath.Join(filepath.Dir(dir), "shared")
		if info, err := os.Stat(s); err == nil && info.IsDir() {
			sharedDir = s
		}
	})
	return sharedDir
}

// Need returns the path of rel in the shared folder ("corpora/tbaq"). If it
// is not there, Need skips tb with a message that names the check and the
// missing path: a quality target that needs ../shared says so when it
// cannot be checked.
func Need(tb testing.TB, rel string) string {
	tb.Helper()
	s := Shared()
	if s != "" {
		p := filepath.Join(s, rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	tb.Skipf("SKIPPED %s: it needs ../shared/%s, which is not beside the module", tb.Name(), rel)
	return ""
}

// An Article is one Timeline17 article.
type Article struct {
	ID   string
	Date time.Time
	Text string
}

// T17 loads Timeline17 articles in a fixed order (topic folders by name,
// then each folder's order) until they hold limit bytes of text. Articles
// whose date does not parse are left out. It skips tb when the corpus is
// not there.
func T17(tb testing.TB, limit int) []Article {
	tb.Helper()
	dir := Need(tb, "corpora/t17")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "articles.json"))
	sort.Strings(files)
	var out []Article
	size := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var docs []struct{ UID, DCT, Text string }
		if err := json.Unmarshal(b, &docs); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		for _, d := range docs {
			dct, err := time.Parse(time.DateOnly, d.DCT)
			if err != nil {
				continue
			}
			out = append(out, Article{ID: d.UID, Date: dct, Text: d.Text})
			if size += len(d.Text); size >= limit {
				return out
			}
		}
	}
	return out
}
