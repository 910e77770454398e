package main

import (
	"strings"
	"unicode"

	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
)

// A name is a phrase read as a person's name.
type name struct {
	full   string // the name without a leading title, when it has two words or more
	titled string // the title and one word ("Ayatollah Khomeini"): a name only with another spelling in full
	reason string // why the phrase is not a person's name
}

var (
	// titles stripped from the front of a name
	titles = phoenix.Set("AYATOLLAH GRAND HOJATOLESLAM HOJJATOLESLAM HOJATOLISLAM HOJJATOLISLAM SHEIKH SHEIK SHAIKH " +
		"SHEIKHA MULLAH MAULANA MAWLANA IMAM DR DR. DOCTOR GENERAL GEN GEN. LT LT. LIEUTENANT COLONEL COL COL. " +
		"ACTING AIR VA. MARSHAL FIELD ADMIRAL BRIGADIER CAPTAIN CAPT CAPT. PRESIDENT PREMIER PRIME CHANCELLOR KING QUEEN " +
		"PRINCE PRINCESS CROWN EMIR SECRETARY CHAIRMAN REFORMER SIR DAME LORD SENATOR AMBASSADOR MR MR. MRS " +
		"MRS. MS MS. REV REV. REVEREND FATHER BISHOP ARCHBISHOP CARDINAL POPE PATRIARCH RABBI HIS HER MAJESTY " +
		"HIGHNESS EXCELLENCY VICE DEPUTY FORMER LATE STRONGMAN DICTATOR MINISTER FOREIGN JUDGE JUSTICE")
	// roleWords make a phrase a body's or a role's
	roleWords = phoenix.Set("MINISTRY MINISTER MINISTERS PARTY ARMY COUNCIL FRONT GOVERNMENT ASSEMBLY COURT BANK " +
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
	placeWords = phoenix.Set("ISLANDS ISLAND RIVER SEA CITY PROVINCE REGION CHURCH NEWS TIMES PRESS RADIO TELEVISION TV " +
		"STREET SQUARE PALACE HOUSE PORT AIRPORT DISTRICT COUNTY VALLEY GULF BAY LAKE MOUNT MOUNTAINS " +
		"DESERT OCEAN CAPITAL NORTH SOUTH EAST WEST NORTHERN SOUTHERN EASTERN WESTERN UNITED HIGH ROYAL " +
		"CENTRAL FEDERAL PROVINCIAL SUPREME ISLAMIC AIR ARMED TRADE MARKET EXCHANGE CHAMBER GREENS LIBERAL " +
		"CONSERVATIVE LABOUR LABOR WORKERS STUDENTS FARMERS RIOT RIFLES THINK TANK US UK UN EU " +
		"KURDISTAN SFSR SSR VICE")
	demonyms = map[string]bool{} // from countries.tsv
	// function words do not stand in a person's name
	functionWords = phoenix.Set("OF THE AND FOR WITH FROM") // not IN, ON, AT: Moon Jae In, Chui Sai On, Azzuz at-Talhi
	// particles written in lower case inside a name; al, el and ul join the
	// next word with a hyphen ("al-Assad", "Zia ul-Haq")
	particles = phoenix.Set("DE DA DAS DO DOS DU DES DEL DELLA DI VAN VON DER DEN TER TEN BIN IBN BINT AL EL UL Y")
	joiners   = phoenix.Set("AL EL UL")
	// states whose names have no such particles (Chinese "Zhu De", "Li
	// Bin"; Vietnamese "Nguyen Van Thieu")
	noParticles = phoenix.Set("CHN TWN HKG MAC SGP PRK KOR JPN VNM KHM LAO MMR THA MNG")
	articles    = phoenix.Set("LA LAS LOS LE")
	romans      = phoenix.Set("II III IV VI VII VIII")
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
