package timeline

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// A Doc is one article of the corpus: its tokens as the CAT file gives
// them, each with its sentence number, and the text made of them.
type Doc struct {
	ID   string    // the document id, first part of a mention ("16844")
	DCT  time.Time // its creation time, from its TimeML twin
	Text string    // the tokens joined by spaces, sentences by blank lines
	Toks []Tok
	doc  *text.Doc // Text, for its character-to-byte offsets
}

// A Tok is one token of a Doc: its sentence number in the CAT file, its
// form and its byte offsets in Doc.Text.
type Tok struct {
	Sent       int
	Form       string
	Start, End int
}

// ReadCorpus reads the articles of a TimeLine corpus directory: the CAT
// files of dir/input_CAT (or of dir itself), each dated by the DCT of the
// TimeML file of the same name in input_TimeML beside them.
func ReadCorpus(dir string) ([]Doc, error) {
	cat := filepath.Join(dir, "input_CAT")
	if _, err := os.Stat(cat); err != nil {
		cat = dir
	}
	tml := filepath.Join(filepath.Dir(cat), "input_TimeML")
	names, err := filepath.Glob(filepath.Join(cat, "*.xml"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no CAT files (*.xml)", cat)
	}
	slices.Sort(names)
	dcts, err := readDCTs(tml)
	if err != nil {
		return nil, err
	}
	var docs []Doc
	for _, name := range names {
		d, err := readCAT(name)
		if err != nil {
			return nil, err
		}
		dct, ok := dcts[d.ID]
		if !ok {
			return nil, fmt.Errorf("%s: no TimeML file in %s with DOCID %s, for its creation time", name, tml, d.ID)
		}
		d.DCT = dct
		docs = append(docs, d)
	}
	return docs, nil
}

var docidRE = regexp.MustCompile(`<DOCID>\s*([^<\s]+)\s*</DOCID>`)

// readDCTs reads the creation time of every TimeML file of dir, by its
// DOCID: the file names differ from the CAT files' here and there.
func readDCTs(dir string) (map[string]time.Time, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	out := map[string]time.Time{}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		id, dct := docidRE.FindSubmatch(b), dctRE.FindSubmatch(b)
		if id == nil || dct == nil {
			return nil, fmt.Errorf("%s: no DOCID or no CREATION_TIME TIMEX3 with a day", name)
		}
		if out[string(id[1])], err = time.Parse(time.DateOnly, string(dct[1])); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return out, nil
}

// readCAT reads one CAT file.
func readCAT(name string) (Doc, error) {
	f, err := os.Open(name)
	if err != nil {
		return Doc{}, err
	}
	defer f.Close()
	var x struct {
		ID     string `xml:"doc_id,attr"`
		Tokens []struct {
			Sent string `xml:"sentence,attr"`
			Form string `xml:",chardata"`
		} `xml:"token"`
	}
	if err := xml.NewDecoder(bufio.NewReader(f)).Decode(&x); err != nil {
		return Doc{}, fmt.Errorf("%s: %w", name, err)
	}
	if x.ID == "" {
		return Doc{}, fmt.Errorf("%s: no doc_id", name)
	}
	d := Doc{ID: x.ID}
	var b strings.Builder
	for i, t := range x.Tokens {
		s, err := strconv.Atoi(t.Sent)
		if err != nil {
			return Doc{}, fmt.Errorf("%s: token %d: bad sentence %q", name, i+1, t.Sent)
		}
		if i > 0 {
			if s != d.Toks[i-1].Sent {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		d.Toks = append(d.Toks, Tok{Sent: s, Form: t.Form, Start: b.Len(), End: b.Len() + len(t.Form)})
		b.WriteString(t.Form)
	}
	d.Text = b.String()
	d.doc = text.New(d.Text)
	return d, nil
}

var dctRE = regexp.MustCompile(`functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})`)

// A Timeline is one target entity's events in time order, as the task's
// files give them.
type Timeline struct {
	Entity string
	Lines  []Line
}

// A Line is one event of a timeline: its place in the order (0: not
// anchored in time; equal numbers: simultaneous), its anchor date
// (YYYY-MM-DD, unknown parts XX, or a year alone) and its mentions,
// DOCID-SENTENCE-WORD.
type Line struct {
	Order    int
	Anchor   string
	Mentions []string
}

// ReadGold reads every timeline file of dir.
func ReadGold(dir string) ([]Timeline, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no timelines (*.txt)", dir)
	}
	slices.Sort(names)
	var out []Timeline
	for _, name := range names {
		tl, err := readTimeline(name)
		if err != nil {
			return nil, err
		}
		out = append(out, tl)
	}
	return out, nil
}

// readTimeline reads one timeline file.
func readTimeline(name string) (Timeline, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return Timeline{}, err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) == "" {
		return Timeline{}, fmt.Errorf("%s:1: no entity name", name)
	}
	tl := Timeline{Entity: strings.TrimSpace(lines[0])}
	for n, l := range lines[1:] {
		f := strings.Split(strings.TrimRight(l, "\r"), "\t")
		if len(f) < 3 {
			return Timeline{}, fmt.Errorf("%s:%d: want ORDER, ANCHOR and a mention, tab-separated", name, n+2)
		}
		order, err := strconv.Atoi(f[0])
		if err != nil || order < 0 {
			return Timeline{}, fmt.Errorf("%s:%d: bad order %q", name, n+2, f[0])
		}
		tl.Lines = append(tl.Lines, Line{Order: order, Anchor: f[1], Mentions: f[2:]})
	}
	return tl, nil
}
