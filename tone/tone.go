package tone

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// Window is how many words after a negator have their polarity flipped.
const Window = 3

// Lexicon file names, in the folder given to New.
const (
	FilePositive = "positive.txt"
	FileNegative = "negative.txt"
	FileNegation = "negation.txt"
	FileActivity = "activity.txt"
	FileSelf     = "self.txt"
)

// ErrConflict is returned by New when a word is listed in two lexicons that
// exclude each other: positive and negative, or a negator and either.
var ErrConflict = errors.New("word listed in conflicting lexicons")

// Word classes, as bits of a lexicon entry.
const (
	positive uint8 = 1 << iota
	negative
	negator
	activity
	self
)

// Scorer scores texts against a set of lexicons. It is safe for concurrent
// use.
type Scorer struct {
	words map[string]uint8
}

var defaultScorer *Scorer

func init() {
	sub, err := fs.Sub(lexiconFS, "lexicon")
	if err != nil {
		panic(err)
	}
	defaultScorer, err = New(sub)
	if err != nil {
		panic(err)
	}
}

// Default returns the scorer built from dyad's embedded lexicons.
func Default() *Scorer { return defaultScorer }

// Score scores text with dyad's embedded lexicons; see Scorer.Score.
func Score(text string) dyad.Tone { return defaultScorer.Score(text) }

