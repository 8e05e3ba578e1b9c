package nlp

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// tree builds tokens from "form UPOS XPOS head rel" lines (heads 1-based,
// 0 for the root, as in CoNLL-U); "form/lemma" gives a lemma.
func tree(t *testing.T, lines ...string) []Token {
	t.Helper()
	toks := make([]Token, len(lines))
	for i, l := range lines {
		f := strings.Fields(l)
		h, err := strconv.Atoi(f[3])
		if len(f) != 5 || err != nil {
			t.Fatalf("bad line %q", l)
		}
		toks[i] = Token{Text: f[0], UPOS: f[1], XPOS: f[2], Head: h - 1, Rel: f[4]}
		if form, lemma, ok := strings.Cut(f[0], "/"); ok && form != "" {
			toks[i].Text, toks[i].Lemma = form, lemma
		}
	}
	return toks
}

func TestRepair(t *testing.T) {
	for _, c := range []struct {
		name     string
		in, want []string
	}{
		{"a participle after a comma hung on a reporting verb read as a conjunct of the clause it reports",
			[]string{
				"bomber NOUN NN 2 nsubj", "exploded VERB VBD 0 root", "in ADP IN 4 case", "market NOUN NN 2 obl", ", PUNCT , 6 punct",
				"killing VERB VBG 9 advcl", "ten NUM CD 6 obj", "officials NOUN NNS 9 nsubj", "said/say VERB VBD 2 conj", ". PUNCT . 2 punct"},
			[]string{
				"bomber NOUN NN 2 nsubj", "exploded VERB VBD 0 root", "in ADP IN 4 case", "market NOUN NN 2 obl", ", PUNCT , 6 punct",
				"killing VERB VBG 2 advcl", "ten NUM CD 6 obj", "officials NOUN NNS 9 nsubj", "said/say VERB VBD 2 conj", ". PUNCT . 2 punct"}},
		{"a clause opened by that, hung as a conjunct, is a complement, and its particle read as a preposition the verb's",
			[]string{
				"Kabul PROPN NNP 2 nsubj", "demanded VERB VBD 0 root", "that SCONJ IN 5 mark", "government NOUN NN 5 nsubj",
				"hand VERB VB 2 conj", "over ADP IN 7 case", "militants NOUN NNS 5 obl"},
			[]string{
				"Kabul PROPN NNP 2 nsubj", "demanded VERB VBD 0 root", "that SCONJ IN 5 mark", "government NOUN NN 5 nsubj",
				"hand VERB VB 2 ccomp", "over ADP RP 5 compound:prt", "militants NOUN NNS 5 obj"}},
		{"a second title made the first name's conjunct, its name a list item: the name is the first title's conjunct",
			[]string{
				"Korean PROPN NNP 2 amod", "leader NOUN NN 9 nsubj", "Kim PROPN NNP 2 appos", "and CCONJ CC 6 cc", "President PROPN NNP 3 conj",
				"Kim PROPN NNP 3 list", "Dae-jung PROPN NNP 6 flat", "met VERB VBD 0 root", "signed VERB VBD 8 conj"},
			[]string{
				"Korean PROPN NNP 2 amod", "leader NOUN NN 9 nsubj", "Kim PROPN NNP 2 appos", "and CCONJ CC 6 cc", "President PROPN NNP 6 nmod:desc",
				"Kim PROPN NNP 2 conj", "Dae-jung PROPN NNP 6 flat", "met VERB VBD 0 root", "signed VERB VBD 8 conj"}},
		{"a gerund right after a verb that takes one and its particle, hung as an adverbial clause, is its complement",
			[]string{
				"NATO PROPN NNP 2 nsubj", "ruled/rule VERB VBD 0 root", "out ADP RP 2 compound:prt", "imposing VERB VBG 2 advcl", "a DET DT 6 det", "blockade NOUN NN 4 obj"},
			[]string{
				"NATO PROPN NNP 2 nsubj", "ruled/rule VERB VBD 0 root", "out ADP RP 2 compound:prt", "imposing VERB VBG 2 xcomp", "a DET DT 6 det", "blockade NOUN NN 4 obj"}},
		{"a bare by-phrase of travel hung on the object goes to the verb",
			[]string{
				"it PRON PRP 3 nsubj", "had AUX VBD 3 aux", "evacuated VERB VBN 0 root", "patients NOUN NNS 3 obj", "by ADP IN 6 case",
				"helicopter NOUN NN 4 nmod", "and CCONJ CC 8 cc", "road NOUN NN 6 conj"},
			[]string{
				"it PRON PRP 3 nsubj", "had AUX VBD 3 aux", "evacuated VERB VBN 0 root", "patients NOUN NNS 3 obj", "by ADP IN 6 case",
				"helicopter NOUN NN 3 obl", "and CCONJ CC 8 cc", "road NOUN NN 6 conj"}},
		{"an infinitive hung on the indirect object is the verb's complement",
			[]string{
				"they PRON PRP 3 nsubj", "would AUX MD 3 aux", "permit VERB VB 0 root", "the DET DT 6 det", "UN PROPN NNP 6 compound",
				"Kofi PROPN NNP 3 iobj", "Annan PROPN NNP 6 flat", "to PART TO 9 mark", "visit VERB VB 6 acl", "prisoners NOUN NNS 9 obj"},
			[]string{
				"they PRON PRP 3 nsubj", "would AUX MD 3 aux", "permit VERB VB 0 root", "the DET DT 6 det", "UN PROPN NNP 6 compound",
				"Kofi PROPN NNP 3 iobj", "Annan PROPN NNP 6 flat", "to PART TO 9 mark", "visit VERB VB 3 xcomp", "prisoners NOUN NNS 9 obj"}},
		{"a name read as an appositive of an adjective made the verb's complement is the object",
			[]string{
				"rebels NOUN NNS 2 nsubj", "seized VERB VBD 0 root", "Gabonese ADJ JJ 2 xcomp", "President PROPN NNP 5 nmod:desc",
				"Ali PROPN NNP 3 appos", "Bongo PROPN NNP 5 flat"},
			[]string{
				"rebels NOUN NNS 2 nsubj", "seized VERB VBD 0 root", "Gabonese ADJ JJ 5 amod", "President PROPN NNP 5 nmod:desc",
				"Ali PROPN NNP 2 obj", "Bongo PROPN NNP 5 flat"}},
		{"a first name of a subject list read as a vocative is the first conjunct",
			[]string{
				"Chad PROPN NNP 6 vocative", ", PUNCT , 1 punct", "Sudan PROPN NNP 6 nsubj", "and CCONJ CC 5 cc", "Niger PROPN NNP 3 conj",
				"signed VERB VBD 0 root"},
			[]string{
				"Chad PROPN NNP 6 nsubj", ", PUNCT , 3 punct", "Sudan PROPN NNP 1 conj", "and CCONJ CC 5 cc", "Niger PROPN NNP 1 conj",
				"signed VERB VBD 0 root"}},
		{"the first word of a name made the object joins the name hung on the verb after it",
			[]string{
				"Putin PROPN NNP 2 nsubj", "received VERB VBD 0 root", "Sierra PROPN NNP 2 obj", "Leone PROPN NNP 6 compound",
				"President PROPN NNP 6 nmod:desc", "Bio PROPN NNP 2 obl"},
			[]string{
				"Putin PROPN NNP 2 nsubj", "received VERB VBD 0 root", "Sierra PROPN NNP 6 compound", "Leone PROPN NNP 6 compound",
				"President PROPN NNP 6 nmod:desc", "Bio PROPN NNP 2 obj"}},
		{"a preposition read as an adverb with its name hung on it is the name's case",
			[]string{
				"talks NOUN NNS 0 root", "with ADP IN 1 advmod", "Prime ADJ JJ 4 amod", "Minister PROPN NNP 5 nmod:desc", "Nikol PROPN NNP 2 goeswith"},
			[]string{
				"talks NOUN NNS 0 root", "with ADP IN 5 case", "Prime ADJ JJ 4 amod", "Minister PROPN NNP 5 nmod:desc", "Nikol PROPN NNP 1 nmod"}},
		{"'of course' stays an adverb",
			[]string{"Of ADP IN 3 advmod", "course NOUN NN 1 fixed", "yes INTJ UH 0 root"},
			[]string{"Of ADP IN 3 advmod", "course NOUN NN 1 fixed", "yes INTJ UH 0 root"}},
		{"a by-phrase with a determiner stays: a place, not the means",
			[]string{
				"they PRON PRP 2 nsubj", "built VERB VBD 0 root", "houses NOUN NNS 2 obj", "by ADP IN 6 case", "the DET DT 6 det",
				"sea NOUN NN 3 nmod"},
			[]string{
				"they PRON PRP 2 nsubj", "built VERB VBD 0 root", "houses NOUN NNS 2 obj", "by ADP IN 6 case", "the DET DT 6 det",
				"sea NOUN NN 3 nmod"}},
		{"a by-phrase read as a second subject modifies the first",
			[]string{
				"attack NOUN NN 5 nsubj", "by ADP IN 4 case", "suspected VERB VBN 4 amod", "separatists NOUN NNS 5 nsubj",
				"wounded VERB VBD 0 root", "policemen NOUN NNS 5 obj"},
			[]string{
				"attack NOUN NN 5 nsubj", "by ADP IN 4 case", "suspected VERB VBN 4 amod", "separatists NOUN NNS 1 nmod",
				"wounded VERB VBD 0 root", "policemen NOUN NNS 5 obj"}},
		{"a list item opened by 'and' is a conjunct",
			[]string{
				"President PROPN NNP 6 nsubj", "Rakhmonov PROPN NNP 1 flat", "and CCONJ CC 4 cc", "opposition NOUN NN 5 compound",
				"leader NOUN NN 1 list", "signed VERB VBD 0 root"},
			[]string{
				"President PROPN NNP 6 nsubj", "Rakhmonov PROPN NNP 1 flat", "and CCONJ CC 5 cc", "opposition NOUN NN 5 compound",
				"leader NOUN NN 1 conj", "signed VERB VBD 0 root"}},
		{"a past tense hung as a reduced clause on the name before it is the verb",
			[]string{
				"Minister PROPN NNP 2 nmod:desc", "Kevin PROPN NNP 0 root", "Rudd PROPN NNP 2 flat", "apologised VERB VBD 2 acl",
				"to ADP IN 6 case", "people NOUN NNS 4 obl", ". PUNCT . 2 punct"},
			[]string{
				"Minister PROPN NNP 2 nmod:desc", "Kevin PROPN NNP 4 nsubj", "Rudd PROPN NNP 2 flat", "apologised VERB VBD 0 root",
				"to ADP IN 6 case", "people NOUN NNS 4 obl", ". PUNCT . 4 punct"}},
		{"'never' before an infinitive negates the infinitive, not the verb governing it",
			[]string{
				"Russia PROPN NNP 2 nsubj", "pledged VERB VBD 0 root", "never ADV RB 2 advmod", "to PART TO 5 mark",
				"use VERB VB 2 xcomp", "force NOUN NN 5 obj"},
			[]string{
				"Russia PROPN NNP 2 nsubj", "pledged VERB VBD 0 root", "never ADV RB 5 advmod", "to PART TO 5 mark",
				"use VERB VB 2 xcomp", "force NOUN NN 5 obj"}},
		{"an object made the subject of a later reporting verb conjoined to its verb",
			[]string{
				"police NOUN NNS 2 nsubj", "detained VERB VBD 0 root", "officers NOUN NNS 7 nsubj", ", PUNCT , 5 punct",
				"minister NOUN NN 6 compound", "Ala PROPN NNP 3 appos", "said/say VERB VBD 2 conj", ". PUNCT . 2 punct"},
			[]string{
				"police NOUN NNS 2 nsubj", "detained VERB VBD 0 root", "officers NOUN NNS 2 obj", ", PUNCT , 7 punct",
				"minister NOUN NN 6 compound", "Ala PROPN NNP 7 nsubj", "said/say VERB VBD 2 conj", ". PUNCT . 2 punct"}},
		{"a speech act after a comma and 'and' is the reporter's, not the reported clause's",
			[]string{
				"Amnesty PROPN NNP 2 nsubj", "said/say VERB VBD 0 root", "troops NOUN NNS 4 nsubj", "killed VERB VBD 2 ccomp",
				"civilians NOUN NNS 4 obj", ", PUNCT , 8 punct", "and CCONJ CC 8 cc", "accused/accuse VERB VBD 4 conj", "Damascus PROPN NNP 8 obj"},
			[]string{
				"Amnesty PROPN NNP 2 nsubj", "said/say VERB VBD 0 root", "troops NOUN NNS 4 nsubj", "killed VERB VBD 2 ccomp",
				"civilians NOUN NNS 4 obj", ", PUNCT , 8 punct", "and CCONJ CC 8 cc", "accused/accuse VERB VBD 2 conj", "Damascus PROPN NNP 8 obj"}},
		{"a hyphenated participle read as a clause of the verb modifies the noun after it",
			[]string{
				"jets NOUN NNS 2 nsubj", "pounded VERB VBD 0 root", "rebel NOUN NN 5 compound", "- PUNCT HYPH 3 punct",
				"held VERB VBN 2 ccomp", "Aleppo PROPN NNP 5 obj", ", PUNCT , 8 punct", "killing VERB VBG 5 advcl", "dozens NOUN NNS 8 obj"},
			[]string{
				"jets NOUN NNS 2 nsubj", "pounded VERB VBD 0 root", "rebel NOUN NN 5 compound", "- PUNCT HYPH 3 punct",
				"held VERB VBN 6 amod", "Aleppo PROPN NNP 2 obj", ", PUNCT , 8 punct", "killing VERB VBG 2 advcl", "dozens NOUN NNS 8 obj"}},
		{"an opening adjective made the root, with the verb a participle of the name",
			[]string{
				"Bolivian ADJ JJ 0 root", "President PROPN NNP 3 nmod:desc", "Evo PROPN NNP 1 flat", "Morales PROPN NNP 3 flat",
				"expelled VERB VBD 3 acl", "diplomats NOUN NNS 5 obj", ". PUNCT . 1 punct"},
			[]string{
				"Bolivian ADJ JJ 2 amod", "President PROPN NNP 3 nmod:desc", "Evo PROPN NNP 5 nsubj", "Morales PROPN NNP 3 flat",
				"expelled VERB VBD 0 root", "diplomats NOUN NNS 5 obj", ". PUNCT . 5 punct"}},
		{"talks between two leaders, the first name headed by its demonym, read as the clause's subject",
			[]string{
				"Talks NOUN NNS 0 root", "between ADP IN 9 mark", "Russian ADJ JJ 9 nsubj", "President PROPN NNP 5 nmod:desc",
				"Vladimir PROPN NNP 3 flat", "Putin PROPN NNP 5 flat", "and CCONJ CC 8 cc", "Merkel PROPN NNP 5 conj",
				"ended VERB VBD 1 acl", ". PUNCT . 1 punct"},
			[]string{
				"Talks NOUN NNS 9 nsubj", "between ADP IN 5 case", "Russian ADJ JJ 4 amod", "President PROPN NNP 5 nmod:desc",
				"Vladimir PROPN NNP 1 nmod", "Putin PROPN NNP 5 flat", "and CCONJ CC 8 cc", "Merkel PROPN NNP 5 conj",
				"ended VERB VBD 0 root", ". PUNCT . 9 punct"}},
		{"the verb after a name and its appositive read as the appositive's participle, its object an agent",
			[]string{
				"Naji PROPN NNP 0 root", "Sabri PROPN NNP 1 flat", ", PUNCT , 6 punct", "Iraq PROPN NNP 6 nmod:poss", "'s PART POS 4 case",
				"minister NOUN NN 1 appos", ", PUNCT , 6 punct", "accused VERB VBN 6 acl", "Bush PROPN NNP 8 obl:agent", ". PUNCT . 1 punct"},
			[]string{
				"Naji PROPN NNP 8 nsubj", "Sabri PROPN NNP 1 flat", ", PUNCT , 6 punct", "Iraq PROPN NNP 6 nmod:poss", "'s PART POS 4 case",
				"minister NOUN NN 1 appos", ", PUNCT , 6 punct", "accused VERB VBD 0 root", "Bush PROPN NNP 8 obj", ". PUNCT . 8 punct"}},
		{"a participle with its agent after a name and its appositive stays",
			[]string{
				"Sabri PROPN NNP 0 root", ", PUNCT , 3 punct", "minister NOUN NN 1 appos", ", PUNCT , 3 punct", "backed VERB VBN 3 acl",
				"by ADP IN 7 case", "Bush PROPN NNP 5 obl:agent"},
			[]string{
				"Sabri PROPN NNP 0 root", ", PUNCT , 3 punct", "minister NOUN NN 1 appos", ", PUNCT , 3 punct", "backed VERB VBN 3 acl",
				"by ADP IN 7 case", "Bush PROPN NNP 5 obl:agent"}},
		{"a reporter after a comma hung on the reported verb as a bare oblique",
			[]string{
				"Japan PROPN NNP 2 nsubj", "signed VERB VBD 8 ccomp", "a DET DT 4 det", "pact NOUN NN 2 obj", ", PUNCT , 6 punct",
				"Fumio PROPN NNP 2 obl", "Kishida PROPN NNP 6 flat", "said VERB VBD 0 root", "after ADP IN 10 case", "talks NOUN NNS 8 obl"},
			[]string{
				"Japan PROPN NNP 2 nsubj", "signed VERB VBD 8 ccomp", "a DET DT 4 det", "pact NOUN NN 2 obj", ", PUNCT , 8 punct",
				"Fumio PROPN NNP 8 nsubj", "Kishida PROPN NNP 6 flat", "said VERB VBD 0 root", "after ADP IN 10 case", "talks NOUN NNS 8 obl"}},
		{"', which said' after a name read as a sentential relative clause",
			[]string{
				"tests NOUN NNS 2 nsubj", "drew VERB VBD 0 root", "condemnation NOUN NN 2 obj", "from ADP IN 5 case", "Canada PROPN NNP 2 obl",
				", PUNCT , 8 punct", "which PRON WDT 8 nsubj", "said VERB VBD 2 advcl:relcl", "it PRON PRP 10 nsubj", "would AUX MD 10 aux", "act VERB VB 8 ccomp"},
			[]string{
				"tests NOUN NNS 2 nsubj", "drew VERB VBD 0 root", "condemnation NOUN NN 2 obj", "from ADP IN 5 case", "Canada PROPN NNP 2 obl",
				", PUNCT , 8 punct", "which PRON WDT 8 nsubj", "said VERB VBD 5 acl:relcl", "it PRON PRP 10 nsubj", "would AUX MD 10 aux", "act VERB VB 8 ccomp"}},
		{"'as X and Y signed': a subordinated coordinated subject split between a phrase and a conjunct",
			[]string{
				"Leaders NOUN NNS 2 nsubj", "met VERB VBD 0 root", "on ADP IN 4 case", "Monday PROPN NNP 2 obl", "as ADP IN 6 case",
				"Israel PROPN NNP 4 nmod", "and CCONJ CC 10 cc", "the DET DT 9 det", "PLO PROPN NNP 10 nsubj", "signed VERB VBD 2 conj",
				"accord NOUN NN 10 obj"},
			[]string{
				"Leaders NOUN NNS 2 nsubj", "met VERB VBD 0 root", "on ADP IN 4 case", "Monday PROPN NNP 2 obl", "as SCONJ IN 10 mark",
				"Israel PROPN NNP 10 nsubj", "and CCONJ CC 9 cc", "the DET DT 9 det", "PLO PROPN NNP 6 conj", "signed VERB VBD 2 advcl",
				"accord NOUN NN 10 obj"}},
		{"', days after London expelled ...' read as a conjunct object and a conjunct verb",
			[]string{
				"it PRON PRP 2 nsubj", "expelled VERB VBD 0 root", "diplomats NOUN NNS 2 obj", ", PUNCT , 5 punct", "days NOUN NNS 3 conj",
				"after ADP IN 7 case", "London PROPN NNP 3 nmod", "expelled VERB VBD 2 conj", "Russians PROPN NNPS 8 obj"},
			[]string{
				"it PRON PRP 2 nsubj", "expelled VERB VBD 0 root", "diplomats NOUN NNS 2 obj", ", PUNCT , 8 punct", "days NOUN NNS 8 obl:npmod",
				"after SCONJ IN 8 mark", "London PROPN NNP 8 nsubj", "expelled VERB VBD 2 advcl", "Russians PROPN NNPS 8 obj"}},
		{"a subject split by a place the clause's subject",
			[]string{
				"Students NOUN NNS 0 root", "in ADP IN 5 mark", "Hong PROPN NNP 5 nsubj", "Kong PROPN NNP 3 flat",
				"blocked VERB VBD 1 acl", "roads NOUN NNS 5 obj", ". PUNCT . 1 punct"},
			[]string{
				"Students NOUN NNS 5 nsubj", "in ADP IN 3 case", "Hong PROPN NNP 1 nmod", "Kong PROPN NNP 3 flat",
				"blocked VERB VBD 0 root", "roads NOUN NNS 5 obj", ". PUNCT . 5 punct"}},
		{"subordinate clause read as a conjunct",
			[]string{
				"Ministers NOUN NNS 2 nsubj", "resigned VERB VBD 0 root", "after ADP IN 5 case", "a DET DT 5 det",
				"bombing NOUN NN 2 obl", "wounded VERB VBD 2 conj", "two NUM CD 8 nummod", "guards NOUN NNS 6 obj"},
			[]string{
				"Ministers NOUN NNS 2 nsubj", "resigned VERB VBD 0 root", "after SCONJ IN 6 mark", "a DET DT 5 det",
				"bombing NOUN NN 6 nsubj", "wounded VERB VBD 2 advcl", "two NUM CD 8 nummod", "guards NOUN NNS 6 obj"}},
		{"opening adjective made the subject, with the name its appositive",
			[]string{
				"Finnish ADJ JJ 7 nsubj", "President PROPN NNP 3 nmod:desc", "Sauli PROPN NNP 1 appos", "Niinisto PROPN NNP 3 flat",
				"on ADP IN 6 case", "Monday PROPN NNP 3 nmod", "criticized VERB VBD 0 root", "Moscow PROPN NNP 7 obj", ". PUNCT . 7 punct"},
			[]string{
				"Finnish ADJ JJ 2 amod", "President PROPN NNP 3 nmod:desc", "Sauli PROPN NNP 7 nsubj", "Niinisto PROPN NNP 3 flat",
				"on ADP IN 6 case", "Monday PROPN NNP 3 nmod", "criticized VERB VBD 0 root", "Moscow PROPN NNP 7 obj", ". PUNCT . 7 punct"}},
		{"clause after 'on <day> that' hung on the place the day modifies",
			[]string{
				"Greece PROPN NNP 4 nsubj", "and CCONJ CC 3 cc", "Turkey PROPN NNP 1 conj", "agreed/agree VERB VBD 0 root", "in ADP IN 6 case",
				"Ankara PROPN NNP 4 obl", "on ADP IN 8 case", "Monday PROPN NNP 6 nmod", "that SCONJ IN 12 mark", "troops NOUN NNS 12 nsubj",
				"should AUX MD 12 aux", "withdraw VERB VB 6 acl", ". PUNCT . 4 punct"},
			[]string{
				"Greece PROPN NNP 4 nsubj", "and CCONJ CC 3 cc", "Turkey PROPN NNP 1 conj", "agreed/agree VERB VBD 0 root", "in ADP IN 6 case",
				"Ankara PROPN NNP 4 obl", "on ADP IN 8 case", "Monday PROPN NNP 4 obl", "that SCONJ IN 12 mark", "troops NOUN NNS 12 nsubj",
				"should AUX MD 12 aux", "withdraw VERB VB 4 ccomp", ". PUNCT . 4 punct"}},
		{"a participle's agent made the subject of the sentence's verb",
			[]string{
				"Iraqi ADJ JJ 2 amod", "troops NOUN NNS 0 root", "backed VERB VBN 2 acl", "by ADP IN 7 case", "U.S. PROPN NNP 7 compound",
				"air NOUN NN 7 compound", "power NOUN NN 8 nsubj", "shelled VERB VBD 3 conj", "villages NOUN NNS 8 obj", ". PUNCT . 2 punct"},
			[]string{
				"Iraqi ADJ JJ 2 amod", "troops NOUN NNS 8 nsubj", "backed VERB VBN 2 acl", "by ADP IN 7 case", "U.S. PROPN NNP 7 compound",
				"air NOUN NN 7 compound", "power NOUN NN 3 obl:agent", "shelled VERB VBD 0 root", "villages NOUN NNS 8 obj", ". PUNCT . 8 punct"}},
		{"a 'that' clause read as an adverbial clause of 'vow' is its complement",
			[]string{
				"Moscow PROPN NNP 2 nsubj", "vowed/vow VERB VBD 0 root", "that SCONJ IN 6 mark", "it PRON PRP 6 nsubj",
				"would AUX MD 6 aux", "retaliate VERB VB 2 advcl", ". PUNCT . 2 punct"},
			[]string{
				"Moscow PROPN NNP 2 nsubj", "vowed/vow VERB VBD 0 root", "that SCONJ IN 6 mark", "it PRON PRP 6 nsubj",
				"would AUX MD 6 aux", "retaliate VERB VB 2 ccomp", ". PUNCT . 2 punct"}},
		{"a reporter's appeal hung on the passive reported clause",
			[]string{
				"Ankara PROPN NNP 2 nsubj", "said/say VERB VBD 0 root", "that SCONJ IN 7 mark", "attack NOUN NN 7 nsubj:pass",
				"had AUX VBD 7 aux", "been AUX VBN 7 aux:pass", "planned VERB VBN 2 ccomp", "and CCONJ CC 9 cc",
				"called/call VERB VBD 7 conj", "on ADP IN 11 case", "Riyadh PROPN NNP 9 obl"},
			[]string{
				"Ankara PROPN NNP 2 nsubj", "said/say VERB VBD 0 root", "that SCONJ IN 7 mark", "attack NOUN NN 7 nsubj:pass",
				"had AUX VBD 7 aux", "been AUX VBN 7 aux:pass", "planned VERB VBN 2 ccomp", "and CCONJ CC 9 cc",
				"called/call VERB VBD 2 conj", "on ADP IN 11 case", "Riyadh PROPN NNP 9 obl"}},
		{"an active reported clause keeps its conjunct",
			[]string{
				"Kyiv PROPN NNP 2 nsubj", "said/say VERB VBD 0 root", "troops NOUN NNS 4 nsubj", "entered/enter VERB VBD 2 ccomp",
				"and CCONJ CC 6 cc", "demanded/demand VERB VBD 4 conj", "food NOUN NN 6 obj"},
			nil},
		{"a name after 'and' hung on the name before as a modifier is its conjunct",
			[]string{
				"Cairo PROPN NNP 2 nsubj", "urged/urge VERB VBD 0 root", "Chad PROPN NNP 2 obj", "and CCONJ CC 5 cc",
				"North PROPN NNP 6 compound", "Darfur PROPN NNP 3 nmod", "to PART TO 8 mark", "talk VERB VB 2 xcomp"},
			[]string{
				"Cairo PROPN NNP 2 nsubj", "urged/urge VERB VBD 0 root", "Chad PROPN NNP 2 obj", "and CCONJ CC 6 cc",
				"North PROPN NNP 6 compound", "Darfur PROPN NNP 3 conj", "to PART TO 8 mark", "talk VERB VB 2 xcomp"}},
		{"subordinate clause whose subject hangs inside an oblique",
			[]string{
				"Villagers NOUN NNS 2 nsubj", "fled VERB VBD 0 root", "into ADP IN 4 case", "Chad PROPN NNP 2 obl",
				"as ADP IN 7 case", "militia NOUN NN 7 compound", "fighters NOUN NNS 4 nmod", "torched VERB VBD 2 conj",
				"homes NOUN NNS 8 obj"},
			[]string{
				"Villagers NOUN NNS 2 nsubj", "fled VERB VBD 0 root", "into ADP IN 4 case", "Chad PROPN NNP 2 obl",
				"as SCONJ IN 8 mark", "militia NOUN NN 7 compound", "fighters NOUN NNS 8 nsubj", "torched VERB VBD 2 advcl",
				"homes NOUN NNS 8 obj"}},
		{"gerund after 'of' hung on a day name",
			[]string{
				"Monitors PROPN NNP 2 nsubj", "accused VERB VBD 0 root", "police NOUN NN 2 obj", "on ADP IN 5 case",
				"Monday PROPN NNP 2 obl", "of ADP IN 7 case", "beating VERB VBG 5 nmod", "detainees NOUN NNS 7 obj"},
			[]string{
				"Monitors PROPN NNP 2 nsubj", "accused VERB VBD 0 root", "police NOUN NN 2 obj", "on ADP IN 5 case",
				"Monday PROPN NNP 2 obl", "of ADP IN 7 mark", "beating VERB VBG 3 acl", "detainees NOUN NNS 7 obj"}},
		{"second side of a 'between' phrase hung on its head",
			[]string{
				"Talks NOUN NNS 6 nsubj", "between ADP IN 3 case", "Kiev PROPN NNP 1 nmod", "and CCONJ CC 5 cc",
				"Moscow PROPN NNP 1 conj", "resumed VERB VBD 0 root"},
			[]string{
				"Talks NOUN NNS 6 nsubj", "between ADP IN 3 case", "Kiev PROPN NNP 1 nmod", "and CCONJ CC 5 cc",
				"Moscow PROPN NNP 3 conj", "resumed VERB VBD 0 root"}},
		{"name after its title read as a second phrase of the verb",
			[]string{
				"Police NOUN NNS 2 nsubj", "arrested VERB VBD 0 root", "opposition NOUN NN 4 compound", "leader NOUN NN 2 obj",
				"Ana PROPN NNP 6 compound", "Ruiz PROPN NNP 2 obl"},
			[]string{
				"Police NOUN NNS 2 nsubj", "arrested VERB VBD 0 root", "opposition NOUN NN 4 compound", "leader NOUN NN 6 nmod:desc",
				"Ana PROPN NNP 6 compound", "Ruiz PROPN NNP 2 obj"}},
		{"time name after an object stays",
			[]string{
				"Deputies NOUN NNS 2 nsubj", "made VERB VBD 0 root", "an DET DT 4 det", "arrest NOUN NN 2 obj",
				"Wednesday PROPN NNP 2 obl:unmarked"},
			[]string{
				"Deputies NOUN NNS 2 nsubj", "made VERB VBD 0 root", "an DET DT 4 det", "arrest NOUN NN 2 obj",
				"Wednesday PROPN NNP 2 obl:unmarked"}},
		{"noun read as a third conjunct of coordinated adjectives",
			[]string{
				"Kenyan ADJ JJ 5 nsubj", "and CCONJ CC 3 cc", "Ugandan ADJ JJ 1 conj", "troops NOUN NNS 1 conj",
				"began VERB VBD 0 root", "exercises NOUN NNS 5 obj"},
			[]string{
				"Kenyan ADJ JJ 4 amod", "and CCONJ CC 3 cc", "Ugandan ADJ JJ 1 conj", "troops NOUN NNS 5 nsubj",
				"began VERB VBD 0 root", "exercises NOUN NNS 5 obj"}},
		{"passive's agents hung on a day name",
			[]string{
				"Aid NOUN NN 3 nsubj:pass", "was AUX VBD 3 aux:pass", "frozen VERB VBN 0 root", "on ADP IN 5 case",
				"Friday PROPN NNP 3 obl", "by ADP IN 7 case", "Sweden PROPN NNP 5 nmod", "and CCONJ CC 9 cc", "Norway PROPN NNP 5 conj"},
			[]string{
				"Aid NOUN NN 3 nsubj:pass", "was AUX VBD 3 aux:pass", "frozen VERB VBN 0 root", "on ADP IN 5 case",
				"Friday PROPN NNP 3 obl", "by ADP IN 7 case", "Sweden PROPN NNP 3 obl:agent", "and CCONJ CC 9 cc", "Norway PROPN NNP 7 conj"}},
		{"complementizer read as an object",
			[]string{
				"Cuba PROPN NNP 2 nsubj", "denied VERB VBD 0 root", "that SCONJ IN 2 obj", "its PRON PRP$ 5 nmod:poss",
				"agents NOUN NNS 6 nsubj", "spied VERB VBD 3 ccomp"},
			[]string{
				"Cuba PROPN NNP 2 nsubj", "denied VERB VBD 0 root", "that SCONJ IN 6 mark", "its PRON PRP$ 5 nmod:poss",
				"agents NOUN NNS 6 nsubj", "spied VERB VBD 2 ccomp"}},
		{"participle hung on the reporting verb after the clause it explains",
			[]string{
				"A DET DT 2 det", "mine NOUN NN 3 nsubj", "exploded VERB VBD 9 ccomp", "near ADP IN 5 case", "Herat PROPN NNP 3 obl",
				", PUNCT , 7 punct", "wounding VERB VBG 9 advcl", "officials NOUN NNS 9 nsubj", "said VERB VBD 0 root"},
			[]string{
				"A DET DT 2 det", "mine NOUN NN 3 nsubj", "exploded VERB VBD 9 ccomp", "near ADP IN 5 case", "Herat PROPN NNP 3 obl",
				", PUNCT , 7 punct", "wounding VERB VBG 3 advcl", "officials NOUN NNS 9 nsubj", "said VERB VBD 0 root"}},
		{"appositive opened by a conjunction is a conjunct",
			[]string{
				"Minister PROPN NNP 2 nmod:desc", "Lavrov PROPN NNP 7 nsubj", "and CCONJ CC 5 cc", "Foreign ADJ JJ 5 amod",
				"Minister PROPN NNP 6 nmod:desc", "Wang PROPN NNP 2 appos", "met VERB VBD 0 root"},
			[]string{
				"Minister PROPN NNP 2 nmod:desc", "Lavrov PROPN NNP 7 nsubj", "and CCONJ CC 6 cc", "Foreign ADJ JJ 5 amod",
				"Minister PROPN NNP 6 nmod:desc", "Wang PROPN NNP 2 conj", "met VERB VBD 0 root"}},
		{"bare verb after an infinitive coordinates with it",
			[]string{
				"Kiir PROPN NNP 2 nsubj", "urged VERB VBD 0 root", "rebels NOUN NNS 2 obj", "to PART TO 5 mark",
				"disarm VERB VB 2 xcomp", "and CCONJ CC 7 cc", "surrender VERB VB 2 conj"},
			[]string{
				"Kiir PROPN NNP 2 nsubj", "urged VERB VBD 0 root", "rebels NOUN NNS 2 obj", "to PART TO 5 mark",
				"disarm VERB VB 2 xcomp", "and CCONJ CC 7 cc", "surrender VERB VB 5 conj"}},
		{"second titled name read as an appositive",
			[]string{
				"President PROPN NNP 2 nmod:desc", "Lula PROPN NNP 8 nsubj", "and CCONJ CC 4 cc", "Argentine ADJ JJ 2 conj",
				"President PROPN NNP 4 flat", "Milei PROPN NNP 2 appos", "later ADV RB 8 advmod", "met VERB VBD 0 root"},
			[]string{
				"President PROPN NNP 2 nmod:desc", "Lula PROPN NNP 8 nsubj", "and CCONJ CC 6 cc", "Argentine ADJ JJ 5 amod",
				"President PROPN NNP 6 nmod:desc", "Milei PROPN NNP 2 conj", "later ADV RB 8 advmod", "met VERB VBD 0 root"}},
		{"conjunct hung on a later word of a titled name",
			[]string{
				"President PROPN NNP 2 nmod:desc", "Ruto PROPN NNP 9 nsubj", "William PROPN NNP 2 flat", "and CCONJ CC 5 cc",
				"Tanzanian PROPN NNP 3 conj", "President PROPN NNP 5 flat", "Samia PROPN NNP 5 flat", "Hassan PROPN NNP 5 flat", "met VERB VBD 0 root"},
			[]string{
				"President PROPN NNP 2 nmod:desc", "Ruto PROPN NNP 9 nsubj", "William PROPN NNP 2 flat", "and CCONJ CC 5 cc",
				"Tanzanian PROPN NNP 2 conj", "President PROPN NNP 5 flat", "Samia PROPN NNP 5 flat", "Hassan PROPN NNP 5 flat", "met VERB VBD 0 root"}},
		{"second titled name split between two names",
			[]string{
				"Chilean PROPN NNP 8 nsubj", "President PROPN NNP 3 nmod:desc", "Gabriel PROPN NNP 1 flat", "Boric PROPN NNP 1 flat",
				"and CCONJ CC 6 cc", "Argentine PROPN NNP 4 conj", "Javier PROPN NNP 1 list", "met VERB VBD 0 root"},
			[]string{
				"Chilean PROPN NNP 8 nsubj", "President PROPN NNP 3 nmod:desc", "Gabriel PROPN NNP 1 flat", "Boric PROPN NNP 1 flat",
				"and CCONJ CC 6 cc", "Argentine PROPN NNP 1 conj", "Javier PROPN NNP 6 flat", "met VERB VBD 0 root"}},
		{"agent list hung on the participle's noun",
			[]string{
				"a DET DT 2 det", "move NOUN NN 0 root", "condemned VERB VBN 2 acl", "by ADP IN 5 case", "Canada PROPN NNP 3 obl:agent",
				", PUNCT , 7 punct", "Mexico PROPN NNP 2 conj", "and CCONJ CC 9 cc", "Chile PROPN NNP 7 conj"},
			[]string{
				"a DET DT 2 det", "move NOUN NN 0 root", "condemned VERB VBN 2 acl", "by ADP IN 5 case", "Canada PROPN NNP 3 obl:agent",
				", PUNCT , 7 punct", "Mexico PROPN NNP 5 conj", "and CCONJ CC 9 cc", "Chile PROPN NNP 7 conj"}},
		{"two subjects with the conjunction hung on the verb",
			[]string{
				"army NOUN NN 5 nsubj", "and CCONJ CC 5 cc", "the DET DT 4 det", "militia NOUN NN 5 nsubj", "clashed VERB VBD 0 root"},
			[]string{
				"army NOUN NN 5 nsubj", "and CCONJ CC 4 cc", "the DET DT 4 det", "militia NOUN NN 1 conj", "clashed VERB VBD 0 root"}},
		{"reporters after a toll hung in the reported clause",
			[]string{
				"Gunmen NOUN NNS 2 nsubj", "killed VERB VBD 9 ccomp", "five NUM CD 4 nummod", "people NOUN NNS 2 obj", ", PUNCT , 6 punct",
				"officials NOUN NNS 4 conj", "in ADP IN 8 case", "Gao PROPN NNP 2 obl", "said VERB VBD 0 root", ". PUNCT . 9 punct"},
			[]string{
				"Gunmen NOUN NNS 2 nsubj", "killed VERB VBD 9 ccomp", "five NUM CD 4 nummod", "people NOUN NNS 2 obj", ", PUNCT , 9 punct",
				"officials NOUN NNS 9 nsubj", "in ADP IN 8 case", "Gao PROPN NNP 6 nmod", "said VERB VBD 0 root", ". PUNCT . 9 punct"}},
		{"relative clause read as a conjunct of the verb",
			[]string{
				"Chad PROPN NNP 2 nsubj", "ordered VERB VBD 0 root", "the DET DT 4 det", "envoy NOUN NN 2 obj", ", PUNCT , 8 punct",
				"who PRON WP 8 nsubj:pass", "was AUX VBD 8 aux:pass", "summoned VERB VBN 2 conj", ", PUNCT , 11 punct", "to PART TO 11 mark",
				"leave VERB VB 8 advcl"},
			[]string{
				"Chad PROPN NNP 2 nsubj", "ordered VERB VBD 0 root", "the DET DT 4 det", "envoy NOUN NN 2 obj", ", PUNCT , 8 punct",
				"who PRON WP 8 nsubj:pass", "was AUX VBD 8 aux:pass", "summoned VERB VBN 4 acl:relcl", ", PUNCT , 11 punct", "to PART TO 11 mark",
				"leave VERB VB 2 xcomp"}},
		{"phrase hung on a day name",
			[]string{
				"Chad PROPN NNP 2 nsubj", "agreed VERB VBD 0 root", "on ADP IN 4 case", "Monday PROPN NNP 2 obl", "to ADP IN 7 case",
				"a DET DT 7 det", "truce NOUN NN 4 nmod"},
			[]string{
				"Chad PROPN NNP 2 nsubj", "agreed VERB VBD 0 root", "on ADP IN 4 case", "Monday PROPN NNP 2 obl", "to ADP IN 7 case",
				"a DET DT 7 det", "truce NOUN NN 2 obl"}},
		{"sentence read as a noun phrase with its verb a participle",
			[]string{
				"Thousands NOUN NNS 0 root", "of ADP IN 3 case", "protesters NOUN NNS 1 nmod", "marched VERB VBN 1 acl", "in ADP IN 6 case",
				"Lome PROPN NNP 4 obl"},
			[]string{
				"Thousands NOUN NNS 4 nsubj", "of ADP IN 3 case", "protesters NOUN NNS 1 nmod", "marched VERB VBD 0 root", "in ADP IN 6 case",
				"Lome PROPN NNP 4 obl"}},
		{"opening adjective made the root over a clausal subject",
			[]string{
				"Chilean ADJ JJ 0 root", "President PROPN NNP 3 nmod:desc", "Boric PROPN NNP 4 nsubj", "expelled VERB VBD 1 csubj",
				"the DET DT 6 det", "envoy NOUN NN 4 obj"},
			[]string{
				"Chilean ADJ JJ 2 amod", "President PROPN NNP 3 nmod:desc", "Boric PROPN NNP 4 nsubj", "expelled VERB VBD 0 root",
				"the DET DT 6 det", "envoy NOUN NN 4 obj"}},
		{"former read as the verb's predicate",
			[]string{
				"Troops NOUN NNS 2 nsubj", "captured VERB VBD 0 root", "former ADJ JJ 2 xcomp", "President PROPN NNP 5 nmod:desc",
				"Noriega PROPN NNP 3 obl"},
			[]string{
				"Troops NOUN NNS 2 nsubj", "captured VERB VBD 0 root", "former ADJ JJ 5 amod", "President PROPN NNP 5 nmod:desc",
				"Noriega PROPN NNP 2 obj"}},
		{"participle after a comma hung on the object",
			[]string{
				"Rebels NOUN NNS 2 nsubj", "attacked VERB VBD 0 root", "villages NOUN NNS 2 obj", "on ADP IN 5 case", "Monday PROPN NNP 3 nmod",
				", PUNCT , 7 punct", "killing VERB VBG 3 acl", "ten NUM CD 7 obj"},
			[]string{
				"Rebels NOUN NNS 2 nsubj", "attacked VERB VBD 0 root", "villages NOUN NNS 2 obj", "on ADP IN 5 case", "Monday PROPN NNP 3 nmod",
				", PUNCT , 7 punct", "killing VERB VBG 2 advcl", "ten NUM CD 7 obj"}},
		{"subject made a conjunct inside an opening participle clause",
			[]string{
				"Speaking VERB VBG 6 advcl", "in ADP IN 3 case", "Paris PROPN NNP 1 obl", ", PUNCT , 5 punct", "Kerry PROPN NNP 3 conj",
				"urged VERB VBD 0 root", "Iran PROPN NNP 6 obj"},
			[]string{
				"Speaking VERB VBG 6 advcl", "in ADP IN 3 case", "Paris PROPN NNP 1 obl", ", PUNCT , 1 punct", "Kerry PROPN NNP 6 nsubj",
				"urged VERB VBD 0 root", "Iran PROPN NNP 6 obj"}},
		{"opening adjective made the root over a name whose verb is its relative clause",
			[]string{
				"Bolivian ADJ JJ 0 root", "President PROPN NNP 3 nmod:desc", "Morales PROPN NNP 1 flat", "expelled VERB VBD 3 acl:relcl",
				"the DET DT 6 det", "envoy NOUN NN 4 obj"},
			[]string{
				"Bolivian ADJ JJ 2 amod", "President PROPN NNP 3 nmod:desc", "Morales PROPN NNP 4 nsubj", "expelled VERB VBD 0 root",
				"the DET DT 6 det", "envoy NOUN NN 4 obj"}},
		{"a list of numbers inside a name stays",
			[]string{
				"Page PROPN NNP 0 root", "71 NUM CD 1 flat", "and CCONJ CC 4 cc", "72 NUM CD 2 conj"},
			nil},
		{"opening adjective made the subject over a name",
			[]string{
				"Brazilian ADJ JJ 5 nsubj", "President PROPN NNP 3 nmod:desc", "Lula PROPN NNP 1 flat", "later ADV RB 5 advmod",
				"met VERB VBD 0 root"},
			[]string{
				"Brazilian ADJ JJ 2 amod", "President PROPN NNP 3 nmod:desc", "Lula PROPN NNP 5 nsubj", "later ADV RB 5 advmod",
				"met VERB VBD 0 root"}},
		{"a demonstrative object stays",
			[]string{
				"Cuba PROPN NNP 2 nsubj", "denied VERB VBD 0 root", "that PRON DT 2 obj", "on ADP IN 5 case", "Monday PROPN NNP 2 obl"},
			nil},
		{"subordinate clause whose subject hangs inside the object",
			[]string{
				"Police NOUN NNS 2 nsubj", "detained VERB VBD 0 root", "a DET DT 4 det", "cleric NOUN NN 2 obj",
				"after ADP IN 7 case", "a DET DT 7 det", "riot NOUN NN 4 nmod", "injured VERB VBD 2 conj", "guards NOUN NNS 8 obj"},
			[]string{
				"Police NOUN NNS 2 nsubj", "detained VERB VBD 0 root", "a DET DT 4 det", "cleric NOUN NN 2 obj",
				"after SCONJ IN 8 mark", "a DET DT 7 det", "riot NOUN NN 8 nsubj", "injured VERB VBD 2 advcl", "guards NOUN NNS 8 obj"}},
		{"a headline with no finite verb stays",
			[]string{
				"Troops NOUN NNS 0 root", "fighting VERB VBG 1 acl", "with ADP IN 4 case", "rebels NOUN NNS 2 obl",
				"near ADP IN 6 case", "Goma PROPN NNP 2 obl"},
			nil},
		{"noun phrase read as the root over its verb, with a participle",
			[]string{
				"Troops NOUN NNS 0 root", "fighting VERB VBG 1 acl", "with ADP IN 4 case", "rebels NOUN NNS 2 obl",
				"seized VERB VBD 2 ccomp", "towns NOUN NNS 5 obj", ". PUNCT . 1 punct"},
			[]string{
				"Troops NOUN NNS 5 nsubj", "fighting VERB VBG 1 acl", "with ADP IN 4 case", "rebels NOUN NNS 2 obl",
				"seized VERB VBD 0 root", "towns NOUN NNS 5 obj", ". PUNCT . 5 punct"}},
		{"participle with an agent read as a complement",
			[]string{
				"Seoul PROPN NNP 2 nsubj", "condemned VERB VBD 0 root", "the DET DT 4 det", "launches NOUN NNS 5 nsubj",
				"conducted VERB VBD 2 ccomp", "by ADP IN 7 case", "Pyongyang PROPN NNP 5 obl", "and CCONJ CC 9 cc",
				"summoned VERB VBD 5 conj", "envoys NOUN NNS 9 obj"},
			[]string{
				"Seoul PROPN NNP 2 nsubj", "condemned VERB VBD 0 root", "the DET DT 4 det", "launches NOUN NNS 2 obj",
				"conducted VERB VBN 4 acl", "by ADP IN 7 case", "Pyongyang PROPN NNP 5 obl:agent", "and CCONJ CC 9 cc",
				"summoned VERB VBD 2 conj", "envoys NOUN NNS 9 obj"}},
		{"subject and verb parted by a time phrase",
			[]string{
				"President NOUN NNP 2 compound", "Mubarak PROPN NNP 0 root", "on ADP IN 4 case", "Monday PROPN NNP 2 nmod",
				"rejected VERB VBD 2 parataxis", "the DET DT 7 det", "plan NOUN NN 5 obj"},
			[]string{
				"President NOUN NNP 2 compound", "Mubarak PROPN NNP 5 nsubj", "on ADP IN 4 case", "Monday PROPN NNP 5 obl",
				"rejected VERB VBD 0 root", "the DET DT 7 det", "plan NOUN NN 5 obj"}},
		{"second of two subjects read as the verb's only one",
			[]string{
				"Kiev PROPN NNP 0 root", "and CCONJ CC 5 cc", "the DET DT 4 det", "rebels NOUN NNS 5 nsubj",
				"agreed VERB VBD 1 conj", "to PART TO 7 mark", "talk VERB VB 5 xcomp"},
			[]string{
				"Kiev PROPN NNP 5 nsubj", "and CCONJ CC 4 cc", "the DET DT 4 det", "rebels NOUN NNS 1 conj",
				"agreed VERB VBD 0 root", "to PART TO 7 mark", "talk VERB VB 5 xcomp"}},
		{"verb read as a clause of the second subject",
			[]string{
				"Kiev PROPN NNP 0 root", "and CCONJ CC 4 cc", "the DET DT 4 det", "rebels NOUN NNS 1 conj",
				"agreed VERB VBD 4 acl", "to PART TO 7 mark", "talk VERB VB 5 xcomp"},
			[]string{
				"Kiev PROPN NNP 5 nsubj", "and CCONJ CC 4 cc", "the DET DT 4 det", "rebels NOUN NNS 1 conj",
				"agreed VERB VBD 0 root", "to PART TO 7 mark", "talk VERB VB 5 xcomp"}},
		{"a pronoun after a comma and its verb stay",
			[]string{
				"Good ADJ JJ 2 amod", "service NOUN NN 0 root", ", PUNCT , 6 punct", "and CCONJ CC 6 cc", "they PRON PRP 6 nsubj",
				"deliver VERB VBP 2 conj"},
			nil},
		{"subject with a case marker read as a conjunct's",
			[]string{
				"Seoul PROPN NNP 2 nsubj", "fired VERB VBD 0 root", "shots NOUN NNS 2 obj", "after ADP IN 5 case",
				"soldiers NOUN NNS 6 nsubj", "crossed VERB VBD 2 conj", "the DET DT 8 det", "border NOUN NN 6 obj"},
			[]string{
				"Seoul PROPN NNP 2 nsubj", "fired VERB VBD 0 root", "shots NOUN NNS 2 obj", "after SCONJ IN 6 mark",
				"soldiers NOUN NNS 6 nsubj", "crossed VERB VBD 2 advcl", "the DET DT 8 det", "border NOUN NN 6 obj"}},
		{"possessor read as a second subject",
			[]string{
				"Jordan PROPN NNP 5 nsubj", "'s PART POS 1 case", "King PROPN NNP 4 compound", "Hussein PROPN NNP 5 nsubj",
				"met VERB VBD 0 root", "Arafat PROPN NNP 5 obj"},
			[]string{
				"Jordan PROPN NNP 4 nmod:poss", "'s PART POS 1 case", "King PROPN NNP 4 compound", "Hussein PROPN NNP 5 nsubj",
				"met VERB VBD 0 root", "Arafat PROPN NNP 5 obj"}},
		{"source of information read as the subject",
			[]string{
				"According VERB VBG 3 case", "to ADP IN 1 fixed", "police NOUN NN 7 nsubj", ", PUNCT , 3 punct",
				"Israeli ADJ JJ 6 amod", "jets NOUN NNS 3 conj", "struck VERB VBD 0 root", "Tyre PROPN NNP 7 obj"},
			[]string{
				"According VERB VBG 3 case", "to ADP IN 1 fixed", "police NOUN NN 7 obl", ", PUNCT , 7 punct",
				"Israeli ADJ JJ 6 amod", "jets NOUN NNS 7 nsubj", "struck VERB VBD 0 root", "Tyre PROPN NNP 7 obj"}},
		{"list item after a name read as the verb's oblique",
			[]string{
				"Doha PROPN NNP 2 nsubj", "rejected VERB VBD 0 root", "demands NOUN NNS 2 obj", "from ADP IN 6 case",
				"Saudi ADJ NNP 6 amod", "Arabia PROPN NNP 3 nmod", ", PUNCT , 8 punct", "Bahrain PROPN NNP 2 obl",
				"and CCONJ CC 10 cc", "Egypt PROPN NNP 8 conj"},
			[]string{
				"Doha PROPN NNP 2 nsubj", "rejected VERB VBD 0 root", "demands NOUN NNS 2 obj", "from ADP IN 6 case",
				"Saudi ADJ NNP 6 amod", "Arabia PROPN NNP 3 nmod", ", PUNCT , 8 punct", "Bahrain PROPN NNP 6 conj",
				"and CCONJ CC 10 cc", "Egypt PROPN NNP 6 conj"}},
		{"second subject after a conjunct that modifies it",
			[]string{
				"The DET DT 2 det", "government NOUN NN 6 nsubj", "and CCONJ CC 4 cc", "opposition NOUN NN 2 conj",
				"delegates NOUN NNS 6 nsubj", "met VERB VBD 0 root"},
			[]string{
				"The DET DT 2 det", "government NOUN NN 6 nsubj", "and CCONJ CC 5 cc", "opposition NOUN NN 5 compound",
				"delegates NOUN NNS 2 conj", "met VERB VBD 0 root"}},
		{"relative clause's object read as a reported clause's subject",
			[]string{
				"Police NOUN NNS 2 nsubj", "said VERB VBD 0 root", "the DET DT 4 det", "gunmen NOUN NNS 2 obj",
				"who PRON WP 6 nsubj", "attacked VERB VBD 4 acl:relcl", "the DET DT 8 det", "city NOUN NN 10 nsubj",
				"had AUX VBD 10 aux", "come VERB VBN 6 ccomp"},
			[]string{
				"Police NOUN NNS 2 nsubj", "said VERB VBD 0 root", "the DET DT 4 det", "gunmen NOUN NNS 10 nsubj",
				"who PRON WP 6 nsubj", "attacked VERB VBD 4 acl:relcl", "the DET DT 8 det", "city NOUN NN 6 obj",
				"had AUX VBD 10 aux", "come VERB VBN 2 ccomp"}},
		{"object read as the subject of a subordinate clause's verb",
			[]string{
				"Tokyo PROPN NNP 2 nsubj", "lodged VERB VBD 0 root", "a DET DT 4 det", "protest NOUN NN 7 nsubj",
				"after ADP IN 6 case", "ships NOUN NNS 4 nmod", "entered VERB VBD 2 conj", "waters NOUN NNS 7 obj"},
			[]string{
				"Tokyo PROPN NNP 2 nsubj", "lodged VERB VBD 0 root", "a DET DT 4 det", "protest NOUN NN 2 obj",
				"after SCONJ IN 7 mark", "ships NOUN NNS 7 nsubj", "entered VERB VBD 2 advcl", "waters NOUN NNS 7 obj"}},
		{"a real conjunct stays",
			[]string{
				"Ministers NOUN NNS 2 nsubj", "resigned VERB VBD 0 root", "after ADP IN 4 case", "talks NOUN NNS 2 obl",
				"and CCONJ CC 6 cc", "left VERB VBD 2 conj"},
			nil},
		{"reduced relative read as a conjunct",
			[]string{
				"Gunners NOUN NNS 2 nsubj", "brought VERB VBD 0 root", "down ADP RP 2 compound:prt", "two NUM CD 5 nummod",
				"missiles NOUN NNS 6 nsubj", "fired VERB VBD 2 conj", "at ADP IN 8 case", "Odesa PROPN NNP 6 obl"},
			[]string{
				"Gunners NOUN NNS 2 nsubj", "brought VERB VBD 0 root", "down ADP RP 2 compound:prt", "two NUM CD 5 nummod",
				"missiles NOUN NNS 2 obj", "fired VERB VBN 5 acl", "at ADP IN 8 case", "Odesa PROPN NNP 6 obl"}},
		{"object stranded as a later verb's complement",
			[]string{
				"Gunmen NOUN NNS 2 nsubj", "seized VERB VBD 8 ccomp", "more ADJ JJR 5 advmod", "than ADP IN 3 fixed",
				"40 NUM CD 6 nummod", "hostages NOUN NNS 8 ccomp", "police NOUN NNS 8 nsubj", "said VERB VBD 0 root"},
			[]string{
				"Gunmen NOUN NNS 2 nsubj", "seized VERB VBD 8 ccomp", "more ADJ JJR 5 advmod", "than ADP IN 3 fixed",
				"40 NUM CD 6 nummod", "hostages NOUN NNS 2 obj", "police NOUN NNS 8 nsubj", "said VERB VBD 0 root"}},
		{"relative clause without a relative pronoun read as a conjunct",
			[]string{
				"Oslo PROPN NNP 2 nsubj", "expelled VERB VBD 0 root", "an DET DT 4 det", "envoy NOUN NN 2 obj",
				"it PRON PRP 6 nsubj", "suspected VERB VBD 2 conj", "of SCONJ IN 8 mark", "spying VERB VBG 6 advcl"},
			[]string{
				"Oslo PROPN NNP 2 nsubj", "expelled VERB VBD 0 root", "an DET DT 4 det", "envoy NOUN NN 2 obj",
				"it PRON PRP 6 nsubj", "suspected VERB VBD 4 acl:relcl", "of SCONJ IN 8 mark", "spying VERB VBG 6 advcl"}},
		{"a place after the subject read as a second subject",
			[]string{
				"Police NOUN NNS 5 nsubj", "in SCONJ IN 5 mark", "New PROPN NNP 4 compound", "Delhi PROPN NNP 5 nsubj",
				"detained VERB VBD 0 root", "activists NOUN NNS 5 obj"},
			[]string{
				"Police NOUN NNS 5 nsubj", "in ADP IN 4 case", "New PROPN NNP 4 compound", "Delhi PROPN NNP 1 nmod",
				"detained VERB VBD 0 root", "activists NOUN NNS 5 obj"}},
		{"list of names read as a compound",
			[]string{
				"Chile PROPN NNP 6 nsubj", ", PUNCT , 3 punct", "Peru PROPN NNP 1 compound", "and CCONJ CC 5 cc",
				"Bolivia PROPN NNP 3 conj", "protested VERB VBD 0 root"},
			[]string{
				"Chile PROPN NNP 6 nsubj", ", PUNCT , 3 punct", "Peru PROPN NNP 1 conj", "and CCONJ CC 5 cc",
				"Bolivia PROPN NNP 1 conj", "protested VERB VBD 0 root"}},
		{"an organisation's name read as the conjunct before its leader's title",
			[]string{
				"Barak PROPN NNP 7 nsubj", "and CCONJ CC 3 cc", "PLO PROPN NNP 1 conj", "leader NOUN NN 1 appos",
				"Yasser PROPN NNP 4 appos", "Arafat PROPN NNP 5 flat", "met VERB VBD 0 root"},
			[]string{
				"Barak PROPN NNP 7 nsubj", "and CCONJ CC 5 cc", "PLO PROPN NNP 4 compound", "leader NOUN NN 5 nmod:desc",
				"Yasser PROPN NNP 1 conj", "Arafat PROPN NNP 5 flat", "met VERB VBD 0 root"}},
		{"a demonym read as the conjunct before a title",
			[]string{
				"Macron PROPN NNP 8 nsubj", "and CCONJ CC 4 cc", "North PROPN NNP 4 compound", "Korean PROPN NNP 1 conj",
				"leader NOUN NN 1 appos", "Kim PROPN NNP 5 appos", "Jong PROPN NNP 6 flat", "met VERB VBD 0 root"},
			[]string{
				"Macron PROPN NNP 8 nsubj", "and CCONJ CC 6 cc", "North PROPN NNP 4 compound", "Korean PROPN NNP 5 compound",
				"leader NOUN NN 6 nmod:desc", "Kim PROPN NNP 1 conj", "Jong PROPN NNP 6 flat", "met VERB VBD 0 root"}},
		{"an opening demonym made the subject, with the name its oblique",
			[]string{
				"Ethiopian ADJ JJ 6 nsubj", "Prime ADJ NNP 3 amod", "Minister PROPN NNP 4 nmod:desc", "Abiy PROPN NNP 1 obl",
				"Ahmed PROPN NNP 4 flat", "signed VERB VBD 0 root"},
			[]string{
				"Ethiopian ADJ JJ 2 amod", "Prime ADJ NNP 3 amod", "Minister PROPN NNP 4 nmod:desc", "Abiy PROPN NNP 6 nsubj",
				"Ahmed PROPN NNP 4 flat", "signed VERB VBD 0 root"}},
		{"a name made a conjunct of a time phrase is the next clause's subject",
			[]string{
				"Hamas PROPN NNP 2 nsubj", "released VERB VBD 0 root", "hostages NOUN NNS 2 obj", "on ADP IN 5 case",
				"Friday PROPN NNP 3 nmod", "and CCONJ CC 7 cc", "Israel PROPN NNP 5 conj", "freed VERB VBD 2 conj",
				"prisoners NOUN NNS 8 obj"},
			[]string{
				"Hamas PROPN NNP 2 nsubj", "released VERB VBD 0 root", "hostages NOUN NNS 2 obj", "on ADP IN 5 case",
				"Friday PROPN NNP 3 nmod", "and CCONJ CC 8 cc", "Israel PROPN NNP 8 nsubj", "freed VERB VBD 2 conj",
				"prisoners NOUN NNS 8 obj"}},
		{"a finite conjunct hung on an infinitive belongs to the verb governing it",
			[]string{
				"Seoul PROPN NNP 3 nsubj", "would AUX MD 3 aux", "allow VERB VB 0 root", "firms NOUN NNS 3 iobj",
				"to PART TO 6 mark", "invest VERB VB 3 xcomp", "and CCONJ CC 9 cc", "was AUX VBD 9 cop", "ready ADJ JJ 6 conj"},
			[]string{
				"Seoul PROPN NNP 3 nsubj", "would AUX MD 3 aux", "allow VERB VB 0 root", "firms NOUN NNS 3 iobj",
				"to PART TO 6 mark", "invest VERB VB 3 xcomp", "and CCONJ CC 9 cc", "was AUX VBD 9 cop", "ready ADJ JJ 3 conj"}},
		{"a name with words of its own stays the conjunct",
			[]string{
				"Russia PROPN NNP 6 nsubj", "and CCONJ CC 4 cc", "the DET DT 4 det", "UN PROPN NNP 1 conj",
				"chief NOUN NN 1 appos", "met VERB VBD 0 root"},
			nil},
		{"a name and a noun opening a reported clause are one subject",
			[]string{
				"Patriotic PROPN NNP 8 nsubj", "Front PROPN NNP 1 flat", "rebels NOUN NNS 4 nsubj", "shelled VERB VBD 1 acl:relcl",
				"Kigali PROPN NNP 4 obj", ", PUNCT , 8 punct", "officials NOUN NNS 8 nsubj", "said VERB VBD 0 root"},
			[]string{
				"Patriotic PROPN NNP 3 compound", "Front PROPN NNP 1 flat", "rebels NOUN NNS 4 nsubj", "shelled VERB VBD 8 ccomp",
				"Kigali PROPN NNP 4 obj", ", PUNCT , 8 punct", "officials NOUN NNS 8 nsubj", "said VERB VBD 0 root"}},
		{"a participle describing the subject is not the verb",
			[]string{
				"Protesters NOUN NNS 2 nsubj", "armed ADJ JJ 0 root", "with ADP IN 4 case", "sticks NOUN NNS 2 obl",
				"attacked VERB VBD 2 conj", "police NOUN NNS 5 obj", ". PUNCT . 2 punct"},
			[]string{
				"Protesters NOUN NNS 5 nsubj", "armed ADJ JJ 1 acl", "with ADP IN 4 case", "sticks NOUN NNS 2 obl",
				"attacked VERB VBD 0 root", "police NOUN NNS 5 obj", ". PUNCT . 5 punct"}},
		{"a predicate with its copula stays",
			[]string{
				"Troops NOUN NNS 3 nsubj", "were AUX VBD 3 cop", "tired ADJ JJ 0 root", "left VERB VBD 3 conj"},
			nil},
		{"a place and its country stay a compound",
			[]string{
				"Sochi PROPN NNP 0 root", ", PUNCT , 3 punct", "Russia PROPN NNP 1 compound"},
			nil},
		{"opening demonym hung on the verb",
			[]string{
				"Malawian ADJ JJ 5 advcl", "President PROPN NNP 3 nmod:desc", "Joyce PROPN NNP 5 nsubj", "Banda PROPN NNP 3 flat",
				"visited VERB VBD 0 root", "Zambia PROPN NNP 5 obj"},
			[]string{
				"Malawian ADJ JJ 2 amod", "President PROPN NNP 3 nmod:desc", "Joyce PROPN NNP 5 nsubj", "Banda PROPN NNP 3 flat",
				"visited VERB VBD 0 root", "Zambia PROPN NNP 5 obj"}},
		{"a that-clause read as a second complement of the last reporter is the first complement's",
			[]string{
				"Ankara PROPN NNP 2 nsubj", "insisted VERB VBD 9 ccomp", "that SCONJ IN 5 mark", "rebels NOUN NNS 5 nsubj",
				"leave VERB VBP 9 ccomp", ", PUNCT , 5 punct", "an DET DT 8 det", "official NOUN NN 9 nsubj", "said/say VERB VBD 0 root"},
			[]string{
				"Ankara PROPN NNP 2 nsubj", "insisted VERB VBD 9 ccomp", "that SCONJ IN 5 mark", "rebels NOUN NNS 5 nsubj",
				"leave VERB VBP 2 ccomp", ", PUNCT , 5 punct", "an DET DT 8 det", "official NOUN NN 9 nsubj", "said/say VERB VBD 0 root"}},
		{"a that-clause stays with the reporter when the verb before it has an object",
			[]string{
				"Ankara PROPN NNP 2 nsubj", "told VERB VBD 8 ccomp", "envoys NOUN NNS 2 obj", "that SCONJ IN 6 mark", "rebels NOUN NNS 6 nsubj",
				"leave VERB VBP 8 ccomp", "officials NOUN NNS 8 nsubj", "said/say VERB VBD 0 root"},
			nil},
		{"a participle of speech after the reported clause is the reporter's",
			[]string{
				"Iran PROPN NNP 2 nsubj", "said/say VERB VBD 0 root", "Washington PROPN NNP 5 nsubj", "was AUX VBD 5 aux",
				"violating/violate VERB VBG 2 ccomp", "deal NOUN NN 5 obj", ", PUNCT , 8 punct", "accusing/accuse VERB VBG 5 advcl",
				"America PROPN NNP 8 obj"},
			[]string{
				"Iran PROPN NNP 2 nsubj", "said/say VERB VBD 0 root", "Washington PROPN NNP 5 nsubj", "was AUX VBD 5 aux",
				"violating/violate VERB VBG 2 ccomp", "deal NOUN NN 5 obj", ", PUNCT , 8 punct", "accusing/accuse VERB VBG 2 advcl",
				"America PROPN NNP 8 obj"}},
		{"a demand after a reported clause stays with the people reported",
			[]string{
				"Police NOUN NNS 2 nsubj", "said/say VERB VBD 0 root", "protesters NOUN NNS 5 nsubj", "were AUX VBD 5 aux",
				"blocking/block VERB VBG 2 ccomp", "roads NOUN NNS 5 obj", ", PUNCT , 8 punct", "demanding/demand VERB VBG 5 advcl",
				"reforms NOUN NNS 8 obj"},
			nil},
		{"a preposition made the head of its phrase is the case marker of its noun",
			[]string{
				"rejected VERB VBD 0 root", "offer NOUN NN 1 obj", "of ADP IN 4 case", "talks NOUN NNS 2 nmod",
				"from ADP IN 4 nmod", "President PROPN NNP 7 nmod:desc", "Karzai PROPN NNP 5 goeswith"},
			[]string{
				"rejected VERB VBD 0 root", "offer NOUN NN 1 obj", "of ADP IN 4 case", "talks NOUN NNS 2 nmod",
				"from ADP IN 7 case", "President PROPN NNP 7 nmod:desc", "Karzai PROPN NNP 4 nmod"}},
		{"a past tense hung as a reduced clause on an acronym is the verb of the sentence",
			[]string{
				"Negotiators NOUN NNS 0 root", "from ADP IN 3 case", "government NOUN NN 1 nmod", "and CCONJ CC 5 cc",
				"SPLM NOUN NN 3 conj", "resumed VERB VBD 5 acl", "talks NOUN NNS 6 obj"},
			[]string{
				"Negotiators NOUN NNS 6 nsubj", "from ADP IN 3 case", "government NOUN NN 1 nmod", "and CCONJ CC 5 cc",
				"SPLM NOUN NN 3 conj", "resumed VERB VBD 0 root", "talks NOUN NNS 6 obj"}},
		{"a participle whose pronoun object repeats a subordinate clause's pronoun subject is the main verb's",
			[]string{
				"jets NOUN NNS 2 nsubj", "bombed VERB VBD 0 root", "convoy NOUN NN 2 obj", "as SCONJ IN 6 mark", "he PRON PRP 6 nsubj",
				"fled VERB VBD 2 advcl", ", PUNCT , 8 punct", "wounding VERB VBG 6 advcl", "him PRON PRP 8 obj"},
			[]string{
				"jets NOUN NNS 2 nsubj", "bombed VERB VBD 0 root", "convoy NOUN NN 2 obj", "as SCONJ IN 6 mark", "he PRON PRP 6 nsubj",
				"fled VERB VBD 2 advcl", ", PUNCT , 8 punct", "wounding VERB VBG 2 advcl", "him PRON PRP 8 obj"}},
		{"a participle with another object stays with the subordinate clause",
			[]string{
				"jets NOUN NNS 2 nsubj", "bombed VERB VBD 0 root", "convoy NOUN NN 2 obj", "as SCONJ IN 6 mark", "he PRON PRP 6 nsubj",
				"fled VERB VBD 2 advcl", ", PUNCT , 8 punct", "leaving VERB VBG 6 advcl", "them PRON PRP 8 obj"},
			nil},
		{"an adjective after the object of a verb of naming is its complement",
			[]string{"China PROPN NNP 2 nsubj", "called/call VERB VBD 0 root", "sanctions NOUN NNS 2 obj", "illegal ADJ JJ 3 amod"},
			[]string{"China PROPN NNP 2 nsubj", "called/call VERB VBD 0 root", "sanctions NOUN NNS 2 obj", "illegal ADJ JJ 2 xcomp"}},
		{"a that-clause read as a second complement of the last reporter is the content of the noun before it",
			[]string{
				"Saleh PROPN NNP 2 nsubj", "rejected/reject VERB VBD 9 ccomp", "proposal/proposal NOUN NN 2 obj", "that SCONJ IN 6 mark",
				"he PRON PRP 6 nsubj", "quit VERB VBP 9 ccomp", ", PUNCT , 6 punct", "aides NOUN NNS 9 nsubj", "said/say VERB VBD 0 root"},
			[]string{
				"Saleh PROPN NNP 2 nsubj", "rejected/reject VERB VBD 9 ccomp", "proposal/proposal NOUN NN 2 obj", "that SCONJ IN 6 mark",
				"he PRON PRP 6 nsubj", "quit VERB VBP 3 acl", ", PUNCT , 6 punct", "aides NOUN NNS 9 nsubj", "said/say VERB VBD 0 root"}},
		{"a particle with a name hung on it as goeswith is the name's case marker",
			[]string{
				"ministers NOUN NNS 2 nsubj", "called/call VERB VBD 0 root", "on ADP IN 2 compound:prt", "President PROPN NNP 5 nmod:desc",
				"Uribe PROPN NNP 3 goeswith", "to PART TO 7 mark", "resign VERB VB 5 acl"},
			[]string{
				"ministers NOUN NNS 2 nsubj", "called/call VERB VBD 0 root", "on ADP IN 5 case", "President PROPN NNP 5 nmod:desc",
				"Uribe PROPN NNP 2 obl", "to PART TO 7 mark", "resign VERB VB 5 acl"}},
		{"a rejection after a demanded clause is the demander's",
			[]string{
				"Washington PROPN NNP 2 nsubj", "demanded/demand VERB VBD 0 root", "that SCONJ IN 5 mark", "Damascus PROPN NNP 5 nsubj",
				"withdraw/withdraw VERB VB 2 ccomp", "troops NOUN NNS 5 obj", ", PUNCT , 8 punct", "rejecting/reject VERB VBG 5 advcl",
				"offer NOUN NN 8 obj"},
			[]string{
				"Washington PROPN NNP 2 nsubj", "demanded/demand VERB VBD 0 root", "that SCONJ IN 5 mark", "Damascus PROPN NNP 5 nsubj",
				"withdraw/withdraw VERB VB 2 ccomp", "troops NOUN NNS 5 obj", ", PUNCT , 8 punct", "rejecting/reject VERB VBG 2 advcl",
				"offer NOUN NN 8 obj"}},
		{"a noun phrase hung as a list item on the name before it is the head the name modifies",
			[]string{"U.N. PROPN NNP 4 nsubj", "weapons NOUN NNS 3 compound", "inspectors NOUN NNS 1 list", "searched VERB VBD 0 root", "homes NOUN NNS 4 obj"},
			[]string{"U.N. PROPN NNP 3 compound", "weapons NOUN NNS 3 compound", "inspectors NOUN NNS 4 nsubj", "searched VERB VBD 0 root", "homes NOUN NNS 4 obj"}},
		{"a second titled name after 'and', broken by the parser, is the first's conjunct",
			[]string{
				"leader NOUN NN 10 nsubj", "Kim PROPN NNP 1 appos", "Jong PROPN NNP 2 flat", "Un PROPN NNP 3 flat", "and CCONJ CC 6 cc",
				"South PROPN NNP 4 conj", "Korean ADJ JJ 8 amod", "President PROPN NNP 9 nmod:desc", "Moon PROPN NNP 1 appos", "met VERB VBD 0 root"},
			[]string{
				"leader NOUN NN 10 nsubj", "Kim PROPN NNP 1 appos", "Jong PROPN NNP 2 flat", "Un PROPN NNP 3 flat", "and CCONJ CC 9 cc",
				"South PROPN NNP 7 compound", "Korean ADJ JJ 8 amod", "President PROPN NNP 9 nmod:desc", "Moon PROPN NNP 1 conj", "met VERB VBD 0 root"}},
		{"a day name joined to the subject of an unmarked reported clause is the reporting verb's",
			[]string{
				"Delhi PROPN NNP 2 nsubj", "said/say VERB VBD 0 root", "on ADP IN 4 case", "Tuesday PROPN NNP 6 compound", "its PRON PRP$ 6 nmod:poss",
				"jets NOUN NNS 2 obl", "had AUX VBD 8 aux", "struck VERB VBN 2 ccomp", "camp NOUN NN 8 obj"},
			[]string{
				"Delhi PROPN NNP 2 nsubj", "said/say VERB VBD 0 root", "on ADP IN 4 case", "Tuesday PROPN NNP 2 obl", "its PRON PRP$ 6 nmod:poss",
				"jets NOUN NNS 8 nsubj", "had AUX VBD 8 aux", "struck VERB VBN 2 ccomp", "camp NOUN NN 8 obj"}},
		{"a whose-clause of the subject made the main clause gives the sentence back its verb",
			[]string{
				"Netanyahu PROPN NNP 5 nsubj", ", PUNCT , 5 punct", "whose PRON WP$ 4 nmod:poss", "forces NOUN NNS 5 nsubj",
				"intercepted VERB VBD 0 root", "drones NOUN NNS 5 obj", ", PUNCT , 8 punct", "vowed VERB VBD 5 conj", ". PUNCT . 5 punct"},
			[]string{
				"Netanyahu PROPN NNP 8 nsubj", ", PUNCT , 5 punct", "whose PRON WP$ 4 nmod:poss", "forces NOUN NNS 5 nsubj",
				"intercepted VERB VBD 1 acl:relcl", "drones NOUN NNS 5 obj", ", PUNCT , 8 punct", "vowed VERB VBD 0 root", ". PUNCT . 8 punct"}},
		{"a that-clause read as a second complement of the reporter before it is the content of the predicate adjective before it",
			[]string{
				"envoy NOUN NN 2 nsubj", "said/say VERB VBD 0 root", "he PRON PRP 5 nsubj", "was AUX VBD 5 cop", "optimistic ADJ JJ 2 ccomp",
				"that SCONJ IN 7 mark", "talks NOUN NNS 9 nsubj", "would AUX MD 9 aux", "resume VERB VB 2 ccomp"},
			[]string{
				"envoy NOUN NN 2 nsubj", "said/say VERB VBD 0 root", "he PRON PRP 5 nsubj", "was AUX VBD 5 cop", "optimistic ADJ JJ 2 ccomp",
				"that SCONJ IN 9 mark", "talks NOUN NNS 9 nsubj", "would AUX MD 9 aux", "resume VERB VB 5 ccomp"}},
		{"a clause with its own subject hung on a day name as a relative clause is the reporting verb's",
			[]string{
				"envoy NOUN NN 2 nsubj", "said/say VERB VBD 0 root", "on ADP IN 4 case", "Friday PROPN NNP 2 obl", "he PRON PRP 7 nsubj",
				"was AUX VBD 7 cop", "hopeful ADJ JJ 4 acl:relcl"},
			[]string{
				"envoy NOUN NN 2 nsubj", "said/say VERB VBD 0 root", "on ADP IN 4 case", "Friday PROPN NNP 2 obl", "he PRON PRP 7 nsubj",
				"was AUX VBD 7 cop", "hopeful ADJ JJ 2 ccomp"}},
		{"a participle after an order's object, read as a reduced relative, completes the order",
			[]string{
				"court NOUN NN 2 nsubj", "ordered/order VERB VBD 0 root", "the DET DT 4 det", "journalists NOUN NNS 2 obj",
				"released/release VERB VBN 4 acl", "on ADP IN 7 case", "Sunday PROPN NNP 5 obl"},
			[]string{
				"court NOUN NN 2 nsubj", "ordered/order VERB VBD 0 root", "the DET DT 4 det", "journalists NOUN NNS 2 obj",
				"released/release VERB VBN 2 xcomp", "on ADP IN 7 case", "Sunday PROPN NNP 5 obl"}},
		{"a participle read as a past with the object its subject completes the order",
			[]string{
				"Kenyatta PROPN NNP 2 nsubj", "ordered/order VERB VBD 0 root", "the DET DT 5 det", "opposition NOUN NN 5 compound",
				"leader NOUN NN 6 nsubj", "freed/free VERB VBD 2 ccomp"},
			[]string{
				"Kenyatta PROPN NNP 2 nsubj", "ordered/order VERB VBD 0 root", "the DET DT 5 det", "opposition NOUN NN 5 compound",
				"leader NOUN NN 2 obj", "freed/free VERB VBN 2 xcomp"}},
		{"a thing someone has, named, keeps its reduced relative",
			[]string{"I PRON PRP 2 nsubj", "have/have VERB VBP 0 root", "a DET DT 4 det", "cat NOUN NN 2 obj", "named/name VERB VBN 4 acl",
				"Gummi PROPN NNP 5 xcomp"},
			nil},
		{"an indefinite object of 'have' keeps its reduced relative",
			[]string{"we PRON PRP 2 nsubj", "got/get VERB VBD 0 root", "a DET DT 4 det", "page NOUN NN 2 obj", "dedicated/dedicate VERB VBN 4 acl",
				"to ADP IN 7 case", "hospitals NOUN NNS 5 obl"},
			nil},
		{"a past hung on the subjunctive of a demand is a second verb of the demand",
			[]string{
				"Obama PROPN NNP 2 nsubj", "demanded/demand VERB VBD 0 root", "that SCONJ IN 5 mark", "Assad PROPN NNP 5 nsubj",
				"step/step VERB VB 2 ccomp", "down ADP RP 5 compound:prt", "and CCONJ CC 8 cc", "imposed/impose VERB VBN 5 conj",
				"sanctions NOUN NNS 8 obj"},
			[]string{
				"Obama PROPN NNP 2 nsubj", "demanded/demand VERB VBD 0 root", "that SCONJ IN 5 mark", "Assad PROPN NNP 5 nsubj",
				"step/step VERB VB 2 ccomp", "down ADP RP 5 compound:prt", "and CCONJ CC 8 cc", "imposed/impose VERB VBD 2 conj",
				"sanctions NOUN NNS 8 obj"}},
		{"a second titled name hung on the last word of a first whose words each hang on the one before joins the first name's head",
			[]string{
				"Kenya PROPN NNP 11 nsubj", "Prime PROPN NNP 3 amod", "Minister PROPN NNP 4 nmod:desc", "Raila PROPN NNP 1 flat",
				"Odinga PROPN NNP 4 flat", "and CCONJ CC 7 cc", "Ugandan PROPN NNP 5 conj", "President PROPN NNP 9 nmod:desc",
				"Yoweri PROPN NNP 1 list", "Museveni PROPN NNP 9 flat", "met/meet VERB VBD 0 root"},
			[]string{
				"Kenya PROPN NNP 11 nsubj", "Prime PROPN NNP 3 amod", "Minister PROPN NNP 4 nmod:desc", "Raila PROPN NNP 1 flat",
				"Odinga PROPN NNP 4 flat", "and CCONJ CC 9 cc", "Ugandan PROPN NNP 8 compound", "President PROPN NNP 9 nmod:desc",
				"Yoweri PROPN NNP 1 conj", "Museveni PROPN NNP 9 flat", "met/meet VERB VBD 0 root"}},
		{"a name made the verb's bare oblique right after it is its object",
			[]string{
				"strike NOUN NN 2 nsubj", "killed/kill VERB VBD 0 root", "Syrian ADJ JJ 5 amod", "General PROPN NNP 5 nmod:desc",
				"Ali PROPN NNP 2 obl", "Hassan PROPN NNP 5 flat"},
			[]string{
				"strike NOUN NN 2 nsubj", "killed/kill VERB VBD 0 root", "Syrian ADJ JJ 5 amod", "General PROPN NNP 5 nmod:desc",
				"Ali PROPN NNP 2 obj", "Hassan PROPN NNP 5 flat"}},
		{"a day stays the verb's oblique",
			[]string{"talks NOUN NNS 2 nsubj", "ended/end VERB VBD 0 root", "Sunday PROPN NNP 2 obl"},
			nil},
		{"a name after a noun inside the subject, made a second subject, names that noun",
			[]string{
				"bombing NOUN NN 7 nsubj", "in ADP IN 5 case", "the DET DT 5 det", "Somali PROPN NNP 5 compound", "capital NOUN NN 1 nmod",
				"Mogadishu PROPN NNP 7 nsubj", "killed/kill VERB VBD 0 root", "people NOUN NNS 7 obj"},
			[]string{
				"bombing NOUN NN 7 nsubj", "in ADP IN 5 case", "the DET DT 5 det", "Somali PROPN NNP 5 compound", "capital NOUN NN 1 nmod",
				"Mogadishu PROPN NNP 5 appos", "killed/kill VERB VBD 0 root", "people NOUN NNS 7 obj"}},
		{"a name before a subjectless reporting verb, made an appositive of the reported clause's object, is the reporter",
			[]string{
				"France PROPN NNP 3 nsubj", "will AUX MD 3 aux", "expel/expel VERB VB 0 root", "Russian ADJ JJ 5 amod",
				"diplomats NOUN NNS 3 obj", ", PUNCT , 9 punct", "Prime ADJ JJ 8 amod", "Minister PROPN NNP 9 nmod:desc",
				"Jean PROPN NNP 5 appos", "Castex PROPN NNP 9 flat", "told/tell VERB VBD 3 advcl", "parliament NOUN NN 11 iobj"},
			[]string{
				"France PROPN NNP 3 nsubj", "will AUX MD 3 aux", "expel/expel VERB VB 0 root", "Russian ADJ JJ 5 amod",
				"diplomats NOUN NNS 3 obj", ", PUNCT , 11 punct", "Prime ADJ JJ 8 amod", "Minister PROPN NNP 9 nmod:desc",
				"Jean PROPN NNP 11 nsubj", "Castex PROPN NNP 9 flat", "told/tell VERB VBD 3 advcl", "parliament NOUN NN 11 iobj"}},
		{"a subject with an of-phrase read as a noun root with a relative clause",
			[]string{
				"Supporters NOUN NNS 0 root", "of ADP IN 6 mark", "former ADJ JJ 6 advcl", "President PROPN NNP 5 nmod:desc",
				"Castillo PROPN NNP 6 nsubj", "stormed/storm VERB VBD 1 acl:relcl", "Congress PROPN NNP 6 obj"},
			[]string{
				"Supporters NOUN NNS 6 nsubj", "of ADP IN 5 case", "former ADJ JJ 5 amod", "President PROPN NNP 5 nmod:desc",
				"Castillo PROPN NNP 1 nmod", "stormed/storm VERB VBD 0 root", "Congress PROPN NNP 6 obj"}},
		{"an opening adjective made a second subject modifies the subject after it",
			[]string{
				"Former ADJ JJ 7 nsubj:pass", "Sudanese ADJ JJ 3 amod", "Minister PROPN NNP 4 nmod:desc", "Omar PROPN NNP 7 nsubj:pass",
				"Bashir PROPN NNP 4 flat", "was AUX VBD 7 aux:pass", "arrested/arrest VERB VBN 0 root"},
			[]string{
				"Former ADJ JJ 3 amod", "Sudanese ADJ JJ 3 amod", "Minister PROPN NNP 4 nmod:desc", "Omar PROPN NNP 7 nsubj:pass",
				"Bashir PROPN NNP 4 flat", "was AUX VBD 7 aux:pass", "arrested/arrest VERB VBN 0 root"}},
		{"a bare singular noun made an object before the verb's other object is that object's compound",
			[]string{"Iran PROPN NNP 2 nsubj", "held/hold VERB VBD 0 root", "live ADJ JJ 5 amod", "- PUNCT HYPH 3 punct", "fire NOUN NN 2 obj",
				"naval ADJ JJ 7 amod", "drills NOUN NNS 2 obj"},
			[]string{"Iran PROPN NNP 2 nsubj", "held/hold VERB VBD 0 root", "live ADJ JJ 5 amod", "- PUNCT HYPH 3 punct", "fire NOUN NN 7 compound",
				"naval ADJ JJ 7 amod", "drills NOUN NNS 2 obj"}},
		{"a first object with its determiner stays",
			[]string{"they PRON PRP 2 nsubj", "gave/give VERB VBD 0 root", "the DET DT 4 det", "army NOUN NN 2 obj", "weapons NOUN NNS 2 obj"},
			nil},
		{"the object shifted after 'as' and the adjective that describes it",
			[]string{"Japan PROPN NNP 2 nsubj", "condemned/condemn VERB VBD 0 root", "as ADP IN 7 case", "illegal ADJ JJ 5 amod",
				"China PROPN NNP 7 nmod:poss", "'s PART POS 5 case", "claim NOUN NN 2 obl"},
			[]string{"Japan PROPN NNP 2 nsubj", "condemned/condemn VERB VBD 0 root", "as ADP IN 4 mark", "illegal ADJ JJ 2 xcomp",
				"China PROPN NNP 7 nmod:poss", "'s PART POS 5 case", "claim NOUN NN 2 obj"}},
		{"a title after 'as' stays",
			[]string{"he PRON PRP 2 nsubj", "resigned/resign VERB VBD 0 root", "as ADP IN 5 case", "Foreign ADJ JJ 5 amod",
				"the DET DT 5 det", "minister NOUN NN 2 obl"},
			nil},
		{"a name read as a vocative of an adjective made the complement is the object",
			[]string{
				"Xi PROPN NNP 2 nsubj", "welcomed/welcome VERB VBD 0 root", "Kenyan ADJ JJ 2 xcomp", "President PROPN NNP 5 nmod:desc",
				"William PROPN NNP 3 vocative", "Ruto PROPN NNP 5 flat"},
			[]string{
				"Xi PROPN NNP 2 nsubj", "welcomed/welcome VERB VBD 0 root", "Kenyan ADJ JJ 5 amod", "President PROPN NNP 5 nmod:desc",
				"William PROPN NNP 2 obj", "Ruto PROPN NNP 5 flat"}},
		{"a clause with its own object stays",
			[]string{
				"We PRON PRP 2 nsubj", "waited VERB VBD 0 root", "parents NOUN NNS 4 nsubj", "changed VERB VBD 2 conj",
				"clothes NOUN NNS 4 obj"},
			nil},
	} {
		checkRule(t, repair, c.name, c.in, c.want)
	}
}

