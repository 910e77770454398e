// Package extract reads one news article and finds what a timeline needs:
// sentences, time expressions normalised against the publication date,
// actors resolved to canonical identities, and typed events with their
// participants, time, modality and evidence.
//
// Extraction is pure and deterministic: it never reads the clock or any
// file at run time; the reference time is the article's date and the
// actor tables are embedded in the binary.
//
// # Time expressions
//
// Time expressions are found in one pass over the text with rules in the
// form of github.com/olebedev/when (its English rules and our own), each
// run on a short window at a candidate word, so the cost grows linearly
// with the text. Values are TIMEX3 values; bare weekdays and months are
// resolved to the past or the future occurrence by the tense of the clause.
//
// # Actors
//
// Actors come from an embedded gazetteer (see data/SOURCES.md) of states,
// international organisations, government bodies and office holders, and
// are resolved within a document: surnames and titles to full names, "the
// alliance" to NATO, "the two sides" to the last two parties named.
//
// # Events
//
// Events are found from trigger words and phrases (verbs in any tense,
// nominalisations, light-verb constructions), coded in CAMEO and PLOVER,
// with source, target or symmetric participants and a modality: asserted,
// reported, planned, hypothetical or negated.
package extract
