package actor

import (
	"embed"
	"slices"
	"sort"
	"strings"
	"sync"

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

// A role is a government body attached to a state ("defense ministry").
type role struct {
	name, code string
}

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
}

type rolePhrase struct {
	toks []string // lower case
	role role
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

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

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{byName: map[string]int{}, forms: map[string][]form{}, roles: map[string][]rolePhrase{},
		titles: map[string][]string{}, anaphor: map[string][]string{}}
	loaders := []func() error{g.loadCountries,
		func() error { return g.loadOrganizations("organizations.tsv") },
		func() error { return g.loadOrganizations("groups.tsv") }, // generated: internal/phoenixgen
		g.loadLeaders, g.loadPeople, g.loadRoles, g.loadTitles, g.loadAnaphora, g.loadAgents, g.loadPlaces}
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
	// the lower-case words the matchers after formAt start at: a group's
	// noun, "ethnic", a determiner of an anaphor, a title noun
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
	g.terms = map[string][]int{}
	for i, e := range g.ents {
		if e.kind == Person {
			g.terms[e.name] = append(g.terms[e.name], i)
		}
		if e.kind == Person && e.title != "" {
			g.titled = append(g.titled, i)
		}
	}
	return g, nil
}

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

func (g *gazetteer) loadLeaders() error {
	rs, err := rows("leaders.tsv", 6)
	for _, r := range rs {
		e := entity{name: r[0], kind: Person, affiliation: r[1], title: r[2], start: r[3], end: r[4]}
		e.aliases = append([]string{r[0]}, tsv.Split(r[5])...)
		if _, ok := g.byName[r[0]]; ok {
			// another office of the same person: a row of its own, found
			// through g.terms and g.titled once every table is loaded
			g.ents = append(g.ents, e)
			continue
		}
		i := g.add(e)
		for _, a := range e.aliases {
			g.addForm(a, form{ent: i})
			if sur := surname(a); sur != a && !commonSurname[sur] {
				g.addForm(sur, form{ent: i, surname: true})
			}
		}
	}
	g.markSharedSurnames()
	return err
}

// commonSurname lists surnames that are common words or months: "May",
// "Rice" (words.txt).
var commonSurname = lexicon.Set("common-surnames")

// markSharedSurnames marks surnames borne by two or more people: they
// resolve only to a person already named in full in the article.
func (g *gazetteer) markSharedSurnames() {
	for k, fs := range g.forms {
		people := map[int]bool{}
		for _, f := range fs {
			if f.surname && len(f.toks) > 0 {
				people[f.ent] = true
			}
		}
		if len(people) < 2 {
			continue
		}
		for j := range fs {
			if fs[j].surname {
				fs[j].shared = true
			}
		}
		g.forms[k] = fs
	}
}

