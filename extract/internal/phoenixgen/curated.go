package main

import (
	"github.com/chronicle-kg/chronicle/extract/internal/phoenix"
)

// The word lists and the few hand decisions of the conversion.

// orgWords show that a phrase names a body rather than a person.
var orgWords = phoenix.Set(`
ARMY ARMIES FRONT FRONTS BRIGADE BRIGADES BATTALION BATTALIONS MOVEMENT MOVEMENTS PARTY PARTIES
ORGANIZATION ORGANISATION ORGANIZATIONS ORGANISATIONS GROUP GROUPS COUNCIL COUNCILS FORCE FORCES
CELL CELLS NUCLEI NUCLEUS COMMANDO COMMANDOS COMMAND FACTION FACTIONS UNION UNIONS LEAGUE LEAGUES
ALLIANCE MILITIA MILITIAS GUERRILLA GUERRILLAS GUERILLA GUERILLAS FIGHTERS MUJAHIDEEN MUJAHIDIN
MUJAHEDIN MUJAHEDEEN MUJAHIDEN JIHAD LIBERATION RESISTANCE COMMITTEE COMMITTEES CONGRESS SOCIETY
ASSOCIATION FEDERATION COALITION NETWORK SQUAD SQUADS TEAM TEAMS UNIT UNITS CORPS REGIMENT LEGION
GANG VANGUARD PATROL PATROLS COMBATANTS VOLUNTEERS DEFENDERS CONSPIRACY BROTHERHOOD KLAN KLANS
NATIONS REPUBLIC FREEMEN SENA SANGH JAMAAT JAMAAH JEMAAH JAMIAT JAMATUL GAMA'A HARAKAT HARKAT
HARAKUT HAREKAT HIZB HIZBUL LASHKAR LASKAR JAISH JAYSH JEISH JABHAT JABHA ANSAR TEHRIK TEHREEK
KATAIB KATA'IB SARAYA SIPAH JUND FEDAYEEN TANZIM FRENTE FRONTE MOVIMIENTO EJERCITO FUERZAS COMANDO
ARMATA ACCOLTA BARISAN KUMPULAN ORGANIZACION PARTIDO GRUPO GROUPE COMITE LIGA CELLULE CELLULES
ARMEE HUKBONG
AGENCY AGENCIES FUND BANK BANKS COMMISSION INSTITUTE INSTITUTION FOUNDATION CENTRE CENTER PROGRAMME
PROGRAM WATCH INTERNATIONAL CORPORATION CORP CORP. CO CO. COMPANY INC INC. LTD LTD. LIMITED PLC LLC
L.P. S.A. N.V. HOLDINGS HOLDING INDUSTRIES TRUST PARTNERS PARTNERSHIP COURT TRIBUNAL OFFICE
MISSION PARLIAMENT ASSEMBLY CONFERENCE FORUM COMMUNITY SECRETARIAT AUTHORITY BOARD BUREAU SERVICE
SERVICES AIRLINES AIRWAYS BANCORP BANCSHARES FINANCIAL ENERGY PETROLEUM OIL GAS MINING SYSTEMS
TECHNOLOGIES TECHNOLOGY PHARMACEUTICALS PHARMACEUTICAL PHARMA MOTORS COMMUNICATIONS TELECOM
TELECOMMUNICATIONS NEWS TIMES POST HERALD TRIBUNE JOURNAL TELEVISION RADIO PRESS BROADCASTING
UNIVERSITY COLLEGE CHURCH INITIATIVE PROJECT CAMPAIGN RELIEF AID INSURANCE ENTERPRISES RESOURCES
PROPERTIES REALTY CAPITAL INVESTMENTS INVESTMENT ELECTRIC ELECTRONICS AEROSPACE CHEMICAL CHEMICALS
STEEL COOPERATIVE SYNDICATE CONSORTIUM MINISTRY ACADEMY LABORATORIES LABS BANCO BANQUE GRUPPE
`)

// roleWords mark a person, an office or a description, not a named body.
var roleWords = phoenix.Set(`
SECRETARY SECRETARY-GENERAL PRESIDENT CHAIRMAN CHAIRWOMAN CHAIRPERSON DIRECTOR DIRECTOR-GENERAL
CHIEF CEO SPOKESMAN SPOKESWOMAN SPOKESPERSON ENVOY AMBASSADOR REPRESENTATIVE RAPPORTEUR OFFICIAL
OFFICIALS OFFICER MONITOR MONITORS PEACEKEEPER PEACEKEEPERS INSPECTOR INSPECTORS COMMISSIONER
MINISTER MINISTERS DELEGATE DELEGATES JOURNALIST REPORTER CORRESPONDENT ACTIVIST ACTIVISTS MEMBER
MEMBERS STAFFER EMPLOYEE EMPLOYEES TROOPS SOLDIER SOLDIERS COUNTRIES LEADER LEADERS HEAD FOUNDER
OPERATIVES OPERATIVE MILITANT EXTREMIST EXTREMISTS CONSPIRATORS AFFILIATED LINKED OFFSHOOT VESSEL
MNC MNCS NGO NGOS IGO IGOS
`)