// New builds a scorer from the five lexicon files FilePositive, FileNegative,
// FileNegation, FileActivity and FileSelf in fsys, in the format documented
// in lexicon/positive.txt. Use os.DirFS to read a folder of edited lexicons.
func New(fsys fs.FS) (*Scorer, error) {
	s := &Scorer{words: make(map[string]uint8, 2048)}
	for _, f := range []struct {
		name string
		bit  uint8
	}{
		{FilePositive, positive}, {FileNegative, negative}, {FileNegation, negator},
		{FileActivity, activity}, {FileSelf, self},
	} {
		if err := s.load(fsys, f.name, f.bit); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// load adds the words of one lexicon file with class bit.
func (s *Scorer) load(fsys fs.FS, name string, bit uint8) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("cannot read lexicon %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		for _, w := range strings.Fields(text) {
			norm, ok := normalizeWord(w)
			if !ok {
				return fmt.Errorf("cannot parse lexicon %s:%d: %q is not one word", name, line, w)
			}
			old := s.words[norm]
			if bit&(positive|negative|negator) != 0 && old&(positive|negative|negator)&^bit != 0 {
				return fmt.Errorf("cannot parse lexicon %s:%d: %q: %w", name, line, w, ErrConflict)
			}
			s.words[norm] = old | bit
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("cannot read lexicon %s: %w", name, err)
	}
	return nil
}

// normalizeWord returns w as the tokenizer would see it, if w is exactly one
// word.
func normalizeWord(w string) (string, bool) {
	t := tokenizer{text: w}
	buf, ok := t.next(nil)
	if !ok || t.start != 0 || t.end != len(w) {
		return "", false
	}
	if _, more := t.next(nil); more {
		return "", false
	}
	return string(buf), true
}

// Score measures the tone of text in the manner of GDELT's V1.5 tone:
//
//   - WordCount: the words of the text, runs of letters and digits (with
//     apostrophes and hyphens between them) holding at least one letter;
//     numbers alone are not words.
//   - Positive, Negative: the percentage of words in the positive or
//     negative lexicon. A positive or negative word within Window words
//     after a negator ("not", "never", "didn't"...) counts as the opposite,
//     unless the window is closed by . , ; : ! ? or a line break first.
//   - Tone is Positive - Negative, Polarity is Positive + Negative.
//   - ActivityDensity, SelfGroupDensity: the percentage of words that are
//     active verbs, or pronouns of self and group ("we", "our"...).
//
// Words are matched case-insensitively, curly apostrophes as straight ones.
// A possessive "'s" is dropped when the word with it is not listed, and a
// hyphenated word that is not listed counts as its last part ("car-bomb" as
// "bomb") unless its first part is "non", "anti" or "counter". A text
// without words scores zero throughout.
func (s *Scorer) Score(text string) dyad.Tone {
	var (
		words, pos, neg, act, grp int
		negLeft                   int  // words left in the negation window
		afterNegator              bool // the previous word was a negator
		arr                       [64]byte
	)
	t := tokenizer{text: text}
	buf := arr[:0]
	for {
		var ok bool
		if buf, ok = t.next(buf[:0]); !ok {
			break
		}
		if t.clauseBreak {
			negLeft = 0
		}
		words++
		cls := s.lookup(buf)
		if cls == 0 {
			if afterNegator && string(buf) == "only" {
				negLeft = 0 // "not only"
			}
			afterNegator = false
			if negLeft > 0 {
				negLeft--
			}
			continue
		}
		if cls&activity != 0 {
			act++
		}
		if cls&self != 0 && text[t.start:t.end] != "US" {
			grp++
		}
		if cls&negator != 0 {
			negLeft = Window
			afterNegator = true
			continue
		}
		afterNegator = false
		p, n := cls&positive != 0, cls&negative != 0
		if negLeft > 0 {
			p, n = n, p
			negLeft--
		}
		if p {
			pos++
		}
		if n {
			neg++
		}
	}
	if words == 0 {
		return dyad.Tone{}
	}
	pct := func(n int) float64 { return float64(n) * 100 / float64(words) }
	tn := dyad.Tone{
		Positive:         pct(pos),
		Negative:         pct(neg),
		ActivityDensity:  pct(act),
		SelfGroupDensity: pct(grp),
		WordCount:        words,
	}
	tn.Tone = tn.Positive - tn.Negative
	tn.Polarity = tn.Positive + tn.Negative
	return tn
}

// lookup returns the classes of a normalized word, trying it without a
// possessive "'s" and, if hyphenated, as its last part.
func (s *Scorer) lookup(w []byte) uint8 {
	if cls, ok := s.words[string(w)]; ok {
		return cls
	}
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		w = w[:n-2]
		if cls, ok := s.words[string(w)]; ok {
			return cls
		}
	}
	first := -1
	last := -1
	for i, c := range w {
		if c == '-' {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if last < 0 {
		return 0
	}
	switch string(w[:first]) {
	case "non", "anti", "counter":
		return 0
	}
	return s.words[string(w[last+1:])]
}

// Byte classes for the ASCII fast path of the tokenizer.
const (
	cOther uint8 = iota
	cLetter
	cDigit
	cJoiner // apostrophe or hyphen: part of a word between two alphanumerics
	cBreak  // closes a negation window
)

var asciiClass = func() (t [128]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLetter
		t[c-'a'+'A'] = cLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	t['\''] = cJoiner
	t['-'] = cJoiner
	for _, c := range ".,;:!?\n" {
		t[c] = cBreak
	}
	return t
}()

// tokenizer walks the words of a text.
type tokenizer struct {
	text string
	pos  int
	// start and end locate the current word in text.
	start, end int
	// clauseBreak reports a break character between the previous word
	// and this one.
	clauseBreak bool
}

// runeAt returns the rune at byte offset i of text, its size and its class.
func runeAt(text string, i int) (rune, int, uint8) {
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1, asciiClass[c]
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return r, size, cLetter
	case unicode.IsDigit(r):
		return r, size, cDigit
	case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u2010' || r == '\u2011':
		return r, size, cJoiner
	case r == '\u2029' || r == '\u2028' || r == '\u3002':
		return r, size, cBreak
	}
	return r, size, cOther
}

// next advances to the next word and reports whether there is one. It
// appends the word to buf, lower-cased, with ’ ‘ ʼ as ' and the Unicode
// hyphens as -, and returns buf: it allocates only when buf is too small.
func (t *tokenizer) next(buf []byte) ([]byte, bool) {
	t.clauseBreak = false
	text := t.text
	for t.pos < len(text) {
		r, size, cls := runeAt(text, t.pos)
		if cls != cLetter && cls != cDigit {
			if cls == cBreak {
				t.clauseBreak = true
			}
			t.pos += size
			continue
		}
		t.start = t.pos
		buf = buf[:0]
		hasLetter := false
		for {
			switch {
			case cls == cLetter:
				hasLetter = true
				if r < utf8.RuneSelf {
					c := byte(r)
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf = append(buf, c)
				} else {
					buf = utf8.AppendRune(buf, unicode.ToLower(r))
				}
			case cls == cDigit:
				buf = utf8.AppendRune(buf, r)
			default: // a joiner followed by a letter or digit
				if r == '-' || r == '\u2010' || r == '\u2011' {
					buf = append(buf, '-')
				} else {
					buf = append(buf, '\'')
				}
			}
			t.pos += size
			if t.pos >= len(text) {
				break
			}
			r, size, cls = runeAt(text, t.pos)
			if cls == cJoiner {
				after := t.pos + size
				if after >= len(text) {
					break
				}
				if _, _, c2 := runeAt(text, after); c2 != cLetter && c2 != cDigit {
					break
				}
			} else if cls != cLetter && cls != cDigit {
				break
			}
		}
		t.end = t.pos
		if hasLetter {
			return buf, true
		}
	}
	return buf, false
}
