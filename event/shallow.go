package event

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp"
)

// shallowWindow is how many tokens after the verb the shallow reading
// looks at for the pattern's object, preposition and target.
const shallowWindow = 10

// shallow codes a sentence the parse gave no event, the way TABARI coded
// every sentence: the first verb with a pattern whose object and
// preposition appear after it, the nearest actor before it as the source
// and the nearest actor after it as the target. Statistical parses go
// wrong on long wire sentences ("Ousted President Askar Akayev has agreed
// to resign ..."); the words are still there. Events it codes carry
// "shallow(...)" in their pattern id.
//
// In a sentence the parse did give events, only finite verbs the parser
// hung as nouns are read ("supporters of Ben Bella blocked roads ...,
// demanding", with "blocked" an adjective of "roads").
func (sc *sentenceCoder) shallow(misparsedOnly bool) {
	toks := sc.p.Tokens
	chain, lastSources := map[int]bool{}, []dyad.Actor(nil)
verbs:
	for v, t := range toks {
		conj := len(chain) > 0 && t.Rel == "conj" && chain[t.Head]
		if len(chain) > 0 && !conj {
			continue // after one event, only the verbs conjoined to it
		}
		if misparsedOnly && !conj && (sc.coded[v] || t.UPOS != "VERB" || !nominalRels[t.Rel] ||
			!finiteTags[t.XPOS] && !(t.XPOS == "VBN" && v > 0 && strings.HasPrefix(toks[v-1].XPOS, "NNP"))) {
			continue // a participle after a name may be the name's act: "Ben Bella blocked roads"
		}
		if conj {
			chain[v] = true // conjoined to the coded verb, directly or not
		}
		if t.UPOS == "ADJ" && strings.HasSuffix(t.Text, "ed") && v > 0 && v+1 < len(toks) &&
			slices.Contains([]string{"PROPN", "NOUN"}, toks[v-1].UPOS) && slices.Contains([]string{"NOUN", "DET", "ADJ"}, toks[v+1].UPOS) {
			t.UPOS = "NOUN" // "Serbia eased emergency measures": a past read as an adjective; read it as below
		}
		if t.UPOS != "VERB" && t.UPOS != "NOUN" && v > 0 && v+1 < len(toks) && sc.irregularPast(v) {
			t.UPOS = "NOUN" // "the US Treasury froze the assets", with "froze" read as a preposition
		}
		if t.UPOS != "VERB" && t.UPOS != "NOUN" || sc.ownMeeting(v) {
			continue
		}
		if strings.HasSuffix(t.Text, "ing") && v >= 2 && (sc.lem(v-1) == "on" || sc.lem(v-1) == "about") && topicNouns[sc.lem(v-2)] {
			continue // "close to an agreement on normalising relations": the topic, not done
		}
		l := lemma(t)
		objectNext := false // a noun used as a verb must have its object next
		if t.UPOS == "NOUN" {
			// a noun is read as a verb only in a verb form the tagger
			// missed: a past ("extradited", "undertook"), a gerund with its object
			// after it ("the US military assassinating Quds Force
			// commander Qasem Soleimani"), or a bare form followed by
			// the object a pattern needs ("settlers in Hebron set fire
			// to the offices")
			gerund := strings.HasSuffix(t.Text, "ing") && v+1 < len(toks) && slices.Contains([]string{"DET", "PROPN", "NOUN", "ADJ", "NUM"}, toks[v+1].UPOS)
			base := sc.c.Patterns.LemmaOf(t.Text)
			irregular := base != "" && v > 0 && slices.Contains(nlp.IrregularForms(base), strings.ToLower(t.Text)) &&
				toks[v-1].UPOS != "DET" && (toks[v-1].UPOS != "ADJ" || v+1 < len(toks) && particles[strings.ToLower(toks[v+1].Text)]) // not "a shot"; but "the US military shot down"
			switch {
			case strings.HasSuffix(t.Text, "ed") || gerund || irregular:
				l = sc.c.Patterns.LemmaOf(t.Text)
			case v > 0 && v+1 < len(toks) && toks[v-1].UPOS != "DET" && toks[v-1].UPOS != "ADJ":
				l, objectNext = strings.ToLower(t.Text), true
			default:
				continue
			}
		}
		pats := sc.c.Patterns.Verb(l)
		if len(pats) == 0 {
			if l = sc.c.Patterns.LemmaOf(t.Text); l == "" {
				continue
			}
			pats = sc.c.Patterns.Verb(l)
		}
		if len(pats) == 0 {
			continue
		}
		if reporting[l] || sc.visitor(v) >= 0 || sc.byMeans(v) || sc.planned(v) || sc.condition(v) || sc.nounContent(v) || sc.allegation(v) || sc.participle(v) || sc.inExercise(v) ||
			t.XPOS == "VBG" && (sc.marked(v, "against") || sc.marked(v, "from")) || sc.denied(v) || sc.fightsDisaster(v) || sc.controlled(v) || sc.warToll(v) || sc.homeward(v) {
			continue
		}
		end := v + 1
		for end < len(toks) && end <= v+shallowWindow && toks[end].Text != ";" && (toks[end].UPOS != "VERB" || lemma(toks[end-1]) == "to" || toks[end].Rel == "conj" && toks[end].Head == v && toks[end-1].UPOS != "PUNCT" || sc.nominalGerund(end)) {
			end++ // up to the next clause's verb; "to resign" is this one's complement; "donated and delivered goods to" share them
		}
		// "called off the strike": a particle right after the verb
		// chooses the patterns with it, and rules out those without.
		next, prt := "", false
		if v+1 < len(toks) {
			next, prt = strings.ToLower(toks[v+1].Text), toks[v+1].Rel == "compound:prt"
		}
		for _, pat := range pats {
			if pat.Particle != "" && (pat.Particle != next || strings.Contains(pat.Particle, "_")) || pat.Particle == "" && prt {
				continue
			}
			from := v + 1
			if pat.Particle != "" {
				from = v + 2
			}
			var objTargets []dyad.Actor // the pattern's object, when it names an actor
			objTk := -1
			tgEnd := end
			if len(pat.Comps) > 0 {
				k := slices.IndexFunc(toks[v+1:end], func(x nlp.Token) bool {
					return x.UPOS == "VERB" && (pat.Comps[0] == "*" || slices.Contains(pat.Comps, lemma(x)))
				})
				if k < 0 && v+2 < end && lemma(toks[v+1]) == "to" && pat.Comps[0] != "*" && slices.Contains(pat.Comps, strings.ToLower(toks[v+2].Text)) {
					k = 1 // "offered to hand over", with "hand" read as a noun
				}
				if k < 0 {
					continue // "agreed to resign": the complement's verb follows
				}
				// the target is the complement's: "agreed to provide aid
				// for Romania"
				from = v + 1 + k + 1
				tgEnd = min(len(toks), from+shallowWindow)
			}
			if pat.Prep != "" {
				k := slices.IndexFunc(toks[v+1:end], func(x nlp.Token) bool { return strings.EqualFold(x.Text, pat.Prep) })
				if k < 0 || v+k+2 < len(toks) && timeWords[sc.lem(v+k+2)] {
					continue // "fired his cabinet on Monday": a time, not a target
				}
				if pat.Prep != "as" && !(pat.Prep == "with" && chargeVerbs[pat.Verb]) { // "recognised Guaidó as president", "charged a man with ...": the object is the target
					from = v + 1 + k + 1
				}
			}
			if len(pat.Objects) == 1 && pat.Objects[0] == "none" && v+1 < len(toks) && slices.Contains([]string{"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"}, toks[v+1].UPOS) {
				continue // "~none": the verb has no object ("demonstrated the power of ...")
			}
			if objectNext && (len(pat.Objects) == 0 || pat.Objects[0] == "*" || pat.Objects[0] == "none" || !sc.lemmaIn(v+1, pat.Objects)) {
				continue
			}
			if len(pat.Objects) > 0 && !(len(pat.Objects) == 1 && pat.Objects[0] == "none") {
				found, end := -1, end
				for k := v + 1; k < end && found < 0; k++ {
					if sc.lemmaIn(k, pat.Objects) {
						found = k
					}
				}
				if found < 0 && end < len(toks) && end-1 > v && sc.lemmaIn(end, pat.Objects) && finiteTags[toks[end].XPOS] &&
					(toks[end-1].UPOS == "NOUN" || toks[end-1].UPOS == "ADJ") {
					// "lifted its arms embargo on China", with "embargo"
					// read as a verb: the object the pattern asks for
					found, end = end, end+1 // this pattern's object only
					for end < len(toks) && end <= found+shallowWindow && toks[end].Text != ";" && toks[end].UPOS != "VERB" {
						end++
					}
					tgEnd = end
				}
				if found < 0 {
					continue
				}
				if as, _ := sc.nearestActorAt(from, found); pat.Prep == "" && len(pat.Comps) == 0 && len(as) == 0 {
					// the object is the act ("a mediation mission"), not
					// whom it is done to ("Palestinian homes"): the
					// target comes after it; unless the object names an
					// actor ("suspended French broadcaster RFI")
					last := found
					for last+1 < end && (toks[last+1].UPOS == "NOUN" || toks[last+1].UPOS == "PROPN") {
						last++
					}
					if oa := sc.resolveSpan(from, last); slices.ContainsFunc(oa, func(a dyad.Actor) bool { return a.Country != "" }) {
						objTargets, objTk = oa, last
					}
					for found+1 < end && toks[found+1].UPOS == "NOUN" {
						found++
					}
					from = max(from, found+1)
				}
			}
			if material(pat.Code) && sc.documentSubject(v) {
				continue verbs
			}
			sources, sk := sc.nearestActorAt(v-1, -1)
			for sk > 0 && sc.afterPrep(sk) && !(strings.HasSuffix(t.Text, "ing") && !slices.ContainsFunc(toks[sk+1:v], func(x nlp.Token) bool {
				return x.UPOS == "PUNCT" || x.UPOS == "VERB" || x.UPOS == "ADP"
			})) {
				// (but "in retaliation for the US military assassinating
				// ...": a gerund's subject after its preposition)
				// "A car bomb exploded outside a police station,
				// wounding 10 officers": a prepositional object is no
				// subject
				sources, sk = sc.nearestActorAt(sc.phrase(sk).First-1, -1)
			}
			for sk > 0 && strings.HasSuffix(t.Text, "ing") && sc.objectOfEarlierVerb(sk, v) {
				// "A truck bomb wrecked the U.N. headquarters, killing 22
				// people": the object of the act before is no subject
				sources, sk = sc.nearestActorAt(sc.phrase(sk).First-1, -1)
			}
			if !sc.armedEntry(pat, sources, nil) && !(sk >= 0 && armedNouns[sc.lem(sk)]) {
				continue verbs
			}
			if conj {
				// "suspended trade with Niger, froze its assets and
				// closed the borders": the first verb's source
				sources = lastSources
			}
			if !slices.ContainsFunc(sources, func(a dyad.Actor) bool { return a.Country != "" }) {
				continue verbs // a reading this shallow needs a source it can place
			}
			if c := slices.IndexFunc(toks[from:tgEnd], func(x nlp.Token) bool { return x.Text == "," }); c > 0 {
				tgEnd = from + c // ", Defense Secretary William Perry said": another clause
			}
			var targets []dyad.Actor
			tk := -1
			if objTargets != nil {
				targets, tk = objTargets, objTk
			} else if placePreps[pat.Prep] {
				// "arrived in Bosnia": the place the pattern asks for
				// is the target
				targets, tk = sc.firstActor(from, tgEnd)
			} else {
				targets, tk = sc.nearestActorAt(from, tgEnd)
			}
			targets = append(targets, sc.moreConjuncts(tk, tgEnd)...)
			targets = slices.DeleteFunc(targets, func(a dyad.Actor) bool {
				// "agreed to resign without returning to Kyrgyzstan":
				// the source's own country named as a place; and never
				// the source itself
				return toks[tk].UPOS == "PROPN" && a.Code == a.Country && ofCountry(sources, a.Country) ||
					slices.ContainsFunc(sources, func(s dyad.Actor) bool { return s.Code == a.Code })
			})
			id := "shallow(" + pat.ID + ")"
			sc.emit(&Pattern{Code: pat.Code, ID: id, Verb: pat.Verb, Particle: pat.Particle, PLOVER: pat.PLOVER, PLOVERMode: pat.PLOVERMode}, sources, targets, dyad.Span{t.Start, t.End}, sc.p.Negated(v), sc.modality(v))
			chain[v], lastSources = true, sources
			continue verbs
		}
	}
}

