//go:build !amd64 || purego

package perceptron

// simdRows is false: without AVX2 the dense weights are added one class
// at a time.
var simdRows = false

// addRows adds the rows at offs of rows, chunks c0 to c1-1, to acc.
func addRows(acc *[256]int32, rows []int16, offs []uint32, c0, c1 int) {
	addRowsGo(acc, rows, offs, c0, c1)
}

// simdLookUp is false: features are looked up by lookUpGo.
var simdLookUp = false

func lookUpAVX2(blocks *block, nblocks int, feats *uint64, n int, sparse, dense *uint32, far *uint64, stride int, before *[blockSlots][2]uint64, ents *uint16, rows *int16) (ns, nd, nf int) {
	panic("perceptron: no AVX2 lookup in this build")
}
