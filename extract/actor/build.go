package actor

import (
	"io/fs"
	"sort"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// A builder is the gazetteer's names as the loaders make them from the
// tables of data/, row by row, into Go maps: the entities, their forms
// and the indexes over them. It runs when data/gazetteer.bin is made (go
// generate, see compact.go) and in the test that checks that file is
// up to date; the program reads the file, not the tables.
type builder struct {
	fsys       fs.FS // the folder of the tables
	ents       []entity
	byName     map[string]int        // canonical name → entity
	forms      map[string][]form     // first token → forms, longest first
	terms      map[string][]int      // person's name → rows of their terms
	titled     []int                 // rows of people with a title (leaders.tsv)
	spellings  map[string][]spelling // normalised first name → people's names (fuzzy.go)
	stateWords map[byte][]stateWord  // states' one-word names by first byte (misspeltStateAt)
}

// buildGazetteer reads the tables of fsys (data/), each loader in turn (a
// later table may look up what an earlier one added), and builds the
// indexes.
func buildGazetteer(fsys fs.FS) (*builder, error) {
	// the entities and maps made about as large as the tables fill them
	// (30,000 entities, 26,000 first words of forms): grown from empty,
	// each would be copied or rehashed a dozen times
	g := &builder{fsys: fsys, ents: make([]entity, 0, 1<<15), byName: make(map[string]int, 1<<15), forms: make(map[string][]form, 1<<15)}
	loaders := []func() error{g.loadCountries,
		func() error { return g.loadOrganizations("organizations.tsv") },
		func() error { return g.loadOrganizations("groups.tsv") }, // generated: internal/phoenixgen
		g.loadLeaders, g.loadPeople, g.loadPlaces}
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
	g.indexTerms()
	return g, nil
}

// rows reads the table called name in fsys (see package tsv), each row
// of n columns. A table that is not there has no rows.
func rows(fsys fs.FS, name string, n int) ([][]string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, nil // optional table
	}
	defer f.Close()
	return tsv.Read(f, "extract: data/"+name, n)
}

// rows reads a table of the builder's folder.
func (g *builder) rows(name string, n int) ([][]string, error) { return rows(g.fsys, name, n) }

// indexTerms indexes the rows of each person's terms, and the rows of
// people with a title, once every table is loaded.
func (g *builder) indexTerms() {
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
func (g *builder) statesByCode() map[string]int {
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
func (g *builder) add(e entity) int {
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
func (g *builder) addForm(s string, f form) {
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
func (g *builder) loadCountries() error {
	rs, err := g.rows("countries.tsv", 5)
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
func (g *builder) loadOrganizations(file string) error {
	rs, err := g.rows(file, 5)
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
