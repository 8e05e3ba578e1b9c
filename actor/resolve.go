package actor

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// unit kinds
const (
	uHit     = iota // a dictionary match
	uUnknown        // a run of capitalised words no dictionary knows
	uWord           // any other word
	uPunct          // a punctuation mark
)

// unit is one element of a phrase: a match, an unknown name, a word or a
// punctuation mark, over tokens [ts, te).
type unit struct {
	kind     int
	ts, te   int
	hit      hit
	poss     bool   // followed by a possessive
	words    int    // number of words of an unknown name
	key      string // lower-cased word (uWord, uPunct)
	backer   bool   // "Iran-backed", "pro-Iranian", "anti-government": not the actor
	embedded string // the country named inside an unknown name ("Bank of England")
	locat    bool   // "London-based": the actor's location
}

// intlCodes are the generic international codes that precede a country in
// a code ("NGOIRN"), rather than follow it.
var intlCodes = map[string]bool{"IGO": true, "NGO": true, "NGM": true, "IMG": true, "MNC": true, "INT": true, "UIS": true}

// roleTier ranks primary role codes for combining agent nouns: a higher
// tier wins ("government troops" is MIL, "rebel soldiers" REB); secondary
// codes (tier 0) are appended ("opposition journalists" is OPPMED).
var roleTier = map[string]int{
	"REB": 3, "INS": 3, "SEP": 3, "OPP": 3, "UAF": 3, "CRM": 3,
	"MIL": 2, "COP": 2, "SPY": 2, "JUD": 2, "LEG": 2,
	"GOV": 1,
}

var backerWords = map[string]bool{
	"backed": true, "supported": true, "sponsored": true, "funded": true, "allied": true,
	"aligned": true, "armed": true, "trained": true, "linked": true, "affiliated": true,
	"friendly": true, "leaning": true, "inspired": true, "financed": true, "sympathetic": true,
	"recognised": true, "recognized": true, "brokered": true, "mediated": true, "appointed": true,
	"installed": true, "imposed": true, "sanctioned": true, "designated": true, // "the UN-recognised government"
}

// Backed reports whether a phrase names someone's backer rather than an
// actor of its own country: "Iran-backed militias", "pro-Russian
// separatists", "anti-government protesters".
func Backed(phrase string) bool {
	lower := strings.ToLower(phrase)
	if strings.Contains(lower, "pro-") || strings.Contains(lower, "anti-") {
		return true
	}
	for w := range backerWords {
		if strings.Contains(lower, "-"+w) {
			return true
		}
	}
	return false
}

var locationWords = map[string]bool{"based": true, "born": true, "headquartered": true}

var formerWords = map[string]bool{"former": true, "retired": true, "ex": true, "erstwhile": true, "onetime": true, "one-time": true,
	"sacked": true, "ousted": true, "deposed": true, "toppled": true, "overthrown": true, "dismissed": true, "fired": true}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"some": true, "many": true, "several": true, "both": true, "all": true, "two": true,
	"three": true, "other": true, "another": true, "most": true, "few": true, "any": true,
}

// prepositions that end the head of a noun phrase. The kind says what the
// object of the preposition tells: "of" an owner, "in" a location, "for"
// an owner when nothing else in the phrase gives a country ("a spokesman
// for the Malian government", but "the US envoy for the Horn of Africa").
var prepositions = map[string]byte{
	"of": 'o', "in": 'l', "from": 'l', "at": 'l', "inside": 'l', "across": 'l', "within": 'l',
	"near": 'l', "outside": 'l', "around": 'l', "throughout": 'l', "off": 'l', // "Royal Marines off Gibraltar"
	"for": 'f', "to": 'x', "with": 'x', "on": 'x', "over": 'x', "against": 'x', "by": 'x',
	"under": 'x', "between": 'x', "among": 'x', "into": 'x', "after": 'x', "before": 'x',
	"during": 'x', "about": 'x', "toward": 'x', "towards": 'x', "than": 'x', "who": 'x',
	"which": 'x', "whose": 'x', "whom": 'x', "that": 'x', "said": 'x', "says": 'x',
}

// nameStop are capitalised words that do not start or make an unknown name.
var nameStop = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "some": true,
	"many": true, "several": true, "both": true, "all": true, "former": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "sir": true, "prof": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "in": true, "on": true, "at": true, "and": true, "or": true,
	"but": true, "if": true, "as": true, "after": true, "before": true, "while": true, "when": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "read": true, "more": true,
	"according": true, "meanwhile": true, "however": true, "also": true, "last": true,
	"next": true, "new": true, "top": true, "senior": true, "retired": true, "ex": true, "ethnic": true,
	"hundreds": true, "thousands": true, "dozens": true, "scores": true, "millions": true, "tens": true,
}

// nameLinks are lower-case words allowed inside a person's name.
var nameLinks = map[string]bool{
	"al": true, "el": true, "bin": true, "bint": true, "ibn": true, "abu": true, "de": true,
	"del": true, "della": true, "di": true, "da": true, "dos": true, "das": true, "du": true,
	"la": true, "le": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "y": true,
}

// orgWords end the names of organisations; "of" and "for" may follow them
// inside a name ("Bank of England").
var orgWords = map[string]bool{
	"council": true, "force": true, "forces": true, "party": true, "ministry": true, "army": true,
	"front": true, "movement": true, "organization": true, "organisation": true, "agency": true,
	"committee": true, "corps": true, "guard": true, "guards": true, "brigade": true, "brigades": true,
	"group": true, "news": true, "times": true, "post": true, "press": true, "union": true,
	"association": true, "bank": true, "court": true, "assembly": true, "parliament": true,
	"institute": true, "university": true, "company": true, "corporation": true, "inc": true,
	"ltd": true, "network": true, "foundation": true, "commission": true, "office": true,
	"department": true, "service": true, "services": true, "authority": true, "coalition": true,
	"alliance": true, "league": true, "federation": true, "congress": true, "senate": true,
	"police": true, "television": true, "tv": true, "radio": true, "journal": true, "tribune": true,
	"herald": true, "daily": true, "club": true, "center": true, "centre": true, "board": true,
	"bureau": true, "command": true, "fund": true, "program": true, "programme": true, "initiative": true,
	"monitor": true, "watch": true, "international": true, "republic": true, "state": true,
	"states": true, "nations": true, "secretariat": true, "tribunal": true, "church": true,
	"mission": true, "administration": true, "government": true, "house": true, "airways": true,
	"airlines": true, "media": true, "agencies": true, "unit": true, "squad": true, "battalion": true,
}

// maxUnits is the number of words and names of a phrase Resolve reads.
const maxUnits = 128

// phraseParts holds a tokenized phrase with its units.
type phraseParts struct {
	text  string
	toks  []token
	units []unit
	hits  []hit
	base  int
	date  string
}

// partsPool recycles phraseParts: a phrase's tokens, units and hits are
// needed only while it is resolved.
var partsPool = sync.Pool{New: func() any { return new(phraseParts) }}

// release returns p to partsPool; p must not be used after.
func (p *phraseParts) release() {
	clear(p.units) // units point at targets; let them go
	clear(p.hits)
	*p = phraseParts{toks: p.toks[:0], units: p.units[:0], hits: p.hits[:0]}
	partsPool.Put(p)
}

