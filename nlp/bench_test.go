package nlp

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// sharedUD returns the UD folder in ../shared, or skips the test.
func sharedUD(tb testing.TB) string {
	tb.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "shared", "data", "ud")
	if _, err := os.Stat(filepath.Join(dir, EWTDev)); err != nil {
		tb.Skipf("shared UD treebanks not found at %s (../shared absent): %v", dir, err)
	}
	return dir
}

// testModel returns the model in $DYAD_NLP_MODEL if set, else the embedded one.
func testModel(tb testing.TB) *Model {
	tb.Helper()
	if p := os.Getenv("DYAD_NLP_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		m, err := ReadModel(f)
		if err != nil {
			tb.Fatal(err)
		}
		return m
	}
	m, err := Load()
	if err == ErrNoModel {
		tb.Skip("no embedded model")
	}
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func benchSentences(b *testing.B) ([][]Token, int) {
	ss, err := ReadCoNLLUFile(filepath.Join(sharedUD(b), EWTDev))
	if err != nil {
		b.Fatal(err)
	}
	ss = ss[:500]
	var out [][]Token
	n := 0
	for _, s := range ss {
		toks := make([]Token, len(s.Words))
		for j, w := range s.Words {
			toks[j] = Token{Text: w.Form}
		}
		n += len(toks)
		out = append(out, toks)
	}
	return out, n
}

// BenchmarkTagParse measures tagging, lemmatizing, parsing and NER on gold
// tokens of EWT dev (one goroutine).
func BenchmarkTagParse(b *testing.B) {
	m := testModel(b)
	sents, n := benchSentences(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range sents {
			m.ParseTokens(t)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTag measures the tagger alone.
func BenchmarkTag(b *testing.B) {
	m := testModel(b)
	sents, n := benchSentences(b)
	b.ResetTimer()
	var ws []wf
	var tags []int
	var forms []string
	for i := 0; i < b.N; i++ {
		for _, t := range sents {
			ws, forms = ws[:0], forms[:0]
			for _, tk := range t {
				forms = append(forms, tk.Text)
				ws = append(ws, makeWF(tk.Text, m.tg.amb))
			}
			tags = resize(tags, len(t))
			m.tg.tag(forms, ws, tags)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkParse measures the parser alone, on predicted tags.
func BenchmarkParse(b *testing.B) {
	m := testModel(b)
	sents, n := benchSentences(b)
	var ats [][]patom
	for _, toks := range sents {
		s := m.ParseTokens(toks)
		forms, xp, up := make([]string, len(toks)), make([]string, len(toks)), make([]string, len(toks))
		ws := make([]wf, len(toks))
		for i, t := range s.Tokens {
			forms[i], xp[i], up[i] = t.Text, t.XPOS, t.UPOS
			ws[i] = makeWF(t.Text, m.tg.amb)
		}
		ats = append(ats, makeAtoms(forms, xp, up, ws, nil))
	}
	var st pstate
	var feats []uint64
	scores := make([]int32, 256)
	heads, labels := make([]int, 512), make([]int, 512)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, at := range ats {
			feats = m.ps.parse(&st, at, heads, labels, feats, scores)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
