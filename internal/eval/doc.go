// Package eval holds what Chronicle's scorers share: precision, recall
// and F1 ([PRF], [Of]).
//
// The eval packages measure the library against annotated corpora; they
// are internal because they are not part of it. Beneath this one:
//
//   - timeml: TimeML reading and writing and the TempEval-3 Task A scorer
//     of the time engine, used by `chronicle timeml` and
//     `chronicle eval timeml`.
//   - plover: the scorer of actors and event categories against the
//     PLOVER gold standard record set, used by `chronicle eval plover`.
//   - ud: the CoNLL 2018 scorer of tagging, lemmatisation and parsing
//     against a Universal Dependencies treebank, on gold tokens, used by
//     `chronicle eval ud`.
package eval
