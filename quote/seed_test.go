package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedPath is the user's example article in ../shared, beside the
// repository.
func seedPath(t testing.TB) string {
	return filepath.Join(filepath.Dir(repoRoot(t)), "shared", "seed", "000_89e8973d0803841e.txt")
}

func TestFindSeed(t *testing.T) {
	path := seedPath(t)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("seed article %s not available (../shared is absent): %v", path, err)
	}
	a := loadText(t, path)
	sents := splitTest(a)
	qs := Find(a, sents)
	checkSpans(t, a, sents, qs)
	// The seed is the publisher's text: the expectations name the
	// speakers (facts) and the length of each quote in words, not its
	// words.
	want := []struct {
		words   int
		speaker string
		partial bool
	}{
		{1, "Ebrahim Raisi", true},
		{22, "Raisi", false},
		{37, "Mick Mulroy", false},
		{9, "Mulroy", false},
		{10, "Zarif", true},
		{7, "Russian envoy Mikhail Ulyanov", true},
	}
	if len(qs) != len(want) {
		for _, q := range qs {
			t.Logf("got %v", got(q))
		}
		t.Fatalf("got %d quotes in the seed, want %d", len(qs), len(want))
	}
	for i, w := range want {
		g := got(qs[i])
		if n := len(strings.Fields(g.text)); n != w.words || g.speaker != w.speaker || g.partial != w.partial {
			t.Errorf("seed quote %d: %d words by %q partial=%v, want %d words by %q partial=%v", i, n, g.speaker, g.partial, w.words, w.speaker, w.partial)
		}
	}
}

// BenchmarkFind measures Find on the seed article and the corpus's text
// pages, and reports articles per second.
func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(repoRoot(b), "examples", "corpus", "*.txt"))
	if p := seedPath(b); fileExists(p) {
		files = append(files, p)
	}
	if len(files) == 0 {
		b.Skip("no articles to benchmark: examples/corpus and ../shared/seed are absent")
	}
	var docs []articleWithSentences
	total := 0
	for _, f := range files {
		a := loadText(b, f)
		docs = append(docs, articleWithSentences{a: a, sents: splitTest(a)})
		total += len(a.Text())
	}
	b.SetBytes(int64(total / len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		Find(d.a, d.sents)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