// moreConjuncts returns the actors of the noun phrases conjoined after the
// one at token k, read on the words: "mediation between Syria and
// Palestinian leader Yasser Arafat" (before token end).
func (sc *sentenceCoder) moreConjuncts(k, end int) []dyad.Actor {
	var out []dyad.Actor
	for n := 0; k >= 0 && n < 3; n++ {
		j := k + 1
		for j < end && slices.Contains([]string{"PROPN", "NOUN"}, sc.tok(j).UPOS) {
			j++ // the rest of the name
		}
		if j+1 >= end || !(sc.lem(j) == "and" || sc.tok(j).Text == "," && j+2 < end && sc.tok(j+1).UPOS != "CCONJ") {
			break
		}
		stop := j + 1
		for stop < end && stop < j+6 && slices.Contains([]string{"PROPN", "NOUN", "ADJ", "DET"}, sc.tok(stop).UPOS) {
			stop++
		}
		var as []dyad.Actor
		if as, k = sc.nearestActorAt(j+1, stop); len(as) == 0 {
			break
		}
		if sc.tok(j).Text == "," && stop < len(sc.p.Tokens) && (sc.tok(stop).UPOS == "VERB" || sc.tok(stop).UPOS == "AUX") {
			break // "near its border with Ukraine, U.S. officials said": the next clause's subject
		}
		out = append(out, as...)
	}
	return out
}

