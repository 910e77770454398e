// Command phoenixpeople derives extract/data/people.tsv, the people of the
// Phoenix country dictionary with their CAMEO codes and coded periods, from
// Phoenix.Countries.actors.txt (CountryInfo.140130) of PETRARCH-2
// (github.com/openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open
// Event Data Alliance). Run it from the module root:
//
//	go run ./extract/internal/phoenixpeople ../shared/corpora/cameo-dicts/Phoenix.Countries.actors.txt > extract/data/people.tsv
//
// It reads extract/data/countries.tsv, leaders.tsv and organizations.tsv
// (-data sets the folder) and reports what it kept and dropped on stderr.
//
// The dictionary is a TABARI-style actor file: a phrase line
// (YOWERI_MUSEVENI_), "+" synonym lines, and tab-indented code lines, each
// [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD] (dates also
// as YYYYMMDD; YY up to 30 is 20YY, as PETRARCH reads it). A phrase with no
// code of its own shares the codes of the phrases that follow it, as in
// PETRARCH's reader. States and territories carry their code on the phrase
// line and are not people; of the entries coded on indented lines, people
// are told from bodies and roles by their words (see personOf, parseName).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
)

func main() {
	data := flag.String("data", "extract/data", "folder of countries.tsv, leaders.tsv and organizations.tsv")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: phoenixpeople [-data extract/data] Phoenix.Countries.actors.txt > extract/data/people.tsv")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	st, err := run(flag.Arg(0), *data, w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "phoenixpeople:", err)
		os.Exit(1)
	}
	st.print(os.Stderr)
}

// A period is one coded line: a CAMEO code and the dates it holds
// (YYYY-MM-DD, "" open).
type period struct {
	code, start, end string
}

// An entry is one record of the dictionary: its phrase lines (several when
// the first ones carry no code), synonyms and codes.
type entry struct {
	line        int
	roots, syns []string
	periods     []period
	inline      bool // a code on the phrase line: a state or territory
	countryInfo bool // marked "# CountryInfo.txt": an entry of CountryInfo's people lists
}

// A person is one row group of the output.
type person struct {
	name    string
	aliases []string
	periods []period
	dropped bool // a name of people of different states
}

type stats struct {
	entries, inline, noCodes                      int
	notPerson                                     map[string]int
	people, rows                                  int
	codeLines, badDates, reversed, commentedCodes int
	bareDates, nameless                           int
	foreignRows                                   map[string]int // rows whose code prefix is not a state of countries.tsv
	foreignOnly                                   int            // people left without rows
	inLeaders                                     int
	likeLeaders                                   []string
	gazetteerName                                 int
	ambiguous                                     int
	merged                                        int
	aliasesDropped                                int
	keptNoCountryInfo                             []string
	droppedCountryInfo                            map[string][]string
	samplesDropped                                map[string][]string
}

func (s *stats) drop(reason, name string, ci bool) {
	s.notPerson[reason]++
	if len(s.samplesDropped[reason]) < 12 {
		s.samplesDropped[reason] = append(s.samplesDropped[reason], name)
	}
	if ci {
		s.droppedCountryInfo[reason] = append(s.droppedCountryInfo[reason], name)
	}
}

func (s *stats) print(w io.Writer) {
	fmt.Fprintf(w, "entries %d (code on the phrase line, states/territories: %d; no code: %d)\n", s.entries, s.inline, s.noCodes)
	fmt.Fprintf(w, "code lines %d; bad dates %d; end before start %d; bare dates read as a start %d; commented-out code lines ignored %d; nameless phrase lines %d\n",
		s.codeLines, s.badDates, s.reversed, s.bareDates, s.commentedCodes, s.nameless)
	for _, r := range sortedKeys(s.notPerson) {
		fmt.Fprintf(w, "not a person: %-28s %5d  e.g. %s\n", r, s.notPerson[r], strings.Join(s.samplesDropped[r], "; "))
	}
	for _, r := range sortedKeys(s.droppedCountryInfo) {
		fmt.Fprintf(w, "  of these marked CountryInfo.txt (%s): %d  %s\n", r, len(s.droppedCountryInfo[r]), strings.Join(first(s.droppedCountryInfo[r], 15), "; "))
	}
	n := 0
	for _, c := range s.foreignRows {
		n += c
	}
	fmt.Fprintf(w, "rows with a code prefix that is not in countries.tsv: %d (", n)
	for i, k := range sortedKeys(s.foreignRows) {
		if i > 0 {
			fmt.Fprint(w, " ")
		}
		fmt.Fprintf(w, "%s %d", k, s.foreignRows[k])
	}
	fmt.Fprintf(w, ")\npeople left with no row after that: %d\n", s.foreignOnly)
	fmt.Fprintf(w, "people in leaders.tsv (skipped): %d by name or alias, %d by a like name: %s\n",
		s.inLeaders, len(s.likeLeaders), strings.Join(s.likeLeaders, "; "))
	fmt.Fprintf(w, "people whose name is a state's or organisation's form (skipped): %d\n", s.gazetteerName)
	fmt.Fprintf(w, "entries merged into an earlier one of the same name and state: %d\n", s.merged)
	fmt.Fprintf(w, "names given to people of different states (all skipped): %d\n", s.ambiguous)
	fmt.Fprintf(w, "aliases dropped (another person's name or alias, or a gazetteer form): %d\n", s.aliasesDropped)
	fmt.Fprintf(w, "people kept %d, rows %d; kept without the CountryInfo.txt mark: %d: %s\n",
		s.people, s.rows, len(s.keptNoCountryInfo), strings.Join(s.keptNoCountryInfo, "; "))
}

