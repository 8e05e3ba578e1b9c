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
			p := goldParse(t, tt.text, tt.conll)
			evs := c.Code(Input{DocID: "d", Sentence: dyad.Sentence{Text: tt.text}, Parse: p, Date: "2020-01-01"})
			var got []string
			for _, e := range evs {
				tg := "-"
				if e.Target != nil {
					tg = e.Target.Country
				}
				got = append(got, e.CAMEO+" "+e.Source.Country+" "+tg)
				if !strings.HasPrefix(e.Evidence.Pattern, "shallow(") {
					t.Errorf("pattern id %q does not say the reading was shallow", e.Evidence.Pattern)
				}
			}
			if strings.Join(got, "; ") != tt.want {
				t.Errorf("got %q, want %q", strings.Join(got, "; "), tt.want)
			}
		})
	}
}
