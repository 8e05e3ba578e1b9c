package when

import "time"

// ParseDate parses an absolute date in the forms news pages use for their
// publication dates:
//
//	June 22, 2021            Jun. 22nd, 2021        Tuesday, June 22, 2021
//	22 June 2021             22nd of June, 2021     Tue, 22 Jun 2021 10:00:00 GMT
//	2021-06-22               2021/06/22             2021-06-22T10:00:00+02:00
//	22.06.2021 (day first)   22-06-2021 (day first) 06/22/2021 (month first,
//	                                                unless the first number is over 12)
//	June 22, 2021 5:03 PM ET June 22, 2021, 5:03 p.m. EDT   22 June 2021 10.00 BST
//	10:03 AM ET, Tue June 22, 2021 (the time first)
//
// A label before the date ("Published", "Updated:", "Posted on", "By") and a
// weekday are skipped; whatever follows the date and its time is ignored, so
// that a byline such as "By June 22, 2021News, Print" parses. The date must
// name a day: "June 2021" does not parse. The result is midnight UTC when no
// time is given; otherwise the time in the zone given (a numeric offset or a
// common abbreviation; the US "ET", "CT", "MT" and "PT" take daylight saving
// time into account), or UTC.
func ParseDate(s string) (time.Time, bool) {
	var buf [48]tok
	toks := tokenize(s, buf[:0])
	p := parser{s: s, toks: toks}
	i := p.skipLabels(0)
	y, mo, d, next, ok := p.absDate(i)
	var c clockTime
	if ok {
		c = p.clock(next)
	} else {
		// A time before the date: "10:03 AM ET, Tue June 22, 2021".
		if c = p.clock(i); !c.hasTime {
			return time.Time{}, false
		}
		if y, mo, d, _, ok = p.absDate(p.skipLabels(c.next)); !ok {
			return time.Time{}, false
		}
	}
	h, mi, sec, nsec, zoneName, off, hasZone, hasTime := c.h, c.mi, c.sec, c.nsec, c.zone, c.off, c.hasZone, c.hasTime
	loc := time.UTC
	if hasZone {
		if zoneName == "ET" || zoneName == "CT" || zoneName == "MT" || zoneName == "PT" {
			if usDST(y, mo, d) {
				off += 3600
			}
		}
		if off != 0 || zoneName != "UTC" {
			loc = time.FixedZone(zoneName, off)
		}
	}
	if !hasTime {
		h, mi, sec, nsec = 0, 0, 0, 0
		if !hasZone {
			loc = time.UTC
		}
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, nsec, loc), true
}

// skipLabels skips the words that label a date on a page, a weekday and
// punctuation from token i.
func (p *parser) skipLabels(i int) int {
	for i < len(p.toks) {
		t := &p.toks[i]
		if t.kind == tPunct {
			if t.punct == '(' || t.punct == '*' || t.punct == '"' {
				// "(" before a date, "|" or "·" separators.
				i++
				continue
			}
			if (t.punct == ':' || t.punct == '-' || t.punct == ',' || t.punct == '.' || t.punct == 'D') && i > 0 {
				i++
				continue
			}
			return i
		}
		if t.kind != tWord {
			return i
		}
		if t.kw == kwWeekday {
			i++
			continue
		}
		if len(p.s[t.s:t.e]) <= 3 && i+1 < len(p.toks) && p.isPunct(i+1, '.') && weekdayAbbr(p.s[t.s:t.e]) {
			i += 2
			continue
		}
		if weekdayAbbr(p.s[t.s:t.e]) {
			i++
			continue
		}
		switch lower(p.s[t.s:t.e]) {
		case "published", "updated", "posted", "last", "modified", "date", "dated", "on", "by", "at",
			"created", "first", "pub", "publish", "released", "issued":
			i++
			continue
		}
		return i
	}
	return i
}

