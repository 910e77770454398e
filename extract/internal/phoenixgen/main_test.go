package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// The dictionaries are in shared/ beside the repository; the tests that need
// them are skipped where it is absent.
const (
	dictDir = "../../../../shared/corpora/cameo-dicts"
	dataDir = "../../actor/data"
)

func realDicts(t *testing.T) *result {
	t.Helper()
	corpus.Need(t, "corpora/cameo-dicts/"+dictFiles[0])
	res, err := generate(dictDir, dataDir)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestRealDictionaries(t *testing.T) {
	res := realDicts(t)
	byName := map[string]row{}
	for _, r := range res.rows {
		byName[r.name] = r
	}
	for _, want := range []struct {
		name, kind, code, affiliation string
		aliases                       []string
	}{
		{"Islamic Salvation Front", "group", "INTREB", "", []string{"Front Islamique du Salut"}},
		{"UNITA", "group", "AGOREB", "Angola", []string{"National Union for the Total Independence of Angola"}},
		{"Liberation Tigers of Tamil Eelam", "group", "LKAREB", "Sri Lanka", []string{"LTTE", "Tamil Tigers"}},
		{"al-Fatah Uprising", "group", "MEAREB", "", []string{"Al-Fatah Uprising"}},
		{"Mujahedin-e-Khalq", "group", "INTREB", "", []string{"MEK"}},
		{"Popular Front for the Liberation of Palestine-General Command", "group", "MEAREB", "", []string{"PFLP-GC"}},
		{"Basque Fatherland and Freedom", "group", "ESPREB", "Spain", []string{"ETA"}},
		{"Shining Path", "group", "PERREB", "Peru", nil},
		{"Moro Islamic Liberation Front", "group", "PHLREB", "Philippines", []string{"MILF"}},
		{"Organization of African Unity", "organization", "IGOAFROAU", "", nil},
		{"American Civil Liberties Union", "organization", "NGOUSAHRI", "", []string{"ACLU"}},
		{"European Community", "organization", "IGOEUREEC", "", nil},
		{"European Economic Community", "organization", "IGOEUREEC", "", []string{"EEC"}},
	} {
		r, ok := byName[want.name]
		if !ok {
			t.Errorf("no row %q", want.name)
			continue
		}
		if r.kind != want.kind || r.code != want.code || r.affiliation != want.affiliation {
			t.Errorf("%q: %s %s %q, want %s %s %q", want.name, r.kind, r.code, r.affiliation, want.kind, want.code, want.affiliation)
		}
		for _, a := range want.aliases {
			if !slices.Contains(r.aliases, a) {
				t.Errorf("%q: aliases %q lack %q", want.name, r.aliases, a)
			}
		}
	}
	// Already in organizations.tsv: not repeated.
	for _, name := range []string{"Hamas", "Hezbollah", "Taliban", "FARC", "Revolutionary Armed Forces of Colombia",
		"Kurdistan Workers' Party", "Palestine Liberation Organization", "Fatah", "Lashkar-e-Taiba", "al-Qaeda", "European Union"} {
		if _, ok := byName[name]; ok {
			t.Errorf("%q is in organizations.tsv and should not be repeated", name)
		}
	}
	// People, roles, ordinary words and ambiguous names are not rows.
	for _, name := range []string{"Osama bin Laden", "Ayman al-Zawahiri", "Sheikh Ahmed Yassin", "Kofi Annan",
		"Red Line", "Black Friday", "Revolutionary Army", "Islamic Group", "National Liberation Army",
		"UN Secretary General", "Honda", "HONDA", "Tigers", "Youth"} {
		if _, ok := byName[name]; ok {
			t.Errorf("%q should not be a row", name)
		}
	}
	if len(res.rows) < 1000 {
		t.Errorf("only %d rows", len(res.rows))
	}
}

// The table in extract/actor/data is the generator's output.
func TestGroupsTSVUpToDate(t *testing.T) {
	res := realDicts(t)
	var b bytes.Buffer
	res.write(&b)
	have, err := os.ReadFile(filepath.Join(dataDir, "groups.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, b.Bytes()) {
		t.Error("extract/actor/data/groups.tsv is stale: from the module root run go generate ./extract/actor")
	}
}

// Every form is new: no name or alias of groups.tsv is a form of
// organizations.tsv or countries.tsv, or of another groups.tsv row.
func TestFormsAreUnambiguous(t *testing.T) {
	res := realDicts(t)
	g, err := newGen(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{}
	for _, r := range res.rows {
		if len(r.name) < 4 || strings.HasSuffix(r.name, "~") {
			t.Errorf("bad name %q", r.name)
		}
		for _, f := range append([]string{r.name}, r.aliases...) {
			if strings.ContainsAny(f, "\t|") || strings.TrimSpace(f) != f || f == "" {
				t.Errorf("%q: bad form %q", r.name, f)
			}
			k := norm(strings.TrimSuffix(f, "~"))
			if g.existing[k] || g.countryForms[k] {
				t.Errorf("%q: form %q is in organizations.tsv or countries.tsv", r.name, f)
			}
			if o, ok := owner[k]; ok && o != r.name {
				t.Errorf("form %q of %q is also a form of %q", f, r.name, o)
			}
			owner[k] = r.name
		}
	}
}

func TestCaseWords(t *testing.T) {
	g := &gen{acronyms: map[string]bool{"FARC": true, "UN": true, "US": true}, words: map[string]bool{}}
	for in, want := range map[string]string{
		"ISLAMIC SALVATION FRONT":           "Islamic Salvation Front",
		"LIBERATION TIGERS OF TAMIL EELAM":  "Liberation Tigers of Tamil Eelam",
		"AL QA'IDA":                         "al-Qa'ida",
		"AL-GAMA'A AL-ISLAMIYYA":            "al-Gama'a al-Islamiyya",
		"LASHKAR-E-TAIBA":                   "Lashkar-e-Taiba",
		"IZZ AD-DIN AL QASSAM":              "Izz ad-Din al-Qassam",
		"HARAKAT UL-JIHAD-I-ISLAMI":         "Harakat ul-Jihad-i-Islami",
		"PFLP-GC":                           "PFLP-GC",
		"FARC-EP":                           "FARC-EP",
		"PEOPLE'S WAR GROUP":                "People's War Group",
		"UN DEPARTMENT OF PEACEKEEPING":     "UN Department of Peacekeeping",
		"ANTI-US FRONT":                     "Anti-US Front",
		"MCCLATCHY NEWSPAPERS":              "McClatchy Newspapers",
		"ASSOCIATION DES AMIS DE L'ENFANCE": "Association des Amis de l'Enfance",
	} {
		if got := g.caseWords(strings.Fields(in)); got != want {
			t.Errorf("caseWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParsePhrase(t *testing.T) {
	p := parsePhrase("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_")
	if strings.Join(p.words, " ") != "LIBERATION TIGERS OF TAMIL EELAM" || !slices.Equal(p.acronyms, []string{"LTTE"}) || p.qualified {
		t.Errorf("%+v", p)
	}
	p = parsePhrase("NATIONAL_LIBERATION_ARMY_(COLOMBIA)_")
	if strings.Join(p.words, " ") != "NATIONAL LIBERATION ARMY" || len(p.acronyms) != 0 || !p.qualified {
		t.Errorf("%+v", p)
	}
	p = parsePhrase("POPULAR_FRONT_FOR_THE_LIBERATION_OF_PALESTINE_--_GENERAL_COMMAND")
	if strings.Join(p.words, " ") != "POPULAR FRONT FOR THE LIBERATION OF PALESTINE-GENERAL COMMAND" {
		t.Errorf("%+v", p)
	}
	p = parsePhrase("ULSTER_DEFENCE_ASSOCIATION/ULSTER_FREEDOM_FIGHTERS_")
	if strings.Join(p.words, " ") != "ULSTER DEFENCE ASSOCIATION" || !slices.Equal(p.others, []string{"ULSTER FREEDOM FIGHTERS"}) {
		t.Errorf("%+v", p)
	}
	p = parsePhrase("ORDER,_THE_")
	if strings.Join(p.words, " ") != "ORDER" {
		t.Errorf("%+v", p)
	}
}

func TestReadDictAndCurrentCode(t *testing.T) {
	dict := `# comment
UNITA_ [ANGREB] #  kkl 21 Mar 13
+NATIONAL_UNION_FOR_THE_TOTAL_INDEPENDENCE_OF_ANGOLA_

HAMAS_  #  kkl 21 Mar 13
+ISLAMIC_RESISTANCE_MOVEMENT
	[PSEREBHMS]
SOME_PERSON_
	[IGOUNO 970101-061231]
	[ELI]
OTHER_PERSON_	[USAGOV 010120-050120] [IGOUNOKID >050501]
RANGES_ONLY_
	[AAA 900101-991231]
	[BBB 000101-101231]
BARE_DATE_
	[AAA 20121204]
	[BBB 000101-101231]
NO_CODE_
NEXT_ <!-- a comment --> [XYZ]
`
	path := filepath.Join(t.TempDir(), "d.txt")
	if err := os.WriteFile(path, []byte(dict), 0o644); err != nil {
		t.Fatal(err)
	}
	es, err := readDict(path)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range es {
		got[e.Phrase] = currentCode(e.Codes)
		if e.Phrase == "NO_CODE_" && !e.Inherited {
			t.Error("NO_CODE_ should inherit the next entry's codes")
		}
	}
	for phrase, code := range map[string]string{"UNITA_": "ANGREB", "HAMAS_": "PSEREBHMS", "SOME_PERSON_": "ELI",
		"OTHER_PERSON_": "IGOUNOKID", "RANGES_ONLY_": "BBB", "BARE_DATE_": "AAA", "NO_CODE_": "XYZ", "NEXT_": "XYZ"} {
		if got[phrase] != code {
			t.Errorf("%s: code %q, want %q", phrase, got[phrase], code)
		}
	}
	if len(es) != 8 || !slices.Equal(es[1].Synonyms, []string{"ISLAMIC_RESISTANCE_MOVEMENT"}) {
		t.Errorf("entries %+v", es)
	}
}
