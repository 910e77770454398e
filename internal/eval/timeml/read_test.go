package timeml

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

// ministers is a hand-written fixture with entities, non-ASCII text, a
// modifier and link elements.
const ministers = "testdata/eval/ministers.tml"

// readFile reads the TimeML document at path or fails.
func readFile(tb testing.TB, path string) *Doc {
	tb.Helper()
	d, err := ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// checkOffsets checks that each gold expression's text is the text at its
// offsets.
func checkOffsets(tb testing.TB, d *Doc) {
	tb.Helper()
	runes := []rune(d.Text)
	for _, t := range d.Timex {
		if t.Start < 0 || t.Start >= t.End || t.End > len(runes) {
			tb.Errorf("%s: %q at %d:%d, outside the %d characters of the text", d.Name, t.Text, t.Start, t.End, len(runes))
			continue
		}
		if got := string(runes[t.Start:t.End]); got != t.Text {
			tb.Errorf("%s: text at %d:%d = %q, want %q", d.Name, t.Start, t.End, got, t.Text)
		}
	}
}

func TestRead(t *testing.T) {
	d := readFile(t, ministers)
	if want := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC); !d.DCT.Equal(want) {
		t.Errorf("DCT = %v, want %v", d.DCT, want)
	}
	if d.Name != ministers {
		t.Errorf("Name = %q, want %q", d.Name, ministers)
	}
	raw, err := os.ReadFile(ministers)
	if err != nil {
		t.Fatal(err)
	}
	if string(d.Raw) != string(raw) {
		t.Errorf("Raw is not the file")
	}
	for _, want := range []string{
		"\nThe ministers met yesterday in Geneva & agreed that prices < costs.\n\nThe talks",
		`Café owners in Zürich said "nothing" had changed since early this year.` + "\n",
	} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("Text = %q, want it to contain %q", d.Text, want)
		}
	}
	if !strings.HasPrefix(d.Text, "\nThe ministers") || !strings.HasSuffix(d.Text, "this year.\n") {
		t.Errorf("Text = %q, want all of TEXT's content and nothing else", d.Text)
	}
	want := []timex.Timex{
		{Text: "yesterday", Type: "DATE", Value: "1998-01-07"},
		{Text: "Monday", Type: "DATE", Value: "1998-01-12"},
		{Text: "three days", Type: "DURATION", Value: "P3D"},
		{Text: "early this year", Type: "DATE", Value: "1998", Mod: "START"},
	}
	if len(d.Timex) != len(want) {
		t.Fatalf("%d gold expressions, want %d: %+v", len(d.Timex), len(want), d.Timex)
	}
	for i, got := range d.Timex {
		w := want[i]
		w.Start, w.End = got.Start, got.End
		if got != w {
			t.Errorf("Timex[%d] = %+v, want %+v", i, got, w)
		}
	}
	checkOffsets(t, d)
	// Offsets count characters, not bytes: "Café" and "Zürich" come
	// before the last expression.
	last := d.Timex[3]
	if got := strings.Index(d.Text, "early this year"); got == last.Start {
		t.Errorf("Start = %d, the byte offset; want the character offset", last.Start)
	}
}

