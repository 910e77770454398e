package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
)

// hugeParagraphs is how many paragraphs naming ten countries
// hugeArticle has: their mentions are more than one store transaction
// holds.
const hugeParagraphs = 11_000

// hugeArticle returns a plain-text article of 1.4 MB: the seed article,
// hugeParagraphs paragraphs that name ten countries each, and the seed
// article again.
func hugeArticle(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile(seed)
	if err != nil {
		tb.Fatal(err)
	}
	_, body, _ := strings.Cut(string(data), "\n")
	body = strings.TrimSpace(body)
	var b strings.Builder
	b.WriteString("date 2021-12-28\n\n" + body + "\n")
	for i := range hugeParagraphs {
		fmt.Fprintf(&b, "\nParagraph %d. Delegations from Russia, Ukraine, France, Germany, Poland, "+
			"Italy, Spain, Japan, China and India were in the city.\n", i)
	}
	b.WriteString("\n" + body + "\n")
	return b.String()
}

// TestIngestHuge ingests an article too large for one store transaction:
// it is stored whole, and ingesting it again skips it.
func TestIngestHuge(t *testing.T) {
	text := hugeArticle(t)
	path := writeFile(t, "huge.txt", text)
	db := newDB(t)
	if out := mustRun(t, "ingest", "--db", db, path); !strings.HasPrefix(out, "added 1 documents") {
		t.Errorf("ingest: %q; want the article added", out)
	}

	a, err := extract.ReadText(path, []byte(text), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(db, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := s.Document(context.Background(), extract.Hash(a))
	if cerr := s.Close(); cerr != nil {
		t.Fatal(cerr)
	}
	if err != nil || doc.Text != a.Text {
		t.Fatalf("Document = %d bytes, %v; want the article's %d", len(doc.Text), err, len(a.Text))
	}

	if out := mustRun(t, "timeline", "--db", db); !strings.Contains(out, "Russia") {
		t.Errorf("timeline shows no event of Russia:\n%s", out)
	}
	out := mustRun(t, "actors", "--db", db)
	if want := regexp.MustCompile(`(?m)^India .* 1 +` + strconv.Itoa(hugeParagraphs) + ` `); !want.MatchString(out) {
		t.Errorf("actors: want India in 1 document, with %d mentions:\n%s", hugeParagraphs, out)
	}
	if out := mustRun(t, "ingest", "--db", db, path); !strings.Contains(out, ": 0 new, 1 duplicates,") {
		t.Errorf("second ingest: %q; want the article skipped", out)
	}
}

// TestIngestOversize ingests a 100 MB article on one line, as JSON Lines
// and as plain text: each is reported over the size limit, skipped
// without being held in memory, and the articles around it are stored.
func TestIngestOversize(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 100 MB article in -short mode")
	}
	dir := t.TempDir()
	big := strings.Repeat("Russia and NATO met in Brussels. ", 100<<20/33)
	line, err := json.Marshal(map[string]string{"id": "big", "date": "2022-01-10", "text": big})
	if err != nil {
		t.Fatal(err)
	}
	jsonl := `{"id":"before","date":"2022-01-09","text":"Russia and NATO met in Geneva."}` + "\n" + string(line) + "\n" +
		`{"id":"after","date":"2022-01-11","text":"Russia and the OSCE met in Vienna."}` + "\n"
	jsonl0 := strings.Replace(jsonl, string(line), "", 1)
	files := map[string]string{"news.jsonl": jsonl, "big.txt": "date 2022-01-10\n" + big}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	big, line, jsonl, files = "", nil, "", nil
	// The heap an ingest of the small articles alone takes (the models,
	// the store) is the baseline.
	small := t.TempDir()
	os.WriteFile(filepath.Join(small, "news.jsonl"), []byte(strings.Split(jsonl0, "\n")[0]+"\n"+strings.Split(jsonl0, "\n")[2]+"\n"), 0o644)
	heapOf := func(dir string) (result, uint64) {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		peak := peakHeap()
		r := chronicle(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "db"), dir)
		most := peak()
		return r, most - min(before.HeapInuse, most)
	}
	_, base := heapOf(small)
	r, withBig := heapOf(dir)
	held := withBig - min(base, withBig)
	t.Logf("heap grew %d MB ingesting the small articles alone, %d MB with the 100 MB ones", base>>20, withBig>>20)
	for _, want := range []string{"big.txt: article is 100.0 MB, over the 16 MB limit", "news.jsonl:2: article is 100.0 MB, over the 16 MB limit"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q; want %q", r.stderr, want)
		}
	}
	if r.code != 1 || !strings.HasPrefix(r.stdout, "added 2 documents") {
		t.Errorf("exit %d, stdout %q; want 1 and the two small articles added", r.code, r.stdout)
	}
	// Holding either article would take 100 MB at least; reading past
	// it takes the reader's buffers and the limit's worth (16 MB), and
	// the garbage collector's pacing adds its noise.
	if held > 96<<20 {
		t.Errorf("the heap grew by %d MB more than for the small articles alone (%d MB); want the 100 MB articles never held", held>>20, base>>20)
	}
}

// peakHeap samples the heap in use every millisecond until the function
// it returns is called, which returns the most it saw.
func peakHeap() func() uint64 {
	done := make(chan uint64)
	stop := make(chan struct{})
	go func() {
		var most uint64
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			most = max(most, m.HeapInuse)
			select {
			case <-stop:
				done <- most
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	return func() uint64 {
		close(stop)
		return <-done
	}
}