// TestPastConj: a participle with no conjunction right before it is no
// past tense of the main clause ("and with strings attached").
func TestPastConj(t *testing.T) {
	checkRule(t, func(toks []Token) {
		for k := range toks {
			pastConj(toks, k)
		}
	}, "a participle with no conjunction before it stays",
		[]string{
			"Congress PROPN NNP 2 nsubj", "agreed/agree VERB VBD 0 root", "to PART TO 4 mark", "lift/lift VERB VB 2 xcomp",
			"and CCONJ CC 7 cc", "strings NOUN NNS 7 nsubj", "attached/attach VERB VBN 4 conj"},
		nil)
}

// TestFlatConjunct: a second name after a title of common nouns, hung on
// a word of the first name, joins the first name's head with its title.
func TestFlatConjunct(t *testing.T) {
	checkRule(t, func(toks []Token) {
		for k := range toks {
			flatConjunct(toks, k)
		}
	}, "a conjunct before a title of common nouns",
		[]string{
			"Philippine PROPN NNP 10 nsubj", "President PROPN NNP 3 nmod:desc", "Aquino PROPN NNP 1 list", "and CCONJ CC 5 cc",
			"MILF PROPN NNP 3 conj", "rebel NOUN NN 7 compound", "chief NOUN NN 1 list", "Murad PROPN NNP 7 appos", "Ebrahim PROPN NNP 8 flat",
			"signed/sign VERB VBD 0 root"},
		[]string{
			"Philippine PROPN NNP 10 nsubj", "President PROPN NNP 3 nmod:desc", "Aquino PROPN NNP 1 list", "and CCONJ CC 5 cc",
			"MILF PROPN NNP 1 conj", "rebel NOUN NN 7 compound", "chief NOUN NN 5 flat", "Murad PROPN NNP 7 appos", "Ebrahim PROPN NNP 8 flat",
			"signed/sign VERB VBD 0 root"})
}

