package nlp

import (
	"os"
	"testing"
)

func TestXParser(t *testing.T) {
	if os.Getenv("NLPX") == "" {
		t.Skip()
	}
	d := "/work/shared/data/ud/"
	a, _ := ReadCoNLLUFile(d + "en_ewt-ud-train.conllu")
	b, _ := ReadCoNLLUFile(d + "en_gum-ud-train.conllu")
	dv, _ := ReadCoNLLUFile(d + "en_ewt-ud-dev.conllu")
	tr := append(a, b...)
	labels, idx := labelIndex(tr)
	p := &parser{labels: labels}
	p.train(makeParseEx(tr, idx, nil, nil), makeParseEx(dv, idx, nil, nil), 6, 1, 0, t.Logf)
}
