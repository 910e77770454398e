package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// readAll reads data with ReadArticles and returns the articles and the
// errors' messages.
func readAll(tb testing.TB, name string, data []byte, o ReadOptions) ([]Article, []string) {
	tb.Helper()
	var got []Article
	err := ReadArticles(name, bytes.NewReader(data), o, func(a Article) error {
		got = append(got, a)
		return nil
	})
	return got, messages(tb, err)
}

// messages returns the messages of err, an ErrorList or nil.
func messages(tb testing.TB, err error) []string {
	tb.Helper()
	if err == nil {
		return nil
	}
	var list ErrorList
	if !errors.As(err, &list) {
		tb.Fatalf("error %v is a %T, want an ErrorList", err, err)
	}
	var msgs []string
	for _, e := range list {
		msgs = append(msgs, e.Error())
	}
	return msgs
}

// ids returns the articles' IDs.
func ids(as []Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

// gzipped returns data compressed with gzip.
func gzipped(tb testing.TB, data []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// equalStrings reports whether a and b hold the same strings in order.
func equalStrings(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{
		"a.jsonl": FormatJSONL, "a.NDJSON": FormatJSONL, "a.jsonl.gz": FormatJSONL,
		"a.json": FormatJSON, "dir.d/a.JSON.GZ": FormatJSON,
		"a.tml": FormatTimeML, "a.timeml": FormatTimeML, "a.tml.gz": FormatTimeML,
		"a.txt": FormatText, "a.gz": FormatText, "<stdin>": FormatText, "a.jsonl.txt": FormatText,
	} {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestFormatText(t *testing.T) {
	for f := FormatAuto; f <= FormatTimeML; f++ {
		text, err := f.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Format
		if err := back.UnmarshalText(bytes.ToUpper(text)); err != nil || back != f {
			t.Errorf("%v: UnmarshalText(%q) = %v, %v", f, text, back, err)
		}
	}
	var f Format
	if err := f.UnmarshalText([]byte("xml")); err == nil || !strings.Contains(err.Error(), "auto, text, jsonl, json, timeml") {
		t.Errorf("UnmarshalText(xml) = %v, want an error listing the formats", err)
	}
	if _, err := Format(9).MarshalText(); err == nil {
		t.Error("Format(9).MarshalText succeeded")
	}
}

// The articles of one kind, in each format.
const (
	sampleText  = "date 2022-01-10\nTalks began in Geneva.\n"
	sampleJSONL = `{"id":"a","date":"2022-01-10","text":"Talks began in Geneva."}` + "\n"
	sampleJSON  = "[\n  {\"id\": \"a\", \"date\": \"2022-01-10\", \"text\": \"Talks began in Geneva.\"}\n]\n"
	sampleTML   = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-10" functionInDocument="CREATION_TIME">20220110</TIMEX3></DCT>
<TEXT>Talks <EVENT eid="e1">began</EVENT> in Geneva.</TEXT>
</TimeML>
`
)

func TestReadArticlesDetect(t *testing.T) {
	tests := []struct {
		name, data string
		want       Format
	}{
		{"a.txt", sampleJSONL, FormatText},
		{"a.jsonl", sampleJSON, FormatJSONL},
		{"a.json", sampleJSON, FormatJSON},
		{"a.json", sampleJSONL + sampleJSONL, FormatJSONL}, // recovers from a bad line
		{"a.json", "{\n \"text\": \"x\"\n}", FormatJSON},
		{"a.json", "hello", FormatJSON},
		{"a.tml", sampleTML, FormatTimeML},
		{"<stdin>", sampleText, FormatText},
		{"<stdin>", sampleJSONL, FormatJSONL},
		{"<stdin>", "\uFEFF \n" + sampleJSONL, FormatJSONL},
		{"<stdin>", sampleJSON, FormatJSON},
		{"<stdin>", "[]", FormatJSON},
		{"<stdin>", "[", FormatJSON},
		{"<stdin>", "{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n", FormatJSON},
		{"<stdin>", `{"text": "` + strings.Repeat("x", 2*bufSize) + `"}`, FormatJSONL},
		{"<stdin>", sampleTML, FormatTimeML},
		{"article.xml", "<TEXT>x</TEXT>", FormatTimeML},
		{"<stdin>", "[Reuters] Talks began.", FormatText},
		{"<stdin>", "<p>Talks began.</p>", FormatText},
		{"<stdin>", "", FormatText},
		{"<stdin>", "  \n", FormatText},
	}
	for _, tc := range tests {
		t.Run(tc.name+" "+tc.data[:min(len(tc.data), 20)], func(t *testing.T) {
			for _, r := range []io.Reader{strings.NewReader(tc.data), iotest.OneByteReader(strings.NewReader(tc.data))} {
				in, err := newInput(tc.name, ReadOptions{}, nil)
				if err != nil {
					t.Fatal(err)
				}
				if err := in.open(r); err != nil {
					t.Fatal(err)
				}
				got, err := in.detect()
				if err != nil || got != tc.want {
					t.Errorf("detect = %v, %v; want %v", got, err, tc.want)
				}
			}
		})
	}
}

func TestReadArticlesEachFormat(t *testing.T) {
	want := Article{ID: "a", Date: time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC), Text: "Talks began in Geneva."}
	for _, tc := range []struct {
		name, data string
		id, text   string
	}{
		{"a", sampleText, "a", "Talks began in Geneva.\n"},
		{"a.jsonl", sampleJSONL, "a", want.Text},
		{"a.json", sampleJSON, "a", want.Text},
		{"a.tml", sampleTML, "a.tml", want.Text},
	} {
		for _, gz := range []bool{false, true} {
			data, name := []byte(tc.data), tc.name
			if gz {
				data = gzipped(t, data)
				name += ".gz"
			}
			for _, n := range []string{name, "<stdin>"} { // by name; by content
				got, errs := readAll(t, n, data, ReadOptions{})
				id := tc.id
				if id == tc.name {
					id = n
				}
				if len(errs) > 0 || len(got) != 1 || got[0].ID != id || got[0].Text != tc.text || !got[0].Date.Equal(want.Date) {
					t.Errorf("%s (gzip %v): %+v, %q; want one article %q dated %v", n, gz, got, errs, id, want.Date)
				}
			}
		}
	}
}

func TestReadArticlesGzipErrors(t *testing.T) {
	data := gzipped(t, []byte(strings.Repeat(sampleJSONL, 1000)))

	truncated := data[:len(data)-10]
	got, errs := readAll(t, "a.jsonl.gz", truncated, ReadOptions{})
	if _, short := readAll(t, "a.gz", []byte("\x1f\x8b\x08"), ReadOptions{}); !equalStrings(short, []string{"a.gz: truncated gzip data: it ends at byte 3"}) {
		t.Errorf("truncated header: %q", short)
	}
	if len(got) != 1000 || len(errs) != 1 || !strings.HasPrefix(errs[0], "a.jsonl.gz:1001: truncated gzip data: it ends at byte ") {
		t.Errorf("truncated: %d articles, %q; want 1000 and one truncation error", len(got), errs)
	}
	err := ReadArticles("a.jsonl.gz", bytes.NewReader(truncated), ReadOptions{}, func(Article) error { return nil })
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("errors.Is(%v, io.ErrUnexpectedEOF) = false", err)
	}

	badSum := bytes.Clone(data)
	badSum[len(badSum)-5] ^= 0xff // the CRC-32 in the trailer
	err = ReadArticles("a.gz", bytes.NewReader(badSum), ReadOptions{Format: FormatJSONL}, func(Article) error { return nil })
	if want := "a.gz:1001: corrupt gzip data at byte " + strconv.Itoa(len(data)) + ": gzip: invalid checksum"; !errors.Is(err, gzip.ErrChecksum) || err.Error() != want {
		t.Errorf("bad checksum: %v, want %q", err, want)
	}

	badData := bytes.Clone(data)
	for i := 20; i < 40; i++ {
		badData[i] = 0xff
	}
	if _, errs := readAll(t, "a.jsonl", badData, ReadOptions{}); len(errs) != 1 || !strings.Contains(errs[0], "corrupt gzip data at byte ") {
		t.Errorf("bad data: %q, want one corrupt gzip error", errs)
	}

	badHeader := []byte("\x1f\x8b\x09\x00\x00\x00\x00\x00\x00\x03rest")
	if _, errs := readAll(t, "a.jsonl", badHeader, ReadOptions{}); !equalStrings(errs, []string{"a.jsonl: corrupt gzip data at byte 10: gzip: invalid header"}) {
		t.Errorf("bad header: %q", errs)
	}
}

func TestReadArticlesReadError(t *testing.T) {
	readErr := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader(sampleJSONL+sampleJSONL), iotest.ErrReader(readErr))
	var n int
	err := ReadArticles("a.jsonl", r, ReadOptions{}, func(Article) error { n++; return nil })
	if n != 2 || !errors.Is(err, readErr) || err.Error() != "a.jsonl:3: disk on fire" {
		t.Errorf("%d articles, %v; want 2 and a.jsonl:3: disk on fire", n, err)
	}
	gz := gzipped(t, []byte(strings.Repeat(sampleJSONL, 10000)))
	r = io.MultiReader(bytes.NewReader(gz[:len(gz)/2]), iotest.ErrReader(readErr))
	err = ReadArticles("a.jsonl.gz", r, ReadOptions{}, func(Article) error { return nil })
	var ge *gzipError
	if !errors.Is(err, readErr) || errors.As(err, &ge) {
		t.Errorf("read error under gzip: %v; want it as it is, not a gzip error", err)
	}
}

func TestReadArticlesStops(t *testing.T) {
	stop := errors.New("stop")
	for _, data := range []string{sampleJSONL + "bad\n" + sampleJSONL, `[{"date":"2022-01-10","text":"a"},1,{"date":"2022-01-10","text":"b"}]`} {
		calls := 0
		err := ReadArticles("<stdin>", strings.NewReader(data), ReadOptions{}, func(Article) error {
			calls++
			return stop
		})
		if err != stop || calls != 1 {
			t.Errorf("%q: %v after %d calls, want stop after 1", data, err, calls)
		}
	}
}

func TestReadArticlesReport(t *testing.T) {
	input := sampleJSONL + "not json\n" + `{"text":"x"}` + "\n" + sampleJSONL
	var reported []string
	o := ReadOptions{Report: func(e *InputError) { reported = append(reported, e.Error()) }}
	got, errs := readAll(t, "a.jsonl", []byte(input), o)
	want := []string{
		"a.jsonl:2:2: invalid JSON: invalid character 'o' in literal null (expecting 'u')",
		"a.jsonl:3: extract: no publication date",
	}
	if len(got) != 2 || errs != nil || !equalStrings(reported, want) {
		t.Errorf("%d articles, returned %q, reported %q; want 2, none, %q", len(got), errs, reported, want)
	}

	// The error that stops the reading is returned, not reported.
	reported = nil
	_, errs = readAll(t, "a.json", []byte(`[{"text":"x"} {"text":"y"}]`), o)
	if len(reported) != 1 || len(errs) != 1 || !strings.Contains(errs[0], "want , or ] after an article") {
		t.Errorf("reported %q, returned %q; want the article without a date reported and the break returned", reported, errs)
	}
}

func TestReadArticlesOptions(t *testing.T) {
	for _, tc := range []struct {
		o    ReadOptions
		want string
	}{
		{ReadOptions{Format: 9}, "extract: unknown format 9"},
		{ReadOptions{Fields: Fields{ID: "x", Text: "x"}}, `extract: the id and text fields are both "x"`},
		{ReadOptions{Fields: Fields{Text: "a,b"}}, `extract: the text field "a,b" is not a name encoding/json can match`},
		{ReadOptions{Fields: Fields{Date: `"`}}, `extract: the date field "\"" is not a name encoding/json can match`},
	} {
		err := ReadArticles("a", strings.NewReader(""), tc.o, func(Article) error { return nil })
		if err == nil || err.Error() != tc.want {
			t.Errorf("%+v: %v, want %q", tc.o, err, tc.want)
		}
	}
}

func TestReadArticlesDateOverride(t *testing.T) {
	override := time.Date(2022, 3, 1, 23, 0, 0, 0, time.FixedZone("EST", -5*3600))
	for _, data := range []string{sampleText, sampleJSONL, sampleJSON, sampleTML, `{"text":"Undated."}`, "Undated."} {
		got, errs := readAll(t, "<stdin>", []byte(data), ReadOptions{Date: override})
		if len(got) != 1 || errs != nil || got[0].Date != time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC) {
			t.Errorf("%q: %+v, %q; want one article of 2022-03-01", data, got, errs)
		}
	}
}

func TestReadArticlesBadInput(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"a.jsonl", "{\"date\":\"2022-01-10\",\"text\":\"a\x00b\"}", []string{"a.jsonl: binary file"}},
		{"a.json", "\xff\xfe[\x00{\x00", []string{"a.json: UTF-16 text: only UTF-8 is read"}},
		{"a.txt", "\xfe\xff\x00T", []string{"a.txt: UTF-16 text: only UTF-8 is read"}},
		{"a.txt", "date 2022-01-10\nab\x00c", []string{"a.txt: binary file"}},
		{"a.tml", "<TEXT>\x00</TEXT>", []string{"a.tml: binary file"}},
		{"a.txt", "date 2022-01-10\nab\xffc", []string{"a.txt:2:3: invalid UTF-8"}},
		{"a.txt", "date 2021-02-30\nText.", []string{`a.txt:1: invalid date "2021-02-30": impossible date, February 2021 has 28 days`}},
		{"a.txt", "date 0001-01-01\nText.", []string{"a.txt:1: date 0001-01-01 is not a publication date"}},
		{"a.txt", "date 2022-01-10\n \n", []string{"a.txt: empty article"}},
		{"a.txt", "Text.", []string{"a.txt: extract: no publication date"}},
	}
	for _, tc := range tests {
		got, errs := readAll(t, tc.name, []byte(tc.data), ReadOptions{})
		if len(got) != 0 || !equalStrings(errs, tc.want) {
			t.Errorf("%s %q: %d articles, %q; want none, %q", tc.name, tc.data, len(got), errs, tc.want)
		}
	}
}

func TestReadArticlesEmpty(t *testing.T) {
	err := ReadArticles("a.txt", strings.NewReader(" "), ReadOptions{}, func(Article) error { return nil })
	var ie *InputError
	if !errors.Is(err, ErrEmptyArticle) || !errors.As(err, &ie) || ie.Name != "a.txt" {
		t.Errorf("error = %v; want an InputError of a.txt that is ErrEmptyArticle", err)
	}
	err = ReadArticles("a.jsonl", strings.NewReader(`{"date":"2022-01-10","text":" \n"}`), ReadOptions{}, func(Article) error { return nil })
	if !errors.Is(err, ErrEmptyArticle) || errors.Is(err, ErrNoDate) {
		t.Errorf("error = %v; want ErrEmptyArticle", err)
	}
	err = ReadArticles("a.jsonl", strings.NewReader(`{"date":"0001-01-01","text":"x"}`), ReadOptions{}, func(Article) error { return nil })
	if err == nil || errors.Is(err, ErrNoDate) || err.Error() != "a.jsonl:1: date 0001-01-01 is not a publication date" {
		t.Errorf("error = %v; want a placeholder date, not ErrNoDate", err)
	}
}

func TestReadArticlesMaxSize(t *testing.T) {
	// A JSON Lines line over the default limit, between two good ones.
	big := `{"id":"big","date":"2022-01-12","text":"` + strings.Repeat("a", 17<<20) + `"}`
	input := sampleJSONL + big + "\n" + sampleJSONL
	got, errs := readAll(t, "a.jsonl", []byte(input), ReadOptions{})
	if want := []string{"a.jsonl:2: article is 17.0 MB, over the 16 MB limit"}; len(got) != 2 || !equalStrings(errs, want) {
		t.Errorf("%d articles, %q; want 2, %q", len(got), errs, want)
	}

	line := strings.TrimSuffix(sampleJSONL, "\n")
	for _, tc := range []struct {
		name, data string
		max        int
		want       []string
		n          int
	}{
		{"a.jsonl", line + "\n" + line, len(line), nil, 2},
		{"a.jsonl", line + "\r\n" + line, len(line), []string{"a.jsonl:1: article is 63 bytes, over the 62-byte limit"}, 1},
		{"a.jsonl", line + "\n" + line, len(line) - 1, []string{"a.jsonl:1: article is 62 bytes, over the 61-byte limit", "a.jsonl:2: article is 62 bytes, over the 61-byte limit"}, 0},
		{"a.json", "[" + line + ",\n " + line + "]", len(line) - 1, []string{"a.json:1:2: article is 62 bytes, over the 61-byte limit", "a.json:2:2: article is 62 bytes, over the 61-byte limit"}, 0},
		{"a.json", "[" + line + ", {\"text\": \"" + strings.Repeat("ab", 2000) + "\"}, " + line + "]", 1000, []string{"a.json:1:66: article is 4012 bytes, over the 1000-byte limit"}, 2},
		{"a.json", "[" + line + ", {\"text\": \"" + strings.Repeat("ab", 1<<20) + "\"}]", 1 << 20, []string{"a.json:1:66: article is 2.0 MB, over the 1 MB limit"}, 1},
		{"a.txt", sampleText, 10, []string{"a.txt: article is 39 bytes, over the 10-byte limit"}, 0},
		{"a.tml", sampleTML, 100, []string{"a.tml: article is 214 bytes, over the 100-byte limit"}, 0},
	} {
		got, errs := readAll(t, tc.name, []byte(tc.data), ReadOptions{MaxSize: tc.max})
		if len(got) != tc.n || !equalStrings(errs, tc.want) {
			t.Errorf("%s, limit %d: %d articles, %q; want %d, %q", tc.name, tc.max, len(got), errs, tc.n, tc.want)
		}
	}
}

func FuzzReadArticles(f *testing.F) {
	for _, s := range []string{sampleText, sampleJSONL, sampleJSON, sampleTML, `[1,,{"text":"x","date":"20220230"}]`, "{\n\"id\":[}", "\uFEFF[{\"id\":1.5e3,\"date\":\"2022-01-10T08:00\",\"text\":\"\\\"x\\\\\"}]"} {
		f.Add([]byte(s), uint8(0))
		f.Add(gzipped(f, []byte(s)), uint8(2))
	}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		o := ReadOptions{Format: Format(format % 5), MaxSize: 1 << 10}
		err := ReadArticles("f", bytes.NewReader(data), o, func(a Article) error {
			if strings.TrimSpace(a.Text) == "" || a.ID == "" || a.Date.IsZero() || len(a.Text) > o.MaxSize {
				t.Fatalf("article %+v", a)
			}
			return nil
		})
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatalf("error %v is a %T", err, err)
		}
		for _, e := range list {
			if e.Name != "f" || e.Line < 0 || e.Col < 0 {
				t.Fatalf("error %#v", e)
			}
		}
	})
}
