package timeline

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func line(order int, anchor string, mentions ...string) Line {
	return Line{Order: order, Anchor: anchor, Mentions: mentions}
}

// TestCompare checks the measure on hand-made timelines: the same
// timeline scores 1, a reversed order loses the before-relations, an
// unanchored line counts for nothing, and simultaneity through the
// anchor date is entailed whatever line holds the mention.
func TestCompare(t *testing.T) {
	gold := Timeline{Entity: "X", Lines: []Line{
		line(0, "XXXX-XX-XX", "d-1-left"),
		line(1, "2010-06-07", "d-2-unveiled", "e-3-unveiled"),
		line(2, "2010-06-08", "d-5-has"),
		line(2, "2010-06-08", "d-6-uses"),
		line(3, "2011", "d-9-died"),
	}}
	// reduced gold: unveiled=unveiled, unveiled=t:2010-06-07, has=t:2010-06-08,
	// uses=t:2010-06-08, has=uses, unveiled<has, has<died, died=t:2011
	tests := []struct {
		name              string
		sys               Timeline
		right, all, found int
	}{
		{"same", gold, 8, 8, 8},
		{"reversed", Timeline{Lines: []Line{
			line(1, "2011", "d-9-died"),
			line(2, "2012", "d-5-has"),
		}}, 1, 3, 1}, // only "died" on 2011 holds
		{"unanchored only", Timeline{Lines: []Line{line(0, "XXXX-XX-XX", "d-2-unveiled", "d-5-has")}}, 0, 0, 0},
		{"one mention of a line, the other day's", Timeline{Lines: []Line{
			line(1, "2010-06-07", "e-3-unveiled"),
			line(2, "2010-06-08", "d-6-uses"),
		}}, 3, 3, 1}, // right: e=t:06-07, uses=t:06-08, e<uses; found: uses=t (the gold's line is reduced through its first mention)
	}
	for _, tc := range tests {
		s := Compare(gold, tc.sys)
		if s.SysRight != tc.right || s.SysRelations != tc.all || s.GoldFound != tc.found || s.GoldRelations != 8 {
			t.Errorf("%s: ours right %d/%d, gold found %d/%d; want %d/%d, %d/8", tc.name, s.SysRight, s.SysRelations, s.GoldFound, s.GoldRelations, tc.right, tc.all, tc.found)
		}
	}
}

// TestSameEntity checks how an actor's name is matched to a target
// entity: case, plural and leading words aside, but never another model.
func TestSameEntity(t *testing.T) {
	for _, tc := range []struct {
		name, entity string
		want         bool
	}{
		{"iTunes Store", "iTunes store", true},
		{"Apple Corps", "Beatles Apple Corps", true},
		{"iPods", "iPod", true},
		{"iPhone", "iPhone 4", false},
		{"iPhone 3G", "iPhone 4", false},
		{"Steve Jobs", "Steve Jobs", true},
		{"Jobs", "Steve Jobs", true},
		{"Apple", "Beatles Apple Corps", false},
	} {
		if got := SameEntity(tc.name, tc.entity); got != tc.want {
			t.Errorf("SameEntity(%q, %q) = %t, want %t", tc.name, tc.entity, got, tc.want)
		}
	}
}

// trial is the SemEval-2015 TimeLine trial data beside the module.
const trial = "../../../../shared/corpora/timeline-trial"

// trialData reads the trial corpus and its gold timelines, skipping t
// without them.
func trialData(t *testing.T) ([]Doc, []Timeline) {
	t.Helper()
	if _, err := os.Stat(trial); err != nil {
		t.Skipf("no TimeLine trial data at %s: %v", trial, err)
	}
	docs, err := ReadCorpus(trial)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadGold(filepath.Join(trial, "gold_timelines"))
	if err != nil {
		t.Fatal(err)
	}
	return docs, gold
}

// TestTrial reads the trial corpus and its gold timelines, skipping
// without them, and checks that every gold mention names a token of its
// document: the reader numbers sentences and words as the task does.
func TestTrial(t *testing.T) {
	docs, gold := trialData(t)
	if len(docs) != 30 || len(gold) != 6 {
		t.Fatalf("%d documents and %d timelines, want 30 and 6", len(docs), len(gold))
	}
	words := map[string]bool{}
	for _, d := range docs {
		if d.DCT.IsZero() {
			t.Errorf("%s: no creation time", d.ID)
		}
		for _, tk := range d.Toks {
			words[d.ID+"-"+strconv.Itoa(tk.Sent)+"-"+tk.Form] = true
		}
	}
	// a phrase is written with underscores ("showed_off"): its first
	// word is a token; a few gold mentions name no token at all
	// ("18315-8-this"), so most, not all, must
	n, bad := 0, 0
	for _, tl := range gold {
		for _, l := range tl.Lines {
			for _, m := range l.Mentions {
				n++
				if first, _, _ := strings.Cut(m, "_"); !words[first] {
					bad++
					t.Logf("%s: mention %s names no token", tl.Entity, m)
				}
			}
		}
	}
	if bad*50 > n {
		t.Errorf("%d of %d gold mentions name no token", bad, n)
	}
}

// TestTrialScore extracts and ingests the trial corpus and checks that
// the timelines score what the README states, within half a point: F1
// 32.3.
func TestTrialScore(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 30 articles")
	}
	docs, gold := trialData(t)
	r, err := Evaluate(context.Background(), gold, Read(docs))
	if err != nil {
		t.Fatal(err)
	}
	if f := 100 * r.Total.F1(); f < 31.8 || f > 32.8 {
		t.Errorf("F1 %.1f, the README states 32.3", f)
	}
}
