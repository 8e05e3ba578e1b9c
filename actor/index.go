package actor

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Match is one actor named in a piece of text.
type Match struct {
	// Start and End are byte offsets: base + offset in the text.
	Start, End int
	// Text is the matched words (without a possessive 's).
	Text string
	// Actor carries the code chosen for the date, the country, the roles
	// (never nil), the canonical name of people and organisations, the
	// span and Known=true.
	Actor dyad.Actor
	// Kind is "country", "capital", "seat", "region", "igo", "ngo",
	// "group", "person", "agent" or "org" (see the Kind constants).
	Kind string
	// Entry is the dictionary entry matched; nil for an unknown name.
	Entry *Entry
	// Adj is true when the text is an adjective or demonym ("Iranian").
	Adj bool
	// Plural is true for a plural form ("officials", "Iranians").
	Plural bool
	// Possessive is true when the words are followed by 's or ’s.
	Possessive bool
}

// roleCodes are the CAMEO role codes that make up Actor.Roles.
var roleCodes = map[string]bool{
	// primary
	"COP": true, "GOV": true, "INS": true, "JUD": true, "MIL": true, "OPP": true,
	"REB": true, "SEP": true, "SPY": true, "UAF": true, "PTY": true,
	// secondary
	"AGR": true, "BUS": true, "CRM": true, "CVL": true, "DEV": true, "EDU": true,
	"ELI": true, "ENV": true, "HLH": true, "HRI": true, "LAB": true, "LEG": true,
	"MED": true, "REF": true, "SET": true,
	// tertiary
	"MOD": true, "RAD": true,
	// religious (CAMEO's religion codes that agents.txt gives)
	"REL": true, "CHR": true, "CTH": true, "MOS": true, "JEW": true, "BUD": true, "HIN": true,
	// international and transnational generic codes after a country
	"IGO": true, "NGO": true, "NGM": true, "MNC": true, "IMG": true, "UIS": true,
}

// IsRole reports whether code is a CAMEO role code (GOV, MIL, REB, ELI...).
func IsRole(code string) bool { return roleCodes[code] }

// rolesOf splits the part of a code after its country into 3-letter
// segments and keeps the role codes, in order, without repeats.
func rolesOf(rest string, extra []string) []string {
	roles := []string{}
	add := func(r string) {
		if !roleCodes[r] {
			return
		}
		for _, x := range roles {
			if x == r {
				return
			}
		}
		roles = append(roles, r)
	}
	for i := 0; i+3 <= len(rest); i += 3 {
		add(rest[i : i+3])
	}
	for _, r := range extra {
		add(r)
	}
	return roles
}

// target is one way a name leads to an entry.
type target struct {
	e         *Entry
	kind      string   // match kind
	toks      []string // the name's tokens as written, for the case check
	proper    bool     // case-sensitive
	code      string   // code override
	plural    bool
	adj       bool
	canonical bool
	prio      int
	order     int
}

type node struct {
	next map[string]*node
	out  []*target
}

type index struct {
	first map[string]*node
}

var kindPrio = map[string]int{
	KindPerson: 0, KindGroup: 1, KindOrg: 2, KindIGO: 3, KindNGO: 4, KindSeat: 5,
	KindCountry: 6, KindCapital: 7, KindRegion: 8, KindAgent: 9,
}

