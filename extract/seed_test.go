package extract_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// gold is the shape of testdata/seed.gold.json, a copy of the project's
// shared/gold/seed.json: what a correct reading of the seed article yields.
type gold struct {
	DCT   string `json:"dct"`
	Timex []struct {
		Text, Type, Value, Mod string
	} `json:"timex"`
	Actors []struct {
		Name, Kind, Code, Affiliation string
		Mentions                      []string
		Aliases                       []string
	} `json:"actors"`
	Events []struct {
		Type       string
		Cameo      string
		AnyOfCameo []string `json:"any_of_cameo"`
		Parts      struct {
			Source, Target, Participants []string
			AnyOfExtra                   [][]string `json:"any_of_extra"`
		} `json:"participants"`
		When struct {
			Value, Mod, Relation string
		}
		Modality string
		Evidence string
	} `json:"events"`
}

func readSeed(tb testing.TB) (*extract.Result, gold) {
	tb.Helper()
	data, err := os.ReadFile("../testdata/news/seed.txt")
	if err != nil {
		tb.Fatal(err)
	}
	a, err := extract.ReadText("seed.txt", data, time.Time{})
	if err != nil {
		tb.Fatal(err)
	}
	var g gold
	b, err := os.ReadFile("../testdata/seed.gold.json")
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		tb.Fatal(err)
	}
	return extract.Extract(a), g
}

func TestSeedTimex(t *testing.T) {
	r, g := readSeed(t)
	if r.DCT != g.DCT {
		t.Fatalf("dct = %s, want %s", r.DCT, g.DCT)
	}
	for _, w := range g.Timex {
		t.Run(w.Text, func(t *testing.T) {
			for _, x := range r.Timex {
				if x.Text == w.Text {
					if string(x.Type) != w.Type || x.Value != w.Value || x.Mod != w.Mod {
						t.Errorf("%q = %s %s %s, want %s %s %s", w.Text, x.Type, x.Value, x.Mod, w.Type, w.Value, w.Mod)
					}
					return
				}
			}
			t.Errorf("%q not found", w.Text)
		})
	}
}

func TestSeedActors(t *testing.T) {
	r, g := readSeed(t)
	for _, w := range g.Actors {
		t.Run(w.Name, func(t *testing.T) {
			i := slices.IndexFunc(r.Actors, func(a actor.Actor) bool { return a.Name == w.Name })
			if i < 0 {
				t.Fatalf("actor %q not found", w.Name)
			}
			a := r.Actors[i]
			if string(a.Kind) != w.Kind {
				t.Errorf("kind = %q, want %q", a.Kind, w.Kind)
			}
			if w.Code != "" && !strings.HasPrefix(a.Code, w.Code) {
				t.Errorf("code = %q, want %q", a.Code, w.Code)
			}
			if a.Affiliation != w.Affiliation {
				t.Errorf("affiliation = %q, want %q", a.Affiliation, w.Affiliation)
			}
			for _, m := range w.Mentions {
				if !slices.ContainsFunc(a.Mentions, func(x actor.Mention) bool {
					return containsFold(x.Text, m)
				}) {
					t.Errorf("mention %q not resolved to %s; have %v", m, a.Name, a.Mentions)
				}
			}
			for _, al := range w.Aliases {
				if !slices.Contains(a.Aliases, al) {
					t.Errorf("alias %q missing", al)
				}
			}
		})
	}
}

func TestSeedEvents(t *testing.T) {
	r, g := readSeed(t)
	for _, w := range g.Events {
		t.Run(w.Type+"/"+w.When.Value, func(t *testing.T) {
			var why []string
			for _, e := range r.Events {
				if e.Type != w.Type || !strings.Contains(norm(e.Evidence), norm(w.Evidence)) {
					continue
				}
				problem := eventMismatch(e, w.Cameo, w.AnyOfCameo, w.Parts.Source, w.Parts.Target, w.Parts.Participants, w.Parts.AnyOfExtra, w.When.Value, w.When.Mod, w.Modality)
				if problem == "" {
					return
				}
				why = append(why, problem)
			}
			t.Errorf("no %s event for %q; candidates: %v", w.Type, w.Evidence, why)
		})
	}
}

// containsFold reports whether a mention's text holds the gold mention,
// ignoring case and the form of apostrophes: "President Joe Biden" holds
// "Joe Biden", "Russia’s" holds "Russia's".
func containsFold(mention, want string) bool {
	r := strings.NewReplacer("’", "'")
	return strings.Contains(strings.ToLower(r.Replace(mention)), strings.ToLower(r.Replace(want)))
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

func names(e event.Event, role event.Role) []string {
	var out []string
	for _, p := range e.Actors {
		if p.Role == role {
			out = append(out, p.Name)
		}
	}
	return out
}

func eventMismatch(e event.Event, cameo string, anyOf, src, tgt, parts []string, extra [][]string, value, mod, modality string) string {
	if e.Cameo != cameo && !slices.Contains(anyOf, e.Cameo) && !strings.HasPrefix(e.Cameo, cameo) {
		return "cameo " + e.Cameo
	}
	if got := names(e, event.Source); !sameSet(got, src) {
		return "source " + strings.Join(got, ",")
	}
	if got := names(e, event.Target); len(tgt) > 0 && !sameSet(got, tgt) {
		return "target " + strings.Join(got, ",")
	}
	if len(parts) > 0 {
		got := names(e, event.Symmetric)
		ok := sameSet(got, parts)
		for _, x := range extra {
			ok = ok || sameSet(got, append(slices.Clone(parts), x...))
		}
		if !ok {
			return "participants " + strings.Join(got, ",")
		}
	}
	if e.Date != value || e.Mod != mod {
		return "date " + e.Date + " " + e.Mod
	}
	if string(e.Modality) != modality {
		return "modality " + string(e.Modality)
	}
	return ""
}

func sameSet(a, b []string) bool {
	a, b = slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))
	return slices.Equal(a, b)
}
