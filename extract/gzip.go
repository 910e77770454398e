package extract

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// open makes in.br the content of r: r itself, or what it decompresses to
// when it begins with gzip's magic number, 1f 8b, whatever its name.
func (in *input) open(r io.Reader) error {
	src := &countingReader{r: r}
	raw := bufio.NewReaderSize(src, bufSize)
	magic, err := raw.Peek(2)
	if err != nil && err != io.EOF {
		return in.readError(err)
	}
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		in.br = raw
		return nil
	}
	in.gz = &gzipSource{src: src, raw: raw}
	z, err := gzip.NewReader(raw) // raw is an io.ByteReader: flate reads no more than it needs
	if err != nil {
		return in.readError(in.gz.error(err))
	}
	in.gz.z = z
	in.br = bufio.NewReaderSize(in.gz, bufSize)
	return nil
}

// A countingReader counts the bytes read from r and keeps its last error.
type countingReader struct {
	r   io.Reader
	n   int64
	err error
}

// Read reads from r.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil {
		c.err = err
	}
	return n, err
}

// A gzipSource decompresses the input and says where in the compressed
// input it fails.
type gzipSource struct {
	src *countingReader
	raw *bufio.Reader // over src, which z reads
	z   *gzip.Reader
}

// Read reads decompressed bytes. An error of decompression is a
// *gzipError; one of the compressed input is returned as it is.
func (g *gzipSource) Read(p []byte) (int, error) {
	n, err := g.z.Read(p)
	if err != nil && err != io.EOF {
		err = g.error(err)
	}
	return n, err
}

// error returns err, an error of g.z, as a *gzipError at the offset of
// the compressed input where g.z stopped, unless it is an error of reading
// the compressed input.
func (g *gzipSource) error(err error) error {
	if g.src.err != nil && g.src.err != io.EOF && errors.Is(err, g.src.err) {
		return err
	}
	return &gzipError{off: g.src.n - int64(g.raw.Buffered()), err: err}
}

// A gzipError is compressed input that cannot be decompressed.
type gzipError struct {
	off int64 // bytes of the compressed input read when it failed
	err error
}

// Error returns "truncated gzip data: it ends at byte 1234" or "corrupt
// gzip data at byte 1234: problem".
func (e *gzipError) Error() string {
	if errors.Is(e.err, io.ErrUnexpectedEOF) {
		return fmt.Sprintf("truncated gzip data: it ends at byte %d", e.off)
	}
	return fmt.Sprintf("corrupt gzip data at byte %d: %v", e.off, e.err)
}

// Unwrap returns the error of compress/gzip or compress/flate.
func (e *gzipError) Unwrap() error { return e.err }
