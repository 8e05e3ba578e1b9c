package when

import "time"

// prepOf marks an expression introduced by "of" after words such as "end",
// "start", "summer" ("the end of June", "the summer of 2019").
const prepOf = int16(len(prepNames))

// match is an expression found at tokens [first, last].
type match struct {
	first, last int
	date        time.Time
	prec        string
	rel         bool // resolved against the publication date
	fut         bool // forced future ("later", "tomorrow", "soon")
	noPrep      bool // the preposition before does not belong to it
}

// parser finds the expressions of one sentence.
type parser struct {
	s      string
	base   int
	toks   []tok
	noPub  bool // the publication date is unknown
	py     int  // publication date (a time.Time here would make the
	pm, pd int  // parser escape to the heap: see Find)
	tense  Tense
}

type clause struct {
	s, e int32
	sub  bool
}

// run returns the expressions of the sentence. cl is room for its clauses.
// (Results go through return values, not parser fields, and the texts are
// cut from the sentence argument, not p.s, so that escape analysis keeps
// the parser and its token buffer on the stack.)
func (p *parser) run(sentence string, cl []clause) []Expr {
	var out []Expr
	toks := p.toks
	n := len(toks)
	any := false
	for i := range toks {
		t := &toks[i]
		if t.kind == tNum || t.kw == kwWeekday || t.kw == kwMonth || t.kw == kwDayWord ||
			t.kw == kwUnit || t.kw == kwWeekend || t.kw == kwVague || t.kw == kwHoliday || t.kw == kwPart ||
			t.kw == kwRel {
			any = true
			break
		}
	}
	if !any {
		return nil
	}
	clausesDone := false
	for i := 0; i < n; {
		t := &toks[i]
		if t.kind != tPunct {
			var prep int16
			j := i
			if t.kw == kwPrep {
				prep, j = t.val, i+1
			} else if t.kw == kwOf && i > 0 && (toks[i-1].kw == kwEndWord || toks[i-1].kw == kwPart || toks[i-1].kw == kwUnit && !toks[i-1].plural) {
				prep, j = prepOf, i+1
			}
			if j < n {
				if m, ok := p.core(j, prep); ok {
					first := i
					if prep == 0 || m.noPrep || prep == prepOf || toks[m.last].poss {
						first = m.first
						if prep != 0 && (m.noPrep || toks[m.last].poss) {
							prep = 0
						}
					}
					if !clausesDone {
						cl = p.clauseSpans(cl)
						clausesDone = true
					}
					out = append(out, p.emit(sentence, m, first, prep, cl))
					i = m.last + 1
					continue
				}
			}
		}
		i++
	}
	return out
}

// pubT returns the publication date at midnight UTC.
func (p *parser) pubT() time.Time {
	return time.Date(p.py, time.Month(p.pm), p.pd, 0, 0, 0, 0, time.UTC)
}

// Helpers on tokens.

func (p *parser) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].punct == c
}

func (p *parser) kw(i int, kw uint8) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord && p.toks[i].kw == kw
}

func (p *parser) kwVal(i int, kw uint8, val int16) bool {
	return p.kw(i, kw) && p.toks[i].val == val
}

// initial reports whether token i starts the sentence (only punctuation
// before it), so that its capital letter says nothing.
func (p *parser) initial(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if p.toks[k].kind != tPunct {
			return false
		}
		if c := p.toks[k].punct; c != '"' && c != '(' && c != '\'' && c != 'D' && c != '-' && c != '*' {
			return false
		}
	}
	return true
}

// capWord reports whether token i is a capitalized word in mid-sentence.
func (p *parser) capWord(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord && p.toks[i].cap && !p.initial(i) && !p.afterStop(i)
}

// afterStop reports whether token i follows a sentence-internal full stop,
// question mark or colon, where a capital letter is expected.
func (p *parser) afterStop(i int) bool {
	if i == 0 {
		return false
	}
	q := p.toks[i-1]
	if q.kind == tPunct && (q.punct == ':' || q.punct == '?' || q.punct == '!' || q.punct == '"') {
		return true
	}
	return false
}

// dayNum returns the day of month of token i, or 0.
func (p *parser) dayNum(i int) int {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	t := &p.toks[i]
	if t.kind != tNum || t.ndig > 2 || t.num < 1 || t.num > 31 || t.poss || p.numberGoesOn(i) {
		return 0
	}
	return int(t.num)
}

// yearNum returns the year of token i if it is a four-digit year, or 0.
func (p *parser) yearNum(i int) int {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	t := &p.toks[i]
	if t.kind != tNum || t.ndig != 4 || t.ord || t.num < 1800 || t.num > 2199 {
		return 0
	}
	if p.numberGoesOn(i) || p.decade(i) {
		return 0
	}
	return int(t.num)
}

// numberGoesOn reports whether the number at token i is part of a larger
// number or a time: 2,015, 5.37, 9:30, 5/18.
func (p *parser) numberGoesOn(i int) bool {
	if i+2 >= len(p.toks) {
		return false
	}
	q, r := &p.toks[i+1], &p.toks[i+2]
	return q.kind == tPunct && (q.punct == ',' || q.punct == '.' || q.punct == ':' || q.punct == '/') &&
		r.kind == tNum && q.s == p.toks[i].e && r.s == q.e
}

// decade reports whether the number at token i is written as a decade:
// 1990s, 1990's.
func (p *parser) decade(i int) bool {
	t := &p.toks[i]
	if t.poss && t.pe == t.e+2 { // 1990's, with an ASCII apostrophe
		return t.num%10 == 0
	}
	return i+1 < len(p.toks) && p.toks[i+1].kind == tWord && p.toks[i+1].s == t.e && p.toks[i+1].e == t.e+1 &&
		(p.s[t.e] == 's')
}

