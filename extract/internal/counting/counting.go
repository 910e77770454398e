// Package counting counts what is written through it, for the WriteTo
// methods of the models, which must say how many bytes they wrote.
package counting

import "io"

// A Writer writes to W and counts the bytes written in N.
type Writer struct {
	W io.Writer
	N int64
}

// Write writes p to W and adds what it wrote to N.
func (c *Writer) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.N += int64(n)
	return n, err
}
