package plover

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
)

const fixture = "testdata/gsr.json"

func TestLoad(t *testing.T) {
	recs, err := Load(fixture)
	if err != nil {
		t.Fatal(err)
	}
	want := []Record{
		{ID: "PLOVER-TEST-AGREE-0001", Date: "2021-03-02", Event: "AGREE", EventText: "agreed to expand",
			Text:   "Japan and the United States agreed on Tuesday to expand their cooperation on coastal defence.",
			Source: []Actor{{Text: "Japan", Code: "JAP", Sector: "GOV"}, {Text: "United States", Code: "USA"}}},
		{ID: "PLOVER-TEST-DEMAND-0001", Date: "2021-03-03", Event: "DEMAND", EventText: "demanded withdraw",
			Text:   "The United Nations demanded that Russia withdraw its troops from the border.",
			Source: []Actor{{Text: "United Nations", Code: "IGO"}},
			Target: []Actor{{Text: "Russia", Code: "RUS", Sector: "GOV"}}},
		{ID: "PLOVER-TEST-THREATEN-0001", Date: "2021-03-04", Event: "THREATEN", EventText: "threatened to impose sanctions",
			Text:   "The White House threatened on Thursday to impose new sanctions on Iran.",
			Source: []Actor{{Text: "White House", Code: "USAGOV"}},
			Target: []Actor{{Text: "Iran", Code: "IRN"}}},
		{ID: "PLOVER-TEST-RETREAT-0001", Date: "2021-03-05", Event: "RETREAT", EventText: "declared ceasefire",
			Text:   "The rebels declared a ceasefire on Friday after a week of fighting.",
			Source: []Actor{{Text: "the rebels"}}},
	}
	if len(recs) != len(want) {
		t.Fatalf("got %d records, want %d (the DOCUMENT record left out)", len(recs), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(recs[i], want[i]) {
			t.Errorf("record %d:\ngot  %+v\nwant %+v", i, recs[i], want[i])
		}
	}
}

func TestReadSides(t *testing.T) {
	tests := []struct {
		name, side string
		want       []Actor
	}{
		{"list", `[{"actorText": "Hungary", "code": "hun"}, {"actorText": "Romania", "code": "ROU"}]`,
			[]Actor{{Text: "Hungary", Code: "HUN"}, {Text: "Romania", Code: "ROU"}}},
		{"object", `{"actorText": "U.N.", "code": "IGO"}`, []Actor{{Text: "U.N.", Code: "IGO"}}},
		{"empty string", `""`, nil},
		{"stray word", `"diplomatic"`, nil},
		{"null", `null`, nil},
		{"number", `7`, nil},
		{"empty list", `[]`, nil},
		{"string in a list", `["the rebels"]`, []Actor{{Text: "the rebels"}}},
		{"code only", `[{"code": "USAGOV"}]`, []Actor{{Code: "USAGOV"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := `[{"id": "r1", "date": "2000-01-01", "event": "AGREE", "text": "x", "source": ` + tc.side + `}]`
			recs, err := Read("t.json", strings.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			if got := recs[0].Source; !reflect.DeepEqual(got, tc.want) {
				t.Errorf("source %s = %+v, want %+v", tc.side, got, tc.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	good := `{"id": "good", "date": "2000-01-01", "event": "AGREE", "text": "x"}`
	tests := []struct {
		name, in string
		want     string // the error
		records  int    // read despite it
	}{
		{"malformed", "[\n" + good + ",\n{\"id\": \"bad\", \"text\": \"x\" \"event\": 1}\n]", "t.json:3:27: invalid character", 0},
		{"truncated", "[\n" + good + ",\n", "t.json:3:1: unexpected end of JSON input", 0},
		{"not an array", `{"id": "x"}`, "t.json:1:1: plover: not a JSON array of records", 0},
		{"empty", ``, "t.json:1:1: unexpected end of JSON input", 0},
		{"null", "\n null", "t.json:2:2: plover: not a JSON array of records", 0},
		{"trailing garbage", "[" + good + "]\n x", "t.json:2:2: invalid character 'x' after top-level value", 0},
		{"no text", "[\n" + good + ",\n" + `{"id": "r2", "date": "2000-01-01", "event": "AGREE"}]`, "t.json:3: record r2: no text", 1},
		{"no event", "[\n" + `{"id": "r1", "date": "2000-01-01", "text": "x"}]`, "t.json:2: record r1: no event", 0},
		{"no id", "[" + good + ", " + good + ",\n\n  {\"event\": \"AGREE\"}]", "t.json:3: record #3: no id", 2},
		{"bad date", `[{"id": "r1", "date": "01/01/2000", "event": "AGREE", "text": "x"}]`, `t.json:1: record r1: date "01/01/2000" is not YYYY-MM-DD`, 0},
		{"wrong type", `[{"id": "r1", "date": "2000-01-01", "event": 3, "text": "x"}]`, "t.json:1: record r1: json: cannot unmarshal number", 0},
		{"bad actor", `[{"id": "r1", "date": "2000-01-01", "event": "AGREE", "text": "x", "target": ["USA", 3]}]`, "t.json:1: record r1: target: actor 2: json: cannot unmarshal number", 0},
		{"empty actor", `[{"id": "r1", "date": "2000-01-01", "event": "AGREE", "text": "x", "source": [{"sector": "GOV"}]}]`, "t.json:1: record r1: source: actor 1: neither actorText nor code", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, err := Read("t.json", strings.NewReader(tc.in))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("error %v, want one beginning %q", err, tc.want)
			}
			var ie *extract.InputError
			if !errors.As(err, &ie) || ie.Name != "t.json" {
				t.Errorf("error %#v, want an extract.InputError naming t.json", err)
			}
			if len(recs) != tc.records {
				t.Errorf("read %d records, want %d", len(recs), tc.records)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.json")
	if _, err := Load(missing); !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), missing+": ") {
		t.Errorf("Load(missing) error %v, want one naming the file and wrapping fs.ErrNotExist", err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("[\n{\"id\": }\n]"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.HasPrefix(err.Error(), bad+":2:8: ") {
		t.Errorf("Load(malformed) error %v, want one at %s:2:8", err, bad)
	}
}

func TestActorString(t *testing.T) {
	for _, tc := range []struct {
		a    Actor
		want string
	}{
		{Actor{Text: "Tokyo", Code: "JAP"}, `JAP "Tokyo"`},
		{Actor{Code: "IGO"}, "IGO"},
		{Actor{Text: "the rebels"}, `"the rebels"`},
	} {
		if got := tc.a.String(); got != tc.want {
			t.Errorf("%+v.String() = %s, want %s", tc.a, got, tc.want)
		}
	}
}
