package actor

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
)

// The gazetteer's data: its names in the compact form made from the
// tables of data/ (gazetteer.bin, see compact.go), and the small tables
// read as they are when the gazetteer is first used.
var (
	//go:embed data/gazetteer.bin
	gazetteerBin string
	//go:embed data/agents.tsv data/anaphora.tsv data/brands.tsv data/peoples.tsv data/roles.tsv
	dataFS embed.FS
)

// An entity is one row of the gazetteer.
type entity struct {
	name, code, affiliation string
	kind                    Kind
	aliases                 []string // every surface form, the name first
	demonyms                []string // adjectival forms, first the one names are built from
	title                   string   // office, for people
	start, end              string   // term, for office holders (YYYY-MM-DD, "" open)
}

// A form is a surface form of an entity as a sequence of tokens.
type form struct {
	toks    []string
	ent     int
	demonym bool   // "Russian": may head a role or a title
	surname bool   // a person's last name: only when the person is in office or named in full
	guarded bool   // ambiguous as a common word: only capitalised and not sentence-initial
	shared  bool   // a surname of several people
	place   bool   // a place of the state (places.tsv): only from until until (YYYY-MM-DD, "" open)
	from    string // the first day the place was the state's
	until   string // the day it stopped being the state's
}

// The gazetteer is every name the stage knows, indexed for the matchers:
// the names of data/gazetteer.bin, used where they lie, and the small
// tables beside them. It is loaded once and only read after.
type gazetteer struct {
	*names                          // entities, their forms and terms (compact.go)
	titled  []int                   // rows of people with a title (leaders.tsv)
	roles   map[string][]rolePhrase // lower-case first word → role phrases
	titles  map[string][]string     // lower-case first word → title phrases
	anaphor map[string][]string     // "alliance" → organisation names it can refer to

	agents     map[string]agentNoun // "rebels" → REB
	peoples    map[string]int       // "Kurds" → index in peopleRows
	peopleRows []people
	lowStarts  map[string]bool      // lower-case words a matcher after formAt may start at
	stateWords map[byte][]stateWord // states' one-word names by first byte (misspeltStateAt)
	brands     map[string]brand     // companies' names and aliases (brands.tsv), read by unknownNameAt
}

// A brand is a company of brands.tsv as one of its names finds it.
type brand struct {
	name, code string
	guarded    bool // a word too ("Apple~"): not opening a sentence
}

// The gazetteer, loaded on first use.
var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// gazetteerInstance returns the gazetteer, loading it on first use.
func gazetteerInstance() *gazetteer {
	gazOnce.Do(func() {
		g, err := loadGazetteer(gazetteerBin)
		if err != nil {
			panic(err) // the embedded tables are part of the program
		}
		gaz = g
	})
	return gaz
}

// loadGazetteer opens the compact form of the names in data and reads
// the small tables of dataFS.
func loadGazetteer(data string) (*gazetteer, error) {
	n, err := openNames(data)
	if err != nil {
		return nil, fmt.Errorf("extract: data/gazetteer.bin: %w", err)
	}
	g := &gazetteer{names: n, titled: n.titledRows(), stateWords: n.stateWordIndex(),
		roles: map[string][]rolePhrase{}, titles: map[string][]string{}, anaphor: map[string][]string{}}
	for _, load := range []func() error{g.loadRoles, g.loadTitles, g.loadAnaphora, g.loadAgents, g.loadBrands} {
		if err := load(); err != nil {
			return nil, err
		}
	}
	g.indexLowStarts()
	return g, nil
}

// rows reads a small table of the embedded data.
func (g *gazetteer) rows(name string, n int) ([][]string, error) {
	return rows(dataFS, "data/"+name, n)
}

// loadBrands reads brands.tsv: companies news names by a word or two
// that no cue marks as a company's, and that the matchers of the tables
// above would cut out of longer names ("Honda" of "Keisuke Honda"), so
// they are looked up only for a whole run of capitalised words.
func (g *gazetteer) loadBrands() error {
	rs, err := g.rows("brands.tsv", 3)
	if err != nil {
		return err
	}
	g.brands = map[string]brand{}
	for _, r := range rs {
		name := strings.TrimSuffix(r[0], "~")
		for _, f := range append([]string{r[0]}, tsv.Split(r[2])...) {
			g.brands[strings.TrimSuffix(f, "~")] = brand{name: name, code: r[1], guarded: strings.HasSuffix(f, "~")}
		}
	}
	return nil
}

// indexLowStarts indexes the lower-case words the matchers after formAt
// start at: a group's noun, "ethnic", a determiner of an anaphor, a title
// noun, a state's people or body ("the government of Sudan").
func (g *gazetteer) indexLowStarts() {
	g.lowStarts = map[string]bool{"ethnic": true, "the": true, "this": true, "a": true, "an": true}
	for w := range g.agents {
		g.lowStarts[w] = true
	}
	for w := range titleNouns() {
		g.lowStarts[w] = true
	}
	for w := range stateAgentNouns() {
		g.lowStarts[w] = true
	}
	for w := range g.roles {
		g.lowStarts[w] = true // "the government of Sudan"
	}
}

// holder returns the person who held title for country on day, or -1.
func (g *gazetteer) holder(country, title string, d string) int {
	for _, i := range g.titled {
		if e := g.ent(i); e.affiliation == country && strings.EqualFold(e.title, title) &&
			(e.start == "" || e.start <= d) && (e.end == "" || d < e.end) {
			k, _ := g.row(e.name)
			return k
		}
	}
	return -1
}

// inOffice reports whether person i held any office on day d
// (YYYY-MM-DD). A row with no dates at all (a Phoenix person's default
// code) is no term.
func (g *gazetteer) inOffice(name string, d string) bool {
	for _, i := range g.termsOf(name) {
		if e := g.ent(i); (e.start != "" || e.end != "") && (e.start == "" || e.start <= d) && (e.end == "" || d < e.end) {
			return true
		}
	}
	return false
}

// termDistance is how many days from a person's term to the day on, zero
// within it.
// onDay is on as YYYY-MM-DD, which callers have at hand, so that it is not
// formatted again for each term of each person tried.
func termDistance(e *entity, on time.Time, onDay string) int {
	d := onDay
	switch {
	case e.start != "" && d < e.start:
		t, _ := time.Parse("2006-01-02", e.start)
		return int(t.Sub(on).Hours() / 24)
	case e.end != "" && d >= e.end:
		t, _ := time.Parse("2006-01-02", e.end)
		return int(on.Sub(t).Hours() / 24)
	}
	return 0
}

// adjective returns the word names of a state's bodies and groups are
// built from: its first demonym ("Russian"), else its name ("New
// Zealand").
func (g *gazetteer) adjective(state string) string {
	if k, ok := g.row(state); ok && len(g.ent(k).demonyms) > 0 {
		return strings.TrimSuffix(g.ent(k).demonyms[0], "~")
	}
	return state
}
