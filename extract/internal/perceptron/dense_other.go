//go:build !amd64 || purego

package perceptron

// simdRows is false: without AVX2 the dense weights are added in lanes,
// four classes to a 64-bit word.
var simdRows = false

// addRows adds the rows at offs of rows, chunks c0 to c1-1, to acc.
func addRows(acc *[256]int32, rows []int16, offs []uint32, c0, c1 int) {
	addRowsGo(acc, rows, offs, c0, c1)
}