// personWords (or a first word "ABU") make a phrase without an
// organisational word a person's name.
var personWords = phoenix.Set(`SHEIKH SHEIK SHAIKH SAYYID SAYYED SEYYED COMMANDER EMIR AMIR IMAM MULLAH MAULANA
BIN IBN MR MRS MS DR GENERAL COLONEL CAPTAIN LADY BARONESS LORD SIR BROTHER`)

// smallWords are written in lower case inside a name.
var smallWords = phoenix.Set(`of the for and in on at to by a an de del della dei des du di da do dos das la le les y
e et i o el ul ud ur bin ibn fi wa li und van von der den with against from into over per por para en au aux
sur contre contro il al`)

// particles joined by hyphens inside a word, written in lower case:
// "Lashkar-e-Taiba", "Hizb-i-Islami", "ad-Din", "ul-Mujahidin".
var particles = phoenix.Set(`e i o ye ul ud ur ut al el ad ar as ash at az an us wa fi li bi`)

// labelWords are religious and political labels that, like ordinary words,
// do not make a name of their own ("Islamic Group", "Syrian Mujahideen").
var labelWords = phoenix.Set(`islamic islamist muslim moslem arab arabian christian jewish catholic protestant hindu
sikh buddhist communist socialist marxist maoist leninist trotskyist zionist anarchist anarchists
nationalist kurdish kurd kurds palestinian shiite shia sunni salafist salafi wahhabi jihadist
mujahideen mujahidin mujahedin mujahedeen mujahiden fedayeen islam allah god
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday`)

// notNames: entries of the group lists that are people.
var notNames = phoenix.Set(`AYMAN_AL_ZAWAHIRI INTERNATIONAL_GOVERNMENT_ORGANISATION_ INTERNATIONAL_GOVERNMENT_ORGANIZATION_
NON_GOVERNMENTAL_ORGANISATION_ NON_GOVERNMENTAL_ORGANIZATION_ NON_GOVERNMENT_ORGANISATION_ NON_GOVERNMENT_ORGANIZATION_`)

// abbreviations without vowels that are not acronyms.
var abbreviations = phoenix.Set(`ST ST. MR MRS MS DR JR SR MT FT LTD LTD.`)

// genericOK: well-known names made only of ordinary words, kept all the same.
var genericOK = phoenix.Set("") // filled in init from genericOKNames

// genericOKNames are generic phrases kept all the same: each names one
// well-known group.
var genericOKNames = []string{"SHINING PATH", "RED BRIGADES", "BLACK SEPTEMBER", "KHMER ROUGE"}

// singleWordNames: one-word names that are not acronyms, kept because they
// name one well-known group and no ordinary thing or person.
var singleWordNames = map[string]string{
	"TUPAMAROS":    "Tupamaros",
	"MONTONEROS":   "Montoneros",
	"SANDINISTAS":  "Sandinistas",
	"MACHETEROS":   "Macheteros",
	"INTERAHAMWE":  "Interahamwe",
	"NAXALITES":    "Naxalites",
	"IPARRETARRAK": "Iparretarrak",
	"CHUKAKUHA":    "Chukakuha",
}

// notAcronym: short one-word names that are words or names, not acronyms,
// and so would be written in capitals wrongly ("Kach", "Amal").
var notAcronym = phoenix.Set(`KACH KAKH AMAL EYAL HISBA HAMAS FATEH ALEPH HOTARU SHAHIN TIGERS AMIT`)

// acronymOK: acronyms accepted as aliases although they have three letters
// or spell a word; other three-letter acronyms are too likely to stand for
// something else in news text.
var acronymOK = phoenix.Set(`ETA IRA KLA AUC RUF PUK MEK MILF`)

// overrides replace the conversion of a few entries whose Phoenix form is not
// the one the news uses.
var overrides = map[string]struct {
	name, affiliation string
	aliases           []string
}{
	"AL-FATAH_": {name: "Fatah", affiliation: "Palestine", aliases: []string{"al-Fatah", "Al-Fatah", "Fateh", "Fatah Party"}},
}

// phoenixCountryCodes: country prefixes that Phoenix.MilNonState.actors.txt
// writes differently from countries.tsv (ANGREB for UNITA; PRIREB for the
// Puerto Rican groups, where Phoenix.Countries.actors.txt has USAPRI). The
// generator writes them with countries.tsv's code (AGOREB, USAPRIREB).
var phoenixCountryCodes = map[string]string{"ANG": "Angola", "PRI": "Puerto Rico"}

// extraRows are not Phoenix entries. The European Community (the EEC until
// 1993) is named in old and historical news; Phoenix codes its office holders
// IGOEUREEC ("# European Community (EEC)" in Phoenix.International.actors.txt),
// the EU's code.
var extraRows = []row{
	{name: "European Community", kind: "organization", code: "IGOEUREEC", aliases: []string{"European Communities"}},
	{name: "European Economic Community", kind: "organization", code: "IGOEUREEC", aliases: []string{"EEC"}},
}

// init fills genericOK from genericOKNames.
func init() {
	for _, n := range genericOKNames {
		genericOK[n] = true
	}
}