func weekdayAbbr(w string) bool {
	switch lower(w) {
	case "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// lower lower-cases an ASCII word of up to 16 bytes without allocating
// when the word is already lower-case.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// absDate reads a full date at token i and returns it with the index of the
// token after it.
func (p *parser) absDate(i int) (y, mo, d, next int, ok bool) {
	n := len(p.toks)
	if i >= n {
		return
	}
	t := &p.toks[i]
	adj := func(a, b int) bool { return b < n && p.toks[b].s == p.toks[a].e }
	numAt := func(k int) (int, int) { // value, digits
		if k < n && p.toks[k].kind == tNum && !p.toks[k].ord {
			return int(p.toks[k].num), int(p.toks[k].ndig)
		}
		return -1, 0
	}
	if t.kind == tNum {
		// Numeric dates: a sep b sep c, the separators the same and
		// written without spaces.
		if i+4 < n && p.toks[i+1].kind == tPunct && adj(i, i+1) && adj(i+1, i+2) && adj(i+2, i+3) && adj(i+3, i+4) &&
			p.toks[i+3].kind == tPunct && p.toks[i+3].punct == p.toks[i+1].punct {
			sep := p.toks[i+1].punct
			a, da := numAt(i)
			b, _ := numAt(i + 2)
			c, dc := numAt(i + 4)
			if a >= 0 && b >= 0 && c >= 0 && (sep == '-' || sep == '/' || sep == '.') {
				switch {
				case da == 4:
					y, mo, d = a, b, c
				case dc == 4 || dc == 2 && sep == '.':
					y = c
					if dc == 2 {
						y += 2000
					}
					switch {
					case sep == '/' && a <= 12 && b <= 31:
						mo, d = a, b // US order
					default:
						d, mo = a, b
					}
				default:
					return
				}
				if validDate(y, mo, d) {
					return y, mo, d, i + 5, true
				}
			}
			return
		}
		// Day before month.
		if t.ndig <= 2 && t.num >= 1 && t.num <= 31 {
			k := i + 1
			if t.ord && p.kw(k, kwOf) {
				k++
			}
			if p.kw(k, kwMonth) {
				d, mo = int(t.num), int(p.toks[k].val)
				k++
				if p.isPunct(k, '.') {
					k++
				}
				if p.isPunct(k, ',') {
					k++
				}
				if yy, dy := numAt(k); dy == 4 && validDate(yy, mo, d) {
					return yy, mo, d, k + 1, true
				}
			}
		}
		return
	}
	if t.kw == kwMonth {
		mo = int(t.val)
		k := i + 1
		if p.isPunct(k, '.') {
			k++
		}
		if k < n && p.toks[k].kind == tNum && p.toks[k].ndig <= 2 {
			d = int(p.toks[k].num)
			k++
			if p.isPunct(k, ',') {
				k++
			}
			if yy, dy := numAt(k); dy == 4 && validDate(yy, mo, d) {
				return yy, mo, d, k + 1, true
			}
		}
	}
	return
}

func validDate(y, mo, d int) bool {
	return y >= 1900 && y <= 2199 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(mo, y)
}

// clockTime is a time of day read by clock.
type clockTime struct {
	h, mi, sec, nsec int
	zone             string
	off              int // zone offset in seconds
	hasZone, hasTime bool
	next             int // the token after the time
}

// clock reads an optional time of day and zone from token i: "10:00:00
// GMT", "5:03 PM ET", "5:03 p.m. EDT", "T10:00:00.123+02:00", "10.00 BST",
// "5 pm".
func (p *parser) clock(i int) clockTime {
	var h, mi, sec, nsec int
	none := clockTime{next: i}
	n := len(p.toks)
	// Separators between the date and the time.
	for i < n {
		t := &p.toks[i]
		if t.kind == tPunct && (t.punct == ',' || t.punct == '-' || t.punct == '*' || t.punct == 'D') {
			i++
			continue
		}
		if t.kind == tWord && (p.s[t.s:t.e] == "T" || lower(p.s[t.s:t.e]) == "at") {
			i++
			continue
		}
		break
	}
	if i >= n || p.toks[i].kind != tNum || p.toks[i].ndig > 2 || p.toks[i].num > 24 {
		return none
	}
	h = int(p.toks[i].num)
	k := i + 1
	colon := false
	if k+1 < n && (p.isPunct(k, ':') || p.isPunct(k, '.')) && p.toks[k+1].kind == tNum && p.toks[k+1].ndig == 2 &&
		p.toks[k].s == p.toks[i].e && p.toks[k+1].s == p.toks[k].e {
		colon = p.isPunct(k, ':')
		mi = int(p.toks[k+1].num)
		k += 2
		if k+1 < n && p.isPunct(k, ':') && p.toks[k+1].kind == tNum && p.toks[k+1].ndig == 2 {
			sec = int(p.toks[k+1].num)
			k += 2
			if k+1 < n && p.isPunct(k, '.') && p.toks[k+1].kind == tNum && p.toks[k+1].s == p.toks[k].e {
				f := p.toks[k+1]
				frac := int(f.num)
				for dg := int(f.ndig); dg < 9; dg++ {
					frac *= 10
				}
				if f.ndig <= 9 {
					nsec = frac
				}
				k += 2
			}
		}
	}
	if mi > 59 || sec > 60 {
		return none
	}
	// am / pm / a.m. / p.m.
	ampm := 0
	if k < n && p.toks[k].kind == tWord {
		switch lower(p.s[p.toks[k].s:p.toks[k].e]) {
		case "am":
			ampm = 1
			k++
		case "pm":
			ampm = 2
			k++
		case "a", "p":
			if p.isPunct(k+1, '.') && k+2 < n && lower(p.s[p.toks[k+2].s:p.toks[k+2].e]) == "m" {
				ampm = 1
				if lower(p.s[p.toks[k].s:p.toks[k].e]) == "p" {
					ampm = 2
				}
				k += 3
				if p.isPunct(k, '.') {
					k++
				}
			}
		}
	}
	if ampm != 0 {
		if h < 1 || h > 12 {
			return none
		}
		if ampm == 2 && h != 12 {
			h += 12
		} else if ampm == 1 && h == 12 {
			h = 0
		}
	} else if !colon && mi == 0 && k == i+1 {
		return none // a lone number is no time
	}
	if h > 23 {
		return none
	}
	c := clockTime{h: h, mi: mi, sec: sec, nsec: nsec, hasTime: true, next: k}
	var zn int
	c.zone, c.off, zn, c.hasZone = p.zone(k)
	c.next += zn
	return c
}

// zone reads a time zone at token i: Z, UTC, GMT, +02:00, -0500, or an
// abbreviation. It returns the zone's name, its offset in seconds and the
// number of tokens read.
func (p *parser) zone(i int) (string, int, int, bool) {
	n := len(p.toks)
	if i >= n {
		return "", 0, 0, false
	}
	t := &p.toks[i]
	if t.kind == tPunct && (p.s[t.s] == '+' || p.s[t.s] == '-') && i+1 < n && p.toks[i+1].kind == tNum {
		sign := 1
		if p.s[t.s] == '-' {
			sign = -1
		}
		a := p.toks[i+1]
		hh, mm, used := 0, 0, 2
		switch {
		case a.ndig == 4:
			hh, mm = int(a.num)/100, int(a.num)%100
		case a.ndig <= 2:
			hh = int(a.num)
			if i+3 < n && p.isPunct(i+2, ':') && p.toks[i+3].kind == tNum {
				mm = int(p.toks[i+3].num)
				used = 4
			}
		default:
			return "", 0, 0, false
		}
		if hh > 14 || mm > 59 {
			return "", 0, 0, false
		}
		off := sign * (hh*3600 + mm*60)
		return p.s[t.s:t.s+1] + pad2(hh) + ":" + pad2(mm), off, used, true
	}
	if t.kind != tWord {
		return "", 0, 0, false
	}
	w := p.s[t.s:t.e]
	if off, ok := zones[w]; ok {
		// "GMT+2", "UTC-05:00"
		if (w == "GMT" || w == "UTC") && i+1 < n && p.toks[i+1].s == t.e {
			if name, o, used, ok := p.zone(i + 1); ok {
				return w + name, o, 1 + used, true
			}
		}
		return w, off, 1, true
	}
	return "", 0, 0, false
}

func pad2(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

// zones maps time-zone abbreviations to their offsets in seconds. ET, CT, MT
// and PT hold the standard offset; ParseDate adds an hour in US daylight
// saving time.
var zones = map[string]int{
	"Z": 0, "UTC": 0, "GMT": 0, "UT": 0,
	"ET": -5 * 3600, "EST": -5 * 3600, "EDT": -4 * 3600,
	"CT": -6 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MT": -7 * 3600, "MST": -7 * 3600, "MDT": -6 * 3600,
	"PT": -8 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"AKST": -9 * 3600, "AKDT": -8 * 3600, "HST": -10 * 3600,
	"BST": 3600, "IST": 5*3600 + 1800, "WET": 0, "WEST": 3600,
	"CET": 3600, "CEST": 2 * 3600, "EET": 2 * 3600, "EEST": 3 * 3600,
	"MSK": 3 * 3600, "TRT": 3 * 3600, "AST": 3 * 3600, "GST": 4 * 3600,
	"IRST": 3*3600 + 1800, "PKT": 5 * 3600, "ICT": 7 * 3600, "WIB": 7 * 3600,
	"HKT": 8 * 3600, "SGT": 8 * 3600, "AWST": 8 * 3600, "JST": 9 * 3600, "KST": 9 * 3600,
	"AEST": 10 * 3600, "AEDT": 11 * 3600, "NZST": 12 * 3600, "NZDT": 13 * 3600,
	"WAT": 3600, "CAT": 2 * 3600, "EAT": 3 * 3600, "SAST": 2 * 3600,
}

// usDST reports whether the day falls in US daylight saving time (second
// Sunday of March to first Sunday of November, since 2007).
func usDST(y, mo, d int) bool {
	if mo < 3 || mo > 11 {
		return false
	}
	if mo > 3 && mo < 11 {
		return true
	}
	first := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC).Weekday()
	sunday := 1 + (7-int(first))%7 // first Sunday
	if mo == 3 {
		return d >= sunday+7
	}
	return d < sunday
}
