package main

import (
	"context"
	"fmt"
	"os"
	"regexp"
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
