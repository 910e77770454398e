package timeml

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronicle-kg/chronicle/extract/timex"
)

// ErrSpan is the error, wrapped with the document's name, for a time
// expression Write cannot mark: one that is empty, reaches outside the
// text or overlaps another.
var ErrSpan = errors.New("timeml: time expression empty, outside the text or overlapping another")

// Write writes d as a TimeML document with the time expressions tx marked
// in its text as TIMEX3 elements, numbered t1, t2… in text order, with
// their type, value and, when set, mod.
//
// Write copies d.Raw, replacing the content of its TEXT element with
// d.Text and the new tags: the annotations that were inside TEXT are
// dropped, and with them the TLINK, SLINK, ALINK and MAKEINSTANCE elements
// that referred to them. Everything else outside TEXT, the creation time
// included, is kept byte for byte; a creation time marked inside TEXT is
// kept too, and expressions of tx that overlap it are left out. The text
// is escaped as XML needs (&, <, > and carriage returns), so that [Read]
// gives back d.Text and tx. A Doc without Raw is written as a new
// document holding its name, creation time and text.
func Write(w io.Writer, d *Doc, tx []timex.Timex) error {
	var p parsed
	if len(d.Raw) > 0 {
		got, err := parse(d.Raw)
		if err != nil {
			return inputError(d.Name, err)
		}
		p = *got
	}
	marks, err := markup(d.Text, tx, &p)
	if err != nil {
		return fmt.Errorf("%s: %w", d.Name, err)
	}
	bw := bufio.NewWriter(w)
	if len(d.Raw) > 0 {
		writeKept(bw, d.Raw, 0, p.textStart, p.drop)
	} else {
		writeHead(bw, d)
	}
	writeText(bw, d.Text, marks)
	if len(d.Raw) > 0 {
		writeKept(bw, d.Raw, p.textEnd, len(d.Raw), p.drop)
	} else {
		bw.WriteString("</TEXT>\n\n</TimeML>\n")
	}
	return bw.Flush()
}

// A mark is a start tag and an end tag around the characters
// [start, end) of the text. The tag of a time expression of the caller's
// is made once the marks are in order, which numbers it.
type mark struct {
	start, end int
	open, shut string
	timex      *timex.Timex
}

// markup returns the marks for tx in text, in order, with the creation
// time's if p has it inside TEXT.
func markup(text string, tx []timex.Timex, p *parsed) ([]mark, error) {
	n := utf8.RuneCountInString(text)
	var marks []mark
	if p.dctTag != "" {
		m := mark{start: p.dctStart, end: p.dctEnd, open: p.dctTag, shut: "</TIMEX3>"}
		if p.dctEmpty {
			m.shut = ""
		}
		marks = append(marks, m)
	}
	for i, t := range tx {
		if t.Start < 0 || t.Start >= t.End || t.End > n {
			return nil, fmt.Errorf("%w: %q at %d:%d of %d characters", ErrSpan, t.Text, t.Start, t.End, n)
		}
		if p.dctTag != "" && overlapsDCT(t, p) {
			continue // the creation time, marked already
		}
		marks = append(marks, mark{start: t.Start, end: t.End, timex: &tx[i]})
	}
	slices.SortStableFunc(marks, func(a, b mark) int { return cmp.Compare(a.start, b.start) })
	id := 0
	for i := range marks {
		m := &marks[i]
		if i > 0 && m.start < marks[i-1].end {
			return nil, fmt.Errorf("%w: characters %d:%d and %d:%d", ErrSpan, marks[i-1].start, marks[i-1].end, m.start, m.end)
		}
		if m.timex == nil {
			continue
		}
		id++
		if "t"+strconv.Itoa(id) == p.dctTid {
			id++
		}
		m.open, m.shut = timexTag(id, m.timex), "</TIMEX3>"
	}
	return marks, nil
}

// overlapsDCT reports whether t overlaps the creation time marked in the
// text of p, or would enclose it if that is an empty element.
func overlapsDCT(t timex.Timex, p *parsed) bool {
	if p.dctEmpty {
		return t.Start < p.dctStart && p.dctStart < t.End
	}
	return t.Start < p.dctEnd && p.dctStart < t.End
}

// timexTag returns the start tag of the TIMEX3 t with the id t<id>.
func timexTag(id int, t *timex.Timex) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, id, escapeAttr(string(t.Type)), escapeAttr(t.Value))
	if t.Mod != "" {
		fmt.Fprintf(&b, ` mod="%s"`, escapeAttr(t.Mod))
	}
	b.WriteString(">")
	return b.String()
}

var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func escapeAttr(s string) string { return attrEscaper.Replace(s) }

var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#13;")

// writeText writes text escaped, with marks.
func writeText(w *bufio.Writer, text string, marks []mark) {
	at := 0 // byte offset in text
	char := 0
	// upTo writes the text up to the character c.
	upTo := func(c int) {
		start := at
		for ; char < c; char++ {
			_, size := utf8.DecodeRuneInString(text[at:])
			at += size
		}
		textEscaper.WriteString(w, text[start:at])
	}
	for _, m := range marks {
		upTo(m.start)
		w.WriteString(m.open)
		upTo(m.end)
		w.WriteString(m.shut)
	}
	textEscaper.WriteString(w, text[at:])
}

// writeKept writes data[from:to] but for the spans in drop.
func writeKept(w *bufio.Writer, data []byte, from, to int, drop [][2]int) {
	for _, d := range drop {
		if d[1] <= from || d[0] >= to {
			continue
		}
		w.Write(data[from:max(from, d[0])])
		from = d[1]
	}
	if from < to {
		w.Write(data[from:to])
	}
}

// writeHead writes the beginning of a new document for d, up to its text.
func writeHead(w *bufio.Writer, d *Doc) {
	w.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n\n")
	if d.Name != "" {
		id := strings.TrimSuffix(filepath.Base(d.Name), filepath.Ext(d.Name))
		fmt.Fprintf(w, "<DOCID>%s</DOCID>\n\n", textEscaper.Replace(id))
	}
	if !d.DCT.IsZero() {
		day := d.DCT.Format(time.DateOnly)
		fmt.Fprintf(w, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%[1]s</TIMEX3></DCT>\n\n", day)
	}
	w.WriteString("<TEXT>")
}
