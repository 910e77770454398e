// Command phoenixpeople derives extract/actor/data/people.tsv, the people of the
// Phoenix country dictionary with their CAMEO codes and coded periods, from
// Phoenix.Countries.actors.txt (CountryInfo.140130) of PETRARCH-2
// (github.com/openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open
// Event Data Alliance). Run it from the module root:
//
//	go run ./extract/internal/phoenixpeople ../shared/corpora/cameo-dicts/Phoenix.Countries.actors.txt > extract/actor/data/people.tsv
//
// or regenerate every derived table with go generate ./extract/actor (see
// extract/generate.go).
//
// It reads extract/actor/data/countries.tsv, leaders.tsv and organizations.tsv
// (-data sets the folder) and reports what it kept and dropped on stderr.
//
// The dictionary is a TABARI-style actor file, read by package
// extract/internal/phoenix: a phrase line (YOWERI_MUSEVENI_), "+" synonym
// lines, and tab-indented code lines, each [CODE], [CODE >YYMMDD], [CODE
// <YYMMDD] or [CODE YYMMDD-YYMMDD] (dates also as YYYYMMDD; YY up to 30 is
// 20YY, as PETRARCH reads it). A phrase with no code of its own shares the
// codes of the phrases that follow it, as in PETRARCH's reader. States and territories carry their code on the phrase
// line and are not people; of the entries coded on indented lines, people
// are told from bodies and roles by their words (see personOf, parseName).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	data := flag.String("data", "extract/actor/data", "folder of countries.tsv, leaders.tsv and organizations.tsv")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: phoenixpeople [-data extract/actor/data] Phoenix.Countries.actors.txt > extract/actor/data/people.tsv")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	st, err := run(flag.Arg(0), *data, w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "phoenixpeople:", err)
		os.Exit(1)
	}
	st.print(os.Stderr)
}

// run converts the dictionary at path and writes the table to w: it reads
// the gazetteer tables of dataDir, the dictionary's entries, makes people
// of them and writes a row per coded period.
func run(path, dataDir string, w io.Writer) (*stats, error) {
	t, err := loadTables(dataDir)
	if err != nil {
		return nil, err
	}
	st := newStats()
	entries, err := readDict(path, st)
	if err != nil {
		return nil, err
	}
	writeTable(w, collect(entries, t, st), t, st)
	return st, nil
}
