package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// A dictEntry is one record of a PETRARCH actor dictionary: a primary
// phrase, its synonyms ("+" lines) and its codes (on the primary line or on
// tab-indented restriction lines), as documented in PETRARCH-2's
// docs/source/dictionaries.rst ("Actor Dictionary").
type dictEntry struct {
	file     string // base name of the dictionary
	line     int    // line of the primary phrase
	phrase   string // raw primary phrase, e.g. "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_"
	synonyms []string
	codes    []codeSpec
	// inherited is set when the record has no code of its own and takes the
	// codes of the next record, as PETRARCH's reader does.
	inherited bool
	// keds is set for the records after the comment that opens the "KEDS
	// Project International Militarized Groups" list of MilNonState, which
	// mixes people with groups.
	keds bool
}

// A codeSpec is one [CODE] or [CODE restriction].
type codeSpec struct {
	code     string
	kind     byte   // 0 default, '<' before, '>' after, '-' range
	from, to string // YYYYMMDD; for '<' only to, for '>' only from
}

var bracketRE = regexp.MustCompile(`\[([^\]]*)\]`)

// readDict parses an actor dictionary.
func readDict(path string) ([]dictEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	base := filepath.Base(path)
	var out []dictEntry
	var cur *dictEntry
	inComment, keds := false, false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		// <!-- ... --> comments, possibly over several lines.
		line, inComment = stripXMLComments(line, inComment)
		if strings.HasPrefix(line, "#") && strings.Contains(line, "KEDS Project International Militarized Groups") {
			keds = true
		}
		// '#' and (legacy) ';' start a comment.
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		switch {
		case line[0] == '\t' || line[0] == ' ':
			// date restriction (or default code) of the current record
			if cur == nil {
				continue
			}
			cur.codes = append(cur.codes, parseCodes(line)...)
		case line[0] == '+':
			if cur == nil {
				continue
			}
			for _, s := range strings.Split(line[1:], "+") {
				if i := strings.IndexByte(s, '['); i >= 0 {
					s = s[:i]
				}
				if s = strings.TrimSpace(s); s != "" {
					cur.synonyms = append(cur.synonyms, s)
				}
			}
		default:
			phrase := line
			if i := strings.IndexByte(phrase, '['); i >= 0 {
				phrase = phrase[:i]
			}
			out = append(out, dictEntry{file: base, line: n, phrase: strings.TrimSpace(phrase), codes: parseCodes(line), keds: keds})
			cur = &out[len(out)-1]
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// A record without any code shares the codes of the next record that
	// has one (PETRARCH's reader keeps the same code slot until a code is
	// read).
	for i := len(out) - 1; i >= 0; i-- {
		if len(out[i].codes) == 0 && i+1 < len(out) {
			out[i].codes, out[i].inherited = out[i+1].codes, true
		}
	}
	return out, nil
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

// parseCodes reads every [CODE] and [CODE restriction] on a line.
func parseCodes(line string) []codeSpec {
	var out []codeSpec
	for _, m := range bracketRE.FindAllStringSubmatch(line, -1) {
		f := strings.Fields(m[1])
		if len(f) == 0 {
			continue
		}
		c := codeSpec{code: f[0]}
		if len(f) > 1 {
			r := strings.Join(f[1:], "")
			switch {
			case strings.HasPrefix(r, "<"):
				c.kind, c.to = '<', normDate(r[1:])
			case strings.HasPrefix(r, ">"):
				c.kind, c.from = '>', normDate(r[1:])
			case strings.Contains(r, "-"):
				a, b, _ := strings.Cut(r, "-")
				c.kind, c.from, c.to = '-', normDate(a), normDate(b)
			}
		}
		out = append(out, c)
	}
	return out
}

// normDate turns YYMMDD or YYYYMMDD into YYYYMMDD ("" when it is neither).
// Two-digit years below 30 are 20YY, as in PETRARCH.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	for _, r := range s {
		if r < '0' || r > '9' {
			return ""
		}
	}
	switch len(s) {
	case 8:
		return s
	case 6:
		if s[:2] < "30" {
			return "20" + s
		}
		return "19" + s
	}
	return ""
}

// currentCode picks the code that applies now: the open-ended ">date" code
// with the latest start; else the first default (undated) code, which
// applies after every closed range; else the range that ends latest.
// The null code "---" is never chosen.
func currentCode(cs []codeSpec) string {
	best, bestFrom := "", ""
	for _, c := range cs {
		if c.kind == '>' && c.code != "---" && (best == "" || c.from > bestFrom) {
			best, bestFrom = c.code, c.from
		}
	}
	if best != "" {
		return best
	}
	for _, c := range cs {
		if c.kind == 0 && c.code != "---" {
			return c.code
		}
	}
	bestTo := ""
	for _, c := range cs {
		if (c.kind == '-' || c.kind == '<') && c.code != "---" && (best == "" || c.to > bestTo) {
			best, bestTo = c.code, c.to
		}
	}
	return best
}

func (e dictEntry) String() string {
	return fmt.Sprintf("%s:%d %s", e.file, e.line, e.phrase)
}
