// Package event is the last stage of extraction: it finds the typed
// events of a text, who takes part in each and in what role, when each
// happens and whether it happened at all, with the evidence.
//
// [Find] reads what the earlier stages found (an [Input]: the text's
// [text.Doc], its time expressions from package timex and its actors from
// package actor) and returns the events in text order.
//
// # Triggers
//
// Events are found from the trigger table (data/triggers.tsv): verbs in
// every form ("agree+" is agree, agrees, agreed, agreeing),
// nominalisations and light-verb phrases ("held talks", "imposed
// sanctions on", "amassed troops"), each coded with an event type, a CAMEO
// code and a PLOVER category, and an argument frame: symmetric ("Russia
// and NATO met"), directed (a source acts on a target), a report (a
// source speaks, a target is addressed) or a concession (negated, it is a
// rejection).
//
// # Participants
//
// The source is the subject before the trigger in its clause, or the
// agent of a passive ("was attacked by"); the target the object after it.
// Coordinated names are several participants; a clause of saying gives
// its reporter; an intention ("agreed to provide aid", "threatened to
// cut") shares its sides with the act it intends.
//
// # Time and modality
//
// An event takes the time expression that governs its clause, else the
// publication date with a [Relation] read from tense (before, overlap,
// after). Its [Modality] is read from the cues before the trigger:
// negated, hypothetical, planned, else asserted; an asserted event dated
// after publication is planned. [CAMEO] gives the code CAMEO itself,
// which has no modality, would give the report.
package event
