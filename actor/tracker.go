package actor

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Tracker follows the actors of one article for coreference. The coder
// feeds it, sentence by sentence, the actors it resolved (Observe) and asks
// what a pronoun, a definite description or a bare surname refers to
// (Refer). It always picks the most recent compatible antecedent:
//
//   - "he", "him", "his", "she", "her" (and -self forms): the last person;
//   - "they", "them", "their": the last plural actor (a group, "officials",
//     "the Houthis");
//   - "it", "its": the last country, organisation or group, or institution
//     named by an agent noun ("the Iraqi government");
//   - "the country", "the nation": the last country named (as a country);
//   - "the president-elect", "the Iranian president", "the minister": the
//     last person whose country and roles fit; failing that, for nouns such
//     as "the government" or "the military", the last country with that
//     role;
//   - a surname or any part of a person's name ("Raisi" after "Ebrahim
//     Raisi", also for people no dictionary knows);
//   - a possessive pronoun with an agent noun ("its air force", "his
//     government"): the antecedent's country with the agent's role.
//
// A Tracker is not safe for concurrent use.
type Tracker struct {
	d        *Dictionary
	date     string
	mentions []mention
	kinds    map[string]textKind // what resolveAll said of an observed text
	// focusN is len(mentions) when focusC, the article's focus, was last
	// found; -1 when it must be found again.
	focusN int
	focusC string
}

// textKind is the kind and number of an observed actor text.
type textKind struct {
	kind   string
	plural bool
	ok     bool
}

type mention struct {
	a      dyad.Actor
	kind   string
	plural bool
	body   bool     // an institution named by an agent noun ("the Iraqi government")
	names  []string // the words of a person's name
	last   string   // the text's last word (lastWordOf)
}

// NewTracker returns a Tracker for an article published on date
// (YYYY-MM-DD, "" = latest), resolving descriptions with d.
func NewTracker(d *Dictionary, date string) *Tracker {
	return &Tracker{d: d, date: date, focusN: -1}
}

// Reset forgets every actor, for the next article.
func (t *Tracker) Reset() { t.mentions, t.focusN = t.mentions[:0], -1 }

// Observe records an actor the coder resolved. kind is a Match kind
// ("person", "country", "agent", "group"...); the number is read from the
// actor's text ("officials" is plural).
func (t *Tracker) Observe(a dyad.Actor, kind string) {
	m := mention{a: a, kind: kind, last: lastWordOf(a.Text)}
	if a.Text != "" {
		tk, seen := t.kinds[a.Text]
		if !seen {
			for _, r := range t.d.resolveAll(a.Text, 0, t.date) {
				if r.ok {
					tk = textKind{kind: r.kind, plural: r.plural, ok: true}
					break
				}
			}
			if t.kinds == nil {
				t.kinds = map[string]textKind{}
			}
			t.kinds[a.Text] = tk
		}
		if tk.ok {
			m.plural = tk.plural
			if kind == "" {
				m.kind = tk.kind
			}
		}
	}
	if m.kind == KindAgent {
		m.body = institutions[m.last]
	}
	if m.kind == KindPerson || (m.kind == "" && a.Name != "" && len(strings.Fields(a.Name)) > 1) {
		m.kind = KindPerson
		m.names = nameWords(a.Name)
		if len(m.names) == 0 {
			m.names = nameWords(a.Text)
		}
	}
	t.mentions = append(t.mentions, m)
}

// Place records that the article names a place in country (ISO 3166-1
// alpha-3) at byte offset at: "clashes in Niamey" says the story is
// about Niger. Places count for the article's focus ("the junta", "the
// regime") and for "the country", never as antecedents of pronouns.
func (t *Tracker) Place(country string, at int) {
	if !isCountryCode(country) {
		return
	}
	t.mentions = append(t.mentions, mention{a: dyad.Actor{Code: country, Country: country, Roles: []string{}, Span: dyad.Span{at, at}}, kind: kindPlace})
}

// kindPlace marks a mention recorded by Place.
const kindPlace = "place"

