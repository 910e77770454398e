package extract

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name string
		data string
		ids  []string
		errs []string
	}{
		{
			name: "pretty array",
			data: "[\n  {\"id\": 1, \"date\": \"2022-01-10\", \"text\": \"One.\"},\n  {\"id\": \"b\", \"date\": \"2022-01-11\", \"title\": \"T\", \"text\": \"Two.\"}\n]\n",
			ids:  []string{"1", "b"},
		},
		{
			name: "malformed element",
			data: "[\n  {\"id\": \"a\", \"date\": \"2022-01-10\", \"text\": \"One.\"},\n  {\"id\": \"b\", \"date\": \"2022-01-10\", \"text\": tru},\n  {\"id\": \"c\", \"date\": \"2022-01-10\", \"text\": \"Three.\"}\n]",
			ids:  []string{"a", "c"},
			errs: []string{"in.json:3:48: invalid JSON: invalid character '}' in literal true (expecting 'e')"},
		},
		{
			name: "malformed element over lines",
			data: "[\n  {\n    \"id\": \"a\",\n    \"date\": \"2022-01-10\",\n    \"text\": \"One.\",\n  },\n  {\"id\": \"b\", \"date\": \"2022-01-10\", \"text\": \"Two.\"}\n]",
			ids:  []string{"b"},
			errs: []string{"in.json:6:3: invalid JSON: invalid character '}' looking for beginning of object key string"},
		},
		{
			name: "bad articles, positioned where they begin",
			data: "[\n  {\"id\": \"a\", \"text\": \"No date.\"},\n  {\"id\": \"b\", \"date\": \"2021-02-30\", \"text\": \"x\"},\n  {\"id\": \"c\", \"date\": \"0001-01-01\", \"text\": \"x\"},\n  {\"id\": \"d\", \"date\": \"2022-01-10\", \"text\": \" \"},\n  {\"id\": {}, \"date\": \"2022-01-10\", \"text\": \"x\"},\n  {\"id\": \"f\", \"date\": \"2022-01-10\", \"text\": 5}\n]",
			errs: []string{
				"in.json:2:3: extract: no publication date",
				`in.json:3:3: invalid date "2021-02-30": impossible date, February 2021 has 28 days`,
				"in.json:4:3: date 0001-01-01 is not a publication date",
				"in.json:5:3: empty article",
				"in.json:6:3: invalid JSON: the id is an object, not a string or number",
				`in.json:7:3: invalid JSON: "text" is number, not string`,
			},
		},
		{
			name: "not objects",
			data: `[1, "x", [2], , {"date":"2022-01-10","text":"ok"}, null]`,
			ids:  []string{"in.json:1:17"},
			errs: []string{
				"in.json:1:2: invalid JSON: want an object, not number",
				"in.json:1:5: invalid JSON: want an object, not string",
				"in.json:1:10: invalid JSON: want an object, not array",
				"in.json:1:15: invalid JSON: want an article, not ','",
				"in.json:1:52: invalid JSON: want an object, not null",
			},
		},
		{
			name: "invalid UTF-8 and a NUL byte",
			data: "[\n{\"date\":\"2022-01-10\",\"text\":\"a\xffb\"},\n" + `{"date":"2022-01-10","text":"` + strings.Repeat("x", 8000) + "\"},\n{\"date\":\"2022-01-10\",\"text\":\"a\x00b\"}]",
			ids:  []string{"in.json:3:1"},
			errs: []string{"in.json:2:31: invalid UTF-8", "in.json:4:31: binary data: a NUL byte"},
		},
		{
			name: "ids",
			data: `[{"id":558,"date":"2009-04-25","text":"a"},{"id":1.5e3,"date":"2009-04-25","text":"a"},{"id":null,"date":"2009-04-25","text":"a"},{"id":"","date":"2009-04-25","text":"a"},{"id":"\u00e9","date":"2009-04-25","text":"a"}]`,
			ids:  []string{"558", "1.5e3", "in.json:1:88", "in.json:1:131", "é"},
		},
		{
			name: "one object",
			data: "{\n  \"id\": \"one\",\n  \"date\": \"2022-01-10\",\n  \"text\": \"One.\"\n}\n",
			ids:  []string{"one"},
		},
		{
			name: "objects and arrays one after another",
			data: "{\"id\": \"a\",\n \"date\": \"2022-01-10\", \"text\": \"A.\"}\n[{\"id\": \"b\", \"date\": \"2022-01-10\", \"text\": \"B.\"}]\n[]  [ ]\n{\"id\": \"c\",\n \"date\": \"2022-01-10\", \"text\": \"{[\\\"\\\\\"}",
			ids:  []string{"a", "b", "c"},
		},
		{
			name: "missing comma",
			data: `[{"id":"a","date":"2022-01-10","text":"A."} {"id":"b","date":"2022-01-10","text":"B."}]`,
			ids:  []string{"a"},
			errs: []string{`in.json:1:45: invalid JSON: want , or ] after an article, not '{'; the rest of the input is not read`},
		},
		{
			name: "brackets that do not match",
			data: "[{\"id\":\"a\",\"date\":\"2022-01-10\",\"text\":\"A.\"},\n {\"id\":\"b\",\"x\":[1}, {\"id\":\"c\",\"date\":\"2022-01-10\",\"text\":\"C.\"}]",
			ids:  []string{"a"},
			errs: []string{`in.json:2:18: invalid JSON: '}' where ']' would close the '['; the rest of the input is not read`},
		},
		{
			name: "trailing comma",
			data: `[{"id":"a","date":"2022-01-10","text":"A."},]`,
			ids:  []string{"a"},
			errs: []string{`in.json:1:45: invalid JSON: ] after a comma; the rest of the input is not read`},
		},
		{
			name: "array not closed",
			data: "[{\"id\":\"a\",\"date\":\"2022-01-10\",\"text\":\"A.\"},\n  ",
			ids:  []string{"a"},
			errs: []string{`in.json:1:1: invalid JSON: array not closed before the end of the input; the rest of the input is not read`},
		},
		{
			name: "string not closed",
			data: "[{\"id\":\"a\",\"date\":\"2022-01-10\",\"text\":\"A.\"},\n  {\"id\":\"b\",\"text\":\"B.}]",
			ids:  []string{"a"},
			errs: []string{`in.json:2:3: invalid JSON: article not closed before the end of the input; the rest of the input is not read`},
		},
		{
			name: "not JSON",
			data: "hello",
			errs: []string{`in.json:1:1: invalid JSON: want an array or an object of articles, not 'h'; the rest of the input is not read`},
		},
		{
			name: "too deep",
			data: "[" + strings.Repeat("[", maxDepth+1),
			errs: []string{`in.json:1:10002: invalid JSON: nested more than 10000 deep; the rest of the input is not read`},
		},
		{name: "empty", data: ""},
		{name: "empty array", data: " [ ] "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, errs := readAll(t, "in.json", []byte(tc.data), ReadOptions{Format: FormatJSON})
			if !equalStrings(ids(got), tc.ids) {
				t.Errorf("IDs = %q, want %q", ids(got), tc.ids)
			}
			if !equalStrings(errs, tc.errs) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(tc.errs, "\n"))
			}
		})
	}
}

