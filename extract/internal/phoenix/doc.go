// Package phoenix reads the actor dictionaries of PETRARCH-2, the
// TABARI-style files from which the generators of extract/actor/data derive
// people.tsv (cmd phoenixpeople, from Phoenix.Countries.actors.txt) and
// groups.tsv (cmd phoenixgen, from Phoenix.MilNonState.actors.txt and
// Phoenix.International.actors.txt). It holds what the two generators
// share: the reader, the CAMEO-code and date helpers, and the small word
// helpers both use.
//
// # Source and licence
//
// The Phoenix dictionaries come from github.com/openeventdata/petrarch2
// (at commit 676801cd9cb2924bbbad09f86d15c9323e7097bf,
// petrarch2/data/dictionaries/). They are under the MIT licence, Copyright
// (c) 2014 Open Event Data Alliance (the repository's LICENSE names "Open
// Event Data"); the generated tables carry the notice in their headers.
// This package holds no dictionary text, only a reader of the format.
//
// # The format
//
// An actor dictionary is a list of entries, one a phrase line followed by
// synonym and code lines (PETRARCH-2's docs/source/dictionaries.rst,
// "Actor Dictionary"):
//
//	YOWERI_MUSEVENI_  # CountryInfo.txt
//	+YOWERI_KAGUTA_MUSEVENI_
//	+MUSEVENI_+PRESIDENT_MUSEVENI_
//		[UGAELI 620101-000101]
//		[UGAGOV >860126]
//		[UGAELI]
//	UGANDA_ [UGA]
//
// A phrase line starts in the first column; its codes, if any, stand on
// the same line ([UGA]: states and territories). A synonym line starts
// with "+" and may hold several synonyms, each after a "+". An indented
// line (tab, or spaces) is a code line: [CODE], [CODE >DATE] (from the
// date on), [CODE <DATE] (before it), [CODE DATE-DATE] (between) or, in a
// few Phoenix lines, [CODE DATE], a bare date. Dates are YYMMDD or
// YYYYMMDD; as in PETRARCH, YY from 00 to 30 is 20YY and the day must
// exist. "#" and the legacy ";" start a comment, and <!-- --> comments may
// run over several lines.
//
// Read follows PETRARCH's reader where it matters to the tables: an entry
// with no code of its own shares the codes of the next entry that has
// one (Entry.Inherited). It also keeps what PETRARCH drops but the
// generators use: the "# CountryInfo.txt" mark of the people lists of
// Phoenix.Countries (Entry.CountryInfo), the one phrase line of that file
// whose phrase was lost, leaving only its mark (Entry.Nameless), and the
// "KEDS Project International Militarized Groups" section of
// Phoenix.MilNonState, which mixes people with groups (Entry.KEDS).
package phoenix
