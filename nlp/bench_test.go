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

// benchParse measures the parser alone, on predicted tags, batch sentences
// at a time.
func benchParse(b *testing.B, batch int) {
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
	var sc parseScratch
	jobs := make([]*parseJob, len(ats))
	for k, at := range ats {
		jobs[k] = &parseJob{at: at, heads: make([]int, len(at)), labels: make([]int, len(at))}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := 0; k < len(jobs); k += batch {
			m.ps.parseBatch(jobs[k:min(k+batch, len(jobs))], &sc)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// benchBatch is the number of sentences of the Batch benchmarks, about an
// article's.
const benchBatch = 16

// BenchmarkParse measures the parser alone, on predicted tags, one sentence
// at a time.
func BenchmarkParse(b *testing.B) { benchParse(b, 1) }

// BenchmarkParseBatch measures the parser on benchBatch sentences at a time.
func BenchmarkParseBatch(b *testing.B) { benchParse(b, benchBatch) }

// BenchmarkTagParseBatch is BenchmarkTagParse with ParseTokensBatch on
// benchBatch sentences at a time.
func BenchmarkTagParseBatch(b *testing.B) {
	m := testModel(b)
	sents, n := benchSentences(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := 0; k < len(sents); k += benchBatch {
			m.ParseTokensBatch(sents[k:min(k+benchBatch, len(sents))])
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures decoding the embedded model, which a coding
// command does once at start-up when the weight cache is off or empty.
func BenchmarkLoad(b *testing.B) {
	if len(embedded) == 0 {
		b.Skip("no embedded model")
	}
	for b.Loop() {
		if _, err := decodeModel(embedded, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadCached measures loading the embedded model with its weight
// tables from the cache (see decodeCached), as later runs do.
func BenchmarkLoadCached(b *testing.B) {
	if len(embedded) == 0 {
		b.Skip("no embedded model")
	}
	dir := b.TempDir()
	if _, err := decodeCached(embedded, dir); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := decodeCached(embedded, dir); err != nil {
			b.Fatal(err)
		}
	}
}
