package event

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestShallow: sentences whose parse is wrong are still read, shallowly,
// when the parse gives no event; passives and participles are not.
func TestShallow(t *testing.T) {
	c, _ := dictCoder(t)
	tests := []struct {
		name, text, conll string
		want              string // "code src tgt", or "" for no event
		parsed            int    // how many of the events the parse gives, before the shallow ones
	}{
		{
			name: "verb hung under a participle",
			text: "Ousted Kenyan officials have agreed to resign.",
			conll: `Ousted oust VERB 5 advcl
Kenyan Kenyan ADJ 3 amod
officials official NOUN 1 obl:agent
have have AUX 5 aux
agreed agree VERB 0 root
to to PART 7 mark
resign resign VERB 5 xcomp
. . PUNCT 5 punct`,
			want: "0341 KEN -",
		},
		{
			name: "the second place of a list after a preposition is no subject",
			text: "Bombs exploded in Nairobi and Kampala, killing 20 officials.",
			conll: `Bombs bomb NOUN 2 nsubj
exploded explode VERB 0 root
in in ADP 4 case
Nairobi Nairobi PROPN 2 obl
and and CCONJ 6 cc
Kampala Kampala PROPN 4 conj
, , PUNCT 8 punct
killing kill VERB 2 advcl
20 20 NUM 10 nummod
officials official NOUN 8 obj
. . PUNCT 2 punct`,
			want: "",
		},
		{
			name: "a gerund the tagger took for a noun",
			text: "Protests came after the US military assassinating Qasem Soleimani.",
			conll: `Protests protest NOUN 2 nsubj
came come VERB 0 root
after after ADP 7 case
the the DET 7 det
US US PROPN 7 compound
military military ADJ 7 amod
assassinating assassinating NOUN 2 obl
Qasem Qasem PROPN 7 appos
Soleimani Soleimani PROPN 8 flat
. . PUNCT 2 punct`,
			want: "186 USA IRN",
		},
		{
			name: "an irregular past the tagger took for a noun; conjoined targets after the act",
			text: "Kenyan envoy Amos Wako undertook a mediation mission between Somalia and Ethiopia.",
			conll: `Kenyan Kenyan ADJ 2 amod
envoy envoy NOUN 8 compound
Amos Amos PROPN 2 appos
Wako Wako PROPN 3 flat
undertook undertook NOUN 8 compound
a a DET 8 det
mediation mediation NOUN 8 compound
mission mission NOUN 0 root
between between ADP 10 case
Somalia Somalia PROPN 8 nmod
and and CCONJ 12 cc
Ethiopia Ethiopia PROPN 10 conj
. . PUNCT 8 punct`,
			want: "045 KEN SOM; 045 KEN ETH",
		},
		{
			name: "a particle chooses the patterns with it",
			text: "The Kenyan union said it had called off the strike.",
			conll: `The the DET 3 det
Kenyan Kenyan ADJ 3 amod
union union NOUN 4 nsubj
said say VERB 0 root
it it PRON 7 nsubj
had have AUX 7 aux
called call VERB 4 ccomp
off off ADP 7 compound:prt
the the DET 10 det
strike strike NOUN 7 xcomp
. . PUNCT 4 punct`,
			want: "082 KEN -",
		},
		{
			name: "in a sentence with an event, a finite verb parsed as an adjective",
			text: "Supporters of Ahmed Ben Bella blocked roads in Algiers demanding elections.",
			conll: `Supporters supporter NOUN 10 nsubj
of of ADP 3 case
Ahmed Ahmed PROPN 7 nmod:poss
Ben Ben PROPN 3 flat
Bella Bella ADJ 7 amod NNP
blocked block VERB 7 amod VBN
roads road NOUN 1 nmod
in in ADP 9 case
Algiers Algiers PROPN 7 nmod
demanding demand VERB 0 root
elections election NOUN 10 obj
. . PUNCT 10 punct`,
			parsed: 1,
			want:   "1041 DZA -; 144 DZA -",
		},
		{
			name: "a complement verb the tagger took for a noun",
			text: "Kenya has offered to hand over to Uganda two suspects.",
			conll: `Kenya Kenya PROPN 3 nsubj
has have AUX 3 aux
offered offer VERB 0 root VBN
to to ADP 5 case
hand hand NOUN 3 obl
over over ADV 3 advmod
to to ADP 8 case
Uganda Uganda PROPN 6 obl
two two NUM 10 nummod
suspects suspect NOUN 3 obj
. . PUNCT 3 punct`,
			want: "0313 KEN UGA",
		},
		{
			name: "a gerund ending a noun phrase is the object, not the next clause",
			text: "Kenya's high court opened a landmark hearing into police abuses.",
			conll: `Kenya Kenya PROPN 4 nmod:poss
's 's PART 1 case
high high ADJ 4 amod
court court NOUN 5 nsubj
opened open VERB 0 root VBD
a a DET 7 det
landmark landmark NOUN 5 obj
hearing hear VERB 7 acl VBG
into into ADP 11 case
police police NOUN 11 compound
abuses abuse NOUN 5 obl
. . PUNCT 5 punct`,
			want: "090 KEN ", // the police, whose country the pipeline gives
		},
		{
			name: "a passive is suffered, not done",
			text: "Three Kenyan soldiers were killed near Somalia.",
			conll: `Three three NUM 3 nummod
Kenyan Kenyan ADJ 3 amod
soldiers soldier NOUN 5 obl
were be AUX 5 aux
killed kill VERB 0 root VBN
near near ADP 7 case
Somalia Somalia PROPN 5 obl
. . PUNCT 5 punct`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, evs := codeDyads(t, c, tt.text, tt.conll)
			for _, e := range evs[min(tt.parsed, len(evs)):] {
				if !strings.HasPrefix(e.Evidence.Pattern, "shallow(") {
					t.Errorf("pattern id %q does not say the reading was shallow", e.Evidence.Pattern)
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// codeDyads codes a hand-parsed sentence and returns its events as
// "CAMEO source-country target-country" joined by "; ".
func codeDyads(t *testing.T, c *Coder, text, conll string) (string, []dyad.Event) {
	t.Helper()
	p := goldParse(t, text, conll)
	evs := c.Code(Input{DocID: "d", Sentence: dyad.Sentence{Text: text}, Parse: p, Date: "2020-01-01"})
	var got []string
	for _, e := range evs {
		tg := "-"
		if e.Target != nil {
			tg = e.Target.Country
		}
		got = append(got, e.CAMEO+" "+e.Source.Country+" "+tg)
	}
	return strings.Join(got, "; "), evs
}

// TestCompleteTargets: an event the parse left without a target takes the
// actor of a "to" or "with" phrase right after its trigger, in the same
// clause; not across a comma or into a purpose clause.
func TestCompleteTargets(t *testing.T) {
	c, _ := dictCoder(t)
	tests := []struct {
		name, text, conll, want string
	}{
		{
			name: "to-phrase hung on another verb",
			text: "Peru granted asylum to Panamanian officers hiding there.",
			conll: `Peru Peru PROPN 2 nsubj
granted grant VERB 0 root
asylum asylum NOUN 2 obj
to to ADP 6 case
Panamanian Panamanian ADJ 6 amod
officers officer NOUN 7 obl
hiding hide VERB 2 conj
there there ADV 7 advmod
. . PUNCT 2 punct`,
			want: "075 PER PAN",
		},
		{
			name: "a from-phrase the tagger read as a clause",
			text: "Chad is willing to withdraw its troops from neighboring Niger.",
			conll: `Chad Chad PROPN 3 nsubj NNP
is be AUX 3 cop VBZ
willing willing ADJ 0 root JJ
to to PART 5 mark TO
withdraw withdraw VERB 3 xcomp VB
its its PRON 7 nmod:poss PRP$
troops troops NOUN 5 obj NNS
from from SCONJ 9 mark IN
neighboring neighbor VERB 5 advcl VBG
Niger Niger PROPN 9 obj NNP
. . PUNCT 3 punct .`,
			want: "0356 TCD NER",
		},
		{
			name: "every conjoined target",
			text: "Kenya closed its borders with Somalia and Ethiopia, officials said.",
			conll: `Kenya Kenya PROPN 2 nsubj
closed close VERB 0 root
its its PRON 4 nmod:poss
borders border NOUN 2 obj
with with ADP 6 case
Somalia Somalia PROPN 11 obl
and and CCONJ 8 cc
Ethiopia Ethiopia PROPN 6 conj
, , PUNCT 11 punct
officials official NOUN 11 nsubj
said say VERB 2 parataxis
. . PUNCT 2 punct`,
			want: "191 KEN SOM; 191 KEN ETH",
		},
		{
			name: "not the next clause's subject after a comma",
			text: "Kenya has massed troops near its border with Somalia, Ethiopian officials said.",
			conll: `Kenya Kenya PROPN 3 nsubj
has have AUX 3 aux
massed mass VERB 13 ccomp
troops troops NOUN 3 obj
near near ADP 7 case
its its PRON 7 nmod:poss
border border NOUN 4 nmod
with with ADP 9 case
Somalia Somalia PROPN 7 nmod
, , PUNCT 9 punct
Ethiopian Ethiopian ADJ 12 amod
officials official NOUN 13 nsubj
said say VERB 0 root
. . PUNCT 13 punct`,
			want: "150 KEN SOM",
		},
		{
			name: "not across a comma",
			text: "Peru granted asylum, with Panamanian officers watching.",
			conll: `Peru Peru PROPN 2 nsubj
granted grant VERB 0 root
asylum asylum NOUN 2 obj
, , PUNCT 5 punct
with with ADP 7 mark
Panamanian Panamanian ADJ 7 amod
officers officer NOUN 8 nsubj
watching watch VERB 2 advcl
. . PUNCT 2 punct`,
			want: "075 PER -",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := codeDyads(t, c, tt.text, tt.conll); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
