package tsv

import (
	"reflect"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	rows, err := Read(strings.NewReader("# a comment\n\na\tb|c\nd\n"), "t.tsv", 3)
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"a", "b|c", ""}, {"d", "", ""}}; !reflect.DeepEqual(rows, want) {
		t.Errorf("rows %q, want %q", rows, want)
	}
	rows, err = Read(strings.NewReader("a\tb\r\n# c\r\nd\te"), "t.tsv", 2) // CRLF, no final newline
	if want := [][]string{{"a", "b"}, {"d", "e"}}; err != nil || !reflect.DeepEqual(rows, want) {
		t.Errorf("rows %q (%v), want %q", rows, err, want)
	}
	if _, err := Read(strings.NewReader("a\n\nb\tc\td\n"), "t.tsv", 2); err == nil || err.Error() != "t.tsv:3: 3 columns, want 2" {
		t.Errorf("too many columns: err %v, want t.tsv:3: 3 columns, want 2", err)
	}
	if got := Split("b|c"); !reflect.DeepEqual(got, []string{"b", "c"}) {
		t.Errorf("Split = %q", got)
	}
	if got := Split(""); got != nil {
		t.Errorf("Split of nothing = %q, want none", got)
	}
}
