package quote

import "unicode/utf8"

// quoteSeg is the stretch of one paragraph between an opening quote mark
// and its closing mark, or the end of the paragraph when a multi-paragraph
// quote continues in the next one. Offsets are bytes into the article text.
type quoteSeg struct {
	para int
	// open is the offset of the opening mark, openEnd the offset after it.
	open, openEnd int
	// close is the offset of the closing mark, closeEnd the offset after
	// it; both are the paragraph's end when the quote is not closed there.
	close, closeEnd int
	closed          bool
	// textStart and textEnd bound the quoted words, trimmed.
	textStart, textEnd int
	// next and prev link the segments of a multi-paragraph quote; -1 when
	// none.
	next, prev int
}

// Mark kinds returned by classify.
const (
	markNone = iota
	markOpenDouble
	markCloseDouble
	markOpenSingle
	markCloseSingle
)

// Scanner states.
const (
	stNone = iota
	stDouble
	stSingle
)

// isBoundary reports whether r may stand before an opening single quote.
func isBoundary(r rune) bool {
	if isSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', ';', ',', '“', '"', '«':
		return true
	}
	return false
}

// classify tells what the quote mark r means in the scanner state, given
// the runes before and after it. Apostrophes (Iran’s, don't, ’90s) are
// markNone.
func classify(r, prev, next rune, state int) int {
	switch r {
	case '“', '„', '‟', '«':
		if state == stSingle {
			return markNone
		}
		return markOpenDouble
	case '”', '»':
		switch state {
		case stDouble:
			return markCloseDouble
		case stNone:
			// A right mark used as an opener by a careless writer.
			if r == '”' && isBoundary(prev) && !isSpace(next) {
				return markOpenDouble
			}
		}
		return markNone
	case '"':
		switch state {
		case stDouble:
			return markCloseDouble
		case stNone:
			if !isSpace(next) {
				return markOpenDouble
			}
		}
		return markNone
	case '‘':
		if state == stNone && isBoundary(prev) && !isSpace(next) && !isDigit(next) {
			return markOpenSingle
		}
		return markNone
	case '’', '\'':
		switch state {
		case stSingle:
			if isLetter(prev) && isLetter(next) {
				return markNone // don’t
			}
			if !isSpace(prev) && !isAlnum(next) {
				return markCloseSingle
			}
		case stNone:
			if r == '\'' && isBoundary(prev) && isLetter(next) {
				return markOpenSingle
			}
		}
	}
	return markNone
}

// scanParagraph appends the quote segments of paragraph p, which starts at
// byte base of the article text, to segs. A single quote that never closes
// in the paragraph is taken for an apostrophe and the paragraph rescanned
// without it; a double quote left open at the end of the paragraph yields
// an unclosed segment that a following paragraph may continue.
func scanParagraph(p string, base, para int, segs []quoteSeg) []quoteSeg {
	first := len(segs)
	var ignore []int
rescan:
	segs = segs[:first]
	state := stNone
	openAt, openEnd := 0, 0
	for i := 0; i < len(p); {
		// Every quote mark starts with one of these bytes in UTF-8.
		if c := p[i]; c != '"' && c != '\'' && c != 0xC2 && c != 0xE2 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if !isQuoteRune(r) {
			i += size
			continue
		}
		prev := runeBefore(p, i)
		next, _ := runeAt(p, i+size)
		switch classify(r, prev, next, state) {
		case markOpenDouble, markOpenSingle:
			if state == stSingle || (r == '‘' || r == '\'') && ignored(ignore, i) {
				break
			}
			state = stDouble
			if r == '‘' || r == '\'' {
				state = stSingle
			}
			openAt, openEnd = i, i+size
		case markCloseDouble, markCloseSingle:
			segs = append(segs, quoteSeg{para: para, open: base + openAt, openEnd: base + openEnd,
				close: base + i, closeEnd: base + i + size, closed: true, next: -1, prev: -1})
			state = stNone
		}
		i += size
	}
	switch state {
	case stSingle:
		ignore = append(ignore, openAt)
		goto rescan
	case stDouble:
		end := base + len(p)
		segs = append(segs, quoteSeg{para: para, open: base + openAt, openEnd: base + openEnd,
			close: end, closeEnd: end, next: -1, prev: -1})
	}
	return segs
}

// isQuoteRune reports whether r is one of the quote marks classify knows.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '«', '»', '‘', '’', '“', '”', '„', '‟':
		return true
	}
	return false
}

func ignored(list []int, i int) bool {
	for _, j := range list {
		if j == i {
			return true
		}
	}
	return false
}
