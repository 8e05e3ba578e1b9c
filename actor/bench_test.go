package actor

import "testing"

// benchSentences are news-style sentences written for the benchmark.
var benchSentences = []string{
	"Iran's president-elect on Monday ruled out talks with the United States over the country's ballistic missile program.",
	"Israeli warplanes struck suspected Iranian targets near Damascus overnight, the Syrian army said in a statement.",
	"Russian envoy Mikhail Ulyanov told reporters in Vienna that difficult topics remain unresolved in the nuclear talks.",
	"Hundreds of protesters gathered outside parliament in Budapest to demand the resignation of the interior minister.",
	"The Pentagon said US forces had carried out a drone strike against Iran-backed militias in eastern Syria on Sunday.",
	"Saudi Arabia and the United Arab Emirates pledged $3 billion in aid to Sudan's transitional government.",
	"Kenyan police fired tear gas at opposition supporters in Nairobi, witnesses said.",
	"The European Union's foreign policy chief urged Beijing to use its influence on Moscow to end the war in Ukraine.",
	"A spokesman for the Houthi rebels said their forces had downed a drone over Marib province.",
	"Former President Donald Trump criticised the Biden administration's handling of the withdrawal from Afghanistan.",
}

// BenchmarkFind measures Find on typical news sentences; the reported
// sentences/s is the figure to compare with the 100k look-ups/s bar.
func BenchmarkFind(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		d.Find(benchSentences[n%len(benchSentences)], 0, "2021-06-22")
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkResolve measures Resolve on noun phrases.
func BenchmarkResolve(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	phrases := []string{"Iran's president-elect", "the Israeli military's chief of staff", "Iran-backed militias in Iraq",
		"former Pentagon official Mick Mulroy", "Hungarian and Romanian officials", "US forces"}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		d.Resolve(phrases[n%len(phrases)], 0, "2021-06-22")
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "phrases/s")
}
