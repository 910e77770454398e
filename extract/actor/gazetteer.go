package actor

import (
	"embed"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
	"github.com/chronicle-kg/chronicle/extract/text"
)

//go:embed data/*.tsv
var dataFS embed.FS

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

// The gazetteer is every name the stage knows, from the tables of data/,
// indexed for the matchers. It is loaded once and only read after.
type gazetteer struct {
	ents    []entity
	byName  map[string]int    // canonical name → entity
	forms   map[string][]form // first token → forms, longest first
	roles   map[string][]rolePhrase
	titles  map[string][]string // lower-case first word → title phrases
	anaphor map[string][]string // "alliance" → organisation names it can refer to
	terms   map[string][]int    // person's name → rows of their terms
	titled  []int               // rows of people with a title (leaders.tsv)

	agents     map[string]agentNoun // "rebels" → REB
	peoples    map[string]int       // "Kurds" → index in peopleRows
	peopleRows []people
	spellings  map[string][]spelling // normalised first name → people's names (fuzzy.go)
	lowStarts  map[string]bool       // lower-case words a matcher after formAt may start at
	stateWords map[byte][]stateWord  // states' one-word names by first byte (misspeltStateAt)
	brands     map[string]brand      // companies' names and aliases (brands.tsv), read by unknownNameAt
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
		g, err := loadGazetteer()
		if err != nil {
			panic(err) // the embedded tables are part of the program
		}
		gaz = g
	})
	return gaz
}

// rows reads a table of the embedded data (see package tsv), each row of n
// columns. A table that is not there has no rows.
func rows(name string, n int) ([][]string, error) {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return nil, nil // optional table
	}
	defer f.Close()
	return tsv.Read(f, "extract: data/"+name, n)
}

// loadGazetteer reads the tables of data/, each loader in turn (a later
// table may look up what an earlier one added), and builds the indexes.
func loadGazetteer() (*gazetteer, error) {
	// the entities and maps made about as large as the tables fill them
	// (30,000 entities, 26,000 first words of forms): grown from empty,
	// each would be copied or rehashed a dozen times
	g := &gazetteer{ents: make([]entity, 0, 1<<15), byName: make(map[string]int, 1<<15), forms: make(map[string][]form, 1<<15),
		roles: map[string][]rolePhrase{}, titles: map[string][]string{}, anaphor: map[string][]string{}}
	loaders := []func() error{g.loadCountries,
		func() error { return g.loadOrganizations("organizations.tsv") },
		func() error { return g.loadOrganizations("groups.tsv") }, // generated: internal/phoenixgen
		g.loadLeaders, g.loadPeople, g.loadRoles, g.loadTitles, g.loadAnaphora, g.loadAgents, g.loadPlaces, g.loadBrands}
	for _, load := range loaders {
		if err := load(); err != nil {
			return nil, err
		}
	}
	for k, fs := range g.forms {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].toks) > len(fs[j].toks) })
		g.forms[k] = fs
	}
	g.indexSpellings()
	g.indexStateWords()
	g.indexLowStarts()
	g.indexTerms()
	return g, nil
}

// loadBrands reads brands.tsv: companies news names by a word or two
// that no cue marks as a company's, and that the matchers of the tables
// above would cut out of longer names ("Honda" of "Keisuke Honda"), so
// they are looked up only for a whole run of capitalised words.
func (g *gazetteer) loadBrands() error {
	rs, err := rows("brands.tsv", 3)
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
	for w := range titleNouns {
		g.lowStarts[w] = true
	}
	for w := range stateAgentNouns {
		g.lowStarts[w] = true
	}
	for w := range g.roles {
		g.lowStarts[w] = true // "the government of Sudan"
	}
}

// indexTerms indexes the rows of each person's terms, and the rows of
// people with a title, once every table is loaded.
func (g *gazetteer) indexTerms() {
	g.terms = make(map[string][]int, len(g.ents))
	for i, e := range g.ents {
		if e.kind == Person {
			g.terms[e.name] = append(g.terms[e.name], i)
		}
		if e.kind == Person && e.title != "" {
			g.titled = append(g.titled, i)
		}
	}
}

