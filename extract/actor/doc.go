// Package actor is the stage of extraction that finds who a text is
// about: states, organisations, people and groups, each resolved to one
// identity however the text names it, with every mention.
//
// [Find] reads a [text.Doc] against its publication date and returns a
// [Cast]: the actors, and their mentions in tokens for the stages after
// this one (package event). Each [Actor] keeps its mentions in
// character offsets.
//
// # The gazetteer
//
// Names come from the tables of data/ (see data/SOURCES.md), embedded in
// a compact form made at go generate time and read in place, so that a
// short text is read without loading thirty thousand names first:
// every sovereign state with its short forms, demonyms, capitals and seats
// ("the Kremlin"), with CAMEO codes; international organisations, media,
// armed groups and national bodies; government roles attached to a state
// ("Russian Defense Ministry"); heads of state and government and foreign
// ministers with their terms; the people of the Phoenix dictionary; and
// cities, regions and territories, each standing for its state as of the
// publication date (Juba is Sudan's in 2000 and South Sudan's in 2020).
//
// # Resolution
//
// Within a text "the alliance" is NATO when NATO was named, "the two
// sides" the last two parties named together, a surname the person named
// in full before; an office holder is found by title and date ("Russian
// President" in 2021); a titled name spelled another way ("President
// Francois Mitterand") or a state's name misspelt by a letter ("Ethopia")
// is still found. Names outside the gazetteer are read from runs of
// capitalised words with a guess at their kind, and groups of people
// ("Croatian extremists", "rebels in Darfur") are actors of their own,
// coded by state and sector as CAMEO codes them. A word of greeting
// before a name is no part of it ("Hey Obama", "Dear Sarah Palin"); a
// place named with its state after a comma ("Cairo, Egypt") is one place,
// the state only saying where it is; and a dateline ("Tripoli, Libya
// (CNN) --") names where a story was filed and who filed it, no party to
// it. The word lists these rules read are data, in words.txt, each with
// the reason for it.
package actor
