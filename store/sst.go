package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dgraph-io/badger/v4/fb"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/pb"
	"github.com/dgraph-io/badger/v4/y"
	"github.com/klauspost/compress/snappy"
	"google.golang.org/protobuf/proto"
)

// Badger's own reading of a table file cannot be trusted with a damaged
// one: it opens tables in goroutines of its own, where a truncated file
// panics or calls log.Fatal, and it verifies checksums (OnTableRead) by
// dereferencing the block that failed to decode. So the store reads each
// table itself first, in the layout table.Builder writes:
//
//	block … block  index  len(index)  checksum(index)  len(checksum)
//
// the lengths big-endian uint32s, the checksum a pb.Checksum, the index a
// fb.TableIndex giving each block's offset and length. A block, once
// decompressed, is
//
//	entries  entry offsets  len(offsets)  checksum  len(checksum)
//
// its checksum covering everything before it.

// verifyTable checks every checksum of the table file f, written with
// compression c: its index's, then each block's. It returns what is
// wrong with the file, or nil.
func verifyTable(f *os.File, c options.CompressionType) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	index, indexStart, err := readTableIndex(f, fi.Size())
	if err != nil {
		return err
	}
	// The blocks follow one another: read them in large pieces, not a
	// system call each.
	blocks := bufio.NewReaderSize(io.NewSectionReader(f, 0, indexStart), 1<<20)
	var at int64 // where blocks is
	var ko fb.BlockOffset
	var buf, plain []byte
	for i := range index.OffsetsLength() {
		if !index.Offsets(&ko, i) {
			return fmt.Errorf("index entry %d of %d unreadable", i, index.OffsetsLength())
		}
		off, n := int64(ko.Offset()), int64(ko.Len())
		if off < at || off+n > indexStart {
			return fmt.Errorf("block %d at offset %d of %d bytes is out of place: the previous block ends at %d, the blocks at %d",
				i, off, n, at, indexStart)
		}
		buf = grow(buf, int(n))
		_, err := blocks.Discard(int(off - at))
		if err == nil {
			_, err = io.ReadFull(blocks, buf)
		}
		if err != nil {
			return fmt.Errorf("block %d at offset %d: %w", i, off, err)
		}
		at = off + n
		if plain, err = decompress(plain, buf, c); err != nil {
			return fmt.Errorf("block %d at offset %d: %w", i, off, err)
		}
		if err := verifyBlock(plain); err != nil {
			return fmt.Errorf("block %d at offset %d: %w", i, off, err)
		}
	}
	return nil
}

// errCutShort is the error of a table too short for what its footer
// says it holds: cut short, or overwritten at its end.
var errCutShort = errors.New("cut short or overwritten at the end")

// readTableIndex reads and verifies the index of the table f of size
// bytes, and returns it with its offset, where the blocks end.
func readTableIndex(f io.ReaderAt, size int64) (*fb.TableIndex, int64, error) {
	at := size
	// field reads the n bytes before at, moving at back over them.
	field := func(n int64, what string) ([]byte, error) {
		if n < 0 || n > at {
			return nil, fmt.Errorf("%w: its footer gives %s of %d bytes, and %d bytes precede it", errCutShort, what, n, at)
		}
		at -= n
		b := make([]byte, n)
		_, err := f.ReadAt(b, at)
		return b, err
	}
	b, err := field(4, "a checksum length")
	if err != nil {
		return nil, 0, err
	}
	b, err = field(int64(binary.BigEndian.Uint32(b)), "an index checksum")
	if err != nil {
		return nil, 0, err
	}
	var sum pb.Checksum
	if err := unmarshalChecksum(b, &sum); err != nil {
		return nil, 0, fmt.Errorf("index checksum: %w", err)
	}
	if b, err = field(4, "an index length"); err != nil {
		return nil, 0, err
	}
	data, err := field(int64(binary.BigEndian.Uint32(b)), "an index")
	if err != nil {
		return nil, 0, err
	}
	if y.CalculateChecksum(data, sum.Algo) != sum.Sum {
		return nil, 0, errors.New("index checksum mismatch")
	}
	return fb.GetRootAsTableIndex(data, 0), at, nil
}

// verifyBlock checks the checksum of the decompressed block b.
func verifyBlock(b []byte) error {
	if len(b) < 4 {
		return fmt.Errorf("%w: %d bytes", errCutShort, len(b))
	}
	end := len(b) - 4
	n := int(binary.BigEndian.Uint32(b[end:]))
	if n > end {
		return fmt.Errorf("checksum of %d bytes in a block of %d", n, len(b))
	}
	var sum pb.Checksum
	if err := unmarshalChecksum(b[end-n:end], &sum); err != nil {
		return err
	}
	if y.CalculateChecksum(b[:end-n], sum.Algo) != sum.Sum {
		return errors.New("checksum mismatch")
	}
	return nil
}

// unmarshalChecksum decodes a checksum, refusing an algorithm Badger does
// not know (y.CalculateChecksum panics on one).
func unmarshalChecksum(b []byte, sum *pb.Checksum) error {
	if err := proto.Unmarshal(b, sum); err != nil {
		return fmt.Errorf("checksum unreadable: %w", err)
	}
	if sum.Algo != pb.Checksum_CRC32C && sum.Algo != pb.Checksum_XXHash64 {
		return fmt.Errorf("checksum of unknown algorithm %d", sum.Algo)
	}
	return nil
}

// decompress returns the block b decompressed with c, in dst if it is
// large enough.
func decompress(dst, b []byte, c options.CompressionType) ([]byte, error) {
	var err error
	switch c {
	case options.None:
		return b, nil
	case options.Snappy:
		n, lerr := snappy.DecodedLen(b)
		if lerr != nil {
			return nil, fmt.Errorf("cannot decompress: %w", lerr)
		}
		if n > maxBlock {
			return nil, fmt.Errorf("cannot decompress: it claims %d bytes", n)
		}
		dst, err = snappy.Decode(grow(dst, n), b)
	case options.ZSTD:
		dst, err = y.ZSTDDecompress(dst[:0], b)
	default:
		return nil, fmt.Errorf("unknown compression %d", c)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot decompress: %w", err)
	}
	return dst, nil
}

// maxBlock bounds the size of a decompressed block, so that a damaged
// length cannot claim gigabytes. Blocks hold about 4 KiB, or one entry
// if it is larger, and no value reaches 1 MiB.
const maxBlock = 64 << 20

// grow returns b resized to n bytes, reallocated if it is too small.
func grow(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, n)
	}
	return b[:n]
}
