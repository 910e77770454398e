//go:build !purego

package perceptron

import "golang.org/x/sys/cpu"

// simdRows says whether the dense weights' rows are added sixteen
// classes an instruction (AVX2), rather than one class at a time.
var simdRows = cpu.X86.HasAVX2

// addRowsAVX2 adds, for each chunk c from c0 to c1-1, the 16 weights of
// chunk c of each of the n rows whose first weights are rows[offs[i]]
// to acc[16c:16c+16]. Rows are summed sixteen at a time in 16 bits,
// which cannot overflow: a weight is at most laneOffset-1 in size.
//
//go:noescape
func addRowsAVX2(acc *int32, rows *int16, offs *uint32, n, c0, c1 int)

// addRows adds the rows at offs of rows, chunks c0 to c1-1, to acc.
func addRows(acc *[256]int32, rows []int16, offs []uint32, c0, c1 int) {
	if !simdRows {
		addRowsGo(acc, rows, offs, c0, c1)
		return
	}
	if len(offs) > 0 && c0 < c1 {
		addRowsAVX2(&acc[0], &rows[0], &offs[0], len(offs), c0, c1)
	}
}

// simdLookUp says whether features are looked up by lookUpAVX2.
var simdLookUp = cpu.X86.HasAVX2 && cpu.X86.HasPOPCNT

// lookUpAVX2 is lookUp's search of n features, at most 64, in the
// blocks: it writes each found feature's run (sparse) or row (dense) as
// lookUpGo does, and each feature absent from a full block to far, and
// returns how many of each it wrote.
//
//go:noescape
func lookUpAVX2(blocks *block, nblocks int, feats *uint64, n int, sparse, dense *uint32, far *uint64, stride int, before *[blockSlots][2]uint64, ents *uint16, rows *int16) (ns, nd, nf int)
