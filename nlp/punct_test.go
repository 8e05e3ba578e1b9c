package nlp

import "testing"

func TestFixPunct(t *testing.T) {
	for _, c := range []struct {
		name     string
		in, want []string
	}{
		{"a sentence's final mark hung inside the object goes to the root",
			[]string{"Police NOUN NNS 2 nsubj", "arrested VERB VBD 0 root", "the DET DT 4 det", "protesters NOUN NNS 2 obj", "today NOUN NN 2 obl:tmod",
				". PUNCT . 4 punct"},
			[]string{"Police NOUN NNS 2 nsubj", "arrested VERB VBD 0 root", "the DET DT 4 det", "protesters NOUN NNS 2 obj", "today NOUN NN 2 obl:tmod",
				". PUNCT . 2 punct"}},
		{"a comma before a conjunct hangs on the conjunct",
			[]string{"Iran PROPN NNP 7 nsubj", ", PUNCT , 1 punct", "Russia PROPN NNP 1 conj", "and CCONJ CC 5 cc", "China PROPN NNP 1 conj",
				"have AUX VBP 7 aux", "objected VERB VBN 0 root"},
			[]string{"Iran PROPN NNP 7 nsubj", ", PUNCT , 3 punct", "Russia PROPN NNP 1 conj", "and CCONJ CC 5 cc", "China PROPN NNP 1 conj",
				"have AUX VBP 7 aux", "objected VERB VBN 0 root"}},
		{"a comma after an opening clause hangs on it, the highest node that keeps it projective",
			[]string{"After ADP IN 2 case", "talks NOUN NNS 7 obl", "in ADP IN 4 case", "Vienna PROPN NNP 2 nmod", ", PUNCT , 4 punct",
				"envoys NOUN NNS 7 nsubj", "left VERB VBD 0 root"},
			[]string{"After ADP IN 2 case", "talks NOUN NNS 7 obl", "in ADP IN 4 case", "Vienna PROPN NNP 2 nmod", ", PUNCT , 2 punct",
				"envoys NOUN NNS 7 nsubj", "left VERB VBD 0 root"}},
		{"quotation marks hang on the head of what they enclose",
			[]string{"he PRON PRP 2 nsubj", "called VERB VBD 0 root", "it PRON PRP 2 obj", "\" PUNCT `` 2 punct", "a DET DT 6 det",
				"crime NOUN NN 2 xcomp", "\" PUNCT '' 2 punct"},
			[]string{"he PRON PRP 2 nsubj", "called VERB VBD 0 root", "it PRON PRP 2 obj", "\" PUNCT `` 6 punct", "a DET DT 6 det",
				"crime NOUN NN 2 xcomp", "\" PUNCT '' 6 punct"}},
		{"brackets hang on the head of what they enclose",
			[]string{"the DET DT 2 det", "agency NOUN NN 0 root", "( PUNCT -LRB- 2 punct", "IAEA PROPN NNP 2 appos", ") PUNCT -RRB- 4 punct"},
			[]string{"the DET DT 2 det", "agency NOUN NN 0 root", "( PUNCT -LRB- 4 punct", "IAEA PROPN NNP 2 appos", ") PUNCT -RRB- 4 punct"}},
		{"a hyphen hangs on the dependent word next to it",
			[]string{"a DET DT 4 det", "ceasefire NOUN NN 4 compound", "- PUNCT HYPH 4 punct", "deal NOUN NN 0 root"},
			[]string{"a DET DT 4 det", "ceasefire NOUN NN 4 compound", "- PUNCT HYPH 2 punct", "deal NOUN NN 0 root"}},
		{"an abbreviation's dot stays on it",
			[]string{"Gen PROPN NNP 3 compound", ". PUNCT . 1 punct", "Smith PROPN NNP 4 nsubj", "spoke VERB VBD 0 root"},
			nil},
		{"commas around an appositive hang on it",
			[]string{"Zarif PROPN NNP 6 nsubj", ", PUNCT , 4 punct", "Iran PROPN NNP 4 nmod:poss", "minister NOUN NN 1 appos", ", PUNCT , 4 punct",
				"said VERB VBD 0 root"},
			nil},
		{"a mark with a word hung on it is left alone",
			[]string{"yes INTJ UH 0 root", "- PUNCT : 1 punct", "no INTJ UH 2 discourse"},
			nil},
	} {
		checkRule(t, fixPunct, c.name, c.in, c.want)
	}
}

// TestFixPunctGold checks that the rules are the treebank's: applied to the
// gold trees of EWT dev, they keep the gold head of nearly every mark.
func TestFixPunctGold(t *testing.T) {
	ss := ewtDevSentences(t)
	marks, moved := 0, 0
	for _, s := range ss {
		toks := make([]Token, len(s.Words))
		for j, w := range s.Words {
			toks[j] = Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Head: w.Head, Rel: w.Rel}
		}
		fixPunct(toks)
		for j, w := range s.Words {
			if w.UPOS == "PUNCT" {
				marks++
				if toks[j].Head != w.Head {
					moved++
				}
			}
		}
	}
	if marks == 0 || float64(moved) > 0.02*float64(marks) {
		t.Errorf("fixPunct moved %d of the %d marks of EWT dev's gold trees; want under 2%%", moved, marks)
	}
	t.Logf("fixPunct moved %d of the %d marks of EWT dev's gold trees", moved, marks)
}
