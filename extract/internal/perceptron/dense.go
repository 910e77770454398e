package perceptron

import "math"

// The weights of a dense feature (see Model) are added in one of two
// layouts, both coarsened to 12 bits so that they give the same sums:
// lanes, four classes to a 64-bit word, which any processor adds; and
// rows of int16, sixteen classes an instruction, where the processor has
// AVX2 (simdRows).

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
	laneBatch  = 16   // dense features added in lanes before they fill
	laneOffset = 2048 // a lane's value of weight 0
	laneUnit   = 16   // a lane's weight in units of Scale
)

// laneWords returns the words of lanes of a feature's dense weights.
func laneWords(nclass int) int { return (nclass + 3) / 4 }

// laneOf returns the lane of weight w.
func laneOf(w int16) uint64 {
	q := int(math.Round(float64(w) / laneUnit))
	return uint64(max(-laneOffset+1, min(laneOffset-1, q)) + laneOffset)
}

// addLanes adds the lanes d of words from, from+1, … to acc.
func addLanes(acc *[64]uint64, d []uint64, from int) {
	a := acc[from:]
	for i, w := range d {
		a[i] += w
	}
}

// flushLanes adds the sums in lanes, of n dense features, of classes lo
// to hi-1 to acc, and empties lanes.
func flushLanes(acc *[256]int32, lanes *[64]uint64, n, lo, hi int) {
	if n == 0 {
		return
	}
	off := int32(n * laneOffset)
	for w := lo / 4; w < (hi+3)/4; w++ {
		v := lanes[w]
		lanes[w] = 0
		for k := range 4 {
			if c := 4*w + k; c >= lo && c < hi {
				acc[uint8(c)] += laneUnit * (int32(uint16(v>>(16*k))) - off)
			}
		}
	}
}

// addDense adds to m the dense weights d of a feature, a weight for each
// class: to dense as they are, and to rows or lanes coarsened.
func (m *Model) addDense(d []int16) {
	m.dense = append(m.dense, d...)
	if simdRows {
		r := make([]int16, rowStride(m.nclass))
		for c, w := range d {
			r[c] = int16(int(laneOf(w)) - laneOffset)
		}
		m.rows = append(m.rows, r...)
		return
	}
	for i := 0; i < len(d); i += 4 {
		var w uint64
		for k := range 4 {
			v := uint64(laneOffset)
			if i+k < len(d) {
				v = laneOf(d[i+k])
			}
			w |= v << (16 * k)
		}
		m.lanes = append(m.lanes, w)
	}
}
