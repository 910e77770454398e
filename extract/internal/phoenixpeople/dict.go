package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"
)

// An entry is one record of the dictionary: its phrase lines (several when
// the first ones carry no code), synonyms and codes.
type entry struct {
	line        int
	roots, syns []string
	periods     []period
	inline      bool // a code on the phrase line: a state or territory
	countryInfo bool // marked "# CountryInfo.txt": an entry of CountryInfo's people lists
}

// readDict parses the dictionary into entries.
func readDict(path string, st *stats) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entry
	var cur *entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		t := strings.TrimSpace(raw)
		if t == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		if strings.HasPrefix(t, "#") {
			if raw[0] != '\t' { // "  # CountryInfo.txt": a phrase line whose name is missing
				if cur != nil {
					out = append(out, *cur)
				}
				cur = &entry{line: n, roots: []string{""}, countryInfo: true}
				st.nameless++
			} else if strings.Contains(t, "[") { // "\t#[IRNGOV >20130804] when he became ..."
				st.commentedCodes++
			}
			continue
		}
		comment := ""
		if i := strings.Index(t, "#"); i >= 0 {
			t, comment = strings.TrimSpace(t[:i]), t[i:]
		}
		switch {
		case strings.HasPrefix(t, "["): // a code line, tab-indented (once after spaces)
			if cur == nil {
				continue
			}
			st.codeLines++
			if p, ok := parseCode(t, st); ok {
				cur.periods = append(cur.periods, p)
			}
		case strings.HasPrefix(t, "+"):
			if cur != nil {
				cur.syns = append(cur.syns, strings.TrimSpace(t[1:]))
			}
		default:
			phrase, inline := t, false
			if i := strings.Index(t, "["); i >= 0 {
				phrase, inline = strings.TrimSpace(t[:i]), true
			}
			ci := strings.Contains(comment, "CountryInfo")
			if cur != nil && len(cur.periods) == 0 && !cur.inline {
				// no code yet: this phrase shares the codes that follow
				cur.roots = append(cur.roots, phrase)
				cur.inline = inline
				cur.countryInfo = cur.countryInfo || ci
				continue
			}
			if cur != nil {
				out = append(out, *cur)
			}
			cur = &entry{line: n, roots: []string{phrase}, inline: inline, countryInfo: ci}
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out, sc.Err()
}

// parseCode reads "[CODE]", "[CODE >date]", "[CODE <date]" or
// "[CODE date-date]".
func parseCode(t string, st *stats) (period, bool) {
	inner := strings.TrimPrefix(t, "[")
	if i := strings.Index(inner, "]"); i >= 0 {
		inner = inner[:i]
	}
	f := strings.Fields(inner)
	if len(f) == 0 {
		return period{}, false
	}
	p := period{code: f[0]}
	rest := strings.Join(f[1:], "")
	var err error
	switch {
	case rest == "":
	case rest[0] == '>':
		p.start, err = date(rest[1:])
	case rest[0] == '<':
		p.end, err = date(rest[1:])
	case strings.Contains(rest, "-"):
		a, b, _ := strings.Cut(rest, "-")
		if p.start, err = date(a); err == nil {
			p.end, err = date(b)
		}
		if err == nil && p.end < p.start {
			st.reversed++
			return period{}, false
		}
	default: // a bare date ("[MNEGOV 20121204]"), read as a start
		p.start, err = date(rest)
		st.bareDates++
	}
	if err != nil {
		st.badDates++
		return period{}, false
	}
	for _, r := range p.code {
		if r < 'A' || r > 'Z' {
			st.badDates++
			return period{}, false
		}
	}
	return p, true
}

// date converts YYMMDD (YY ≤ 30 is 20YY, as PETRARCH reads it) or YYYYMMDD
// to YYYY-MM-DD.
func date(s string) (string, error) {
	switch len(s) {
	case 6:
		if s[:2] <= "30" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return "", fmt.Errorf("bad date %q", s)
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return "", err
	}
	return t.Format("2006-01-02"), nil
}
