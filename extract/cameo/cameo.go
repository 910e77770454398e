package cameo

import "strings"

// A Root is the top level of a CAMEO event code: its first two digits.
type Root string

// The roots of CAMEO 1.1b3.
const (
	MakeStatement           Root = "01"
	Appeal                  Root = "02"
	ExpressIntent           Root = "03" // to cooperate
	Consult                 Root = "04"
	CooperateDiplomatically Root = "05"
	CooperateMaterially     Root = "06"
	ProvideAid              Root = "07"
	Yield                   Root = "08"
	Investigate             Root = "09"
	Demand                  Root = "10"
	Disapprove              Root = "11"
	Reject                  Root = "12"
	Threaten                Root = "13"
	Protest                 Root = "14"
	ExhibitForcePosture     Root = "15"
	ReduceRelations         Root = "16"
	Coerce                  Root = "17"
	Assault                 Root = "18"
	Fight                   Root = "19"
	MassViolence            Root = "20" // unconventional mass violence
)

// A Class is one of CAMEO's four quad classes.
type Class uint8

// Quad classes.
const (
	NoClass             Class = iota
	VerbalCooperation         // 01 to 05
	MaterialCooperation       // 06 to 08
	VerbalConflict            // 09 to 13
	MaterialConflict          // 14 to 20
)

// A root's entry in the table.
type root struct {
	name   string
	plover string // PLOVER 2021 category, "" for none
	class  Class
	// The codes CAMEO gives an intended, threatened or refused act of the
	// root, "" for none: intending to consult is 036, threatening to
	// protest 133, refusing to give aid 122.
	intent, threat, refusal string
}

// roots is the table, indexed by a root's number.
var roots = [...]root{
	1:  {"make public statement", "", VerbalCooperation, "", "", ""},
	2:  {"appeal", "", VerbalCooperation, "", "", ""},
	3:  {"express intent to cooperate", "AGREE", VerbalCooperation, "", "", "120"},
	4:  {"consult", "CONSULT", VerbalCooperation, "036", "", "125"},
	5:  {"engage in diplomatic cooperation", "SUPPORT", VerbalCooperation, "032", "", "120"},
	6:  {"engage in material cooperation", "COOPERATE", MaterialCooperation, "031", "", "121"},
	7:  {"provide aid", "AID", MaterialCooperation, "033", "", "122"},
	8:  {"yield", "CONCEDE", MaterialCooperation, "035", "", "124"}, // RETREAT too, for 087 and others
	9:  {"investigate", "ACCUSE", VerbalConflict, "", "", ""},
	10: {"demand", "REQUEST", VerbalConflict, "", "", ""},
	11: {"disapprove", "ACCUSE", VerbalConflict, "", "", ""},
	12: {"reject", "REJECT", VerbalConflict, "", "", ""},
	13: {"threaten", "THREATEN", VerbalConflict, "", "", ""},
	14: {"protest", "PROTEST", MaterialConflict, "", "133", ""},
	15: {"exhibit force posture", "MOBILIZE", MaterialConflict, "", "138", ""},
	16: {"reduce relations", "SANCTION", MaterialConflict, "", "131", ""},
	17: {"coerce", "COERCE", MaterialConflict, "", "137", ""},
	18: {"assault", "ASSAULT", MaterialConflict, "", "138", ""},
	19: {"fight", "ASSAULT", MaterialConflict, "", "138", ""},
	20: {"use unconventional mass violence", "ASSAULT", MaterialConflict, "", "1385", ""},
}

// RootOf returns the root of the event code code ("04" of "043"), or ""
// when code is not one of CAMEO's.
func RootOf(code string) Root {
	code = strings.TrimSpace(code)
	if len(code) < 2 {
		return ""
	}
	if r := Root(code[:2]); r.entry() != nil {
		return r
	}
	return ""
}

// entry returns r's entry in the table, or nil.
func (r Root) entry() *root {
	if len(r) != 2 || r[0] < '0' || r[0] > '2' || r[1] < '0' || r[1] > '9' {
		return nil
	}
	n := int(r[0]-'0')*10 + int(r[1]-'0')
	if n < 1 || n >= len(roots) {
		return nil
	}
	return &roots[n]
}

// field returns a field of r's entry, or "" when r is no root.
func (r Root) field(f func(*root) string) string {
	if e := r.entry(); e != nil {
		return f(e)
	}
	return ""
}

// Name returns the root's name in the CAMEO manual, lower case: "consult".
func (r Root) Name() string { return r.field(func(e *root) string { return e.name }) }

// Plover returns the PLOVER 2021 category of the root, or "" for none.
func (r Root) Plover() string { return r.field(func(e *root) string { return e.plover }) }

// Class returns the root's quad class.
func (r Root) Class() Class {
	if e := r.entry(); e != nil {
		return e.class
	}
	return NoClass
}

// Intent returns the code of expressing intent to do an act of the root
// ("036" for consult), or "" when CAMEO has none: only cooperative acts,
// 04 to 08, have one.
func (r Root) Intent() string { return r.field(func(e *root) string { return e.intent }) }

// Threat returns the code of threatening an act of the root ("133" for
// protest), or "" when CAMEO has none: only acts of material conflict, 14
// to 20, have one.
func (r Root) Threat() string { return r.field(func(e *root) string { return e.threat }) }

// Refusal returns the code of refusing an act of the root ("125" for
// consult), or "" when CAMEO has none: only cooperative acts, 03 to 08,
// have one.
func (r Root) Refusal() string { return r.field(func(e *root) string { return e.refusal }) }

// Hostile reports whether an act of the root is material conflict: protest,
// force posture, reduced relations, coercion, assault, fight or mass
// violence. Intended, such an act is a threat (see [Root.Threat]).
func (r Root) Hostile() bool { return r.Class() == MaterialConflict }

// UsesForce reports whether an act of the root is done by force to its
// target: coercion, assault, fight or mass violence (17 to 20). A
// passive verb of such an act names its victim as subject ("was
// attacked").
func (r Root) UsesForce() bool { return r >= Coerce && r <= MassViolence && r.entry() != nil }

// meetings are the codes of meetings: consult, make a visit, host a
// visit, meet at a third location, engage in negotiation. A telephone
// call (041) and mediation (045) are not meetings.
var meetings = map[string]bool{"040": true, "042": true, "043": true, "044": true, "046": true}

// IsMeeting reports whether code is the code of a meeting: 040, 042,
// 043, 044 or 046.
func IsMeeting(code string) bool { return meetings[strings.TrimSpace(code)] }
