package plover

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract"
	cameopkg "github.com/chronicle-kg/chronicle/extract/cameo"
)

// MappingFile is the name of the CAMEO-to-PLOVER conversion table in the
// PLOVER repository, which the GSR's folder holds beside it.
const MappingFile = "CAMEO2PLOVER-2021.txt"

// A Mapping gives the PLOVER categories of CAMEO event codes, as the
// conversion table does: most codes have one; a root may have two ("08"
// is CONCEDE and RETREAT, its codes split between them).
type Mapping map[string][]string

// LoadMapping reads the conversion table at path; see [ReadMapping].
func LoadMapping(path string) (Mapping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, extract.FileError(path, err)
	}
	defer f.Close()
	return ReadMapping(path, f)
}

// ReadMapping reads a conversion table named name from r. Each line is
//
//	0873: RETREAT, disarm, military # Demobilize armed forces
//
// a CAMEO code, a colon, the PLOVER category, then the mode and context
// that are not used here, and a comment after #. A root is a code of two
// digits ("03: AGREE"). Blank lines, comments and lines of tildes are
// skipped. A line of another shape is an [extract.InputError] at it.
func ReadMapping(name string, r io.Reader) (Mapping, error) {
	m := Mapping{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" || strings.Trim(line, "~") == "" {
			continue
		}
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		cat, _, _ := strings.Cut(rest, ",")
		cat = strings.TrimSpace(cat)
		if !ok || !isCameo(code) || !isCategory(cat) {
			return nil, &extract.InputError{Name: name, Line: n, Err: fmt.Errorf("want CODE: CATEGORY, …, not %q", line)}
		}
		if !slices.Contains(m[code], cat) {
			m[code] = append(m[code], cat)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &extract.InputError{Name: name, Err: err}
	}
	return m, nil
}

// isCameo reports whether s is shaped like a CAMEO event code: two to four
// digits.
func isCameo(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isCategory reports whether s is shaped like a PLOVER category: capital
// letters.
func isCategory(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// Category returns the PLOVER category of the CAMEO code cameo: that of
// the longest code in m that begins it ("0873" for 0873, the root "08"
// for 089), the first listed if that code has two, or "" if none does.
func (m Mapping) Category(cameo string) string {
	if cats := m.Categories(cameo); len(cats) > 0 {
		return cats[0]
	}
	return ""
}

// Categories returns every PLOVER category that the longest code in m
// beginning cameo has, in the table's order.
func (m Mapping) Categories(cameo string) []string {
	cameo = strings.TrimSpace(cameo)
	for n := len(cameo); n >= 2; n-- {
		if cats, ok := m[cameo[:n]]; ok {
			return cats
		}
	}
	return nil
}

// GSRCategory renames a PLOVER 0.8 (2021) category, given its event's
// CAMEO code, to the PLOVER 0.5 (2016) name the GSR uses: REQUEST is
// DEMAND; ACCUSE is INVESTIGATE for CAMEO 09 and DISAPPROVE otherwise;
// ASSAULT is FIGHT for CAMEO 19, conventional military force. Other
// categories are the same in both.
func GSRCategory(category, cameo string) string {
	switch category {
	case "REQUEST":
		return "DEMAND"
	case "ACCUSE":
		if cameopkg.RootOf(cameo) == cameopkg.Investigate {
			return "INVESTIGATE"
		}
		return "DISAPPROVE"
	case "ASSAULT":
		if cameopkg.RootOf(cameo) == cameopkg.Fight {
			return "FIGHT"
		}
	}
	return category
}
