package main

import (
	"errors"

	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
)

// An entry is one record of the dictionary as people are read from it:
// its phrase lines (several when the first ones have no code of their own
// and share the codes that follow, as in PETRARCH's reader), synonyms and
// periods.
type entry struct {
	line        int
	roots, syns []string
	periods     []period
	inline      bool // a code on the phrase line: a state or territory
	countryInfo bool // marked "# CountryInfo.txt": an entry of CountryInfo's people lists
}

// readDict reads the dictionary at path into entries, counting in st its
// code lines and what it could not read. A phrase joins the entry before
// it while that entry has no period and no code on its phrase line; a
// nameless phrase line ("  # CountryInfo.txt") always opens an entry.
func readDict(path string, st *stats) ([]entry, error) {
	es, ds, err := phoenix.ReadFile(path)
	if err != nil {
		return nil, err
	}
	st.codeLines, st.commentedCodes, st.nameless = ds.CodeLines, ds.CommentedCodes, ds.Nameless
	var out []entry
	for _, e := range es {
		ps := periodsOf(e, st)
		if n := len(out); n > 0 && !e.Nameless && len(out[n-1].periods) == 0 && !out[n-1].inline {
			cur := &out[n-1]
			cur.roots = append(cur.roots, e.Phrase)
			cur.syns = append(cur.syns, e.Synonyms...)
			cur.periods = append(cur.periods, ps...)
			cur.inline = e.Inline
			cur.countryInfo = cur.countryInfo || e.CountryInfo
			continue
		}
		out = append(out, entry{line: e.Line, roots: []string{e.Phrase}, syns: e.Synonyms, periods: ps,
			inline: e.Inline, countryInfo: e.CountryInfo})
	}
	return out, nil
}

// periodsOf returns the periods of e's code lines, counting in st those
// that cannot be one. Codes on the phrase line (a state's or territory's)
// are no periods, and inherited codes are read with the entry they belong
// to.
func periodsOf(e phoenix.Entry, st *stats) []period {
	if e.Inherited {
		return nil
	}
	var out []period
	for _, c := range e.Codes {
		if c.Line == e.Line {
			continue
		}
		if p, ok := periodOf(c, st); ok {
			out = append(out, p)
		}
	}
	return out
}

// periodOf makes a period of a code, or counts in st why it cannot: a
// date that cannot be read or a code not all capitals ("bad dates"), a
// range that ends before it starts. A bare date ("[MNEGOV 20121204]") is
// read as a start.
func periodOf(c phoenix.Code, st *stats) (period, bool) {
	if c.Kind == phoenix.Bare {
		st.bareDates++
	}
	switch {
	case errors.Is(c.Err, phoenix.ErrReversed):
		st.reversed++
		return period{}, false
	case c.Err != nil:
		st.badDates++
		return period{}, false
	}
	for _, r := range c.Code {
		if r < 'A' || r > 'Z' {
			st.badDates++
			return period{}, false
		}
	}
	return period{code: c.Code, start: c.From, end: c.To}, true
}
