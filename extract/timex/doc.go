// Package timex finds the time expressions of a text and normalises them
// to TIMEX3 values against the text's publication date: "Saturday",
// "January 12", "early 2022", "two weeks ago", "the following day".
//
// [Find] is the whole of it for a library user; the extraction pipeline
// calls [FindIn] on the text it has already split (package text).
// Finding is deterministic: the reference time is the publication date,
// never the clock.
//
// # Rules
//
// Rules are in the form of github.com/olebedev/when: a regular expression
// whose match an applier turns into a frame (what the expression says of
// the calendar). Some are when's own English rules (month-days, weekdays,
// casual days, "ago", clock times), the rest ours (years, decades,
// centuries, seasons, quarters, weeks, relative and fuzzy expressions,
// durations, sets and ranges). when's driver runs every rule over the
// whole remaining text for each match it returns, a cost that grows with
// the square of the text; the engine here runs a rule only at a word that
// can begin its expressions, on a window of at most 96 bytes, so the cost
// grows linearly.
//
// # Values
//
// A frame is resolved against the publication date. A bare weekday,
// month-day, month or quarter takes its past or future occurrence by the
// tense of its clause ("said on Saturday" is the Saturday before, "will
// meet on January 12" the coming one); "the following day" counts from the
// last date named; "the quarter a year ago" from the quarter under
// discussion. Expressions are then widened over their modifiers ("nearly
// two years", "early Tuesday") and joined where two name one time
// ("Saturday, April 25", "10 p.m. Wednesday").
package timex
