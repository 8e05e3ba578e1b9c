package nlp

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by " | "
	}{
		{"Iran’s president-elect ruled out talks with the U.S. over missiles.",
			"Iran | ’s | president-elect | ruled | out | talks | with | the | U.S. | over | missiles | ."},
		{"His sister-in-law met the state-run media.", "His | sister-in-law | met | the | state | - | run | media | ."},
		{"“We are sincere,” Raisi said.", "“ | We | are | sincere | , | ” | Raisi | said | ."},
		{"He’d meet Maj. Gen. Smith; they didn't (can't, won't) go.",
			"He | ’d | meet | Maj. | Gen. | Smith | ; | they | did | n't | ( | ca | n't | , | wo | n't | ) | go | ."},
		{"The students' books cost $5.50, up 20% — see https://example.com/a?b=1.",
			"The | students | ' | books | cost | $ | 5.50 | , | up | 20 | % | — | see | https://example.com/a?b=1 | ."},
		{"Mail john.doe@example.org or call 713-853-3989 about the non-negotiable, 20-year-old e-mail.",
			"Mail | john.doe@example.org | or | call | 713-853-3989 | about | the | non-negotiable | , | 20 | - | year | - | old | e-mail | ."},
		{"She said 'hello' and left... At 5 p.m. I'm sure they're fine.",
			"She | said | ' | hello | ' | and | left | ... | At | 5 | p.m. | I | 'm | sure | they | 're | fine | ."},
		{"Iran-backed militias fired 1,000 rockets--mostly at night.",
			"Iran | - | backed | militias | fired | 1,000 | rockets | -- | mostly | at | night | ."},
		{"The Taliban took Mazar-i-Sharif; Dar-es-Salaam and Bosnia-Herzegovina are far.",
			"The | Taliban | took | Mazar-i-Sharif | ; | Dar-es-Salaam | and | Bosnia | - | Herzegovina | are | far | ."},
		{"F-16 jets downed a MiG-29 over the 20-km zone; COVID-19 spread.",
			"F-16 | jets | downed | a | MiG-29 | over | the | 20 | - | km | zone | ; | COVID-19 | spread | ."},
		{"Moon Jae-in, Kim Jong-un and Roh Moo-hyun's aides met New York-based Anti-war groups in Seoul.",
			"Moon | Jae-in | , | Kim | Jong-un | and | Roh | Moo-hyun | 's | aides | met | New | York | - | based | Anti-war | groups | in | Seoul | ."},
		{"Moon Jae - in, Two-day talks", "Moon | Jae | - | in | , | Two | - | day | talks"},
		{"I cannot go", "I | can | not | go"},
		{"", ""},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, 100)
		var got []string
		for _, tk := range toks {
			if tt.in[tk.Start-100:tk.End-100] != tk.Text {
				t.Errorf("%q: token %q has offsets %d-%d", tt.in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("tokenize(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}

func TestIsAbbreviation(t *testing.T) {
	for w, want := range map[string]bool{"Gen.": true, "U.S.": true, "J.": true, "e.g.": true, "Inc.": true, "cat.": false, "Iran.": false, "2.": false} {
		if got := IsAbbreviation(w); got != want {
			t.Errorf("IsAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	s := "Iran’s president-elect ruled out future negotiations with the United States over his government’s conventional ballistic missile program and support for Shiite militias across the Middle East."
	n := len(tokenize(s, 0))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tokenize(s, 0)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestTokenizeOffsets checks on awkward input that every token is the text
// at its offsets and that tokens cover every non-space byte in order.
func TestTokenizeOffsets(t *testing.T) {
	inputs := []string{
		"\xff\xfe bad utf8 \xc3", "''''", "--", "—a—b—", "...", "a.b.c.", "(U.S.)", "“”", "'s", "n't", "X-", "-X",
		"$", "5%", "http://", "@", "a@b", "e.g.,", "Mr.", "https://x.org/a_(b)).", "\u00a0nbsp\u2009thin", "tab\tand\nnewline",
	}
	for _, in := range inputs {
		prev := 0
		for _, tk := range tokenize(in, 0) {
			if tk.Start < prev || tk.End <= tk.Start || in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: bad token %+v after %d", in, tk, prev)
			}
			if strings.TrimSpace(in[prev:tk.Start]) != "" && strings.Trim(in[prev:tk.Start], " \t\n\u00a0\u2009") != "" {
				t.Errorf("%q: bytes %q skipped", in, in[prev:tk.Start])
			}
			prev = tk.End
		}
	}
}
