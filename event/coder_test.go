package event

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/nlp"
)

// goldParse builds a parsed sentence from a hand-written dependency parse:
// one token a line, "form lemma UPOS head rel [XPOS]", heads counted from 1
// (0 is the root), as in CoNLL-U. Offsets are found in text from left to
// right.
func goldParse(t *testing.T, text, conll string) *nlp.Sentence {
	t.Helper()
	s := &nlp.Sentence{Text: text}
	at := 0
	for _, line := range strings.Split(strings.TrimSpace(conll), "\n") {
		f := strings.Fields(line)
		if len(f) != 5 && len(f) != 6 {
			t.Fatalf("bad gold line %q", line)
		}
		xpos := ""
		if len(f) == 6 {
			xpos = f[5]
		}
		i := strings.Index(text[at:], f[0])
		if i < 0 {
			t.Fatalf("token %q not in %q after %d", f[0], text, at)
		}
		head, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatal(err)
		}
		start := at + i
		at = start + len(f[0])
		s.Tokens = append(s.Tokens, nlp.Token{Text: f[0], Lemma: f[1], UPOS: f[2], Head: head - 1, Rel: f[4], XPOS: xpos, Start: start, End: at, Ent: "O"})
	}
	return s
}

type want struct {
	code, src, tgt string
	negated        bool
	modality       string
}

