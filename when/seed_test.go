package when

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sharedPath returns the path of a file under the shared folder beside the
// repository (../shared from the repository root).
func sharedPath(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "shared"}, parts...)...)
}

// sentence is one sentence of a test article with its offset in the text.
type sentence struct {
	text  string
	start int
}

// splitSentences splits paragraphs into sentences at ". ", "? " and "! "
// before an upper-case letter or a quote, except after a short capitalized
// abbreviation ("Maj. Gen."). It is a test helper, not a sentence splitter.
func splitSentences(text string) []sentence {
	var out []sentence
	start := 0
	flush := func(end int) {
		s := strings.TrimSpace(text[start:end])
		if s != "" {
			out = append(out, sentence{s, start + strings.Index(text[start:end], s)})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			flush(i)
			continue
		}
		if (c == '.' || c == '?' || c == '!') && i+2 < len(text) && text[i+1] == ' ' {
			n := text[i+2]
			if !(n >= 'A' && n <= 'Z' || n == '"' || n == 0xE2) {
				continue
			}
			w := i
			for w > 0 && text[w-1] != ' ' && text[w-1] != '\n' {
				w--
			}
			if c == '.' && i-w <= 3 && text[w] >= 'A' && text[w] <= 'Z' {
				continue // "Maj.", "Gen.", "Dr."
			}
			flush(i + 1)
		}
	}
	flush(len(text))
	return out
}

func readSeed(t *testing.T) (string, []sentence) {
	t.Helper()
	path := sharedPath("seed", "000_89e8973d0803841e.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed article not available (%v): the shared folder is absent", err)
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	return text, splitSentences(text)
}

// TestSeed checks every temporal expression of the seed article against the
// dates its events happened on.
func TestSeed(t *testing.T) {
	text, sents := readSeed(t)

	// The byline gives the publication date.
	var pub time.Time
	for _, s := range sents {
		if strings.HasPrefix(s.text, "By ") {
			if d, ok := ParseDate(s.text); ok {
				pub = d
				break
			}
		}
	}
	if got := pub.Format("2006-01-02"); got != "2021-06-22" {
		t.Fatalf("publication date from the byline = %s, want 2021-06-22", got)
	}

	type found struct {
		Expr
		sent string
	}
	var all []found
	for _, s := range sents {
		for _, e := range Find(s.text, s.start, pub, Auto) {
			if text[e.Start:e.End] != e.Text {
				t.Errorf("span [%d,%d) is %q, Text %q", e.Start, e.End, text[e.Start:e.End], e.Text)
			}
			all = append(all, found{e, s.text})
		}
	}
	// Each expected expression: the words just before it (to tell the two
	// Fridays apart), its text, date and precision.
	want := []struct{ before, text, date, prec string }{
		{"presidency in ", "Friday", "2021-06-18", "day"},
		{"who said ", "earlier this month", "2021-06", "month"},
		{"Washington ", "on Monday", "2021-06-21", "day"},
		{"US forces ", "in early 2019", "2019", "year"},
		{"landslide ", "last week", "2021-06-14", "week"},
		{"Zarif ", "on Saturday", "2021-06-19", "day"},
		{"Ulyanov said ", "Friday", "2021-06-18", "day"},
	}
	for _, w := range want {
		ok := false
		for _, f := range all {
			if f.Text == w.text && strings.HasSuffix(text[:f.Start], w.before) {
				ok = true
				if f.Date != w.date || f.Precision != w.prec {
					t.Errorf("%q after %q = %s %s, want %s %s", w.text, w.before, f.Date, f.Precision, w.date, w.prec)
				}
			}
		}
		if !ok {
			t.Errorf("no expression %q after %q", w.text, w.before)
		}
	}
	// Nothing else has a date but the byline's.
	for _, f := range all {
		if f.Precision == PrecisionVague || strings.HasPrefix(f.sent, "By ") {
			continue
		}
		expected := false
		for _, w := range want {
			if f.Text == w.text && strings.HasSuffix(text[:f.Start], w.before) {
				expected = true
			}
		}
		if !expected {
			t.Errorf("unexpected expression %q (%s) in %q", f.Text, f.Date, f.sent)
		}
	}
	// "the 2015 nuclear agreement" and the other 2015 deals date nothing;
	// "in recent years" is vague.
	for i := strings.Index(text, "2015"); i >= 0; i = nextIndex(text, "2015", i) {
		for _, f := range all {
			if f.Start <= i && i < f.End {
				t.Errorf("%q at %d dates %q", f.Text, i, f.Date)
			}
		}
	}
	recent := 0
	for _, f := range all {
		if strings.Contains(f.Text, "recent years") {
			recent++
			if f.Date != "" || f.Precision != PrecisionVague {
				t.Errorf("%q has date %q %s", f.Text, f.Date, f.Precision)
			}
		}
	}
	if recent != 2 {
		t.Errorf("found %d vague \"in recent years\", want 2", recent)
	}

	// The events' dates.
	events := []struct {
		trigger, date, prec string // date "" when the event has no date of its own
	}{
		{"arrived in Washington", "2021-06-21", "day"},
		{"teased", "2021-06-19", "day"},
		{"Ulyanov said", "2021-06-18", "day"},
		{"won in a landslide", "2021-06-14", "week"},
		{"struck two air bases", "2019", "year"},
		{"was elected to the presidency", "2021-06-18", "day"},
		{"urged the United States", "", ""},
		{"has launched hundreds", "", ""},
		{"abandoned the 2015", "", ""},
		{"He also said", "", ""},
	}
	for _, ev := range events {
		trig := strings.Index(text, ev.trigger)
		if trig < 0 {
			t.Errorf("trigger %q not in the seed", ev.trigger)
			continue
		}
		var exprs []Expr
		for _, f := range all {
			if s := strings.Index(text, f.sent); s >= 0 && s <= trig && trig < s+len(f.sent) {
				exprs = append(exprs, f.Expr)
			}
		}
		e, ok := EventDate(exprs, trig)
		switch {
		case ev.date == "" && ok:
			t.Errorf("event %q dated %s (%q), want no date", ev.trigger, e.Date, e.Text)
		case ev.date != "" && !ok:
			t.Errorf("event %q has no date, want %s", ev.trigger, ev.date)
		case ok && (e.Date != ev.date || e.Precision != ev.prec):
			t.Errorf("event %q dated %s %s, want %s %s", ev.trigger, e.Date, e.Precision, ev.date, ev.prec)
		}
	}
}

