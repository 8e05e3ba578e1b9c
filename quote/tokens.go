package quote

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord uint8 = iota
	tPunct
)

// token is a word or a punctuation mark of the text around a quote. Offsets
// are bytes into the article's text.
type token struct {
	start, end int
	kind       uint8
	// r is the rune of a punctuation token.
	r rune
	// upper is true for a word that starts with an upper-case letter.
	upper bool
	// flags are the lexicon flags of the word (see lexicon.go).
	flags uint32
}

// isLetter reports whether r is a letter or a combining mark.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isAlnum(r rune) bool { return isLetter(r) || isDigit(r) }

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r)
}

// runeAt decodes the rune at byte i of s, or returns (' ', 0) past the end
// so that the edges of a text read as white space.
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return ' ', 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at byte i of s, or ' ' at the start.
func runeBefore(s string, i int) rune {
	if i <= 0 || i > len(s) {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// tokenize appends the tokens of text[from:to] to buf. Words keep their
// inner apostrophes (Iran’s, don't), hyphens (non-negotiable), inner periods
// (U.S.), digit groups (1,500) and the period of a known abbreviation
// (Maj., Gen.), so that a standalone '.' token ends a sentence.
func tokenize(text string, from, to int, buf []token) []token {
	return tokenizeN(text, from, to, buf, -1)
}

// tokenizeN is tokenize that stops after max tokens or after the first
// token that ends a sentence, when max >= 0.
func tokenizeN(text string, from, to int, buf []token, max int) []token {
	first := len(buf)
	i := from
	for i < to {
		if max >= 0 && len(buf)-first >= max {
			break
		}
		if max >= 0 && len(buf) > first && buf[len(buf)-1].isSentenceEnd() {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			i += size
			continue
		}
		if !isAlnum(r) {
			buf = append(buf, token{start: i, end: i + size, kind: tPunct, r: r})
			i += size
			continue
		}
		start := i
		upper := unicode.IsUpper(r)
		hasDot := false
		i += size
		for i < to {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isAlnum(r) || unicode.Is(unicode.Mn, r) {
				i += size
				continue
			}
			nr, _ := runeAt(text, i+size)
			if i+size >= to {
				nr = ' '
			}
			pr := runeBefore(text, i)
			switch {
			case (r == '\'' || r == '’') && isLetter(nr) && isLetter(pr):
				// Apostrophe inside a word: Iran’s, don't, O'Brien.
				i += size
				continue
			case (r == '\'' || r == '’') && (pr == 's' || pr == 'S') && nr == ' ' && i-start > 2:
				// Plural possessive: the countries’ leaders. Only when a
				// lower-case word follows, which a closing quote rarely does.
				nnr, _ := runeAt(text, i+size+1)
				if i+size+1 < to && unicode.IsLower(nnr) {
					i += size
				}
			case (r == '-' || r == '‑') && isAlnum(nr):
				i += size
				continue
			case r == '.' && isLetter(nr) && isLetter(pr):
				// U.S, a.m
				hasDot = true
				i += size
				continue
			case (r == ',' || r == '.') && isDigit(nr) && isDigit(pr):
				i += size
				continue
			}
			break
		}
		if i < to && text[i] == '.' && (hasDot || isAbbrev(text[start:i])) {
			i++
		}
		buf = append(buf, token{start: start, end: i, kind: tWord, upper: upper})
	}
	for k := first; k < len(buf); k++ {
		if buf[k].kind == tWord && buf[k].flags == 0 {
			buf[k].flags = lookup(text[buf[k].start:buf[k].end])
		}
	}
	return buf
}

// isAbbrev reports whether word, followed by a period, is an abbreviation
// whose period does not end the sentence: an initial (F.) or a title.
func isAbbrev(word string) bool {
	if len(word) == 1 {
		return word[0] >= 'A' && word[0] <= 'Z'
	}
	return lookup(word)&fAbbrev != 0
}

// isSentenceEnd reports whether t ends a sentence.
func (t token) isSentenceEnd() bool {
	return t.kind == tPunct && (t.r == '.' || t.r == '?' || t.r == '!' || t.r == '…')
}

// isComma reports whether t is a comma.
func (t token) isComma() bool { return t.kind == tPunct && (t.r == ',' || t.r == '，') }

// isDash reports whether t is a dash used as punctuation.
func (t token) isDash() bool {
	return t.kind == tPunct && (t.r == '—' || t.r == '–' || t.r == '-')
}

func (t token) is(f uint32) bool { return t.kind == tWord && t.flags&f != 0 }