func first(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// run converts the dictionary at path and writes the table to w.
func run(path, dataDir string, w io.Writer) (*stats, error) {
	st := &stats{notPerson: map[string]int{}, foreignRows: map[string]int{},
		droppedCountryInfo: map[string][]string{}, samplesDropped: map[string][]string{}}
	countries, err := tsv.ReadFile(filepath.Join(dataDir, "countries.tsv"), 5)
	if err != nil {
		return nil, err
	}
	leaders, err := tsv.ReadFile(filepath.Join(dataDir, "leaders.tsv"), 6)
	if err != nil {
		return nil, err
	}
	orgs, err := tsv.ReadFile(filepath.Join(dataDir, "organizations.tsv"), 5)
	if err != nil {
		return nil, err
	}
	codes := map[string]string{} // CAMEO code → country name
	isState := map[string]bool{} // country names
	taken := map[string]bool{}   // lower-case forms of states and organisations
	for _, r := range countries {
		codes[r[1]] = r[0]
		isState[r[0]] = true
		for _, c := range []int{0, 2, 3, 4} {
			for _, f := range tsv.Split(r[c]) {
				taken[strings.ToLower(strings.TrimSuffix(f, "~"))] = true
			}
		}
		for _, f := range tsv.Split(r[3]) {
			demonyms[strings.ToUpper(strings.TrimSuffix(f, "~"))] = true
		}
	}
	for _, r := range orgs {
		taken[strings.ToLower(r[0])] = true
		for _, f := range tsv.Split(r[4]) {
			taken[strings.ToLower(strings.TrimSuffix(f, "~"))] = true
		}
	}
	known := map[string]bool{} // loose keys of leaders.tsv names and aliases
	var held []heldName        // the same, as words, with their state
	for _, r := range leaders {
		for _, n := range append([]string{r[0]}, tsv.Split(r[5])...) {
			known[looseKey(n)] = true
			held = append(held, heldName{country: r[1], words: nameWords(n)})
		}
	}

	entries, err := readDict(path, st)
	if err != nil {
		return nil, err
	}
	var people []*person
	byName := map[string]*person{}
	for _, e := range entries {
		st.entries++
		switch {
		case e.inline:
			st.inline++
			continue
		case len(e.periods) == 0:
			st.noCodes++
			continue
		}
		p, reason := personOf(e)
		if p == nil {
			st.drop(reason, strings.Join(e.roots, " / "), e.countryInfo)
			continue
		}
		// Keep the rows coded for a state of countries.tsv.
		var kept []period
		for _, pe := range p.periods {
			if c := countryOf(pe.code, codes); c != "" {
				kept = append(kept, pe)
				continue
			}
			pre := pe.code
			if len(pre) > 3 {
				pre = pre[:3]
			}
			st.foreignRows[pre]++
		}
		if len(kept) == 0 {
			st.foreignOnly++
			continue
		}
		p.periods = kept
		if known[looseKey(p.name)] || anyKnown(p.aliases, known) {
			st.inLeaders++
			continue
		}
		if l := leaderLike(p, held, codes, isState); l != "" {
			st.likeLeaders = append(st.likeLeaders, p.name+" = "+l)
			continue
		}
		if taken[strings.ToLower(p.name)] {
			st.gazetteerName++
			continue
		}
		if !e.countryInfo {
			st.keptNoCountryInfo = append(st.keptNoCountryInfo, p.name)
		}
		if q := byName[p.name]; q != nil {
			if sameStates(p, q, codes) {
				q.periods = append(q.periods, p.periods...)
				q.aliases = append(q.aliases, p.aliases...)
				st.merged++
			} else {
				q.dropped = true
			}
			continue
		}
		byName[p.name] = p
		people = append(people, p)
	}

	// Aliases that name two people, or that are a state's or an
	// organisation's form, are dropped; so are names of two states' people.
	owners := map[string]map[*person]bool{}
	own := func(s string, p *person) {
		k := strings.ToLower(s)
		if owners[k] == nil {
			owners[k] = map[*person]bool{}
		}
		owners[k][p] = true
	}
	for _, p := range people {
		if p.dropped {
			st.ambiguous++
			continue
		}
		own(p.name, p)
		for _, a := range p.aliases {
			own(a, p)
		}
	}
	fmt.Fprintln(w, header)
	for _, p := range people {
		if p.dropped {
			continue
		}
		var aliases []string
		seen := map[string]bool{strings.ToLower(p.name): true}
		for _, a := range p.aliases {
			k := strings.ToLower(a)
			if seen[k] {
				continue
			}
			seen[k] = true
			if len(owners[k]) > 1 || taken[k] || known[looseKey(a)] {
				st.aliasesDropped++
				continue
			}
			aliases = append(aliases, a)
		}
		rows := orderPeriods(dedupe(p.periods))
		st.people++
		for _, pe := range rows {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", p.name, pe.code, pe.start, pe.end, strings.Join(aliases, "|"))
			st.rows++
		}
	}
	return st, nil
}

const header = `# people.tsv — people of the Phoenix country dictionary with their CAMEO codes and coded periods.
# GENERATED; do not edit. Regenerate from the module root with
#   go run ./extract/internal/phoenixpeople ../shared/corpora/cameo-dicts/Phoenix.Countries.actors.txt > extract/data/people.tsv
# Derived from Phoenix.Countries.actors.txt (CountryInfo.140130) of PETRARCH-2,
# https://github.com/openeventdata/petrarch2 at commit 676801cd9cb2924bbbad09f86d15c9323e7097bf
# (petrarch2/data/dictionaries/). The MIT License (MIT), Copyright (c) 2014 Open Event Data Alliance:
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
# Columns (TAB-separated): name	code	start	end	aliases
#   name     full name, cased from Phoenix's capitals ("Yoweri Museveni", "Mohammad Zia ul-Haq");
#            rows with the same name are one person
#   code     CAMEO code as Phoenix gives it (UGAGOV, UGAELI, DZAGOV, IRNGOV); its state is the row of
#            countries.tsv whose code begins it. A person's first row is the main one (latest
#            government period, else latest period); its code is the person's code.
#   start    first day of the coded period, YYYY-MM-DD; empty = open (or, with end empty too,
#            Phoenix's undated default code, which is no period)
#   end      last day of the period as Phoenix gives it (the loader, as for leaders.tsv, takes it as
#            the day the term ended), YYYY-MM-DD; empty = open
#   aliases  Phoenix's other spellings of the full name ("Yoweri Kaguta Museveni"), without titles,
#            "|"-separated; the same on every row of a person
# People of leaders.tsv are left out (the hand table wins), and so are bodies, roles and places, and
# rows coded for a state or territory that countries.tsv lacks (DDR East Germany, BMU Bermuda, CYM
# Cayman Islands, ...) or for an international body (IGO).`

// readDict parses the dictionary into entries.
func readDict(path string, st *stats) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entry
	var cur *entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		t := strings.TrimSpace(raw)
		if t == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		if strings.HasPrefix(t, "#") {
			if raw[0] != '\t' { // "  # CountryInfo.txt": a phrase line whose name is missing
				if cur != nil {
					out = append(out, *cur)
				}
				cur = &entry{line: n, roots: []string{""}, countryInfo: true}
				st.nameless++
			} else if strings.Contains(t, "[") { // "\t#[IRNGOV >20130804] when he became ..."
				st.commentedCodes++
			}
			continue
		}
		comment := ""
		if i := strings.Index(t, "#"); i >= 0 {
			t, comment = strings.TrimSpace(t[:i]), t[i:]
		}
		switch {
		case strings.HasPrefix(t, "["): // a code line, tab-indented (once after spaces)
			if cur == nil {
				continue
			}
			st.codeLines++
			if p, ok := parseCode(t, st); ok {
				cur.periods = append(cur.periods, p)
			}
		case strings.HasPrefix(t, "+"):
			if cur != nil {
				cur.syns = append(cur.syns, strings.TrimSpace(t[1:]))
			}
		default:
			phrase, inline := t, false
			if i := strings.Index(t, "["); i >= 0 {
				phrase, inline = strings.TrimSpace(t[:i]), true
			}
			ci := strings.Contains(comment, "CountryInfo")
			if cur != nil && len(cur.periods) == 0 && !cur.inline {
				// no code yet: this phrase shares the codes that follow
				cur.roots = append(cur.roots, phrase)
				cur.inline = inline
				cur.countryInfo = cur.countryInfo || ci
				continue
			}
			if cur != nil {
				out = append(out, *cur)
			}
			cur = &entry{line: n, roots: []string{phrase}, inline: inline, countryInfo: ci}
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out, sc.Err()
}

// parseCode reads "[CODE]", "[CODE >date]", "[CODE <date]" or
// "[CODE date-date]".
func parseCode(t string, st *stats) (period, bool) {
	inner := strings.TrimPrefix(t, "[")
	if i := strings.Index(inner, "]"); i >= 0 {
		inner = inner[:i]
	}
	f := strings.Fields(inner)
	if len(f) == 0 {
		return period{}, false
	}
	p := period{code: f[0]}
	rest := strings.Join(f[1:], "")
	var err error
	switch {
	case rest == "":
	case rest[0] == '>':
		p.start, err = date(rest[1:])
	case rest[0] == '<':
		p.end, err = date(rest[1:])
	case strings.Contains(rest, "-"):
		a, b, _ := strings.Cut(rest, "-")
		if p.start, err = date(a); err == nil {
			p.end, err = date(b)
		}
		if err == nil && p.end < p.start {
			st.reversed++
			return period{}, false
		}
	default: // a bare date ("[MNEGOV 20121204]"), read as a start
		p.start, err = date(rest)
		st.bareDates++
	}
	if err != nil {
		st.badDates++
		return period{}, false
	}
	for _, r := range p.code {
		if r < 'A' || r > 'Z' {
			st.badDates++
			return period{}, false
		}
	}
	return p, true
}

// date converts YYMMDD (YY ≤ 30 is 20YY, as PETRARCH reads it) or YYYYMMDD
// to YYYY-MM-DD.
func date(s string) (string, error) {
	switch len(s) {
	case 6:
		if s[:2] <= "30" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return "", fmt.Errorf("bad date %q", s)
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return "", err
	}
	return t.Format("2006-01-02"), nil
}

// countryOf returns the state of countries.tsv whose code begins code:
// a six-letter state code (USAPRI, DNKGRL) first, then the first three
// letters.
func countryOf(code string, codes map[string]string) string {
	if len(code) >= 6 {
		if c, ok := codes[code[:6]]; ok {
			return c
		}
	}
	if len(code) >= 3 {
		return codes[code[:3]]
	}
	return ""
}

func sameStates(p, q *person, codes map[string]string) bool {
	states := func(x *person) map[string]bool {
		m := map[string]bool{}
		for _, pe := range x.periods {
			m[countryOf(pe.code, codes)] = true
		}
		return m
	}
	a, b := states(p), states(q)
	for s := range a {
		if b[s] {
			return true
		}
	}
	return false
}

// personOf makes a person of an entry, or says why it is not one.
func personOf(e entry) (*person, string) {
	var names []name
	// The first phrase of a CountryInfo people list is a person's even
	// with a word of a place ("Maryan Street"); other spellings are held
	// to the stricter test.
	pt := particles
	if noParticles[e.periods[0].code[:min(3, len(e.periods[0].code))]] {
		pt = nil // "Zhu De", "Li Bin", "Nguyen Van Thieu"
	}
	for i, r := range e.roots {
		names = append(names, parseName(r, i == 0 && e.countryInfo, pt))
	}
	for _, s := range e.syns {
		names = append(names, parseName(s, false, pt))
	}
	if names[0].reason != "" {
		return nil, names[0].reason
	}
	// A later phrase line that shares the codes must name the same person
	// ("SOVIET_LEADER_LEONID_BREZHNEV", "GORBACHEV_ADMINISTRATION"), not
	// another body.
	for i, n := range names[1:len(e.roots)] {
		switch n.reason {
		case "role or body word", "place word or demonym", "function word":
			if !hasWord(e.roots[i+1], lastWord(e.roots[0])) {
				return nil, "shares codes with a body"
			}
		}
	}
	p := &person{periods: e.periods}
	// The canonical name is the first full name, stripped of its title
	// ("AYATOLLAH_RUHOLLAH_KHOMEINI" → "Ruhollah Khomeini").
	for _, n := range names {
		if n.reason == "" && n.full != "" {
			p.name = n.full
			break
		}
	}
	if p.name == "" {
		return nil, "title and one word"
	}
	// A title with a surname ("King Abdullah", "President Carter",
	// "Ayatollah Khomeini") is no alias: it names whoever of that surname
	// holds such a title, which the extractor reads from the title itself.
	for _, n := range names {
		if n.reason == "" && n.full != "" && n.full != p.name {
			p.aliases = append(p.aliases, n.full)
		}
	}
	return p, ""
}

func lastWord(raw string) string {
	w := strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || r == ' ' })
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