func nextIndex(s, sub string, after int) int {
	j := strings.Index(s[after+1:], sub)
	if j < 0 {
		return -1
	}
	return after + 1 + j
}

// newsSentences returns the sentences of the GUM corpus's news documents
// (Wikinews) from the shared UD treebanks, or nil when they are absent.
func newsSentences(tb testing.TB) []string {
	var out []string
	for _, part := range []string{"train", "dev", "test"} {
		f, err := os.Open(sharedPath("data", "ud", "en_gum-ud-"+part+".conllu"))
		if err != nil {
			return nil
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		news := false
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "# newdoc id = ") {
				news = strings.HasPrefix(line, "# newdoc id = GUM_news_")
			} else if news && strings.HasPrefix(line, "# text = ") {
				out = append(out, strings.TrimPrefix(line, "# text = "))
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			tb.Fatalf("cannot read GUM %s: %v", part, err)
		}
	}
	return out
}

// TestNewsSentences runs Find over real news sentences and checks the
// invariants that hold for any input.
func TestNewsSentences(t *testing.T) {
	sents := newsSentences(t)
	if len(sents) == 0 {
		t.Skip("GUM treebank not available: the shared folder is absent")
	}
	pub := time.Date(2021, 6, 22, 0, 0, 0, 0, time.UTC)
	n := 0
	for _, s := range sents {
		for _, e := range Find(s, 0, pub, Auto) {
			n++
			if s[e.Start:e.End] != e.Text {
				t.Errorf("%q: span [%d,%d) is not %q", s, e.Start, e.End, e.Text)
			}
			if (e.Date == "") != (e.Precision == PrecisionVague) {
				t.Errorf("%q: %q date %q precision %q", s, e.Text, e.Date, e.Precision)
			}
		}
	}
	if n == 0 {
		t.Error("no expression in the GUM news sentences")
	}
}

// benchmarkFind reports sentences per second of wall time and, as the
// machine is shared, per second of this process's CPU time.
func benchmarkFind(b *testing.B, sents []string) {
	pub := time.Date(2021, 6, 22, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(sents[i%len(sents)], 0, pub, Auto)
	}
	b.StopTimer()
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(b.N)/s, "sentences/s")
	}
	if s := (cpuTime() - cpu0).Seconds(); s > 0 {
		b.ReportMetric(float64(b.N)/s, "sentences/cpu-s")
	}
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkFindNews runs Find over the GUM news sentences (real Wikinews
// text, most sentences without a date).
func BenchmarkFindNews(b *testing.B) {
	sents := newsSentences(b)
	if len(sents) == 0 {
		b.Skip("GUM treebank not available: the shared folder is absent")
	}
	benchmarkFind(b, sents)
}

// BenchmarkFindDated runs Find over this package's test sentences, each of
// which holds a temporal expression: the costly case.
func BenchmarkFindDated(b *testing.B) {
	var sents []string
	for _, c := range findCases {
		sents = append(sents, c.sentence)
	}
	benchmarkFind(b, sents)
}

func BenchmarkParseDate(b *testing.B) {
	forms := []string{"June 22, 2021", "Tue, 22 Jun 2021 10:00:00 GMT", "2021-06-22T10:00:00+02:00",
		"June 22, 2021 5:03 PM ET", "22.06.2021", "By June 22, 2021News, Print"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, ok := ParseDate(forms[i%len(forms)]); !ok {
			b.Fatal("cannot parse ", forms[i%len(forms)])
		}
	}
}
