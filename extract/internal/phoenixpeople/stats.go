package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// stats counts what the conversion kept and dropped, and why; print
// reports it on standard error.
type stats struct {
	entries, inline, noCodes                      int
	notPerson                                     map[string]int
	people, rows                                  int
	codeLines, badDates, reversed, commentedCodes int
	bareDates, nameless                           int
	foreignRows                                   map[string]int // rows whose code prefix is not a state of countries.tsv
	foreignOnly                                   int            // people left without rows
	inLeaders                                     int
	likeLeaders                                   []string
	gazetteerName                                 int
	ambiguous                                     int
	merged                                        int
	aliasesDropped                                int
	keptNoCountryInfo                             []string
	droppedCountryInfo                            map[string][]string
	samplesDropped                                map[string][]string
}

// newStats returns empty stats, ready to count.
func newStats() *stats {
	return &stats{notPerson: map[string]int{}, foreignRows: map[string]int{},
		droppedCountryInfo: map[string][]string{}, samplesDropped: map[string][]string{}}
}

// drop counts an entry that names no person for reason, keeping a few
// names as samples and all those marked CountryInfo.
func (s *stats) drop(reason, name string, ci bool) {
	s.notPerson[reason]++
	if len(s.samplesDropped[reason]) < 12 {
		s.samplesDropped[reason] = append(s.samplesDropped[reason], name)
	}
	if ci {
		s.droppedCountryInfo[reason] = append(s.droppedCountryInfo[reason], name)
	}
}

// print writes the counts to w, a line a kind.
func (s *stats) print(w io.Writer) {
	fmt.Fprintf(w, "entries %d (code on the phrase line, states/territories: %d; no code: %d)\n", s.entries, s.inline, s.noCodes)
	fmt.Fprintf(w, "code lines %d; bad dates %d; end before start %d; bare dates read as a start %d; commented-out code lines ignored %d; nameless phrase lines %d\n",
		s.codeLines, s.badDates, s.reversed, s.bareDates, s.commentedCodes, s.nameless)
	for _, r := range sortedKeys(s.notPerson) {
		fmt.Fprintf(w, "not a person: %-28s %5d  e.g. %s\n", r, s.notPerson[r], strings.Join(s.samplesDropped[r], "; "))
	}
	for _, r := range sortedKeys(s.droppedCountryInfo) {
		fmt.Fprintf(w, "  of these marked CountryInfo.txt (%s): %d  %s\n", r, len(s.droppedCountryInfo[r]), strings.Join(first(s.droppedCountryInfo[r], 15), "; "))
	}
	n := 0
	for _, c := range s.foreignRows {
		n += c
	}
	fmt.Fprintf(w, "rows with a code prefix that is not in countries.tsv: %d (", n)
	for i, k := range sortedKeys(s.foreignRows) {
		if i > 0 {
			fmt.Fprint(w, " ")
		}
		fmt.Fprintf(w, "%s %d", k, s.foreignRows[k])
	}
	fmt.Fprintf(w, ")\npeople left with no row after that: %d\n", s.foreignOnly)
	fmt.Fprintf(w, "people in leaders.tsv (skipped): %d by name or alias, %d by a like name: %s\n",
		s.inLeaders, len(s.likeLeaders), strings.Join(s.likeLeaders, "; "))
	fmt.Fprintf(w, "people whose name is a state's or organisation's form (skipped): %d\n", s.gazetteerName)
	fmt.Fprintf(w, "entries merged into an earlier one of the same name and state: %d\n", s.merged)
	fmt.Fprintf(w, "names given to people of different states (all skipped): %d\n", s.ambiguous)
	fmt.Fprintf(w, "aliases dropped (another person's name or alias, or a gazetteer form): %d\n", s.aliasesDropped)
	fmt.Fprintf(w, "people kept %d, rows %d; kept without the CountryInfo.txt mark: %d: %s\n",
		s.people, s.rows, len(s.keptNoCountryInfo), strings.Join(s.keptNoCountryInfo, "; "))
}

// first returns the first n elements of s, or all of them.
func first(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