// finiteTags are the Penn tags of finite verbs.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

// nominalRels are relations a finite verb has only when misparsed.
var nominalRels = map[string]bool{"acl": true, "amod": true, "compound": true, "nmod": true, "obl": true, "obj": true, "nsubj": true, "appos": true, "flat": true}

// irregularPast reports whether token v is the irregular past of a pattern
// verb ("froze", "struck") between a noun and the start of a noun phrase,
// whatever the tagger called it.
func (sc *sentenceCoder) irregularPast(v int) bool {
	form := strings.ToLower(sc.tok(v).Text)
	base := sc.c.Patterns.LemmaOf(form)
	if base == "" || base == form || !slices.Contains(nlp.IrregularForms(base), form) {
		return false
	}
	prev, next := sc.tok(v-1).UPOS, sc.tok(v+1).UPOS
	return (prev == "NOUN" || prev == "PROPN") && slices.Contains([]string{"DET", "ADJ", "NOUN", "PROPN", "NUM"}, next)
}

// firstActor returns the actors of the first noun from token from to end
// (exclusive) that names one, and its index; places count.
func (sc *sentenceCoder) firstActor(from, end int) ([]dyad.Actor, int) {
	for k := from; k < end; k++ {
		if t := sc.tok(k); t.UPOS == "NOUN" || t.UPOS == "PROPN" {
			if as := sc.actors(k); len(as) > 0 {
				return as, k
			}
		}
	}
	return nil, -1
}

