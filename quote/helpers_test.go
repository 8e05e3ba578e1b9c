package quote

import (
	"html"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"

	"github.com/dyadproject/dyad"
)

// repoRoot returns the repository root, computed from this file's folder.
func repoRoot(t testing.TB) string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate the test file")
	}
	return filepath.Dir(filepath.Dir(file))
}

// furniture lines of the scraped text pages, dropped by loadText.
func isFurniture(line string) bool {
	l := strings.TrimSpace(line)
	switch l {
	case "Skip to main content", "Menu", "Share this article", "Subscribe to our newsletter", "Read more:":
		return true
	}
	return strings.HasPrefix(l, "Read more:") || strings.HasPrefix(l, "By ") || strings.HasPrefix(l, "As published in")
}

// loadText builds an article from a scraped text page: one paragraph per
// non-empty line, furniture, the byline and the title (the first line
// after the furniture) dropped.
func loadText(t testing.TB, path string) *dyad.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("cannot read %s: %v", path, err)
	}
	a := &dyad.Article{}
	title := true
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || isFurniture(line) {
			continue
		}
		if title {
			a.Title = line
			title = false
			continue
		}
		a.Paragraphs = append(a.Paragraphs, strings.TrimSpace(line))
	}
	return a
}

// loadHTML builds an article from a corpus HTML page: the text of the <p>
// elements inside <article>, entities decoded. It is a test helper for our
// own pages, not an extractor.
func loadHTML(t testing.TB, path string) *dyad.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("cannot read %s: %v", path, err)
	}
	s := string(b)
	i := strings.Index(s, "<article")
	j := strings.Index(s, "</article>")
	if i < 0 || j < i {
		t.Fatalf("%s: no <article>", path)
	}
	s = s[i:j]
	a := &dyad.Article{}
	for {
		k := strings.Index(s, "<p>")
		if k < 0 {
			break
		}
		e := strings.Index(s[k:], "</p>")
		if e < 0 {
			break
		}
		a.Paragraphs = append(a.Paragraphs, html.UnescapeString(stripTags(s[k+3:k+e])))
		s = s[k+e:]
	}
	return a
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// splitTest is the tests' own simple sentence splitter: a sentence ends at
// '.', '?' or '!' plus any closing quote marks, followed by a space and an
// upper-case letter or an opening quote mark, unless the word before the
// period is a short title such as "Dr" or "Lt".
func splitTest(a *dyad.Article) []dyad.Sentence {
	var out []dyad.Sentence
	off := 0
	titles := map[string]bool{"Dr": true, "Mr": true, "Mrs": true, "Ms": true, "Lt": true, "Col": true, "Gen": true, "Maj": true, "Jr": true, "St": true, "U.S": true}
	for pi, p := range a.Paragraphs {
		start := 0
		rs := []rune(p)
		pos := make([]int, len(rs)+1)
		n := 0
		for i, r := range rs {
			pos[i] = n
			n += len(string(r))
		}
		pos[len(rs)] = n
		for i := 0; i < len(rs); i++ {
			r := rs[i]
			if r != '.' && r != '?' && r != '!' {
				continue
			}
			e := i + 1
			for e < len(rs) && strings.ContainsRune("”’\"')", rs[e]) {
				e++
			}
			if e+1 >= len(rs) || rs[e] != ' ' || !(unicode.IsUpper(rs[e+1]) || strings.ContainsRune("“‘\"'", rs[e+1])) {
				continue
			}
			if r == '.' {
				w := i
				for w > 0 && rs[w-1] != ' ' {
					w--
				}
				if titles[string(rs[w:i])] || i-w == 1 {
					continue
				}
			}
			out = append(out, dyad.Sentence{Index: len(out), Paragraph: pi, Start: off + pos[start], End: off + pos[e], Text: p[pos[start]:pos[e]]})
			start = e + 1
			i = e
		}
		if start < len(rs) {
			out = append(out, dyad.Sentence{Index: len(out), Paragraph: pi, Start: off + pos[start], End: off + n, Text: p[pos[start]:]})
		}
		off += len(p) + 1
	}
	return out
}

// articleWithSentences pairs an article with its sentences for benchmarks.
type articleWithSentences struct {
	a     *dyad.Article
	sents []dyad.Sentence
}
