package extract

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"
)

func readDay(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func TestReadText(t *testing.T) {
	seed := " date 2021-12-28 \n\n\n\nRussia had amassed troops.\n"
	tests := []struct {
		name     string
		data     string
		date     string // the override, if any
		wantDate string
		wantText string
	}{
		{"seed form", seed, "", "2021-12-28", "\n\n\nRussia had amassed troops.\n"},
		{"override", seed, "2022-01-03", "2022-01-03", "\n\n\nRussia had amassed troops.\n"},
		{"no date line, date given", "Russia had amassed troops.", "2022-01-03", "2022-01-03", "Russia had amassed troops."},
		{"blank lines before", "\n  \n\tdate 2021-12-28\nText.", "", "2021-12-28", "Text."},
		{"CRLF", "date 2021-12-28\r\nText.\r\n", "", "2021-12-28", "Text.\r\n"},
		{"tab", "date\t2021-12-28\nText.", "", "2021-12-28", "Text."},
		{"text kept untrimmed", "date 2021-12-28\n  Text.  \n\n", "", "2021-12-28", "  Text.  \n\n"},
		{"byte order mark", "\uFEFFdate 2021-12-28\nText.", "", "2021-12-28", "Text."},
		{"date word in prose", "date night was fun\nText.", "2022-01-03", "2022-01-03", "date night was fun\nText."},
		{"date line not first", "Text.\ndate 2021-12-28\n", "2022-01-03", "2022-01-03", "Text.\ndate 2021-12-28\n"},
		{"multibyte text", "date 2021-12-28\n“Ready to act,” he said.", "", "2021-12-28", "“Ready to act,” he said."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var override time.Time
			if tc.date != "" {
				override = readDay(t, tc.date)
			}
			a, err := ReadText("news/a.txt", []byte(tc.data), override)
			if err != nil {
				t.Fatalf("ReadText: %v", err)
			}
			if got, want := a.Date, readDay(t, tc.wantDate); !got.Equal(want) {
				t.Errorf("Date = %v, want %v", got, want)
			}
			if a.Text != tc.wantText {
				t.Errorf("Text = %q, want %q", a.Text, tc.wantText)
			}
			if a.ID != "news/a.txt" {
				t.Errorf("ID = %q, want %q", a.ID, "news/a.txt")
			}
		})
	}
}

func TestReadTextOverrideKeepsDay(t *testing.T) {
	late := time.Date(2022, 1, 3, 23, 30, 0, 0, time.FixedZone("EST", -5*3600))
	a, err := ReadText("a.txt", []byte("Text."), late)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Date, time.Date(2022, 1, 3, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Date = %v, want %v", got, want)
	}
}

