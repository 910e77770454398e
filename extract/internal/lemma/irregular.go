package lemma

import (
	"strings"
	"sync"
)

// irregularVerbs lists English verbs whose past tense or participle no
// rule of endings makes: each line a lemma, its past tense, its past
// participle if not the same, then other forms of either ("be was been
// were", "bear bore borne born"). A form the treebank never showed
// ("fled", "shot", "bled") would otherwise get the rule of its ending
// ("fl", "shet", "ble"); so would a past the same as its verb ("shut",
// "cut"), listed as its own form. Extraction inflects its trigger verbs
// by the same table. The forms are facts of English, written here from
// common knowledge.
const irregularVerbs = `
arise arose arisen
awake awoke awoken
be was been were
bear bore borne born
beat beat beaten
become became become
begin began begun
bend bent
bid bid bid bade bidden
bind bound
bite bit bitten
bleed bled
blow blew blown
break broke broken
breed bred
bring brought
build built
burn burnt
buy bought
catch caught
choose chose chosen
cling clung
come came come
creep crept
deal dealt
dig dug
dive dove
do did done
draw drew drawn
dream dreamt
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed
feel felt
fight fought
find found
flee fled
fling flung
fly flew flown
forbid forbade forbidden
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
forsake forsook forsaken
freeze froze frozen
get got gotten
give gave given
go went gone
grind ground
grow grew grown
hang hung
have had
hear heard
hide hid hidden
hold held
keep kept
kneel knelt
know knew known
lay laid
lead led
lean leant
leap leapt
learn learnt
leave left
lend lent
lie lay lain
light lit
lose lost
make made
mean meant
meet met
mislead misled
mistake mistook mistaken
outrun outran outrun
overcome overcame overcome
overhear overheard
override overrode overridden
overrun overran overrun
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid
prove proven
rebuild rebuilt
redo redid redone
repay repaid
retake retook retaken
rewrite rewrote rewritten
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said
see saw seen
seek sought
sell sold
send sent
shake shook shaken
shine shone
shoot shot
show shown
shrink shrank shrunk
sing sang sung
sink sank sunk
sit sat
slay slew slain
sleep slept
slide slid
sling slung
speak spoke spoken
speed sped
spend spent
spin spun
spit spat
spring sprang sprung
stand stood
steal stole stolen
stick stuck
sting stung
stink stank stunk
stride strode stridden
strike struck struck stricken
string strung
strive strove striven
swear swore sworn
sweep swept
swell swollen
swim swam swum
swing swung
take took taken
teach taught
tear tore torn
tell told
think thought
throw threw thrown
tread trod trodden
undergo underwent undergone
understand understood
undertake undertook undertaken
undo undid undone
uphold upheld
wake woke woken
wear wore worn
weave wove woven
weep wept
win won
wind wound
withdraw withdrew withdrawn
withhold withheld
withstand withstood
wring wrung
write wrote written
bet bet
broadcast broadcast
burst burst
cast cast
cost cost
cut cut
forecast forecast
hit hit
hurt hurt
let let
offset offset
put put
quit quit
read read
set set
shed shed
shut shut
split split
spread spread
thrust thrust
upset upset
`

// irregular holds the table: each form's lemma, each lemma's past and
// participle, and the participles.
var irregular = sync.OnceValue(func() (t struct {
	lemma       map[string]string
	verb        map[string][2]string
	participles map[string]bool
}) {
	t.lemma, t.verb, t.participles = map[string]string{}, map[string][2]string{}, map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(irregularVerbs), "\n") {
		fs := strings.Fields(line)
		pp := fs[min(2, len(fs)-1)]
		t.verb[fs[0]] = [2]string{fs[1], pp}
		t.participles[pp] = true
		for _, f := range fs[1:] {
			t.lemma[f] = fs[0]
		}
	}
	return t
})

// Irregular returns the past tense and past participle of the verb whose
// lemma is v, if the table lists it.
func Irregular(v string) (past, participle string, ok bool) {
	p, ok := irregular().verb[v]
	return p[0], p[1], ok
}

// IrregularParticiple reports whether the lower-case word w is the past
// participle of a verb the table lists: "shot", "given", "held".
func IrregularParticiple(w string) bool { return irregular().participles[w] }

// PastIsBase reports whether the lower-case word w is a verb whose past
// tense is its base form: "cut", "shut", "set".
func PastIsBase(w string) bool {
	p, ok := irregular().verb[w]
	return ok && p[0] == w
}
