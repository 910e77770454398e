// Package extract reads one news article and finds what a timeline needs:
// sentences, time expressions normalised against the publication date,
// actors resolved to canonical identities, and typed events with their
// participants, time, modality and evidence.
//
// Extraction is pure and deterministic: it never reads the clock or any
// file at run time; the reference time is the article's date and the
// tables are embedded in the binary.
//
// # Stages
//
// [Extract] is a small facade over one package per stage, each usable on
// its own, data flowing one way as in go/scanner → go/parser:
//
//	text   tokens, sentences, character offsets, the shared word lists
//	timex  time expressions and their TIMEX3 values (timex.Find)
//	actor  the gazetteer, mentions and coreference (actor.Find)
//	event  triggers, participants, modality and dating (event.Find)
//
// and package cameo, the vocabulary of CAMEO codes that every stage,
// the store and the graph share. No stage imports a later one.
//
// # Input
//
// [ReadArticles] streams the articles of an input to a callback: a
// plain-text article, JSON Lines, a JSON array of article objects or a
// TimeML document ([Format]), gzipped or not, the format found by the
// name ([FormatOf]) or the content. [ReadOptions] give the JSON member
// names ([Fields], such as Timeline17's uid and dct), a date for every
// article, a size limit and a function to report bad articles as they
// come; memory is bounded by the largest article, not by the input.
//
// [ReadText] reads one plain-text article from bytes, whose first line
// may give its date ("date 2021-12-28"); [ReadJSONL] is ReadArticles for
// JSON Lines. Bad input is an [InputError] naming the input and, where it
// can, the line and column; [ErrorList] collects several. [ErrNoDate] and
// [ErrEmptyArticle] tell the articles a date would have saved and those
// with nothing to read.
package extract
