package tone

import (
	"errors"
	"io/fs"
	"math"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// tokens returns the normalized words of text, as Score sees them.
func tokens(text string) []string {
	var out []string
	t := tokenizer{text: text}
	for {
		buf, ok := t.next(nil)
		if !ok {
			break
		}
		out = append(out, string(buf))
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"  ... 123, 4.5 !! ", nil},
		{"Peace talks resumed.", []string{"peace", "talks", "resumed"}},
		{"Iran’s president didn't say", []string{"iran's", "president", "didn't", "say"}},
		{"‘peace’ and 'war'", []string{"peace", "and", "war"}},
		{"the allies' plan", []string{"the", "allies", "plan"}},
		{"a cease-fire, a car‐bomb and - dashes -- here", []string{"a", "cease-fire", "a", "car-bomb", "and", "dashes", "here"}},
		{"G7 and COVID-19 in 2021", []string{"g7", "and", "covid-19", "in"}},
		{"ÄRZTE in Zürich", []string{"ärzte", "in", "zürich"}},
		{"U.S. forces", []string{"u", "s", "forces"}},
		{"word'", []string{"word"}},
		{"trailing-", []string{"trailing"}},
	}
	for _, tt := range tests {
		if got := tokens(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("tokens(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name                 string
		text                 string
		words, pos, neg, act int
		self                 int
	}{
		{"positive", "The two governments signed a peace agreement and welcomed the new cooperation.",
			12, 4, 0, 1, 0}, // peace agreement welcomed cooperation; signed
		{"negative", "Militants attacked the convoy, killing six soldiers and wounding dozens in the deadly ambush.",
			14, 0, 6, 2, 0}, // militants attacked killing wounding deadly ambush; attacked killing
		{"neutral", "The minister will travel to Paris on Tuesday for the annual meeting.",
			12, 0, 0, 1, 0}, // travel
		{"negated negative", "The council did not condemn the decision.",
			7, 1, 0, 0, 0},
		{"negated positive", "Officials said the talks were not successful.",
			7, 0, 1, 0, 0},
		{"negation ends at comma", "It was not a good day, but peace returned.",
			9, 1, 1, 0, 0},
		{"negation window is 3 words", "They did not expect that the attack would happen.",
			9, 0, 1, 1, 0},
		{"not only", "Britain not only condemned the attack but imposed sanctions.",
			9, 0, 3, 1, 0},
		{"curly apostrophe", "The government didn’t welcome the plan.",
			6, 0, 1, 0, 0},
		{"self and group", "We will defend our country, and I promise the US will help us.",
			13, 1, 0, 0, 4}, // we our i us, not US; help
		{"possessive", "The attack's aftermath worried NATO's allies.",
			6, 1, 2, 1, 0}, // allies; attack worried; attack
		{"hyphens", "A car-bomb exploded near the anti-war rally; the cease-fire held.",
			10, 1, 2, 0, 0}, // cease-fire; car-bomb exploded
		{"numbers are not words", "In 2021, 3,000 people protested.",
			3, 0, 1, 0, 0},
		{"non-ASCII letters", "Ärzte in Zürich welcomed the CEASEFIRE.",
			6, 2, 0, 0, 0},
		{"empty", "", 0, 0, 0, 0, 0},
		{"no words", "123 -- 4.5 !!!", 0, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		got := Score(tt.text)
		if got.WordCount != tt.words {
			t.Errorf("%s: WordCount %d, want %d (tokens %q)", tt.name, got.WordCount, tt.words, tokens(tt.text))
			continue
		}
		pct := func(n int) float64 {
			if tt.words == 0 {
				return 0
			}
			return float64(n) * 100 / float64(tt.words)
		}
		check := func(field string, got, want float64) {
			if math.Abs(got-want) > 1e-9 {
				t.Errorf("%s: %s %.4f, want %.4f", tt.name, field, got, want)
			}
		}
		check("Positive", got.Positive, pct(tt.pos))
		check("Negative", got.Negative, pct(tt.neg))
		check("Tone", got.Tone, pct(tt.pos)-pct(tt.neg))
		check("Polarity", got.Polarity, pct(tt.pos)+pct(tt.neg))
		check("ActivityDensity", got.ActivityDensity, pct(tt.act))
		check("SelfGroupDensity", got.SelfGroupDensity, pct(tt.self))
	}
}

// TestToneSign checks the sign of the tone of clearly positive and clearly
// negative news paragraphs, written for this test.
func TestToneSign(t *testing.T) {
	positive := []string{
		"Leaders of both countries praised the agreement as a historic breakthrough and pledged to strengthen cooperation, trade and humanitarian aid.",
		"The ceasefire held for a third week, and aid agencies welcomed the calm as families returned to rebuild their homes.",
		"Donors promised generous support for the recovery, and the president thanked them for their solidarity.",
	}
	negative := []string{
		"Rebels attacked a village overnight, killing twelve civilians and wounding dozens, in the deadliest violence this year.",
		"The government condemned the sanctions as illegal and threatened to retaliate, deepening the crisis between the two rivals.",
		"Police arrested hundreds of protesters after riots erupted, and the opposition accused the regime of brutal repression.",
	}
	for _, text := range positive {
		if got := Score(text); got.Tone <= 0 {
			t.Errorf("tone %.2f (pos %.2f, neg %.2f), want > 0: %s", got.Tone, got.Positive, got.Negative, text)
		}
	}
	for _, text := range negative {
		if got := Score(text); got.Tone >= 0 {
			t.Errorf("tone %.2f (pos %.2f, neg %.2f), want < 0: %s", got.Tone, got.Positive, got.Negative, text)
		}
	}
}

func TestLexicons(t *testing.T) {
	count := map[uint8]int{}
	for _, cls := range Default().words {
		for _, bit := range []uint8{positive, negative, negator, activity, self} {
			if cls&bit != 0 {
				count[bit]++
			}
		}
	}
	for bit, min := range map[uint8]int{positive: 300, negative: 300, negator: 20, activity: 100, self: 10} {
		if count[bit] < min {
			t.Errorf("lexicon class %d has %d words, want at least %d", bit, count[bit], min)
		}
	}
	for _, w := range strings.Fields("attack killed crisis sanctions condemn war violence threatened arrested bombing") {
		if Default().words[w]&negative == 0 {
			t.Errorf("%q is not negative", w)
		}
	}
	for _, w := range strings.Fields("agree peace support welcome cooperation aid ceasefire praised agreement") {
		if Default().words[w]&positive == 0 {
			t.Errorf("%q is not positive", w)
		}
	}
	// Words often neutral in news must stay out of the sentiment lists.
	for _, w := range strings.Fields("united great forces weapons like just right release") {
		if Default().words[w]&(positive|negative) != 0 {
			t.Errorf("%q is in a sentiment lexicon", w)
		}
	}
}

// lexFS returns a minimal lexicon folder, with files overridden by over.
func lexFS(over map[string]string) fstest.MapFS {
	files := map[string]string{
		FilePositive: "# positive\ngood goods\n",
		FileNegative: "bad\n",
		FileNegation: "not\n",
		FileActivity: "run\n",
		FileSelf:     "we\n",
	}
	for k, v := range over {
		files[k] = v
	}
	fsys := fstest.MapFS{}
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fsys
}

func TestNew(t *testing.T) {
	s, err := New(lexFS(nil))
	if err != nil {
		t.Fatal(err)
	}
	got := s.Score("We run. Good, not bad! Bad.")
	if got.WordCount != 6 || got.Positive != 100.0/3 || got.Negative != 100.0/6 || got.ActivityDensity != 100.0/6 || got.SelfGroupDensity != 100.0/6 {
		t.Errorf("custom scorer: %+v", got)
	}

	tests := []struct {
		name    string
		over    map[string]string
		want    string
		wantErr error
	}{
		{"both positive and negative", map[string]string{FileNegative: "bad\nGood\n"}, "negative.txt:2", ErrConflict},
		{"negator and positive", map[string]string{FileNegation: "not good\n"}, "negation.txt:1", ErrConflict},
		{"not one word", map[string]string{FileActivity: "run a.b\n"}, "activity.txt:1", nil},
		{"missing file", map[string]string{}, "cannot read lexicon self.txt", fs.ErrNotExist},
	}
	for _, tt := range tests {
		fsys := lexFS(tt.over)
		if tt.name == "missing file" {
			delete(fsys, FileSelf)
		}
		_, err := New(fsys)
		if err == nil || !strings.Contains(err.Error(), tt.want) || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
			t.Errorf("%s: New error %v, want %q (%v)", tt.name, err, tt.want, tt.wantErr)
		}
	}
}

func TestScoreAllocs(t *testing.T) {
	text := benchText(2000)
	if n := testing.AllocsPerRun(10, func() { Score(text) }); n != 0 {
		t.Errorf("Score allocates %.0f times, want 0", n)
	}
}

// benchText returns about n bytes of news-like text written for the tests.
func benchText(n int) string {
	paragraphs := []string{
		"Iran’s president-elect said on Monday he would not meet the US president, and rejected talks on the country’s missile programme.",
		"The foreign ministers welcomed the ceasefire and pledged humanitarian aid to the displaced families, who had fled the fighting in the north.",
		"Rebels fired rockets at the airport overnight; nobody was killed, officials said, but three soldiers were wounded in the attack.",
		"“We will not accept any threats,” the spokesman told reporters in Geneva, calling the sanctions illegal and urging dialogue.",
		"Protesters marched through the capital for a third day, demanding the release of detained journalists and an end to the crackdown.",
		"The agreement, signed after 18 months of negotiations, opens the border to trade and restores diplomatic relations between the two countries.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(paragraphs[i%len(paragraphs)])
		b.WriteByte('\n')
	}
	return b.String()
}

func BenchmarkScore(b *testing.B) {
	text := benchText(1 << 20)
	words := Score(text).WordCount
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Score(text)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
