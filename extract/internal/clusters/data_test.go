package clusters

import (
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// committed is the file clustertrain made, which package syntax embeds.
const committed = "../../syntax/model/clusters.txt.gz"

func loadCommitted(tb testing.TB) *Clusters {
	tb.Helper()
	f, err := os.Open(committed)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := Load(zr)
	if err != nil {
		tb.Fatalf("%s: %v", committed, err)
	}
	return c
}

func TestCommitted(t *testing.T) {
	info, err := os.Stat(committed)
	if err != nil {
		t.Fatal(err)
	}
	if max := int64(400_000); info.Size() > max {
		t.Errorf("%s is %d bytes, more than %d", committed, info.Size(), max)
	}
	c := loadCommitted(t)
	if got, want := c.Leaves(), 512; got != want {
		t.Errorf("%d clusters, want %d", got, want)
	}
	if got := c.Words(); got < 30000 {
		t.Errorf("%d words, want 30,000 or more", got)
	}
	// Words of the treebank and of news, as each tokeniser splits them.
	for _, w := range []string{"the", "The", "n't", "don't", "'s", "’s", "Obama", "Gaddafi", "Reuters", "2011", "—", "“"} {
		if c.Of(w) == Unknown {
			t.Errorf("%q has no cluster", w)
		}
	}
}

// commonBits returns the length of the prefix the paths of a and b share.
func commonBits(c *Clusters, a, b string) int {
	pa, pb := c.Path(c.Of(a)), c.Path(c.Of(b))
	n := 0
	for n < len(pa) && n < len(pb) && pa[n] == pb[n] {
		n++
	}
	return n
}

// TestSensible checks that the clusters group words as a reader would:
// the words of each group below share a longer prefix with each other than
// any of them shares with a word of another group, and a word whose
// capitals make it another word sits nearer its kind than its twin.
func TestSensible(t *testing.T) {
	c := loadCommitted(t)
	groups := []struct{ name, words string }{
		{"days", "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"},
		{"months", "January February March April May June July August September October November December"},
		{"countries", "France Germany China Russia Britain Iran Turkey Japan Italy Spain"},
		{"numbers", "two three four five six seven ten"},
		{"figures", "12 100 2,000 3.5"},
		{"years", "1990 2003 2009 2011"},
		{"saying", "said says told added"},
		{"modals", "will would could should can might may must"},
		{"pronouns", "he she they we"},
		{"prepositions", "in on at from with by for"},
		{"violence", "killed wounded injured arrested"},
		{"family", "mother father brother sister wife"},
		{"fuels", "oil gas"},
		{"commas", ", ;"},
	}
	for _, g := range groups {
		words := strings.Fields(g.words)
		inside := 1 << 30
		for _, a := range words {
			if c.Of(a) == Unknown {
				t.Errorf("%s: %q has no cluster", g.name, a)
			}
			for _, b := range words {
				inside = min(inside, commonBits(c, a, b))
			}
		}
		outside, near := 0, ""
		for _, h := range groups {
			if h.name == g.name {
				continue
			}
			for _, a := range words {
				for _, b := range strings.Fields(h.words) {
					if n := commonBits(c, a, b); n > outside {
						outside, near = n, a+" and "+b
					}
				}
			}
		}
		t.Logf("%-12s share %2d bits; across groups at most %2d (%s)", g.name, inside, outside, near)
		if inside <= outside {
			t.Errorf("%s share %d bits, no more than %s share (%d)", g.name, inside, near, outside)
		}
	}
	for _, tc := range []struct{ word, kin, twin string }{
		{"may", "might", "May"},
		{"May", "June", "may"},
		{"us", "them", "US"},
		{"US", "U.S.", "us"},
		{"March", "April", "march"},
	} {
		if kin, twin := commonBits(c, tc.word, tc.kin), commonBits(c, tc.word, tc.twin); kin <= twin {
			t.Errorf("%q shares %d bits with %q, no more than the %d it shares with %q", tc.word, kin, tc.kin, twin, tc.twin)
		}
	}
}
