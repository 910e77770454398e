package timeline

// A Result is the score of each target entity's timeline and of all of
// them together, micro-averaged.
type Result struct {
	Entities []Score `json:"entities"`
	Total    Score   `json:"total"`
	// Timelines are the system's, in the order of the gold ones.
	Timelines []Timeline `json:"-"`
}

// Evaluate builds the system's timeline of each gold timeline's entity
// from the readings and scores it.
func Evaluate(gold []Timeline, rs []Reading) Result {
	var r Result
	for _, g := range gold {
		sys := Build(g.Entity, rs)
		s := Compare(g, sys)
		r.Entities = append(r.Entities, s)
		r.Total.Add(s)
		r.Timelines = append(r.Timelines, sys)
	}
	return r
}
