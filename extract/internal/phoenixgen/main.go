// Command phoenixgen derives extract/actor/data/groups.tsv — armed non-state groups,
// IGOs, NGOs, companies and media with their CAMEO codes — from two actor
// dictionaries of PETRARCH-2 (Phoenix.MilNonState.actors.txt and
// Phoenix.International.actors.txt, MIT licence, Copyright (c) 2014 Open Event
// Data). It writes the table, header comment included, to standard output in the
// format of organizations.tsv (name, kind, code, affiliation, aliases).
//
// Run from the repository root:
//
//	go run ./extract/internal/phoenixgen > extract/actor/data/groups.tsv
//
// or regenerate every derived table with go generate ./extract/actor (see
// extract/generate.go).
//
// -dicts names the folder of the dictionaries (default
// ../shared/corpora/cameo-dicts), -data the folder of the gazetteer tables
// (default extract/actor/data), whose countries.tsv and organizations.tsv it reads:
// rows already in organizations.tsv are left out. -v lists every skipped
// dictionary entry with its reason on standard error.
//
// The conversion is deliberately conservative, since every form becomes a
// case-sensitive match in news text; see SOURCES.md ("groups.tsv") for the rules.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The dictionaries read, in this order (the first entry of a name wins).
var dictFiles = []string{"Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt"}

// main generates the table to standard output and a summary to
// standard error.
func main() {
	dicts := flag.String("dicts", "../shared/corpora/cameo-dicts", "folder of the Phoenix dictionaries")
	data := flag.String("data", "extract/actor/data", "folder of countries.tsv and organizations.tsv")
	verbose := flag.Bool("v", false, "list skipped entries and their reasons on stderr")
	flag.Parse()
	res, err := generate(*dicts, *data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "phoenixgen:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	res.write(w)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "phoenixgen:", err)
		os.Exit(1)
	}
	if *verbose {
		for _, s := range res.skipped {
			fmt.Fprintf(os.Stderr, "%s\t%s\t%s\n", s.reason, s.src, s.what)
		}
	}
	fmt.Fprintf(os.Stderr, "phoenixgen: %d rows (%d from %s, %d from %s, %d supplementary)\n",
		len(res.rows), res.fromFile[dictFiles[0]], dictFiles[0], res.fromFile[dictFiles[1]], dictFiles[1], len(extraRows))
	for _, r := range res.reasonCounts() {
		fmt.Fprintf(os.Stderr, "  skipped %5d  %s\n", r.n, r.reason)
	}
}

// A row of the output table.
type row struct {
	name, kind, code, affiliation string
	aliases                       []string
	src                           string // file:line of the dictionary entry
}

// A skip is a dictionary entry left out: why, where (file:line) and what.
type skip struct {
	reason, src, what string
}

// A result is the generated rows, the skips, and how many rows came
// from each dictionary.
type result struct {
	rows     []row
	skipped  []skip
	fromFile map[string]int
}

// A reasonCount is how many entries were skipped for a reason.
type reasonCount struct {
	reason string
	n      int
}

// reasonCounts counts the skips by reason, the most frequent first.
func (r *result) reasonCounts() []reasonCount {
	m := map[string]int{}
	for _, s := range r.skipped {
		m[s.reason]++
	}
	var out []reasonCount
	for k, v := range m {
		out = append(out, reasonCount{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return out[i].reason < out[j].reason
	})
	return out
}

// header opens groups.tsv: what it is, where it comes from under which
// licence, and what its columns hold.
const header = `# groups.tsv — GENERATED, do not edit by hand. Armed non-state groups, IGOs, NGOs, companies
# and media from the Phoenix actor dictionaries of PETRARCH-2 that organizations.tsv lacks.
# Made by (from the repository root):
#   go run ./extract/internal/phoenixgen > extract/actor/data/groups.tsv
# from ../shared/corpora/cameo-dicts/Phoenix.MilNonState.actors.txt and
# Phoenix.International.actors.txt: github.com/openeventdata/petrarch2 at commit
# 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/ (dictionaries dated 2013-2014).
# Those dictionaries are MIT-licensed: Copyright (c) 2014 Open Event Data; permission is hereby
# granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including
# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
# and/or sell copies of the Software, and to permit persons to whom the Software is furnished to
# do so, subject to the following conditions: The above copyright notice and this permission
# notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS
# PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
# Columns (TAB-separated): name	kind	code	affiliation	aliases — as in organizations.tsv:
#   name         natural-case form of the Phoenix entry (UPPER_SNAKE → "Liberation Tigers of Tamil Eelam")
#   kind         group (every MilNonState entry: armed/non-state groups) | organization (International)
#   code         the Phoenix code in force now: the open-ended or default one, else the latest range
#   affiliation  countries.tsv name when the code starts with that country's code; else empty
#   aliases      parenthesised acronyms and the entry's synonyms that pass the same checks ("|"-separated);
#                "~" = ambiguous word, see SOURCES.md
# Rules and skip counts: SOURCES.md ("groups.tsv") and phoenixgen -v.
`

// write writes the table: the header, then the rows under a comment
// line for each section.
func (r *result) write(w io.Writer) {
	fmt.Fprint(w, header)
	section := ""
	for _, x := range r.rows {
		s := sectionOf(x)
		if s != section {
			section = s
			fmt.Fprintf(w, "\n# === %s ===\n", s)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", x.name, x.kind, x.code, x.affiliation, strings.Join(x.aliases, "|"))
	}
}

// sectionOf returns the title of the section of the table x belongs to.
func sectionOf(x row) string {
	switch {
	case x.src == "":
		return "Supplementary rows (not Phoenix entries; codes in the Phoenix scheme, see SOURCES.md)"
	case strings.HasPrefix(x.src, "Phoenix.MilNonState"):
		return "Phoenix.MilNonState.actors.txt: armed and non-state groups"
	case strings.HasPrefix(x.code, "IGO"):
		return "Phoenix.International.actors.txt: intergovernmental organisations"
	case strings.HasPrefix(x.code, "NGO"):
		return "Phoenix.International.actors.txt: non-governmental organisations"
	case strings.HasPrefix(x.code, "MNC"):
		return "Phoenix.International.actors.txt: companies"
	default:
		return "Phoenix.International.actors.txt: media and other"
	}
}

// generate reads the dictionaries and the gazetteer tables and builds the rows.
func generate(dictDir, dataDir string) (*result, error) {
	g, err := newGen(dataDir)
	if err != nil {
		return nil, err
	}
	res := &result{fromFile: map[string]int{}}
	var cands []*cand
	for _, f := range dictFiles {
		es, err := readDict(filepath.Join(dictDir, f))
		if err != nil {
			return nil, err
		}
		g.learnAcronyms(es)
		for _, e := range es {
			c, why := g.convert(e)
			if why != "" {
				res.skipped = append(res.skipped, skip{why, fmt.Sprintf("%s:%d", e.file, e.Line), e.Phrase})
				continue
			}
			cands = append(cands, c)
		}
	}
	rows, skipped := g.resolve(cands)
	res.skipped = append(res.skipped, skipped...)
	for _, x := range rows {
		res.fromFile[strings.SplitN(x.src, ":", 2)[0]]++
	}
	for _, x := range extraRows {
		if g.existing[norm(x.name)] {
			res.skipped = append(res.skipped, skip{"already in organizations.tsv", "supplementary", x.name})
			continue
		}
		rows = append(rows, x)
	}
	res.rows = rows
	return res, nil
}
