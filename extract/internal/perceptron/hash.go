package perceptron

// A Hash is a feature under construction: FNV-1a over a template number
// and the values it joins. Start a feature with [Feature], add values with
// its methods; the result is the feature's key.
type Hash uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Feature starts the feature of template t.
func Feature(t uint16) Hash {
	h := Hash(fnvOffset)
	h = (h ^ Hash(t&0xff)) * fnvPrime
	return (h ^ Hash(t>>8)) * fnvPrime
}

// Str adds the string s, ended by a separator so that ("ab", "c") and
// ("a", "bc") differ.
func (h Hash) Str(s string) Hash {
	for i := 0; i < len(s); i++ {
		h = (h ^ Hash(s[i])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// Int adds the small integer n (a tag, a label, a distance).
func (h Hash) Int(n int) Hash {
	h = (h ^ Hash(byte(n))) * fnvPrime
	h = (h ^ Hash(byte(n>>8))) * fnvPrime
	return (h ^ 0xfe) * fnvPrime
}

// Key returns the feature's key: the hash, never zero (zero marks an empty
// slot in a Model).
func (h Hash) Key() uint64 {
	if h == 0 {
		return 1
	}
	return uint64(h)
}
