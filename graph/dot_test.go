package graph

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/store"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func TestWriteDOTGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := New(fixture()).WriteDOT(&buf, "chronicle"); err != nil {
		t.Fatalf("WriteDOT: %v", err)
	}
	golden := filepath.Join("testdata", "fixture.dot")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("WriteDOT:\ngot\n%s\nwant\n%s", got, want)
	}
	checkDOT(t, buf.Bytes(), "NATO", "Russia", "meet 2022-01-12", "meet 2022-01-13", "threaten 2021-12")
}

// awkward are actor names that are not bare DOT identifiers.
var awkward = []string{
	`Foo "Bar" \ Baz`,
	`trailing\`,
	`"quoted"`,
	`<b>html</b>`,
	"two\nlines",
	"node",
	"Graph",
	"Côte d'Ivoire",
	"A -- B; C",
	"123",
	"Plain_Name",
}

func TestDOTEscaping(t *testing.T) {
	const typ = `say "hi" \ bye`
	var events []store.Event
	for i, name := range awkward {
		events = append(events, store.Event{Event: event.Event{
			ID: "e" + string(rune('a'+i)), Type: typ, Date: "2022-01-12",
			Actors: []event.Participant{{Name: name}, {Name: "Russia"}},
		}})
	}
	events = append(events, store.Event{Event: event.Event{
		ID: "ez", Type: "meet", Date: "2022-01-13",
		Actors: []event.Participant{{Name: awkward[0]}, {Name: "Russia"}},
	}})
	var buf bytes.Buffer
	if err := New(events).WriteDOT(&buf, `my "graph"`); err != nil {
		t.Fatalf("WriteDOT: %v", err)
	}
	b := buf.Bytes()

	// Read the DOT back with gonum and check every ID and label survives.
	dst := newDecoded()
	if err := dot.Unmarshal(b, dst); err != nil {
		t.Fatalf("dot.Unmarshal: %v\ninput:\n%s", err, b)
	}
	var want []string
	for _, name := range append(slices.Clone(awkward), "Russia") {
		want = append(want, readBack(name))
	}
	slices.Sort(want)
	var ids, labels []string
	for _, n := range graph.NodesOf(dst.Nodes()) {
		n := n.(*decodedNode)
		ids = append(ids, n.dotID)
		labels = append(labels, n.attrs["label"])
	}
	slices.Sort(ids)
	slices.Sort(labels)
	if !slices.Equal(ids, want) {
		t.Errorf("node IDs read back:\ngot  %q\nwant %q", ids, want)
	}
	if !slices.Equal(labels, want) {
		t.Errorf("node labels read back:\ngot  %q\nwant %q", labels, want)
	}
	edges := 0
	for it := dst.Edges(); it.Next(); {
		e := it.Edge().(*decodedEdge)
		f, to := e.From().(*decodedNode).dotID, e.To().(*decodedNode).dotID
		wantLabel := typ + " 2022-01-12"
		if f == readBack(awkward[0]) || to == readBack(awkward[0]) {
			wantLabel += "\nmeet 2022-01-13"
		}
		if got := e.attrs["label"]; got != wantLabel {
			t.Errorf("label of %q -- %q: got %q, want %q", f, to, got, wantLabel)
		}
		edges++
	}
	if edges != len(awkward) {
		t.Errorf("edges read back: got %d, want %d", edges, len(awkward))
	}

	// Graphviz must parse it and draw the labels as the names.
	checkDOT(t, b, append(slices.DeleteFunc(slices.Clone(awkward), func(s string) bool {
		return strings.Contains(s, "\n") // drawn as two text lines
	}), "two", "lines", typ+" 2022-01-12", "meet 2022-01-13")...)
}

// readBack returns the string gonum's dot.Unmarshal gives for a quoted
// DOT string holding s: s itself, except that gonum leaves a quoted string
// that looks like an HTML ID (<...>) quoted, so that it does not write it
// back as HTML.
func readBack(s string) string {
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		return strconv.Quote(s)
	}
	return s
}

func TestDOTString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "plain", in: "Russia", want: `"Russia"`},
		{name: "quote and backslash", in: `Foo "Bar" \ Baz`, want: `"Foo \"Bar\" \\ Baz"`},
		{name: "newline", in: "a\nb", want: `"a\nb"`},
		{name: "crlf", in: "a\r\nb", want: `"a\nb"`},
		{name: "control", in: "a\tb\x00c", want: `"a b c"`},
		{name: "invalid utf-8", in: "a\xffb", want: "\"a\uFFFDb\""},
		{name: "unicode", in: "Côte d'Ivoire", want: `"Côte d'Ivoire"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dotString(tc.in); got != tc.want {
				t.Errorf("dotString(%q): got %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestDOTID(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{in: "Russia", want: "Russia"},
		{in: "Plain_Name2", want: "Plain_Name2"},
		{in: "node", want: `"node"`},
		{in: "Strict", want: `"Strict"`},
		{in: "123", want: `"123"`},
		{in: "European Union", want: `"European Union"`},
		{in: `"quoted"`, want: `"\"quoted\""`},
		{in: "<b>", want: `"<b>"`},
		{in: "", want: `""`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := (&Actor{Name: tc.in}).DOTID(); got != tc.want {
				t.Errorf("DOTID of %q: got %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestWriteDOTError(t *testing.T) {
	err := New(fixture()).WriteDOT(failWriter{}, "")
	if !errors.Is(err, errWrite) {
		t.Errorf("WriteDOT to a failing writer: got %v, want %v", err, errWrite)
	}
}

var errWrite = errors.New("write failed")

// failWriter is an io.Writer that always fails.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

var _ io.Writer = failWriter{}

// checkDOT renders b with Graphviz's dot -Tsvg, when dot is on PATH, and
// checks it succeeds and that every text in texts is drawn. It skips the
// test when dot is absent, so call it last.
func checkDOT(tb testing.TB, b []byte, texts ...string) {
	tb.Helper()
	dotPath, err := exec.LookPath("dot")
	if err != nil {
		tb.Skipf("graphviz dot not on PATH, skipping render check: %v", err)
	}
	cmd := exec.Command(dotPath, "-Tsvg")
	cmd.Stdin = bytes.NewReader(b)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("dot -Tsvg: %v\n%s\ninput:\n%s", err, stderr.String(), b)
	}
	if stderr.Len() > 0 {
		tb.Logf("dot -Tsvg warnings:\n%s", stderr.String())
	}
	drawn, err := svgTexts(stdout.Bytes())
	if err != nil {
		tb.Fatalf("reading SVG: %v", err)
	}
	for _, s := range texts {
		if !slices.Contains(drawn, s) {
			tb.Errorf("SVG does not draw %q; it draws %q", s, drawn)
		}
	}
}

// svgTexts returns the contents of the <text> elements of an SVG document.
func svgTexts(svg []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = false // Graphviz's SVG has a DOCTYPE with entities
	var texts []string
	inText := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return texts, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				inText = true
				texts = append(texts, "")
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				inText = false
			}
		case xml.CharData:
			if inText {
				texts[len(texts)-1] += string(tok)
			}
		}
	}
}

// decoded is a graph for dot.Unmarshal that records node IDs and attributes.
type decoded struct{ *simple.UndirectedGraph }

func newDecoded() decoded { return decoded{simple.NewUndirectedGraph()} }

// NewNode returns a node that records its DOT ID and attributes.
func (g decoded) NewNode() graph.Node {
	return &decodedNode{Node: g.UndirectedGraph.NewNode(), attrs: map[string]string{}}
}

// NewEdge returns an edge that records its attributes.
func (g decoded) NewEdge(from, to graph.Node) graph.Edge {
	return &decodedEdge{Edge: g.UndirectedGraph.NewEdge(from, to), attrs: map[string]string{}}
}

type decodedNode struct {
	graph.Node
	dotID string
	attrs map[string]string
}

func (n *decodedNode) SetDOTID(id string) { n.dotID = id }

func (n *decodedNode) SetAttribute(a encoding.Attribute) error {
	n.attrs[a.Key] = a.Value
	return nil
}

type decodedEdge struct {
	graph.Edge
	attrs map[string]string
}

func (e *decodedEdge) SetAttribute(a encoding.Attribute) error {
	e.attrs[a.Key] = a.Value
	return nil
}