// loadPeople reads people.tsv, the people of the Phoenix dictionary: each
// row a coded period of a person, whose state is the country whose code
// begins the row's code and whose code is the row's (kept by codeOf).
// Rows with the same name are one person, as in leaders.tsv: the first is
// the entity, the other dated rows further terms for inOffice (an undated
// row, Phoenix's default code, is no term). A name another table holds is
// that table's. Surnames are derived as for leaders but all marked shared:
// among seventeen thousand people, most of them ministers of small states,
// a surname alone ("Some", "Key", "Day", "Woods") is far more often someone
// else, so it names a Phoenix person only once the article has named them
// in full. Their surname forms go before the others of the same surname,
// so a surname goes to such a person when named, and otherwise, as before,
// to a leader in office.
func (g *gazetteer) loadPeople() error {
	rs, err := rows("people.tsv", 5)
	if len(rs) == 0 {
		return err
	}
	states := map[string]string{} // code → country
	for _, e := range g.ents {
		if e.kind == Country {
			states[e.code] = e.name
		}
	}
	mine := map[int]bool{} // entities of this table
	keys := map[string]bool{}
	for _, r := range rs {
		aff := states[r[1][:min(6, len(r[1]))]]
		if aff == "" && len(r[1]) >= 3 {
			aff = states[r[1][:3]]
		}
		if aff == "" {
			continue
		}
		e := entity{name: r[0], kind: Person, code: r[1], affiliation: aff, start: r[2], end: r[3]}
		if i, ok := g.byName[r[0]]; ok {
			if mine[i] && (e.start != "" || e.end != "") { // another term of the same person
				g.ents = append(g.ents, e)
			}
			continue
		}
		e.aliases = append([]string{r[0]}, tsv.Split(r[4])...)
		i := g.add(e)
		mine[i] = true
		var surnames []string
		for _, a := range e.aliases {
			g.addForm(a, form{ent: i})
			sur := surname(a)
			if familyNameFirst[r[1][:min(3, len(r[1]))]] {
				sur = strings.Fields(r[0])[0] // "Hu Jintao", "Kim Dae Jung"
			}
			if sur != a && !commonSurname[sur] && len([]rune(sur)) > 1 && !slices.Contains(surnames, sur) { // not "I Jen Chiou"'s "I"
				surnames = append(surnames, sur)
				g.addForm(sur, form{ent: i, surname: true, shared: true})
				keys[strings.Fields(sur)[0]] = true
			}
		}
	}
	for k := range keys {
		var ours, out []form
		at := -1 // where the others' surnames begin
		for _, f := range g.forms[k] {
			switch {
			case f.surname && mine[f.ent]:
				ours = append(ours, f)
				continue
			case f.surname && at < 0:
				at = len(out)
			}
			out = append(out, f)
		}
		if at < 0 {
			at = len(out)
		}
		g.forms[k] = append(append(append(make([]form, 0, len(out)+len(ours)), out[:at]...), ours...), out[at:]...)
	}
	return err
}

// familyNameFirst lists the states (CAMEO codes) whose people's names
// begin with the family name: "Hu Jintao" (words.txt).
var familyNameFirst = lexicon.Set("family-name-first")

func (g *gazetteer) loadRoles() error {
	rs, err := rows("roles.tsv", 3)
	for _, r := range rs {
		for _, p := range tsv.Split(r[2]) {
			var toks []string
			for _, t := range text.Tokenize(p, nil) {
				toks = append(toks, strings.ToLower(p[t.Start:t.End]))
			}
			if len(toks) > 0 {
				g.roles[toks[0]] = append(g.roles[toks[0]], rolePhrase{toks: toks, role: role{name: r[0], code: r[1]}})
			}
		}
	}
	for k, ps := range g.roles {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		g.roles[k] = ps
	}
	return err
}

// loadTitles reads the titles that name an office holder ("President",
// "Foreign Minister") from the leaders table.
func (g *gazetteer) loadTitles() error {
	seen := map[string]bool{}
	for _, e := range g.ents {
		if e.title == "" || seen[e.title] {
			continue
		}
		seen[e.title] = true
		first := strings.ToLower(strings.Fields(e.title)[0])
		g.titles[first] = append(g.titles[first], e.title)
	}
	return nil
}

func (g *gazetteer) loadAnaphora() error {
	rs, err := rows("anaphora.tsv", 2)
	for _, r := range rs {
		g.anaphor[strings.ToLower(r[0])] = tsv.Split(r[1])
	}
	return err
}

// surname returns a person's family name: the last word, without a
// regnal number or suffix, with its particles ("von der Leyen", "Le Drian").
func surname(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && nameSuffix[strings.TrimSuffix(f[len(f)-1], ".")] {
		f = f[:len(f)-1]
	}
	if len(f) < 2 {
		return name
	}
	i := len(f) - 1
	for i > 1 && nameParticle[strings.ToLower(f[i-1])] {
		i--
	}
	return strings.Join(f[i:], " ")
}

// The words around a surname (words.txt).
var (
	nameSuffix   = lexicon.Set("name-suffixes")  // "Jr", "II": after the surname, not of it
	nameParticle = lexicon.Set("name-particles") // "von", "bin": of the surname after them
)

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

// adjective returns the word names of a state's bodies and groups are
// built from: its first demonym ("Russian"), else its name ("New
// Zealand").
func (g *gazetteer) adjective(state string) string {
	if k, ok := g.byName[state]; ok && len(g.ents[k].demonyms) > 0 {
		return strings.TrimSuffix(g.ents[k].demonyms[0], "~")
	}
	return state
}