// core matches an expression whose first token (after a preposition prep,
// or 0) is j.
func (p *parser) core(j int, prep int16) (match, bool) {
	n := len(p.toks)
	k := j
	var mod int16
	if p.kw(k, kwMod) {
		mod = p.toks[k].val
		k++
		if p.isPunct(k, '-') {
			k++
		}
		if k >= n {
			return match{}, false
		}
	}
	t := &p.toks[k]
	var m match
	ok := false
	switch {
	case t.kind == tNum:
		m, ok = p.number(k, prep, mod)
	case t.kind != tWord:
		return match{}, false
	case t.kw == kwDayWord:
		m, ok = p.dayWord(k, prep, mod)
	case t.kw == kwWeekday:
		m, ok = p.weekday(k, k, 0, prep, mod)
	case t.kw == kwRel:
		m, ok = p.relative(k, prep, mod)
	case t.kw == kwMonth:
		m, ok = p.month(k, k, 0, prep, mod)
	case t.kw == kwThat:
		// "that day", "later that week", "that night": a time the
		// sentence or the one before names.
		if p.kw(k+1, kwUnit) && !p.toks[k+1].plural || p.kw(k+1, kwWeekend) || p.kw(k+1, kwPart) {
			m, ok = match{first: k, last: k + 1, prec: PrecisionVague}, true
		}
	case mod != 0:
		return match{}, false
	case t.kw == kwNumber || t.kw == kwArticle && t.val == 1:
		m, ok = p.count(k, prep)
	case t.kw == kwArticle:
		m, ok = p.the(k, prep)
	case t.kw == kwVague:
		m, ok = p.vague(k, prep)
	case t.kw == kwUnit && t.plural:
		m, ok = p.units(k, prep)
	case t.kw == kwHoliday:
		m, ok = p.holiday(k, prep)
	}
	if !ok {
		return match{}, false
	}
	if mod != 0 {
		m.first = j
		if mod == modLater {
			m.fut = true
		}
	}
	return m, true
}

// dayWord: today, tonight, yesterday, tomorrow [morning|afternoon|evening|night].
func (p *parser) dayWord(k int, prep, mod int16) (match, bool) {
	t := &p.toks[k]
	if t.cap && !p.initial(k) && !p.afterStop(k) {
		return match{}, false // "USA Today", "the Today show"
	}
	m := match{first: k, last: k, prec: PrecisionDay, rel: true, date: p.pubT(), noPrep: prep == prepIn || prep == prepOn || prep == prepAt || prep == prepOver}
	switch t.val {
	case dwYesterday:
		m.date = p.pubT().AddDate(0, 0, -1)
	case dwTomorrow:
		m.date = p.pubT().AddDate(0, 0, 1)
		m.fut = true
	case dwTonight:
		m.fut = mod == modLater
	}
	if !t.poss && p.kw(k+1, kwPart) && !p.toks[k+1].cap {
		m.last = k + 1
	}
	return m, true
}

// weekday: [last|next|this|this past] Weekday [night|morning...], or
// "Monday, June 21[, 2021]". first is where the expression starts (the
// rel word, if any).
func (p *parser) weekday(k, first int, rel, prep, mod int16) (match, bool) {
	t := &p.toks[k]
	if !t.cap {
		return match{}, false
	}
	// "Good Friday", "Black Friday", "Super Tuesday": names, not dates.
	if first == k && k > 0 && p.kw(k-1, kwNameMod) && p.toks[k-1].cap {
		return match{}, false
	}
	// "Monday, June 21" or "Monday 21 June": the full date wins.
	if !t.poss {
		c := k + 1
		if p.isPunct(c, ',') {
			c++
		}
		if p.kw(c, kwMonth) {
			if m, ok := p.month(c, c, 0, prepOn, 0); ok && m.prec == PrecisionDay {
				m.first = first
				p.matchWeekday(&m, time.Weekday(t.val))
				return m, true
			}
		} else if d := p.dayNum(c); d > 0 && p.kw(c+1, kwMonth) {
			if m, ok := p.number(c, prepOn, 0); ok && m.prec == PrecisionDay {
				m.first = first
				p.matchWeekday(&m, time.Weekday(t.val))
				return m, true
			}
		}
	}
	// "the Sunday Times", "Monday Night Football": a capitalized word after a
	// weekday that no preposition introduces makes it a name.
	if rel == 0 && prep == 0 && !t.poss && p.capWord(k+1) && !p.kw(k+1, kwMonth) {
		return match{}, false
	}
	m := match{first: first, last: k, prec: PrecisionDay, rel: true}
	if !t.poss && p.kw(k+1, kwPart) {
		m.last = k + 1
	}
	wd := time.Weekday(t.val)
	pw := p.pubT().Weekday()
	back := (int(pw) - int(wd) + 7) % 7 // days back to the most recent such day, 0..6
	fwd := (int(wd) - int(pw) + 7) % 7  // days forward to the next, 0..6
	switch rel {
	case relLast, relPast:
		if back == 0 {
			back = 7
		}
		m.date = p.pubT().AddDate(0, 0, -back)
	case relNext:
		if fwd == 0 {
			fwd = 7
		}
		m.date = p.pubT().AddDate(0, 0, fwd)
	case relThis:
		m.date = monday(p.pubT()).AddDate(0, 0, (int(wd)+6)%7)
	default:
		if p.tenseAt(m.first, m.last) == Future {
			m.date = p.pubT().AddDate(0, 0, fwd)
		} else {
			m.date = p.pubT().AddDate(0, 0, -back)
		}
	}
	return m, true
}

