package extract

import (
	"crypto/sha256"
	"encoding/hex"
)

// Hash returns the content hash that identifies an article: the SHA-256 of
// its publication day and text. Storing an article twice is a no-op
// because the hash is the document's key.
func Hash(a Article) string {
	h := sha256.New()
	h.Write([]byte(a.Date.Format("2006-01-02")))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Extract reads one article.
func Extract(a Article) *Result {
	return &Result{Doc: a.ID, DCT: a.Date.Format("2006-01-02"), Hash: Hash(a)}
}
