// Package segment splits an article's paragraphs into sentences, keeping
// byte offsets into the article's text.
//
// Paragraphs are split first (they never share a sentence), then each
// paragraph goes through the Punkt sentence tokenizer of
// github.com/neurosnap/sentences with its English model, and the result is
// repaired where Punkt is known to split too eagerly: after titles and
// abbreviations such as "Maj. Gen." or "Sen." that precede a name.
package segment

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

var (
	tokOnce sync.Once
	tok     *sentences.DefaultSentenceTokenizer
	tokErr  error
)

func tokenizer() (*sentences.DefaultSentenceTokenizer, error) {
	tokOnce.Do(func() {
		tok, tokErr = english.NewSentenceTokenizer(nil)
	})
	return tok, tokErr
}

// titles are abbreviations that stand before a name, so that a period after
// them never ends a sentence when a capitalised word follows.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "rev": true,
	"gen": true, "maj": true, "lt": true, "col": true, "capt": true, "cpt": true,
	"sgt": true, "cpl": true, "pvt": true, "adm": true, "cmdr": true, "brig": true,
	"sen": true, "rep": true, "gov": true, "pres": true, "amb": true, "sec": true,
	"st": true, "mt": true, "ft": true, "hon": true, "messrs": true, "sr": true,
	"jr": true, "no": true, "nos": true, "vol": true, "art": true, "fig": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"u.s": true, "u.n": true, "u.k": true, "e.u": true,
}

// Split returns the sentences of an article. Sentence indices count from 0 in
// article order; offsets are bytes into a.Text().
func Split(a *dyad.Article) []dyad.Sentence {
	var out []dyad.Sentence
	off := 0
	for pi, p := range a.Paragraphs {
		for _, s := range Paragraph(p) {
			out = append(out, dyad.Sentence{
				Index:     len(out),
				Paragraph: pi,
				Start:     off + s[0],
				End:       off + s[1],
				Text:      p[s[0]:s[1]],
			})
		}
		off += len(p) + 1 // the "\n" that joins paragraphs
	}
	return out
}

// Paragraph returns the byte ranges of the sentences of one paragraph,
// trimmed of surrounding white space.
func Paragraph(p string) [][2]int {
	t, err := tokenizer()
	var raw [][2]int
	if single(p) {
		// no word before the last holds a sentence-ending mark: Punkt
		// could break only after the last word, at the end
		raw = [][2]int{{0, len(p)}}
	} else if err != nil {
		// The embedded model failed to load: fall back to one sentence
		// per paragraph rather than losing the text.
		raw = [][2]int{{0, len(p)}}
	} else {
		for _, s := range t.Tokenize(p) {
			raw = append(raw, [2]int{s.Start, s.End})
		}
	}
	var out [][2]int
	for _, r := range raw {
		start, end := trim(p, r[0], r[1])
		if start >= end {
			continue
		}
		if n := len(out); n > 0 && joinable(p[out[n-1][0]:out[n-1][1]], p[start:end]) {
			out[n-1][1] = end
			continue
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// single reports whether paragraph p is one sentence for Punkt, which
// breaks only after a word holding a sentence-ending mark (. ? ! and their
// CJK forms): none of its words but the last holds one, and the last holds
// no CJK mark before its end (Punkt also breaks inside a word there:
// "protesters。Police").
func single(p string) bool {
	text := strings.TrimRightFunc(p, unicode.IsSpace)
	before, last := "", text
	if i := strings.LastIndexFunc(text, unicode.IsSpace); i >= 0 {
		before, last = text[:i], text[i:]
	}
	last = strings.TrimRight(last, "。？！.?!\"'”’)]")
	return !strings.ContainsAny(before, ".?!。？！") && !strings.ContainsAny(last, "。？！")
}

// trim narrows [start, end) to exclude surrounding white space.
func trim(p string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(p[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(p[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// joinable reports whether next continues prev: prev ends with a title
// abbreviation ("Maj.", "Sen.") or next starts in lower case, which a
// sentence never does in edited news.
func joinable(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	if !strings.HasSuffix(prev, ".") {
		return false
	}
	i := strings.LastIndexAny(prev[:len(prev)-1], " \t(“\"")
	last := strings.ToLower(prev[i+1 : len(prev)-1])
	return titles[last]
}