// matchWeekday moves a day written without a year ("Friday, July 7") to
// the year nearest the publication in which it falls on weekday wd.
func (p *parser) matchWeekday(m *match, wd time.Weekday) {
	if !m.rel || m.date.Weekday() == wd {
		return
	}
	best := time.Time{}
	for dy := -1; dy <= 1; dy++ {
		y := p.pubT().Year() + dy
		mo, d := m.date.Month(), m.date.Day()
		if d > daysIn(int(mo), y) {
			continue
		}
		c := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		if c.Weekday() == wd && (best.IsZero() || absDays(c.Sub(p.pubT())) < absDays(best.Sub(p.pubT()))) {
			best = c
		}
	}
	if !best.IsZero() {
		m.date = best
	}
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// relative: last|next|this|this past followed by a weekday, a unit, a
// month, "weekend", or a part of day ("last night", "this morning").
func (p *parser) relative(k int, prep, mod int16) (match, bool) {
	rel := p.toks[k].val
	h := k + 1
	if rel == relThis && p.kwVal(h, kwRel, relPast) {
		rel = relLast
		h++
	} else if rel == relPast {
		// "past" alone: "in past years" is vague; nothing else.
		if p.kw(h, kwUnit) && p.toks[h].plural {
			return match{first: k, last: h, prec: PrecisionVague}, true
		}
		return match{}, false
	}
	if h >= len(p.toks) || p.toks[h].kind != tWord {
		return match{}, false
	}
	t := &p.toks[h]
	switch t.kw {
	case kwWeekday:
		return p.weekday(h, k, rel, prep, mod)
	case kwMonth:
		return p.month(h, k, rel, prep, mod)
	case kwWeekend:
		return p.weekend(k, h, rel)
	case kwPart:
		v := p.s[t.s:t.e]
		if rel == relLast && (v == "night" || v == "Night") {
			return match{first: k, last: h, prec: PrecisionDay, rel: true, date: p.pubT().AddDate(0, 0, -1)}, true
		}
		if rel == relThis && v != "night" && v != "overnight" {
			return match{first: k, last: h, prec: PrecisionDay, rel: true, date: p.pubT()}, true
		}
		return match{}, false
	case kwUnit:
		if t.plural {
			return match{}, false
		}
		d := 0
		switch rel {
		case relLast:
			d = -1
		case relNext:
			d = 1
		}
		m := match{first: k, last: h, rel: true}
		switch t.val {
		case unitWeek:
			m.prec, m.date = PrecisionWeek, monday(p.pubT()).AddDate(0, 0, 7*d)
		case unitMonth:
			m.prec, m.date = PrecisionMonth, firstOfMonth(p.pubT()).AddDate(0, d, 0)
		case unitYear:
			m.prec, m.date = PrecisionYear, time.Date(p.pubT().Year()+d, 1, 1, 0, 0, 0, 0, time.UTC)
		case unitDecade:
			m.prec = PrecisionVague
			m.fut = d > 0
		default:
			return match{}, false
		}
		if mod == modLater && rel == relThis {
			m.fut = true
		}
		return m, true
	}
	return match{}, false
}

// weekend resolves "[over|at|on] the weekend", "this weekend", "last
// weekend", "next weekend" to the week (Monday) that holds the weekend.
// rel is 0 for "the weekend". first is the first token, h the "weekend"
// token.
func (p *parser) weekend(first, h int, rel int16) (match, bool) {
	pw := p.pubT().Weekday()
	// The Saturday of the weekend the article is in, or the last one.
	back := (int(pw) - int(time.Saturday) + 7) % 7
	sat := p.pubT().AddDate(0, 0, -back)
	inWeekend := pw == time.Saturday || pw == time.Sunday
	m := match{first: first, last: h, prec: PrecisionWeek, rel: true}
	switch rel {
	case relLast:
		if inWeekend {
			sat = sat.AddDate(0, 0, -7)
		}
	case relNext:
		sat = sat.AddDate(0, 0, 7)
		if pw == time.Saturday {
			sat = sat.AddDate(0, 0, 7)
		}
	default: // "this weekend", "the weekend"
		if !inWeekend && p.tenseAt(first, h) == Future {
			sat = sat.AddDate(0, 0, 7)
		}
	}
	m.date = monday(sat)
	m.fut = sat.After(p.pubT())
	return m, true
}

// monthPreps are the prepositions after which a bare month name or a bare
// year is a date: "in June", "since 2015", "by 2030".
func monthPrep(prep int16) bool {
	switch prep {
	case prepIn, prepSince, prepDuring, prepUntil, prepBy, prepBefore, prepAfter, prepFrom,
		prepThrough, prepThroughout, prepBetween, prepOf:
		return true
	}
	return false
}

// month: Month [Day[,] [Year]], Month Year, Month of Year, or a bare month
// after a preposition, a modifier or rel. first is where the expression
// starts (the rel word, if any).
func (p *parser) month(k, first int, rel, prep, mod int16) (match, bool) {
	t := &p.toks[k]
	if !t.cap {
		return match{}, false
	}
	mon := int(t.val)
	h := k // last token so far
	if t.abbr {
		if p.isPunct(k+1, '.') && p.toks[k+1].s == t.e {
			h = k + 1
		}
	}
	m := match{first: first, last: h}
	day, year := 0, 0
	if d := p.dayNum(h + 1); d > 0 && !t.poss {
		day = d
		h++
		c := h + 1
		if p.isPunct(c, ',') {
			c++
		}
		if y := p.yearNum(c); y > 0 {
			year = y
			h = c
		}
	} else if y := p.yearNum(h + 1); y > 0 && !t.poss {
		year = y
		h++
	} else if p.kw(h+1, kwOf) && !t.poss {
		if y := p.yearNum(h + 2); y > 0 {
			year = y
			h += 2
		}
	}
	if year == 0 && !t.poss {
		c := h + 1
		if p.kw(c, kwOf) || p.isPunct(c, ',') {
			c++
		}
		if y := p.shortYear(c); y > 0 {
			// "December of '68", "June 3, '19".
			year, h = y, c+1
		} else if p.kw(h+1, kwOf) && p.otherYear(h+2) > 0 {
			// "September of that year": the month of a year the sentence
			// does not name.
			if day == 0 && rel == 0 && mod == 0 && !monthPrep(prep) {
				return match{}, false
			}
			return match{first: first, last: h + 1 + p.otherYear(h+2), prec: PrecisionVague}, true
		}
	}
	if year == 0 && rel == 0 && !t.poss {
		year = p.coordYear(h + 1)
	}
	if day == 0 && year == 0 {
		// A bare month: "in June", "last June", "early June". Abbreviations
		// and possessives need a day or year ("Jan." alone is a name too).
		if t.abbr || rel == 0 && mod == 0 && (!monthPrep(prep) || t.poss) {
			return match{}, false
		}
		if mod == modEarlier || mod == modLater {
			return match{}, false
		}
	}
	if day > 0 && day > daysIn(mon, year) {
		return match{}, false
	}
	m.last = h
	// "June 3 last year", "in March this year".
	if year == 0 && rel == 0 && p.kw(h+1, kwRel) && p.kwVal(h+2, kwUnit, unitYear) && !p.toks[h+2].plural {
		switch p.toks[h+1].val {
		case relLast:
			year = p.pubT().Year() - 1
		case relThis:
			year = p.pubT().Year()
		case relNext:
			year = p.pubT().Year() + 1
		}
		if year != 0 {
			m.last = h + 2
			m.rel = true
		}
	}
	if year == 0 {
		m.rel = true
		year = p.monthYear(mon, day, rel, first, m.last)
	}
	if day > 0 {
		if day > daysIn(mon, year) {
			return match{}, false
		}
		m.prec = PrecisionDay
		m.date = time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	} else {
		m.prec = PrecisionMonth
		m.date = time.Date(year, time.Month(mon), 1, 0, 0, 0, 0, time.UTC)
	}
	return m, true
}

// coordYear returns the year of a date coordinated with the one that ends
// before token i, as in "June and July of 1973", "late March or early April
// 2003", "June 3-5, 2020", "between March and May 2020"; or 0.
func (p *parser) coordYear(i int) int {
	if i >= len(p.toks) {
		return 0
	}
	t := &p.toks[i]
	switch {
	case t.kind == tPunct && t.punct == '-':
	case t.kind == tWord && (p.is(t, "and") || p.is(t, "or") || p.is(t, "to") ||
		p.kwVal(i, kwPrep, prepThrough) || p.kwVal(i, kwPrep, prepUntil)):
	default:
		return 0
	}
	c := i + 1
	if d := p.dayNum(c); d > 0 {
		// "June 3-5, 2020"
		c++
	} else {
		if p.kw(c, kwMod) {
			c++
			if p.isPunct(c, '-') {
				c++
			}
		}
		if !p.kw(c, kwMonth) || !p.toks[c].cap {
			return 0
		}
		c++
		if p.isPunct(c, '.') {
			c++
		}
		if p.dayNum(c) > 0 {
			c++
		}
	}
	if p.isPunct(c, ',') {
		c++
	}
	if p.kw(c, kwOf) {
		c++
	}
	return p.yearNum(c)
}

// shortYear reads a year written '68 at token i (an apostrophe and two
// digits), or returns 0. Two-digit years up to one past the publication's
// are of this century, the others of the last.
func (p *parser) shortYear(i int) int {
	if !p.isPunct(i, '\'') || i+1 >= len(p.toks) {
		return 0
	}
	t := &p.toks[i+1]
	if t.kind != tNum || t.ndig != 2 || t.s != p.toks[i].e || p.numberGoesOn(i+1) {
		return 0
	}
	y := 2000 + int(t.num)
	if y > p.pubT().Year()+1 {
		y -= 100
	}
	return y
}

// otherYear reports how many tokens from i say "that year", "the same
// year", "the following year", "the previous year", or 0.
func (p *parser) otherYear(i int) int {
	if i >= len(p.toks) || p.toks[i].kind != tWord {
		return 0
	}
	if p.is(&p.toks[i], "that") && p.kwVal(i+1, kwUnit, unitYear) {
		return 2
	}
	if p.kwVal(i, kwArticle, 0) && p.kw(i+1, kwSame) && p.kwVal(i+2, kwUnit, unitYear) {
		return 3
	}
	return 0
}

// monthYear picks the year of a month (and day, if day > 0) written
// without one. rel is last, next, this or 0.
func (p *parser) monthYear(mon, day int, rel int16, first, last int) int {
	py, pm := p.pubT().Year(), int(p.pubT().Month())
	switch rel {
	case relLast, relPast:
		if mon < pm {
			return py
		}
		return py - 1
	case relNext:
		if mon > pm {
			return py
		}
		return py + 1
	case relThis:
		return py
	}
	// News writes the current year without saying so; a date more than
	// about a month on the other side of the publication date than the
	// tense points belongs to the year before (Past) or after (Future).
	future := p.tenseAt(first, last) == Future
	if day == 0 {
		switch {
		case !future && mon > pm+1:
			return py - 1
		case future && mon < pm-1:
			return py + 1
		}
		return py
	}
	if day > daysIn(mon, py) {
		day = daysIn(mon, py)
	}
	cand := time.Date(py, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	switch {
	case !future && cand.After(p.pubT().AddDate(0, 0, 31)):
		return py - 1
	case future && cand.Before(p.pubT().AddDate(0, 0, -31)):
		return py + 1
	}
	return py
}

// number: an ISO date (2021-06-22), a day before a month ("3 June 2020",
// "3rd of June"), a year after a preposition or modifier ("in 2015",
// "early 2019"), or a count ("three days ago" with digits: "3 days ago").
func (p *parser) number(k int, prep, mod int16) (match, bool) {
	t := &p.toks[k]
	// ISO date.
	if t.ndig == 4 && p.isPunct(k+1, '-') && p.isPunct(k+3, '-') && k+4 < len(p.toks) &&
		p.toks[k+2].kind == tNum && p.toks[k+2].ndig == 2 && p.toks[k+4].kind == tNum && p.toks[k+4].ndig == 2 &&
		p.toks[k+1].s == t.e && p.toks[k+2].s == p.toks[k+1].e && p.toks[k+3].s == p.toks[k+2].e && p.toks[k+4].s == p.toks[k+3].e {
		y, mo, d := int(t.num), int(p.toks[k+2].num), int(p.toks[k+4].num)
		if mod == 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(mo, y) {
			return match{first: k, last: k + 4, prec: PrecisionDay, date: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)}, true
		}
		return match{}, false
	}
	// Day before month.
	if d := p.dayNum(k); d > 0 && mod == 0 {
		h := k + 1
		if t.ord && p.kw(h, kwOf) {
			h++
		}
		if p.kw(h, kwMonth) && p.toks[h].cap {
			mon := int(p.toks[h].val)
			last := h
			if p.toks[h].abbr && p.isPunct(h+1, '.') {
				last = h + 1
			}
			year := 0
			c := last + 1
			if p.isPunct(c, ',') {
				c++
			}
			if y := p.yearNum(c); y > 0 {
				year, last = y, c
			}
			m := match{first: k, last: last, prec: PrecisionDay}
			if year == 0 {
				if p.kw(last+1, kwRel) && p.kwVal(last+2, kwUnit, unitYear) {
					switch p.toks[last+1].val {
					case relLast:
						year = p.pubT().Year() - 1
					case relThis:
						year = p.pubT().Year()
					case relNext:
						year = p.pubT().Year() + 1
					}
					if year != 0 {
						m.last = last + 2
					}
				}
				if year == 0 {
					year = p.monthYear(mon, d, 0, k, last)
				}
				m.rel = true
			}
			if d > daysIn(mon, year) {
				return match{}, false
			}
			m.date = time.Date(year, time.Month(mon), d, 0, 0, 0, 0, time.UTC)
			return m, true
		}
	}
	// A decade: "in the 1990s", "the early 1980s" is vague.
	if t.ndig == 4 && p.decade(k) && (monthPrep(prep) || mod != 0 || p.kwVal(k-1, kwArticle, 0)) {
		last := k
		if !t.poss {
			last = k + 1
		}
		m := match{first: k, last: last, prec: PrecisionVague}
		if p.kwVal(k-1, kwArticle, 0) && mod == 0 {
			m.first = k - 1
		}
		return m, true
	}
	// A year: "in 2015", "since 2015", "in early 2019", "mid-2019". Not
	// "the 2015 agreement" nor "2015's deal": a year that names a thing
	// does not date the event.
	if y := p.yearNum(k); y > 0 {
		if t.poss || !(monthPrep(prep) || mod == modEarly || mod == modLate || mod == modMid) {
			return match{}, false
		}
		if k+1 < len(p.toks) && p.toks[k+1].kind == tWord {
			// "by 1800 hours", "at 2030 GMT": a time of day.
			w := p.s[p.toks[k+1].s:p.toks[k+1].e]
			if _, ok := zones[w]; ok || p.kwVal(k+1, kwUnit, unitHour) || w == "hrs" || w == "local" {
				return match{}, false
			}
		}
		return match{first: k, last: k, prec: PrecisionYear, date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)}, true
	}
	// A count in digits.
	if mod == 0 && t.ndig <= 3 && !t.ord && t.num > 0 {
		return p.countN(k, int(t.num), prep)
	}
	return match{}, false
}