func TestReadDCT(t *testing.T) {
	tests := []struct {
		name, doc string
		want      string // YYYY-MM-DD, or "" for none
		gold      int
	}{
		{"time value", `<DCT><TIMEX3 tid="t0" type="TIME" value="1998-12-05T09:42" functionInDocument="CREATION_TIME">12/05/1998</TIMEX3></DCT><TEXT>x</TEXT>`, "1998-12-05", 0},
		{"in TEXT", `<TEXT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">February 13, 1998</TIMEX3> A <TIMEX3 tid="t1" type="DATE" value="1998-02-12">day</TIMEX3> later.</TEXT>`, "1998-02-13", 1},
		{"empty in TEXT", `<TEXT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME"/>Now.</TEXT>`, "1998-02-13", 0},
		{"first wins", `<DCT><TIMEX3 tid="t0" value="1998-01-01" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT><TIMEX3 tid="t9" value="1999-01-01" functionInDocument="CREATION_TIME">y</TIMEX3></TEXT>`, "1998-01-01", 0},
		{"none", `<TEXT>No date.</TEXT>`, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("x.tml", strings.NewReader(tc.doc))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !d.DCT.IsZero() {
				got = d.DCT.Format(time.DateOnly)
			}
			if got != tc.want || len(d.Timex) != tc.gold {
				t.Errorf("DCT, gold = %q, %d; want %q, %d", got, len(d.Timex), tc.want, tc.gold)
			}
			checkOffsets(t, d)
		})
	}
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"entities", "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", `a & b <c> "d" 'e'`},
		{"character references", "&#233;t&#xE9; &#13;", "été \r"},
		{"kept as is", "  line\r\n\ttab  ", "  line\r\n\ttab  "},
		{"tags removed", `a<EVENT eid="e1">b</EVENT><SIGNAL sid="s1"/>c<!-- note -->d`, "abcd"},
		{"CDATA", "a<![CDATA[<b> & c]]>d", "a<b> & cd"},
		{"greater than", "a > b", "a > b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("x.tml", strings.NewReader("<TimeML><TEXT>"+tc.text+"</TEXT></TimeML>"))
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tc.want {
				t.Errorf("Text = %q, want %q", d.Text, tc.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		want      string // the error, after "x.tml:"
	}{
		{"no TEXT", "<TimeML>\n</TimeML>", " timeml: no TEXT element"},
		{"TEXT not closed", "<TimeML>\n<TEXT>\nabc\n", "4: TEXT element not closed"},
		{"TIMEX3 not closed", "<TEXT>\n<TIMEX3 tid=\"t1\">a\n</TEXT>", "2: <TIMEX3> not closed before </TEXT> on line 3"},
		{"end tag closes another", "<TEXT>\n<TIMEX3>a</EVENT></TEXT>", "2: </EVENT> closes <TIMEX3> of line 2"},
		{"end tag closes nothing", "<TEXT>a\n</TIMEX3></TEXT>", "2: </TIMEX3> closes nothing"},
		{"unknown entity", "<TEXT>\na\n&nbsp;</TEXT>", "3: unknown entity &nbsp;"},
		{"bare ampersand", "<TEXT>\nAT&T</TEXT>", "2: & not escaped as &amp;"},
		{"bad character reference", "<TEXT>&#0;</TEXT>", "1: invalid character reference &#0;"},
		{"bad attribute", "<TEXT>\n<TIMEX3 tid=t1>a</TIMEX3></TEXT>", `2: malformed attribute in <TIMEX3: "tid=t1>a</TIMEX3></T"`},
		{"bad entity in attribute", "<TEXT>\n<TIMEX3\n value=\"&x;\">a</TIMEX3></TEXT>", "3: unknown entity &x; in attribute value"},
		{"unterminated tag", "<TEXT>\n<TIMEX3 tid=\"t1\"", "2: unterminated tag <TIMEX3"},
		{"unterminated comment", "<!-- \n", "1: unterminated comment"},
		{"bare less than", "<TEXT>\na < b</TEXT>", `2: invalid tag: "< b</TEXT>"`},
		{"second TEXT", "<TEXT></TEXT>\n<TEXT></TEXT>", "2: second TEXT element"},
		{"stray end of TEXT", "\n</TEXT>", "2: </TEXT> without <TEXT>"},
		{"invalid UTF-8", "<TEXT>\n\xff</TEXT>", "2: invalid UTF-8"},
		{"bad creation time", "<DCT>\n<TIMEX3 value=\"January\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT/>", `2: invalid creation time "January"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read("x.tml", strings.NewReader(tc.doc))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if got, want := err.Error(), "x.tml:"+tc.want; got != want {
				t.Errorf("error = %q, want %q", got, want)
			}
			var ie *extract.InputError
			if !errors.As(err, &ie) {
				t.Errorf("error is a %T, want an *extract.InputError", err)
			}
		})
	}
	_, err := Read("x.tml", strings.NewReader("<TimeML/>"))
	if !errors.Is(err, ErrNoText) {
		t.Errorf("error = %v, want ErrNoText", err)
	}
}