func TestReadTextErrors(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		date   string
		want   string // the whole error message
		noDate bool   // errors.Is(err, ErrNoDate)
		line   int
		col    int
	}{
		{name: "no date", data: "Russia had amassed troops.", want: "a.txt: extract: no publication date", noDate: true},
		{name: "no date, blank first", data: "\n\nRussia.", want: "a.txt: extract: no publication date", noDate: true},
		{name: "invalid UTF-8", data: "date 2021-12-28\nText.\nab\xffc", want: "a.txt:3:3: invalid UTF-8", line: 3, col: 3},
		{name: "invalid UTF-8 after multibyte", data: "“x”\xc3", date: "2022-01-01", want: "a.txt:1:8: invalid UTF-8", line: 1, col: 8},
		{name: "binary", data: "date 2021-12-28\nab\x00c", want: "a.txt: binary file"},
		{name: "empty", data: "", want: "a.txt: empty article"},
		{name: "blank", data: " \n\t\n", date: "2022-01-01", want: "a.txt: empty article"},
		{name: "date line only", data: "date 2021-12-28\n\n", want: "a.txt: empty article"},
		{name: "impossible date", data: "\ndate 2021-02-30\nText.", want: `a.txt:2: invalid date "2021-02-30"`, line: 2},
		{name: "impossible date, override", data: "date 2021-13-01\nText.", date: "2022-01-01", want: `a.txt:1: invalid date "2021-13-01"`, line: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var override time.Time
			if tc.date != "" {
				override = readDay(t, tc.date)
			}
			_, err := ReadText("a.txt", []byte(tc.data), override)
			if err == nil {
				t.Fatal("ReadText succeeded, want an error")
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("error = %q, want %q", got, tc.want)
			}
			if got := errors.Is(err, ErrNoDate); got != tc.noDate {
				t.Errorf("errors.Is(err, ErrNoDate) = %v, want %v", got, tc.noDate)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T is not an *InputError", err)
			}
			if ie.Name != "a.txt" || ie.Line != tc.line || ie.Col != tc.col {
				t.Errorf("position = %s:%d:%d, want a.txt:%d:%d", ie.Name, ie.Line, ie.Col, tc.line, tc.col)
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	input := strings.Join([]string{
		`{"id":"a","date":"2021-12-28","title":"T","text":"Russia and NATO."}`,
		``,
		`{"id":"b","date":"2022-01-10T23:00:00-05:00","text":"Talks began."}`,
		`{"id":"c","date":"2022-01-10","text":`,
		`{"date":"2022-01-11","text":"No id.","url":"http://x"}`,
		`{"id":"e","text":"No date."}`,
		`{"id":"f","date":"2022-02-30","text":"Bad date."}`,
		`{"id":"g","date":"2022-01-12","text":"   "}`,
		`["not","an","object"]`,
		"{\"id\":\"i\",\"date\":\"2022-01-12\",\"text\":\"bad \xff byte\"}",
		`{"id":"j","date":12,"text":"Wrong type."}`,
		"  \r",
		`{"id":"k","date":"2022-01-13","text":"Last, no newline."}`,
	}, "\n")
	var got []Article
	err := ReadJSONL("in.jsonl", strings.NewReader(input), time.Time{}, func(a Article) error {
		got = append(got, a)
		return nil
	})

	want := []Article{
		{ID: "a", Date: readDay(t, "2021-12-28"), Title: "T", Text: "Russia and NATO."},
		{ID: "b", Date: readDay(t, "2022-01-10"), Text: "Talks began."},
		{ID: "in.jsonl:5", Date: readDay(t, "2022-01-11"), Text: "No id."},
		{ID: "k", Date: readDay(t, "2022-01-13"), Text: "Last, no newline."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d articles, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].ID != want[i].ID || !got[i].Date.Equal(want[i].Date) || got[i].Title != want[i].Title || got[i].Text != want[i].Text {
			t.Errorf("article %d = %+v, want %+v", i, got[i], want[i])
		}
	}

	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error = %v (%T), want an ErrorList", err, err)
	}
	wantErrs := []string{
		"in.jsonl:4:",
		"in.jsonl:6: extract: no publication date",
		`in.jsonl:7: invalid date "2022-02-30"`,
		"in.jsonl:8: empty article",
		"in.jsonl:9: invalid JSON: want an object, not array",
		"in.jsonl:10:43: invalid UTF-8",
		"in.jsonl:11: invalid JSON:",
	}
	if len(list) != len(wantErrs) {
		t.Fatalf("got %d errors, want %d:\n%v", len(list), len(wantErrs), list.Unwrap())
	}
	for i, w := range wantErrs {
		if got := list[i].Error(); !strings.HasPrefix(got, w) {
			t.Errorf("error %d = %q, want prefix %q", i, got, w)
		}
	}
	if !errors.Is(err, ErrNoDate) {
		t.Errorf("errors.Is(err, ErrNoDate) = false, want true")
	}
	if got, want := err.Error(), list[0].Error()+" (and 6 more errors)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestReadJSONLOverride(t *testing.T) {
	input := `{"text":"No date."}` + "\n" + `{"date":"2021-12-28","text":"Dated."}` + "\n"
	override := readDay(t, "2022-01-03")
	var got []Article
	err := ReadJSONL("in.jsonl", strings.NewReader(input), override, func(a Article) error {
		got = append(got, a)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadJSONL: %v", err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d articles, want 2", len(got))
	}
	for _, a := range got {
		if !a.Date.Equal(override) {
			t.Errorf("%s: Date = %v, want %v", a.ID, a.Date, override)
		}
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	text := strings.Repeat("Russia and NATO met in Geneva. ", 20000) // 620 KB
	input := `{"id":"long","date":"2022-01-12","text":"` + text + `"}`
	var got Article
	err := ReadJSONL("in.jsonl", iotest.HalfReader(strings.NewReader(input)), time.Time{}, func(a Article) error {
		got = a
		return nil
	})
	if err != nil {
		t.Fatalf("ReadJSONL: %v", err)
	}
	if got.Text != text {
		t.Errorf("got %d bytes of text, want %d", len(got.Text), len(text))
	}
}

func TestReadJSONLStops(t *testing.T) {
	stop := errors.New("stop")
	input := "{\"date\":\"2022-01-12\",\"text\":\"a\"}\nnot json\n{\"date\":\"2022-01-12\",\"text\":\"b\"}\n"
	calls := 0
	err := ReadJSONL("in.jsonl", strings.NewReader(input), time.Time{}, func(Article) error {
		calls++
		return stop
	})
	if err != stop {
		t.Errorf("error = %v, want %v", err, stop)
	}
	if calls != 1 {
		t.Errorf("fn called %d times, want 1", calls)
	}

	readErr := errors.New("disk on fire")
	err = ReadJSONL("in.jsonl", iotest.ErrReader(readErr), time.Time{}, func(Article) error { return nil })
	if !errors.Is(err, readErr) {
		t.Errorf("error = %v, want %v", err, readErr)
	}
}

func TestReadTextSeed(t *testing.T) {
	data, err := os.ReadFile("../testdata/news/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ReadText("seed.txt", data, time.Time{})
	if err != nil {
		t.Fatalf("ReadText: %v", err)
	}
	if got, want := a.Date.Format(time.DateOnly), "2021-12-28"; got != want {
		t.Errorf("Date = %s, want %s", got, want)
	}
	if !strings.HasPrefix(a.Text, "\n\n\nRussia had amassed troops") {
		t.Errorf("Text begins %q, want the three blank lines and the first sentence", a.Text[:min(40, len(a.Text))])
	}
	if !strings.HasSuffix(string(data), a.Text) {
		t.Errorf("Text is not the file's tail byte for byte")
	}
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte(" date 2021-12-28 \n\n\nRussia."))
	f.Add([]byte("date 2021-02-30\nx"))
	f.Add([]byte("\xff\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadText("f.txt", data, time.Time{})
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T is not an *InputError", err)
			}
			return
		}
		if !strings.HasSuffix(string(data), a.Text) || a.Date.IsZero() || !utf8.ValidString(a.Text) {
			t.Fatalf("ReadText(%q) = %+v", data, a)
		}
	})
}

// TestFileError checks that a file system error reads "path: problem",
// without the name of the failed operation.
func TestFileError(t *testing.T) {
	_, err := os.Open("testdata/no-such-file")
	e := FileError("testdata/no-such-file", err)
	if got, want := e.Error(), "testdata/no-such-file: no such file or directory"; got != want {
		t.Errorf("FileError = %q, want %q", got, want)
	}
}