// count: a number word or "a"/"an" before a unit: "three days ago", "a
// month ago", "in two weeks" (future only), "a few days ago" (vague).
func (p *parser) count(k int, prep int16) (match, bool) {
	t := &p.toks[k]
	if t.kw == kwArticle {
		// "a few days ago", "a couple of weeks ago".
		if p.kwVal(k+1, kwVague, vgFew) {
			h := k + 2
			if p.kw(h, kwOf) {
				h++
			}
			if p.kw(h, kwUnit) && p.kw(h+1, kwAgo) {
				return match{first: k, last: h + 1, prec: PrecisionVague}, true
			}
			return match{}, false
		}
		return p.countN(k, 1, prep)
	}
	return p.countN(k, int(t.val), prep)
}

// countN: n unit ago | (in|within) n unit.
func (p *parser) countN(k, n int, prep int16) (match, bool) {
	u := k + 1
	if !p.kw(u, kwUnit) || p.toks[u].plural != (n != 1) && p.toks[k].kind != tNum {
		return match{}, false
	}
	unit := p.toks[u].val
	m := match{first: k, last: u, rel: true}
	sign := 0
	switch {
	case p.kw(u+1, kwAgo):
		m.last = u + 1
		m.noPrep = true
		sign = -1
	case p.relToOther(u + 1):
		// "two days later", "a week before the vote": counted from
		// another time than the publication.
		return match{first: k, last: u + 1, prec: PrecisionVague, noPrep: true}, true
	case (prep == prepIn || prep == prepWithin) && !p.kw(u+1, kwOf) && !p.toks[u].poss:
		// "in three days" is a date only in a future clause: "the first
		// visit in ten years" and "in three days of talks" are durations.
		if p.tenseAt(k, u) != Future {
			return match{}, false
		}
		sign = 1
		m.fut = true
	default:
		return match{}, false
	}
	d := sign * n
	switch unit {
	case unitDay:
		m.prec, m.date = PrecisionDay, p.pubT().AddDate(0, 0, d)
	case unitWeek:
		m.prec, m.date = PrecisionWeek, monday(p.pubT().AddDate(0, 0, 7*d))
	case unitMonth:
		m.prec, m.date = PrecisionMonth, firstOfMonth(p.pubT()).AddDate(0, d, 0)
	case unitYear:
		m.prec, m.date = PrecisionYear, time.Date(p.pubT().Year()+d, 1, 1, 0, 0, 0, 0, time.UTC)
	case unitDecade:
		m.prec, m.date = PrecisionYear, time.Date(p.pubT().Year()+10*d, 1, 1, 0, 0, 0, 0, time.UTC)
	case unitHour:
		m.prec, m.date = PrecisionDay, p.pubT().AddDate(0, 0, d/24)
	}
	return m, true
}