// parsePhrase tokenizes text and finds its units; the caller releases the
// result.
func (d *Dictionary) parsePhrase(text string, base int, date string) *phraseParts {
	p := partsPool.Get().(*phraseParts)
	p.text, p.base, p.date = text, base, date
	p.toks = tokenizeInto(p.toks[:0], text)
	p.hits = d.idx.scan(text, p.toks, p.hits[:0])
	hits := p.hits
	hi := 0
	toks := p.toks
	for i := 0; i < len(toks); {
		if hi < len(hits) && hits[hi].ts == i {
			h := hits[hi]
			hi++
			u := unit{kind: uHit, ts: h.ts, te: h.te, hit: h, poss: h.poss}
			p.units = append(p.units, u)
			i = h.te
			if h.poss {
				i += possessiveLen(toks, i)
			}
			continue
		}
		tk := toks[i]
		if tk.word && startsUpper(text[tk.start:tk.end]) && !nameStop[tk.key] {
			end, words, emb := nameRun(text, toks, i, hits, hi)
			if words > 0 {
				u := unit{kind: uUnknown, ts: i, te: end, words: words}
				for hi < len(hits) && hits[hi].ts < end {
					hi++
				}
				if emb != nil {
					u.embedded = emb.actorOf(date).Country
				}
				u.poss = possessiveAt(text, toks, end)
				p.units = append(p.units, u)
				i = end
				if u.poss {
					i += possessiveLen(toks, i)
				}
				continue
			}
		}
		k := uWord
		if !tk.word {
			k = uPunct
		}
		p.units = append(p.units, unit{kind: k, ts: i, te: i + 1, key: tk.key})
		i++
	}
	// "Iran-backed", "pro-Iranian", "anti-government", "London-based".
	for j := range p.units {
		u := &p.units[j]
		if u.kind != uHit && u.kind != uUnknown {
			continue
		}
		if j+2 < len(p.units) && p.units[j+1].key == "-" && p.units[j+2].kind == uWord &&
			toks[u.te-1].end == toks[p.units[j+1].ts].start {
			w := p.units[j+2].key
			if backerWords[w] {
				u.backer = true
			} else if locationWords[w] {
				u.locat = true
			}
		}
		if j >= 2 && p.units[j-1].key == "-" && (p.units[j-2].kind == uWord || p.units[j-2].kind == uUnknown) {
			w := p.units[j-2]
			if pre := p.text[toks[w.ts].start:toks[w.te-1].end]; strings.EqualFold(pre, "pro") || strings.EqualFold(pre, "anti") {
				u.backer = true // "Pro-Palestinian students" opening a sentence too
			}
		}
	}
	return p
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// nameRun returns the end token and word count of a run of capitalised
// words starting at i, stopping at dictionary matches.
func nameRun(text string, toks []token, i int, hits []hit, hi int) (int, int, *target) {
	end, words := i, 0
	var emb *target
	j := i
	for j < len(toks) {
		if hi < len(hits) && hits[hi].ts <= j {
			// "Bank of England": a place after "of" inside an
			// organisation's name belongs to the name.
			h := hits[hi]
			if h.ts == j && j >= 2 && (toks[j-1].key == "of" || toks[j-1].key == "for") && words > 0 &&
				(h.t.kind == KindCountry || h.t.kind == KindCapital || h.t.kind == KindRegion) && !h.t.adj {
				emb = h.t
				j = h.te
				end = j
				words += h.te - h.ts
				hi++
				continue
			}
			break
		}
		tk := toks[j]
		s := text[tk.start:tk.end]
		switch {
		case tk.word && startsUpper(s) && !(nameStop[tk.key] && words > 0 && isStopInside(tk.key)):
			if words == 0 && nameStop[tk.key] {
				return end, words, emb
			}
			words++
			j++
			// "Maj." style abbreviations and initials: keep the period.
			if j < len(toks) && toks[j].key == "." && toks[j].start == tk.end && len(s) <= 2 {
				j++
			}
			end = j
			continue
		case tk.word && words > 0 && nameLinks[tk.key] && j+1 < len(toks) && nextIsName(text, toks, j+1):
			j++
			continue
		case tk.word && words > 0 && (tk.key == "of" || tk.key == "for") && orgWords[toks[end-1].key] &&
			j+1 < len(toks) && nextIsName(text, toks, j+1):
			j++
			continue
		case !tk.word && words > 0 && (tk.key == "-" || tk.key == "'") && tk.start == toks[j-1].end &&
			j+1 < len(toks) && toks[j+1].start == tk.end && toks[j+1].word:
			j++
			continue
		}
		break
	}
	if emb != nil && end > 0 && (toks[end-1].key == "of" || toks[end-1].key == "for") {
		emb = nil
	}
	return end, words, emb
}

func isStopInside(key string) bool {
	switch key {
	case "the", "a", "an", "and", "or", "but", "in", "on", "at", "he", "she", "it", "they", "we", "i", "you":
		return true
	}
	return strings.HasSuffix(key, "day") || key == "january" || key == "february" || key == "march" ||
		key == "april" || key == "june" || key == "july" || key == "august" || key == "september" ||
		key == "october" || key == "november" || key == "december"
}

func nextIsName(text string, toks []token, j int) bool {
	tk := toks[j]
	return tk.word && startsUpper(text[tk.start:tk.end])
}

// unknownKind guesses whether an unknown name is an organisation or a person.
func unknownKind(p *phraseParts, u unit) string {
	last := p.toks[u.te-1]
	if !last.word && u.te-2 >= u.ts {
		last = p.toks[u.te-2]
	}
	if orgWords[last.key] || isAllUpper(p.text[last.start:last.end]) && last.end-last.start > 1 {
		return KindOrg
	}
	for k := u.ts; k < u.te; k++ {
		if orgWords[p.toks[k].key] {
			return KindOrg
		}
	}
	return KindPerson
}

// conjunct is one coordinated part of a phrase: units [from, to).
type conjunct struct {
	from, to int
}

// resolved is the actor a conjunct names, with what the Tracker and
// Unknown need to know about it.
type resolved struct {
	actor   dyad.Actor
	kind    string
	plural  bool
	head    int // index of the head unit, -1 if none
	unknown []int
	ok      bool
}

// state collects what the units of a phrase say.
type state struct {
	country  string // full country code at the date ("IRN", "SCGSRB")
	iso      string // the ISO country of that code ("SRB" for "SCGSRB")
	entity   *unit  // person, group, org, igo, ngo or seat
	entities int    // how many such were named ("Hamas" and the leader's name in "Hamas leader X")
	agents   []*unit
	former   bool
	owner    *resolved
	location string    // the country code of a place in the phrase ("police in Belgrade")
	locISO   string    // its ISO country
	ethnic   bool      // "ethnic" modifies the head
	embedded string    // the country inside an unknown name
	forOwner *resolved // the object of "for", an owner of last resort
	headFrom int       // the first unit after a possessive owner: the head is there
}

// Resolve composes the actor of a whole noun phrase from its matches and
// returns all actors the phrase names (usually one, none if it names no
// actor). Offsets are base + byte offsets in phrase; dates as for Find.
//
// A country, adjective, capital or seat gives the country; an agent noun
// the role ("Iran's president-elect" → IRNELI; "US forces" → USAMIL); a
// person, group or organisation its own code; "former", "retired" or "ex-"
// make an elite (ELI); "X-backed", "pro-X" and "anti-X" name someone else;
// a possessive or "of" names the owner ("the Israeli military's chief of
// staff" → ISRMIL); "in", "from" or "-based" give the location, used when
// nothing else gives a country ("Iran-backed militias in Iraq" → IRQUAF).
// Coordinated modifiers or heads give one actor each ("Hungarian and
// Romanian officials" → HUNGOV, ROUGOV). A person or organisation no
// dictionary knows is returned with its Name, the code the rest of the
// phrase gives, and Known=false.
func (d *Dictionary) Resolve(phrase string, base int, date string) []dyad.Actor {
	rs := d.resolveAll(phrase, base, date)
	var out []dyad.Actor
	for _, r := range rs {
		if r.ok {
			out = append(out, r.actor)
		}
	}
	return out
}

// ResolvedActor is an actor resolved from a phrase with the facts the
// coreference Tracker uses.
type ResolvedActor struct {
	Actor dyad.Actor
	// Kind is the kind of the phrase's head: "person", "country", "agent"...
	Kind string
	// Plural is true when the phrase names several ("officials", "the Houthis").
	Plural bool
}

// ResolveKinds is Resolve, with the kind and number of each actor.
func (d *Dictionary) ResolveKinds(phrase string, base int, date string) []ResolvedActor {
	var out []ResolvedActor
	for _, r := range d.resolveAll(phrase, base, date) {
		if r.ok {
			out = append(out, ResolvedActor{r.actor, r.kind, r.plural})
		}
	}
	return out
}

// Unknown returns the capitalised multi-word names in phrase that no
// dictionary knows: likely people or organisations. Each Match has
// Known=false, the name as Actor.Name, Kind "person" or "org", and the
// country and roles the rest of the phrase gives it ("former Pentagon
// official Mick Mulroy" → USA, ELI).
func (d *Dictionary) Unknown(phrase string, base int, date string) []Match {
	p := d.parsePhrase(phrase, base, date)
	defer p.release()
	rs := d.resolveParts(p)
	var out []Match
	for _, r := range rs {
		for _, ui := range r.unknown {
			u := p.units[ui]
			if u.words < 2 {
				continue
			}
			start, end := p.toks[u.ts].start, p.toks[u.te-1].end
			m := Match{
				Start: base + start, End: base + end, Text: phrase[start:end],
				Kind: unknownKind(p, u),
			}
			m.Actor = dyad.Actor{Text: m.Text, Name: m.Text, Span: dyad.Span{m.Start, m.End}, Roles: []string{}}
			if r.head == ui && r.ok {
				m.Actor.Code, m.Actor.Country = r.actor.Code, r.actor.Country
				m.Actor.Roles = append([]string{}, r.actor.Roles...)
			}
			out = append(out, m)
		}
	}
	return out
}

func (d *Dictionary) resolveAll(phrase string, base int, date string) []resolved {
	p := d.parsePhrase(phrase, base, date)
	rs := d.resolveParts(p)
	p.release()
	return rs
}

// resolveParts splits the phrase into appositives and conjuncts and
// resolves each.
func (d *Dictionary) resolveParts(p *phraseParts) []resolved {
	// Cut at a clause: "who", "which", "said", a semicolon, a parenthesis.
	// A noun phrase is short: beyond maxUnits, the rest is ignored, which
	// bounds the work on text that is not one.
	n := min(len(p.units), maxUnits)
	for i, u := range p.units {
		if u.kind == uWord && (u.key == "who" || u.key == "which" || u.key == "whose" || u.key == "said" || u.key == "says") ||
			u.kind == uPunct && (u.key == ";" || u.key == "(" || u.key == ":" || u.key == "\"" || u.key == "“") {
			n = i
			break
		}
	}
	// Split at commas into parts; a list if a later part starts with and/or.
	var parts []conjunct
	start := 0
	for i := 0; i < n; i++ {
		if p.units[i].kind == uPunct && p.units[i].key == "," {
			parts = append(parts, conjunct{start, i})
			start = i + 1
		}
	}
	parts = append(parts, conjunct{start, n})
	list := false
	for _, c := range parts[1:] {
		if c.from < c.to && p.units[c.from].kind == uWord && (p.units[c.from].key == "and" || p.units[c.from].key == "or") {
			list = true
		}
	}
	if !list && len(parts) > 1 {
		// "Iran, Iraq and Syria": a list when the last part coordinates and
		// no part names a person, as appositives do.
		last := parts[len(parts)-1]
		for i := last.from; i < last.to; i++ {
			if u := p.units[i]; u.kind == uWord && (u.key == "and" || u.key == "or") {
				list = true
			}
		}
		for _, c := range parts {
			for i := c.from; i < c.to; i++ {
				u := p.units[i]
				if u.kind == uUnknown || u.kind == uHit && u.hit.t.kind == KindPerson {
					list = false
				}
			}
		}
	}
	if len(parts) > 1 && !list {
		// Appositives name one actor: merge them.
		var rs []resolved
		for _, c := range parts {
			rs = append(rs, d.resolveCoord(p, c)...)
		}
		merged := mergeAppositives(rs)
		if len(merged) == 1 {
			from, to := parts[0].from, parts[len(parts)-1].to
			for from < to && p.units[from].kind == uPunct {
				from++
			}
			for to > from && p.units[to-1].kind == uPunct {
				to--
			}
			if from < to {
				s, e := p.toks[p.units[from].ts].start, p.toks[p.units[to-1].te-1].end
				merged[0].actor.Text = p.text[s:e]
				merged[0].actor.Span = dyad.Span{p.base + s, p.base + e}
			}
		}
		return merged
	}
	var rs []resolved
	for _, c := range parts {
		rs = append(rs, d.resolveCoord(p, c)...)
	}
	return rs
}

// mergeAppositives merges "Mick Mulroy, the Pentagon's former top policy
// official": the name from the part that has one, the code from the part
// that gives the most.
func mergeAppositives(rs []resolved) []resolved {
	var best *resolved
	var name *resolved
	for i := range rs {
		r := &rs[i]
		if !r.ok {
			continue
		}
		if r.actor.Name != "" && name == nil && (r.kind == KindPerson || r.kind == KindOrg || r.kind == KindGroup || r.kind == KindIGO || r.kind == KindNGO) {
			name = r
		}
		if best == nil || score(r) > score(best) {
			best = r
		}
	}
	if best == nil {
		return nil
	}
	out := *best
	if name != nil {
		if name.actor.Known {
			out = *name
		} else {
			out.actor.Name = name.actor.Name
			out.actor.Known = false
			out.kind = name.kind
			out.unknown = name.unknown
			out.head = name.head
			if name.actor.Country != "" && out.actor.Country == "" {
				out.actor.Country, out.actor.Code = name.actor.Country, name.actor.Code
			}
		}
	}
	var unk []int
	for _, r := range rs {
		unk = append(unk, r.unknown...)
	}
	out.unknown = unk
	return []resolved{out}
}

func score(r *resolved) int {
	s := 0
	if r.actor.Country != "" {
		s += 2
	}
	s += len(r.actor.Roles)
	if r.actor.Known && r.actor.Name != "" {
		s += 3
	}
	return s
}

// resolveCoord splits a part at "and", "or", "&" and resolves each
// conjunct; a conjunct without a head borrows the head of the last one.
func (d *Dictionary) resolveCoord(p *phraseParts, c conjunct) []resolved {
	var cs []conjunct
	start := c.from
	for i := c.from; i < c.to; i++ {
		u := p.units[i]
		if u.kind == uWord && (u.key == "and" || u.key == "or") || u.kind == uPunct && u.key == "&" {
			cs = append(cs, conjunct{start, i})
			start = i + 1
		}
	}
	cs = append(cs, conjunct{start, c.to})
	// Drop empty conjuncts ("and" opening a list item).
	kept := cs[:0]
	for _, cj := range cs {
		for i := cj.from; i < cj.to; i++ {
			if p.units[i].kind != uPunct {
				kept = append(kept, cj)
				break
			}
		}
	}
	cs = kept
	if len(cs) == 0 {
		return nil
	}
	if len(cs) == 1 {
		r := d.resolveConj(p, cs[0], nil, nil)
		return []resolved{r}
	}
	last := cs[len(cs)-1]
	lastHead := d.headAgents(p, last)
	var out []resolved
	var firstOwner *resolved
	for i, cj := range cs {
		var borrow []*unit
		if i < len(cs)-1 && !d.hasHead(p, cj) {
			borrow = lastHead
		}
		r := d.resolveConj(p, cj, borrow, firstOwner)
		if e, ok := d.compassEllipsis(p, cj, last); ok && i < len(cs)-1 {
			r = e // "North and South Korea": North Korea
		}
		if i == 0 && r.ok {
			st := d.collect(p, cj)
			firstOwner = st.owner
		}
		out = append(out, r)
	}
	// "the leaders of Kenya and Ethiopia": the leaders of each; the
	// first conjunct's role goes to the bare countries after it.
	if f := out[0]; f.ok && len(f.actor.Roles) > 0 && f.actor.Country != "" && strings.HasPrefix(f.actor.Code, f.actor.Country) && d.agentOf(p, cs[0]) {
		suffix := strings.TrimPrefix(f.actor.Code, f.actor.Country)
		for i := 1; i < len(out); i++ {
			if a := &out[i].actor; out[i].ok && out[i].kind == KindCountry && len(a.Roles) == 0 && a.Code == a.Country {
				a.Code += suffix
				a.Roles = slices.Clone(f.actor.Roles)
			}
		}
	}
	return out
}

// compassEllipsis resolves a conjunct that is a compass word alone before
// a last conjunct that is a name opening with a compass word: "North" in
// "North and South Korea" is North Korea, "East" in "East and West
// Germany" East Germany.
func (d *Dictionary) compassEllipsis(p *phraseParts, c, last conjunct) (resolved, bool) {
	if c.to-c.from != 1 || last.to <= last.from {
		return resolved{}, false
	}
	u, lu := p.units[c.from], p.units[last.from]
	s, e := p.toks[u.ts].start, p.toks[u.te-1].end
	if u.te-u.ts != 1 || !compassWords[strings.ToLower(p.text[s:e])] || lu.kind != uHit {
		return resolved{}, false
	}
	rest := strings.Fields(p.text[p.toks[lu.ts].start:p.toks[lu.te-1].end])
	if len(rest) < 2 || !compassWords[strings.ToLower(rest[0])] {
		return resolved{}, false
	}
	for _, r := range d.resolveAll(p.text[s:e]+" "+strings.Join(rest[1:], " "), 0, p.date) {
		if r.ok && r.actor.Country != "" {
			r.actor.Text = p.text[s:e]
			r.actor.Span = dyad.Span{p.base + s, p.base + e}
			return r, true
		}
	}
	return resolved{}, false
}

// compassWords open names split by direction.
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// agentOf reports whether a conjunct is an agent noun followed by "of":
// "the leaders of Kenya".
func (d *Dictionary) agentOf(p *phraseParts, c conjunct) bool {
	for i := c.from; i+1 < c.to; i++ {
		if u := p.units[i]; u.kind == uHit && u.hit.t.kind == KindAgent && p.units[i+1].kind == uWord && p.units[i+1].key == "of" {
			return true
		}
	}
	return false
}

// hasHead reports whether a conjunct has a noun of its own: an agent, a
// person, a group or organisation, a country name (not an adjective) or an
// unknown name.
func (d *Dictionary) hasHead(p *phraseParts, c conjunct) bool {
	for i := c.from; i < c.to; i++ {
		u := p.units[i]
		switch u.kind {
		case uUnknown:
			return true
		case uHit:
			if !u.hit.t.adj {
				return true
			}
		}
	}
	return false
}

// headAgents returns the agent units at the end of a conjunct
// ("officials" in "Romanian officials").
func (d *Dictionary) headAgents(p *phraseParts, c conjunct) []*unit {
	var out []*unit
	end := c.to
	for i := c.from; i < c.to; i++ {
		u := p.units[i]
		if u.kind == uWord {
			if _, ok := prepositions[u.key]; ok {
				end = i
				break
			}
		}
	}
	for i := end - 1; i >= c.from; i-- {
		u := &p.units[i]
		if u.kind == uHit && u.hit.t.kind == KindAgent {
			out = append([]*unit{u}, out...)
			continue
		}
		if len(out) > 0 {
			break
		}
		if u.kind == uWord && determiners[u.key] {
			continue
		}
		if u.kind != uPunct {
			break
		}
	}
	return out
}

// collect reads the units of a conjunct: owner, modifiers, head and the
// location of prepositional phrases.
func (d *Dictionary) collect(p *phraseParts, c conjunct) *state {
	st := &state{}
	// The head ends at the first preposition.
	end := c.to
	for i := c.from; i < c.to; i++ {
		u := p.units[i]
		if u.kind != uWord {
			continue
		}
		kind, ok := prepositions[u.key]
		if !ok {
			continue
		}
		if i == c.from {
			continue
		}
		end = i
		// The object of the preposition.
		objEnd := c.to
		for j := i + 1; j < c.to; j++ {
			if w := p.units[j]; w.kind == uWord {
				if _, ok := prepositions[w.key]; ok {
					objEnd = j
					break
				}
			}
		}
		obj := conjunct{i + 1, objEnd}
		switch kind {
		case 'o':
			if st.owner == nil {
				r := d.resolveConj(p, obj, nil, nil)
				if r.ok {
					st.owner = &r
				}
			}
		case 'l':
			if st.location == "" && !wordIn(p, c.from, i, "foreign") && !lastWordIn(p, obj, obj.to, borderWords) {
				// (not "foreign aid agencies in Darfur": not Sudan's;
				// not "Kurdish rebels near the Iraqi border", which is
				// as often the other side)
				st.location, st.locISO = d.placeCountry(p, obj)
			}
			if st.location == "" && st.owner == nil && u.key == "from" {
				// "observers from the OSCE", "doctors from MSF": an
				// organisation they come from is their owner.
				if r := d.resolveConj(p, obj, nil, nil); r.ok {
					switch r.kind {
					case KindIGO, KindNGO, KindOrg, KindGroup:
						st.owner = &r
					}
				}
			}
		case 'f':
			if r := d.resolveConj(p, obj, nil, nil); r.ok {
				st.forOwner = &r
			}
		}
		if kind == 'o' && objEnd < c.to {
			// "head of X in Y": keep reading locations after the owner.
			for j := objEnd; j < c.to; j++ {
				if w := p.units[j]; w.kind == uWord && prepositions[w.key] == 'l' && st.location == "" {
					st.location, st.locISO = d.placeCountry(p, conjunct{j + 1, c.to})
				}
			}
		}
		break
	}
	// A possessive splits owner from head: the last possessive unit.
	ownerEnd := -1
	for i := c.from; i < end-1; i++ {
		if p.units[i].poss {
			ownerEnd = i
		}
	}
	from := c.from
	st.headFrom = c.from
	if ownerEnd >= 0 {
		st.headFrom = ownerEnd + 1
		r := d.resolveConj(p, conjunct{c.from, ownerEnd + 1}, nil, nil)
		// A possessive owner is stronger than an "of" owner.
		if r.ok {
			st.owner = &r
		}
		from = ownerEnd + 1
	}
	for i := from; i < end; i++ {
		u := &p.units[i]
		switch u.kind {
		case uWord:
			if formerWords[u.key] {
				st.former = true
			}
			if u.key == "ethnic" {
				st.ethnic = true
			}
		case uUnknown:
			if u.locat {
				continue
			}
			if u.embedded != "" {
				st.embedded = u.embedded
			}
		case uHit:
			if u.backer {
				continue
			}
			a := u.hit.t
			if u.locat {
				if st.location == "" && (a.kind == KindCountry || a.kind == KindCapital || a.kind == KindRegion) {
					la := a.actorOf(p.date)
					st.location, st.locISO = la.Code, la.Country
				}
				continue
			}
			switch a.kind {
			case KindCountry, KindCapital, KindRegion:
				if st.country == "" {
					ac := a.actorOf(p.date)
					st.country, st.iso = ac.Code, ac.Country
				}

			case KindAgent:
				st.agents = append(st.agents, u)
			default:
				st.entities++
				st.entity = u
			}
		}
	}
	return st
}

// placeCountry returns the country code a place phrase names at the
// phrase's date ("FRYSRB") and its ISO country ("SRB"), if any.
func (d *Dictionary) placeCountry(p *phraseParts, c conjunct) (code, iso string) {
	for i := c.from; i < c.to; i++ {
		u := p.units[i]
		if u.kind == uHit {
			switch u.hit.t.kind {
			case KindCountry, KindCapital, KindRegion:
				a := u.hit.t.actorOf(p.date)
				return a.Code, a.Country
			}
		}
	}
	return "", ""
}

// homeland returns the country a people named by a plural demonym lives
// in, as CAMEO codes ethnic groups, when the phrase says it: a different
// country before the demonym ("Bosnian Serbs", "Kosovo Albanians"), or,
// for "ethnic" groups and "the X of Y", the place ("ethnic Albanians in
// south Serbia", "the Albanians of southern Serbia"). "Americans in
// Iraq" stay American.
func homeland(st *state, own dyad.Actor) (code, iso string) {
	switch {
	case st.country != "" && st.iso != own.Country:
		return st.country, st.iso
	case st.owner != nil && (st.owner.kind == KindCountry || st.owner.kind == KindRegion) && st.owner.actor.Country != own.Country:
		return st.owner.actor.Code, st.owner.actor.Country
	case st.ethnic && st.location != "" && st.locISO != own.Country:
		return st.location, st.locISO
	}
	return "", ""
}

// resolveConj resolves one conjunct. borrow are head agents taken from a
// later conjunct ("Hungarian [officials] and Romanian officials");
// owner is an owner taken from an earlier one.
func (d *Dictionary) resolveConj(p *phraseParts, c conjunct, borrow []*unit, owner *resolved) resolved {
	st := d.collect(p, c)
	st.agents = append(st.agents, borrow...)
	if st.owner == nil && owner != nil && st.country == "" && st.entity == nil {
		st.owner = owner
	}
	if st.owner != nil && st.country != "" && combineAgents(st.agents) == "MIL" && (st.owner.kind == KindIGO || st.owner.kind == KindRegion || slices.Contains(st.owner.actor.Roles, "MIL")) {
		// "Nigerian troops of a West African peacekeeping force", "Nigerian
		// troops of the ECOWAS force": a national contingent is its
		// country's military
		st.owner = nil
	}
	r := resolved{head: -1}
	// The head: the last hit or unknown name before the first preposition.
	headIdx := -1
	trailing := false
	end := c.to
	for i := c.from; i < c.to; i++ {
		if u := p.units[i]; u.kind == uWord {
			if _, ok := prepositions[u.key]; ok && i > c.from {
				end = i
				break
			}
		}
	}
	for i := end - 1; i >= c.from; i-- {
		if u := p.units[i]; u.kind == uWord && cultureNouns[u.key] {
			return r // "the Russian language": a thing of a people, not an actor
		} else if u.kind != uPunct {
			break
		}
	}
	for i := c.from; i < end; i++ {
		u := p.units[i]
		if (u.kind == uHit || u.kind == uUnknown) && !u.backer && !u.locat {
			headIdx = i
			trailing = false
		} else if u.kind == uWord && headIdx >= 0 && !determiners[u.key] && !formerWords[u.key] {
			trailing = true
		}
		if u.kind == uUnknown {
			r.unknown = append(r.unknown, i)
		}
	}
	if len(borrow) > 0 {
		trailing = false
		headIdx = -2 // the head is borrowed
	}
	if trailing && d.relationHead(p, c, end) && !(headIdx >= 0 && p.units[headIdx].kind == uHit && (p.units[headIdx].hit.t.adj ||
		// "NATO allies", "EU partners": members of the body, not its allies
		p.units[headIdx].hit.t.kind == KindIGO && !p.units[headIdx].poss)) {
		return r // "Assad's main ally" is not Assad; but "his Russian counterpart" and "Chinese hostages" are Russian and Chinese
	}
	var a dyad.Actor
	a.Roles = []string{}
	a.Known = true
	kind := ""
	plural := false
	var head *unit
	if headIdx >= 0 {
		head = &p.units[headIdx]
		r.head = headIdx
	}
	var titled *Entry
	if head != nil && head.kind == uUnknown && !trailing {
		titled = d.titledHead(p, st, head)
	}
	switch {
	case titled != nil:
		// "President Clinton": the one person of that surname in that
		// office on the date
		t := target{e: titled, kind: KindPerson}
		a = t.actorOf(p.date)
		kind = KindPerson
	case head != nil && head.kind == uUnknown && !trailing:
		// A name no dictionary knows, coded by the rest of the phrase.
		a = d.compose(p, st, nil)
		a.Name = p.text[p.toks[head.ts].start:p.toks[head.te-1].end]
		a.Known = false
		kind = unknownKind(p, *head)
		if a.Code == "" && ngoName(a.Name) {
			// "the Third World Water Forum", "the Association of
			// African Jurists": a body no dictionary knows, of no
			// country the text gives, is coded as CAMEO codes such
			// bodies, NGO
			a.Code, a.Country = "NGO", ""
		}
	case head != nil && head.kind == uHit && head.hit.t.kind == KindPerson && !trailing:
		a = head.hit.t.actorOf(p.date)
		titleRole(&a, st, head)
		if st.former {
			a = formerOf(a)
		}
		kind = KindPerson
	case head != nil && head.kind == uHit && head.hit.t.kind != KindAgent &&
		head.hit.t.kind != KindCountry && head.hit.t.kind != KindCapital && head.hit.t.kind != KindRegion &&
		(len(st.agents) == 0 || trailing):
		// A group, organisation or seat as the head.
		a = head.hit.t.actorOf(p.date)
		if head.hit.t.kind == KindSeat {
			a.Name = ""
		}
		if code, c, ok := memberOf(head.hit.t.kind, a.Code, st); ok {
			a.Code, a.Country, a.Name = code, c, ""
		}
		if st.former {
			a = formerOf(a)
		}
		kind = head.hit.t.kind
		plural = head.hit.t.plural || looksPlural(p.text[p.toks[head.ts].start:p.toks[head.te-1].end])
	case len(st.agents) > 0 && !(trailing && head != nil && head.kind == uHit && head.hit.t.kind != KindAgent):
		a = d.compose(p, st, nil)
		if trailing && a.Country == "" && st.owner == nil && st.entity == nil && !postModified(p, c) && !authoredHead(p, c, end) {
			// "joint military exercises", "a police station": an
			// agent noun modifying a thing, with no one named (but "an
			// opposition proposal" is the opposition's).
			return r
		}
		if trailing && st.entity == nil && st.owner != nil && areaHead(p, c, end) {
			// "London's business district", "the city's diplomatic
			// quarter": a part of a place, no body of people
			return r
		}
		kind = KindAgent
		last := st.agents[len(st.agents)-1]
		plural = last.hit.t.plural
		if st.entity != nil && st.entity.hit.t.kind != KindPerson && st.entity.hit.t.kind != KindSeat {
			kind = st.entity.hit.t.kind
		}
	case head != nil && head.kind == uHit:
		// A country, capital or region, or a modifier of a noun no
		// dictionary knows ("Iranian targets"): its country.
		t := head.hit.t
		switch t.kind {
		case KindCountry, KindCapital, KindRegion:
			a = t.actorOf(p.date)
			kind = t.kind
			if t.kind == KindCapital {
				kind = KindCountry
			}
			plural = t.adj && t.plural
			if plural {
				if code, iso := homeland(st, a); code != "" {
					a = dyad.Actor{Code: code, Country: iso, Roles: []string{}, Known: true}
				}
			}
		case KindPerson:
			pa := t.actorOf(p.date)
			a = dyad.Actor{Code: pa.Country, Country: pa.Country, Roles: []string{}, Known: true}
			kind = KindCountry
		default:
			a = t.actorOf(p.date)
			kind = t.kind
		}
		if st.former && t.kind != KindCountry && t.kind != KindRegion && t.kind != KindCapital {
			a = formerOf(a)
		}
	case head != nil && head.kind == uUnknown && trailing:
		a = d.compose(p, st, nil)
		if a.Code == "" {
			return r
		}
		kind = KindAgent
	case st.owner != nil && !d.thingHead(p, c, end):
		a = st.owner.actor
		kind = st.owner.kind
		plural = st.owner.plural
		if st.former {
			a = formerOf(a)
		}
	default:
		return r
	}
	if headIdx >= 0 && headIdx < st.headFrom && trailing && st.owner != nil && st.owner.actor.Country != "" && a.Country == "" && facilityAfter(p, st.headFrom, end) {
		// "the Japanese ambassador's residence": the head hit is the
		// owner's bare agent ("ambassador"); the owner's whole phrase
		// names whose residence it is
		a, kind, plural = st.owner.actor, st.owner.kind, st.owner.plural
	}
	if a.Code == "" && a.Name == "" {
		return r
	}
	// Text and span: the conjunct's words, without leading determiners or
	// trailing punctuation.
	from, to := c.from, c.to
	for from < to && (p.units[from].kind == uPunct || p.units[from].kind == uWord && (p.units[from].key == "and" || p.units[from].key == "or")) {
		from++
	}
	for to > from && p.units[to-1].kind == uPunct {
		to--
	}
	if from < to {
		s, e := p.toks[p.units[from].ts].start, p.toks[p.units[to-1].te-1].end
		if p.units[to-1].poss {
			e = p.toks[p.units[to-1].te-1+possessiveLen(p.toks, p.units[to-1].te)].end
		}
		a.Text = p.text[s:e]
		a.Span = dyad.Span{p.base + s, p.base + e}
	}
	if a.Roles == nil {
		a.Roles = []string{}
	}
	r.actor, r.kind, r.plural, r.ok = a, kind, plural, true
	return r
}

// postModifiers follow an agent noun and leave it the head: "troops
// loyal to Hadi", "forces stationed in Syria".
var postModifiers = map[string]bool{
	"loyal": true, "opposed": true, "close": true, "allied": true, "affiliated": true, "linked": true,
	"belonging": true, "stationed": true, "deployed": true, "based": true, "fighting": true,
	"involved": true, "responsible": true, "guarding": true, "serving": true,
}

// authored are the things a body puts forward or holds, whose agent
// modifier names their author: "an opposition proposal", "a government
// peace plan", "opposition demands", "an opposition rally".
var authored = map[string]bool{
	"proposal": true, "proposals": true, "plan": true, "plans": true, "demand": true, "demands": true,
	"offer": true, "offers": true, "initiative": true, "request": true, "requests": true,
	"ultimatum": true, "bill": true, "draft": true, "blueprint": true, "roadmap": true,
	"rally": true, "rallies": true, "protest": true, "protests": true, "march": true, "demonstration": true,
	"demonstrations": true, "campaign": true,
}

// authoredHead reports whether the phrase's last word before end is a
// thing a body authors (authored).
func authoredHead(p *phraseParts, c conjunct, end int) bool { return lastWordIn(p, c, end, authored) }

// borderWords name a line between two countries: a place near one names
// neither as where an actor is.
var borderWords = map[string]bool{"border": true, "borders": true, "frontier": true, "boundary": true}

// lastWordIn reports whether the last plain word of conjunct c before end,
// past any punctuation, is in set.
func lastWordIn(p *phraseParts, c conjunct, end int, set map[string]bool) bool {
	for i := end - 1; i >= c.from; i-- {
		if u := p.units[i]; u.kind == uWord {
			return set[u.key]
		} else if u.kind != uPunct {
			return false
		}
	}
	return false
}

// facilities stand for the body that holds them: "a police station", "the
// government headquarters", "an army post" name the police, the
// government, the army.
var facilities = map[string]bool{
	"station": true, "stations": true, "post": true, "posts": true, "base": true, "bases": true,
	"headquarters": true, "office": true, "offices": true, "building": true, "buildings": true,
	"compound": true, "barracks": true, "checkpoint": true, "checkpoints": true, "convoy": true,
	"convoys": true, "camp": true, "camps": true, "position": true, "positions": true,
	"vehicle": true, "vehicles": true, "patrol": true, "patrols": true, "outpost": true,
	"outposts": true, "ship": true, "ships": true, "aircraft": true, "helicopter": true,
	"plane": true, "jet": true, "jets": true, "drone": true, "drones": true, "tank": true,
	"tanks": true, "bulldozers": true, "bulldozer": true, "unit": true, "units": true,
	"residence": true, "residences": true, "home": true, "homes": true, "house": true,
	"palace": true, "motorcade": true, "embassy": true, "embassies": true, "consulate": true,
}

// envoyAgent reports whether the phrase's last agent noun names an envoy.
func envoyAgent(st *state) bool {
	if len(st.agents) == 0 {
		return false
	}
	switch st.agents[len(st.agents)-1].hit.t.e.Name {
	case "ambassador", "envoy", "representative", "delegate", "delegation", "diplomat":
		return true
	}
	return false
}

// wordIn reports whether the word w is among units [from, end).
func wordIn(p *phraseParts, from, end int, w string) bool {
	for i := from; i < end; i++ {
		if u := p.units[i]; u.kind == uWord && u.key == w {
			return true
		}
	}
	return false
}

// facilityAfter reports whether a facility noun is among units [from, end).
func facilityAfter(p *phraseParts, from, end int) bool {
	for i := from; i < end; i++ {
		if u := p.units[i]; u.kind == uWord && facilities[u.key] {
			return true
		}
	}
	return false
}

// postModified reports whether a word of conjunct c is a post-modifier
// or a facility of the agent it follows.
func postModified(p *phraseParts, c conjunct) bool {
	for i := c.from; i < c.to; i++ {
		if u := p.units[i]; u.kind == uWord && (postModifiers[u.key] || facilities[u.key]) {
			return true
		}
	}
	return false
}

// collectives are nouns for a body of people that an owner names: "the
// people of Hong Kong", "members of the assembly", "Assad's forces".
var collectives = map[string]bool{
	"people": true, "population": true, "residents": true, "citizens": true, "members": true,
	"member": true, "leaders": true, "leadership": true, "delegation": true, "delegations": true,
	"representatives": true, "representative": true, "supporters": true, "followers": true,
	"loyalists": true, "nationals": true, "staff": true, "personnel": true, "envoys": true,
	"side": true, "camp": true, "wing": true, "branch": true, "arm": true, "men": true,
	"fighters": true, "units": true, "leader": true, "head": true, "chief": true, "team": true, "chairman": true,
	"chairwoman": true, "chairperson": true,
	"negotiators": true, "delegates": true, "inhabitants": true, "community": true,
	"inspectors": true, "inspector": true, "observers": true, "observer": true, "monitors": true,
	"experts": true, "expert": true, "workers": true, "volunteers": true, "employees": true,
	"investigators": true, "officers": true, "agents": true, "advisers": true, "advisors": true,
	"diplomats": true, "scientists": true, "engineers": true, "crew": true, "crews": true,
	"mission": true, "contingent": true, "group": true, "groups": true, "faction": true,
	"administrators": true, "administration": true, "authorities": true, "staff members": true,
	// quantities of people: "thousands of protesters"
	"thousands": true, "hundreds": true, "dozens": true, "scores": true, "millions": true,
	"tens": true, "number": true, "crowd": true, "crowds": true, "handful": true, "majority": true,
	"minority": true, "bulk": true, "rest": true, "lot": true, "lots": true, "couple": true,
	"pair": true, "each": true, "none": true, "half": true, "third": true, "quarter": true,
}

// areaHead reports whether the head of conjunct c (its last word before
// end) names a part of a place.
func areaHead(p *phraseParts, c conjunct, end int) bool {
	for i := c.from; i < end; i++ {
		if u := p.units[i]; u.kind == uWord && (u.key == "held" || u.key == "controlled" || u.key == "occupied") {
			return false // "rebel-held areas": the rebels'
		}
	}
	for i := end - 1; i >= c.from; i-- {
		if u := p.units[i]; u.kind != uPunct {
			return u.kind == uWord && areaNouns[u.key]
		}
	}
	return false
}

// areaNouns name parts of a place: "the business district".
var areaNouns = map[string]bool{
	"district": true, "districts": true, "quarter": true, "area": true, "areas": true, "zone": true,
	"neighbourhood": true, "neighborhood": true, "suburb": true, "suburbs": true, "enclave": true,
	"compound": true, "sector": true, "belt": true, "corridor": true, "street": true, "streets": true,
}

// thingHead reports whether the head of conjunct c (the last plain word
// before end) names a thing or a relation rather than a body of people:
// "the advice of his commanders", "Assad's main ally", "the removal of
// the mayors" name no actor through their owner.
func (d *Dictionary) thingHead(p *phraseParts, c conjunct, end int) bool {
	for i := end - 1; i >= c.from; i-- {
		u := p.units[i]
		switch {
		case u.kind == uPunct:
			continue
		case u.kind != uWord:
			return false
		case determiners[u.key] || formerWords[u.key]:
			return false
		}
		return !collectives[u.key] && !facilities[u.key] // "the offices of the administrators" are theirs
	}
	return false
}

// cultureNouns name things of a people that a nationality adjective
// modifies without making them an actor.
var cultureNouns = map[string]bool{
	"language": true, "languages": true, "dialect": true, "alphabet": true, "script": true,
	"culture": true, "literature": true, "cuisine": true, "music": true, "folklore": true,
}

// relations are nouns for someone defined by a relation to the actor
// named before them, who is not that actor.
var relations = map[string]bool{
	"ally": true, "allies": true, "rival": true, "rivals": true, "enemy": true, "enemies": true,
	"opponent": true, "opponents": true, "critic": true, "critics": true, "successor": true,
	"predecessor": true, "friend": true, "friends": true, "neighbor": true, "neighbors": true,
	"neighbour": true, "neighbours": true, "partner": true, "partners": true, "adversary": true,
	"adversaries": true, "foe": true, "foes": true, "counterpart": true, "counterparts": true,
	"challenger": true, "victim": true, "victims": true, "captors": true, "hostages": true,
	"son": true, "sons": true, "daughter": true, "daughters": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "nephew": true, "niece": true, "cousin": true, "widow": true,
	"mother": true, "father": true, "relative": true, "relatives": true, "family": true, "killer": true,
	"killers": true, "assassin": true, "assassins": true,
}

// relationHead reports whether the last plain word of conjunct c before
// end is a relation noun.
func (d *Dictionary) relationHead(p *phraseParts, c conjunct, end int) bool {
	return lastWordIn(p, c, end, relations)
}

// formerOf makes an actor an elite: "former" replaces its roles with ELI.
func formerOf(a dyad.Actor) dyad.Actor {
	if a.Country == "" || intlCodes[a.Country] {
		a.Roles = []string{"ELI"}
		if a.Country == "" {
			a.Code = "---ELI"
		}
		return a
	}
	a.Code = a.Country + "ELI"
	a.Roles = []string{"ELI"}
	return a
}

// compose builds the actor of a conjunct whose head is an agent noun or an
// unknown name, from its country, owner, entity modifier and agents.
func (d *Dictionary) compose(p *phraseParts, st *state, _ *unit) dyad.Actor {
	a := dyad.Actor{Roles: []string{}, Known: true}
	if st.owner == nil && st.forOwner != nil && st.country == "" && st.entity == nil {
		st.owner = st.forOwner
	}
	// Where the country and the base code come from, strongest first.
	baseCode := ""   // a full code with roles (an owner or entity with roles)
	country := ""    // a country code
	entityCode := "" // an organisation's own code, kept as is
	iso := ""        // the ISO country of a country whose code is historical (FRYSRB)
	generic := true
	for _, ag := range st.agents {
		if !ag.hit.t.e.Generic {
			generic = false
		}
	}
	if st.entity != nil && st.entity.hit.t.kind == KindIGO && envoyAgent(st) && (st.owner != nil && st.owner.kind == KindCountry || st.country != "") {
		// "Israel's U.N. ambassador": the state's envoy to the body
		st.entity = nil
	}
	if st.entity != nil {
		t := st.entity.hit.t
		ea := t.actorOf(p.date)
		switch t.kind {
		case KindPerson:
			country = ea.Country
		case KindSeat:
			baseCode = ea.Code
			country = ea.Country
		default:
			entityCode = ea.Code
			country = ea.Country
			a.Name = ea.Name
			if code, c, ok := memberOf(t.kind, ea.Code, st); ok {
				entityCode, country, a.Name = code, c, ""
			}
		}
	}
	if st.owner != nil && entityCode == "" && baseCode == "" {
		o := st.owner.actor
		switch {
		case st.owner.kind == KindPerson:
			country = o.Country
		case len(o.Roles) > 0 || intlCodes[o.Country] || st.owner.kind == KindGroup || st.owner.kind == KindIGO || st.owner.kind == KindNGO || st.owner.kind == KindOrg:
			if o.Known && o.Name != "" && st.owner.kind != KindAgent {
				entityCode = o.Code
				a.Name = o.Name
			} else {
				baseCode = o.Code
			}
			country = o.Country
		default:
			if country == "" {
				country = o.Code
				iso = o.Country
			}
		}
	}
	if country == "" && st.country != "" {
		country, iso = st.country, st.iso
	}
	if country == "" && st.embedded != "" {
		country = st.embedded
	}
	if country == "" && st.location != "" {
		country, iso = st.location, st.locISO
	}
	if strings.HasPrefix(baseCode, "---") && country != "" {
		// "the Nigerian Union of Teachers": an owner with a role but no
		// country takes the phrase's country.
		baseCode = joinCode(country, baseCode[3:])
	}
	agentCode := combineAgents(st.agents)
	code := ""
	switch {
	case entityCode != "":
		code = entityCode
	case baseCode != "" && (generic || agentCode == ""):
		code = baseCode
	case baseCode != "":
		code = joinCode(prefix3(baseCode), agentCode)
		if len(baseCode) > 3 && prefix3(baseCode) != baseCode && !intlCodes[prefix3(baseCode)] {
			code = joinCode(countryPart(baseCode, country), agentCode)
		}
	default:
		code = joinCode(country, agentCode)
	}
	if code == "" {
		return a
	}
	a.Code = code
	a.Country, a.Roles = splitCode(code, country)
	if code == entityCode && len(country) == 3 && !intlCodes[country] {
		a.Country = country // "Abu Sayyaf gunmen": IMGSEAMOSASF, the group of the Philippines
	}
	if iso != "" && country != "" && strings.HasPrefix(code, country) {
		a.Country = iso
		a.Roles = rolesOf(code[len(country):], nil)
	}
	if st.former {
		a = formerOf(a)
	}
	if entityCode == "" {
		a.Name = ""
	}
	return a
}

// memberOf returns the code and country of the national society or
// section that a country names of an international NGO ("the Kenya Red
// Cross", "the Lebanese Red Cross", "Kenyan Amnesty International
// researchers"): a member of the body, of that country, not the body
// itself. Its code is the body's followed by the country's.
func memberOf(kind, code string, st *state) (string, string, bool) {
	if kind != KindNGO || st.country == "" || intlCodes[st.country] {
		return "", "", false
	}
	c := st.iso
	if c == "" {
		c = st.country
	}
	return code + c, c, true
}

// countryPart returns the country prefix of a code: the country given, or
// the first three letters.
func countryPart(code, country string) string {
	if country != "" && strings.HasPrefix(code, country) {
		return country
	}
	return prefix3(code)
}

// joinCode appends an agent code to a country code ("IRN" + "GOV"), or
// puts an international generic code first ("NGO" + "IRN").
func joinCode(country, agent string) string {
	switch {
	case agent == "":
		return country
	case country == "":
		return "---" + agent
	case intlCodes[prefix3(agent)] && !intlCodes[prefix3(country)]:
		return agent + country
	}
	return country + agent
}

// splitCode derives Country and Roles from a composed code.
func splitCode(code, country string) (string, []string) {
	if strings.HasPrefix(code, "---") {
		return "", rolesOf(code[3:], nil)
	}
	c := prefix3(code)
	rest := code[len(c):]
	if intlCodes[c] {
		// "NGOIRN": the organisation's country follows.
		roles := rolesOf(c, nil)
		if len(rest) >= 3 && !roleCodes[rest[len(rest)-3:]] && country != "" && strings.HasSuffix(code, prefix3(country)) {
			return prefix3(country), roles
		}
		return c, rolesOf(rest, nil)
	}
	return c, rolesOf(rest, nil)
}

// titleRole gives a known person the role of the title the text names
// him by, when the title is of his own country (or of none) and names a
// role, not a bare "leader" or "official": "Chancellor Angela Merkel" is
// DEUGOV, "Ukrainian President Petro Poroshenko" UKRGOV and "opposition
// leader X" XOPP on any date, as the news names people by the office they
// hold that day, which the dictionaries' dates may not know.
func titleRole(a *dyad.Actor, st *state, head *unit) {
	if len(st.agents) == 0 || st.owner != nil || st.entity != head || st.entities > 1 ||
		a.Country == "" || intlCodes[a.Country] || !strings.HasPrefix(a.Code, a.Country) ||
		st.country != "" && st.iso != a.Country && st.country != a.Country {
		return
	}
	var titles []*unit
	for _, ag := range st.agents {
		if ag.ts < head.ts && !ag.hit.t.e.Generic {
			titles = append(titles, ag)
		}
	}
	role := combineAgents(titles)
	if role == "" || intlCodes[prefix3(role)] || a.Code == joinCode(a.Country, role) {
		return
	}
	a.Code = joinCode(a.Country, role)
	a.Roles = rolesOf(role, nil)
}

// combineAgents combines the codes of agent nouns: the primary role of
// the highest tier wins (leftmost on ties: "police officers" is COP),
// secondary codes are appended ("opposition journalists" is OPPMED).
// Generic agents count only when no other agent is present.
func combineAgents(agents []*unit) string {
	if len(agents) == 0 {
		return ""
	}
	var codes []string
	for _, ag := range agents {
		if !ag.hit.t.e.Generic {
			codes = append(codes, agentCode(ag))
		}
	}
	if len(codes) == 0 {
		return agentCode(agents[len(agents)-1])
	}
	best := -1
	for i, c := range codes {
		if best < 0 || roleTier[prefix3(c)] > roleTier[prefix3(codes[best])] {
			best = i
		}
	}
	code := codes[best]
	if roleTier[prefix3(code)] == 0 {
		// Only secondary codes: the head (last) decides, modifiers append.
		code = codes[len(codes)-1]
		best = len(codes) - 1
	}
	for i, c := range codes {
		if i == best {
			continue
		}
		seg := prefix3(c)
		if roleTier[seg] == 0 && !strings.Contains(code, seg) && len(code)+3 <= 12 && !intlCodes[seg] {
			code += seg
		}
	}
	return code
}

// agentCode is the code of an agent match on any date: its alias override
// or its entry's code.
func agentCode(u *unit) string {
	if u.hit.t.code != "" {
		return u.hit.t.code
	}
	return u.hit.t.e.CodeAt("")
}

// ngoWords end or open the names of associations, forums and the like.
var ngoWords = map[string]bool{
	"forum": true, "association": true, "federation": true, "foundation": true, "institute": true,
	"organization": true, "organisation": true, "network": true, "society": true, "watch": true,
	"jurists": true, "centre": true, "center": true, "committee": true,
}

// ngoName reports whether an unknown name is an association's: a word of
// ngoWords in a name of at least two capitalized words.
func ngoName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if ngoWords[strings.ToLower(strings.Trim(w, ".,()"))] {
			return true
		}
	}
	return false
}

// titledHead returns the person an unknown one-word name stands for after
// a title with no country ("President Clinton"), or nil.
func (d *Dictionary) titledHead(p *phraseParts, st *state, head *unit) *Entry {
	if len(st.agents) != 1 || st.country != "" || st.owner != nil || st.entity != nil || head.te-head.ts != 1 || p.date == "" {
		return nil
	}
	ag := st.agents[0].hit.t
	code := ag.code
	if code == "" {
		code = ag.e.CodeAt(p.date)
	}
	if code == "" {
		return nil
	}
	return d.titled(p.text[p.toks[head.ts].start:p.toks[head.ts].end], code, p.date)
}