func buildIndex(entries []*Entry) *index {
	ix := &index{first: map[string]*node{}}
	order := 0
	add := func(e *Entry, kind string, n Name, canonical, adj bool) {
		toks := tokenize(n.Text)
		if len(toks) == 0 {
			return
		}
		t := &target{
			e: e, kind: kind, code: n.Code, plural: n.Plural, adj: adj,
			canonical: canonical, prio: kindPrio[kind], order: order,
		}
		order++
		t.proper = kind != KindAgent || hasUpper(n.Text)
		nd := (*node)(nil)
		for i, tk := range toks {
			t.toks = append(t.toks, n.Text[tk.start:tk.end])
			m := ix.first
			if i > 0 {
				if nd.next == nil {
					nd.next = map[string]*node{}
				}
				m = nd.next
			}
			c := m[tk.key]
			if c == nil {
				c = &node{}
				m[tk.key] = c
			}
			nd = c
		}
		for _, o := range nd.out {
			if o.e == e && o.kind == kind && o.code == t.code && o.proper == t.proper && equalStrings(o.toks, t.toks) {
				o.plural = o.plural || t.plural
				return
			}
		}
		nd.out = append(nd.out, t)
	}
	for _, e := range entries {
		add(e, e.Kind, Name{Text: e.Name}, true, false)
		for _, n := range e.Aliases {
			add(e, e.Kind, n, false, false)
		}
		for _, n := range e.Plurals {
			add(e, e.Kind, n, false, false)
		}
		for _, n := range e.Adjectives {
			n.Plural = n.Plural || looksPlural(n.Text)
			add(e, e.Kind, n, false, true)
		}
		for _, n := range e.Capitals {
			add(e, KindCapital, n, false, false)
		}
		for _, n := range e.Seats {
			add(e, KindSeat, n, false, false)
		}
	}
	var sortNode func(n *node)
	sortNode = func(n *node) {
		sort.SliceStable(n.out, func(i, j int) bool {
			a, b := n.out[i], n.out[j]
			if a.prio != b.prio {
				return a.prio < b.prio
			}
			if a.canonical != b.canonical {
				return a.canonical
			}
			return a.order < b.order
		})
		for _, c := range n.next {
			sortNode(c)
		}
	}
	for _, n := range ix.first {
		sortNode(n)
	}
	return ix
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// looksPlural guesses whether a demonym is plural ("Iranians", "Swiss" is
// not guessed).
func looksPlural(s string) bool {
	return strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss")
}

// token is a word or a punctuation mark of a text.
type token struct {
	start, end int
	key        string // lower-cased; apostrophes folded to '
	word       bool
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tokenize splits text into words (runs of letters, digits and marks) and
// single punctuation marks; spaces separate tokens and are dropped.
func tokenize(text string) []token {
	return tokenizeInto(make([]token, 0, len(text)/5+4), text)
}

func tokenizeInto(toks []token, text string) []token {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	lower := ""
	if ascii {
		lower = toLowerASCII(text)
	}
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				j := i + 1
				for j < len(text) {
					d := text[j]
					if d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9' {
						j++
						continue
					}
					if d >= utf8.RuneSelf {
						r, n := utf8.DecodeRuneInString(text[j:])
						if isWordRune(r) {
							j += n
							continue
						}
					}
					break
				}
				toks = append(toks, token{i, j, keyOf(text, lower, i, j), true})
				i = j
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				i++
			default:
				k := text[i : i+1]
				if c == '`' {
					k = "'"
				}
				toks = append(toks, token{i, i + 1, k, false})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{i, j, keyOf(text, lower, i, j), true})
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			k := text[i : i+n]
			switch r {
			case '\u2019', '\u2018', '\u02bc', '\u2032':
				k = "'"
			case '\u2010', '\u2011', '\u2012', '\u2013':
				k = "-"
			}
			toks = append(toks, token{i, i + n, k, false})
			i += n
		}
	}
	return toks
}