// nearestActor returns the actors of the first noun from token i towards
// stop (exclusive; stop < i reads leftwards) that names an actor; reading
// leftwards it stops at another clause's verb.
func (sc *sentenceCoder) nearestActor(i, stop int) []dyad.Actor {
	as, _ := sc.nearestActorAt(i, stop)
	return as
}

// nearestActorAt is nearestActor that also returns the noun's index.
func (sc *sentenceCoder) nearestActorAt(i, stop int) ([]dyad.Actor, int) {
	step := 1
	if stop < i {
		step = -1
	}
	// "the cabinet voted on Thursday to accept the proposal": an
	// infinitive's subject is its governing verb's, past that verb.
	controlled := step < 0 && i >= 0 && i < len(sc.p.Tokens) && sc.lem(i) == "to"
	for k := i; k != stop && k >= 0 && k < len(sc.p.Tokens); k += step {
		t := sc.tok(k)
		if step < 0 && t.UPOS == "VERB" && k < i-1 {
			if controlled {
				controlled = false
				continue
			}
			if lemma(t) != "be" && !sc.isAux(k) {
				return nil, -1 // another clause's verb stands between
			}
		}
		if step > 0 && (relativePronouns[lemma(t)] || lemma(t) == "what") {
			return nil, -1 // "struck what New Delhi called a camp": another clause
		}
		if t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "PRON" {
			continue
		}
		if step > 0 && t.XPOS == "PRP$" {
			continue // "stripped 94 opponents of their citizenship": whose thing, not whom
		}
		if sc.afterLocative(k) {
			continue // "in the Mediterranean": where, not who or whom
		}
		if step < 0 && t.Rel == "nmod:poss" && t.Head > k && t.Head <= i && len(sc.actors(t.Head)) == 0 {
			return nil, -1 // "Burundi's neighbours imposed": whose neighbours, not who
		}
		if step < 0 && (t.Rel == "obj" || t.Rel == "iobj") && t.Head != i+1 {
			return nil, -1 // "killed one U.S. soldier and wounded two": another verb's object
		}
		if h := t.Head; step < 0 && t.Rel == "nmod" && h >= 0 && h < k && sc.phrase(h).Last >= k && (sc.tok(h).UPOS == "PROPN" || sc.tok(h).UPOS == "NOUN") {
			if hs := sc.actors(h); len(hs) > 0 {
				return hs, h // "The Organization of American States sent": the whole name, not "American States"
			}
		}
		as := sc.actors(k)
		if ph := sc.phrase(k); step < 0 && ph.Last > i {
			// "Washington recognised opposition leader Juan Guaidó",
			// with the verb parsed into the noun's phrase: only the
			// words before the verb are its subject
			as = sc.resolveSpan(ph.First, i)
		} else if step > 0 && ph.First < i {
			// "Chinese border guards assaulted Indian soldiers", all
			// one phrase: only the words after the verb are its object
			as = sc.resolveSpan(i, ph.Last)
		}
		if len(as) > 0 {
			if step < 0 && !slices.ContainsFunc(as, func(a dyad.Actor) bool { return a.Country != "" }) {
				// "European Community foreign ministers", split by the
				// parser: the words before the phrase are part of it.
				first := sc.phrase(k).First
				for first > 0 && slices.Contains([]string{"PROPN", "NOUN", "ADJ"}, sc.tok(first-1).UPOS) {
					first--
				}
				last := k // "Ahmed Ben Bella", with "Bella" an adjective
				for last < i && strings.HasPrefix(sc.tok(last+1).XPOS, "NNP") {
					last++
				}
				if first < sc.phrase(k).First || last > k {
					if wider := sc.resolveSpan(first, last); slices.ContainsFunc(wider, func(a dyad.Actor) bool { return a.Country != "" }) {
						return wider, k
					}
				}
			}
			if step > 0 && !slices.ContainsFunc(as, func(a dyad.Actor) bool { return a.Country != "" }) {
				// "opposition leader Juan Guaidó", with "opposition"
				// the first noun: the name that follows is the one.
				first, last := k, k
				for first-1 >= i && slices.Contains([]string{"ADJ", "PROPN"}, sc.tok(first-1).UPOS) {
					first-- // "five Panamanian army officers"
				}
				for last+1 < len(sc.p.Tokens) && (last+1 < stop || stop < 0) && strings.HasPrefix(sc.tok(last+1).XPOS, "NN") {
					last++
				}
				if first < k || last > k {
					if wider := sc.resolveSpan(first, last); slices.ContainsFunc(wider, func(a dyad.Actor) bool { return a.Country != "" }) {
						return wider, last
					}
				}
			}
			return as, k // the nearest actor, with a country or not
		}
		if t.UPOS == "PRON" && step < 0 {
			return nil, -1 // "we are ready to": a subject it cannot name
		}
	}
	return nil, -1
}