// nameWords returns the words of a name that can stand for it alone:
// capitalised words of two letters or more, without titles.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, ",.")
		if len(w) < 2 || !startsUpper(w) {
			continue
		}
		switch strings.ToLower(w) {
		case "jr", "sr", "ii", "iii", "mr", "mrs", "ms", "dr":
			continue
		}
		out = append(out, w)
	}
	return out
}

var (
	malePronouns   = map[string]bool{"he": true, "him": true, "his": true, "himself": true}
	femalePronouns = map[string]bool{"she": true, "her": true, "hers": true, "herself": true}
	pluralPronouns = map[string]bool{"they": true, "them": true, "their": true, "theirs": true, "themselves": true}
	itPronouns     = map[string]bool{"it": true, "its": true, "itself": true}
	placeNouns     = map[string]bool{"enclave": true, "territory": true, "strip": true, "island": true, "peninsula": true, "province": true, "region": true}
	groupNouns     = map[string]bool{"group": true, "movement": true, "organisation": true, "organization": true, "militia": true, "faction": true}
	countryNouns   = map[string]bool{"country": true, "nation": true, "state": true, "kingdom": true, "republic": true, "emirate": true}
)

// Refer returns the actor that phrase refers to, with the phrase's text
// and span (base + offsets), or false when no observed actor fits.
func (t *Tracker) Refer(phrase string, base int) (dyad.Actor, bool) {
	text := strings.TrimSpace(phrase)
	off := strings.Index(phrase, text)
	lower := strings.ToLower(text)
	words := strings.Fields(lower)
	if len(words) == 0 {
		return dyad.Actor{}, false
	}
	out := func(a dyad.Actor) (dyad.Actor, bool) {
		a.Text = text
		a.Span = dyad.Span{base + off, base + off + len(text)}
		a.Roles = append([]string{}, a.Roles...)
		return a, true
	}
	if len(words) == 1 {
		w := words[0]
		switch {
		case malePronouns[w] || femalePronouns[w]:
			if m := t.last(func(m *mention) bool { return m.kind == KindPerson }); m != nil {
				return out(m.a)
			}
			return dyad.Actor{}, false
		case pluralPronouns[w]:
			if m := t.last(func(m *mention) bool { return m.plural || m.kind == KindGroup }); m != nil {
				return out(m.a)
			}
			return dyad.Actor{}, false
		case itPronouns[w]:
			if m := t.last(func(m *mention) bool {
				switch m.kind {
				case KindCountry, KindCapital, KindSeat, KindIGO, KindNGO, KindOrg, KindGroup, KindRegion:
					return !m.plural || m.kind == KindGroup
				case KindAgent:
					return m.body && !m.plural // "the Iraqi government said it ..."
				}
				return false
			}); m != nil {
				return out(m.a)
			}
			return dyad.Actor{}, false
		}
	}
	// "its air force", "his government": the owner's country and the
	// agent's role.
	if len(words) > 1 && (words[0] == "his" || words[0] == "her" || words[0] == "its" || words[0] == "their") {
		owner, ok := t.Refer(words[0], 0)
		if !ok || !isCountryCode(owner.Country) {
			return dyad.Actor{}, false
		}
		restText := strings.TrimSpace(text[len(strings.Fields(text)[0]):])
		for _, r := range t.d.resolveAll(restText, 0, t.date) {
			if !r.ok || r.kind != KindAgent || r.actor.Country != "" || !strings.HasPrefix(r.actor.Code, "---") {
				break
			}
			a := dyad.Actor{Code: joinCode(owner.Country, r.actor.Code[3:]), Known: true}
			a.Country, a.Roles = splitCode(a.Code, owner.Country)
			return out(a)
		}
		return dyad.Actor{}, false
	}
	// "the country", "the nation".
	rest := words
	if rest[0] == "the" || rest[0] == "this" || rest[0] == "that" {
		rest = rest[1:]
	}
	if len(rest) == 1 && len(words) == 2 && groupNouns[rest[0]] {
		// "the group", "the movement": the armed group or organisation
		// named last ("a Taliban spokesman said the group had carried out
		// the bombing")
		if m := t.last(func(m *mention) bool { return m.kind == KindGroup || m.kind == KindNGO || m.kind == KindOrg }); m != nil {
			return out(m.a)
		}
		return dyad.Actor{}, false
	}
	if (words[0] == "the" || words[0] == "this") && len(rest) >= 1 && len(rest) <= 2 && placeNouns[rest[len(rest)-1]] {
		// "the coastal enclave", "the island": the place named last, as
		// the country it is in ("infiltrated Israel from Gaza, and Israel
		// responded with air strikes on the coastal enclave")
		if m := t.last(func(m *mention) bool { return m.kind == kindPlace || m.kind == KindRegion }); m != nil && isCountryCode(m.a.Country) {
			return out(countryActor(m.a))
		}
		return dyad.Actor{}, false
	}
	if len(rest) == 1 && countryNouns[rest[0]] {
		// a country named as one before a capital, which is as often
		// its government ("warned Washington ... the country")
		if m := t.last(func(m *mention) bool { return m.kind == KindCountry }); m != nil {
			return out(countryActor(m.a))
		}
		if m := t.last(func(m *mention) bool { return m.kind == KindCapital }); m != nil {
			return out(countryActor(m.a))
		}
		if m := t.last(func(m *mention) bool { return isCountryCode(m.a.Country) }); m != nil {
			return out(countryActor(m.a))
		}
		return dyad.Actor{}, false
	}
	// A surname or another part of a person's name.
	if startsUpper(text) && len(words) <= 3 {
		parts := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s"))
		if m := t.last(func(m *mention) bool { return m.kind == KindPerson && containsAll(m.names, parts) }); m != nil {
			return out(m.a)
		}
	}
	// A definite description: "the president-elect", "the Iranian president";
	// and police with no article, which news names as "the police"
	// ("Police fired tear gas", "riot police").
	barePolice := len(words) <= 2 && words[len(words)-1] == "police"
	if words[0] != "the" && words[0] != "this" && words[0] != "that" && !barePolice {
		return dyad.Actor{}, false
	}
	for _, w := range words {
		switch w {
		case "two", "three", "four", "both", "all":
			return dyad.Actor{}, false // "the two leaders": several actors, not one
		}
	}
	var desc *resolved
	for _, r := range t.d.resolveAll(text, base, t.date) {
		if r.ok {
			r := r
			desc = &r
			break
		}
	}
	if desc == nil || desc.kind != KindAgent || desc.actor.Name != "" {
		return dyad.Actor{}, false
	}
	da := desc.actor
	head := rest[len(rest)-1]
	if da.Country == "" && len(rest) <= 2 {
		// "the junta" after "Mali's junta": the last mention with the
		// same head noun and a country ("the junta" also after "Mali's
		// military government").
		if m := t.last(func(m *mention) bool {
			return m.kind != kindPlace && isCountryCode(m.a.Country) && (m.last == head || head == "junta" && militaryRule(m.a.Text))
		}); m != nil {
			a := dyad.Actor{Code: joinCode(m.a.Country, strings.TrimPrefix(da.Code, "---")), Known: true}
			a.Country, a.Roles = splitCode(a.Code, m.a.Country)
			return out(a)
		}
	}
	institution := institutions[head]
	if len(rest) <= 2 && institution && da.Country == "" {
		// "the regime", "the government", "the army", "the defence
		// ministry": the institution of the country the article is most
		// about, not whoever was named last.
		if c := t.focus(); c != "" {
			a := dyad.Actor{Code: joinCode(c, strings.TrimPrefix(da.Code, "---")), Known: true}
			a.Country, a.Roles = splitCode(a.Code, c)
			return out(a)
		}
	}
	if !desc.plural && !institution {
		// "the president-elect", "the former defence minister"; not "the
		// defence ministry", which names no person
		if m := t.last(func(m *mention) bool {
			if m.kind != KindPerson {
				return false
			}
			if da.Country != "" && m.a.Country != da.Country {
				return false
			}
			return len(da.Roles) == 0 || sharesRole(m.a.Roles, da.Roles)
		}); m != nil {
			return out(m.a)
		}
	}
	if da.Country == "" && strings.HasPrefix(da.Code, "---") {
		if m := t.last(func(m *mention) bool { return m.kind == KindCountry || m.kind == KindCapital }); m != nil {
			ca := countryActor(m.a)
			a := dyad.Actor{Code: joinCode(ca.Code, da.Code[3:]), Known: true}
			a.Country, a.Roles = splitCode(a.Code, ca.Country)
			return out(a)
		}
	}
	return dyad.Actor{}, false
}

