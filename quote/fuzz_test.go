package quote

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// FuzzFind checks that Find never panics and that every span it returns
// holds the text it claims, whatever the marks and paragraphs.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`“We will win,” he said.`,
		"“A.\n“B,” said X.",
		`'It's over,' said the coach. ‘Never’ ’90s rock 'n' roll`,
		"\"\"\"''' “”“ ‘’‘ « » „",
		`called the plan “untouchable”, said Tomas Brenner, the official,`,
		"according to",
		"“\n”\n“",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := &dyad.Article{Paragraphs: strings.Split(s, "\n")}
		text := a.Text()
		for _, q := range Find(a, nil) {
			if q.Span[0] < 0 || q.Span[1] > len(text) || q.Span[0] > q.Span[1] || text[q.Span[0]:q.Span[1]] != q.Text {
				t.Fatalf("bad quote span %v for %q in %q", q.Span, q.Text, s)
			}
			if sp := q.Speaker; sp != nil {
				if sp.Span[0] < 0 || sp.Span[1] > len(text) || text[sp.Span[0]:sp.Span[1]] != sp.Text {
					t.Fatalf("bad speaker span %v for %q in %q", sp.Span, sp.Text, s)
				}
			}
		}
	})
}
