package text

// A Doc is a text split into tokens and sentences, with what every later
// reading of it needs at hand.
type Doc struct {
	Text  string
	Low   string   // Text with ASCII letters lower-cased: the same byte offsets
	Toks  []Token  // in text order
	Sents [][2]int // each sentence's byte span, end exclusive
	Off   Offsets  // byte to character offsets
}

// New splits text into tokens and sentences.
func New(text string) *Doc {
	d := &Doc{Text: text}
	d.Low = string(AppendLower(make([]byte, 0, len(text)), text))
	d.Toks = Tokenize(text, make([]Token, 0, len(text)/3+16)) // news runs four to six bytes a token
	d.Sents = Sentences(text, d.Toks)
	d.Off = NewOffsets(text)
	return d
}

// Word returns token i's text.
func (d *Doc) Word(i int) string {
	if i < 0 || i >= len(d.Toks) {
		return ""
	}
	return d.Text[d.Toks[i].Start:d.Toks[i].End]
}

// Lower returns token i's text with ASCII letters in lower case, without
// allocating: it slices the document's lower-cased copy.
func (d *Doc) Lower(i int) string {
	if i < 0 || i >= len(d.Toks) {
		return ""
	}
	return d.Low[d.Toks[i].Start:d.Toks[i].End]
}

// SentEnd returns the token after the last of the sentence holding token i.
func (d *Doc) SentEnd(i int) int {
	sent := d.Toks[i].Sent
	for i < len(d.Toks) && d.Toks[i].Sent == sent {
		i++
	}
	return i
}

// SentStart returns the first token of the sentence holding token i.
func (d *Doc) SentStart(i int) int {
	sent := d.Toks[i].Sent
	for i > 0 && d.Toks[i-1].Sent == sent {
		i--
	}
	return i
}
