package geo

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/geo/names"
)

// Toponym is a place name found in text, resolved.
type Toponym struct {
	// Start and End are byte offsets of the name in the article text:
	// the sentence's base plus the name's offsets in the sentence.
	Start, End int
	// Text is the name as written.
	Text string
	// Place is the resolved place, its Span set to [Start, End).
	Place dyad.Place
	// Score is the resolution score: the prior of the place (about the
	// log10 of its population, higher for countries and capitals) plus
	// what context and cues added.
	Score float64
}

// Context carries what an article has said so far about where it is: how
// often each country (ISO 3166-1 alpha-3) and each division was named, and
// which place each name was resolved to. Find reads and updates it, so that
// a later "Georgia" or "Paris" resolves with the article's focus. A Context
// belongs to one article and is not safe for concurrent use.
type Context struct {
	countries map[string]int
	// byIndex mirrors countries by the country index of the gazetteer g
	// that last used this context; max is its largest count.
	g       *Gazetteer
	byIndex []int32
	max     int32
	admins  map[int]int     // division ID → mentions of it
	towns   map[int]int     // division ID → mentions of its towns
	senses  map[string]int  // name key → place ID
	persons map[string]bool // surnames seen in people's names ("holt" after "Brock Holt")
}

// NewContext returns an empty context for a new article.
func NewContext() *Context {
	return &Context{countries: map[string]int{}, admins: map[int]int{}, towns: map[int]int{}, senses: map[string]int{}, persons: map[string]bool{}}
}

// AddCountry counts a mention of a country (ISO 3166-1 alpha-3) that was
// not found by Find, such as an actor's country from a dictionary.
func (c *Context) AddCountry(iso3 string) {
	if c != nil && iso3 != "" {
		c.countries[iso3]++
		if c.g != nil {
			if ci, ok := c.g.byISO3[iso3]; ok {
				c.bump(ci)
			}
		}
	}
}

// bind makes byIndex mirror countries for gazetteer g.
func (c *Context) bind(g *Gazetteer) {
	if c.g == g {
		return
	}
	c.g, c.byIndex, c.max = g, make([]int32, len(g.countries)), 0
	for iso3, n := range c.countries {
		if ci, ok := g.byISO3[iso3]; ok {
			c.byIndex[ci] = int32(n)
			c.max = max(c.max, int32(n))
		}
	}
}

func (c *Context) bump(ci int16) {
	c.byIndex[ci]++
	c.max = max(c.max, c.byIndex[ci])
}

// Count returns how often a country was counted.
func (c *Context) Count(iso3 string) int {
	if c == nil {
		return 0
	}
	return c.countries[iso3]
}

