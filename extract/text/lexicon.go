package text

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// A Lexicon is a file of named word lists: the words the stages' rules
// look for, kept as data beside the code that reads them.
//
// A list begins with a line "= name" and runs to the next such line. Lines
// beginning with # are comments, and so is what follows " #" on a line:
// a word list says why each odd word is there. A list is read either as a
// set of words, separated by spaces and line breaks ([Lexicon.Set]), or as
// a table of rows, each a key and a value separated by a tab
// ([Lexicon.Table], [Lexicon.Map]); a key may hold spaces ("no more
// than"). Words are as the rules compare them: lower case unless the list
// is of names or codes.
type Lexicon struct {
	name  string
	lists map[string][]string // list name → its lines, comments removed
}

// ParseLexicon reads the lexicon src, called name in errors.
//
// Every program that links a stage parses its lexicon as it starts, and
// a query that extracts nothing waits for it too: the lines are sliced
// from src, not copied, and a list's slice is sized by a first count.
func ParseLexicon(name, src string) (*Lexicon, error) {
	l := &Lexicon{name: name, lists: make(map[string][]string, strings.Count(src, "\n= ")+1)}
	list := ""
	var lines []string
	n := 0
	for rest := src; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		n++
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimRight(line, " \t\r")
		switch {
		case line == "" || line[0] == '#':
		case strings.HasPrefix(line, "= "):
			if list != "" {
				l.lists[list] = lines
			}
			list = strings.TrimSpace(line[2:])
			if _, dup := l.lists[list]; dup {
				return nil, fmt.Errorf("%s:%d: list %q again", name, n, list)
			}
			lines = make([]string, 0, listLines(rest))
			l.lists[list] = lines
		case list == "":
			return nil, fmt.Errorf("%s:%d: words before the first \"= name\" line", name, n)
		default:
			lines = append(lines, line)
		}
	}
	if list != "" {
		l.lists[list] = lines
	}
	return l, nil
}

// listLines returns how many lines src has before its next list, an
// upper bound on the words' lines of the list that src continues.
func listLines(src string) int {
	if i := strings.Index(src, "\n= "); i >= 0 {
		src = src[:i]
	}
	return strings.Count(src, "\n") + 1
}

// MustParseLexicon is [ParseLexicon] for a lexicon embedded in the
// program, which must parse: it panics if it does not.
func MustParseLexicon(name, src string) *Lexicon {
	l, err := ParseLexicon(name, src)
	if err != nil {
		panic(err)
	}
	return l
}

// lines returns the lines of list; a list the lexicon lacks is a mistake
// in the program that asks for it, and panics.
func (l *Lexicon) lines(list string) []string {
	ls, ok := l.lists[list]
	if !ok {
		panic(fmt.Sprintf("text: %s has no list %q", l.name, list))
	}
	return ls
}

// Set returns the words of list as a set.
func (l *Lexicon) Set(list string) map[string]bool {
	lines := l.lines(list)
	n := 0
	for _, line := range lines {
		n += strings.Count(line, " ") + 1
	}
	m := make(map[string]bool, n)
	for _, line := range lines {
		for w := range strings.FieldsSeq(line) {
			m[w] = true
		}
	}
	return m
}

// A Row is one row of a table: a key and its value.
type Row struct{ Key, Value string }

// Table returns the rows of list in order. Each line is a key, a tab and
// a value; a line without a tab is a mistake in the lexicon, and panics.
func (l *Lexicon) Table(list string) []Row {
	var rows []Row
	for _, line := range l.lines(list) {
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			panic(fmt.Sprintf("text: %s, list %q: row %q has no tab", l.name, list, line))
		}
		rows = append(rows, Row{strings.TrimSpace(k), strings.TrimSpace(v)})
	}
	return rows
}

// Map returns the rows of list as a map from key to value.
func (l *Lexicon) Map(list string) map[string]string {
	m := map[string]string{}
	for _, r := range l.Table(list) {
		m[r.Key] = r.Value
	}
	return m
}

// Lists returns the names of the lists, in no order.
func (l *Lexicon) Lists() []string {
	return slices.Collect(maps.Keys(l.lists))
}
