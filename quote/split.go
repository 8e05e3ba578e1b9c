package quote

import (
	"unicode"

	"github.com/dyadproject/dyad"
)

// splitSentences is a plain sentence splitter used when Find is given no
// sentences: a sentence ends at '.', '?' or '!' (and any closing quotes or
// brackets after it) followed by white space, unless the word before the
// period is an abbreviation. Paragraphs always end a sentence.
func splitSentences(a *dyad.Article) []dyad.Sentence {
	text := a.Text()
	var out []dyad.Sentence
	off := 0
	var toks []token
	for pi, p := range a.Paragraphs {
		start := off
		end := off + len(p)
		toks = tokenize(text, start, end, toks[:0])
		sStart := -1
		for k := 0; k < len(toks); k++ {
			t := toks[k]
			if sStart < 0 {
				sStart = t.start
			}
			if !t.isSentenceEnd() {
				continue
			}
			e := t.end
			for k+1 < len(toks) && toks[k+1].kind == tPunct && toks[k+1].start == e && isCloser(toks[k+1].r) {
				k++
				e = toks[k].end
			}
			if k+1 < len(toks) && toks[k+1].start == e {
				continue // no space after the period: 3.5, a URL
			}
			if k+1 < len(toks) {
				nr, _ := runeAt(text, toks[k+1].start)
				if unicode.IsLower(nr) {
					continue
				}
			}
			out = append(out, dyad.Sentence{Index: len(out), Paragraph: pi, Start: sStart, End: e, Text: text[sStart:e]})
			sStart = -1
		}
		if sStart >= 0 && len(toks) > 0 {
			e := toks[len(toks)-1].end
			out = append(out, dyad.Sentence{Index: len(out), Paragraph: pi, Start: sStart, End: e, Text: text[sStart:e]})
		}
		off = end + 1
	}
	return out
}

func isCloser(r rune) bool {
	switch r {
	case '”', '"', '’', '\'', ')', ']', '»':
		return true
	}
	return false
}