// Focus returns the counted countries, most counted first.
func (c *Context) Focus() []string {
	if c == nil {
		return nil
	}
	out := make([]string, 0, len(c.countries))
	for k := range c.countries {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if c.countries[out[i]] != c.countries[out[j]] {
			return c.countries[out[i]] > c.countries[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// Weights of the resolution score.
const (
	wCountry           = 1.2 // per doubling of a country's mentions
	capCountry         = 3.0
	wNeighbour         = 0.6
	capNeighbour       = 1.5
	adm1Bonus          = 3.0 // a place in a division already named
	townBonus          = 2.0 // a place in a division whose towns were named
	senseBonus         = 3.0 // the place this name meant earlier in the article
	headBonus          = 3.0 // "Idlib province", "Washington state", "the city of"
	pairBonus          = 4.0 // "Paris, Texas"
	listBonus          = 1.5 // "Kashmir and Punjab"
	capitalBonus       = 1.0 // the capital of a country in the article's focus
	minStrongPop       = 15000
	minCommonPop       = 100000
	minCommonADM1Pop   = 1000000
	minPersonExemptPop = 300000
	minCommonLocPop    = 50000
	maxCandidates      = 400
	overshadow         = 8 // how many times larger a city must be to overshadow a town of its name
)

type mention struct {
	t0, t1    int // tokens [t0, t1)
	key       string
	ps        []int32
	alt       []bool // ps[j] has this name as an alternate name only
	hasCty    bool   // a candidate is a country
	acronym   bool
	strong    bool // a country, a capital, or a town of some size whose name is no common word
	loc       bool // after a locative ("in", "near")
	strongLoc bool
	cue       int  // the locative cue's level
	capNext   bool // a capitalised word follows
	adm1Cue   bool
	cityCue   bool
	ctryCue   bool
	pair      int // index of the mention after ", " that contains this one, or -1
	listPrev  int // index of the mention before this one in a list ("X and Y"), or -1
	pairedBy  int // index of the mention this one contains, or -1
	best      int32
	score     float64
	drop      bool
}

type scratch struct {
	toks    []names.Token
	fold    []byte
	foldAt  []int
	key     []byte
	ms      []mention
	dem     []int16  // countries of the sentence's demonyms
	persons []string // surnames of the sentence's people
	tmp     map[string]int
	touched []int16 // countries named in the sentence, for resolve
}

var scratchPool = sync.Pool{New: func() any { return &scratch{tmp: map[string]int{}} }}

// Find recognises the place names in a sentence and resolves them: country
// names and aliases ("the Gaza Strip", "DRC"), divisions and cities that
// the gazetteer knows, written with a capital letter. Names that are part
// of a person's or an organisation's name ("George Washington", "Washington
// Post", "Chad Smith") are skipped; small towns and places whose names are
// common words ("Nice", "Split") need a cue such as "in" or a country in
// the article's focus. base is the sentence's offset in the article text.
// ctx may be nil; otherwise it is read and then updated with the result.
func (g *Gazetteer) Find(sentence string, base int, ctx *Context) []Toponym {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	if ctx != nil {
		ctx.bind(g)
	}
	s.toks = names.Tokens(sentence, s.toks[:0])
	toks := s.toks
	if len(toks) == 0 {
		return nil
	}
	s.fold, s.foldAt = s.fold[:0], s.foldAt[:0]
	for _, t := range toks {
		s.foldAt = append(s.foldAt, len(s.fold))
		s.fold = names.Fold(s.fold, sentence[t.Start:t.End])
	}
	s.foldAt = append(s.foldAt, len(s.fold))
	word := func(i int) []byte { return s.fold[s.foldAt[i]:s.foldAt[i+1]] }
	gap := func(i int) string { return sentence[toks[i].End:toks[i+1].Start] }

	// People's names: a given name or a title, then capitalised words;
	// the last is a surname for the rest of the article ("Brock Wyatt
	// Holt" ... "Holt said").
	s.persons = s.persons[:0]
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].Cap || !toks[i+1].Cap || !(givenNames[string(word(i))] || titles[string(word(i))]) {
			continue
		}
		j := i + 1
		for j+1 < len(toks) && j-i < 3 && toks[j+1].Cap && gap(j) == " " {
			j++
		}
		if g1 := gap(i); g1 == " " || g1 == ". " {
			s.persons = append(s.persons, string(word(j)))
			if ctx != nil {
				ctx.persons[string(word(j))] = true
			}
		}
		i = j
	}

	// Match the longest known name at each capitalised word; note the
	// demonyms ("Lebanese") on the way, for the article's focus.
	ms := s.ms[:0]
	s.dem = s.dem[:0]
	for i := 0; i < len(toks); {
		t := toks[i]
		w := word(i)
		if !t.Cap && !(articles[string(w)] && i+1 < len(toks) && gap(i) == "-" && toks[i+1].Cap) {
			i++
			continue
		}
		m, ok := g.match(s, sentence, toks, word, i)
		if ok && m.t1 == i+1 && districtNames[string(w)] {
			ok = false // "the capital's Chinatown district": a quarter found in many cities
		}
		// A demonym ("English") beats a small town of that name.
		if !ok || !m.strong {
			if n, ci := g.demonym(s, toks, word, i); n > 0 {
				s.dem = append(s.dem, ci)
				i += n
				continue
			}
		}
		if ok {
			ms = append(ms, m)
			i = m.t1
			continue
		}
		i++
	}
	s.ms = ms
	if len(ms) == 0 {
		if ctx != nil {
			for _, ci := range s.dem {
				ctx.countries[g.countries[ci].iso3]++
				ctx.bump(ci)
			}
		}
		return nil
	}
	mentionAt := func(tok int) int {
		for j := range ms {
			if ms[j].t0 == tok {
				return j
			}
		}
		return -1
	}

	// A title ("Bomb Blast Rocks Kabul") capitalises most words.
	capWords, allWords := 0, 0
	for _, t := range toks {
		if t.End-t.Start > 3 {
			allWords++
			if t.Cap {
				capWords++
			}
		}
	}
	titleCase := allWords >= 3 && capWords*10 >= allWords*6

	// Locative cues: "in X", "near the northern X"; lists share theirs:
	// "in Nablus, Jenin and Hebron".
	for j := range ms {
		ms[j].cue = locativeCue(word, toks, ms[j].t0)
		ms[j].loc, ms[j].strongLoc = ms[j].cue >= cueWeak, ms[j].cue >= cueStrong
	}
	for j := 1; j < len(ms); j++ {
		m, k := &ms[j], &ms[j-1]
		if m.t0 < 1 {
			continue
		}
		g1 := strings.TrimSpace(gap(m.t0 - 1))
		pw := string(word(m.t0 - 1))
		if k.t1 == m.t0 && g1 == "," || k.t1 == m.t0-1 && (pw == "and" || pw == "or") && strings.TrimSpace(gap(k.t1-1)) == "" {
			m.listPrev = j - 1
			if !m.loc && k.loc {
				m.loc, m.strongLoc, m.cue = true, k.strongLoc, k.cue
			}
		}
	}

	// Cues around each name, and the filters for the names of people and
	// organisations.
	for j := range ms {
		m := &ms[j]
		prevW, nextW := "", ""
		prevCap, nextCap := false, false
		var gb, ga string
		if m.t0 > 0 {
			prevW, prevCap, gb = string(word(m.t0-1)), toks[m.t0-1].Cap, gap(m.t0-1)
		}
		if m.t1 < len(toks) {
			nextW, nextCap, ga = string(word(m.t1)), toks[m.t1].Cap, gap(m.t1-1)
		}
		prevIsPlace := j > 0 && ms[j-1].t1 == m.t0 && ms[j-1].strong
		nextIsPlace := false
		if k := mentionAt(m.t1); k >= 0 && ms[k].strong {
			nextIsPlace = true
		}
		m.capNext = nextCap && ga == " "

		// Hyphenated compounds: "T-Mobile", "Al-Monitor", "Mercedes-Benz";
		// but "Iran-Iraq" and "Iran-backed" keep the country.
		if gb == "-" && !prevIsPlace && !m.hasCty && !articles[prevW] {
			m.drop = true
			continue
		}
		if ga == "-" && nextCap && !nextIsPlace && !m.hasCty {
			m.drop = true
			continue
		}
		// A title or a given name before: "Queen Victoria", "George
		// Washington", "Michael Jordan".
		if prevCap && !prevIsPlace && (gb == " " || gb == ". ") && (titles[prevW] || givenNames[prevW] && gb == " ") {
			m.drop = true
			continue
		}
		// Another capitalised word before a town's name makes it part of
		// a name ("Valeska Paris", "Air Canada" aside, "Space Shuttle
		// Columbia"), unless it is a modifier ("Central Baghdad"), a
		// demonym ("Iraqi Kurdistan") or a word that starts a sentence
		// ("In Paris"). Titles ("Bomb Rocks Kabul") are left alone.
		if prevCap && !prevIsPlace && gb == " " && !m.hasCty && m.t1-m.t0 == 1 && !titleCase &&
			!modifiers[prevW] && !locatives[prevW] && !placeLocatives[prevW] && !connectors[prevW] &&
			!articles[prevW] && !g.isDemonym(prevW) && !sentenceWords[prevW] && !placePrefixes[prevW] {
			m.drop = true
			if ctx != nil {
				ctx.persons[m.key] = true
			}
			continue
		}
		// A river or a sea named after a country or town: "the Jordan
		// River", "the Niger river", "the Caspian Sea" are no places here.
		if ga == " " && waterHeads[nextW] {
			m.drop = true
			continue
		}
		if m.t1-m.t0 > 1 && waterHeads[string(word(m.t1-1))] && !m.hasCty && !adm1Heads[nextW] && !cityHeads[nextW] {
			m.drop = true // "the Red Sea", not Egypt's Red Sea governorate
			continue
		}
		// An organisation or a publication: "Washington Post", "Geneva
		// Conventions".
		if nextCap && ga == " " && orgHeads[nextW] {
			m.drop = true
			continue
		}
		// A place name that is also a given name, before a surname:
		// "Chad Smith", "Paris Hilton", "Georgia Tech".
		if m.t1-m.t0 == 1 && givenNames[m.key] && nextCap && ga == " " && !nextIsPlace && !keepFollowers[nextW] && !reportVerbs[nextW] {
			m.drop = true
			continue
		}
		// A town's name before "said" is a person's ("Lincoln said"); a
		// country's, a division's or a capital's is its government's
		// ("Moscow said"), and "in Cambridge said" is still a place.
		if reportVerbs[nextW] && ga == " " && !m.loc && g.onlyTowns(m.ps) {
			m.drop = true
			continue
		}
		// Division and city cues.
		if ga == " " || ga == "-" {
			if adm1Heads[nextW] {
				m.adm1Cue = true
			}
			if cityHeads[nextW] {
				m.cityCue = true
			}
		}
		if prevW == "of" && m.t0 >= 2 {
			h := string(word(m.t0 - 2))
			m.adm1Cue = m.adm1Cue || adm1Heads[h]
			m.cityCue = m.cityCue || cityHeads[h]
			m.ctryCue = countryHeads[h]
		}
		// "Córdoba and Santa Fe provinces": the plural head covers both.
		if (ga == " " && nextW == "and" || strings.TrimSpace(ga) == ",") && !m.adm1Cue && !m.cityCue {
			k := mentionAt(m.t1)
			if nextW == "and" {
				k = mentionAt(m.t1 + 1)
			}
			if k >= 0 && ms[k].t1 < len(toks) && gap(ms[k].t1-1) == " " {
				switch string(word(ms[k].t1)) {
				case "provinces", "states", "regions", "governorates", "oblasts", "prefectures", "territories", "districts", "counties":
					m.adm1Cue = true
				case "cities", "towns", "villages":
					m.cityCue = true
				}
			}
		}
		// "X, Y" and "X in Y" where Y is a country or division holding X.
		if m.t1 < len(toks) {
			k := -1
			if strings.TrimSpace(ga) == "," {
				k = mentionAt(m.t1)
			} else if ga == " " && nextW == "in" && m.t1+1 < len(toks) && gap(m.t1) == " " {
				k = mentionAt(m.t1 + 1)
			}
			if k >= 0 && g.contains(&ms[k], m) {
				m.pair, ms[k].pairedBy = k, j
			}
		}
	}

	// The sentence's own focus: its strong names and its demonyms.
	clear(s.tmp)
	for _, ci := range s.dem {
		s.tmp[g.countries[ci].iso3]++
	}
	for j := range ms {
		if m := &ms[j]; !m.drop && m.strong {
			s.tmp[g.countries[g.places[m.ps[0]].country].iso3]++
		}
	}

	// Admission of weak names: small towns and common words need a cue.
	for j := range ms {
		m := &ms[j]
		if m.drop || m.hasCty || m.acronym {
			continue
		}
		bp := &g.places[m.ps[0]]
		t := toks[m.t0]
		single := m.t1-m.t0 == 1
		// Big towns and seats of government keep their names even when
		// people bear them ("Austin", "Cleveland").
		exempt := bp.capital || bp.pop >= minPersonExemptPop || bp.fcode == "PPLA" && bp.pop >= minPersonExemptPop/2
		possessive := m.t1 < len(toks) && strings.HasPrefix(strings.TrimLeft(gap(m.t1-1), "'’"), "s ")
		pair := m.pair >= 0 || m.pairedBy >= 0
		switch {
		case nonPlaces[m.key]:
			m.drop = true // "Arab", "Taliban", "Africa"
		case pair: // "Holt, Michigan", "Paris, Texas"
		case single && t.Upper && t.End-t.Start <= 5:
			// "NATO", "EU": an upper-case word that is no place's
			// acronym is an organisation's.
			if !m.strongLoc {
				m.drop = true
			}
		case single && modifiers[m.key] && !m.adm1Cue:
			m.drop = true // "Western papers", "in Central Asia": a region's own word
		case single && calendarWords[m.key]:
			m.drop = true // "in March", "at Christmas"
		case single && orgHeads[m.key] && m.t0 > 0 && toks[m.t0-1].Cap:
			m.drop = true // "New York Mets"
		case single && !exempt && (surnames[m.key] || givenNames[m.key] || ctx != nil && ctx.persons[m.key] || slices.Contains(s.persons, m.key)):
			// "Holt said", "Daniel's book", "gave it to Mary": a person
			// unless placed.
			if m.cue < cuePlace || possessive {
				m.drop = true
			}
		case bp.common && m.t1 < len(toks) && string(word(m.t1)) == "of":
			m.drop = true // "the University of Paris"
		case bp.common:
			// "in Nice" is a place; "Nice work", "the Centre for ...",
			// "Central Bank" and "in Congress" are not. Mid-sentence, a
			// big town or division ("Wales") is.
			big := bp.kind == kindCity && bp.pop >= minCommonPop || bp.kind == kindADM1 && bp.pop >= minCommonADM1Pop
			prevThe := m.t0 > 0 && string(word(m.t0-1)) == "the"
			prevCap := m.t0 > 0 && toks[m.t0-1].Cap && gap(m.t0-1) == " " // "Middle East"
			switch {
			case m.t0 == 0, prevThe, prevCap, m.capNext, bp.pop < minStrongPop:
				m.drop = true
			case m.strongLoc && (bp.pop >= minCommonLocPop || g.inFocus(m.ps, ctx, s.tmp)):
			case big && !modifiers[m.key]:
			default:
				m.drop = true
			}
		case m.strong:
		case m.alt[0] && m.cue < cueStrong && !m.adm1Cue && !m.cityCue && !g.inFocus(m.ps[:1], ctx, s.tmp):
			m.drop = true // "leader of Hamas" (an old name of Hamm)
		case m.loc || m.adm1Cue || m.cityCue:
		case g.inFocus(m.ps, ctx, s.tmp):
		default:
			m.drop = true
		}
	}

	// Resolve: first alone, then with the other names and the demonyms of
	// the sentence.
	var ov []int32
	for j := range ms {
		if !ms[j].drop {
			g.resolve(s, &ms[j], ms, ctx, nil, s.dem)
		}
	}
	if len(ms) > 1 || len(s.dem) > 0 {
		for j := range ms {
			if ms[j].drop {
				continue
			}
			ov = ov[:0]
			for k := range ms {
				if k != j && !ms[k].drop {
					ov = append(ov, ms[k].best)
				}
			}
			g.resolve(s, &ms[j], ms, ctx, ov, s.dem)
		}
	}

	var out []Toponym
	for j := range ms {
		m := &ms[j]
		if m.drop || g.unsupported(m, ctx) {
			continue
		}
		start, end := toks[m.t0].Start, toks[m.t1-1].End
		c := g.candidate(m.best)
		sp := dyad.Span{base + start, base + end}
		c.Place.Span = &sp
		out = append(out, Toponym{Start: base + start, End: base + end, Text: sentence[start:end], Place: c.Place, Score: m.score})
		if ctx != nil {
			g.remember(ctx, m.best, m.key)
		}
	}
	if ctx != nil {
		for _, ci := range s.dem {
			ctx.countries[g.countries[ci].iso3]++
			ctx.bump(ci)
		}
	}
	return out
}

// match finds the longest name known to the gazetteer that starts at word
// i.
func (g *Gazetteer) match(s *scratch, sentence string, toks []names.Token, word func(int) []byte, i int) (mention, bool) {
	maxN := g.ix.words(word(i))
	if maxN == 0 {
		if !toks[i].Upper {
			return mention{}, false
		}
		s.key = append(append(s.key[:0], acronymMark), word(i)...)
		if g.ix.words(s.key) == 0 {
			return mention{}, false
		}
		maxN = 1
	}
	limit := 1
	for limit < maxN && i+limit < len(toks) && joinable(sentence, toks, i+limit-1) && innerWord(sentence, toks, word, i+limit) {
		limit++
	}
	for n := limit; n >= 1; n-- {
		s.key = s.key[:0]
		for k := i; k < i+n; k++ {
			if k > i {
				s.key = append(s.key, ' ')
			}
			s.key = append(s.key, word(k)...)
		}
		acronym := false
		var ps []int32
		var alt []bool
		if n == 1 && toks[i].Upper {
			s.key = append(append(s.key[:0], acronymMark), word(i)...)
			if ps, alt = g.ix.lookup(s.key); len(ps) > 0 {
				acronym = true
			} else {
				s.key = append(s.key[:0], word(i)...)
			}
		}
		if !acronym {
			ps, alt = g.ix.lookup(s.key)
		}
		if len(ps) == 0 {
			continue
		}
		if !toks[i+n-1].Cap && connectors[string(word(i+n-1))] {
			continue
		}
		m := mention{t0: i, t1: i + n, key: g.ix.keyString(s.key), ps: ps, alt: alt, acronym: acronym, pair: -1, pairedBy: -1, listPrev: -1}
		if len(m.ps) > maxCandidates {
			m.ps, m.alt = m.ps[:maxCandidates], m.alt[:maxCandidates]
		}
		for _, pi := range m.ps[:min(len(m.ps), 3)] {
			if g.places[pi].kind == kindCountry {
				m.hasCty = true
			}
		}
		bp := &g.places[m.ps[0]]
		// A place found by an alternate name only is never strong.
		m.strong = m.hasCty || acronym || !m.alt[0] && (bp.capital || !bp.common && bp.pop >= minStrongPop)
		return m, true
	}
	return mention{}, false
}

// innerWord reports whether word k may continue a name: a capitalised
// word, a connector ("of", "de", "al"), a word after a hyphen, or a short
// particle before one ("Deir ez-Zor").
func innerWord(sentence string, toks []names.Token, word func(int) []byte, k int) bool {
	if toks[k].Cap || connectors[string(word(k))] {
		return true
	}
	t := toks[k]
	if t.Start > 0 && sentence[t.Start-1] == '-' {
		return true // "Pakistan-administered Kashmir"
	}
	return t.End-t.Start <= 3 && t.End < len(sentence) && sentence[t.End] == '-'
}

// demonym returns the number of words and the country of a demonym that
// starts at word i, or 0.
func (g *Gazetteer) demonym(s *scratch, toks []names.Token, word func(int) []byte, i int) (int, int16) {
	for n := min(g.demonymWords, len(toks)-i); n >= 1; n-- {
		s.key = s.key[:0]
		for k := i; k < i+n; k++ {
			if k > i {
				s.key = append(s.key, ' ')
			}
			s.key = append(s.key, word(k)...)
		}
		if ci, ok := g.demonyms[string(s.key)]; ok {
			return n, ci
		}
	}
	return 0, 0
}

// isDemonym reports whether a folded word is a demonym.
func (g *Gazetteer) isDemonym(w string) bool {
	_, ok := g.demonyms[w]
	return ok
}

// joinable reports whether toks[i] and toks[i+1] may be words of one name:
// separated by a space, a hyphen, or the period of an abbreviation
// ("St. Petersburg").
func joinable(s string, toks []names.Token, i int) bool {
	g := s[toks[i].End:toks[i+1].Start]
	switch g {
	case " ", "-", "- ", " - ":
		return true
	case "'s ", "’s ":
		return true
	case ". ", ".":
		return toks[i].End-toks[i].Start <= 3
	}
	return false
}

// Levels of locative cues before a name.
const (
	cueNone   = iota
	cueWeak   // "of", "for", "by": a place or not
	cueStrong // "in", "at", "to", "from"
	cuePlace  // "in", "at", "near", "the island of": no person is there
)

// locativeCue looks back from a name over "the" and modifiers ("in the
// northern") for a preposition that puts it in a place, and returns its
// level.
func locativeCue(word func(int) []byte, toks []names.Token, t0 int) int {
	for k, skipped := t0-1, 0; k >= 0 && skipped <= 3; k, skipped = k-1, skipped+1 {
		w := string(word(k))
		if w == "of" && k > 0 && placeHeads[string(word(k-1))] {
			return cuePlace // the city of, the island of
		}
		if placeLocatives[w] {
			return cuePlace
		}
		if strongLocatives[w] {
			return cueStrong
		}
		if locatives[w] {
			return cueWeak
		}
		if !modifiers[w] && !cityHeads[w] && !adm1Heads[w] {
			return cueNone
		}
	}
	return cueNone
}

// inFocus reports whether a candidate lies in a country or a division the
// article has named.
func (g *Gazetteer) inFocus(ps []int32, ctx *Context, sentence map[string]int) bool {
	for _, pi := range ps {
		p := &g.places[pi]
		iso3 := g.countries[p.country].iso3
		if sentence[iso3] > 0 {
			return true
		}
		if ctx == nil {
			continue
		}
		if ctx.countries[iso3] > 0 {
			return true
		}
		if p.admin >= 0 {
			aid := int(g.places[g.admins[p.admin].place].id)
			if ctx.admins[aid] > 0 || ctx.towns[aid] > 0 {
				return true
			}
		}
	}
	return false
}

// onlyTowns reports whether every candidate is a town that is not a
// national capital.
func (g *Gazetteer) onlyTowns(ps []int32) bool {
	for _, pi := range ps {
		if p := &g.places[pi]; p.kind != kindCity || p.capital {
			return false
		}
	}
	return true
}

func (g *Gazetteer) anyCapital(ps []int32) bool {
	for _, pi := range ps {
		if g.places[pi].capital {
			return true
		}
	}
	return false
}

// contains reports whether some candidate of outer (a country or a
// division) holds some candidate of inner.
func (g *Gazetteer) contains(outer, inner *mention) bool {
	for _, o := range outer.ps {
		for _, i := range inner.ps {
			if g.holds(o, i) {
				return true
			}
		}
	}
	return false
}

// holds reports whether place o (a country or division) holds place i.
func (g *Gazetteer) holds(o, i int32) bool {
	po, pi := &g.places[o], &g.places[i]
	switch po.kind {
	case kindCountry:
		return pi.kind != kindCountry && pi.country == po.country
	case kindADM1:
		return pi.kind == kindCity && pi.admin == po.admin && pi.admin >= 0
	}
	return false
}

// resolve picks the best candidate of m given the context, the cues and
// the other names of the sentence (ov: their current picks; dem: the
// countries of its demonyms).
func (g *Gazetteer) resolve(s *scratch, m *mention, ms []mention, ctx *Context, ov []int32, dem []int16) {
	// This sentence's own counts: a few countries, scanned linearly.
	s.touched = s.touched[:0]
	for _, o := range ov {
		s.touched = append(s.touched, g.places[o].country)
	}
	s.touched = append(s.touched, dem...)
	count := func(ci int16) int32 {
		n := int32(0)
		if ctx != nil {
			n = ctx.byIndex[ci]
		}
		for _, t := range s.touched {
			if t == ci {
				n++
			}
		}
		return n
	}
	var senseID int
	hasAdmins := len(ov) > 0
	if ctx != nil {
		senseID = ctx.senses[m.key]
		hasAdmins = hasAdmins || len(ctx.admins) > 0 || len(ctx.towns) > 0
	}
	// The most any candidate can gain: candidates come best prior first,
	// so the search stops when no later one can win.
	bound := 0.0
	maxN := int32(len(s.touched))
	if ctx != nil {
		maxN += ctx.max
	}
	if maxN > 0 {
		bound += math.Min(capCountry, wCountry*math.Log2(1+float64(maxN))) + capNeighbour + capitalBonus
	}
	if hasAdmins {
		bound += adm1Bonus
	}
	if senseID != 0 {
		bound += senseBonus
	}
	if m.adm1Cue || m.cityCue || m.ctryCue {
		bound += headBonus
	}
	if m.pair >= 0 {
		bound += pairBonus
	}
	if m.pairedBy >= 0 {
		bound += pairBonus
	}
	if m.listPrev >= 0 {
		bound += listBonus
	}
	bestScore := math.Inf(-1)
	var best int32 = m.ps[0]
	for j, pi := range m.ps {
		p := &g.places[pi]
		sc := float64(p.prior)
		if m.alt[j] {
			sc -= altPenalty
		}
		if sc+bound < bestScore {
			break
		}
		inDivision := false
		if hasAdmins && p.admin >= 0 {
			aid := int(g.places[g.admins[p.admin].place].id)
			named := ctx != nil && ctx.admins[aid] > 0
			towns := ctx != nil && ctx.towns[aid] > 0
			for _, o := range ov {
				if op := &g.places[o]; op.admin == p.admin && o != pi {
					if op.kind == kindADM1 {
						named = true
					} else {
						towns = true
					}
				}
			}
			switch {
			case named:
				sc += adm1Bonus
			case towns:
				sc += townBonus
			}
			inDivision = named || towns
		}
		if maxN > 0 && (inDivision || !g.overshadowed(p, m.ps[0])) {
			if n := count(p.country); n > 0 {
				sc += math.Min(capCountry, wCountry*math.Log2(1+float64(n)))
				if p.capital {
					sc += capitalBonus // "the House of Assembly in Hamilton", Bermuda
				}
			}
			nb := int32(0)
			for _, ci := range g.countries[p.country].neighbours {
				nb += count(ci)
			}
			if nb > 0 {
				sc += math.Min(capNeighbour, wNeighbour*math.Log2(1+float64(nb)))
			}
		}
		if senseID != 0 && int(p.id) == senseID {
			sc += senseBonus
		}
		switch p.kind {
		case kindADM1:
			if m.adm1Cue {
				sc += headBonus
			}
		case kindCity:
			if m.cityCue {
				sc += headBonus
			}
		case kindCountry:
			if m.ctryCue {
				sc += headBonus
			}
		}
		if m.pair >= 0 {
			for _, o := range ms[m.pair].ps {
				if g.holds(o, pi) {
					sc += pairBonus
					break
				}
			}
		}
		// Lists name places of one country: "Pakistan-administered
		// Kashmir and Punjab", "Kharkiv and Odesa".
		if m.listPrev >= 0 && ov != nil && !ms[m.listPrev].drop && p.kind != kindCountry &&
			g.places[ms[m.listPrev].best].country == p.country {
			sc += listBonus
		}
		if m.pairedBy >= 0 {
			for _, i := range ms[m.pairedBy].ps {
				if g.holds(pi, i) {
					sc += pairBonus
					break
				}
			}
		}
		if sc > bestScore {
			bestScore, best = sc, pi
		}
	}
	m.best, m.score = best, bestScore
}

// overshadowed reports whether a town is too small, beside the city of
// the same name with the best prior, for the countries the article names
// to choose it: "talks in Geneva" between American and Russian envoys
// are in Switzerland, not Illinois; "strikes on Odesa" in Ukraine, not
// Texas. Capitals are never overshadowed ("the House of Assembly in
// Hamilton", Bermuda), and a division, a "Paris, Texas" pair or an
// earlier sense still choose the town.
func (g *Gazetteer) overshadowed(p *place, top int32) bool {
	q := &g.places[top]
	return p != q && p.kind == kindCity && q.kind == kindCity && !p.capital && q.pop >= overshadow*max(p.pop, 1)
}

// unsupported reports whether a mention resolved to a small town of one
// of several countries that share its name, none of them a country the
// text is about or borders: "the village of Moura" in a story about Mali
// is neither Portugal's Moura nor Australia's, and the gazetteer does not
// know Mali's. Better no place than a wrong one.
func (g *Gazetteer) unsupported(m *mention, ctx *Context) bool {
	if ctx == nil || ctx.max == 0 || len(m.ps) < 2 {
		return false
	}
	p := &g.places[m.best]
	if p.kind != kindCity || p.pop >= 50000 || ctx.byIndex[p.country] > 0 {
		return false
	}
	for _, ci := range g.countries[p.country].neighbours {
		if ctx.byIndex[ci] > 0 {
			return false
		}
	}
	return true
}

// remember counts a resolved place in the context.
func (g *Gazetteer) remember(ctx *Context, pi int32, key string) {
	p := &g.places[pi]
	ctx.countries[g.countries[p.country].iso3]++
	ctx.bump(p.country)
	if p.admin >= 0 {
		aid := int(g.places[g.admins[p.admin].place].id)
		if p.kind == kindADM1 {
			ctx.admins[aid]++
		} else {
			ctx.towns[aid]++
		}
	}
	ctx.senses[key] = int(p.id)
}
