package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations keep their final period (lowercased, without the period).
var abbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms messrs dr prof sr jr st mt ft gen maj lt col capt cmdr sgt cpl pvt adm gov sen rep rev hon pres supt insp det
		inc corp ltd co bros llc plc no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
		approx dept est fig al ave blvd rd hwy univ assn intl natl govt min max vol ed eds pp op cf ca mass calif fla ariz conn ill ind kan ky la md mich minn miss mo nev okla ore pa tenn tex va vt wash wis wyo colo`) {
		abbreviations[a] = true
	}
}

// hyphenPrefixes keep their hyphen attached, as the UD English treebanks do.
var hyphenPrefixes = map[string]bool{"e": true, "non": true, "pro": true, "anti": true, "re": true, "co": true, "pre": true, "post": true,
	"mid": true, "semi": true, "multi": true, "mini": true, "cross": true, "inter": true, "intra": true, "sub": true, "ex": true}

type span struct{ s, e int }

// Tokenize splits one sentence into tokens, UD English style: punctuation,
// clitics ('s, n't, 're, ...) and hyphens are split off; abbreviations,
// initials, numbers, URLs and e-mail addresses stay whole. Offsets are base
// plus the byte offset in text.
func (m *Model) Tokenize(text string, base int) []Token {
	return tokenize(text, base)
}

func tokenize(text string, base int) []Token {
	var toks []Token
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == 0xFEFF || r == 0x200B {
			i += sz
			continue
		}
		j := i
		for j < len(text) {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) || r == 0xFEFF || r == 0x200B {
				break
			}
			j += sz
		}
		for _, sp := range splitChunk(text, i, j) {
			toks = append(toks, Token{Text: text[sp.s:sp.e], Start: base + sp.s, End: base + sp.e, Head: -1})
			toks = joinGivenName(toks, text, base)
		}
		i = j
	}
	return toks
}

// joinGivenName joins the last three tokens into one when they are a
// hyphenated Korean given name after a surname, written without spaces:
// "Moon Jae-in", "Kim Jong-un", "Roh Moo-hyun" (split, "in" would be a
// preposition and the name would end at "Jae"). Both syllables must have
// the shape of a romanized Korean syllable, the first capitalized, the
// second not, so "New York-based" and "Anti-war" stay split.
func joinGivenName(toks []Token, text string, base int) []Token {
	n := len(toks)
	if n < 4 {
		return toks
	}
	a, h, b, sur := toks[n-3], toks[n-2], toks[n-1], toks[n-4]
	if h.Text != "-" || a.End != h.Start || h.End != b.Start || sur.End >= a.Start ||
		!isCapitalized(sur.Text) || !isLetterString(sur.Text) || !isCapitalized(a.Text) || !isLower(b.Text) ||
		!romanSyllable(strings.ToLower(a.Text)) || !romanSyllable(b.Text) {
		return toks
	}
	toks[n-3] = Token{Text: text[a.Start-base : b.End-base], Start: a.Start, End: b.End, Head: -1}
	return toks[:n-2]
}

// romanSyllable reports whether lower-case s has the shape of one
// romanized Korean syllable: at most three consonants, one to three
// vowels (w and y count as both), then nothing, one of n, m, l, k, p, t
// or r, or "ng".
func romanSyllable(s string) bool {
	i := 0
	for i < len(s) && i < 3 && strings.IndexByte("bcdghjkmnprstwy", s[i]) >= 0 {
		i++
	}
	v := i
	for i < len(s) && i-v < 3 && strings.IndexByte("aeiouwy", s[i]) >= 0 {
		i++
	}
	if i == v {
		return false
	}
	switch rest := s[i:]; rest {
	case "", "n", "m", "l", "k", "p", "t", "r", "ng":
		return true
	}
	return false
}

func isURL(w string) bool {
	l := strings.ToLower(w)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") || strings.HasPrefix(l, "ftp://") {
		return true
	}
	if at := strings.IndexByte(w, '@'); at > 0 && strings.Contains(w[at:], ".") {
		return true
	}
	for _, tld := range []string{".com", ".org", ".net", ".gov", ".edu", ".int", ".io"} {
		if k := strings.Index(l, tld); k > 0 && (k+len(tld) == len(l) || l[k+len(tld)] == '/') && !strings.ContainsAny(l[:k], " ") {
			return true
		}
	}
	return false
}

const openPunct = "([{\"'“‘«<¿¡*"
const closePunct = ")]}\"'”’»>,;:!?*"

func isAbbrev(w string) bool {
	// w includes the final period
	core := strings.TrimSuffix(w, ".")
	if core == "" {
		return false
	}
	if abbreviations[strings.ToLower(core)] {
		return true
	}
	// initials and dotted abbreviations: J. U.S. e.g. a.m. U.S.A.
	parts := strings.Split(core, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return len(parts) > 1 || unicode.IsUpper([]rune(core)[0])
}

var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

// splitChunk tokenizes text[s:e], a chunk without whitespace.
func splitChunk(text string, s, e int) []span {
	var pre, post []span
	openedQuote := false
	for s < e {
		w := text[s:e]
		if isURL(w) {
			break
		}
		r, sz := utf8.DecodeRuneInString(w)
		// leading currency before a digit
		if strings.ContainsRune("$£€¥#", r) && s+sz < e {
			if r2, _ := utf8.DecodeRuneInString(text[s+sz:]); unicode.IsDigit(r2) {
				pre = append(pre, span{s, s + sz})
				s += sz
				continue
			}
		}
		if strings.HasPrefix(w, "...") {
			pre = append(pre, span{s, s + 3})
			s += 3
			continue
		}
		if r == '—' || r == '–' || strings.HasPrefix(w, "--") {
			n := sz
			if r == '-' {
				n = 2
				for s+n < e && text[s+n] == '-' {
					n++
				}
			}
			pre = append(pre, span{s, s + n})
			s += n
			continue
		}
		if strings.ContainsRune(openPunct, r) && e-s > sz {
			// 'til, '90s, 'em: apostrophe starts a word
			if r == '\'' || r == '‘' || r == '’' {
				rest := strings.ToLower(text[s+sz : e])
				if len(rest) > 0 && (unicode.IsDigit(rune(rest[0])) || strings.HasPrefix(rest, "em") && len(strings.TrimRight(rest, ".,;:!?\"”’)")) == 2) {
					break
				}
				openedQuote = true
			}
			pre = append(pre, span{s, s + sz})
			s += sz
			continue
		}
		break
	}
	for e > s {
		w := text[s:e]
		if isURL(w) {
			// trailing sentence punctuation is not part of a URL
			r, sz := utf8.DecodeLastRuneInString(w)
			if strings.ContainsRune(".,;:!?)\"”’'", r) {
				post = append(post, span{e - sz, e})
				e -= sz
				continue
			}
			break
		}
		if strings.HasSuffix(w, "...") && e-s > 3 {
			post = append(post, span{e - 3, e})
			e -= 3
			continue
		}
		if strings.HasSuffix(w, "…") && e-s > len("…") {
			post = append(post, span{e - len("…"), e})
			e -= len("…")
			continue
		}
		r, sz := utf8.DecodeLastRuneInString(w)
		if r == '—' || r == '–' {
			post = append(post, span{e - sz, e})
			e -= sz
			continue
		}
		if r == '.' && e-s > 1 {
			if isAbbrev(w) {
				break
			}
			post = append(post, span{e - sz, e})
			e -= sz
			continue
		}
		if (r == '\'' || r == '’') && e-s > sz && !openedQuote {
			// plural possessive: students' -> students '
			p, _ := utf8.DecodeLastRuneInString(w[:len(w)-sz])
			if p == 's' || p == 'S' || p == 'z' {
				post = append(post, span{e - sz, e})
				e -= sz
				continue
			}
		}
		if strings.ContainsRune(closePunct, r) && e-s > sz {
			if r == '%' {
				break
			}
			post = append(post, span{e - sz, e})
			e -= sz
			continue
		}
		if r == '%' && e-s > sz {
			post = append(post, span{e - sz, e})
			e -= sz
			continue
		}
		break
	}
	var mid []span
	if s < e {
		mid = splitMiddle(text, s, e)
	}
	out := append(pre, mid...)
	for k := len(post) - 1; k >= 0; k-- {
		out = append(out, post[k])
	}
	return out
}

// splitMiddle splits clitics, hyphens, dashes and inner punctuation.
func splitMiddle(text string, s, e int) []span {
	w := text[s:e]
	if isURL(w) {
		return []span{{s, e}}
	}
	// dashes inside a chunk: split around them
	for _, d := range []string{"—", "–", "--", "…", "..."} {
		if k := strings.Index(w, d); k > 0 && k+len(d) < len(w) {
			n := len(d)
			if d == "--" {
				for k+n < len(w) && w[k+n] == '-' {
					n++
				}
			}
			out := splitChunk(text, s, s+k)
			out = append(out, span{s + k, s + k + n})
			return append(out, splitChunk(text, s+k+n, e)...)
		}
	}
	lw := strings.ToLower(w)
	for _, c := range clitics {
		if strings.HasSuffix(lw, c) && len(w) > len(c) {
			k := len(w) - len(c)
			if strings.HasPrefix(c, "n") {
				stem := lw[:k]
				if stem == "ca" || stem == "wo" || stem == "sha" || stem == "ai" || len(stem) > 0 {
					out := splitMiddle(text, s, s+k)
					return append(out, span{s + k, e})
				}
			}
			if !strings.HasPrefix(c, "n") {
				r, _ := utf8.DecodeLastRuneInString(w[:k])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					out := splitMiddle(text, s, s+k)
					return append(out, span{s + k, e})
				}
			}
		}
	}
	if lw == "cannot" {
		return []span{{s, s + 3}, {s + 3, e}}
	}
	if lw == "gonna" || lw == "gotta" || lw == "wanna" {
		return []span{{s, s + 3}, {s + 3, e}}
	}
	// inner commas, semicolons, slashes between words (not in numbers)
	for k := 1; k < len(w)-1; k++ {
		c := w[k]
		if c == ',' || c == ';' || c == '(' || c == ')' || c == '"' || (c == '/' && !isDigitByte(w[k-1])) || c == '!' || c == '?' {
			if c == ',' && isDigitByte(w[k-1]) && isDigitByte(w[k+1]) {
				continue
			}
			out := splitChunk(text, s, s+k)
			out = append(out, span{s + k, s + k + 1})
			return append(out, splitChunk(text, s+k+1, e)...)
		}
	}
	// lexicalized hyphenated titles and kin terms stay whole
	for _, suf := range []string{"-elect", "-designate", "-in-law", "-in-laws"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf) && isLetterString(w[:len(w)-len(suf)]) {
			return []span{{s, e}}
		}
	}
	// place names joined by a short lower-case particle stay whole:
	// "Mazar-i-Sharif", "Dar-es-Salaam", "Ras-al-Khaimah"
	if parts := strings.Split(w, "-"); len(parts) == 3 && len(parts[1]) >= 1 && len(parts[1]) <= 3 && isLower(parts[1]) &&
		isCapitalized(parts[0]) && isCapitalized(parts[2]) {
		return []span{{s, e}}
	}
	// model names of weapons and the like stay whole: "F-16", "MiG-29",
	// "S-400", "AK-47", "COVID-19" (letters, the first a capital, then
	// digits)
	if modelName(w) {
		return []span{{s, e}}
	}
	// hyphens between words
	if k := strings.IndexByte(w, '-'); k > 0 && k < len(w)-1 {
		left := w[:k]
		allDigits := true
		for _, part := range strings.Split(w, "-") {
			for _, r := range part {
				if !unicode.IsDigit(r) {
					allDigits = false
				}
			}
		}
		if allDigits || hyphenPrefixes[strings.ToLower(left)] || !isLetterString(left) {
			// keep phone numbers, number ranges written as codes, prefixed words
			if !allDigits && !hyphenPrefixes[strings.ToLower(left)] {
				// e.g. 20-year: split after digits too
				out := []span{{s, s + k}, {s + k, s + k + 1}}
				return append(out, splitMiddle(text, s+k+1, e)...)
			}
			if allDigits {
				return []span{{s, e}}
			}
			rest := splitMiddle(text, s+k+1, e)
			if len(rest) == 1 {
				return []span{{s, e}}
			}
			// keep "non-" attached to the first part only
			rest[0].s = s
			return rest
		}
		out := []span{{s, s + k}, {s + k, s + k + 1}}
		return append(out, splitMiddle(text, s+k+1, e)...)
	}
	return []span{{s, e}}
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isLetterString(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// IsAbbreviation reports whether word (with its final period) is an
// abbreviation or initial whose period does not end a sentence.
func IsAbbreviation(word string) bool { return isAbbrev(word) }

// isLower reports whether s is made of lower-case letters only.
func isLower(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// isCapitalized reports whether s is a capital letter followed by letters.
func isCapitalized(s string) bool {
	for i, r := range s {
		if !unicode.IsLetter(r) || i == 0 && !unicode.IsUpper(r) {
			return false
		}
	}
	return len(s) > 1
}
