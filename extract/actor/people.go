package actor

import (
	"slices"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
)

// People: the heads of state and government and foreign ministers of
// data/leaders.tsv with their terms, the people of the Phoenix dictionary
// (data/people.tsv), and the surnames that name them alone.

// loadLeaders reads leaders.tsv: a person, their state, title and term,
// and other names. A person of several offices has a row for each; each
// name and, unless common, its surname are forms of the person.
func (g *builder) loadLeaders() error {
	rs, err := g.rows("leaders.tsv", 6)
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
			if sur := surname(a); sur != a && loneSurname(sur) {
				g.addForm(sur, form{ent: i, surname: true})
			}
		}
	}
	g.markSharedSurnames()
	return err
}

// commonSurname lists surnames that are common words or months: "May",
// "Rice" (words.txt).
var commonSurname = sync.OnceValue(func() map[string]bool { return lexicon.Set("common-surnames") })

// loneSurname reports whether surname sur, alone, may name its bearer:
// not a common word ("Brown") nor a word that opens sentences ("In", of
// "Moon Jae In").
func loneSurname(sur string) bool {
	return !commonSurname()[sur] && !notNames()[strings.ToLower(sur)]
}

// markSharedSurnames marks surnames borne by two or more people: they
// resolve only to a person already named in full in the article.
func (g *builder) markSharedSurnames() {
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
func (g *builder) loadPeople() error {
	rs, err := g.rows("people.tsv", 5)
	if len(rs) == 0 {
		return err
	}
	states := g.statesByCode()
	mine := map[int]bool{}    // entities of this table
	keys := map[string]bool{} // the first words of their surnames
	for _, r := range rs {
		aff := g.phoenixState(states, r[1])
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
		g.addPhoenixForms(i, e, keys)
	}
	for k := range keys {
		g.surnamesFirst(k, mine)
	}
	return err
}

// phoenixState returns the name of the state of a Phoenix code, the
// state whose code (in states, see statesByCode) is its first six letters,
// else its first three; or "".
func (g *builder) phoenixState(states map[string]int, code string) string {
	if i, ok := states[code[:min(6, len(code))]]; ok {
		return g.ents[i].name
	}
	if len(code) >= 3 {
		if i, ok := states[code[:3]]; ok {
			return g.ents[i].name
		}
	}
	return ""
}

// addPhoenixForms indexes the names of e, entity i of people.tsv, and
// their surnames, shared, noting the first word of each surname in keys.
func (g *builder) addPhoenixForms(i int, e entity, keys map[string]bool) {
	var surnames []string
	for _, a := range e.aliases {
		g.addForm(a, form{ent: i})
		sur := surname(a)
		if familyNameFirst()[e.code[:min(3, len(e.code))]] {
			sur = strings.Fields(e.name)[0] // "Hu Jintao", "Kim Dae Jung"
		}
		if sur != a && loneSurname(sur) && len([]rune(sur)) > 1 && !slices.Contains(surnames, sur) { // not "I Jen Chiou"'s "I"
			surnames = append(surnames, sur)
			g.addForm(sur, form{ent: i, surname: true, shared: true})
			keys[strings.Fields(sur)[0]] = true
		}
	}
}

// surnamesFirst moves the surname forms of the people of people.tsv
// (mine) among the forms under first word k before the other surnames
// there, keeping every other form where it was.
func (g *builder) surnamesFirst(k string, mine map[int]bool) {
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

// familyNameFirst lists the states (CAMEO codes) whose people's names
// begin with the family name: "Hu Jintao" (words.txt).
var familyNameFirst = sync.OnceValue(func() map[string]bool { return lexicon.Set("family-name-first") })

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