func hasWord(raw, w string) bool {
	for _, x := range strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || r == ' ' }) {
		if x == w {
			return true
		}
	}
	return false
}

// A name is a phrase read as a person's name.
type name struct {
	full   string // the name without a leading title, when it has two words or more
	titled string // the title and one word ("Ayatollah Khomeini"): a name only with another spelling in full
	reason string // why the phrase is not a person's name
}

var (
	// titles stripped from the front of a name
	titles = set("AYATOLLAH GRAND HOJATOLESLAM HOJJATOLESLAM HOJATOLISLAM HOJJATOLISLAM SHEIKH SHEIK SHAIKH " +
		"SHEIKHA MULLAH MAULANA MAWLANA IMAM DR DR. DOCTOR GENERAL GEN GEN. LT LT. LIEUTENANT COLONEL COL COL. " +
		"ACTING AIR VA. MARSHAL FIELD ADMIRAL BRIGADIER CAPTAIN CAPT CAPT. PRESIDENT PREMIER PRIME CHANCELLOR KING QUEEN " +
		"PRINCE PRINCESS CROWN EMIR SECRETARY CHAIRMAN REFORMER SIR DAME LORD SENATOR AMBASSADOR MR MR. MRS " +
		"MRS. MS MS. REV REV. REVEREND FATHER BISHOP ARCHBISHOP CARDINAL POPE PATRIARCH RABBI HIS HER MAJESTY " +
		"HIGHNESS EXCELLENCY VICE DEPUTY FORMER LATE STRONGMAN DICTATOR MINISTER FOREIGN JUDGE JUSTICE")
	// roleWords make a phrase a body's or a role's
	roleWords = set("MINISTRY MINISTER MINISTERS PARTY ARMY COUNCIL FRONT GOVERNMENT ASSEMBLY COURT BANK " +
		"COMMITTEE COMMISSION CONGRESS PARLIAMENT SENATE POLICE FORCES FORCE GUARD GUARDS NAVY MILITARY " +
		"SECURITY INTELLIGENCE SERVICE SERVICES AGENCY OFFICE DEPARTMENT BUREAU UNION LEAGUE MOVEMENT " +
		"ALLIANCE ORGANIZATION ORGANISATION ASSOCIATION FEDERATION INSTITUTE UNIVERSITY CENTER CENTRE " +
		"COMPANY CORPORATION CORP AUTHORITY BOARD CABINET PRESIDENCY NATIONAL PEOPLES PEOPLE'S PEOPLE " +
		"REPUBLIC STATE STATES KINGDOM EMPIRE DEMOCRATIC SOCIALIST COMMUNIST LIBERATION REVOLUTIONARY " +
		"GROUP BRIGADE BRIGADES CORPS MILITIA REBELS REBEL COALITION TRIBUNAL FOUNDATION FUND DIRECTORATE " +
		"COMMAND HEADQUARTERS STAFF DIVISION REGIMENT BATTALION POLITBURO JUNTA REGIME ADMINISTRATION " +
		"EMBASSY CONSULATE MISSION DELEGATION OPPOSITION SUPPORTERS OFFICIALS OFFICIAL TROOPS SOLDIERS " +
		"GOVERNOR MAYOR DEFENSE DEFENCE INTERIOR ECONOMY FINANCE HEALTH EDUCATION REPUBLICAN DEMOCRATS " +
		"REPUBLICANS MEDIA AGENCIES SPOKESMAN SPOKESWOMAN LEADERS LEADER CHIEF COMMANDER COMMANDERS ENVOY " +
		"DIPLOMAT DIPLOMATS DECLARATION ATTORNEY AHRAR JAYSH JAISH GHURABA KATAIB LIWA HARAKAT JABHAT HIZB " +
		"FEDAYEEN MUJAHIDEEN TALIBAN SEC. MIN.")
	// placeWords are words of places and of bodies that are also
	// surnames (Maryan Street, Michael Church, Louise Lake-Tack): they mark
	// a phrase as no person's only outside CountryInfo's people lists, as
	// does a demonym as first word ("Iraqi Kurdistan", "American Vice
	// President"; but "German Vargas Lleras")
	placeWords = set("ISLANDS ISLAND RIVER SEA CITY PROVINCE REGION CHURCH NEWS TIMES PRESS RADIO TELEVISION TV " +
		"STREET SQUARE PALACE HOUSE PORT AIRPORT DISTRICT COUNTY VALLEY GULF BAY LAKE MOUNT MOUNTAINS " +
		"DESERT OCEAN CAPITAL NORTH SOUTH EAST WEST NORTHERN SOUTHERN EASTERN WESTERN UNITED HIGH ROYAL " +
		"CENTRAL FEDERAL PROVINCIAL SUPREME ISLAMIC AIR ARMED TRADE MARKET EXCHANGE CHAMBER GREENS LIBERAL " +
		"CONSERVATIVE LABOUR LABOR WORKERS STUDENTS FARMERS RIOT RIFLES THINK TANK US UK UN EU " +
		"KURDISTAN SFSR SSR VICE")
	demonyms = map[string]bool{} // from countries.tsv
	// function words do not stand in a person's name
	functionWords = set("OF THE AND FOR WITH FROM") // not IN, ON, AT: Moon Jae In, Chui Sai On, Azzuz at-Talhi
	// particles written in lower case inside a name; al, el and ul join the
	// next word with a hyphen ("al-Assad", "Zia ul-Haq")
	particles = set("DE DA DAS DO DOS DU DES DEL DELLA DI VAN VON DER DEN TER TEN BIN IBN BINT AL EL UL Y")
	joiners   = set("AL EL UL")
	// states whose names have no such particles (Chinese "Zhu De", "Li
	// Bin"; Vietnamese "Nguyen Van Thieu")
	noParticles = set("CHN TWN HKG MAC SGP PRK KOR JPN VNM KHM LAO MMR THA MNG")
	articles    = set("LA LAS LOS LE")
	romans      = set("II III IV VI VII VIII")
)