func keyOf(text, lower string, i, j int) string {
	if lower != "" {
		return lower[i:j]
	}
	s := text[i:j]
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func toLowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// caseOK checks a proper name's capitalisation: each word as written, or
// in capitals, or (the first word) with its first letter capitalised.
func (t *target) caseOK(text string, toks []token) bool {
	if !t.proper {
		return true
	}
	for k, want := range t.toks {
		tk := toks[k]
		if !tk.word {
			continue
		}
		got := text[tk.start:tk.end]
		if got == want || isAllUpper(got) && upperEqual(got, want) {
			continue
		}
		if k == 0 && firstUpperEqual(got, want) {
			continue
		}
		return false
	}
	return true
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// upperEqual reports whether got equals want in capitals.
func upperEqual(got, want string) bool {
	for _, r := range want {
		g, n := utf8.DecodeRuneInString(got)
		if n == 0 || g != unicode.ToUpper(r) {
			return false
		}
		got = got[n:]
	}
	return got == ""
}

// firstUpperEqual reports whether got is want with its first letter
// capitalised.
func firstUpperEqual(got, want string) bool {
	r, n := utf8.DecodeRuneInString(want)
	g, m := utf8.DecodeRuneInString(got)
	return n > 0 && m > 0 && g == unicode.ToUpper(r) && got[m:] == want[n:]
}

// hit is a match with its token range, before the actor is built.
type hit struct {
	t      *target
	ts, te int // token range [ts, te)
	poss   bool
}

// scan finds the longest dictionary names in toks, left to right, without
// overlaps.
func (ix *index) scan(text string, toks []token, hits []hit) []hit {
	for i := 0; i < len(toks); {
		if !toks[i].word {
			i++
			continue
		}
		best, bestEnd := ix.longestAt(text, toks, i)
		if best != nil && toks[i].key == "the" {
			if _, end := ix.longestAt(text, toks, i+1); end > bestEnd {
				i++ // "the Gulf Clan": not "the Gulf" and "Clan"
				continue
			}
		}
		if best == nil || !boundaryOK(text, toks, i, bestEnd) || (best.kind == KindPerson && (ix.nameGoesOn(text, toks, bestEnd) || ix.doubleBarrelled(text, toks, i, bestEnd) || bestEnd == i+1 && ix.givenNameBefore(text, toks, i))) ||
			(best.kind == KindCountry || best.kind == KindRegion || best.kind == KindCapital) && (featureNamed(text, toks, bestEnd) || nameBefore(text, toks, i)) ||
			best.kind == KindRegion && ofName(text, toks, bestEnd) ||
			(best.kind == KindCountry || best.kind == KindRegion || best.kind == KindCapital) && featureOf(text, toks, i) {
			i++
			continue
		}
		h := hit{t: best, ts: i, te: bestEnd}
		h.poss = possessiveAt(text, toks, bestEnd)
		hits = append(hits, h)
		i = bestEnd
	}
	return hits
}

// longestAt returns the longest dictionary name that starts at toks[i],
// and where it ends.
func (ix *index) longestAt(text string, toks []token, i int) (*target, int) {
	if i >= len(toks) || !toks[i].word {
		return nil, 0
	}
	n := ix.first[toks[i].key]
	var best *target
	bestEnd := 0
	for j := i; n != nil; {
		for _, t := range n.out {
			if t.caseOK(text, toks[i:j+1]) {
				best, bestEnd = t, j+1
				break
			}
		}
		j++
		if j >= len(toks) || n.next == nil {
			break
		}
		// A name does not continue across a line break.
		n = n.next[toks[j].key]
	}
	return best, bestEnd
}

// nameGoesOn reports whether the person's name matched before toks[i]
// goes on with a name the dictionary does not know: "Chadli Klibi" is not
// Chadli Bendjedid. The next word is capitalized, is not a word the
// dictionaries know ("Administration", a country) or a day or month, and
// the word after it, if any, is lower case, so the text is not a
// title-cased headline ("Biden Meets Xi").
func (ix *index) nameGoesOn(text string, toks []token, i int) bool {
	if i >= len(toks) || !toks[i].word || toks[i].start != toks[i-1].end+1 {
		return false
	}
	w := text[toks[i].start:toks[i].end]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || isAllUpper(w) || calendarWords[toks[i].key] {
		return false
	}
	if i+1 < len(toks) && toks[i+1].word {
		if a, _ := utf8.DecodeRuneInString(text[toks[i+1].start:toks[i+1].end]); !unicode.IsLower(a) {
			return false
		}
	}
	return ix.first[toks[i].key] == nil
}

// givenNameBefore reports whether the one-word name of a person matched at
// toks[i] (a surname) follows a given name that is not the person's:
// "Salman Bashir", Pakistan's foreign secretary, is not Omar al-Bashir.
// The word before is capitalized (not all capitals), right before it, not
// the text's first word, and either unknown to the dictionaries or a
// one-word name of a person itself; titles, countries and demonyms the
// dictionaries know, honorifics and days do not count.
func (ix *index) givenNameBefore(text string, toks []token, i int) bool {
	if i < 2 || !toks[i-1].word || toks[i].start != toks[i-1].end+1 {
		return false
	}
	w := text[toks[i-1].start:toks[i-1].end]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || isAllUpper(w) || len(w) < 2 || calendarWords[toks[i-1].key] || honorifics[toks[i-1].key] {
		return false
	}
	t, end := ix.longestAt(text, toks, i-1)
	return t == nil || end == i && t.kind == KindPerson
}

// honorifics may stand before a surname.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "prof": true, "sheikh": true, "shaikh": true,
	"imam": true, "ayatollah": true, "emir": true, "amir": true, "sultan": true, "king": true, "queen": true,
	"prince": true, "princess": true, "lord": true, "lady": true, "dame": true, "madame": true, "monsignor": true,
	"cardinal": true, "archbishop": true, "bishop": true, "rabbi": true, "mullah": true, "maulana": true,
	"colonel": true, "col": true, "general": true, "gen": true, "major": true, "maj": true, "captain": true,
	"capt": true, "lieutenant": true, "lt": true, "sergeant": true, "sgt": true, "admiral": true, "adm": true,
	"marshal": true, "commander": true, "brigadier": true, "judge": true, "justice": true, "senator": true,
	"sen": true, "rep": true, "representative": true, "governor": true, "gov": true, "mayor": true,
	"president": true, "premier": true, "chancellor": true, "minister": true, "secretary": true, "ambassador": true,
	"chairman": true, "speaker": true, "envoy": true, "spokesman": true, "spokeswoman": true, "leader": true,
}

// doubleBarrelled reports whether the person's name matched at
// toks[ts:te] is one half of a hyphenated name the dictionary does not
// know: "Zaghari-Ratcliffe" is not John Ratcliffe. Two names it knows
// are two people ("the Trump-Kim summit").
func (ix *index) doubleBarrelled(text string, toks []token, ts, te int) bool {
	// joined reports whether the name word n and the word w are glued to
	// the hyphen h between them, and w is a capitalized word unknown to
	// the dictionary.
	joined := func(n, h, w int) bool {
		a, b := min(n, w), max(n, w)
		if toks[h].key != "-" || !toks[w].word || toks[a].end != toks[h].start || toks[h].end != toks[b].start {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[toks[w].start:toks[w].end])
		return unicode.IsUpper(r) && ix.first[toks[w].key] == nil
	}
	return ts >= 2 && joined(ts, ts-1, ts-2) || te+1 < len(toks) && joined(te-1, te, te+1)
}

// featureNamed reports whether the place matched before toks[i] names a
// structure or a feature: "the Europe Bridge", "Lebanon Street", "the
// China Sea" are places, not actors.
func featureNamed(text string, toks []token, i int) bool {
	if i >= len(toks) || !toks[i].word || toks[i].start != toks[i-1].end+1 || !featureNouns[toks[i].key] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[toks[i].start:toks[i].end])
	return unicode.IsUpper(r)
}

