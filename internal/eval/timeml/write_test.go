package timeml

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/timex"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// span returns the expression at the first occurrence of text in d's
// text, in character offsets.
func span(tb testing.TB, d *Doc, text, typ, value, mod string) timex.Timex {
	tb.Helper()
	i := strings.Index(d.Text, text)
	if i < 0 {
		tb.Fatalf("%q not in the text", text)
	}
	start := len([]rune(d.Text[:i]))
	return timex.Timex{Text: text, Type: timex.Type(typ), Value: value, Mod: mod, Start: start, End: start + len([]rune(text))}
}

// same reports whether a and b are the same expression at the same place.
func same(a, b timex.Timex) bool {
	return a.Text == b.Text && a.Type == b.Type && a.Value == b.Value && a.Mod == b.Mod && a.Start == b.Start && a.End == b.End
}

// roundTrip writes d with tx, reads the result back and checks that it
// has d's text and creation time, and tx.
func roundTrip(tb testing.TB, d *Doc, tx []timex.Timex) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, d, tx); err != nil {
		tb.Fatalf("Write: %v", err)
	}
	back, err := Read(d.Name, bytes.NewReader(buf.Bytes()))
	if err != nil {
		tb.Fatalf("reading what Write wrote: %v\n%s", err, buf.Bytes())
	}
	if back.Text != d.Text {
		tb.Errorf("text read back = %q, want %q", back.Text, d.Text)
	}
	if !back.DCT.Equal(d.DCT) {
		tb.Errorf("DCT read back = %v, want %v", back.DCT, d.DCT)
	}
	want := sorted(tx)
	if len(back.Timex) != len(want) {
		tb.Fatalf("read back %d expressions, want %d:\n%+v\nwant\n%+v", len(back.Timex), len(want), back.Timex, want)
	}
	for i, got := range back.Timex {
		w := want[i]
		w.Text = string([]rune(d.Text)[w.Start:w.End])
		if !same(got, w) {
			tb.Errorf("expression %d read back = %+v, want %+v", i, got, w)
		}
	}
	return buf.Bytes()
}

func TestWrite(t *testing.T) {
	d := readFile(t, ministers)
	tx := []timex.Timex{
		// Out of order, with spans unlike the gold ones and text to escape.
		span(t, d, "three days", "DURATION", "P3D", ""),
		span(t, d, "Geneva & agreed", "DATE", `a<b>&"c"`, "APPROX"),
		span(t, d, "met yesterday", "DATE", "1998-01-07", ""),
		span(t, d, "Zürich", "DATE", "XXXX", ""),
	}
	out := roundTrip(t, d, tx)

	golden := "testdata/ministers.golden.tml"
	if *update {
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, want) {
		t.Errorf("Write wrote\n%s\nwant (%s; go test -update rewrites it)\n%s", out, golden, want)
	}

	// Outside TEXT all is kept but the links; inside, only our tags.
	text := string(out)
	for _, gone := range []string{"<MAKEINSTANCE", "<TLINK", "<SLINK", "<EVENT", "<SIGNAL", "anchorTimeID"} {
		if strings.Contains(text, gone) {
			t.Errorf("Write kept %s", gone)
		}
	}
	head := string(d.Raw[:strings.Index(string(d.Raw), "<TEXT>")])
	if !strings.HasPrefix(text, head) {
		t.Errorf("Write changed what comes before TEXT")
	}
	if !strings.HasSuffix(text, "</TEXT>\n\n</TimeML>\n") {
		t.Errorf("Write does not end as the file does but for the links: %q", text[len(text)-40:])
	}
	if want := `<TIMEX3 tid="t1" type="DATE" value="1998-01-07">met yesterday</TIMEX3>`; !strings.Contains(text, want) {
		t.Errorf("Write did not number the first expression t1: want %s in\n%s", want, text)
	}
}

func TestWriteGold(t *testing.T) {
	for _, path := range []string{ministers, "testdata/eval/embassy.tml"} {
		d := readFile(t, path)
		roundTrip(t, d, d.Timex)
		roundTrip(t, d, nil)
	}
}

func TestWriteDCTInText(t *testing.T) {
	for _, doc := range []string{
		`<TimeML><TEXT><TIMEX3 tid="t1" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">February 13, 1998</TIMEX3>` + "\nA day later.</TEXT></TimeML>",
		`<TimeML><TEXT><TIMEX3 tid="t1" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME"/>February 13` + "\nA day later.</TEXT></TimeML>",
	} {
		d, err := Read("x.tml", strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		later := span(t, d, "A day later", "DATE", "1998-02-14", "")
		onDCT := span(t, d, "February 13", "DATE", "1998-02-13", "")
		dct := d.dctStart < d.dctEnd
		if dct {
			// The engine's expression on the creation time is left out.
			var buf bytes.Buffer
			if err := Write(&buf, d, []timex.Timex{onDCT, later}); err != nil {
				t.Fatal(err)
			}
			back, err := Read("x.tml", &buf)
			if err != nil {
				t.Fatal(err)
			}
			if len(back.Timex) != 1 || back.Timex[0].Text != "A day later" {
				t.Errorf("read back %+v, want only \"A day later\"", back.Timex)
			}
		} else {
			roundTrip(t, d, []timex.Timex{onDCT, later})
		}
		out := roundTrip(t, d, []timex.Timex{later})
		if !strings.Contains(string(out), `tid="t1" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME"`) {
			t.Errorf("the creation time in TEXT was dropped:\n%s", out)
		}
		if !strings.Contains(string(out), `<TIMEX3 tid="t2" type="DATE" value="1998-02-14">A day later</TIMEX3>`) {
			t.Errorf("want our expression numbered past the creation time's t1:\n%s", out)
		}
	}
}

func TestWriteNew(t *testing.T) {
	d := &Doc{
		Name: "dir/new.tml",
		DCT:  time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC),
		Text: "Talks on Jan. 12 & 13 <in Geneva>\r\nwent on.",
	}
	out := roundTrip(t, d, []timex.Timex{span(t, d, "Jan. 12", "DATE", "2022-01-12", "")})
	for _, want := range []string{"<DOCID>new</DOCID>", `value="2022-01-10"`, "&amp; 13 &lt;in Geneva&gt;&#13;\nwent"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("Write wrote\n%s\nwant %s in it", out, want)
		}
	}
	roundTrip(t, &Doc{Text: "No name, no date."}, nil)
}

func TestWriteErrors(t *testing.T) {
	d := &Doc{Name: "x.tml", Text: "one two"}
	tests := []struct {
		name string
		tx   []timex.Timex
	}{
		{"empty", []timex.Timex{{Start: 1, End: 1}}},
		{"negative", []timex.Timex{{Start: -1, End: 1}}},
		{"past the end", []timex.Timex{{Start: 4, End: 8}}},
		{"overlapping", []timex.Timex{{Start: 0, End: 3}, {Start: 2, End: 7}}},
		{"same span", []timex.Timex{{Start: 0, End: 3}, {Start: 0, End: 3}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, d, tc.tx)
			if !errors.Is(err, ErrSpan) || !strings.HasPrefix(err.Error(), "x.tml: ") {
				t.Errorf("error = %v, want x.tml: and ErrSpan", err)
			}
		})
	}
	bad := &Doc{Name: "bad.tml", Raw: []byte("<TimeML/>")}
	if err := Write(new(bytes.Buffer), bad, nil); !errors.Is(err, ErrNoText) {
		t.Errorf("Write of a Raw without TEXT: error = %v, want ErrNoText", err)
	}
}
