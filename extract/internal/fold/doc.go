// Package fold folds the lower-case Latin letters with diacritics that
// news and the Phoenix dictionaries use in names to their base letters
// ("erdoğan" → "erdogan", "støre" → "store"): one table, for the people
// generator (cmd phoenixpeople) and for the fuzzy name match of package
// extract.
//
// Only lower-case letters are in the table, so a caller lower-cases
// first, as extract's normName does. phoenixpeople folds and then
// lower-cases, which leaves an upper-case initial such as the Ş of
// "Şahin" unfolded; people.tsv is made so, and a refactor keeps it. A
// letter not in the table is left as it is.
//
// # Why a table and not Unicode decomposition
//
// golang.org/x/text could fold by decomposing (unicode/norm's NFD) and
// dropping the combining marks (runes.Remove(runes.In(unicode.Mn))). It
// was tried: with ø, ł and ı mapped by hand it makes the same people.tsv
// and stats, byte for byte. It was not adopted all the same:
//
//   - ø, ł and ı (and đ, ħ) have no decomposition: NFD leaves them as they
//     are, so a table is needed beside it anyway;
//   - it folds far more than the two tables did: upper-case letters, and
//     every decomposable letter of every script (Cyrillic й → и, ё → е),
//     a change to extract's run-time name match that nobody has weighed;
//   - it was four times slower on a name with accents and allocated on
//     every call, ASCII names too, where the table allocates nothing
//     unless a letter folds (BenchmarkString);
//   - it would be a new module dependency, for 46 letters.
//
// A letter the table lacks (ă, ą, ę, ō) is one more row; regenerate the
// tables after adding one (go generate ./extract/actor).
//
// The table is the union of phoenixpeople's old fold (46 letters) and
// package extract's foldAccent (28, all among them).
package fold
