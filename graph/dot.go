package graph

import (
	"io"
	"regexp"
	"slices"
	"strings"

	"gonum.org/v1/gonum/graph/encoding/dot"
)

// WriteDOT writes the graph to w in Graphviz's DOT language as an
// undirected graph with the given name (none when empty), using gonum's
// [dot.Marshal].
func (g *Graph) WriteDOT(w io.Writer, name string) error {
	if name != "" {
		name = dotID(name)
	}
	b, err := dot.Marshal(g.Undirected(), name, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// ident matches a bare DOT identifier, which needs no quotes. It is
// narrower than DOT's own rule (no bytes above 0x7f), so that anything
// unusual is quoted.
var ident = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// dotKeywords are DOT's keywords, which must be quoted to be used as IDs.
var dotKeywords = []string{"node", "edge", "graph", "digraph", "subgraph", "strict"}

// dotID returns s as a DOT ID: unchanged when it is a bare identifier
// other than a keyword, otherwise quoted by dotString.
func dotID(s string) string {
	if ident.MatchString(s) && !slices.ContainsFunc(dotKeywords, func(k string) bool { return strings.EqualFold(s, k) }) {
		return s
	}
	return dotString(s)
}

// dotString returns s as a DOT double-quoted string that reads back as s
// in both Graphviz and gonum, whose encoder writes a quoted value as is
// and whose decoder unquotes it with strconv.Unquote.
//
// A backslash becomes \\, a double quote \" and a line break \n (which
// Graphviz draws as a centred line break); other control characters
// become spaces and invalid UTF-8 becomes U+FFFD, since neither Graphviz
// nor strconv.Unquote reads them back faithfully.
func dotString(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < ' ' || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
