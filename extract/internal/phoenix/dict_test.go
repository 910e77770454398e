package phoenix

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// read reads a dictionary given as text.
func read(tb testing.TB, text string) ([]Entry, Stats) {
	tb.Helper()
	es, st, err := Read(strings.NewReader(text))
	if err != nil {
		tb.Fatal(err)
	}
	return es, st
}

func TestRead(t *testing.T) {
	es, st := read(t, `# a comment; with a semicolon
	[ORPHAN]
+ORPHAN_
UNITA_ [AGOREB] #  kkl 21 Mar 13
+NATIONAL_UNION_FOR_THE_TOTAL_INDEPENDENCE_OF_ANGOLA_

HAMAS_  #  kkl 21 Mar 13
+ISLAMIC_RESISTANCE_MOVEMENT +HARAKAT_AL-MUQAWAMA_ [PSEREBHMS]
	[PSEREBHMS]
 #  kkl 21 Mar 13
+FOUNDED_1987_
YOWERI_MUSEVENI_  # CountryInfo.txt
	[UGAELI 620101-000101]
	#[UGAGOV >860126] a code commented out
  	[UGAGOV >860126] ; a legacy comment
	[UGAELI]
  # CountryInfo.txt
	[PRTGOV >060309]
NO_CODE_
ALSO_NO_CODE_ <!-- a comment
over two lines -->; [NOT_A_CODE]
NEXT_ <!-- a comment --> [XYZ] [---]
# The KEDS Project International Militarized Groups list
KEDS_GROUP_
	[ABCREB]
LAST_
`)
	want := []Entry{
		{Line: 4, Phrase: "UNITA_", Synonyms: []string{"NATIONAL_UNION_FOR_THE_TOTAL_INDEPENDENCE_OF_ANGOLA_"},
			Codes: []Code{{Line: 4, Code: "AGOREB"}}, Inline: true},
		{Line: 7, Phrase: "HAMAS_", Synonyms: []string{"ISLAMIC_RESISTANCE_MOVEMENT", "HARAKAT_AL-MUQAWAMA_", "FOUNDED_1987_"},
			Codes: []Code{{Line: 9, Code: "PSEREBHMS"}}},
		{Line: 12, Phrase: "YOWERI_MUSEVENI_", CountryInfo: true, Codes: []Code{
			{Line: 13, Code: "UGAELI", Kind: Between, From: "1962-01-01", To: "2000-01-01"},
			{Line: 15, Code: "UGAGOV", Kind: After, From: "1986-01-26"},
			{Line: 16, Code: "UGAELI"}}},
		{Line: 17, CountryInfo: true, Nameless: true, Codes: []Code{{Line: 18, Code: "PRTGOV", Kind: After, From: "2006-03-09"}}},
		{Line: 19, Phrase: "NO_CODE_", Inherited: true, Codes: []Code{{Line: 22, Code: "XYZ"}, {Line: 22, Code: "---"}}},
		{Line: 20, Phrase: "ALSO_NO_CODE_", Inherited: true, Codes: []Code{{Line: 22, Code: "XYZ"}, {Line: 22, Code: "---"}}},
		{Line: 22, Phrase: "NEXT_", Inline: true, Codes: []Code{{Line: 22, Code: "XYZ"}, {Line: 22, Code: "---"}}},
		{Line: 24, Phrase: "KEDS_GROUP_", KEDS: true, Codes: []Code{{Line: 25, Code: "ABCREB"}}},
		{Line: 26, Phrase: "LAST_", KEDS: true},
	}
	if len(es) != len(want) {
		t.Fatalf("got %d entries, want %d: %+v", len(es), len(want), es)
	}
	for i := range want {
		if !reflect.DeepEqual(es[i], want[i]) {
			t.Errorf("entry %d:\ngot  %+v\nwant %+v", i, es[i], want[i])
		}
	}
	if want := (Stats{CodeLines: 6, CommentedCodes: 1, Nameless: 1, Orphans: 2}); st != want {
		t.Errorf("stats %+v, want %+v", st, want)
	}
}