// ofName reports whether a region's name matched before toks[i] begins a
// longer name with "of": "the Gulf of Aden" is no Gulf state.
func ofName(text string, toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i].word || toks[i].key != "of" || !toks[i+1].word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[toks[i+1].start:toks[i+1].end])
	return unicode.IsUpper(r)
}

// featureOf reports whether the place matched at toks[i] ends the name of a
// sea or gulf: "the Gulf of Aden", "the Sea of Japan".
func featureOf(text string, toks []token, i int) bool {
	if i < 2 || !toks[i-1].word || toks[i-1].key != "of" || !toks[i-2].word || !seaNouns[toks[i-2].key] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[toks[i-2].start:toks[i-2].end])
	return unicode.IsUpper(r)
}

// seaNouns begin the names of seas and their parts ("Gulf of Aden").
var seaNouns = map[string]bool{"gulf": true, "sea": true, "bay": true, "strait": true, "straits": true}

// nameBefore reports whether the place matched at toks[i] ends a longer
// name joined by a particle: "Mocimboa da Praia" is not Praia.
func nameBefore(text string, toks []token, i int) bool {
	if i < 2 || !toks[i-1].word || !toks[i-2].word || !nameParticles[toks[i-1].key] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[toks[i-2].start:toks[i-2].end])
	return unicode.IsUpper(r)
}

