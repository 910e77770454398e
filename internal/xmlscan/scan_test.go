package xmlscan

import (
	"errors"
	"io"
	"testing"
)

func TestNext(t *testing.T) {
	data := []byte("<?xml version=\"1.0\"?>\n<A x='1 &amp; 2'>a &lt; b<B/><![CDATA[<c>]]></A>")
	want := []Token{
		{Kind: OtherMarkup, Start: 0, End: 21, Line: 1},
		{Kind: CharData, Start: 21, End: 22, Line: 1},
		{Kind: StartTag, Name: "A", Attrs: []Attr{{"x", "1 & 2"}}, Start: 22, End: 39, Line: 2},
		{Kind: CharData, Start: 39, End: 47, Line: 2},
		{Kind: EmptyTag, Name: "B", Start: 47, End: 51, Line: 2},
		{Kind: CDATA, Start: 51, End: 66, Line: 2},
		{Kind: EndTag, Name: "A", Start: 66, End: 70, Line: 2},
	}
	s := NewScanner(data)
	for i, w := range want {
		got, err := s.Next()
		if err != nil {
			t.Fatalf("token %d: %v", i, err)
		}
		if got.Kind != w.Kind || got.Name != w.Name || got.Start != w.Start || got.End != w.End || got.Line != w.Line || got.Attr("x") != w.Attr("x") {
			t.Errorf("token %d = %+v, want %+v", i, got, w)
		}
	}
	if _, err := s.Next(); err != io.EOF {
		t.Errorf("after the last token: %v, want io.EOF", err)
	}
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"a &amp; b &#233;&#xE9;", "a & b éé", ""},
		{"AT&T", "", "& not escaped as &amp;"},
		{"&nbsp;", "", "unknown entity &nbsp;"},
	} {
		got, _, err := Decode([]byte(tc.in))
		if got != tc.want || (err == nil) != (tc.err == "") || err != nil && err.Error() != tc.err {
			t.Errorf("Decode(%q) = %q, %v; want %q, %q", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestSyntaxError(t *testing.T) {
	s := NewScanner([]byte("a\n<B x=1>"))
	if _, err := s.Next(); err != nil {
		t.Fatal(err)
	}
	_, err := s.Next()
	var se *SyntaxError
	if !errors.As(err, &se) || se.Line != 2 {
		t.Fatalf("error = %v, want a SyntaxError on line 2", err)
	}
}
