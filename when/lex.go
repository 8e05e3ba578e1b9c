package when

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord uint8 = iota + 1
	tNum
	tPunct
)

// Keyword classes. A word token carries one of these in tok.kw, with the
// keyword's value (a weekday, a month, a number, a unit...) in tok.val.
const (
	kwNone      uint8 = iota
	kwWeekday         // val: time.Weekday
	kwMonth           // val: 1..12; abbr tells an abbreviation
	kwNumber          // val: the number ("three", "ten")
	kwArticle         // "a", "an" (val 1) and "the" (val 0)
	kwUnit            // val: unitDay..unitDecade; plural in tok.plural
	kwRel             // val: relLast, relNext, relThis, relPast
	kwMod             // val: modEarly, modEarlier, modLate, modLater, modMid
	kwDayWord         // val: dwToday, dwTonight, dwYesterday, dwTomorrow
	kwPart            // night, morning, afternoon, evening
	kwPrep            // val: prep*
	kwAgo             // "ago"
	kwWeekend         // "weekend"
	kwVague           // val: vgRecent, vgRecently, vgComing, vgFuture, vgSoon, vgFew
	kwEndWord         // "end", "start", "beginning", "middle", "half", "spring"... (before "of")
	kwOf              // "of"
	kwRelPron         // who, which, whom, whose, where
	kwFutureCue       // will, shall, scheduled, upcoming, expected, plans...
	kwReport          // said, says, told, added, according
	kwHoliday         // "christmas", "new" (in New Year's), "eve", "year"... handled by value
	kwNameMod         // Good, Black, Bloody, Super, Ash, Easter, Palm, Holy, Cyber
	kwSame            // "same", "previous", "following" (relative to another time)
	kwThat            // "that" ("that day")
)

// Units.
const (
	unitDay int16 = iota + 1
	unitWeek
	unitMonth
	unitYear
	unitDecade
	unitHour
)

// Relative markers.
const (
	relLast int16 = iota + 1
	relNext
	relThis
	relPast // "past": "this past Monday", "the past week"
)

// Modifiers.
const (
	modEarly int16 = iota + 1
	modEarlier
	modLate
	modLater
	modMid
)

// Day words.
const (
	dwToday int16 = iota + 1
	dwTonight
	dwYesterday
	dwTomorrow
)

// Prepositions that introduce a temporal expression.
const (
	prepIn int16 = iota + 1
	prepOn
	prepAt
	prepSince
	prepDuring
	prepUntil
	prepBy
	prepBefore
	prepAfter
	prepFrom
	prepWithin
	prepOver
	prepThrough
	prepThroughout
	prepBetween
	prepFor
)

var prepNames = [...]string{
	prepIn: "in", prepOn: "on", prepAt: "at", prepSince: "since", prepDuring: "during",
	prepUntil: "until", prepBy: "by", prepBefore: "before", prepAfter: "after", prepFrom: "from",
	prepWithin: "within", prepOver: "over", prepThrough: "through", prepThroughout: "throughout",
	prepBetween: "between", prepFor: "for",
}

// Vague words.
const (
	vgRecent int16 = iota + 1
	vgRecently
	vgComing
	vgFuture
	vgSoon
	vgFew
)

// Holidays.
const (
	holChristmas int16 = iota + 1
	holNew
	holEve
	holDayWord // "day" is a unit; this marks nothing, kept for clarity
)

type kwInfo struct {
	kw     uint8
	val    int16
	abbr   bool
	plural bool
}

var keywords = map[string]kwInfo{}

// kwShape has bit n of entry c set when some keyword starts with letter
// 'a'+c and has n bytes, so that lookup skips the map for most words.
var kwShape [26]uint16

