// Package plover scores the events of package extract against the PLOVER
// gold standard record set (the GSR of the Open Event Data Alliance): one
// sentence a record, each coded with a PLOVER event category and the
// CAMEO codes of its source and target actors.
//
// It is internal, part of Chronicle's evaluation (see package eval), not
// of the library: `chronicle eval plover` scores the extractor with it.
//
// # Reading
//
// [Load] reads the GSR, a JSON array of records, leaving out the DOCUMENT
// records that document the file. A record's source and target are lists
// of actors ({"actorText", "code", "sector"}); a single actor object is
// taken as a list of one, and anything else ("", a stray word such as
// "diplomatic", a missing field) as no actors: the side was not coded.
// [LoadMapping] reads the CAMEO-to-PLOVER conversion table
// (CAMEO2PLOVER-2021.txt) that gives an event its category from its CAMEO
// code.
//
// # Picking our event
//
// Each record is one sentence, and the extractor may find several events
// in it, or none. [Evaluate] scores the event that best answers the
// record, as sentence-level event gold is usually scored: an event of the
// gold category if there is one; else the first event that has a PLOVER
// category; else the first event. Statements ("said") have none, and the
// GSR never codes them, so they are passed over for a coded event.
//
// # Categories
//
// An event's category is its Plover field, or the category the conversion
// table gives its CAMEO code. Both follow PLOVER 0.8 (2021); the GSR was
// coded with PLOVER 0.5 (2016), whose names differ in three places, so
// ours are renamed before they are compared: REQUEST is DEMAND; ACCUSE is
// INVESTIGATE for CAMEO 09 and DISAPPROVE otherwise; ASSAULT is FIGHT for
// CAMEO 19 (conventional military force) and stays ASSAULT otherwise.
//
// # Actors
//
// Our event's sources and participants make its source side — the GSR
// codes the actors of a symmetric event ("A and B agreed", marked SRC/TAR)
// all as sources with no target — and its targets make the target side;
// reporters are left out. An actor of ours matches a gold actor when their
// codes agree on the state or organisation class: the first three letters
// of a state's code (USAGOV is USA), after mapping the CAMEO manual's own
// codes to ISO 3166 ones (JAP is JPN; see [CodeKey]), or the class IGO or
// NGO, whatever follows it. A gold actor without a code matches by text:
// one of our actor's name, aliases or mentions contains its actorText, or
// is contained in it, as whole words and ignoring case. The sector is
// ignored. Each gold actor matches at most one of ours, and the most pairs
// are made.
//
// Precision is over our actors, recall over the gold, summed over all
// records (micro-averaged); a record whose gold side is empty adds only
// our actors, to precision. A side's set is exact when every gold actor
// and every one of ours is paired.
//
// # Accuracy
//
// Category accuracy is the fraction of records whose picked event has the
// gold category; a record where we find no event is wrong. Full accuracy
// also wants both sides exact, except a side the GSR leaves empty, which
// is taken as not coded and asks nothing: of its 322 records, 34 have no
// target and one no source, most of them symmetric events coded all as
// sources or intransitive ones (resigned, surrendered, declared a
// ceasefire).
//
// # Errors
//
// Every record scored wrong in any part is listed in the [Result] with the
// gold coding and ours, for the rule writer. Each gold actor left without
// a pair is given a cause: in our event on the other side, or as its
// reporter; named by one of our actors without a code or under another;
// found in the sentence but not in our event, or with no event found; or
// not found at all. Each actor of ours left without a pair is marked if
// the GSR has it on the other side, or codes no actor on that side.
package plover
