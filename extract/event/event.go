package event

import (
	_ "embed"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// The word list that events share with actor (text/words.txt).
var clauseWords = sync.OnceValue(func() map[string]bool { return text.Words.Set("clause-words") })

// A Role is the part a participant takes in an event.
type Role string

// Participant roles.
const (
	Source    Role = "source"      // who acts: the agent
	Target    Role = "target"      // whom the act is aimed at
	Symmetric Role = "participant" // a party to a symmetric event: "Russia and NATO met"
	Reporter  Role = "reporter"    // who reports the event
)

// A Modality says whether an event happened, as the text tells it.
type Modality string

// Modalities.
const (
	Asserted     Modality = "asserted"     // it happened: "Russia massed troops"
	Reported     Modality = "reported"     // someone says it happened
	Planned      Modality = "planned"      // it is to happen: "will meet on January 12"
	Hypothetical Modality = "hypothetical" // it may happen: "a possible invasion"
	Negated      Modality = "negated"      // it did not or will not happen: "did not meet"
)

// Modalities returns every modality.
func Modalities() []Modality {
	return []Modality{Asserted, Reported, Planned, Hypothetical, Negated}
}

// A Relation is how an event's time stands to its anchor, used when the
// event carries no time expression of its own and is placed against the
// publication date.
type Relation string

// Relations.
const (
	Before     Relation = "before"
	After      Relation = "after"
	Overlap    Relation = "overlap"
	OnOrBefore Relation = "on_or_before"
)

// A Participant is an actor in an event, with its role.
type Participant struct {
	Name string `json:"name"`
	Role Role   `json:"role"`
	Code string `json:"code,omitempty"`
	// Trigger is, of a reporter, the word by which it reports the event
	// in the event's evidence: "said"; Date the TIMEX3 value of when it
	// did, where the text says ("said on Saturday").
	Trigger string `json:"trigger,omitempty"`
	Date    string `json:"date,omitempty"`
}

// An Event is a typed happening with participants, time and modality, and
// the evidence for it.
//
// Date is a TIMEX3 value (2022-01-12, 2021-12, 2022 with Mod START,
// PAST_REF); FirstDay and LastDay are the days it covers (YYYY-MM-DD). When the
// event has no time expression of its own, Relation says how it stands to
// Anchor (the publication date).
type Event struct {
	ID    string `json:"id"`
	Type  string `json:"type"`
	Cameo string `json:"cameo"`
	// Coded is the code a CAMEO coder would record for the report, which
	// CAMEO gives no modality: CAMEO(e), an intent (03x), a threat (13x)
	// or a refusal (12x) where the act is planned, hypothetical or
	// negated, else Cameo. Empty for an open event.
	Coded    string        `json:"coded,omitempty"`
	Plover   string        `json:"plover,omitempty"`
	Date     string        `json:"date"`
	Mod      string        `json:"mod,omitempty"`
	FirstDay string        `json:"start"`
	LastDay  string        `json:"end"`
	Relation Relation      `json:"relation,omitempty"`
	Anchor   string        `json:"anchor,omitempty"`
	TimeText string        `json:"time_text,omitempty"`
	Place    string        `json:"place,omitempty"` // where it happened, as the text names it: "Kirkuk"
	Modality Modality      `json:"modality"`
	Actors   []Participant `json:"actors"`
	Trigger  string        `json:"trigger"`
	// Open marks an open-domain event: any act an actor takes part in,
	// its Type the lemma of its word ("impose", "release") and no CAMEO
	// or PLOVER code. Graphs and CAMEO scores leave these out.
	Open          bool   `json:"open,omitempty"`
	Evidence      string `json:"evidence"`
	Doc           string `json:"doc"`
	Sentence      int    `json:"sentence"`
	EvidenceStart int    `json:"evidence_start"`
	EvidenceEnd   int    `json:"evidence_end"`
}

//go:embed words.txt
var wordsTxt string

// words is the lexicon of package event (words.txt): the words its rules
// look for.
var words = text.MustParseLexicon("extract/event/words.txt", wordsTxt)