// lastWordOf returns the last word of s, lower-cased, without a
// possessive.
func lastWordOf(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
}

// institutions are agent nouns that name a body of a state, not a person.
var institutions = map[string]bool{
	"regime": true, "government": true, "administration": true, "authorities": true,
	"army": true, "military": true, "police": true, "junta": true, "parliament": true,
	"judiciary": true, "cabinet": true, "legislature": true, "security forces": true,
	"ministry": true, "navy": true, "court": true, "commission": true, "council": true, "department": true,
}

// focus returns the country the article has named most often so far,
// the most recent of equals; "" when none.
func (t *Tracker) focus() string {
	// Mentions are only ever added, so the focus is found again only
	// when there are new ones: a long article asks for it at every "the
	// government" and "the regime".
	if t.focusN != len(t.mentions) {
		t.focusC, t.focusN = t.mostNamed(func(*mention) bool { return true }), len(t.mentions)
	}
	return t.focusC
}

// mostNamed returns the country named most often by the mentions ok
// accepts, each mention counted once however often the coder observed it;
// on a tie, the country that reached the count first, as the lead of a
// story names what it is about.
func (t *Tracker) mostNamed(ok func(*mention) bool) string {
	count := map[string]int{}
	seen := map[dyad.Span]bool{}
	// the spans of the actors observed, by country, for named
	spans := map[string][]dyad.Span{}
	for i := range t.mentions {
		if m := &t.mentions[i]; m.kind != kindPlace {
			spans[m.a.Country] = append(spans[m.a.Country], m.a.Span)
		}
	}
	named := func(c string, at int) bool {
		for _, s := range spans[c] {
			if s[0] <= at && at < s[1] {
				return true
			}
		}
		return false
	}
	best, n := "", 0
	for i := range t.mentions {
		m := &t.mentions[i]
		c := m.a.Country
		if !isCountryCode(c) || t.d.regions[c] || !ok(m) {
			continue // "West African leaders" name no country
		}
		if m.a.Span != (dyad.Span{}) {
			if seen[m.a.Span] || m.kind == kindPlace && named(c, m.a.Span[0]) {
				continue
			}
			seen[m.a.Span] = true
		}
		count[c]++
		if count[c] > n {
			best, n = c, count[c]
		}
	}
	return best
}

// last returns the most recent mention that ok accepts.
func (t *Tracker) last(ok func(*mention) bool) *mention {
	for i := len(t.mentions) - 1; i >= 0; i-- {
		if ok(&t.mentions[i]) {
			return &t.mentions[i]
		}
	}
	return nil
}

// countryActor reduces an actor to its country.
func countryActor(a dyad.Actor) dyad.Actor {
	return dyad.Actor{Code: a.Country, Country: a.Country, Roles: []string{}, Known: true}
}

func isCountryCode(c string) bool {
	return len(c) == 3 && c != "---" && !intlCodes[c]
}

func containsAll(names, parts []string) bool {
	if len(names) == 0 {
		return false
	}
	for _, p := range parts {
		found := false
		for _, n := range names {
			if n == p {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func sharesRole(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// militaryRule reports whether text names a government of soldiers
// ("Mali's military government", "the military rulers"), as "the junta"
// does later.
func militaryRule(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"military government", "military rulers", "military regime", "military council", "military leaders", "military authorities"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
