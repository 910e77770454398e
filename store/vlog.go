package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"strconv"
	"strings"
)

// vlogName is the name of the value log file numbered id.
func vlogName(id uint64) string { return fmt.Sprintf("%06d.vlog", id) }

// vlogID returns the number of the value log file called name, and
// whether name is one.
func vlogID(name string) (uint64, bool) {
	num, ok := strings.CutSuffix(name, ".vlog")
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseUint(num, 10, 64)
	return id, err == nil
}

// castagnoli is the CRC-32 table of Badger's logs.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// maxLogKey is the longest key Badger writes to a log.
const maxLogKey = 1 << 16

// verifyLog checks every entry of the Badger log file f, after its
// header: each entry is
//
//	meta  user-meta  uvarint(len(key))  uvarint(len(value))  uvarint(expiry)  key  value  crc32
//
// its Castagnoli CRC covering everything before it, big-endian. Badger
// closes a log at the end of its last entry, so an entry cut short, a
// bad checksum or an entry of zeros is damage, unless tail is set: then
// the log is the last one a killed process was writing, and what
// follows its last whole entry is no damage, as Badger drops it too. It
// returns what is wrong with the file, or nil; the error, that it cannot
// be read.
func verifyLog(f *os.File, tail bool) (problem, err error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := fi.Size()
	if size < logHeaderSize {
		return fmt.Errorf("cut short to %d bytes, less than its header", size), nil
	}
	r := &crcReader{r: bufio.NewReaderSize(io.NewSectionReader(f, logHeaderSize, size-logHeaderSize), 1<<20), h: crc32.New(castagnoli)}
	for off := int64(logHeaderSize); off < size; {
		r.h.Reset()
		n, err := r.entry()
		switch {
		case err != nil && errors.Is(err, errReadLog):
			return nil, err
		case tail && err != nil:
			return nil, nil
		case err != nil:
			return fmt.Errorf("entry at offset %d of %d: %w", off, size, err), nil
		}
		off += n
	}
	return nil, nil
}

// errReadLog wraps an error reading a log, as opposed to what is wrong
// with its content.
var errReadLog = errors.New("cannot read")

// A crcReader reads a log's entries, hashing what it reads of their
// headers and counting it.
type crcReader struct {
	r   *bufio.Reader
	h   hash.Hash32
	n   int64 // header bytes read since the entry began
	buf [4]byte
}

func (r *crcReader) ReadByte() (byte, error) {
	b, err := r.r.ReadByte()
	if err == nil {
		r.buf[0] = b
		r.h.Write(r.buf[:1])
		r.n++
	}
	return b, err
}

// entry reads one entry and returns its length, or what is wrong with
// it.
func (r *crcReader) entry() (int64, error) {
	cut := func(err error) error {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return errors.New("cut short")
		}
		if err != nil {
			return fmt.Errorf("%w: %w", errReadLog, err)
		}
		return nil
	}
	r.n = 0
	for range 2 { // meta, user meta
		if _, err := r.ReadByte(); err != nil {
			return 0, cut(err)
		}
	}
	var lens [3]uint64 // key, value, expiry
	for i := range lens {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return 0, cut(err)
			}
			return 0, errors.New("unreadable header")
		}
		lens[i] = v
	}
	switch {
	case lens[0] == 0:
		return 0, errors.New("no key: zeros where an entry should be")
	case lens[0] > maxLogKey:
		return 0, fmt.Errorf("a key of %d bytes, more than Badger writes", lens[0])
	}
	body := int64(lens[0] + lens[1])
	if m, err := io.CopyN(r.h, r.r, body); err != nil {
		if err == io.EOF {
			return 0, fmt.Errorf("cut short: %d bytes of %d", m, body)
		}
		return 0, cut(err)
	}
	want := r.h.Sum32()
	if _, err := io.ReadFull(r.r, r.buf[:]); err != nil {
		return 0, cut(err)
	}
	if got := binary.BigEndian.Uint32(r.buf[:]); got != want {
		return 0, fmt.Errorf("checksum %08x, computed %08x", got, want)
	}
	return r.n + body + 4, nil
}