// participle reports whether verb v is a passive or a past participle
// that modifies a noun ("were injured", "nationals suspected by the West",
// "an ousted president"): the actor before it did not do it.
func (sc *sentenceCoder) participle(v int) bool {
	t := sc.tok(v)
	if t.XPOS != "VBN" || sc.isAux(v) {
		return false
	}
	for k := max(0, v-3); k < v; k++ {
		if l := sc.lem(k); l == "be" || l == "get" {
			return true // "were injured", "was not detained": the actor to the left suffered it
		}
	}
	for _, k := range sc.p.Children(v) {
		if sc.isAux(k) {
			return false
		}
		if t := sc.tok(k); t.Rel == "conj" && t.XPOS == "VBD" {
			return false // "donated and personally delivered": one past tense, then another
		}
	}
	if v > 0 && sc.lem(v-1) == "have" {
		return false // "farmers have blocked border crossings", with "have" read as the verb: a perfect
	}
	// "Bashir on Thursday shortened the curfew": after a name and a
	// day, a past tense
	if v >= 3 && temporalNouns[sc.lem(v-1)] && sc.lem(v-2) == "on" && sc.tok(v-3).UPOS == "PROPN" {
		return false
	}
	// "police confiscated weapons": a past tense the tagger took for a
	// participle has a noun before it and its object after it.
	if v > 0 && v+1 < len(sc.p.Tokens) {
		prev := sc.tok(v - 1).UPOS
		if strings.HasPrefix(sc.tok(v-1).XPOS, "NN") || (prev == "VERB" || prev == "ADJ") && len(sc.resolveSpan(v-1, v-1)) > 0 {
			prev = "NOUN" // "Ahmed Ben Bella blocked roads", with "Bella" an adjective; "Turkish warplanes bombed", with "warplanes" a verb
		}
		switch prev {
		case "NOUN", "PROPN", "PRON":
			switch sc.tok(v + 1).UPOS {
			case "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON":
				return false
			}
		}
	}
	return true
}

