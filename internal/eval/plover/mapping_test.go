package plover

import (
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"
)

const fixtureMapping = "testdata/" + MappingFile

func TestMappingCategory(t *testing.T) {
	m, err := LoadMapping(fixtureMapping)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		cameo, want string
	}{
		{"0873", "RETREAT"},
		{"0871", "RETREAT"},
		{"080", "CONCEDE"},
		{"08", "CONCEDE"},  // the root has two categories: the first listed
		{"089", "CONCEDE"}, // no 089: the root's
		{"0361", "AGREE"},  // no 0361: 036's
		{"03", "AGREE"},
		{"1312", "THREATEN"},
		{"190", "ASSAULT"},
		{"010", ""}, // no root 01
		{"0", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := m.Category(tc.cameo); got != tc.want {
			t.Errorf("Category(%q) = %q, want %q", tc.cameo, got, tc.want)
		}
	}
	if got, want := m.Categories("08"), []string{"CONCEDE", "RETREAT"}; !reflect.DeepEqual(got, want) {
		t.Errorf(`Categories("08") = %q, want %q`, got, want)
	}
	if got := m.Categories("0873"); !reflect.DeepEqual(got, []string{"RETREAT"}) {
		t.Errorf(`Categories("0873") = %q, want [RETREAT]`, got)
	}
	if len(m) != 14 {
		t.Errorf("read %d codes, want 14 (08 twice)", len(m))
	}
}

func TestReadMappingErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no colon", "03: AGREE\n030 AGREE\n", `m.txt:2: want CODE: CATEGORY, …, not "030 AGREE"`},
		{"letters", "# c\n\nX3: AGREE\n", `m.txt:3: want CODE: CATEGORY, …, not "X3: AGREE"`},
		{"no category", "03:  , diplomatic # x\n", `m.txt:1: want CODE: CATEGORY, …, not "03:  , diplomatic"`},
		{"lower case", "03: agree\n", `m.txt:1: want CODE: CATEGORY`},
		{"long code", "03141: AGREE\n", `m.txt:1: want CODE: CATEGORY`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadMapping("m.txt", strings.NewReader(tc.in))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %v, want one beginning %q", err, tc.want)
			}
		})
	}
	if _, err := LoadMapping("testdata/missing.txt"); !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "testdata/missing.txt: ") {
		t.Errorf("LoadMapping(missing) error %v, want one naming the file and wrapping fs.ErrNotExist", err)
	}
}

func TestGSRCategory(t *testing.T) {
	tests := []struct {
		cat, cameo, want string
	}{
		{"REQUEST", "100", "DEMAND"},
		{"REQUEST", "", "DEMAND"},
		{"ACCUSE", "090", "INVESTIGATE"},
		{"ACCUSE", "0913", "INVESTIGATE"},
		{"ACCUSE", "112", "DISAPPROVE"},
		{"ACCUSE", "", "DISAPPROVE"},
		{"ASSAULT", "190", "FIGHT"},
		{"ASSAULT", "195", "FIGHT"},
		{"ASSAULT", "183", "ASSAULT"},
		{"ASSAULT", "200", "ASSAULT"},
		{"COERCE", "192", "COERCE"},
		{"AGREE", "030", "AGREE"},
		{"", "010", ""},
	}
	for _, tc := range tests {
		if got := GSRCategory(tc.cat, tc.cameo); got != tc.want {
			t.Errorf("GSRCategory(%q, %q) = %q, want %q", tc.cat, tc.cameo, got, tc.want)
		}
	}
}
