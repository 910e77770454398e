package actor

import (
	"os"
	"strings"
	"testing"
	"time"
)

// The tests in this file check data/places.tsv, the gazetteer of places and the state each
// lies in, against its header's rules and against data/countries.tsv. They read the files
// with the standard library only and use no other code of the package.

// placesRow is a data line of places.tsv.
type placesRow struct {
	line                           int
	name, code, aliases, from, til string
}

// placesLines returns the data lines of a TSV file of the data folder (comments and blank
// lines skipped), each split on TAB, with its line number.
func placesLines(t *testing.T, file string) (rows [][]string, lines []int) {
	t.Helper()
	b, err := os.ReadFile("data/" + file)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		rows = append(rows, strings.Split(l, "\t"))
		lines = append(lines, i+1)
	}
	return rows, lines
}

// placesTable reads places.tsv; rows without five columns are reported and skipped.
func placesTable(t *testing.T) []placesRow {
	t.Helper()
	rows, lines := placesLines(t, "places.tsv")
	var out []placesRow
	for i, c := range rows {
		if len(c) != 5 {
			t.Errorf("places.tsv:%d: %d columns, want 5: %q", lines[i], len(c), c)
			continue
		}
		out = append(out, placesRow{lines[i], c[0], c[1], c[2], c[3], c[4]})
	}
	return out
}

// placesForms returns a row's surface forms (name, then aliases) without a trailing "~".
func placesForms(r placesRow) []string {
	forms := []string{strings.TrimSuffix(r.name, "~")}
	if r.aliases != "" {
		for _, a := range strings.Split(r.aliases, "|") {
			forms = append(forms, strings.TrimSuffix(a, "~"))
		}
	}
	return forms
}

// placesCountries reads countries.tsv: its codes, and each form of its columns 1
// (name), 3 (aliases) and 5 (metonyms), without a trailing "~", with the row's code.
func placesCountries(t *testing.T) (codes map[string]bool, forms map[string]string) {
	t.Helper()
	rows, lines := placesLines(t, "countries.tsv")
	codes, forms = map[string]bool{}, map[string]string{}
	for i, c := range rows {
		if len(c) != 5 {
			t.Fatalf("countries.tsv:%d: %d columns, want 5", lines[i], len(c))
		}
		codes[c[1]] = true
		for _, col := range []string{c[0], c[2], c[4]} {
			if col == "" {
				continue
			}
			for _, f := range strings.Split(col, "|") {
				forms[strings.TrimSuffix(f, "~")] = c[1]
			}
		}
	}
	return codes, forms
}

// placesDate parses a from/until field; ok is false for a malformed date.
func placesDate(s string) (d time.Time, ok bool) {
	d, err := time.Parse("2006-01-02", s)
	return d, err == nil && d.Format("2006-01-02") == s
}

// placesOverlap reports whether the periods of two rows share a day; an empty from
// is the beginning of time, an empty until the end (until is exclusive).
func placesOverlap(a, b placesRow) bool {
	before := func(from, til string) bool { // from < til, open ends unbounded
		return from == "" || til == "" || from < til
	}
	return before(a.from, b.til) && before(b.from, a.til)
}

// placesStateOn returns the codes of the rows with the form that cover the day.
func placesStateOn(rows []placesRow, form, day string) []string {
	var codes []string
	for _, r := range rows {
		if (r.from != "" && day < r.from) || (r.til != "" && day >= r.til) {
			continue
		}
		for _, f := range placesForms(r) {
			if f == form {
				codes = append(codes, r.code)
				break
			}
		}
	}
	return codes
}