// parseName reads a Phoenix phrase ("AYATOLLAH_RUHOLLAH_KHOMEINI_") as a
// person's name.
func parseName(raw string, countryInfo bool, pt map[string]bool) name {
	words := strings.FieldsFunc(clean(raw), func(r rune) bool { return r == '_' || r == ' ' })
	if len(words) == 0 {
		return name{reason: "empty"}
	}
	for i, w := range words {
		w = strings.TrimLeft(w, "'") // "`ISA": an ayn
		words[i] = w
		if w == "" {
			return name{reason: "not letters"}
		}
		for _, r := range w {
			if !(unicode.IsLetter(r) || r == '.' || r == '-' || r == '\'') {
				return name{reason: "not letters"}
			}
		}
		u := strings.ToUpper(w)
		if roleWords[u] || roleWords[strings.Trim(u, ".")] {
			return name{reason: "role or body word"}
		}
		if !countryInfo && (placeWords[u] || i == 0 && demonyms[u] || strings.HasPrefix(u, "EX-")) {
			return name{reason: "place word or demonym"}
		}
		if functionWords[u] {
			return name{reason: "function word"}
		}
	}
	if pt[strings.ToUpper(words[len(words)-1])] {
		return name{reason: "ends with a particle"} // "..._BIN_ABDALLAH_AL_": cut short
	}
	t := 0
	for t < len(words)-1 && isTitle(words[t]) {
		t++
	}
	rest := words[t:]
	words2 := 0 // words other than initials and particles
	for i, w := range rest {
		if !isInitial(w) && (i == 0 || !pt[strings.ToUpper(w)]) {
			words2++
		}
	}
	switch {
	case words2 == 1 && t > 0:
		return name{titled: caseName(words[t-1:], pt)}
	case words2 < 2:
		return name{reason: "one word"}
	case words2 > 4 || len(rest) > 6:
		return name{reason: "more than four words"}
	}
	return name{full: caseName(rest, pt)}
}

