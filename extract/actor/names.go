package actor

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// Names outside the gazetteer: runs of capitalised words that name a
// person, an organisation or a group, with a guess at the kind from the
// words they hold.

// The head words that tell a name's kind (words.txt).
var (
	orgHeads   = lexicon.Set("org-heads")   // an organisation's: "party", "ministry"
	groupHeads = lexicon.Set("group-heads") // an armed or political group's: "rebels"
	placeHeads = lexicon.Set("place-heads") // a place's, which is not an actor: "river"

	// the words around a name that make it a company's
	companyAfterPossessive = lexicon.Set("company-after-possessive")
	companyBeforeOf        = lexicon.Set("company-before-of")
	companyAfter           = lexicon.Set("company-after")
	companyModifies        = lexicon.Set("company-modifies") // "the Ford plant"
	companyVerbs           = lexicon.Set("company-verbs")
	objectOpeners          = lexicon.Set("object-openers")
	companyHeads           = lexicon.Set("company-heads")
	companyNouns           = lexicon.Set("company-nouns")
	legalSuffixes          = lexicon.Set("legal-suffixes") // "Inc", "Ltd": a company's, dropped in its short name
	productHeads           = lexicon.Set("product-heads")  // "Store": a product's or service's
	dateWords              = lexicon.Set("date-words")     // "Oct", "Thu": no brand before a model number
	amountWords            = lexicon.Set("amount-words")   // "billion": the number before is an amount, no model
)

// unknownNameAt reads a run of capitalised words at token i that the
// gazetteer does not know, and makes an actor of it when its kind can be
// told.
func (d *reader) unknownNameAt(g *gazetteer, i int) (Span, bool) {
	if d.capitalised(i) && notNames()[d.Lower(i)] {
		// "General Motors": a brand whose first word is a title's
		for end := i + 2; end <= min(i+4, len(d.Toks)) && d.Toks[end-1].Sent == d.Toks[i].Sent && d.capitalised(end-1); end++ {
			if b, ok := d.brandAt(g, i, end); ok {
				a := d.addActor(Actor{Name: b.name, Kind: Organization, Code: b.code})
				return Span{T0: i, T1: end, Start: int(d.Toks[i].Start), End: int(d.Toks[end-1].End), Actor: a}, true
			}
		}
	}
	if !d.capitalised(i) || notNames()[d.Lower(i)] || salutations()[d.Lower(i)] || strings.HasSuffix(d.Lower(i), "-based") ||
		referenceNouns()[d.Lower(i)] && i+1 < len(d.Toks) && modelNumber(d.Word(i+1)) {
		// "Seattle-based" is where the name after it is based; "Dear
		// Sarah Palin" is read from "Sarah"; "Paragraph 12" points
		// into a text
		return Span{}, false
	}
	end := i
	for end < len(d.Toks) && d.Toks[end].Sent == d.Toks[i].Sent {
		switch {
		case d.capitalised(end) && (end == i || !d.formStarts(g, end) && !notNames()[d.Lower(end)]):
			end++
			continue
		case end > i && (articleName(d.Word(end)) || arabicLinks[d.Word(end)] && d.capitalised(end+1)):
			end++ // "Abdel Basset al-Megrahi", "Hamza bin Laden"
			continue
		case end == i+1 && modelNumber(d.Word(end)) && !dateWords[d.Lower(end-1)] && !amountWords[d.Lower(end+1)]:
			end++ // "iPhone 4", "Boeing 737"; not "Oct 20", nor an age after a full name, nor "fined Meta 1 billion euros"
			continue
		case (d.Lower(end) == "of" || d.Lower(end) == "for") && end > i && d.capitalised(end+1):
			end++
			continue
		case (d.Lower(end) == "of" || d.Lower(end) == "for") && end > i && d.Lower(end+1) == "the" && d.capitalised(end+2):
			end += 2 // "Movement for the Actualization of the Sovereign State of Biafra"
			continue
		}
		break
	}
	for end > i && !d.capitalised(end-1) && !modelNumber(d.Word(end-1)) && !articleName(d.Word(end-1)) {
		end-- // a trailing connector
	}
	n := end - i
	if n >= 2 && d.sentenceInitial(i) {
		if _, ok := d.brandAt(g, i+1, end); ok {
			return Span{}, false // "Rival Honda", "Carmaker Toyota": the brand after a sentence's first word
		}
	}
	if b, ok := d.brandAt(g, i, end); ok {
		// "Volkswagen will cut 35,000 jobs"; not "the Amazon basin"
		a := d.addActor(Actor{Name: b.name, Kind: Organization, Code: b.code})
		return Span{T0: i, T1: end, Start: int(d.Toks[i].Start), End: int(d.Toks[end-1].End), Actor: a}, true
	}
	company := n > 0 && d.companyCue(i, end)
	if n == 0 || n == 1 && d.sentenceInitial(i) && !company && !camelCase(d.Word(i)) {
		return Span{}, false
	}
	kind, code := d.nameKind(i, end), ""
	if kind == Organization {
		code = d.orgSector(kind, i, end)
	}
	if (company || d.companyName(i, end)) && (kind == "" || kind == Person) {
		kind, code = Organization, "BUS"
	}
	if kind == "" {
		return Span{}, false
	}
	name := d.Text[d.Toks[i].Start:d.Toks[end-1].End]
	a := d.addActor(Actor{Name: name, Kind: kind, Code: code})
	switch {
	case kind == Person:
		d.localSurname(name, a)
	case code == "BUS" && n >= 2 && legalSuffixes[d.Lower(end-1)]:
		d.localShortName(d.Text[d.Toks[i].Start:d.Toks[end-2].End], a) // "Apple Inc." … "Apple"
	case code == "BUS" && n == 1:
		d.localShortName(name, a) // "the forestry company Arauco" … "Arauco warned"
	}
	return Span{T0: i, T1: end, Start: int(d.Toks[i].Start), End: int(d.Toks[end-1].End), Actor: a}, true
}

