package perceptron

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
