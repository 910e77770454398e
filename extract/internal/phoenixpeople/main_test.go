package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// countriesDict is the Phoenix country dictionary beside the module.
const countriesDict = "../../../../shared/corpora/cameo-dicts/Phoenix.Countries.actors.txt"

// convert runs the converter on the real dictionary, skipping the test
// when ../shared is absent.
func convert(t *testing.T) ([]byte, *stats) {
	t.Helper()
	corpus.Need(t, "corpora/cameo-dicts/Phoenix.Countries.actors.txt")
	var b bytes.Buffer
	st, err := run(countriesDict, "../../actor/data", &b)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), st
}

func TestConvert(t *testing.T) {
	out, st := convert(t)
	rows := map[string][][]string{} // name → rows
	for _, l := range strings.Split(string(out), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 5 {
			t.Fatalf("%d columns in %q", len(f), l)
		}
		rows[f[0]] = append(rows[f[0]], f)
	}
	// row reports whether name has a row code start end.
	row := func(name, code, start, end string) bool {
		for _, r := range rows[name] {
			if r[1] == code && r[2] == start && r[3] == end {
				return true
			}
		}
		return false
	}
	for _, c := range []struct{ name, code, start, end string }{
		{"Yoweri Museveni", "UGAGOV", "1986-01-26", ""},
		{"Yoweri Museveni", "UGAELI", "1962-01-01", "2000-01-01"},
		{"Yoweri Museveni", "UGAELI", "", ""}, // Phoenix's undated default code
		{"Abdelaziz Bouteflika", "DZAGOV", "1999-04-27", ""},
		{"Ruhollah Khomeini", "IRNGOV", "1979-02-05", "1980-02-04"},
		{"Laurent Gbagbo", "CIVGOV", "2000-10-26", ""},
		{"Levy Mwanawasa", "ZMBGOVMIL", "2004-12-01", "2005-04-30"},
		{"Levy Mwanawasa", "ZMBGOV", "2005-02-01", "2008-08-31"},
		{"Moody Awori", "KENGOV", "2003-01-01", "2008-02-28"},
		{"Mohammad Zia ul-Haq", "PAKGOV", "1977-07-05", "1985-03-24"},
		{"Askar Akayev", "KGZGOV", "1990-10-27", "2005-04-11"},
		{"Andreas Papandreou", "GRCGOV", "1981-10-21", "1989-07-02"},
		{"Andreas Papandreou", "GRCGOV", "1993-10-13", "1996-01-22"},
		{"Hu Jintao", "", "", ""}, // in leaders.tsv: the hand table wins
	} {
		if c.code == "" {
			if len(rows[c.name]) > 0 {
				t.Errorf("%s has rows, but is in leaders.tsv: %v", c.name, rows[c.name])
			}
			continue
		}
		if !row(c.name, c.code, c.start, c.end) {
			t.Errorf("no row %s %s %s–%s; rows %v", c.name, c.code, c.start, c.end, rows[c.name])
		}
	}
	// The first row of a person is the main one: the latest government period.
	if r := rows["Andreas Papandreou"]; len(r) == 0 || r[0][1] != "GRCGOV" || r[0][2] != "1993-10-13" {
		t.Errorf("Andreas Papandreou's first row = %v, want GRCGOV from 1993-10-13", r)
	}
	if r := rows["Ruhollah Khomeini"]; len(r) == 0 || strings.Contains(r[0][4], "Ayatollah") {
		t.Errorf("Ruhollah Khomeini aliases %v: no titled alias wanted", r)
	}
	if r := rows["Yoweri Museveni"]; len(r) == 0 || r[0][4] != "Yoweri Kaguta Museveni" {
		t.Errorf("Yoweri Museveni aliases = %v, want Yoweri Kaguta Museveni", r)
	}
	for _, name := range []string{"Peoples Liberation Army", "Communist Party of China", "Republica Srpska",
		"Sri Lanka", "Afghan National Security Forces", "Vladimir Putin", "Assam Rifles", "Iraqi Kurdistan"} {
		if len(rows[name]) > 0 {
			t.Errorf("%s is not a person of this table: %v", name, rows[name])
		}
	}
	for name, rs := range rows {
		for _, r := range rs {
			if c := r[1]; len(c) < 3 || strings.HasPrefix(c, "DDR") || strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "SUN") {
				t.Errorf("%s: code %s is not a state's of countries.tsv", name, c)
			}
		}
	}
	if len(rows) < 15000 || st.people != len(rows) {
		t.Errorf("%d people (stats %d), want over 15000", len(rows), st.people)
	}
}

// TestTableFresh checks that data/people.tsv is the converter's output:
// regenerate it (see the package comment) after changing the converter or
// countries.tsv, leaders.tsv or organizations.tsv.
func TestTableFresh(t *testing.T) {
	out, _ := convert(t)
	have, err := os.ReadFile("../../actor/data/people.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, have) {
		t.Error("extract/actor/data/people.tsv is stale: from the module root run go generate ./extract/actor")
	}
}

func TestCaseName(t *testing.T) {
	for raw, want := range map[string]string{
		"YOWERI_MUSEVENI_":                    "Yoweri Museveni",
		"MOHAMMAD_ZIA_UL_HAQ_":                "Mohammad Zia ul-Haq",
		"ZIA-UL-HAQ_KHAN":                     "Zia-ul-Haq Khan",
		"HAZEM_AL_BEBLAWI_":                   "Hazem al-Beblawi",
		"BASHAR_AL-ASSAD":                     "Bashar al-Assad",
		"AYATOLLAH_RUHOLLAH_KHOMEINI_":        "Ruhollah Khomeini",
		"FREDERIK_WILLEM_DE_KLERK":            "Frederik Willem de Klerk",
		"ABEL_PACHECO_DE_LA_ESPRIELLA":        "Abel Pacheco de la Espriella",
		"FRANCIS_K._BUTAGIRA_":                "Francis K. Butagira",
		"JOHN_MCCAIN":                         "John McCain",
		"MOHAMMAD_ALI_RAJA'I_":                "Mohammad Ali Raja'i",
		"SHEIKH `ISA_IBN_SULMAN_AL_KHALIFAH_": "Isa ibn Sulman al-Khalifah",
		"STANKO_TODOROV (ACTING_":             "Stanko Todorov",
	} {
		if got := parseName(raw, true, particles); got.full != want {
			t.Errorf("parseName(%q) = %+v, want %q", raw, got, want)
		}
	}
	if got := parseName("ZHU_DE_", true, nil); got.full != "Zhu De" {
		t.Errorf("Zhu De (no particles) = %+v", got)
	}
	for raw, reason := range map[string]string{
		"PEOPLES_LIBERATION_ARMY":      "role or body word",
		"MINISTRY_FOR_STATE_SECURITY_": "role or body word",
		"KHODAIDAD_":                   "one word",
		"IRAQI_KURDISTAN":              "place word or demonym",
		"THE_ISLAMIC_STATE":            "function word",
	} {
		if got := parseName(raw, false, particles); got.reason != reason {
			t.Errorf("parseName(%q) = %+v, want reason %q", raw, got, reason)
		}
	}
	if got := parseName("MARYAN_STREET_", true, particles); got.full != "Maryan Street" {
		t.Errorf("a CountryInfo person with a place word: %+v", got)
	}
}
