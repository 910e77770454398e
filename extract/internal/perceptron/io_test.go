package perceptron

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"
)

func TestReadModelBad(t *testing.T) {
	if _, err := ReadModel(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("ReadModel of garbage: no error")
	}
	// every cut of a good model is an error, not a panic nor a model
	tr := NewTrainer(3)
	for i := range 50 {
		tr.Update([]uint64{uint64(i)*0x9e3779b97f4a7c15 + 1, 77}, i%3, (i+1)%3)
		tr.Next()
	}
	var buf bytes.Buffer
	if _, err := tr.Model(0).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	if _, err := ReadModel(bytes.NewReader(good)); err != nil {
		t.Fatalf("the good model: %v", err)
	}
	for n := range len(good) {
		if _, err := ReadModel(bytes.NewReader(good[:n])); err == nil {
			t.Fatalf("a model cut to %d of %d bytes read without error", n, len(good))
		}
	}
	// a header that claims far more than there is
	bad := bytes.Clone(good)
	binary.LittleEndian.PutUint32(bad[len(magic)+4:], 1<<25)
	if _, err := ReadModel(bytes.NewReader(bad)); err == nil {
		t.Error("a model claiming 2^25 features read without error")
	}
}

// TestOpenInPlace checks that a model opened where its bytes lie, and
// one opened from bytes it cannot use in place (at an odd address), score
// as the model written, and that the first uses the bytes themselves.
func TestOpenInPlace(t *testing.T) {
	const nclass = 7
	tr, feats, _ := train(nclass)
	m := tr.Model(0)
	var buf bytes.Buffer
	m.WriteTo(&buf)
	aligned := make([]byte, buf.Len()) // a heap block: aligned
	copy(aligned, buf.Bytes())
	odd := make([]byte, buf.Len()+1)[1:]
	copy(odd, buf.Bytes())
	for name, data := range map[string][]byte{"aligned": aligned, "odd": odd} {
		m2, n, err := Open(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n != len(data) {
			t.Errorf("%s: a model of %d bytes, Open says %d", name, len(data), n)
		}
		s1, s2 := make([]int32, nclass), make([]int32, nclass)
		for i, fs := range feats {
			m.Scores(fs, s1)
			m2.Scores(fs, s2)
			if !equal(s1, s2) {
				t.Fatalf("%s: instance %d scores %v, %v before writing", name, i, s2, s1)
			}
		}
		shared := unsafe.Pointer(&m2.blocks[0]) == unsafe.Pointer(&data[headerSize])
		if want := name == "aligned"; shared != want {
			t.Errorf("%s: the model uses its bytes in place: %v, want %v", name, shared, want)
		}
	}
}

// TestOpenTrusted checks that a model opened with OpenInPlace from bytes
// 32 bytes off a cache line scores as Open's, using the bytes where they
// lie as Open does not.
func TestOpenTrusted(t *testing.T) {
	const nclass = 7
	tr, feats, _ := train(nclass)
	var buf bytes.Buffer
	tr.Model(0).WriteTo(&buf)
	off := make([]byte, buf.Len()+64)
	off = off[32+(64-int(uintptr(unsafe.Pointer(&off[0]))%64))%64:][:buf.Len()]
	copy(off, buf.Bytes())
	checked, _, err := Open(off)
	if err != nil {
		t.Fatal(err)
	}
	trusted, n, err := OpenInPlace(off)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(off) {
		t.Errorf("a model of %d bytes, OpenInPlace says %d", len(off), n)
	}
	s1, s2 := make([]int32, nclass), make([]int32, nclass)
	for i, fs := range feats {
		checked.Scores(fs, s1)
		trusted.Scores(fs, s2)
		if !equal(s1, s2) {
			t.Fatalf("instance %d scores %v, %v opened by Open", i, s2, s1)
		}
	}
	if unsafe.Pointer(&trusted.blocks[0]) != unsafe.Pointer(&off[headerSize]) {
		t.Error("OpenInPlace copied the blocks")
	}
	if unsafe.Pointer(&checked.blocks[0]) == unsafe.Pointer(&off[headerSize]) {
		t.Error("Open used blocks across cache lines in place")
	}
}

// TestOpenDamaged flips bytes of a model's table and weights: each is an
// error or a model whose lookups end and stay within their arrays.
func TestOpenDamaged(t *testing.T) {
	const nclass = 7
	tr, feats, _ := train(nclass)
	var buf bytes.Buffer
	tr.Model(0).WriteTo(&buf)
	good := buf.Bytes()
	r := rand.New(rand.NewPCG(11, 12))
	errs := 0
	s := make([]int32, nclass)
	for range 3000 {
		bad := bytes.Clone(good)
		for range 1 + r.IntN(3) {
			i := headerSize + r.IntN(len(bad)-headerSize)
			bad[i] ^= byte(1 << r.IntN(8))
		}
		m, _, err := Open(bad)
		if err != nil {
			errs++
			continue
		}
		for _, fs := range feats[:50] {
			m.Scores(fs, s)
		}
	}
	if errs == 0 {
		t.Error("no damage was found")
	}
	// a table with every slot taken: a lookup of a missing feature
	// would never end
	m := tr.Model(0)
	var ents []uint16
	for b := range m.blocks {
		bl := &m.blocks[b]
		var runs [][]uint16
		for j := range blockSlots {
			if bl.keys[j/4]>>(16*(j%4))&0xffff == 0 {
				bl.keys[j/4] |= uint64(0xf000+b*blockSlots+j) << (16 * (j % 4))
				bl.lens[j/8] |= 1 << (8 * (j % 8))
				runs = append(runs, []uint16{1 | 1<<7})
				m.n++
				continue
			}
			st, c := bl.entries(j)
			runs = append(runs, m.ents[st:st+c])
		}
		bl.base = uint32(len(ents))
		for _, r := range runs {
			ents = append(ents, r...)
		}
	}
	m.ents = ents
	if err := m.check(); err == nil || !strings.Contains(err.Error(), "no free slot") {
		t.Errorf("a full table: %v", err)
	}
}