// statesByCode indexes the states of the gazetteer by their CAMEO code.
func (g *gazetteer) statesByCode() map[string]int {
	byCode := map[string]int{}
	for i, e := range g.ents {
		if e.kind == Country {
			byCode[e.code] = i
		}
	}
	return byCode
}

// add adds entity e and returns its row; a name already there keeps its
// first row, which is returned.
func (g *gazetteer) add(e entity) int {
	if i, ok := g.byName[e.name]; ok {
		return i
	}
	g.ents = append(g.ents, e)
	i := len(g.ents) - 1
	g.byName[e.name] = i
	return i
}

// addForm indexes a surface form; a trailing ~ marks it ambiguous and a
// leading "the " is dropped (matched either way).
func (g *gazetteer) addForm(s string, f form) {
	if strings.HasSuffix(s, "~") {
		s, f.guarded = strings.TrimSuffix(s, "~"), true
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	toks := text.Tokenize(s, nil)
	if len(toks) == 0 {
		return
	}
	f.toks = make([]string, len(toks))
	for i, t := range toks {
		f.toks[i] = s[t.Start:t.End]
	}
	g.forms[f.toks[0]] = append(g.forms[f.toks[0]], f)
}

// loadCountries reads countries.tsv: name, CAMEO code, other names,
// demonyms, and capitals and seats, each a form of the state.
func (g *gazetteer) loadCountries() error {
	rs, err := rows("countries.tsv", 5)
	for _, r := range rs {
		e := entity{name: r[0], kind: Country, code: r[1], demonyms: tsv.Split(r[3])}
		e.aliases = append(append(append([]string{r[0]}, tsv.Split(r[2])...), tsv.Split(r[3])...), tsv.Split(r[4])...)
		i := g.add(e)
		g.addForm(r[0], form{ent: i})
		for _, a := range tsv.Split(r[2]) {
			g.addForm(a, form{ent: i})
		}
		for _, a := range tsv.Split(r[3]) {
			g.addForm(a, form{ent: i, demonym: true})
		}
		for _, a := range tsv.Split(r[4]) {
			g.addForm(a, form{ent: i})
		}
	}
	return err
}

// loadOrganizations reads a table of organizations.tsv's columns
// (organizations.tsv, and groups.tsv generated from the Phoenix dictionaries).
func (g *gazetteer) loadOrganizations(file string) error {
	rs, err := rows(file, 5)
	for _, r := range rs {
		e := entity{name: r[0], kind: Kind(r[1]), code: r[2], affiliation: r[3]}
		e.aliases = append([]string{r[0]}, tsv.Split(r[4])...)
		i := g.add(e)
		for _, a := range e.aliases {
			g.addForm(a, form{ent: i})
		}
	}
	return err
}

// holder returns the person who held title for country on day, or -1.
func (g *gazetteer) holder(country, title string, d string) int {
	for _, i := range g.titled {
		if e := g.ents[i]; e.affiliation == country && strings.EqualFold(e.title, title) &&
			(e.start == "" || e.start <= d) && (e.end == "" || d < e.end) {
			return g.byName[e.name]
		}
	}
	return -1
}

// inOffice reports whether person i held any office on day d
// (YYYY-MM-DD). A row with no dates at all (a Phoenix person's default
// code) is no term.
func (g *gazetteer) inOffice(name string, d string) bool {
	for _, i := range g.terms[name] {
		if e := g.ents[i]; (e.start != "" || e.end != "") && (e.start == "" || e.start <= d) && (e.end == "" || d < e.end) {
			return true
		}
	}
	return false
}

// termDistance is how many days from a person's term to the day on, zero
// within it.
// onDay is on as YYYY-MM-DD, which callers have at hand, so that it is not
// formatted again for each term of each person tried.
func termDistance(e entity, on time.Time, onDay string) int {
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
	if k, ok := g.byName[state]; ok && len(g.ents[k].demonyms) > 0 {
		return strings.TrimSuffix(g.ents[k].demonyms[0], "~")
	}
	return state
}