// companyCue reports whether the words around the name in tokens [i,
// end) make it a company's: "Seattle-based Amazon", "the copper producer
// Codelco", "Codelco's chief
// executive", "shares of Nvidia", "Nvidia shares" (words.txt).
func (d *reader) companyCue(i, end int) bool {
	if end-i == 1 && (companyHeads[d.Lower(i)] || orgHeads[d.Lower(i)]) {
		return false // "Energy shares": the sector's
	}
	sent := d.Toks[i].Sent
	in := func(k int) bool { return k >= 0 && k < len(d.Toks) && d.Toks[k].Sent == sent }
	switch {
	case in(i-1) && strings.HasSuffix(d.Lower(i-1), "-based"):
		return true
	case in(i-1) && companyNouns[d.Lower(i-1)] && (end-i == 1 || end-i <= 3 && d.Lower(i-1) != "producer"):
		// "the battery maker Redwood Materials"; but "the producer Elise
		// Labott" is a person, a producer of films
		return true
	case in(i-2) && (d.Lower(i-1) == "of" || d.Lower(i-1) == "in") && companyBeforeOf[d.Lower(i-2)]:
		return true
	case in(end+1) && d.possessive(end) && companyAfterPossessive[d.Lower(end+1)]:
		return true
	case in(end) && end-i == 1 && companyAfter[d.Lower(end)]:
		return true
	case in(end+1) && end-i == 1 && companyVerbs[d.Lower(end)] && d.opensObject(end+1):
		return true
	}
	return false
}

// CompanyNoun reports whether lower-case word w names a company by what
// it does, as "maker" in "the software maker Mendix" (words.txt).
func CompanyNoun(w string) bool { return companyNouns[w] }

// brandAt returns the company of brands.tsv that the run of capitalised
// words in tokens [i, end) names, all of it: "Volkswagen", "Goldman
// Sachs"; not "the Amazon basin" (but "the Ford plant"), nor "Apple"
// opening a sentence unless a verb follows ("Apple said").
func (d *reader) brandAt(g *gazetteer, i, end int) (brand, bool) {
	if end <= i || i > 0 && d.Lower(i-1) == "the" && !(end < len(d.Toks) && d.Toks[end].Sent == d.Toks[i].Sent && companyModifies[d.Lower(end)]) {
		return brand{}, false
	}
	b, ok := g.brands[d.Text[d.Toks[i].Start:d.Toks[end-1].End]]
	return b, ok && !(b.guarded && d.sentenceInitial(i) && !(end < len(d.Toks) && companyFollowers()[d.Lower(end)]))
}

// companyFollowers, after a company's name that is also a word, make it
// the company's even opening a sentence: "Apple said", "Amazon was fined".
var companyFollowers = sync.OnceValue(func() map[string]bool { return lexicon.Set("company-followers") })

// opensObject reports whether token k may open a verb's object: a
// determiner, a number, a name ("unveiled the iPhone 16", "recalled 1
// million", "acquired Mendix").
func (d *reader) opensObject(k int) bool {
	return objectOpeners[d.Lower(k)] || d.Toks[k].Kind == text.Number || d.capitalised(k)
}

