package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wf holds the hashed lexical atoms of one token, computed once per sentence
// and shared by the tagger, the parser and the entity recogniser.
type wf struct {
	form, lower, shape, norm       uint64
	pre1, pre2, pre3               uint64
	suf1, suf2, suf3, suf4         uint64
	amb                            uint64 // ambiguity class (hash of the tag set seen in training), 0 if unknown
	cap, allCap, hasDigit, hasHyph bool
}

// wordShape maps letters to X/x, digits to d and collapses runs longer than two.
func wordShape(s string) string {
	var b strings.Builder
	var last rune
	run := 0
	n := 0
	for _, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		b.WriteRune(c)
		n++
		if n > 12 {
			break
		}
	}
	return b.String()
}

// normWord folds digits to 0 and lowercases, so that numbers share statistics.
func normWord(s string) string {
	hasDigit := false
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			hasDigit = true
			break
		}
	}
	l := strings.ToLower(s)
	if !hasDigit {
		return l
	}
	b := []byte(l)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// normQuotes maps typographic quotes and apostrophes to ASCII for lookup.
func normQuotes(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii || !strings.ContainsAny(s, "‘’“”–—") {
		return s
	}
	return quoteReplacer.Replace(s)
}

var quoteReplacer = strings.NewReplacer("‘", "'", "’", "'", "“", "\"", "”", "\"", "–", "-", "—", "--")

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

func makeWF(form string, amb map[string]uint32) wf {
	form = normQuotes(form)
	l := strings.ToLower(form)
	n := normWord(form)
	w := wf{
		form: strHash(form), lower: strHash(l), shape: strHash(wordShape(form)), norm: strHash(n),
		pre1: strHash(prefix(l, 1)), pre2: strHash(prefix(l, 2)), pre3: strHash(prefix(l, 3)),
		suf1: strHash(suffix(l, 1)), suf2: strHash(suffix(l, 2)), suf3: strHash(suffix(l, 3)), suf4: strHash(suffix(l, 4)),
	}
	if a, ok := amb[l]; ok {
		w.amb = uint64(a) + 1
	}
	r, _ := utf8.DecodeRuneInString(form)
	w.cap = unicode.IsUpper(r)
	w.allCap = isAllCaps(form)
	w.hasDigit = strings.ContainsAny(form, "0123456789")
	w.hasHyph = strings.Contains(form, "-")
	return w
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// isAllCaps reports whether s has letters and no lower-case letter.
func isAllCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}