func TestParseCode(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Code
		err  error
	}{
		{"UGAGOV", Code{Code: "UGAGOV"}, nil},
		{"UGAGOV >860126", Code{Code: "UGAGOV", Kind: After, From: "1986-01-26"}, nil},
		{"GBRGOV > 20100511", Code{Code: "GBRGOV", Kind: After, From: "2010-05-11"}, nil},
		{"IRNGOV <19790211", Code{Code: "IRNGOV", Kind: Before, To: "1979-02-11"}, nil},
		{"UGAELI 620101-000101", Code{Code: "UGAELI", Kind: Between, From: "1962-01-01", To: "2000-01-01"}, nil},
		{"MNEGOV 20121204", Code{Code: "MNEGOV", Kind: Bare, From: "2012-12-04"}, nil},
		{"GBRGOV >201005011", Code{Code: "GBRGOV", Kind: After}, ErrDate},
		{"KORGOVBUS 2004017-20061201", Code{Code: "KORGOVBUS", Kind: Between, To: "2006-12-01"}, ErrDate},
		{"USAGOV 19900101-19800101", Code{Code: "USAGOV", Kind: Between, From: "1990-01-01", To: "1980-01-01"}, ErrReversed},
		{"XXXGOV 860230", Code{Code: "XXXGOV", Kind: Bare}, ErrDate},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseCode(7, tc.in)
			tc.want.Line = 7
			if !ok || !errors.Is(got.Err, tc.err) || (got.Err == nil) != (tc.err == nil) {
				t.Errorf("parseCode(%q) = %+v, %v; want error %v", tc.in, got, ok, tc.err)
			}
			got.Err = nil
			if got != tc.want {
				t.Errorf("parseCode(%q) = %+v, want %+v", tc.in, got, tc.want)
			}
		})
	}
	if _, ok := parseCode(1, "  "); ok {
		t.Error(`parseCode("  ") is a code`)
	}
	if got := parseCodes(1, "[A] [B >900101] [C"); len(got) != 2 || got[0].Code != "A" || got[1].Code != "B" {
		t.Errorf("parseCodes: %+v", got)
	}
}

func TestDate(t *testing.T) {
	for in, want := range map[string]string{"860126": "1986-01-26", "000101": "2000-01-01", "300101": "2030-01-01",
		"310101": "1931-01-01", "19300101": "1930-01-01", "20150126": "2015-01-26", "20120229": "2012-02-29"} {
		if got, err := date(in); err != nil || got != want {
			t.Errorf("date(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"860230", "8601", "2015012", "20100229", "20100931", "86O126", ""} {
		if got, err := date(in); err == nil {
			t.Errorf("date(%q) = %q, want an error", in, got)
		}
	}
}

func TestCountryOf(t *testing.T) {
	byCode := map[string]string{"USA": "United States", "USAPRI": "Puerto Rico", "UGA": "Uganda"}
	for code, want := range map[string]string{"USAGOV": "United States", "USAPRIGOV": "Puerto Rico", "USAPRI": "Puerto Rico",
		"UGA": "Uganda", "UG": "", "IGOUNO": "", "": ""} {
		if got := CountryOf(code, byCode); got != want {
			t.Errorf("CountryOf(%q) = %q, want %q", code, got, want)
		}
	}
}

// dictDir holds the Phoenix dictionaries: ../shared beside the module.
const dictDir = "../../../../shared/corpora/cameo-dicts"

// TestReadPhoenix reads the three dictionaries the generators use and
// checks what the generators rely on.
func TestReadPhoenix(t *testing.T) {
	corpus.Need(t, "corpora/cameo-dicts")
	for _, tc := range []struct {
		file    string
		entries int
		stats   Stats
	}{
		{"Phoenix.Countries.actors.txt", 18391, Stats{CodeLines: 28174, CommentedCodes: 1, Nameless: 1}},
		{"Phoenix.MilNonState.actors.txt", 1021, Stats{CodeLines: 6}},
		{"Phoenix.International.actors.txt", 7840, Stats{CodeLines: 48}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			es, st, err := ReadFile(filepath.Join(dictDir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != tc.entries || st != tc.stats {
				t.Errorf("%d entries, stats %+v; want %d, %+v", len(es), st, tc.entries, tc.stats)
			}
			keds := 0
			for _, e := range es {
				if e.KEDS {
					keds++
				}
				if e.Phrase == "" && !e.Nameless {
					t.Errorf("line %d: no phrase", e.Line)
				}
			}
			if want := tc.file == "Phoenix.MilNonState.actors.txt"; (keds > 0) != want {
				t.Errorf("%d entries in the KEDS list", keds)
			}
		})
	}
}