// nameParticles join the words of place and family names.
var nameParticles = map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true, "di": true, "du": true, "la": true, "van": true, "von": true}

// featureNouns end the names of structures and geographic features.
var featureNouns = map[string]bool{
	"bridge": true, "square": true, "street": true, "avenue": true, "road": true, "highway": true,
	"airport": true, "stadium": true, "hotel": true, "park": true, "station": true, "tower": true,
	"sea": true, "ocean": true, "canal": true, "dam": true, "pass": true,
}

// calendarWords are capitalized words that may follow a name without being
// part of it.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jr": true, "sr": true,
}

// boundaryOK rejects a match that is glued to a word by an apostrophe or a
// period inside an abbreviation ("U.S" of "U.S.A."), and one that spans a
// line break.
func boundaryOK(text string, toks []token, ts, te int) bool {
	if strings.IndexByte(text[toks[ts].start:toks[te-1].end], '\n') >= 0 {
		return false
	}
	if ts > 0 {
		p := toks[ts-1]
		if p.end == toks[ts].start && p.key == "'" && ts > 1 && toks[ts-2].word && toks[ts-2].end == p.start {
			return false // the "s" of "Iran's" or the "Ivoire" of "d'Ivoire"
		}
	}
	if te < len(toks) {
		nx := toks[te]
		if nx.start == toks[te-1].end && nx.word {
			return false
		}
	}
	return true
}

// possessiveAt reports whether the tokens at i are a possessive 's (or a
// bare apostrophe after a plural in s).
func possessiveAt(text string, toks []token, i int) bool {
	if i >= len(toks) || i == 0 || toks[i].key != "'" || toks[i].start != toks[i-1].end {
		return false
	}
	if i+1 < len(toks) && toks[i+1].word && toks[i+1].start == toks[i].end {
		return toks[i+1].key == "s" && (i+2 >= len(toks) || !toks[i+2].word || toks[i+2].start > toks[i+1].end)
	}
	prev := text[toks[i-1].start:toks[i-1].end]
	return strings.HasSuffix(prev, "s") || strings.HasSuffix(prev, "S")
}

// possessiveLen returns the number of tokens of the possessive at i.
func possessiveLen(toks []token, i int) int {
	if i+1 < len(toks) && toks[i+1].word && toks[i+1].key == "s" && toks[i+1].start == toks[i].end {
		return 2
	}
	return 1
}

// formerStates are the CAMEO codes of states that no longer exist (see
// the end of dict/actors/countries.txt): a person's role dated in one of
// them is in that state, whatever the country of the person's entry.
var formerStates = map[string]bool{
	"USR": true, "YUG": true, "FRY": true, "SCG": true, "CZA": true, "GME": true, "GMW": true, "YMN": true, "YMS": true,
}

