package timeml

import (
	"bytes"
	"os"
	"testing"
	"unicode/utf8"
)

// FuzzRead checks that Read does not panic, that the expressions it finds
// are where it says, and that writing them back gives the same document.
func FuzzRead(f *testing.F) {
	for _, path := range []string{ministers, "testdata/eval/embassy.tml"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<TEXT><TIMEX3 value="1998-01-01" functionInDocument="CREATION_TIME"/>a &amp; <![CDATA[<b>]]><TIMEX3 type="DATE">c&#13;</TIMEX3></TEXT>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Read("fuzz.tml", bytes.NewReader(data))
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text %q is not UTF-8", d.Text)
		}
		checkOffsets(t, d)
		if !overlapping(d) {
			roundTrip(t, d, d.Timex)
		}
	})
}

// overlapping reports whether d has gold expressions that overlap, or
// touch the creation time, which Write cannot write back as they were.
func overlapping(d *Doc) bool {
	tx := sorted(d.Timex)
	for i, t := range tx {
		if i > 0 && t.Start < tx[i-1].End || t.Start == t.End {
			return true
		}
		if d.dctStart < t.End && t.Start < d.dctEnd || d.dctStart == d.dctEnd && t.Start < d.dctStart && d.dctStart < t.End {
			return true
		}
	}
	return false
}