func init() {
	add := func(kw uint8, val int16, words ...string) {
		for _, w := range words {
			keywords[w] = kwInfo{kw: kw, val: val}
		}
	}
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		add(kwWeekday, int16(i), w)
	}
	for i, w := range []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"} {
		add(kwMonth, int16(i+1), w)
	}
	for w, m := range map[string]int16{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		keywords[w] = kwInfo{kw: kwMonth, val: m, abbr: true}
	}
	for i, w := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty"} {
		add(kwNumber, int16(i+1), w)
	}
	add(kwNumber, 30, "thirty")
	add(kwNumber, 40, "forty")
	add(kwNumber, 50, "fifty")
	add(kwArticle, 1, "a", "an")
	add(kwArticle, 0, "the")
	for w, u := range map[string]int16{"day": unitDay, "week": unitWeek, "month": unitMonth,
		"year": unitYear, "decade": unitDecade, "hour": unitHour} {
		keywords[w] = kwInfo{kw: kwUnit, val: u}
		keywords[w+"s"] = kwInfo{kw: kwUnit, val: u, plural: true}
	}
	add(kwRel, relLast, "last")
	add(kwRel, relNext, "next")
	add(kwRel, relThis, "this")
	add(kwRel, relPast, "past")
	add(kwMod, modEarly, "early")
	add(kwMod, modEarlier, "earlier")
	add(kwMod, modLate, "late")
	add(kwMod, modLater, "later")
	add(kwMod, modMid, "mid")
	add(kwDayWord, dwToday, "today")
	add(kwDayWord, dwTonight, "tonight")
	add(kwDayWord, dwYesterday, "yesterday")
	add(kwDayWord, dwTomorrow, "tomorrow")
	add(kwPart, 0, "night", "morning", "afternoon", "evening", "overnight")
	for i, w := range prepNames {
		if w != "" {
			add(kwPrep, int16(i), w)
		}
	}
	add(kwPrep, prepUntil, "till")
	add(kwAgo, 0, "ago")
	add(kwWeekend, 0, "weekend")
	add(kwVague, vgRecent, "recent")
	add(kwVague, vgRecently, "recently", "lately")
	add(kwVague, vgComing, "coming")
	add(kwVague, vgFuture, "future")
	add(kwVague, vgSoon, "soon")
	add(kwVague, vgFew, "few", "several", "many", "couple")
	add(kwEndWord, 0, "end", "start", "beginning", "middle", "half", "quarter", "spring",
		"summer", "autumn", "fall", "winter", "first", "second", "third", "fourth")
	add(kwOf, 0, "of")
	add(kwRelPron, 0, "who", "which", "whom", "whose", "where")
	add(kwFutureCue, 0, "will", "shall", "ll", "scheduled", "upcoming", "expected", "plans",
		"planned", "planning", "intends", "due", "slated", "going", "set")
	add(kwReport, 0, "said", "says", "told", "added", "according", "announced", "stated")
	add(kwHoliday, holChristmas, "christmas")
	add(kwHoliday, holNew, "new")
	add(kwHoliday, holEve, "eve")
	add(kwNameMod, 0, "good", "black", "bloody", "super", "ash", "easter", "palm", "holy",
		"cyber", "maundy", "shrove", "giving")
	add(kwSame, 0, "same", "previous", "following", "preceding", "prior")
	add(kwThat, 0, "that")
	for w := range keywords {
		kwShape[w[0]-'a'] |= 1 << len(w)
	}
}

// tok is one token of a sentence. Offsets are bytes into the sentence.
type tok struct {
	s, e   int32 // the token
	pe     int32 // end including a possessive 's, when poss
	kind   uint8
	kw     uint8
	val    int16
	punct  byte // tPunct: ',', '.', ';', ':', '-', '(', ')', '"', '\'', 'D' (dash), '/', '?', '!', or '*'
	num    int32
	ndig   uint8
	cap    bool // word starting with an upper-case letter
	abbr   bool // month abbreviation
	plural bool // plural unit
	poss   bool // followed by 's
	ord    bool // number with an ordinal suffix: 3rd, 21st
	clause int16
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// apostropheAt reports the byte length of an apostrophe (' or ’) at s[i], or 0.
func apostropheAt(s string, i int) int {
	if i < len(s) {
		if s[i] == '\'' {
			return 1
		}
		if s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x99 || s[i+2] == 0x98) {
			return 3
		}
	}
	return 0
}