// afterLocative reports whether the noun at k stands after "in", "at",
// "near" and the like, its determiners and adjectives between.
func (sc *sentenceCoder) afterLocative(k int) bool {
	p := sc.prepBefore(k)
	return p != "from" && placePreps[p]
}

// afterPrep reports whether the noun at k is the object of a preposition
// other than "of": "after a Chinese plane violated" opens a clause, and
// in "doctors from two American aid groups" the phrase is the subject's.
func (sc *sentenceCoder) afterPrep(k int) bool {
	p := sc.prepBefore(k)
	return p != "" && !clauseOpeners[p] && p != "from"
}

// prepBefore returns the preposition the noun at k stands after, read on
// the words past determiners, adjectives, "of" phrases and the items of a
// list before it ("in the West Bank city of Hebron", "in Nairobi and Dar
// es Salaam"), or "".
func (sc *sentenceCoder) prepBefore(k int) string {
	for j := k - 1; j >= 0; j-- {
		switch t := sc.tok(j); t.UPOS {
		case "DET", "ADJ", "NUM", "PROPN", "NOUN":
			continue
		case "CCONJ":
			if j > 0 && (sc.tok(j-1).UPOS == "PROPN" || sc.tok(j-1).UPOS == "NOUN") {
				continue // "in Nairobi and Dar es Salaam": the list's preposition
			}
		case "ADP":
			if lemma(t) == "of" {
				continue
			}
			return lemma(t)
		}
		return ""
	}
	return ""
}