// nameKind guesses the kind of the name in tokens [i, end): an
// organisation or group by its head words, a person when two or three
// plain words, else "" (not an actor: a place, a heading, a single word).
func (d *reader) nameKind(i, end int) Kind {
	for j := i; j < end; j++ {
		w := d.Lower(j)
		if placeHeads[w] {
			return ""
		}
	}
	for j := end - 1; j >= i; j-- {
		w := d.Lower(j)
		switch {
		case groupHeads[w]:
			return Group
		case orgHeads[w]:
			return Organization
		}
	}
	if n := end - i; n <= 3 && !d.joinsNames(i, end) {
		for j := i; j < end; j++ {
			if w := d.Word(j); camelCase(w) || j > i && strings.ContainsAny(w, "0123456789") && !d.sentenceInitial(i) {
				return Product // "iPhone 4", "Galaxy S24", "MacBook Air", "iPod"
			}
		}
		if n >= 2 && (productHeads[d.Lower(end-1)] || pluralAcronym(d.Word(end-1))) {
			return Product // "App Store", "Jeep SUVs"
		}
		if n >= 2 {
			return Person
		}
	}
	return ""
}

// companyName reports whether the name in tokens [i, end) is a company's
// by its last word: "Delta Air Lines", but not "Energy" alone, nor
// "Department of Energy".
func (d *reader) companyName(i, end int) bool {
	return end-i >= 2 && companyHeads[d.Lower(end-1)] && !d.joinsNames(i, end)
}

// joinsNames reports whether the name in tokens [i, end) holds "of" or
// "for", which join a body to what it is of: "Department of Energy",
// "Movement for Democratic Change".
func (d *reader) joinsNames(i, end int) bool {
	for j := i; j < end; j++ {
		if w := d.Lower(j); w == "of" || w == "for" {
			return true
		}
	}
	return false
}

// localSurname lets the surname of a person first named in full in this
// article name them later on ("Mario Soares … Soares said").
func (d *reader) localSurname(name string, actor int) {
	if d.surnames == nil {
		d.surnames = map[string]int{}
	}
	if s := surname(name); s != name {
		if a, taken := d.surnames[s]; taken {
			if a != actor {
				d.surnames[s] = -1 // two people share it: resolve neither
			}
			return
		}
		d.surnames[s] = actor
	}
}

// localShortName lets a company first named with its legal suffix be
// named without it later on ("Apple Inc." … "Apple"), and one first told
// a company by the words around it be named alone ("the forestry company
// Arauco" … "Arauco warned"). Only a one-word name is looked for, as
// surnames are.
func (d *reader) localShortName(short string, actor int) {
	if strings.Contains(short, " ") {
		return
	}
	if d.surnames == nil {
		d.surnames = map[string]int{}
	}
	if _, taken := d.surnames[short]; !taken {
		d.surnames[short] = actor
	}
}

// surnameAt resolves a surname of a person named earlier in the article.
func (d *reader) surnameAt(i int) (Span, bool) {
	a, ok := d.surnames[d.Word(i)]
	if !ok || a < 0 {
		return Span{}, false
	}
	return Span{T0: i, T1: i + 1, Start: int(d.Toks[i].Start), End: int(d.Toks[i].End), Actor: a}, true
}

// sectorHeads give an unknown organisation with no state a CAMEO sector
// code by its head word: "company" BUS, "university" EDU (words.txt).
var sectorHeads = sync.OnceValue(func() map[string]string { return lexicon.Map("sector-heads") })

// orgSector returns the sector code of an organisation named in tokens
// [i, end) by its last head word, or "".
func (d *reader) orgSector(kind Kind, i, end int) string {
	if kind != Organization {
		return ""
	}
	for j := end - 1; j >= i; j-- {
		if c, ok := sectorHeads()[d.Lower(j)]; ok {
			return c
		}
		if orgHeads[d.Lower(j)] {
			return ""
		}
	}
	return ""
}

// modelNumber reports whether w can end a product's name after its
// brand: a short number or a code of capitals and digits ("4", "737",
// "S24", "3GS"), but not a year ("Conference 2010").
func modelNumber(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	digits := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	if digits == 0 {
		return false
	}
	return !(len(w) == 4 && digits == 4 && (w[:2] == "19" || w[:2] == "20"))
}

// arabicLinks join the names of an Arabic name before the name they
// link: "Hamza bin Laden" (the article of "al-Megrahi" is articleName's).
var arabicLinks = map[string]bool{"bin": true, "ibn": true, "bint": true}

// pluralAcronym reports whether w is an acronym made plural, a kind of
// thing and no part of a person's name: "SUVs", "EVs".
func pluralAcronym(w string) bool {
	n := len(w)
	return n >= 3 && w[n-1] == 's' && text.AllUpper(w[:n-1]) && !peopleAcronyms()[w]
}

// peopleAcronyms are the plural acronyms that name people, not things:
// "Labour MPs" (words.txt).
var peopleAcronyms = sync.OnceValue(func() map[string]bool { return lexicon.Set("people-acronyms") })
