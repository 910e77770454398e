package eval

// A PRF is a precision, a recall and their harmonic mean.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// Of returns the PRF of correct out of sys found and gold wanted, with 0
// for a ratio of nothing.
func Of(correct, sys, gold int) PRF {
	var s PRF
	if sys > 0 {
		s.P = float64(correct) / float64(sys)
	}
	if gold > 0 {
		s.R = float64(correct) / float64(gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}