// isAux reports whether token k is an auxiliary.
func (sc *sentenceCoder) isAux(k int) bool {
	r := sc.tok(k).Rel
	return r == "aux" || r == "aux:pass" || r == "cop"
}

// nominalGerund reports whether the -ing verb at k ends a noun phrase the
// tagger split: "opened a landmark hearing".
func (sc *sentenceCoder) nominalGerund(k int) bool {
	if x := sc.tok(k).XPOS; x != "VBG" && x != "VBP" && x != "VB" || k < 2 {
		return false // "a landmark hearing", "an arms embargo": a noun the tagger took for a verb
	}
	switch p := sc.tok(k - 1); p.UPOS {
	case "DET", "ADJ":
		return true
	case "NOUN":
		u := sc.tok(k - 2).UPOS
		return u == "DET" || u == "ADJ"
	}
	return false
}

// attributive reports whether the -ing verb at k is an adjective before a
// name that the tagger took for a verb: "from neighboring Lebanon", "the
// ruling party".
func (sc *sentenceCoder) attributive(k int) bool {
	t := sc.tok(k)
	return t.XPOS == "VBG" && k+1 < len(sc.p.Tokens) && k > 0 && sc.tok(k-1).UPOS != "AUX" &&
		(sc.tok(k+1).UPOS == "PROPN" || attributiveWords[strings.ToLower(t.Text)] && sc.tok(k+1).UPOS == "NOUN")
}

// attributiveWords are -ing forms mostly used as adjectives.
var attributiveWords = map[string]bool{
	"neighboring": true, "neighbouring": true, "ruling": true, "warring": true, "governing": true,
	"opposing": true, "leading": true, "rebelling": true, "occupying": true, "invading": true,
}

// targetWords introduce the one an act is done to or with.
var targetWords = map[string]bool{"to": true, "with": true, "against": true, "toward": true, "towards": true, "at": true}

