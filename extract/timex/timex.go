package timex

// A Type is the type of a time expression, as TimeML's TIMEX3 has it.
type Type string

// Timex types.
const (
	Date     Type = "DATE"     // a calendar day, month, season, quarter, year or longer: 2022-01-12, 2021-12
	Time     Type = "TIME"     // a time of day: 2022-01-12T10:30, 2022-01-12TMO
	Duration Type = "DURATION" // a length of time: P3D, PT5H
	Set      Type = "SET"      // a recurrence: P1W, XXXX-WXX-1
)

// A Timex is a time expression normalised to a TIMEX3 value.
//
// Start and End are character offsets into the text, End exclusive.
// FirstDay and LastDay, when set, are the calendar days (YYYY-MM-DD) the
// value covers: "early 2022" covers 2022-01-01 to 2022-04-30.
type Timex struct {
	Text     string `json:"text"`
	Type     Type   `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	FirstDay string `json:"begin,omitempty"`
	LastDay  string `json:"finish,omitempty"`

	bstart, bend int // byte offsets
}
