package nlp

import (
	"reflect"
	"strings"
	"testing"
)

// mkSent builds a sentence from "form/UPOS/XPOS/head/rel/ent" items (head 1-based, 0 = root).
func mkSent(t *testing.T, spec string) *Sentence {
	t.Helper()
	s := &Sentence{}
	var text []string
	off := 0
	for _, item := range strings.Fields(spec) {
		f := strings.Split(item, "/")
		if len(f) != 6 {
			t.Fatalf("bad item %q", item)
		}
		h := 0
		for _, c := range f[3] {
			h = h*10 + int(c-'0')
		}
		s.Tokens = append(s.Tokens, Token{Text: f[0], Start: off, End: off + len(f[0]), UPOS: f[1], XPOS: f[2], Head: h - 1, Rel: f[4], Ent: f[5]})
		text = append(text, f[0])
		off += len(f[0]) + 1
	}
	s.Text = strings.Join(text, " ")
	return s
}

func TestSentenceHelpers(t *testing.T) {
	s1 := mkSent(t, `Iran/PROPN/NNP/5/nmod:poss/B-LOC ’s/PART/POS/1/case/O president/NOUN/NN/5/compound/O -/PUNCT/HYPH/5/punct/O
		elect/NOUN/NN/6/nsubj/O ruled/VERB/VBD/0/root/O out/ADP/RP/6/compound:prt/O future/ADJ/JJ/9/amod/O
		negotiations/NOUN/NNS/6/obj/O with/ADP/IN/13/case/O the/DET/DT/13/det/O United/PROPN/NNP/13/compound/B-LOC
		States/PROPN/NNP/9/nmod/I-LOC ./PUNCT/./6/punct/O`)
	s2 := mkSent(t, `He/PRON/PRP/3/nsubj:pass/O was/AUX/VBD/3/aux:pass/O killed/VERB/VBN/0/root/O by/ADP/IN/6/case/O
		a/DET/DT/6/det/O drone/NOUN/NN/3/obl:agent/O in/ADP/IN/8/case/O Baghdad/PROPN/NNP/3/obl/B-LOC and/CCONJ/CC/10/cc/O
		buried/VERB/VBN/3/conj/O ./PUNCT/./3/punct/O`)
	s3 := mkSent(t, `Iran/PROPN/NNP/6/nsubj/B-LOC and/CCONJ/CC/3/cc/O Syria/PROPN/NNP/1/conj/B-LOC did/AUX/VBD/6/aux/O
		not/PART/RB/6/advmod/O want/VERB/VB/0/root/O to/PART/TO/8/mark/O talk/VERB/VB/6/xcomp/O on/ADP/IN/12/case/O
		behalf/NOUN/NN/9/fixed/O of/ADP/IN/9/fixed/O Hamas/PROPN/NNP/8/obl/B-ORG ./PUNCT/./6/punct/O`)
	s4 := mkSent(t, `the/DET/DT/2/det/O man/NOUN/NN/0/root/O who/PRON/WP/4/nsubj/O fled/VERB/VBD/2/acl:relcl/O
		is/AUX/VBZ/6/cop/O happy/ADJ/JJ/2/parataxis/O in/ADP/IN/9/case/O United/VERB/NNP/9/compound/B-LOC States/PROPN/NNPS/6/obl/I-LOC`)

	s5 := mkSent(t, `Raisi/PROPN/NNP/2/nsubj/B-PERSON called/VERB/VBD/0/root/O on/ADP/IN/5/case/O the/DET/DT/5/det/O
		US/PROPN/NNP/2/obl/B-LOC to/PART/TO/7/mark/O rejoin/VERB/VB/2/xcomp/O`)
	s5.Tokens[1].Lemma = "call"
	s6 := mkSent(t, `the/DET/DT/2/det/O court/NOUN/NN/3/nsubj/O ordered/VERB/VBD/0/root/O the/DET/DT/5/det/O
		leader/NOUN/NN/3/obj/O arrested/VERB/VBN/3/xcomp/O`)
	s7 := mkSent(t, `Baku/PROPN/NNP/2/nsubj/B-LOC remained/VERB/VBD/0/root/O committed/VERB/VBN/2/xcomp/O
		to/ADP/IN/5/case/O talks/NOUN/NNS/3/obl/O`)
	s8 := mkSent(t, `a/DET/DT/2/det/O journalist/NOUN/NN/4/nsubj:pass/O was/AUX/VBD/4/aux:pass/O found/VERB/VBN/0/root/O
		killed/VERB/VBN/4/xcomp/O`)
	s9 := mkSent(t, `Iran/PROPN/NNP/2/nsubj/B-LOC agreed/VERB/VBD/0/root/O on/ADP/IN/4/case/O Friday/PROPN/NNP/2/obl/O
		to/PART/TO/6/mark/O restore/VERB/VB/2/xcomp/O ties/NOUN/NNS/6/obj/O`)
	tests := []struct {
		name      string
		got, want any
	}{
		{"a day after the verb controls no complement", s9.Subjects(5), []int{0}},
		{"a participle completing an object is passive", s6.Passive(5), true},
		{"its subject is the object", s6.Subjects(5), []int{4}},
		{"a participle completing a subject's state is not", s7.Passive(2), false},
		{"a participle completing a passive is passive", s8.Passive(4), true},
		{"verbs", s1.Verbs(), []int{5}},
		{"subjects", s1.Subjects(5), []int{4}},
		{"objects", s1.Objects(5), []int{8}},
		{"children", s1.Children(5), []int{4, 6, 8, 13}},
		{"np", s1.NounPhrase(4), Phrase{Head: 4, First: 0, Last: 4, Modifiers: []int{0, 1, 2, 3}, Possessor: 0}},
		{"np with nmod left out", s1.NounPhrase(8), Phrase{Head: 8, First: 7, Last: 8, Modifiers: []int{7}, Possessor: -1}},
		{"entities", s1.Entities(), []Entity{{"LOC", 0, 0, "Iran", 0, 4}, {"LOC", 11, 12, "United States", 67, 80}}},
		{"passive", s2.Passive(2), true},
		{"active", s1.Passive(5), false},
		{"agent", s2.Agent(2), 5},
		{"no agent", s1.Agent(5), -1},
		{"aux", s2.Aux(2), []int{1}},
		{"obliques", s2.Obliques(2), []Oblique{{"by", 5}, {"in", 7}}},
		{"conj inherits subject", s2.Subjects(9), []int{0}},
		{"subjects over conj", s3.Subjects(5), []int{0, 2}},
		{"xcomp inherits subject", s3.Subjects(7), []int{0, 2}},
		{"negated", s3.Negated(5), true},
		{"not negated", s1.Negated(5), false},
		{"complements", s3.Complements(5), []int{7}},
		{"multiword prep", s3.Obliques(7), []Oblique{{"on behalf of", 11}}},
		{"relative pronoun subject", s4.Subjects(3), []int{1}},
		{"copular predicate", s4.Verbs(), []int{3, 5}},
		{"out of range", s1.Subjects(99), []int(nil)},
		{"root", s1.Root(), 5},
		{"xcomp controlled by an on-object", s5.Subjects(6), []int{4}},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