// clean drops what is not part of a name from a phrase: control
// characters, a parenthesis or comma and what follows ("(ACTING",
// ", BARON_MARTONMERE"), a quoted nickname; a backtick (an ayn) is an
// apostrophe.
func clean(raw string) string {
	raw = strings.Map(func(r rune) rune {
		switch {
		case r < ' ':
			return -1
		case r == '`':
			return '\''
		}
		return r
	}, raw)
	if i := strings.IndexAny(raw, "(,"); i >= 0 {
		raw = raw[:i]
	}
	for {
		i := strings.Index(raw, "\"")
		if i < 0 {
			break
		}
		j := strings.Index(raw[i+1:], "\"")
		if j < 0 {
			raw = raw[:i]
			break
		}
		raw = raw[:i] + raw[i+1+j+1:]
	}
	return raw
}

// isTitle reports whether w is a title, hyphenated ones too
// ("VICE-PRESIDENT", "PRESIDENT-ELECT").
func isTitle(w string) bool {
	for _, p := range strings.Split(strings.ToUpper(w), "-") {
		if !titles[p] && p != "ELECT" && p != "DESIGNATE" {
			return false
		}
	}
	return true
}

// isInitial reports whether w is an initial or run of initials ("K.",
// "A.F.M.").
func isInitial(w string) bool {
	return strings.HasSuffix(w, ".") && len(strings.ReplaceAll(w, ".", "")) <= 3
}