func TestReadJSONText(t *testing.T) {
	data := `[{"date":"2022-01-10T08:00:00Z","title":"Talks","text":"\"Ready,\" he said.\n\u00e9\\"}]`
	got, errs := readAll(t, "in.json", []byte(data), ReadOptions{})
	want := Article{ID: "in.json:1:2", Date: time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC), Title: "Talks", Text: "\"Ready,\" he said.\né\\"}
	if errs != nil || len(got) != 1 || got[0] != want {
		t.Errorf("got %+v, %q; want %+v", got, errs, want)
	}
}

func TestReadJSONFields(t *testing.T) {
	line := `{"uid": "558", "dct": "2009-04-25", "dates": [null, null], "text": "Swine flu.", "title": "Not the title", "headline": "Flu"}`
	for _, tc := range []struct {
		fields Fields
		want   Article
	}{
		{Fields{ID: "uid", Date: "dct", Text: "text"}, Article{ID: "558", Title: "Not the title", Text: "Swine flu."}},
		{Fields{ID: "uid", Date: "dct", Title: "headline"}, Article{ID: "558", Title: "Flu", Text: "Swine flu."}},
		{Fields{ID: "dct", Date: "dct2", Text: "title"}, Article{ID: "2009-04-25", Text: "Not the title"}}, // no date: given below
		{Fields{ID: "uid", Date: "dct", Text: "title", Title: "text"}, Article{ID: "558", Title: "Swine flu.", Text: "Not the title"}},
	} {
		got, errs := readAll(t, "in.jsonl", []byte(line), ReadOptions{Fields: tc.fields, Date: time.Date(2009, 4, 25, 0, 0, 0, 0, time.UTC)})
		tc.want.Date = time.Date(2009, 4, 25, 0, 0, 0, 0, time.UTC)
		if errs != nil || len(got) != 1 || got[0] != tc.want {
			t.Errorf("%+v: %+v, %q; want %+v", tc.fields, got, errs, tc.want)
		}
	}
}

func TestReadJSONLines(t *testing.T) {
	input := "\uFEFF" + `{"id":"a","date":"2022-01-10","text":"A."}` + "\r\n" +
		"\n" +
		`{"id":"b","date":"2022-01-10","text":` + "\n" +
		`  {"id":"c","date":"2022-01-10","text":"C.` + "\xff\"}\r\n" +
		`{"id":"d","date":"20220110","text":"D."}`
	got, errs := readAll(t, "in.jsonl", []byte(input), ReadOptions{})
	want := []string{
		"in.jsonl:3:38: invalid JSON: unexpected end of JSON input",
		"in.jsonl:4:43: invalid UTF-8",
	}
	if !equalStrings(ids(got), []string{"a", "d"}) || !equalStrings(errs, want) {
		t.Errorf("IDs %q, errors %q; want a, d and %q", ids(got), errs, want)
	}
}

// TestReadT17 reads a Timeline17 file with its member names, as
// `--id-field uid --date-field dct` does.
func TestReadT17(t *testing.T) {
	path := corpus.Need(t, "corpora/t17/H1N1_bbc/articles.json")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []Article
	err = ReadArticles(path, f, ReadOptions{Fields: Fields{ID: "uid", Date: "dct", Text: "text"}}, func(a Article) error {
		got = append(got, a)
		return nil
	})
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v, want the empty articles listed", err)
	}
	for _, e := range list {
		if !errors.Is(e, ErrEmptyArticle) {
			t.Errorf("%v, want only empty articles", e)
		}
	}
	if len(got) != 120 || len(list) != 2 {
		t.Errorf("%d articles and %d empty ones, want 120 and 2 of the 122", len(got), len(list))
	}
	first := got[0]
	if first.ID != "558" || first.Date.Format(time.DateOnly) != "2009-04-25" || !strings.HasPrefix(first.Text, "Susan Watts | 18:00 UK time") {
		t.Errorf("first article = %s %v %.40q", first.ID, first.Date, first.Text)
	}
}