// relToOther reports whether token i is "later", "earlier", "before" or
// "after": the words that count a time from another than the publication
// ("two days later", "the day before").
func (p *parser) relToOther(i int) bool {
	return p.kwVal(i, kwMod, modLater) || p.kwVal(i, kwMod, modEarlier) ||
		p.kwVal(i, kwPrep, prepBefore) || p.kwVal(i, kwPrep, prepAfter)
}

// the: "the weekend" (after over, at, on, during), "the past/last [few|n]
// units" and "the past" (vague), "the coming units", "the [near] future"
// (vague, future), "the 3rd of June", "the same/previous/following day"
// (vague: relative to another time).
func (p *parser) the(k int, prep int16) (match, bool) {
	h := k + 1
	if h >= len(p.toks) {
		return match{}, false
	}
	t := &p.toks[h]
	switch {
	case t.kw == kwWeekend:
		if prep == prepOver || prep == prepAt || prep == prepOn || prep == prepDuring || prep == prepThroughout {
			return p.weekend(k, h, 0)
		}
	case t.kw == kwUnit && !t.plural && p.relToOther(h+1):
		// "the day before", "the week after the vote"
		return match{first: k, last: h + 1, prec: PrecisionVague, noPrep: true}, true
	case t.kw == kwUnit && !t.plural && prep == prepOf && !t.poss:
		// "the end of the year", "the start of the month": the current one.
		if p.kw(h+1, kwPrep) || p.kwVal(h+1, kwMod, modEarlier) || p.kwVal(h+1, kwMod, modLater) || p.kw(h+1, kwAgo) {
			return match{}, false // "the end of the year before"
		}
		m := match{first: k, last: h, rel: true}
		switch t.val {
		case unitWeek:
			m.prec, m.date = PrecisionWeek, monday(p.pubT())
		case unitMonth:
			m.prec, m.date = PrecisionMonth, firstOfMonth(p.pubT())
		case unitYear:
			m.prec, m.date = PrecisionYear, time.Date(p.pubT().Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		default:
			return match{}, false
		}
		return m, true
	case t.kw == kwRel && (t.val == relPast || t.val == relLast):
		c := h + 1
		if p.kwVal(c, kwVague, vgFew) || p.kw(c, kwNumber) || c < len(p.toks) && p.toks[c].kind == tNum && p.toks[c].ndig <= 3 {
			c++
		}
		if p.kw(c, kwUnit) {
			return match{first: k, last: c, prec: PrecisionVague}, true
		}
		if t.val == relPast && prep == prepIn {
			return match{first: k, last: h, prec: PrecisionVague}, true
		}
	case t.kw == kwVague && t.val == vgComing:
		c := h + 1
		if p.kwVal(c, kwVague, vgFew) || p.kw(c, kwNumber) {
			c++
		}
		if p.kw(c, kwUnit) {
			return match{first: k, last: c, prec: PrecisionVague, fut: true}, true
		}
	case t.kind == tWord && (p.s[t.s:t.e] == "future" || p.s[t.s:t.e] == "near" && p.kwVal(h+1, kwVague, vgFuture)):
		if prep == prepIn {
			last := h
			if p.s[t.s:t.e] == "near" {
				last++
			}
			return match{first: k, last: last, prec: PrecisionVague, fut: true}, true
		}
	case t.kw == kwSame || t.kw == kwRel && t.val == relNext:
		// "the same day", "the previous week", "the next Tuesday": relative
		// to another time than the publication.
		if p.kw(h+1, kwUnit) && !p.toks[h+1].plural || p.kw(h+1, kwWeekend) || p.kw(h+1, kwWeekday) || p.kw(h+1, kwPart) {
			return match{first: k, last: h + 1, prec: PrecisionVague}, true
		}
	case t.kind == tNum && t.ndig == 4:
		if m, ok := p.number(h, prep, 0); ok && m.prec == PrecisionVague {
			m.first = k
			return m, true
		}
	case t.kw == kwMod && t.val != modEarlier && t.val != modLater:
		// "the early 1980s", "the late 1990s"
		c := h + 1
		if p.isPunct(c, '-') {
			c++
		}
		if c < len(p.toks) && p.toks[c].kind == tNum && p.toks[c].ndig == 4 && p.decade(c) {
			m, _ := p.number(c, prep, t.val)
			m.first = k
			return m, true
		}
	case t.kind == tNum && t.ord:
		if m, ok := p.number(h, prep, 0); ok && m.prec == PrecisionDay {
			m.first = k
			return m, true
		}
	}
	return match{}, false
}

// vague: "recently", "recent years", "soon", "coming weeks", "several
// days ago".
func (p *parser) vague(k int, prep int16) (match, bool) {
	t := &p.toks[k]
	switch t.val {
	case vgRecently:
		return match{first: k, last: k, prec: PrecisionVague, noPrep: true}, true
	case vgRecent:
		if p.kw(k+1, kwUnit) && p.toks[k+1].plural {
			return match{first: k, last: k + 1, prec: PrecisionVague}, true
		}
	case vgSoon:
		// Not "as soon as".
		if k > 0 && p.toks[k-1].kind == tWord && (p.s[p.toks[k-1].s:p.toks[k-1].e] == "as" || p.s[p.toks[k-1].s:p.toks[k-1].e] == "too") {
			return match{}, false
		}
		if k+1 < len(p.toks) && p.toks[k+1].kind == tWord && p.s[p.toks[k+1].s:p.toks[k+1].e] == "as" {
			return match{}, false
		}
		// "soon after" counts from another time; else "soon" is ahead.
		return match{first: k, last: k, prec: PrecisionVague, fut: !p.relToOther(k + 1), noPrep: true}, true
	case vgComing:
		if p.kw(k+1, kwUnit) && p.toks[k+1].plural {
			return match{first: k, last: k + 1, prec: PrecisionVague, fut: true}, true
		}
	case vgFew:
		h := k + 1
		if p.kw(h, kwOf) {
			h++
		}
		if p.kw(h, kwUnit) && p.toks[h].plural && p.kw(h+1, kwAgo) {
			return match{first: k, last: h + 1, prec: PrecisionVague, noPrep: true}, true
		}
	}
	return match{}, false
}

// units: a plural unit alone: "years ago", "decades ago" and "for years",
// "over the years" are vague.
func (p *parser) units(k int, prep int16) (match, bool) {
	if p.kw(k+1, kwAgo) {
		return match{first: k, last: k + 1, prec: PrecisionVague, noPrep: true}, true
	}
	if prep == prepFor && p.toks[k].val != unitDay && p.toks[k].val != unitHour {
		return match{first: k, last: k, prec: PrecisionVague}, true
	}
	return match{}, false
}

// holiday: "Christmas Day", "Christmas Eve", "on Christmas", "New Year's
// Day", "New Year's Eve", with an optional year.
func (p *parser) holiday(k int, prep int16) (match, bool) {
	t := &p.toks[k]
	if !t.cap {
		return match{}, false
	}
	mon, day, last := 0, 0, k
	switch t.val {
	case holChristmas:
		switch {
		case p.kwVal(k+1, kwUnit, unitDay) && p.toks[k+1].cap:
			mon, day, last = 12, 25, k+1
		case p.kwVal(k+1, kwHoliday, holEve) && p.toks[k+1].cap:
			mon, day, last = 12, 24, k+1
		case !t.poss && (prep == prepOn || prep == prepAt || prep == prepOver || prep == prepSince ||
			prep == prepBefore || prep == prepAfter || prep == prepUntil || prep == prepBy):
			mon, day = 12, 25
		default:
			return match{}, false
		}
	case holNew:
		y := k + 1
		if !p.kwVal(y, kwUnit, unitYear) || !p.toks[y].cap || !p.toks[y].poss {
			return match{}, false
		}
		switch {
		case p.kwVal(y+1, kwUnit, unitDay) && p.toks[y+1].cap:
			mon, day, last = 1, 1, y+1
		case p.kwVal(y+1, kwHoliday, holEve) && p.toks[y+1].cap:
			mon, day, last = 12, 31, y+1
		default:
			return match{}, false
		}
	default:
		return match{}, false
	}
	m := match{first: k, last: last, prec: PrecisionDay}
	year := 0
	if !p.toks[last].poss {
		if y := p.yearNum(last + 1); y > 0 {
			year, m.last = y, last+1
		}
	}
	if year == 0 {
		year = p.monthYear(mon, day, 0, k, last)
		m.rel = true
	}
	m.date = time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	return m, true
}

// tenseAt returns the tense in which to read the expression at tokens
// [first, last].
func (p *parser) tenseAt(first, last int) Tense {
	if p.tense != Auto {
		return p.tense
	}
	for i, steps := first-1, 0; i >= 0 && steps < 10; i, steps = i-1, steps+1 {
		if p.boundary(i) {
			break
		}
		if p.futureCue(i) {
			return Future
		}
	}
	for i, steps := last+1, 0; i < len(p.toks) && steps < 8; i, steps = i+1, steps+1 {
		if p.boundary(i) {
			break
		}
		if p.futureCue(i) {
			return Future
		}
	}
	return Past
}

// boundary reports whether token i ends the window in which tenseAt looks
// for cues: a clause-ending mark, a quote or a verb of saying.
func (p *parser) boundary(i int) bool {
	t := &p.toks[i]
	if t.kind == tPunct {
		switch t.punct {
		case ';', ':', '"', 'D', '(', ')', '.', '?', '!':
			return true
		}
		return false
	}
	return t.kw == kwReport
}

// futureCue reports whether token i marks a future clause.
func (p *parser) futureCue(i int) bool {
	t := &p.toks[i]
	if t.kind != tWord {
		return false
	}
	w := p.s[t.s:t.e]
	if t.kw == kwFutureCue {
		switch w {
		case "will", "Will", "shall", "Shall", "scheduled", "slated", "upcoming":
			return true
		case "ll":
			return i > 0 && p.isPunct(i-1, '\'')
		}
		// "expected to", "plans to", "intends to"; "is due to", "are going to".
		if i+1 >= len(p.toks) || !p.is(&p.toks[i+1], "to") {
			return false
		}
		if w == "due" || w == "going" {
			return i > 0 && (p.is(&p.toks[i-1], "is") || p.is(&p.toks[i-1], "are") || p.is(&p.toks[i-1], "am"))
		}
		return true
	}
	// "won't".
	return w == "won" && p.isPunct(i+1, '\'') && i+2 < len(p.toks) && p.s[p.toks[i+2].s:p.toks[i+2].e] == "t"
}

// emit returns the expression of m, which starts at token first.
func (p *parser) emit(sentence string, m match, first int, prep int16, cl []clause) Expr {
	ft, lt := &p.toks[first], &p.toks[m.last]
	e := Expr{
		Text:      sentence[ft.s:lt.e],
		Start:     p.base + int(ft.s),
		End:       p.base + int(lt.e),
		Precision: m.prec,
		Relative:  m.rel,
	}
	if prep != 0 {
		e.Prep = prepNames0(prep)
	}
	ci := int(p.toks[m.first].clause)
	c := cl[ci]
	e.ClauseStart, e.ClauseEnd, e.Subordinate = p.base+int(c.s), p.base+int(c.e), c.sub
	if ci+1 < len(cl) && p.alone(ci, first, m.last) {
		// A fronted or parenthetical expression ("On Monday, the envoy
		// arrived"; "The army, on Monday, shelled") dates the clause after it.
		e.ClauseEnd = p.base + int(cl[ci+1].e)
	}
	if e.ClauseEnd < e.End {
		e.ClauseEnd = e.End
	}
	if lt.poss {
		e.Attributive = true
	} else if first > 0 && prep == 0 && p.kwVal(first-1, kwArticle, 0) && m.prec != PrecisionVague &&
		m.last+1 < len(p.toks) && p.toks[m.last+1].kind == tWord {
		e.Attributive = true // "the June 3 attack"
	}
	var buf [10]byte
	switch m.prec {
	case PrecisionDay, PrecisionWeek:
		e.Date = string(appendDate(buf[:0], m.date, 10))
		e.Future = m.date.After(p.pubT())
		if m.prec == PrecisionWeek {
			e.Future = m.date.After(monday(p.pubT()))
		}
	case PrecisionMonth:
		e.Date = string(appendDate(buf[:0], m.date, 7))
		e.Future = m.date.After(firstOfMonth(p.pubT()))
	case PrecisionYear:
		e.Date = string(appendDate(buf[:0], m.date, 4))
		e.Future = m.date.Year() > p.pubT().Year()
	}
	e.Future = e.Future || m.fut
	if p.noPub {
		// No publication date to resolve against or compare with.
		e.Future = m.fut
		if m.rel && e.Precision != PrecisionVague {
			e.Date, e.Precision = "", PrecisionVague
		}
	}
	return e
}

func prepNames0(prep int16) string {
	if prep == prepOf {
		return "of"
	}
	return prepNames[prep]
}

// clauseSpans splits the sentence into clauses at commas, semicolons,
// colons, dashes and parentheses, once, and marks each token with its
// clause. A clause is subordinate when it is parenthesized or opens with
// a relative pronoun after a comma or dash (", who ...", ", which ...").
func (p *parser) clauseSpans(cl []clause) []clause {
	cl = cl[:0]
	cur := clause{s: 0}
	opener := byte(0) // the mark that opened the current clause
	seenWord := false
	paren := 0
	for i := range p.toks {
		t := &p.toks[i]
		if t.kind == tPunct && !p.dateComma(i) {
			switch t.punct {
			case ',', ';', ':', 'D', '(', ')':
				cur.e = t.s
				cl = append(cl, cur)
				if t.punct == '(' {
					paren++
				} else if t.punct == ')' && paren > 0 {
					paren--
				}
				cur = clause{s: t.e, sub: paren > 0}
				opener = t.punct
				seenWord = false
				t.clause = int16(len(cl) - 1)
				continue
			}
		}
		if t.kind == tWord && !seenWord {
			seenWord = true
			if t.kw == kwRelPron && (opener == ',' || opener == 'D') && !p.is(t, "where") {
				cur.sub = true
			}
		}
		t.clause = int16(len(cl))
	}
	cur.e = int32(len(p.s))
	cl = append(cl, cur)
	return cl
}

// alone reports whether the words of clause ci are those of tokens
// [first, last].
func (p *parser) alone(ci, first, last int) bool {
	for i := range p.toks {
		t := &p.toks[i]
		if int(t.clause) == ci && t.kind != tPunct && (i < first || i > last) {
			return false
		}
	}
	return true
}

// dateComma reports whether token i is a comma inside a date ("June 3,
// 2020", "Monday, June 21"), which does not end a clause.
func (p *parser) dateComma(i int) bool {
	if !p.isPunct(i, ',') || i == 0 || i+1 >= len(p.toks) {
		return false
	}
	a, b := &p.toks[i-1], &p.toks[i+1]
	return (a.kind == tNum && a.ndig <= 2 || a.kw == kwMonth) && p.yearNum(i+1) > 0 ||
		a.kw == kwWeekday && a.cap && (b.kw == kwMonth && b.cap || p.dayNum(i+1) > 0)
}

// is reports whether token t is the word w.
func (p *parser) is(t *tok, w string) bool { return p.s[t.s:t.e] == w }

// Date arithmetic.

func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

func daysIn(mon, year int) int {
	switch mon {
	case 2:
		if year == 0 || year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// appendDate appends t as YYYY-MM-DD cut to n bytes (4, 7 or 10).
func appendDate(b []byte, t time.Time, n int) []byte {
	y, m, d := t.Date()
	b = append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	if n >= 7 {
		b = append(b, '-', byte('0'+int(m)/10), byte('0'+int(m)%10))
	}
	if n >= 10 {
		b = append(b, '-', byte('0'+d/10), byte('0'+d%10))
	}
	return b
}