// TestRepairsKeepCrossedTrees: the review's cases, where a rule must
// leave the tree alone rather than half-rebuild it or make a cycle.
func TestRepairsKeepCrossedTrees(t *testing.T) {
	checkRule(t, ofSubject, "an of-phrase subject with a relative pronoun of its own",
		[]string{"Supporters NOUN NNS 0 root", "of ADP IN 5 mark", "Castillo PROPN NNP 5 obl", "who PRON WP 5 nsubj",
			"stormed/storm VERB VBD 1 acl:relcl", "Congress PROPN NNP 5 obj"},
		nil)
	checkRule(t, openingAdjective, "an opening adjective whose noun hangs on it",
		[]string{"Former ADJ JJ 5 nsubj", "Pakistani ADJ JJ 4 amod", "Prime NOUN NN 1 amod", "Khan PROPN NNP 5 nsubj",
			"arrested/arrest VERB VBD 0 root"},
		nil)
}

// TestStolenSubject: a reporting verb after a comma gets the phrase right
// before it back from the object the parser made its subject.
func TestStolenSubject(t *testing.T) {
	checkRule(t, func(toks []Token) {
		for r := range toks {
			stolenSubject(toks, r)
		}
	}, "an object taken for the reporter's subject",
		[]string{
			"Georgia PROPN NNP 2 nsubj", "declared/declare VERB VBD 0 root", "mobilisation NOUN NN 2 obj", ", PUNCT , 5 punct",
			"accusing/accuse VERB VBG 2 advcl", "Russia PROPN NNP 12 nsubj", "of SCONJ IN 8 mark", "attacking/attack VERB VBG 6 acl",
			"Ossetia PROPN NNP 8 obj", ", PUNCT , 11 punct", "government NOUN NN 9 appos", "said/say VERB VBD 2 advcl"},
		[]string{
			"Georgia PROPN NNP 2 nsubj", "declared/declare VERB VBD 0 root", "mobilisation NOUN NN 2 obj", ", PUNCT , 5 punct",
			"accusing/accuse VERB VBG 2 advcl", "Russia PROPN NNP 5 obj", "of SCONJ IN 8 mark", "attacking/attack VERB VBG 6 acl",
			"Ossetia PROPN NNP 8 obj", ", PUNCT , 12 punct", "government NOUN NN 12 nsubj", "said/say VERB VBD 2 advcl"})
}