func TestCoder(t *testing.T) {
	c, dict := dictCoder(t)
	tests := []struct {
		name, text, conll string
		coref             []string // actors named before, for pronouns
		want              []want
	}{
		{
			name: "particle verb, target in the object's phrase",
			text: "Iran's president-elect ruled out negotiations with the United States.",
			conll: `Iran Iran PROPN 3 nmod:poss
's 's PART 1 case
president-elect president-elect NOUN 4 nsubj
ruled rule VERB 0 root
out out ADP 4 compound:prt
negotiations negotiation NOUN 4 obj
with with ADP 10 case
the the DET 10 det
United United PROPN 10 compound
States States PROPN 6 nmod
. . PUNCT 4 punct`,
			want: []want{{"125", "IRN", "USA", false, "asserted"}},
		},
		{
			name: "a rejected claim targets its author; what it claims is no event",
			text: "Cuba rejected accusations by the United States that it was training rebels.",
			conll: `Cuba Cuba PROPN 2 nsubj
rejected reject VERB 0 root
accusations accusation NOUN 2 obj
by by ADP 7 case
the the DET 7 det
United United PROPN 7 compound
States States PROPN 2 obl
that that SCONJ 11 mark
it it PRON 11 nsubj
was be AUX 11 aux
training train VERB 7 acl
rebels rebel NOUN 11 obj
. . PUNCT 2 punct`,
			want: []want{{"016", "CUB", "USA", false, "asserted"}},
		},
		{
			name: "a rejected offer targets who made it, named in the phrase of what is offered",
			text: "The Taliban rejected an offer of talks from Afghanistan's president.",
			conll: `The the DET 2 det
Taliban Taliban PROPN 3 nsubj
rejected reject VERB 0 root
an a DET 5 det
offer offer NOUN 3 obj
of of ADP 7 case
talks talk NOUN 5 nmod
from from ADP 11 case
Afghanistan Afghanistan PROPN 11 nmod:poss
's 's PART 9 case
president president NOUN 7 nmod
. . PUNCT 3 punct`,
			want: []want{{"127", "AFG", "AFG", false, "asserted"}},
		},
		{
			name: "what is offered in exchange is no event",
			text: "Hezbollah demanded that Israel free prisoners in exchange for releasing two soldiers.",
			conll: `Hezbollah Hezbollah PROPN 2 nsubj NNP
demanded demand VERB 0 root VBD
that that SCONJ 5 mark IN
Israel Israel PROPN 5 nsubj NNP
free free VERB 2 ccomp VB
prisoners prisoner NOUN 5 obj NNS
in in ADP 8 case IN
exchange exchange NOUN 5 obl NN
for for SCONJ 10 mark IN
releasing release VERB 5 advcl VBG
two two NUM 12 nummod CD
soldiers soldier NOUN 10 obj NNS
. . PUNCT 2 punct .`,
			want: []want{{"1053", "LBN", "ISR", false, "asserted"}},
		},
		{
			name: "what a rejected proposal proposes is no event",
			text: "Yemen's president rejected an opposition proposal that he step down.",
			conll: `Yemen Yemen PROPN 3 nmod:poss NNP
's 's PART 1 case POS
president president NOUN 4 nsubj NN
rejected reject VERB 0 root VBD
an a DET 7 det DT
opposition opposition NOUN 7 compound NN
proposal proposal NOUN 4 obj NN
that that SCONJ 10 mark IN
he he PRON 10 nsubj PRP
step step VERB 4 advcl VBP
down down ADP 10 compound:prt RP
. . PUNCT 4 punct .`,
			coref: []string{"Ali Abdullah Saleh"},
			want:  []want{{"127", "YEM", "", false, "asserted"}},
		},
		{
			name: "what a time phrase says after a comma names no target",
			text: "Chile and Peru restored relations on Thursday, eight years after their war over the Falkland Islands.",
			conll: `Chile Chile PROPN 4 nsubj NNP
and and CCONJ 3 cc CC
Peru Peru PROPN 1 conj NNP
restored restore VERB 0 root VBD
relations relation NOUN 4 obj NNS
on on ADP 7 case IN
Thursday Thursday PROPN 4 obl NNP
, , PUNCT 13 punct ,
eight eight NUM 10 nummod CD
years year NOUN 13 nmod:unmarked NNS
after after ADP 13 case IN
their their PRON 13 nmod:poss PRP$
war war NOUN 7 appos NN
over over ADP 17 case IN
the the DET 17 det DT
Falkland Falkland PROPN 17 compound NNP
Islands Island PROPN 7 nmod NNPS
. . PUNCT 4 punct .`,
			want: []want{{"050", "CHL", "PER", false, "asserted"}, {"050", "PER", "CHL", false, "asserted"}},
		},
		{
			name: "inspectors searching are an inquiry, whoever their actor is named by",
			text: "U.N. weapons inspectors searched the homes of Iraqi scientists.",
			conll: `U.N. U.N. PROPN 3 compound NNP
weapons weapon NOUN 3 compound NNS
inspectors inspector NOUN 4 nsubj NNS
searched search VERB 0 root VBD
the the DET 6 det DT
homes home NOUN 4 obj NNS
of of ADP 9 case IN
Iraqi Iraqi ADJ 9 amod JJ
scientists scientist NOUN 6 nmod NNS
. . PUNCT 4 punct .`,
			want: []want{{"090", "IGO", "IRQ", false, "asserted"}},
		},
		{
			name: "police near a foreign mission are not the mission's country's",
			text: "Riot police fired tear gas at protesters outside the French embassy.",
			conll: `Riot riot NOUN 2 compound NN
police police NOUN 3 nsubj NNS
fired fire VERB 0 root VBD
tear tear NOUN 5 compound NN
gas gas NOUN 3 obj NN
at at ADP 7 case IN
protesters protester NOUN 3 obl NNS
outside outside ADP 11 case IN
the the DET 11 det DT
French French ADJ 11 amod JJ
embassy embassy NOUN 3 obl NN
. . PUNCT 3 punct .`,
			want: []want{{"175", "", "", false, "asserted"}},
		},
		{
			name: "a phrase after commas hung on the verb is no object taken for an oblique",
			text: "Ukraine accused separatists of downing a jet, killing 298 people, most of them Dutch nationals.",
			conll: `Ukraine Ukraine PROPN 2 nsubj NNP
accused accuse VERB 0 root VBD
separatists separatist NOUN 2 obj NNS
of of SCONJ 5 mark IN
downing down VERB 3 acl VBG
a a DET 7 det DT
jet jet NOUN 5 obj NN
, , PUNCT 9 punct ,
killing kill VERB 5 advcl VBG
298 298 NUM 11 nummod CD
people person NOUN 9 obj NNS
, , PUNCT 17 punct ,
most most ADJ 17 nsubj JJ
of of ADP 15 case IN
them they PRON 13 nmod PRP
Dutch Dutch PROPN 17 compound NNP
nationals national NOUN 2 obl NNS
. . PUNCT 2 punct .`,
			want: []want{{"112", "UKR", "", false, "asserted"}},
		},
		{
			name: "the toll of an attack is no second event",
			text: "Syrian warplanes pounded Damascus, killing dozens of people.",
			conll: `Syrian Syrian ADJ 2 amod JJ
warplanes warplane NOUN 3 nsubj NNS
pounded pound VERB 0 root VBD
Damascus Damascus PROPN 3 obj NNP
, , PUNCT 6 punct ,
killing kill VERB 3 advcl VBG
dozens dozen NOUN 6 obj NNS
of of ADP 9 case IN
people person NOUN 7 nmod NNS
. . PUNCT 3 punct .`,
			want: []want{{"194", "SYR", "SYR", false, "asserted"}},
		},
		{
			name:  "negated meeting is a rejection; pronoun source",
			text:  "He said he would not meet with President Joe Biden.",
			coref: []string{"Ebrahim Raisi"},
			conll: `He he PRON 2 nsubj
said say VERB 0 root
he he PRON 6 nsubj
would would AUX 6 aux
not not PART 6 advmod
meet meet VERB 2 ccomp
with with ADP 9 case
President President PROPN 9 compound
Joe Joe PROPN 6 obl
Biden Biden PROPN 9 flat
. . PUNCT 2 punct`,
			want: []want{{"125", "IRN", "USA", false, "future"}},
		},
		{
			name: "passive with agent",
			text: "Iranian targets were attacked by Israel.",
			conll: `Iranian Iranian ADJ 2 amod
targets target NOUN 4 nsubj:pass
were be AUX 4 aux:pass
attacked attack VERB 0 root
by by ADP 6 case
Israel Israel PROPN 4 obl:agent
. . PUNCT 4 punct`,
			want: []want{{"190", "ISR", "IRN", false, "asserted"}},
		},
		{
			name: "relative pronoun takes its antecedent",
			text: "Iran transferred drones to the Houthis, who fired missiles into Saudi Arabia.",
			conll: `Iran Iran PROPN 2 nsubj
transferred transfer VERB 0 root
drones drone NOUN 2 obj
to to ADP 6 case
the the DET 6 det
Houthis Houthis PROPN 2 obl
, , PUNCT 9 punct
who who PRON 9 nsubj
fired fire VERB 6 acl:relcl
missiles missile NOUN 9 obj
into into ADP 13 case
Saudi Saudi PROPN 13 compound
Arabia Arabia PROPN 9 obl
. . PUNCT 2 punct`,
			want: []want{{"072", "IRN", "YEM", false, "asserted"}, {"190", "YEM", "SAU", false, "asserted"}},
		},
		{
			name: "complement verb's subject is the object",
			text: "Russia urged the United States to return to the agreement.",
			conll: `Russia Russia PROPN 2 nsubj
urged urge VERB 0 root
the the DET 5 det
United United PROPN 5 compound
States States PROPN 2 obj
to to PART 7 mark
return return VERB 2 xcomp
to to ADP 10 case
the the DET 10 det
agreement agreement NOUN 7 obl
. . PUNCT 2 punct`,
			// CAMEO codes "urged X to" as an appeal (02), PLOVER REQUEST.
			want: []want{{"02", "RUS", "USA", false, "asserted"}},
		},
		{
			name: "noun trigger with a possessor",
			text: "Israel's airstrikes against Iranian targets continued.",
			conll: `Israel Israel PROPN 3 nmod:poss
's 's PART 1 case
airstrikes airstrike NOUN 7 nsubj
against against ADP 6 case
Iranian Iranian ADJ 6 amod
targets target NOUN 3 nmod
continued continue VERB 0 root
. . PUNCT 7 punct`,
			want: []want{{"195", "ISR", "IRN", false, "asserted"}},
		},
		{
			name: "future: an intent to meet",
			text: "Turkey will host Sweden's prime minister.",
			conll: `Turkey Turkey PROPN 3 nsubj
will will AUX 3 aux
host host VERB 0 root
Sweden Sweden PROPN 6 nmod:poss
's 's PART 4 case
prime prime ADJ 7 amod
minister minister NOUN 3 obj
. . PUNCT 3 punct`,
			want: []want{{"036", "TUR", "SWE", false, "future"}},
		},
		{
			name: "X said Y must: a demand",
			text: "Russia said Ukraine must withdraw its troops.",
			conll: `Russia Russia PROPN 2 nsubj
said say VERB 0 root
Ukraine Ukraine PROPN 5 nsubj
must must AUX 5 aux
withdraw withdraw VERB 2 ccomp
its its PRON 7 nmod:poss
troops troop NOUN 5 obj
. . PUNCT 2 punct`,
			want: []want{{"10", "RUS", "UKR", false, "asserted"}},
		},
		{
			name: "an act charged is not an act reported",
			text: "Britain accused Russia of poisoning a spy.",
			conll: `Britain Britain PROPN 2 nsubj
accused accuse VERB 0 root
Russia Russia PROPN 2 obj
of of SCONJ 5 mark
poisoning poison VERB 2 advcl
a a DET 7 det
spy spy NOUN 5 obj
. . PUNCT 2 punct`,
			want: []want{{"112", "GBR", "RUS", false, "asserted"}},
		},
		{
			name: "no pattern, no event",
			text: "The weather was cold in Vienna.",
			conll: `The the DET 2 det
weather weather NOUN 4 nsubj
was be AUX 4 cop
cold cold ADJ 0 root
in in ADP 6 case
Vienna Vienna PROPN 4 obl
. . PUNCT 4 punct`,
		},
		{
			name: "a passive arrest with no agent: the authorities, implicit",
			text: "Two Iranian nationals were arrested.",
			conll: `Two two NUM 3 nummod
Iranian Iranian ADJ 3 amod
nationals national NOUN 5 nsubj:pass
were be AUX 5 aux:pass
arrested arrest VERB 0 root
. . PUNCT 5 punct`,
			want: []want{{"173", "", "IRN", false, "asserted"}},
		},
		{
			name: "a passive with an object and no auxiliary is active",
			text: "Iranian police detained two activists.",
			conll: `Iranian Iranian ADJ 2 amod
police police NOUN 3 nsubj:pass
detained detain VERB 0 root
two two NUM 5 nummod
activists activist NOUN 3 obj
. . PUNCT 3 punct`,
			want: []want{{"173", "IRN", "", false, "asserted"}},
		},
		{
			name: "an agent without by is no passive's agent",
			text: "Kenya on Saturday hosted Ugandan President Museveni.",
			conll: `Kenya Kenya PROPN 0 root
on on ADP 3 case
Saturday Saturday PROPN 1 obl
hosted host VERB 1 advcl VBN
Ugandan Ugandan ADJ 6 amod
President President PROPN 7 nmod:desc
Museveni Museveni PROPN 4 obl:agent
. . PUNCT 1 punct`,
			want: []want{{"043", "KEN", "UGA", false, "asserted"}},
		},
		{
			name: "a complaint told after its content",
			text: "Ugandan police are failing opposition supporters, a Kenyan aid group complained on Friday.",
			conll: `Ugandan Ugandan ADJ 2 amod
police police NOUN 4 nsubj
are be AUX 4 aux
failing fail VERB 0 root VBG
opposition opposition NOUN 6 compound
supporters supporter NOUN 4 obj
, , PUNCT 4 punct
a a DET 11 det
Kenyan Kenyan ADJ 11 amod
aid aid NOUN 11 compound
group group NOUN 4 obj
complained complain VERB 11 acl VBN
on on ADP 14 case
Friday Friday PROPN 12 obl
. . PUNCT 4 punct`,
			want: []want{{"114", "KEN", "UGA", false, "asserted"}},
		},
		{
			name: "where an agreement was signed is no party to it",
			text: "Kenya signed a trade agreement in Kampala.",
			conll: `Kenya Kenya PROPN 2 nsubj
signed sign VERB 0 root
a a DET 5 det
trade trade NOUN 5 compound
agreement agreement NOUN 2 obj
in in ADP 7 case
Kampala Kampala PROPN 5 nmod
. . PUNCT 2 punct`,
			want: []want{{"057", "KEN", "-", false, "asserted"}},
		},
		{
			name: "a protest's demand is its topic, not another event",
			text: "Kenyan students marched demanding new elections.",
			conll: `Kenyan Kenyan ADJ 2 amod
students student NOUN 3 nsubj
marched march VERB 0 root VBD
demanding demand VERB 3 advcl VBG
new new ADJ 6 amod
elections election NOUN 4 obj
. . PUNCT 3 punct`,
			want: []want{{"141", "KEN", "-", false, "asserted"}},
		},
		{
			name: "the palace an accord was signed at is no party to it",
			text: "Kenya signed the accord on Friday at Uganda's State House.",
			conll: `Kenya Kenya PROPN 2 nsubj
signed sign VERB 0 root
the the DET 4 det
accord accord NOUN 2 obj
on on ADP 6 case
Friday Friday PROPN 2 obl
at at ADP 11 case
Uganda Uganda PROPN 11 nmod:poss
's 's PART 8 case
State State PROPN 11 compound
House House PROPN 6 nmod
. . PUNCT 2 punct`,
			want: []want{{"057", "KEN", "-", false, "asserted"}},
		},
		{
			name: "subjects side by side are one phrase",
			text: "Kyrgyz and Tajik forces agreed to a ceasefire.",
			conll: `Kyrgyz Kyrgyz PROPN 5 nsubj
and and CCONJ 3 cc
Tajik Tajik PROPN 1 conj
forces force NOUN 5 nsubj
agreed agree VERB 0 root
to to ADP 8 case
a a DET 8 det
ceasefire ceasefire NOUN 5 obl
. . PUNCT 5 punct`,
			want: []want{{"0871", "KGZ", "TJK", false, "asserted"}, {"0871", "TJK", "KGZ", false, "asserted"}},
		},
		{
			name: "a hyphenated modifier the parser hung on the verb",
			text: "Vietnamese-led forces shelled Cambodia.",
			conll: `Vietnamese Vietnamese ADJ 3 compound
- - PUNCT 1 punct
led lead VERB 5 xcomp
forces force NOUN 5 nsubj
shelled shell VERB 0 root
Cambodia Cambodia PROPN 5 obj
. . PUNCT 5 punct`,
			want: []want{{"19", "VNM", "KHM", false, "asserted"}},
		},
		{
			name: "a sentence-initial capital makes no unknown name",
			text: "Looters attacked Iraq.",
			conll: `Looters looter NOUN 2 nsubj
attacked attack VERB 0 root
Iraq Iraq PROPN 2 obj
. . PUNCT 2 punct`,
		},
		{
			name: "a name no dictionary knows before an event noun says where",
			text: "Iran condemned the Zarqa Hills attack.",
			conll: `Iran Iran PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 6 det
Zarqa Zarqa PROPN 5 compound
Hills Hills PROPN 6 compound
attack attack NOUN 2 obj
. . PUNCT 2 punct`,
			want: []want{{"111", "IRN", "-", false, "asserted"}},
		},
		{
			name: "talks on an act name a topic, not a target",
			text: "Egypt and Sudan resumed talks on an Ethiopian dam.",
			conll: `Egypt Egypt PROPN 4 nsubj
and and CCONJ 3 cc
Sudan Sudan PROPN 1 conj
resumed resume VERB 0 root
talks talk NOUN 4 obj
on on ADP 9 case
an a DET 9 det
Ethiopian Ethiopian ADJ 9 amod
dam dam NOUN 4 obl
. . PUNCT 4 punct`,
			want: []want{{"046", "EGY", "SDN", false, "asserted"}, {"046", "SDN", "EGY", false, "asserted"}},
		},
		{
			name: "a purpose clause hung on the object gives the target",
			text: "Kenyan police fired tear gas to disperse Ugandan traders.",
			conll: `Kenyan Kenyan ADJ 2 amod
police police NOUN 3 nsubj
fired fire VERB 0 root
tear tear NOUN 5 compound
gas gas NOUN 3 obj
to to PART 7 mark
disperse disperse VERB 5 acl
Ugandan Ugandan ADJ 9 amod
traders trader NOUN 7 obj
. . PUNCT 3 punct`,
			want: []want{{"175", "KEN", "UGA", false, "asserted"}},
		},
		{
			name: "X said Y must be ready to act is a demand, the act its kind",
			text: "Egypt said Friday that Washington must be ready to mediate.",
			conll: `Egypt Egypt PROPN 2 nsubj
said say VERB 0 root
Friday Friday PROPN 2 obl:unmarked
that that SCONJ 8 mark
Washington Washington PROPN 8 nsubj
must must AUX 8 aux
be be AUX 8 cop
ready ready ADJ 3 advcl
to to PART 10 mark
mediate mediate VERB 8 xcomp
. . PUNCT 2 punct`,
			want: []want{{"108", "EGY", "USA", false, "asserted"}},
		},
		{
			name: "a conjoined verb shares the first one's auxiliary",
			text: "The rebels will leave the towns and free the hostages.",
			conll: `The the DET 2 det
rebels rebel NOUN 4 nsubj
will will AUX 4 aux
leave leave VERB 0 root
the the DET 6 det
towns town NOUN 4 obj
and and CCONJ 8 cc
free free VERB 4 conj
the the DET 10 det
hostages hostage NOUN 8 obj
. . PUNCT 4 punct`,
			want: []want{{"0353", "", "-", false, "future"}},
		},
		{
			name: "a man named Bill is no bill",
			text: "President Bill Clinton imposed sanctions on Iraq.",
			conll: `President President PROPN 2 nmod:desc
Bill Bill PROPN 4 nsubj
Clinton Clinton PROPN 2 flat
imposed impose VERB 0 root
sanctions sanction NOUN 4 obj
on on ADP 7 case
Iraq Iraq PROPN 4 obl
. . PUNCT 4 punct`,
			want: []want{{"163", "USA", "IRQ", false, "asserted"}},
		},
		{
			name:  "it that opens what a sayer says is the sayer",
			text:  "India said it had attacked Pakistani posts.",
			coref: []string{"Pakistan"},
			conll: `India India PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
had have AUX 5 aux
attacked attack VERB 2 ccomp
Pakistani Pakistani ADJ 7 amod
posts post NOUN 5 obj
. . PUNCT 2 punct`,
			want: []want{{"190", "IND", "PAK", false, "asserted"}},
		},
		{
			name: "killed by someone the text does not name",
			text: "Two Kenyan soldiers were killed by a roadside bomb.",
			conll: `Two two NUM 3 nummod
Kenyan Kenyan ADJ 3 amod
soldiers soldier NOUN 5 nsubj:pass
were be AUX 5 aux:pass
killed kill VERB 0 root VBN
by by ADP 9 case
a a DET 9 det
roadside roadside NOUN 9 compound
bomb bomb NOUN 5 obl
. . PUNCT 5 punct`,
			want: []want{{"190", "", "KEN", false, "asserted"}},
		},
		{
			name: "an unnamed attack on unnamed people is no event",
			text: "Two people were killed.",
			conll: `Two two NUM 2 nummod
people people NOUN 4 nsubj:pass
were be AUX 4 aux:pass
killed kill VERB 0 root VBN
. . PUNCT 4 punct`,
		},
		{
			name: "a disaster that kills is no use of force",
			text: "Kenya's worst drought in decades killed 300 people last year.",
			conll: `Kenya Kenya PROPN 4 nmod:poss
's 's PART 1 case
worst bad ADJ 4 amod
drought drought NOUN 7 nsubj
in in ADP 6 case
decades decade NOUN 4 nmod
killed kill VERB 0 root VBD
300 300 NUM 9 nummod
people person NOUN 7 obj
last last ADJ 11 amod
year year NOUN 7 obl:unmarked
. . PUNCT 7 punct`,
		},
		{
			name: "a use of force told in a restrictive relative clause on the subject is background",
			text: "The gunmen who attacked an Indian hotel last week had trained in Pakistan.",
			conll: `The the DET 2 det
gunmen gunman NOUN 11 nsubj
who who PRON 4 nsubj
attacked attack VERB 2 acl:relcl VBD
an a DET 7 det
Indian Indian ADJ 7 amod
hotel hotel NOUN 4 obj
last last ADJ 9 amod
week week NOUN 4 obl:unmarked
had have AUX 11 aux VBD
trained train VERB 0 root VBN
in in ADP 13 case
Pakistan Pakistan PROPN 11 obl
. . PUNCT 11 punct`,
		},
		{
			name: "a visit named by a noun that goes to no one is no event",
			text: "The Japanese premier's visit to a war shrine drew large crowds.",
			conll: `The the DET 5 det
Japanese Japanese ADJ 5 amod
premier Premier PROPN 5 nmod:poss
's 's PART 3 case
visit visit NOUN 10 nsubj
to to ADP 9 case
a a DET 9 det
war war NOUN 9 compound
shrine shrine NOUN 5 nmod
drew draw VERB 0 root VBD
large large ADJ 12 amod
crowds crowd NOUN 10 obj
. . PUNCT 10 punct`,
		},
		{
			name: "a target phrase hung on a day name",
			text: "Germany issued a warning Saturday to Iran.",
			conll: `Germany Germany PROPN 2 nsubj
issued issue VERB 0 root
a a DET 4 det
warning warning NOUN 2 obj
Saturday Saturday PROPN 2 obl:tmod
to to ADP 7 case
Iran Iran PROPN 5 nmod
. . PUNCT 2 punct`,
			want: []want{{"130", "DEU", "IRN", false, "asserted"}},
		},
		{
			name: "approached X to complain: X is whom it complains to",
			text: "Nigeria approached Niger's ambassador to complain.",
			conll: `Nigeria Nigeria PROPN 2 nsubj
approached approach VERB 0 root
Niger Niger PROPN 5 nmod:poss
's 's PART 3 case
ambassador ambassador NOUN 2 obj
to to PART 7 mark
complain complain VERB 2 advcl
. . PUNCT 2 punct`,
			want: []want{{"114", "NGA", "NER", false, "asserted"}},
		},
		{
			name: "who is investigated did the crimes",
			text: "Croatia investigated war crimes by Serbian militias.",
			conll: `Croatia Croatia PROPN 2 nsubj
investigated investigate VERB 0 root
war war NOUN 4 compound
crimes crime NOUN 2 obj
by by ADP 7 case
Serbian Serbian ADJ 7 amod
militias militia NOUN 4 nmod
. . PUNCT 2 punct`,
			want: []want{{"09", "HRV", "SRB", false, "asserted"}},
		},
		{
			name: "two subjects side by side are one phrase",
			text: "Rights group Amnesty International condemned Iran.",
			conll: `Rights right NOUN 2 compound
group group NOUN 5 nsubj
Amnesty Amnesty PROPN 5 nsubj
International International PROPN 3 flat
condemned condemn VERB 0 root
Iran Iran PROPN 5 obj
. . PUNCT 5 punct`,
			want: []want{{"111", "NGO", "IRN", false, "asserted"}},
		},
		{
			name: "the source's own forces are no target",
			text: "Russia withdrew its troops from Moldova.",
			conll: `Russia Russia PROPN 2 nsubj
withdrew withdraw VERB 0 root
its its PRON 4 nmod:poss
troops troops NOUN 2 obj
from from ADP 6 case
Moldova Moldova PROPN 2 obl
. . PUNCT 2 punct`,
			want: []want{{"0874", "RUS", "MDA", false, "asserted"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := goldParse(t, tt.text, tt.conll)
			tracker := actor.NewTracker(dict, "2021-06-22")
			for _, name := range tt.coref {
				for _, a := range dict.Resolve(name, 0, "2021-06-22") {
					tracker.Observe(a, "person")
				}
			}
			evs := c.Code(Input{DocID: "d", Sentence: dyad.Sentence{Index: 3, Text: tt.text}, Parse: p, Date: "2021-06-22", Coref: tracker})
			var got []want
			for _, e := range evs {
				w := want{e.CAMEO, e.Source.Country, "-", e.Negated, e.Modality}
				if e.Target != nil {
					w.tgt = e.Target.Country
				}
				got = append(got, w)
				if e.Sentence != 3 || e.DocID != "d" || e.Evidence.SentenceText != tt.text || e.Evidence.Pattern == "" {
					t.Errorf("event bookkeeping wrong: %+v", e)
				}
				if tr := e.Evidence.TriggerSpan; tt.text[tr[0]:tr[1]] != e.Evidence.Trigger {
					t.Errorf("trigger span %v does not hold %q", tr, e.Evidence.Trigger)
				}
				if s := e.Source.Span; tt.text[s[0]:s[1]] != e.Source.Text {
					t.Errorf("source span %v does not hold %q", s, e.Source.Text)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				// A short wanted code is a prefix: "02" matches "025".
				if g := got[i]; strings.HasPrefix(g.code, tt.want[i].code) {
					got[i].code = tt.want[i].code
				}
				if got[i] != tt.want[i] {
					t.Errorf("event %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestCoderPlaces: a place attacked stands for its country, unless it is
// the attacker's own; the weapon fired is no target.
func TestCoderPlaces(t *testing.T) {
	c, _ := dictCoder(t)
	places := map[string]string{"Odesa": "UKR", "Shusha": "AZE", "Israel": "ISR", "Sindh": "PAK", "Darfur": "SDN", "Lahore": "PAK"}
	tests := []struct {
		text, conll, want string
		src               string // the source's country, when the test is about it
	}{
		{"The government of Sindh province attacked Karachi rebels.", `The the DET 2 det
government government NOUN 6 nsubj
of of ADP 5 case
Sindh Sindh PROPN 5 compound
province province NOUN 2 nmod
attacked attack VERB 0 root
Karachi Karachi PROPN 8 compound
rebels rebel NOUN 6 obj
. . PUNCT 6 punct`, "", "PAK"},
		{"Russia fired missiles at Odesa.", `Russia Russia PROPN 2 nsubj
fired fire VERB 0 root
missiles missile NOUN 2 obj
at at ADP 5 case
Odesa Odesa PROPN 2 obl
. . PUNCT 2 punct`, "UKR", ""},
		{"Rebels killed the chief of Israel's ally.", `Rebels rebel NOUN 2 nsubj
killed kill VERB 0 root
the the DET 4 det
chief chief NOUN 2 obj
of of ADP 8 case
Israel Israel PROPN 8 nmod:poss
's 's PART 6 case
ally ally NOUN 4 nmod
. . PUNCT 2 punct`, "", ""},
		{"Sudan expelled foreign aid agencies from Darfur.", `Sudan Sudan PROPN 2 nsubj
expelled expel VERB 0 root
foreign foreign ADJ 5 amod
aid aid NOUN 5 compound
agencies agency NOUN 2 obj
from from ADP 7 case
Darfur Darfur PROPN 5 nmod
. . PUNCT 2 punct`, "", ""},
		{"India's visit to Lahore surprised analysts.", `India India PROPN 3 nmod:poss
's 's PART 1 case
visit visit NOUN 6 nsubj
to to ADP 5 case
Lahore Lahore PROPN 3 nmod
surprised surprise VERB 0 root
analysts analyst NOUN 6 obj
. . PUNCT 6 punct`, "PAK", "IND"},
		{"Azerbaijan captured the town of Shusha.", `Azerbaijan Azerbaijan PROPN 2 nsubj
captured capture VERB 0 root
the the DET 4 det
town town NOUN 2 obj
of of ADP 6 case
Shusha Shusha PROPN 4 nmod
. . PUNCT 2 punct`, "", ""},
	}
	for _, tt := range tests {
		p := goldParse(t, tt.text, tt.conll)
		in := Input{DocID: "d", Sentence: dyad.Sentence{Text: tt.text}, Parse: p, Date: "2022-06-01",
			PlaceCountry: func(start, end int) string {
				for name, c := range places {
					if i := strings.Index(tt.text[start:end], name); i >= 0 {
						return c
					}
				}
				return ""
			}}
		evs := c.Code(in)
		if len(evs) != 1 {
			t.Fatalf("%q: %d events, want 1", tt.text, len(evs))
		}
		got := ""
		if evs[0].Target != nil {
			got = evs[0].Target.Country
		}
		if got != tt.want {
			t.Errorf("%q: target %q, want %q", tt.text, got, tt.want)
		}
		if tt.src != "" && evs[0].Source.Country != tt.src {
			t.Errorf("%q: source %q, want %q", tt.text, evs[0].Source.Country, tt.src)
		}
	}
}

// TestOthersOf checks that "other" people in a list of targets take the
// country the named ones share, and only then.
func TestOthersOf(t *testing.T) {
	named := dyad.Actor{Text: "President Lukashenko", Code: "BLRGOV", Country: "BLR", Roles: []string{"GOV"}}
	others := dyad.Actor{Text: "11 other officials", Code: "---GOV", Roles: []string{"GOV"}}
	ts := []dyad.Actor{named, others}
	othersOf(ts)
	if ts[1].Country != "BLR" || ts[1].Code != "BLRGOV" {
		t.Errorf("other officials: got %s (%s), want BLRGOV", ts[1].Code, ts[1].Country)
	}
	mixed := []dyad.Actor{named, {Text: "Iran", Code: "IRN", Country: "IRN"}, others}
	othersOf(mixed)
	if mixed[2].Country != "" {
		t.Errorf("other officials beside two countries: got %s, want none", mixed[2].Code)
	}
}
