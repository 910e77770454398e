package plover

import "github.com/chronicle-kg/chronicle/internal/eval"

// Labels for what we found in a record, where a category is expected.
const (
	NoEvent = "(none)"    // we found no event
	Uncoded = "(uncoded)" // we found an event without a PLOVER category
)

// The sides of a record, in a [SideActor].
const (
	SideSrc = "source"
	SideTgt = "target"
)

// Causes, in a [SideActor], of a gold actor missed or of one of ours
// that is spurious.
const (
	CauseNotFound   = "not found"       // missed: no actor of ours in the sentence matches it
	CauseNotInEvent = "not in event"    // missed: one of ours does, but not in the picked event
	CauseNoEvent    = "no event"        // missed: one of ours does, and we found no event
	CauseOtherSide  = "other side"      // missed: ours on the event's other side; spurious: gold's on the other side
	CauseReporter   = "reporter"        // missed: ours as the one reporting the event
	CauseTaken      = "already paired"  // missed: matches one of ours paired with another gold actor
	CauseNoCode     = "no code"         // missed: one of ours names it, without a code
	CauseOtherCode  = "other code"      // missed: one of ours names it, with a code of another state or class
	CauseGoldEmpty  = "gold side empty" // spurious: the GSR codes no actor on this side
)

// A PRF is a precision, a recall and their harmonic mean.
type PRF = eval.PRF

// prf returns the PRF of correct out of sys found and gold wanted.
func prf(correct, sys, gold int) PRF { return eval.Of(correct, sys, gold) }

// ratio returns n/d, or 0 for d = 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// A Side is how we did on the sources, or the targets, of the records.
type Side struct {
	Gold    int `json:"gold"`    // gold actors
	Ours    int `json:"ours"`    // our actors
	Matched int `json:"matched"` // pairs of a gold actor and one of ours
	PRF
	ExactRecords int     `json:"exact_records"` // records whose set is exact
	Exact        float64 `json:"exact"`         // their fraction
}

// A CategoryScore is how we did on the records of one gold category.
type CategoryScore struct {
	Category string         `json:"category"`
	Records  int            `json:"records"`
	Correct  int            `json:"correct"` // our category right
	Full     int            `json:"full"`    // category and both sides right
	Found    map[string]int `json:"found"`   // our category (or NoEvent, Uncoded) → records
}

// A SideActor is an actor on one side of a record, with why it was
// missed or is spurious.
type SideActor struct {
	Side  string `json:"side"`
	Actor Actor  `json:"actor"`
	Cause string `json:"cause,omitempty"`
}

// A RecordError is a record we scored wrong in some part: the gold coding,
// ours, and what went wrong.
type RecordError struct {
	ID          string      `json:"id"`
	Text        string      `json:"text"`
	Gold        string      `json:"gold"`
	GoldTrigger string      `json:"gold_trigger,omitempty"` // the GSR's eventText
	Ours        string      `json:"ours"`                   // category, NoEvent or Uncoded
	Trigger     string      `json:"trigger,omitempty"`      // our event's
	Events      int         `json:"events"`                 // events we found in the sentence
	GoldSource  []Actor     `json:"gold_source,omitempty"`
	GoldTarget  []Actor     `json:"gold_target,omitempty"`
	OurSource   []Actor     `json:"our_source,omitempty"`
	OurTarget   []Actor     `json:"our_target,omitempty"`
	CategoryOK  bool        `json:"category_ok"`
	SourceOK    bool        `json:"source_ok"`          // exact set
	TargetOK    bool        `json:"target_ok"`          // exact set
	Missed      []SideActor `json:"missed,omitempty"`   // gold actors without a pair
	Spurious    []SideActor `json:"spurious,omitempty"` // ours without a pair
}

// A Result is how the extractor did on a GSR.
type Result struct {
	Records         int             `json:"records"`
	Source          Side            `json:"source"`
	Target          Side            `json:"target"`
	CategoryCorrect int             `json:"category_correct"`
	CategoryAcc     float64         `json:"category_accuracy"`
	FullCorrect     int             `json:"full_correct"`
	FullAcc         float64         `json:"full_accuracy"` // category, source and target
	NoEvent         int             `json:"no_event"`      // records where we found no event
	Categories      []CategoryScore `json:"categories"`    // in the order the GSR first gives them
	Errors          []RecordError   `json:"errors,omitempty"`
}