// checkRule applies rule to the tree of in and checks that it gives the
// tree of want (in, when want is nil).
func checkRule(t *testing.T, rule func([]Token), name string, in, want []string) {
	t.Helper()
	toks := tree(t, in...)
	rule(toks)
	if want == nil {
		want = in
	}
	w := tree(t, want...)
	for i := range toks {
		if toks[i] != w[i] {
			t.Errorf("%s: token %d %q: got %+v, want %+v", name, i+1, toks[i].Text, toks[i], w[i])
		}
	}
}

// TestRepairKeepsTrees parses EWT dev with the repairs and checks that
// every sentence is still a tree: each word's heads lead to the root, and
// no repair left a cycle that annotation had to undo.
func TestRepairKeepsTrees(t *testing.T) {
	ss := ewtDevSentences(t)
	m := testModel(t)
	before := cyclicRepairs.Load()
	for _, s := range ss {
		toks := make([]Token, len(s.Words))
		for j, w := range s.Words {
			toks[j] = Token{Text: w.Form}
		}
		if p := m.ParseTokens(toks); cyclic(p.Tokens) {
			t.Fatalf("%q: the heads make a cycle", s.Text)
		}
	}
	if n := cyclicRepairs.Load() - before; n > 0 {
		t.Errorf("the repairs left %d trees cyclic (the parser's trees were kept)", n)
	}
}

// TestRelativeOfSaying: a relative clause whose verb takes a clause keeps
// it ("found the man who said the city had fallen").
func TestRelativeOfSaying(t *testing.T) {
	toks := tree(t, "Police NOUN NNS 2 nsubj", "found VERB VBD 0 root", "the DET DT 4 det", "man NOUN NN 2 obj",
		"who PRON WP 6 nsubj", "said VERB VBD 4 acl:relcl", "the DET DT 8 det", "city NOUN NN 10 nsubj",
		"had AUX VBD 10 aux", "fallen VERB VBN 6 ccomp")
	toks[5].Lemma = "say"
	want := slices.Clone(toks)
	repair(toks)
	if !slices.Equal(toks, want) {
		t.Errorf("repaired to %+v", toks)
	}
}
