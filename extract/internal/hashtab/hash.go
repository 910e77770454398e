package hashtab

// The hash's constants: wyhash's primes, and MurmurHash3's finaliser.
const (
	prime0 = 0xa0761d6478bd642f
	prime1 = 0xe7037ed1a0b428db
)

// hash returns the 64-bit hash of s: eight bytes at a time multiplied in,
// then MurmurHash3's fmix64, so that the low bits (the slot) and the high
// (the tag a probe compares first) are both well mixed.
func hash(s string) uint64 {
	h := prime0 ^ uint64(len(s))*prime1
	for len(s) >= 8 {
		h = (h ^ le64(s)) * prime1
		h ^= h >> 32
		s = s[8:]
	}
	if len(s) > 0 {
		var t uint64
		for i := len(s) - 1; i >= 0; i-- {
			t = t<<8 | uint64(s[i])
		}
		h = (h ^ t) * prime1
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// le64 reads the little-endian number of s's first eight bytes.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le32 reads the little-endian number of the four bytes of s at i.
func le32(s string, i int) uint32 { return Uint32(s, i) }

// Uint32 returns the little-endian number of the four bytes of s at i,
// for the layouts a table lies in: a string's bytes read in place,
// without the copy a conversion to []byte would make.
func Uint32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}
