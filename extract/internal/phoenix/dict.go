package phoenix

import (
	"bufio"
	"io"
	"os"
	"strings"
)

// An Entry is one record of an actor dictionary: a phrase line with the
// synonym and code lines that follow it.
type Entry struct {
	Line     int      // the line of the phrase, from 1
	Phrase   string   // as written, "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_"; "" when Nameless
	Synonyms []string // the "+" phrases, in order
	// Codes are the codes on the phrase line and on the code lines, in
	// order; when Inherited, the codes of the next entry that has any.
	Codes []Code
	// Inline is set when a code stands on the phrase line ("UGANDA_
	// [UGA]"): in Phoenix.Countries, a state or territory.
	Inline bool
	// Inherited is set when the entry has no code of its own and shares
	// the next entry's, as in PETRARCH's reader (the last entry of a file
	// shares none).
	Inherited bool
	// CountryInfo is set when the phrase line carries the comment "#
	// CountryInfo.txt": Phoenix.Countries marks so the entries of
	// CountryInfo's lists of people.
	CountryInfo bool
	// Nameless is set for an indented line holding only the CountryInfo
	// mark ("  # CountryInfo.txt"): a phrase line whose phrase was lost.
	// Its code lines are its own rather than the previous entry's.
	Nameless bool
	// KEDS is set for the entries after the comment that opens the "KEDS
	// Project International Militarized Groups" list of
	// Phoenix.MilNonState, which mixes people with groups.
	KEDS bool
}

// Stats counts the lines Read read for no entry, or passed over.
type Stats struct {
	CodeLines      int // indented code lines read for an entry
	CommentedCodes int // indented lines holding a code commented out ("\t#[IRNGOV >20130804] ..."): ignored
	Nameless       int // phrase lines whose phrase was lost (Entry.Nameless)
	Orphans        int // code and synonym lines before the first phrase line: ignored
}

// kedsMark opens the KEDS list of Phoenix.MilNonState (see Entry.KEDS).
const kedsMark = "KEDS Project International Militarized Groups"

// countryInfoMark is the comment that marks the entries of CountryInfo's
// people lists (see Entry.CountryInfo).
const countryInfoMark = "CountryInfo"

// ReadFile reads the actor dictionary at path, as Read does.
func ReadFile(path string) ([]Entry, Stats, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, Stats{}, err
	}
	defer f.Close()
	return Read(f)
}

// Read reads an actor dictionary from r into its entries, in file order,
// and counts what it read for no entry.
func Read(r io.Reader) ([]Entry, Stats, error) {
	var d reader
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		d.line(n, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, Stats{}, err
	}
	inherit(d.entries)
	return d.entries, d.stats, nil
}

// A reader holds the state of Read between lines.
type reader struct {
	entries   []Entry
	stats     Stats
	inComment bool // inside a <!-- --> comment begun on an earlier line
	keds      bool // past the KEDS list's opening comment
}

// line reads line n.
func (d *reader) line(n int, line string) {
	line, d.inComment = stripXMLComments(line, d.inComment)
	if strings.HasPrefix(line, "#") && strings.Contains(line, kedsMark) {
		d.keds = true
	}
	text, comment := line, ""
	if i := strings.IndexAny(line, "#;"); i >= 0 {
		text, comment = line[:i], line[i:]
	}
	switch {
	case strings.TrimSpace(text) == "":
		d.commentLine(n, line, comment)
	case text[0] == '\t' || text[0] == ' ':
		d.codeLine(n, text)
	case text[0] == '+':
		d.synonymLine(text)
	default:
		d.phraseLine(n, text, comment)
	}
}

// commentLine reads a line without text but, maybe, a comment: indented,
// it is a nameless phrase line when it carries the CountryInfo mark, or
// a code commented out when it holds a "[".
func (d *reader) commentLine(n int, line, comment string) {
	if comment == "" || line[0] != '\t' && line[0] != ' ' {
		return
	}
	switch {
	case strings.Contains(comment, countryInfoMark):
		d.entries = append(d.entries, Entry{Line: n, CountryInfo: true, Nameless: true, KEDS: d.keds})
		d.stats.Nameless++
	case strings.Contains(comment, "["):
		d.stats.CommentedCodes++
	}
}

// phraseLine reads a phrase line, which opens an entry.
func (d *reader) phraseLine(n int, text, comment string) {
	e := Entry{Line: n, Phrase: text, CountryInfo: strings.Contains(comment, countryInfoMark), KEDS: d.keds}
	if i := strings.IndexByte(text, '['); i >= 0 {
		e.Phrase, e.Codes, e.Inline = text[:i], parseCodes(n, text[i:]), true
	}
	e.Phrase = strings.TrimSpace(e.Phrase)
	d.entries = append(d.entries, e)
}

// synonymLine reads a synonym line: "+" phrases, each up to a code, if
// any ("+ARMY_OF_MOHAMMED_+_ISLAMIC_ADEN_ARMY_" holds two).
func (d *reader) synonymLine(text string) {
	if len(d.entries) == 0 {
		d.stats.Orphans++
		return
	}
	e := &d.entries[len(d.entries)-1]
	for _, s := range strings.Split(text[1:], "+") {
		if i := strings.IndexByte(s, '['); i >= 0 {
			s = s[:i]
		}
		if s = strings.TrimSpace(s); s != "" {
			e.Synonyms = append(e.Synonyms, s)
		}
	}
}

// codeLine reads a code line of the current entry.
func (d *reader) codeLine(n int, text string) {
	if len(d.entries) == 0 {
		d.stats.Orphans++
		return
	}
	d.stats.CodeLines++
	e := &d.entries[len(d.entries)-1]
	e.Codes = append(e.Codes, parseCodes(n, text)...)
}

// inherit gives each entry without a code the codes of the next entry
// that has some: PETRARCH's reader keeps filling the same code slot until
// it reads a code.
func inherit(es []Entry) {
	for i := len(es) - 2; i >= 0; i-- {
		if len(es[i].Codes) == 0 {
			es[i].Codes, es[i].Inherited = es[i+1].Codes, true
		}
	}
}

// stripXMLComments removes <!-- ... --> comments; inComment carries an
// unterminated comment over to the next line.
func stripXMLComments(line string, inComment bool) (string, bool) {
	var b strings.Builder
	for line != "" {
		if inComment {
			i := strings.Index(line, "-->")
			if i < 0 {
				return b.String(), true
			}
			line, inComment = line[i+3:], false
			continue
		}
		i := strings.Index(line, "<!--")
		if i < 0 {
			b.WriteString(line)
			break
		}
		b.WriteString(line[:i])
		line, inComment = line[i+4:], true
	}
	return b.String(), inComment
}
