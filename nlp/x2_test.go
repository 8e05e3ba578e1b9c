package nlp

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestXLemma(t *testing.T) {
	if os.Getenv("NLPX") == "" {
		t.Skip()
	}
	m := testModel(t)
	ss, _ := ReadCoNLLUFile("/work/shared/data/ud/en_ewt-ud-test.conllu")
	errs := map[string]int{}
	for _, s := range ss {
		toks := make([]Token, len(s.Words))
		for j, w := range s.Words {
			toks[j] = Token{Text: w.Form}
		}
		p := m.ParseTokens(toks)
		for j, w := range s.Words {
			if p.Tokens[j].Lemma != w.Lemma {
				errs[fmt.Sprintf("%s/%s/%s gold=%s", w.Form, p.Tokens[j].XPOS, p.Tokens[j].Lemma, w.Lemma)]++
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range errs {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
	for _, x := range l[:40] {
		fmt.Println(x.v, x.k)
	}
}

func TestXLemma2(t *testing.T) {
	if os.Getenv("NLPX") == "" {
		t.Skip()
	}
	m := testModel(t)
	a, _ := ReadCoNLLUFile("/work/shared/data/ud/en_ewt-ud-train.conllu")
	b, _ := ReadCoNLLUFile("/work/shared/data/ud/en_gum-ud-train.conllu")
	m.lm = trainLemmatizer(append(a, b...))
	for _, f := range []string{"en_ewt-ud-test.conllu", "en_gum-ud-test.conllu"} {
		ss, _ := ReadCoNLLUFile("/work/shared/data/ud/" + f)
		r := m.Evaluate(ss)
		fmt.Println(f, r.Lemma)
	}
}

func TestXPatchLemma(t *testing.T) {
	if os.Getenv("NLPX") == "" {
		t.Skip()
	}
	m := testModel(t)
	a, _ := ReadCoNLLUFile("/work/shared/data/ud/en_ewt-ud-train.conllu")
	b, _ := ReadCoNLLUFile("/work/shared/data/ud/en_gum-ud-train.conllu")
	m.lm = trainLemmatizer(append(a, b...))
	f, _ := os.Create(os.Getenv("NLPX_OUT"))
	if err := m.WriteModel(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
}