// caseName writes a name's words in the press's case: "YOWERI MUSEVENI" →
// "Yoweri Museveni", "ZIA UL HAQ" → "Zia ul-Haq", "ZIA-UL-HAQ" → "Zia-ul-Haq".
func caseName(words []string, pt map[string]bool) string {
	var out []string
	for i := 0; i < len(words); i++ {
		u := strings.ToUpper(words[i])
		inner := i > 0 && i < len(words)-1
		switch {
		case inner && pt[u] && joiners[u]:
			out = append(out, strings.ToLower(u)+"-"+caseWord(words[i+1], true, pt))
			i++
		case inner && pt[u],
			inner && articles[u] && pt[strings.ToUpper(words[i-1])]: // "de la", "de los"
			out = append(out, strings.ToLower(u))
		default:
			out = append(out, caseWord(words[i], i > 0, pt))
		}
	}
	return strings.Join(out, " ")
}

// caseWord cases one word, hyphenated parts each ("AL-ASSAD" → "al-Assad"
// inside a name).
func caseWord(w string, inner bool, pt map[string]bool) string {
	u := strings.ToUpper(w)
	if romans[u] || isInitial(w) {
		return u
	}
	parts := strings.Split(u, "-")
	for j, p := range parts {
		last := j == len(parts)-1
		if !last && (inner || j > 0) && pt[p] {
			parts[j] = strings.ToLower(p)
			continue
		}
		parts[j] = casePart(p)
	}
	return strings.Join(parts, "-")
}

