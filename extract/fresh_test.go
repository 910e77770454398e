package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// A judged event is one that a careful reader codes in an article: its
// CAMEO root, modality, sources (or a symmetric event's participants) and
// targets, by actor name. Or, among the acceptable ones, an event the
// reader would not code but that is not wrong either (a speaker's
// statement).
type judged struct {
	root     string
	modality event.Modality
	sources  []string
	targets  []string
}

// A judgedArticle is an article of testdata and the events a careful
// reader codes in it, and those acceptable besides.
type judgedArticle struct {
	file       string
	want, okay []judged
}

// freshArticles are three articles written for this test about events
// unlike any in the development sets (a trade dispute, peace talks with a
// date, an opposition leader's arrest), with the events a careful reader
// codes in each, and those that are acceptable besides.
var freshArticles = []judgedArticle{
	{"trade.txt", []judged{
		{"11", event.Asserted, []string{"Indonesia"}, []string{"Malaysia"}},
		{"13", event.Asserted, []string{"Indonesia"}, []string{"Malaysia"}},
		{"12", event.Asserted, []string{"Tengku Zafrul Aziz"}, []string{"Indonesia"}},
		{"02", event.Asserted, []string{"European Union"}, []string{"Indonesia", "Malaysia"}},
		{"04", event.Planned, []string{"Indonesia", "Malaysia"}, nil},
		{"11", event.Negated, []string{"Thailand"}, nil}, // will not join the complaint
	}, []judged{
		{"01", event.Asserted, []string{"Tengku Zafrul Aziz"}, nil},
		{"01", event.Asserted, []string{"Indonesian Trade Ministry"}, nil},
		{"01", event.Asserted, []string{"Thailand"}, nil},
	}},
	{"talks.txt", []judged{
		{"03", event.Planned, []string{"Sudanese Army", "Rapid Support Forces"}, nil},
		{"04", event.Planned, []string{"Sudanese Army", "Rapid Support Forces"}, nil},
		{"04", event.Asserted, []string{"Saudi Arabia", "United States"}, nil}, // mediated
		{"11", event.Asserted, []string{"Sudanese Army", "Rapid Support Forces"}, nil},
		{"05", event.Asserted, []string{"Abdel Fattah el-Sisi"}, nil},
		{"04", event.Planned, []string{"Abdel Fattah el-Sisi"}, nil}, // offered to host
		{"03", event.Planned, []string{"African Union"}, nil},        // would send observers
	}, []judged{
		{"01", event.Asserted, []string{"Saudi Foreign Ministry"}, nil},
		{"01", event.Asserted, []string{"African Union"}, nil},
		{"03", event.Asserted, []string{"Abdel Fattah el-Sisi"}, nil}, // the offer itself
	}},
	{"arrest.txt", []judged{
		{"17", event.Asserted, []string{"Tanzanian Police"}, []string{"Tundu Lissu"}},
		{"11", event.Asserted, []string{"United States", "European Union"}, nil},
		{"02", event.Asserted, []string{"United States", "European Union"}, []string{"Tanzanian Government"}},
		{"08", event.Hypothetical, []string{"Tanzanian Government"}, []string{"Tundu Lissu"}},
		{"05", event.Asserted, []string{"Mahmoud Thabit Kombo"}, []string{"Tanzanian Police"}},
		{"12", event.Asserted, []string{"Kenya"}, nil},
		{"17", event.Negated, []string{"Kenya"}, []string{"Tanzania"}},
	}, []judged{
		{"01", event.Asserted, []string{"Mahmoud Thabit Kombo"}, nil},
		{"12", event.Asserted, []string{"Kenya"}, []string{"Tanzania"}},
	}},
}

// matches reports whether coded event e is j: the same CAMEO root and
// modality and exactly its sources and targets.
func (j judged) matches(e event.Event) bool {
	if e.Open || len(e.Cameo) < 2 || e.Cameo[:2] != j.root || e.Modality != j.modality {
		return false
	}
	var src, tgt []string
	for _, p := range e.Actors {
		switch p.Role {
		case event.Target:
			tgt = append(tgt, p.Name)
		case event.Reporter:
			// who reports the act takes no part in it
		default:
			src = append(src, p.Name)
		}
	}
	return sameSet(src, j.sources) && sameSet(tgt, j.targets)
}

// TestFreshArticles reads the three articles and scores the coded events
// against the judgement: the share of the reader's events found with the
// right participants, and the share of the events emitted that are
// neither the reader's nor acceptable. Issue 11 asks for 80% found and
// at most 20% wrong; this test holds the figures reached so far so that
// no change loses them unnoticed, and logs every miss and every wrong
// event.
func TestFreshArticles(t *testing.T) {
	found, want, wrong, emitted := scoreArticles(t, "fresh", freshArticles)
	t.Logf("found %d of %d events a reader codes; %d of %d emitted wrong", found, want, wrong, emitted)
	// issue 11's bar: 80% found, at most a fifth of those emitted wrong
	// (16 of 20 and 4 of 28 when last changed)
	if found*100 < want*80 || wrong*100 > emitted*20 {
		t.Errorf("found %d of %d, %d of %d emitted wrong: below the figures reached before", found, want, wrong, emitted)
	}
}

// scoreArticles reads each article of testdata/dir and counts the reader's
// events found with exactly their participants, and the coded events
// emitted that are neither the reader's nor acceptable, logging each.
func scoreArticles(t *testing.T, dir string, articles []judgedArticle) (found, want, wrong, emitted int) {
	t.Helper()
	for _, a := range articles {
		data, err := os.ReadFile(filepath.Join("testdata", dir, a.file))
		if err != nil {
			t.Fatal(err)
		}
		art, err := extract.ReadText(a.file, data, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		r := extract.Extract(art)
		var coded []event.Event
		for _, e := range r.Events {
			if !e.Open {
				coded = append(coded, e)
			}
		}
		for _, j := range a.want {
			want++
			if slices.ContainsFunc(coded, j.matches) {
				found++
			} else {
				t.Logf("%s: missed %+v", a.file, j)
			}
		}
		for _, e := range coded {
			emitted++
			ok := func(j judged) bool { return j.matches(e) }
			if !slices.ContainsFunc(a.want, ok) && !slices.ContainsFunc(a.okay, ok) {
				wrong++
				t.Logf("%s: wrong %s", a.file, describe(e))
			}
		}
	}
	return found, want, wrong, emitted
}

func describe(e event.Event) string {
	var ps []string
	for _, p := range e.Actors {
		ps = append(ps, p.Name+"/"+string(p.Role))
	}
	return fmt.Sprintf("%s %s %s [%s] %q", e.Type, e.Cameo, e.Modality, strings.Join(ps, ", "), e.Trigger)
}
