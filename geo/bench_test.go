package geo

import (
	"os"
	"testing"
)

// BenchmarkLoad measures parsing the embedded gazetteer (what Default does
// once per process).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFind runs Find over the sentences of the test sets, one context
// per document, and reports sentences per second.
func BenchmarkFind(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var sentences []string
	for _, name := range []string{"testdata/places.tsv", "testdata/heldout.tsv"} {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		ex, err := ReadExamples(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		last := ""
		for _, e := range ex {
			if e.Sentence != last {
				sentences = append(sentences, e.Sentence)
				last = e.Sentence
			}
		}
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		ctx := NewContext()
		for _, s := range sentences {
			g.Find(s, 0, ctx)
		}
		n += len(sentences)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkFindGUM runs Find over the GUM treebank's sentences (real text
// of many genres, most sentences without a place), one context per
// document.
func BenchmarkFindGUM(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sentences := readGUM(b, "../../shared/data/ud/en_gum-ud-dev.conllu")
	b.ResetTimer()
	n := 0
	for b.Loop() {
		var ctx *Context
		doc := ""
		for _, s := range sentences {
			if s.doc != doc || ctx == nil {
				ctx, doc = NewContext(), s.doc
			}
			g.Find(s.text, 0, ctx)
		}
		n += len(sentences)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
