package extract

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestReadTimeML(t *testing.T) {
	day := time.Date(1998, 2, 27, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, doc string
		text      string
	}{
		{"creation time marked", `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">02/27/1998</TIMEX3></DCT>
<TEXT>
Talks &amp; <EVENT eid="e1">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-26">yesterday</TIMEX3>.
</TEXT></TimeML>`, "\nTalks & ended yesterday.\n"},
		{"in DCT, unmarked, YYYYMMDD", `<DCT><TIMEX3 value="19980227"/></DCT><TEXT>x</TEXT>`, "x"},
		{"time of day", `<DCT><TIMEX3 value="1998-02-27T08:00" functionInDocument="CREATION_TIME"/></DCT><TEXT>x</TEXT>`, "x"},
		{"marked in TEXT", `<TEXT><TIMEX3 value="1998-02-27" functionInDocument="CREATION_TIME">Feb. 27</TIMEX3> x</TEXT>`, "Feb. 27 x"},
		{"first wins", `<DCT><TIMEX3 value="1998-02-27"/></DCT><TEXT><TIMEX3 value="1999-01-01" functionInDocument="CREATION_TIME">y</TIMEX3></TEXT>`, "y"},
		{"byte order mark, CDATA, CRLF", "\uFEFF<?xml version=\"1.0\"?>\r\n<DCT><TIMEX3 value=\"1998-02-27\"/></DCT>\r\n<TEXT>a<![CDATA[<b>]]>\r\nc</TEXT>", "a<b>\r\nc"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := readTimeML("x.tml", []byte(tc.doc), time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			if a.ID != "x.tml" || !a.Date.Equal(day) || a.Text != tc.text {
				t.Errorf("got %q %v %q, want x.tml %v %q", a.ID, a.Date, a.Text, day, tc.text)
			}
		})
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		want      string // after "x.tml"
	}{
		{"no creation time", "<TEXT>x</TEXT>", ": extract: no publication date"},
		{"impossible creation time", "<DCT>\n<TIMEX3 value=\"1998-02-30\"/></DCT><TEXT>x</TEXT>", `:2: invalid date "1998-02-30": impossible date, February 1998 has 28 days`},
		{"bad creation time", "<DCT><TIMEX3 value=\"January\"/></DCT><TEXT>x</TEXT>", `:1: invalid date "January"`},
		{"empty TEXT", "<DCT><TIMEX3 value=\"1998-02-27\"/></DCT><TEXT> <EVENT>\n</EVENT> </TEXT>", ": empty article"},
		{"empty TEXT tag", "<DCT><TIMEX3 value=\"1998-02-27\"/></DCT><TEXT/>", ": empty article"},
		{"no TEXT", "<TimeML>\n</TimeML>", ": no TEXT element"},
		{"TEXT not closed", "<TimeML>\n<TEXT>\nabc\n", ":4: TEXT element not closed"},
		{"bare ampersand", "<TEXT>\nAT&T</TEXT>", ":2: & not escaped as &amp;"},
		{"end tag closes another", "<TEXT>\n<TIMEX3>a</EVENT></TEXT>", ":2: </EVENT> closes <TIMEX3> of line 2"},
		{"end tag closes nothing", "<TEXT>a\n</TIMEX3></TEXT>", ":2: </TIMEX3> closes nothing"},
		{"not closed before TEXT", "<TEXT>\n<TIMEX3 tid=\"t1\">a\n</TEXT>", ":2: <TIMEX3> not closed before </TEXT> on line 3"},
		{"second TEXT", "<TEXT>a</TEXT>\n<TEXT></TEXT>", ":2: second TEXT element"},
		{"stray end of TEXT", "\n</TEXT>", ":2: </TEXT> without <TEXT>"},
		{"invalid UTF-8", "<TEXT>\nab\xff</TEXT>", ":2:3: invalid UTF-8"},
		{"binary", "<TEXT>\x00</TEXT>", ": binary file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readTimeML("x.tml", []byte(tc.doc), time.Time{})
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if got, want := err.Error(), "x.tml"+tc.want; got != want {
				t.Errorf("error = %q, want %q", got, want)
			}
		})
	}
	_, err := readTimeML("x.tml", []byte("<TEXT> </TEXT>"), time.Time{})
	if !errors.Is(err, ErrEmptyArticle) {
		t.Errorf("error = %v, want ErrEmptyArticle", err)
	}
	a, err := readTimeML("x.tml", []byte("<TEXT>x</TEXT>"), time.Date(2000, 1, 2, 0, 0, 0, 0, time.UTC))
	if err != nil || a.Date.Format(time.DateOnly) != "2000-01-02" {
		t.Errorf("with a date: %v, %v; want 2000-01-02", a.Date, err)
	}
	if _, err := readTimeML("x.tml", []byte("<DCT><TIMEX3 value=\"nope\"/></DCT><TEXT>x</TEXT>"), time.Date(2000, 1, 2, 0, 0, 0, 0, time.UTC)); err == nil || !strings.Contains(err.Error(), `invalid date "nope"`) {
		t.Errorf("a bad creation time with a date given: %v, want it reported still", err)
	}
}
