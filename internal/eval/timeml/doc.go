// Package timeml reads and writes TimeML documents and scores the time
// expressions of package extract against their annotations, as Task A of
// TempEval-3 does.
//
// It is internal, part of Chronicle's evaluation (see package eval), not
// of the library: `chronicle timeml` tags TimeML files with it and
// `chronicle eval timeml` scores the time engine with it.
//
// # Reading and writing
//
// [Read] takes a document apart: the text of its TEXT element with the
// tags removed, its creation time (the TIMEX3 whose functionInDocument is
// CREATION_TIME, usually in the DCT element) and the TIMEX3 annotations in
// the text, with character offsets into it. [Write] puts a document back
// together with other time expressions in place of the annotations, every
// character of the text as it was.
//
// # Scoring
//
// [Score] compares the expressions found in a document with the gold ones,
// the creation time left out on both sides. An expression matches strictly
// a gold one of the same span, and relaxedly one it overlaps, each gold
// and each system expression used at most once. The type and value of
// every relaxed pair are compared; their precision and recall are the
// correct pairs over all system and all gold expressions, as the "value
// F1" of TempEval-3 papers is. [EvalDir] runs the engine ([Tag]) over a
// directory of annotated documents and scores each.
package timeml