func TestPlacesColumnsAndCodes(t *testing.T) {
	rows := placesTable(t)
	if len(rows) < 500 || len(rows) > 1000 {
		t.Errorf("places.tsv has %d rows, want roughly 500-900", len(rows))
	}
	codes, _ := placesCountries(t)
	for _, r := range rows {
		if r.name == "" || strings.TrimSpace(r.name) != r.name {
			t.Errorf("places.tsv:%d: bad name %q", r.line, r.name)
		}
		for _, c := range r.name {
			if c > 0x7e {
				t.Errorf("places.tsv:%d: name %q is not ASCII (accents go to aliases)", r.line, r.name)
				break
			}
		}
		if !codes[r.code] {
			t.Errorf("places.tsv:%d: %s: code %q is not in countries.tsv", r.line, r.name, r.code)
		}
		if r.aliases != "" {
			for _, a := range strings.Split(r.aliases, "|") {
				if a == "" || strings.TrimSpace(a) != a {
					t.Errorf("places.tsv:%d: %s: empty or padded alias in %q", r.line, r.name, r.aliases)
				}
			}
		}
		for _, f := range placesForms(r) {
			if strings.ContainsAny(f, "\u2018\u2019\u2013\u2014") {
				t.Errorf("places.tsv:%d: %q: use ASCII apostrophes and hyphens", r.line, f)
			}
		}
	}
}

func TestPlacesDates(t *testing.T) {
	for _, r := range placesTable(t) {
		var from, til time.Time
		var ok bool
		if r.from != "" {
			if from, ok = placesDate(r.from); !ok {
				t.Errorf("places.tsv:%d: %s: from %q is not YYYY-MM-DD", r.line, r.name, r.from)
			}
		}
		if r.til != "" {
			if til, ok = placesDate(r.til); !ok {
				t.Errorf("places.tsv:%d: %s: until %q is not YYYY-MM-DD", r.line, r.name, r.til)
			}
		}
		if r.from != "" && r.til != "" && !from.Before(til) {
			t.Errorf("places.tsv:%d: %s: from %s is not before until %s", r.line, r.name, r.from, r.til)
		}
	}
}

// A form (name or alias) names one row at any time: rows may share a form only in
// periods that do not overlap (Juba SDN until 2011-07-09, SSD from then).
func TestPlacesUniqueForms(t *testing.T) {
	rows := placesTable(t)
	seen := map[string][]int{} // form -> indices into rows
	for i, r := range rows {
		inRow := map[string]bool{}
		for _, f := range placesForms(r) {
			if inRow[f] {
				t.Errorf("places.tsv:%d: %s: form %q twice in the row", r.line, r.name, f)
				continue
			}
			inRow[f] = true
			for _, j := range seen[f] {
				if placesOverlap(rows[j], r) {
					t.Errorf("places.tsv:%d: form %q also on line %d (%s %s), periods overlap",
						r.line, f, rows[j].line, rows[j].name, rows[j].code)
				}
			}
			seen[f] = append(seen[f], i)
		}
	}
}

// Capitals (and the other forms of countries.tsv) are not repeated, except in the
// dated rows of a place whose state changed, whose open-ended row carries countries.tsv's
// code, and in a row under a capital's name that only adds spellings countries.tsv lacks.
func TestPlacesCountriesFormsNotRepeated(t *testing.T) {
	rows := placesTable(t)
	_, forms := placesCountries(t)
	for _, r := range rows {
		dated := r.from != "" || r.til != ""
		for k, f := range placesForms(r) {
			code, ok := forms[f]
			if !ok {
				continue
			}
			switch {
			case dated:
				current := false
				for _, q := range rows {
					if q.name == r.name && q.til == "" && q.code == code {
						current = true
					}
				}
				if !current {
					t.Errorf("places.tsv:%d: %s: %q is countries.tsv's (%s), but no open-ended row of %s has that code",
						r.line, r.name, f, code, r.name)
				}
			case k == 0 && code == r.code && r.aliases != "":
				for _, a := range placesForms(r)[1:] {
					if _, dup := forms[a]; dup {
						t.Errorf("places.tsv:%d: %s: variant %q is already in countries.tsv", r.line, r.name, a)
					}
				}
			default:
				t.Errorf("places.tsv:%d: %s: %q is already in countries.tsv (%s)", r.line, r.name, f, code)
			}
		}
	}
}

func TestPlacesJuba(t *testing.T) {
	rows := placesTable(t)
	for _, c := range []struct{ day, want string }{
		{"2000-01-01", "SDN"},
		{"2011-07-08", "SDN"},
		{"2011-07-09", "SSD"},
		{"2020-01-01", "SSD"},
	} {
		if got := placesStateOn(rows, "Juba", c.day); len(got) != 1 || got[0] != c.want {
			t.Errorf("Juba on %s: %v, want [%s]", c.day, got, c.want)
		}
	}
}
