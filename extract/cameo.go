package extract

// CAMEO returns the code that CAMEO, which has no modality, gives the
// report of e: an intended or offered cooperative act ("will meet",
// "offered aid") is an expression of intent to cooperate (03x), an
// intended or threatened hostile act ("would boycott", "will extend the
// curfew") a threat (13x), and a refused cooperative act ("will not meet")
// a rejection (12x). Other events keep their own code. Chronicle's Event
// keeps the act's code and its modality apart; this is for joining data
// coded the CAMEO way.
func CAMEO(e Event) string {
	if len(e.Cameo) < 2 {
		return e.Cameo
	}
	root := e.Cameo[:2]
	switch e.Modality {
	case Planned, Hypothetical:
		if c, ok := intentCodes[root]; ok {
			return c
		}
		if c, ok := threatCodes[root]; ok {
			return c
		}
	case Negated:
		if c, ok := refusalCodes[root]; ok {
			return c
		}
	}
	return e.Cameo
}

var (
	// intentCodes: the 03x code for intending an act of each cooperative root.
	intentCodes = map[string]string{"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
	// threatCodes: the 13x code for threatening an act of each hostile root.
	threatCodes = map[string]string{"14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "1385"}
	// refusalCodes: the 12x code for refusing an act of each cooperative root.
	refusalCodes = map[string]string{"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
)