// actorOf builds the actor of a target on date.
func (t *target) actorOf(date string) dyad.Actor {
	e := t.e
	a := dyad.Actor{Known: true, Roles: []string{}}
	code := t.code
	switch t.kind {
	case KindAgent:
		if code == "" {
			code = e.CodeAt(date)
		}
		a.Roles = rolesOf(code, e.Roles)
		a.Code = "---" + code
		return a
	case KindCountry, KindRegion, KindCapital:
		if code == "" {
			code = e.CodeAt(date)
		}
		if code == "" {
			code = e.CodeAt("")
		}
		a.Code = code
		a.Country = prefix3(code)
		a.Roles = rolesOf(code[len(a.Country):], nil)
		if e.Country != "" {
			// A state whose CAMEO code changed with its federation
			// (FRYSRB for Serbia in 1999) keeps its ISO country.
			a.Country = e.Country
		}
		if t.kind == KindCapital {
			a.Code = a.Country
			a.Roles = []string{}
		}
		return a
	case KindSeat:
		base := e.CodeAt(date)
		if base == "" {
			base = e.CodeAt("")
		}
		if code == "" {
			code = prefix3(base) + "GOV"
		}
		a.Code = code
		a.Country = prefix3(code)
		a.Roles = rolesOf(code[len(a.Country):], nil)
		return a
	}
	if code == "" {
		code = e.CodeAt(date)
	}
	if code == "" {
		code = e.Country
		if code == "" {
			code = prefix3(e.CodeAt(""))
		}
	}
	a.Code = code
	a.Country = e.Country
	if a.Country == "" || formerStates[prefix3(code)] {
		// Gorbachev in 1989 (USRGOV) acts for the Soviet Union, not
		// for Russia, the country of his entry
		a.Country = prefix3(code)
	}
	rest := ""
	if strings.HasPrefix(code, a.Country) {
		rest = code[len(a.Country):]
	} else if len(code) > 3 {
		rest = code[3:]
	}
	a.Roles = rolesOf(rest, e.Roles)
	a.Name = e.Name
	return a
}

func prefix3(code string) string {
	if len(code) < 3 {
		return code
	}
	return code[:3]
}

// match turns a hit into a Match.
func (h hit) match(text string, toks []token, base int, date string) Match {
	start, end := toks[h.ts].start, toks[h.te-1].end
	m := Match{
		Start: base + start, End: base + end, Text: text[start:end],
		Actor: h.t.actorOf(date), Kind: h.t.kind, Entry: h.t.e,
		Adj: h.t.adj, Plural: h.t.plural, Possessive: h.poss,
	}
	m.Actor.Text = m.Text
	m.Actor.Span = dyad.Span{m.Start, m.End}
	return m
}

// Find returns the longest non-overlapping dictionary matches in text, on
// token boundaries, left to right, with codes chosen by date (YYYY-MM-DD;
// "" = latest). Proper names match case-sensitively (a name also matches in
// ALL CAPS, and with its first letter capitalised); agent nouns written in
// lower case in the dictionary match in any case. A possessive 's or ’s
// after a name is not part of the match but sets Match.Possessive. Offsets
// are base + byte offsets in text.
func (d *Dictionary) Find(text string, base int, date string) []Match {
	buf := scratchPool.Get().(*scratch)
	buf.toks = tokenizeInto(buf.toks[:0], text)
	buf.hits = d.idx.scan(text, buf.toks, buf.hits[:0])
	var ms []Match
	if len(buf.hits) > 0 {
		ms = make([]Match, len(buf.hits))
		for i, h := range buf.hits {
			ms[i] = h.match(text, buf.toks, base, date)
		}
	}
	scratchPool.Put(buf)
	return ms
}

// scratch holds reusable buffers for Find.
type scratch struct {
	toks []token
	hits []hit
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{toks: make([]token, 0, 64), hits: make([]hit, 0, 8)}
}}
