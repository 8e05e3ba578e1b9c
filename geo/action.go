package geo

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/geo/names"
)

// ActionPlace picks the place where the event whose trigger starts at byte
// offset trigger happened, among the toponyms Find returned for the
// sentence. Offsets are in the article text, like Toponym.Start; base is
// the sentence's offset, so sentence[0] is at base.
//
// It prefers a toponym in the trigger's clause, after a locative ("in X",
// "at X", "near X", "outside X"), in a nominal use ("a Baghdad drone
// strike", "the Vienna talks"), or as "X-based"; then the toponym nearest
// the trigger. A country named as an actor ("Iran's president",
// "Iran-backed militias", "Iran rejected talks with the United States") is
// not a place of the event. It returns nil when the sentence names no
// place of the event.
func ActionPlace(toponyms []Toponym, sentence string, base int, trigger int) *dyad.Place {
	end := base + len(sentence)
	lo, hi := clauseBounds(sentence, trigger-base)
	// "protests in Hong Kong, where police fired tear gas": a clause
	// opened by "where" happens at the place named just before it
	where := lo > 0 && sentence[lo-1] == ',' && firstWord(sentence[lo:]) == "where"
	var best *Toponym
	bestScore := 0.0
	for i := range toponyms {
		t := &toponyms[i]
		if t.Start < base || t.End > end {
			continue
		}
		s0, e0 := t.Start-base, t.End-base
		sc := 0.0
		if s0 < lo || e0 > hi {
			if !where || e0 != lo-1 {
				continue // another clause, another event
			}
			sc += 3
		}
		before := wordsBefore(sentence, s0, 4) // "near the town of Samarra"
		if len(before) > 0 && before[0] == "via" {
			continue // "flew to Beijing via Dubai": the route, not the place
		}
		if reactionFrom(before) {
			continue // "drawing condemnation from Japan": who reacted, not where
		}
		after := sentence[e0:]
		country := t.Place.Feature == FeatureCountry
		evidence := false
		switch {
		case strings.HasPrefix(after, "-based"):
			sc += 2.5
			evidence = true
		case strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") || strings.HasPrefix(after, "' "):
			if country {
				continue // Iran's president: an actor, not a place
			}
			sc -= 2 // Baghdad's streets
		case strings.HasPrefix(after, "-backed") || strings.HasPrefix(after, "-led") || strings.HasPrefix(after, "-allied") ||
			strings.HasPrefix(after, "-aligned") || strings.HasPrefix(after, "-sponsored") || strings.HasPrefix(after, "-funded"):
			continue // Iran-backed militias
		}
		if w, ok := locativeBefore(before); ok {
			sc += w
			evidence = true
		} else if nominal(before, after) {
			sc += 2.5 // a Baghdad drone strike
			evidence = true
		}
		if country && !evidence {
			continue // "Iran rejected talks with the United States": actors
		}
		if !country {
			sc += 0.5 // the more precise place
		}
		d := t.Start - trigger
		if d < 0 {
			d = -d - (t.End - t.Start)
			if d < 0 {
				d = 0
			}
		}
		sc -= min(3, float64(d)/80)
		if best == nil || sc > bestScore {
			best, bestScore = t, sc
		}
	}
	if best == nil {
		return nil
	}
	p := best.Place
	if p.Span == nil {
		sp := dyad.Span{best.Start, best.End}
		p.Span = &sp
	}
	return &p
}

// relativeWords open a relative clause set off by commas.
var relativeWords = set("who", "which", "whose", "whom")

// clauseBounds returns the byte range of the clause around offset at:
// from the previous to the next clause boundary (";", ":", a dash, a
// bracket, or a comma before "which", "who", "while", "but"...).
func clauseBounds(s string, at int) (lo, hi int) {
	at = max(0, min(at, len(s)))
	lo, hi = 0, len(s)
	comma := -1 // the nearest plain comma before at
	for i := at - 1; i >= 0; i-- {
		if boundaryAt(s, i) {
			lo = i + 1
			if comma > i && s[i] == ',' && relativeWords[firstWord(s[i+1:])] {
				// "Fujimori, who met Hashimoto in Toronto, refused": the
				// relative clause ends at the comma after it
				lo = comma + 1
			}
			break
		}
		if s[i] == ',' && comma < 0 {
			comma = i
		}
	}
	for i := at; i < len(s); i++ {
		if boundaryAt(s, i) {
			hi = i
			break
		}
	}
	return lo, hi
}

