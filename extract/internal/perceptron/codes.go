package perceptron

import "math"

// Codes: a sparse weight is kept in 9 bits, its sign and one of 255
// magnitudes in units of Scale: up to exactCodes exactly, then growing by
// codeRatio a step to MaxInt16, so that a weight is off by 1.7% at most.
const (
	exactCodes = 64
	codeRatio  = 1.0332
	signCode   = 256
)

// codeValue is the weight, in units of Scale, of each code.
var codeValue = func() (v [512]int32) {
	x := float64(exactCodes)
	for i := 1; i < signCode; i++ {
		m := int32(i)
		if i > exactCodes {
			x *= codeRatio
			m = int32(min(math.Round(x), math.MaxInt16))
		}
		if i == signCode-1 {
			m = math.MaxInt16
		}
		v[i], v[signCode+i] = m, -m
	}
	return v
}()

// codeOf returns the code of the weight q (not 0) in units of Scale: the
// nearest.
func codeOf(q int16) uint16 {
	a, sign := int32(q), uint16(0)
	if a < 0 {
		a, sign = -a, signCode
	}
	lo, hi := 1, signCode-1 // codeValue[lo] <= a <= codeValue[hi]
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if codeValue[mid] <= a {
			lo = mid
		} else {
			hi = mid
		}
	}
	if a-codeValue[lo] > codeValue[hi]-a {
		lo = hi
	}
	return uint16(lo) | sign
}