// tokenize appends the tokens of s to toks and returns it. It never
// allocates when toks has room.
func tokenize(s string, toks []tok) []tok {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case isLetter(c):
			j := i + 1
			for j < len(s) && (isLetter(s[j]) || s[j] >= 0x80 && !isPunctRune(s, j)) {
				j++
			}
			t := tok{s: int32(i), e: int32(j), pe: int32(j), kind: tWord, cap: c <= 'Z'}
			if n := apostropheAt(s, j); n > 0 && j+n < len(s) && (s[j+n] == 's' || s[j+n] == 'S') &&
				(j+n+1 == len(s) || !isLetter(s[j+n+1])) {
				t.poss = true
				t.pe = int32(j + n + 1)
			}
			lookup(s[i:j], &t)
			toks = append(toks, t)
			if t.poss {
				j = int(t.pe)
			}
			i = j
		case isDigit(c):
			j := i
			n := 0
			for j < len(s) && isDigit(s[j]) {
				if n < 1e8 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			t := tok{s: int32(i), e: int32(j), pe: int32(j), kind: tNum, num: int32(n), ndig: uint8(min(j-i, 255))}
			if j+1 < len(s) && isLetter(s[j]) && isLetter(s[j+1]) && (j+2 == len(s) || !isLetter(s[j+2])) {
				suf := [2]byte{s[j] | 0x20, s[j+1] | 0x20}
				switch string(suf[:]) {
				case "st", "nd", "rd", "th":
					t.ord = true
					j += 2
					t.e, t.pe = int32(j), int32(j)
				}
			}
			if n := apostropheAt(s, j); n > 0 && j+n < len(s) && s[j+n] == 's' && (j+n+1 == len(s) || !isLetter(s[j+n+1])) {
				t.poss = true
				t.pe = int32(j + n + 1)
			}
			toks = append(toks, t)
			i = int(t.pe)
		case c < 0x80:
			p := byte('*')
			switch c {
			case ',', '.', ';', ':', '-', '(', ')', '"', '\'', '/', '?', '!':
				p = c
			case '[':
				p = '('
			case ']':
				p = ')'
			}
			toks = append(toks, tok{s: int32(i), e: int32(i + 1), pe: int32(i + 1), kind: tPunct, punct: p})
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			p := byte(0)
			switch r {
			case '’', '‘':
				p = '\''
			case '“', '”', '«', '»':
				p = '"'
			case '—', '―':
				p = 'D'
			case '–', '‐', '‑':
				p = '-'
			case '…':
				p = '.'
			}
			if p != 0 {
				toks = append(toks, tok{s: int32(i), e: int32(i + size), pe: int32(i + size), kind: tPunct, punct: p})
				i += size
				continue
			}
			// Another non-ASCII rune: part of a word that is no keyword.
			j := i + size
			for j < len(s) && (isLetter(s[j]) || s[j] >= 0x80 && !isPunctRune(s, j)) {
				j++
			}
			toks = append(toks, tok{s: int32(i), e: int32(j), pe: int32(j), kind: tWord})
			i = j
		}
	}
	return toks
}

// isPunctRune reports whether the non-ASCII rune at s[i] is punctuation the
// tokenizer splits on (quotes, apostrophes, dashes, ellipsis) or a space.
func isPunctRune(s string, i int) bool {
	if s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 {
		// U+2000..U+203F: spaces, dashes, quotes, ellipsis.
		return true
	}
	if s[i] == 0xC2 && i+1 < len(s) && (s[i+1] == 0xA0 || s[i+1] == 0xAB || s[i+1] == 0xBB) {
		return true
	}
	return false
}

// lookup sets the keyword fields of t from the word w.
func lookup(w string, t *tok) {
	if len(w) > 12 || kwShape[(w[0]|0x20)-'a']&(1<<len(w)) == 0 {
		return
	}
	var buf [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if k, ok := keywords[string(buf[:len(w)])]; ok {
		t.kw, t.val, t.abbr, t.plural = k.kw, k.val, k.abbr, k.plural
	}
}
