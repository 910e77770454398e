package perceptron

import "math"

// The weights of a dense feature (see Model) are kept coarsened to 12
// bits, in rows of int16, sixteen classes of which are added an
// instruction where the processor has AVX2 (simdRows).

// rowChunk is the classes of a row added by one instruction.
const rowChunk = 16

// rowStride returns the int16s of a row of nclass weights: whole chunks.
func rowStride(nclass int) int { return (nclass + rowChunk - 1) / rowChunk * rowChunk }

// addRowsGo is addRows one class at a time: what the AVX2 code must
// equal.
func addRowsGo(acc *[256]int32, rows []int16, offs []uint32, c0, c1 int) {
	for _, o := range offs {
		for c := rowChunk * c0; c < rowChunk*c1; c++ {
			acc[uint8(c)] += int32(rows[int(o)+c])
		}
	}
}

const (
	laneOffset = 2048 // one more than the largest coarsened weight
	laneUnit   = 16   // a coarsened weight's unit, in units of Scale
)

// laneOf returns the coarsened weight w, plus laneOffset.
func laneOf(w int16) uint64 {
	q := int(math.Round(float64(w) / laneUnit))
	return uint64(max(-laneOffset+1, min(laneOffset-1, q)) + laneOffset)
}