// completeTargets gives an event that the parse left without a target the
// actor of the first "to", "with" or "against" phrase after its trigger,
// in the same clause: "granted asylum to five Panamanian army officers"
// when the parser hung the officers on another verb. The pattern id says
// so with "+target".
func (sc *sentenceCoder) completeTargets() {
	toks := sc.p.Tokens
	var extra []dyad.Event
	for i := range sc.events {
		ev := &sc.events[i]
		if ev.Target != nil || ev.Root == "01" {
			continue
		}
		v := sc.tokenAt(ev.Evidence.TriggerSpan[0])
		if v < 0 {
			continue
		}
		if (ev.Root == "17" || force(ev.CAMEO)) && toks[v].UPOS == "VERB" && v+1 < len(toks) && toks[v+1].UPOS == "PROPN" {
			// "militias attacked U.S. forces in Iraq", with the forces
			// parsed as another clause's subject: the name right after
			// a verb of force is whom it struck
			stop := v + 1
			for stop < len(toks) && stop < v+5 && (toks[stop].UPOS == "PROPN" || toks[stop].UPOS == "NOUN" || toks[stop].UPOS == "ADJ") {
				stop++
			}
			if as := slices.DeleteFunc(sc.resolveSpan(v+1, stop-1), func(a dyad.Actor) bool { return a.Country == "" || a.Country == ev.Source.Country }); len(as) > 0 {
				ev.Evidence.Pattern += "+target"
				ev.Target = &as[0]
				continue
			}
		}
		for k := v + 1; k < len(toks) && k <= v+shallowWindow; k++ {
			t := toks[k]
			list := t.Text == "," && toks[k-1].UPOS == "NOUN" && k+1 < len(toks) && (toks[k+1].UPOS == "NOUN" || toks[k+1].UPOS == "ADJ" || toks[k+1].UPOS == "CCONJ")
			if t.Text == ";" || t.Text == "," && !list || relativePronouns[lemma(t)] || t.UPOS == "VERB" && !(t.Rel == "xcomp" && t.Head == v) && !sc.attributive(k) {
				break // "refused to commit to ..." goes on: the refusal's complement; so does a list ("artillery, mortar and rocket fire against")
			}
			if t.UPOS != "ADP" && t.UPOS != "SCONJ" || !targetWords[lemma(t)] && !(lemma(t) == "from" && (strings.HasPrefix(ev.CAMEO, "087") || strings.Contains(ev.Evidence.Pattern, "(087"))) {
				continue // "from" is whom troops withdraw from
			}
			if lemma(t) == "at" && slices.ContainsFunc(sc.objects(v), func(o int) bool { return venueNouns[sc.lem(o)] }) {
				continue // "accords signed at Istanbul's Dolmabahce Palace": where
			}
			if lemma(t) == "against" && ev.Root >= "03" && ev.Root <= "08" {
				continue // "vowed to defend it against Chinese aggression": the adversary
			}
			if lemma(t) == "for" && ev.Root == "17" || lemma(t) == "with" && strings.HasSuffix(ev.Evidence.Pattern, ".with") {
				continue // "charged three men with spying for China": the charge, and its reason
			}
			stop := k + 1
			for stop < len(toks) && stop < k+6 && toks[stop].Text != "," && (toks[stop].UPOS != "VERB" || sc.attributive(stop)) {
				stop++
			}
			as, tk := sc.nearestActorAt(k+1, stop)
			if len(as) == 0 && placePreps[lemma(t)] {
				as, tk = sc.firstActor(k+1, stop) // "fired by the Houthis at Riyadh": at is whom, here
			}
			if len(as) > 0 {
				// "closed its borders with Iran and Turkey": each
				as = append(as[:1:1], sc.moreConjuncts(tk, min(len(toks), k+12))...)
			}
			as = slices.DeleteFunc(as, func(a dyad.Actor) bool {
				return a.Country == "" || a.Country == ev.Source.Country || ev.CAMEO == "115" && slices.Contains(a.Roles, "JUD") // the court that hears a case
			})
			if len(as) > 0 {
				ev.Evidence.Pattern += "+target"
				for j, a := range as {
					if j == 0 {
						ev.Target = &a
						continue
					}
					if slices.ContainsFunc(as[:j], func(b dyad.Actor) bool { return b.Code == a.Code }) {
						continue
					}
					more := *ev
					more.Target = &a
					extra = append(extra, more)
				}
				break
			}
		}
	}
	sc.events = append(sc.events, extra...)
}

// objectOfEarlierVerb reports whether token k heads, or is inside, the
// object of a verb before token v.
func (sc *sentenceCoder) objectOfEarlierVerb(k, v int) bool {
	for i := 0; k >= 0 && i < len(sc.p.Tokens); i++ {
		t := sc.tok(k)
		if (t.Rel == "obj" || t.Rel == "iobj") && t.Head >= 0 && t.Head < v && sc.tok(t.Head).UPOS == "VERB" {
			return true
		}
		if t.Rel != "compound" && t.Rel != "flat" && t.Rel != "nmod" && t.Rel != "nmod:poss" && t.Rel != "amod" {
			return false
		}
		k = t.Head
	}
	return false
}