func boundaryAt(s string, i int) bool {
	switch s[i] {
	case ';', ':', '(', ')':
		return true
	case ',':
		w := firstWord(s[i+1:])
		return clauseWords[w]
	case ' ':
		if strings.HasPrefix(s[i:], " — ") || strings.HasPrefix(s[i:], " – ") || strings.HasPrefix(s[i:], " - ") {
			return true
		}
		w := firstWord(s[i+1:])
		return w == "but" || w == "while" || w == "whereas" || w == "although"
	}
	return false
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	return strings.ToLower(s[:i])
}

// wordsBefore returns up to n folded words before offset at, nearest
// first.
func wordsBefore(s string, at, n int) []string {
	var tb [32]names.Token
	from := max(0, at-60)
	toks := names.Tokens(s[from:at], tb[:0])
	var out []string
	for i := len(toks) - 1; i >= 0 && len(out) < n; i-- {
		t := toks[i]
		// Words cut by the window's start are not words.
		if i == 0 && from > 0 && t.Start == 0 {
			break
		}
		out = append(out, string(names.Fold(nil, s[from+t.Start:from+t.End])))
	}
	return out
}

// reactionFrom reports whether the words before a place name (nearest
// first) are a reaction "from" it: "condemnation from Japan", "protests
// from the United States".
func reactionFrom(before []string) bool {
	for i, w := range before {
		if w == "from" {
			return i+1 < len(before) && reactionNouns[before[i+1]]
		}
		if locatives[w] {
			return false // "condemnation from Japan's embassy in Seoul"
		}
	}
	return false
}

// reactionNouns name what a country says or does in answer to another's
// act.
var reactionNouns = map[string]bool{
	"condemnation": true, "criticism": true, "protest": true, "protests": true, "warning": true, "warnings": true,
	"response": true, "rebuke": true, "outcry": true, "anger": true, "objections": true, "pressure": true,
	"praise": true, "support": true, "reaction": true, "reactions": true, "calls": true, "demands": true, "threats": true,
}

// locativeBefore looks back over "the" and modifiers ("in the northern")
// for a preposition that places an event, and returns its weight.
// Located reports whether the place name at byte offset at of sentence s
// stands after a preposition of location, perhaps with words like "the
// town of" between: "near the town of Samarra", "in Kabul"; not after
// "to" or "on", which as often name a target ("called on France").
func Located(s string, at int) bool {
	for _, w := range wordsBefore(s, at, 4) {
		if strictLocatives[w] {
			return true
		}
		if !modifiers[w] && !cityHeads[w] && !adm1Heads[w] && w != "of" && w != "a" && w != "an" {
			return false
		}
	}
	return false
}

// Locative reports whether the lower-case preposition w says where
// something is, never to whom it is done ("in", "near"; not "on", "to").
func Locative(w string) bool { return strictLocatives[w] }

// strictLocatives say where something is, never to whom it is done.
var strictLocatives = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "across": true,
	"around": true, "throughout": true, "within": true,
}

func locativeBefore(before []string) (float64, bool) {
	for _, w := range before {
		if v, ok := actionLocatives[w]; ok {
			return v, true
		}
		if !modifiers[w] && !cityHeads[w] && !adm1Heads[w] && w != "of" && w != "a" && w != "an" {
			return 0, false
		}
	}
	return 0, false
}

// nominal reports a place name used as a modifier of an event noun: "a
// Baghdad drone strike", "the Vienna talks".
func nominal(before []string, after string) bool {
	if len(before) == 0 {
		return false
	}
	switch before[0] {
	case "a", "an", "the", "this", "that", "last", "its", "their":
	default:
		return false
	}
	w := firstWord(after)
	if w == "" || strings.TrimLeft(after, " ")[0] < 'a' {
		return false
	}
	return !actorNouns[w]
}

// actorNouns after a place name make it an actor's ("the US military"),
// not an event's place.
var actorNouns = set("military", "government", "forces", "troops", "army", "officials", "official",
	"president", "minister", "leaders", "leader", "authorities", "police", "navy", "embassy",
	"ambassador", "administration", "people", "citizens", "soldiers", "diplomats", "delegation",
	"envoy", "state", "media", "regime", "side", "team", "negotiators", "spokesman", "spokeswoman",
	"prime", "foreign", "defence", "defense", "interior", "intelligence", "security", "parliament",
	"lawmakers", "court", "judiciary", "central", "national", "opposition", "rebels", "militants",
	"militias", "militia", "authority", "council", "junta", "coalition", "company", "firm", "companies",
	"economy", "currency", "markets", "stocks", "banks", "bank")