// casePart capitalises a part: "O'BRIEN" → "O'Brien", "RAJA'I" → "Raja'i",
// "MCCAIN" → "McCain".
func casePart(p string) string {
	rs := []rune(strings.ToLower(p))
	if len(rs) == 0 {
		return p
	}
	rs[0] = unicode.ToUpper(rs[0])
	if len(rs) > 3 && rs[0] == 'M' && rs[1] == 'c' {
		rs[2] = unicode.ToUpper(rs[2])
	}
	if len(rs) > 2 && rs[1] == '\'' {
		rs[2] = unicode.ToUpper(rs[2])
	}
	return string(rs)
}

// looseKey folds a name for comparison with leaders.tsv: lower case,
// without accents, hyphens, dots and the particles al/el.
func looseKey(s string) string {
	s = strings.ToLower(fold(s))
	s = strings.NewReplacer("-", " ", ".", " ", "'", "", "’", "").Replace(s)
	var out []string
	for _, w := range strings.Fields(s) {
		if w == "al" || w == "el" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

func anyKnown(as []string, known map[string]bool) bool {
	for _, a := range as {
		if known[looseKey(a)] {
			return true
		}
	}
	return false
}

// A heldName is a name or alias of leaders.tsv.
type heldName struct {
	country string
	words   []string
}

// nameWords splits a name into consonant skeletons of its words, without
// particles and titles: "Manouchehr Mottaki" → [mnchr mtk], "S. M.
// Krishna" → [s. m. krshn].
func nameWords(s string) []string {
	s = strings.ToLower(fold(s))
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		w = strings.Trim(w, ".'’")
		if w == "" || particles[strings.ToUpper(w)] || titles[strings.ToUpper(w)] {
			continue
		}
		if len([]rune(w)) == 1 {
			out = append(out, w+".") // an initial
			continue
		}
		out = append(out, skeleton(w))
	}
	return out
}

// skeleton keeps a word's first letter and the consonants of the rest,
// doubled letters once: spellings of one name mostly share it.
func skeleton(w string) string {
	var b []rune
	for i, r := range w {
		if r == '\'' || r == '.' {
			continue
		}
		if i > 0 && strings.ContainsRune("aeiouy", r) {
			continue
		}
		if len(b) > 0 && b[len(b)-1] == r {
			continue
		}
		b = append(b, r)
	}
	return string(b)
}

// nicknames maps the short forms of English given names to the full ones.
var nicknames = map[string]string{"bll": "wllm", "jck": "jhn", "bb": "rbrt", "rb": "rbrt", "j": "jsph",
	"mk": "mchl", "dck": "rchrd", "tn": "anthn", "jm": "jms", "tm": "thms", "dn": "dnl", "dv": "dvd",
	"ed": "edwrd", "alx": "alxndr", "al": "albrt"}

// leaderLike returns the leaders.tsv name of p's state (or of an
// international office) that is p under another spelling: the same
// surname and the same first given name, allowing (within a state) an
// initial, a nickname, one letter's difference or another given name ("Julia Eileen Gillard" = "Julia Gillard",
// "Manuchehr Motaki" = "Manouchehr Mottaki", "Noer Hassan Wirajuda" =
// "Hassan Wirajuda"). Family-name-first names must agree in full.
func leaderLike(p *person, held []heldName, codes map[string]string, isState map[string]bool) string {
	states := map[string]bool{}
	for _, pe := range p.periods {
		states[countryOf(pe.code, codes)] = true
	}
	eastAsian := noParticles[p.periods[0].code[:3]]
	for _, n := range append([]string{p.name}, p.aliases...) {
		a := nameWords(n)
		if len(a) < 2 {
			continue
		}
		for _, h := range held {
			if isState[h.country] && !states[h.country] || len(h.words) < 2 {
				continue
			}
			if like(a, h.words, eastAsian, !isState[h.country]) {
				return strings.Join(h.words, " ") + " (" + h.country + ")"
			}
		}
	}
	return ""
}

// like reports whether a and b (nameWords) are one name; strict (for
// international offices, whose holders come from any state) wants the
// same first given name.
func like(a, b []string, eastAsian, strict bool) bool {
	if eastAsian {
		return strings.Join(a, "") == strings.Join(b, "")
	}
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	ga, gb := a[:len(a)-1], b[:len(b)-1]
	f, g := ga[0], gb[0]
	switch {
	case f == g:
		return true
	case strict:
		return false
	case nick(f) == nick(g):
		return true
	case strings.HasSuffix(f, ".") && f[0] == g[0], strings.HasSuffix(g, ".") && f[0] == g[0]: // "S. M. Krishna"
		return true
	case len(f) >= 4 && len(g) >= 4 && editDistance(f, g) <= 1:
		return true
	}
	for _, x := range gb[1:] {
		if x == f && len(x) >= 3 {
			return true
		}
	}
	for _, x := range ga[1:] {
		if x == g && len(x) >= 3 {
			return true
		}
	}
	return false
}

func nick(s string) string {
	if n, ok := nicknames[s]; ok {
		return n
	}
	return s
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// fold strips the accents of Latin letters.
func fold(s string) string {
	r := strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e",
		"ê", "e", "ë", "e", "í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o",
		"õ", "o", "ø", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ç", "c", "ñ", "n", "ş", "s", "ș", "s",
		"ţ", "t", "ț", "t", "ğ", "g", "ı", "i", "č", "c", "ć", "c", "š", "s", "ž", "z", "ł", "l", "ő", "o",
		"ű", "u", "ý", "y", "ř", "r", "ě", "e", "ń", "n", "ś", "s", "ź", "z", "ż", "z")
	return r.Replace(s)
}

func dedupe(ps []period) []period {
	seen := map[period]bool{}
	var out []period
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// orderPeriods puts the main period first — the latest-starting dated
// government period (code with GOV after the state), else the latest
// dated period, else the first — then the others by date, undated last.
func orderPeriods(ps []period) []period {
	main := -1
	better := func(i, j int) bool { // is i a better main period than j?
		gi, gj := isGov(ps[i].code), isGov(ps[j].code)
		if gi != gj {
			return gi
		}
		return later(ps[i], ps[j])
	}
	for i, p := range ps {
		if p.start == "" && p.end == "" {
			continue
		}
		if main < 0 || better(i, main) {
			main = i
		}
	}
	if main < 0 {
		main = 0
	}
	out := []period{ps[main]}
	rest := append(append([]period{}, ps[:main]...), ps[main+1:]...)
	sort.SliceStable(rest, func(i, j int) bool {
		a, b := rest[i], rest[j]
		ua, ub := a.start == "" && a.end == "", b.start == "" && b.end == ""
		if ua != ub {
			return ub
		}
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end < b.end
		}
		return a.code < b.code
	})
	return append(out, rest...)
}

func isGov(code string) bool { return len(code) > 3 && strings.Contains(code[3:], "GOV") }

// later reports whether a's period is the more recent: it runs later
// (open end first), then starts later.
func later(a, b period) bool {
	ea, eb := a.end, b.end
	if ea == "" {
		ea = "9999"
	}
	if eb == "" {
		eb = "9999"
	}
	if ea != eb {
		return ea > eb
	}
	return a.start > b.start
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
