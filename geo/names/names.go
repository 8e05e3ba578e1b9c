// Package names splits text into words and folds place names into lookup
// keys. The gazetteer build tool (cmd/gazetteer) and the geo package share
// it, so that a name is keyed the same way when the data is built and when
// a sentence is read.
//
// A key is the name's words, lower-cased, with Latin diacritics removed and
// typographic apostrophes made plain, joined by single spaces: "Côte
// d’Ivoire" → "cote d'ivoire", "Port-au-Prince" → "port au prince",
// "U.S." → "us".
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: a run of letters and digits, with
// apostrophes between letters ("N'Djamena", "d'Ivoire") but not a
// possessive "'s", or an initialism such as "U.S." or "D.C.".
type Token struct {
	// Start and End are byte offsets of the word in the text.
	Start, End int
	// Cap is true when the word starts with an upper-case letter.
	Cap bool
	// Upper is true when the word has no lower-case letter.
	Upper bool
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == 'ʻ' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokens appends the words of s to buf and returns it.
func Tokens(s string, buf []Token) []Token {
	i := 0
	for i < len(s) {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += w
			continue
		}
		start := i
		cap := unicode.IsUpper(r)
		upper := !unicode.IsLower(r)
		i += w
		for i < len(s) {
			r, w = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[i:])
			}
			if isWordRune(r) {
				if unicode.IsLower(r) {
					upper = false
				}
				i += w
				continue
			}
			if isApos(r) && i+w < len(s) {
				// An apostrophe between letters belongs to the word,
				// unless it starts a possessive 's.
				n, nw := utf8.DecodeRuneInString(s[i+w:])
				if isWordRune(n) {
					if (n == 's' || n == 'S') && (i+w+nw == len(s) || !isWordRuneAt(s, i+w+nw)) {
						break
					}
					i += w
					continue
				}
			}
			break
		}
		// Initialisms: single letters each followed by a period, at
		// least two of them ("U.S.", "D.R.", "U.A.E.").
		if i-start == 1 && i < len(s) && s[i] == '.' {
			j := i
			n := 1
			for j+2 < len(s) && s[j] == '.' && isASCIILetter(s[j+1]) && (j+2 == len(s) || s[j+2] == '.') {
				j += 2
				n++
			}
			if n >= 2 {
				if j < len(s) && s[j] == '.' {
					j++
				}
				i = j
				upper = true
				for k := start; k < i; k++ {
					if s[k] >= 'a' && s[k] <= 'z' {
						upper = false
					}
				}
			}
		}
		buf = append(buf, Token{Start: start, End: i, Cap: cap, Upper: upper})
		// Skip a possessive 's: it is no word of its own.
		if i < len(s) {
			if r, w := utf8.DecodeRuneInString(s[i:]); isApos(r) && i+w < len(s) && (s[i+w] == 's' || s[i+w] == 'S') &&
				(i+w+1 == len(s) || !isWordRuneAt(s, i+w+1)) {
				i += w + 1
			}
		}
	}
	return buf
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// Fold appends the lookup form of word to dst: lower case, Latin
// diacritics removed, apostrophes made plain, periods dropped.
func Fold(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c == '.':
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(word[i:])
		i += w
		if r == '’' || r == 'ʼ' || r == 'ʻ' || r == '‘' || r == '`' {
			dst = append(dst, '\'')
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldTable[r]; ok {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// Key returns the lookup key of a name.
func Key(name string) string {
	var toks [16]Token
	ts := Tokens(name, toks[:0])
	b := make([]byte, 0, len(name)+4)
	for i, t := range ts {
		if i > 0 {
			b = append(b, ' ')
		}
		b = Fold(b, name[t.Start:t.End])
	}
	return string(b)
}

// Words returns the number of words in a name.
func Words(name string) int {
	var toks [16]Token
	return len(Tokens(name, toks[:0]))
}

// IsAcronym reports whether a name is written as an initialism or an
// upper-case abbreviation ("US", "U.S.", "UAE", "DRC"), which matches only
// text written the same way.
func IsAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 5
}

// Strip returns name without a trailing generic word for a division
// ("Basra Governorate" → "Basra", "Kyiv Oblast" → "Kyiv"), or "" when it
// has none.
func Strip(name string) string {
	for _, suf := range divisionWords {
		if len(name) > len(suf)+1 && strings.EqualFold(name[len(name)-len(suf):], suf) && name[len(name)-len(suf)-1] == ' ' {
			return strings.TrimSpace(name[:len(name)-len(suf)-1])
		}
	}
	return ""
}

// divisionWords are tried in order: longer phrases first.
var divisionWords = []string{
	"Autonomous Region", "Special Region", "Capital District", "Capital Territory",
	"Governorate", "Province", "Oblast", "Region", "State", "Prefecture",
	"Department", "District", "Municipality", "Emirate", "Territory", "Voivodeship",
	"Krai", "Kray", "County", "Canton", "Division", "Parish", "Wilaya", "Vilayet", "Ostan",
}
