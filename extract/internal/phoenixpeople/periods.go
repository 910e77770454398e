package main

import (
	"sort"
	"strings"
)

// A period is one coded line: a CAMEO code and the dates it holds
// (YYYY-MM-DD, "" open).
type period struct {
	code, start, end string
}

// dedupe drops the repeats of a period, keeping the first.
func dedupe(ps []period) []period {
	seen := map[period]bool{}
	var out []period
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// orderPeriods puts the main period first — the latest-starting dated
// government period (code with GOV after the state), else the latest
// dated period, else the first — then the others by date, undated last.
func orderPeriods(ps []period) []period {
	main := -1
	better := func(i, j int) bool { // is i a better main period than j?
		gi, gj := isGov(ps[i].code), isGov(ps[j].code)
		if gi != gj {
			return gi
		}
		return later(ps[i], ps[j])
	}
	for i, p := range ps {
		if p.start == "" && p.end == "" {
			continue
		}
		if main < 0 || better(i, main) {
			main = i
		}
	}
	if main < 0 {
		main = 0
	}
	out := []period{ps[main]}
	rest := append(append([]period{}, ps[:main]...), ps[main+1:]...)
	sort.SliceStable(rest, func(i, j int) bool {
		a, b := rest[i], rest[j]
		ua, ub := a.start == "" && a.end == "", b.start == "" && b.end == ""
		if ua != ub {
			return ub
		}
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end < b.end
		}
		return a.code < b.code
	})
	return append(out, rest...)
}

// isGov reports whether code is a government code: GOV after the state.
func isGov(code string) bool { return len(code) > 3 && strings.Contains(code[3:], "GOV") }

// later reports whether a's period is the more recent: it runs later
// (open end first), then starts later.
func later(a, b period) bool {
	ea, eb := a.end, b.end
	if ea == "" {
		ea = "9999"
	}
	if eb == "" {
		eb = "9999"
	}
	if ea != eb {
		return ea > eb
	}
	return a.start > b.start
}
