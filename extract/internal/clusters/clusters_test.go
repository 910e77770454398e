package clusters

import (
	"errors"
	"strings"
	"testing"
)

// small is a file of nine words in a tree of four leaves:
//
//	root ─0─ 0 ─0─ 00 (the, a)
//	   │       └1─ 01 (May, june)
//	   └─1─ 1 ─0─ 10 ─0─ 100 (said, told)
//	           │       └1─ 101 (may)
//	           └1─ 11 (0000, don't)
const small = `# a comment
0000	11
May	01
a	00
don't	11
june	01
may	101
said	100
the	00
told	100
`

func load(tb testing.TB, s string) *Clusters {
	tb.Helper()
	c, err := Load(strings.NewReader(s))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestOf(t *testing.T) {
	c := load(t, small)
	for _, tc := range []struct {
		word, path string
	}{
		{"the", "00"},
		{"The", "00"},  // no "The": lower-cased
		{"THE", "00"},  //
		{"May", "01"},  // kept with its capital
		{"may", "101"}, //
		{"MAY", "101"}, // no "MAY": lower-cased
		{"2009", "11"}, // digits fold to 0
		{"1958", "11"},
		{"don’t", "11"}, // curly apostrophe
		{"said", "100"},
		{"sai", ""},
		{"", ""},
		{"19999", ""},
		{strings.Repeat("a", MaxWord+1), ""},
	} {
		t.Run(tc.word, func(t *testing.T) {
			k := c.Of(tc.word)
			if got := c.Path(k); got != tc.path {
				t.Errorf("Path(Of(%q)) = %q, want %q", tc.word, got, tc.path)
			}
			if (k == Unknown) != (tc.path == "") {
				t.Errorf("Of(%q) = %d", tc.word, k)
			}
		})
	}
}

func TestNumbering(t *testing.T) {
	c := load(t, small)
	// Level by level, 0 first: root 1, "0" 2, "1" 3, "00" 4, "01" 5, "10" 6, "11" 7, "100" 8, "101" 9.
	for k, want := range []string{"", "", "0", "1", "00", "01", "10", "11", "100", "101"} {
		if k == 0 {
			continue
		}
		if got := c.Path(Cluster(k)); got != want {
			t.Errorf("Path(%d) = %q, want %q", k, got, want)
		}
	}
	if got := c.Path(10); got != "" {
		t.Errorf("Path(10) = %q, want none", got)
	}
	if got, want := c.Words(), 9; got != want {
		t.Errorf("Words() = %d, want %d", got, want)
	}
	if got, want := c.Leaves(), 5; got != want {
		t.Errorf("Leaves() = %d, want %d", got, want)
	}
}

func TestPrefix(t *testing.T) {
	c := load(t, small)
	said := c.Of("said") // 100
	for _, tc := range []struct {
		n    int
		want string
	}{{-1, ""}, {0, ""}, {1, "1"}, {2, "10"}, {3, "100"}, {4, "100"}, {20, "100"}} {
		k := c.Prefix(said, tc.n)
		if got := c.Path(k); got != tc.want || k == Unknown {
			t.Errorf("Prefix(said, %d) = %d %q, want %q", tc.n, k, got, tc.want)
		}
		if got, want := c.Depth(k), len(tc.want); got != want {
			t.Errorf("Depth(Prefix(said, %d)) = %d, want %d", tc.n, got, want)
		}
	}
	if c.Prefix(c.Of("told"), 3) != said || c.Prefix(c.Of("may"), 2) != c.Prefix(said, 2) || c.Prefix(c.Of("may"), 3) == said {
		t.Error("said, told and may: want told's cluster said's, and may's sharing two bits of it")
	}
	if got := c.Prefix(Unknown, 4); got != Unknown {
		t.Errorf("Prefix(Unknown, 4) = %d, want Unknown", got)
	}
}

func TestNil(t *testing.T) {
	var c *Clusters
	if c.Of("the") != Unknown || c.Prefix(3, 1) != Unknown || c.Path(3) != "" || c.Words() != 0 || c.Leaves() != 0 {
		t.Error("a nil *Clusters knows a word")
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name, file string
	}{
		{"no tab", "the 0\n"},
		{"no path", "the\t\n"},
		{"no word", "\t01\n"},
		{"not bits", "the\t012\n"},
		{"twice", "the\t0\nthe\t1\n"},
		{"inner node", "the\t0\na\t01\n"},
		{"inner node first", "a\t01\nthe\t0\n"},
		{"long word", strings.Repeat("a", MaxWord+1) + "\t0\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tc.file))
			if !errors.Is(err, ErrFormat) {
				t.Errorf("Load(%q) = %v, want ErrFormat", tc.file, err)
			}
		})
	}
}

func TestAppendFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"US", "US"},
		{"1990s", "0000s"},
		{"10,000", "00,000"},
		{"don’t", "don't"},
		{"“", `"`},
		{"”", `"`},
		{"—", "--"},
		{"–", "--"},
		{"…", "..."},
		{"Erdoğan", "Erdoğan"},
		{"€", "€"},               // e2 82 ac: not a quote or a dash
		{"\xe2\x80", "\xe2\x80"}, // cut short
	} {
		if got := string(AppendFold(nil, tc.in)); got != tc.want {
			t.Errorf("AppendFold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOfAllocs(t *testing.T) {
	c := load(t, small)
	words := []string{"The", "may", "MAY", "2009", "don’t", "unknown"}
	if n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			c.Prefix(c.Of(w), 2)
		}
	}); n != 0 {
		t.Errorf("Of and Prefix allocate %v times a run, want 0", n)
	}
}

func TestPaths(t *testing.T) {
	p := load(t, small).Paths()
	if len(p) != 9 || p["May"] != "01" || p["may"] != "101" || p["0000"] != "11" {
		t.Errorf("Paths() = %v", p)
	}
	if (*Clusters)(nil).Paths() != nil {
		t.Error("a nil Clusters has paths")
	}
}
