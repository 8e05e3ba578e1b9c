package event

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/nlp"
)

// Resolver names the actors of a noun phrase. *actor.Dictionary is one.
type Resolver interface {
	// Resolve returns the actors a phrase names; base is the phrase's
	// byte offset in the article, date the event date (YYYY-MM-DD).
	Resolve(phrase string, base int, date string) []dyad.Actor
}

// Coref resolves pronouns and short references to actors named earlier in
// the article. *actor.Tracker is one.
type Coref interface {
	Observe(a dyad.Actor, kind string)
	Refer(phrase string, base int) (dyad.Actor, bool)
}

// Coder codes events from parsed sentences.
type Coder struct {
	Patterns *Patterns
	Actors   Resolver
	// NoShallow turns off the shallow reading of sentences the parse
	// gave no event (see shallow).
	NoShallow bool
}

// Input is one sentence to code.
type Input struct {
	DocID    string
	Sentence dyad.Sentence
	Parse    *nlp.Sentence
	// Date is the article's publication date, used to choose actor codes
	// that change over time.
	Date string
	// Coref, if not nil, resolves pronouns across the article's
	// sentences; the coder feeds it the actors it finds.
	Coref Coref
	// PlaceCountry, if not nil, returns the country of a place named
	// within the byte range [start, end) of the article, or "".
	PlaceCountry func(start, end int) string
}

// topicNouns are nouns of talk and agreement whose "on" or "over" phrase
// is what they are about, not whom: "talks on the Israeli pullback".
var topicNouns = map[string]bool{
	"talk": true, "talks": true, "negotiation": true, "negotiations": true, "agreement": true,
	"deal": true, "accord": true, "discussion": true, "discussions": true, "meeting": true,
	"consultation": true, "consultations": true, "dialogue": true, "statement": true,
	"resolution": true, "report": true, "decision": true, "position": true, "view": true,
	"views": true, "information": true, "proposal": true, "plan": true, "compromise": true,
	"dispute": true, "conference": true, "summit": true, "debate": true, "vote": true,
	"referendum": true, "memorandum": true, "treaty": true, "pact": true, "framework": true,
	"declaration": true, "protocol": true, "convention": true, "charter": true, "communique": true,
	"understanding": true, "arrangement": true, "settlement": true, "roadmap": true, "law": true,
	"bill": true, "legislation": true,
}

// placeNamed reports whether the words from token k on name a place
// itself, not someone's ("of Sindh province", but not "of Israel's ally"):
// a proper name not followed by a possessive.
func (sc *sentenceCoder) placeNamed(k int) bool {
	for k < len(sc.p.Tokens) && (sc.tok(k).UPOS == "DET" || sc.tok(k).UPOS == "ADJ") {
		k++
	}
	for k < len(sc.p.Tokens) && sc.tok(k).UPOS == "PROPN" {
		k++
	}
	if k == 0 || k > len(sc.p.Tokens) || sc.tok(k-1).UPOS != "PROPN" {
		return false
	}
	return k == len(sc.p.Tokens) || sc.tok(k).Rel != "case" || (sc.tok(k).Text != "'s" && sc.tok(k).Text != "’s")
}

// placePreps introduce where an actor is ("rebels in Darfur").
var placePreps = map[string]bool{"in": true, "from": true, "near": true, "at": true, "inside": true, "across": true, "around": true}

// troopWords are the heads of phrases that name bodies of troops.
var troopWords = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "peacekeepers": true, "units": true,
	"marines": true, "contingent": true, "battalion": true, "brigade": true, "paratroopers": true,
}

// crowdRoles are the roles of civilians who take to the streets.
var crowdRoles = map[string]bool{"EDU": true, "OPP": true, "CVL": true, "LAB": true, "AGR": true, "REL": true}

// protesterWords are the heads of phrases that name protesting crowds.
var protesterWords = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "rioters": true, "mob": true, "crowd": true, "crowds": true,
	"marchers": true, "mourners": true, "demonstrating": true, "protesting": true, "marching": true, "rallying": true, // "students demonstrating in Jakarta"
}

// lastWord returns the last word of s, lower-cased.
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// instrumentVerbs take the weapon they use as their object ("fired a
// missile", "launched drones", "sent tanks").
var instrumentVerbs = map[string]bool{
	"fire": true, "launch": true, "use": true, "deploy": true, "test": true, "test-fire": true,
	"send": true, "supply": true, "sell": true, "deliver": true, "transfer": true, "provide": true,
	"drop": true, "shoot": true, "lob": true, "fly": true, "move": true, "station": true,
}

// escortVerbs say that one force goes with another, which weapons may do
// too ("troops backed by tanks").
var escortVerbs = map[string]bool{"back": true, "support": true, "escort": true, "accompany": true, "cover": true, "assist": true}

// weaponNouns name weapons, which as the object of an instrument verb are
// no target.
var weaponNouns = map[string]bool{
	"missile": true, "missiles": true, "rocket": true, "rockets": true, "drone": true, "drones": true,
	"tank": true, "tanks": true, "artillery": true, "warplane": true, "warplanes": true, "jet": true,
	"jets": true, "bomb": true, "bombs": true, "shell": true, "shells": true, "mortar": true,
	"mortars": true, "gunboat": true, "warship": true, "warships": true, "bomber": true, "bombers": true,
	"gunship": true, "gunships": true, "helicopter": true, "helicopters": true, "aircraft": true,
}

// material reports whether code is a material act (roots 06-09 and
// 14-20), which a text cannot do.
func material(code string) bool {
	r := code[:2]
	return r >= "06" && r <= "09" || r >= "14"
}

// force reports whether code is an act of force: an assault, a fight or
// mass violence (roots 18-20).
func force(code string) bool {
	r := code[:2]
	return r == "18" || r == "19" || r == "20"
}

// ofCountry reports whether some actor of as belongs to country c.
func ofCountry(as []dyad.Actor, c string) bool {
	return slices.ContainsFunc(as, func(a dyad.Actor) bool { return a.Country == c })
}

// insurgents reports whether every one of as fights or opposes its own
// state, whose capital it may address: "Chechen rebels demanded that
// Moscow withdraw".
func insurgents(as []dyad.Actor) bool {
	return len(as) > 0 && !slices.ContainsFunc(as, func(a dyad.Actor) bool {
		return !slices.ContainsFunc(a.Roles, func(r string) bool { return r == "REB" || r == "SEP" || r == "INS" || r == "OPP" || r == "UAF" })
	})
}

// documentSubject reports whether every subject of verb v is a text or a
// decision ("the resolution aims to tighten sanctions").
func (sc *sentenceCoder) documentSubject(v int) bool {
	subj := sc.p.Subjects(v)
	for _, s := range subj {
		if t := sc.tok(s); t.UPOS != "NOUN" || !documentNouns[lemma(t)] {
			return false // "President Bill Clinton" is no bill
		}
	}
	return len(subj) > 0
}

// documentNouns name texts and decisions, whose clauses state their
// content.
var documentNouns = map[string]bool{
	"resolution": true, "plan": true, "proposal": true, "law": true, "bill": true, "measure": true,
	"deal": true, "agreement": true, "accord": true, "treaty": true, "report": true, "statement": true,
	"decision": true, "decree": true, "declaration": true, "order": true, "ruling": true, "motion": true,
	"document": true, "letter": true, "text": true, "draft": true, "initiative": true, "policy": true,
}

// temporalNouns are the days and times a parser may hang a phrase on.
var temporalNouns = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "week": true, "weekend": true,
}

// topicVerbs are verbs of talk whose "on" or "over" phrase is a topic.
var topicVerbs = map[string]bool{
	"talk": true, "negotiate": true, "agree": true, "meet": true, "discuss": true, "consult": true,
	"confer": true, "speak": true, "vote": true, "decide": true, "comment": true, "report": true,
	"focus": true, "brief": true, "advise": true, "deliberate": true, "rule": true,
}

// discussVerbs take a topic as their object.
var discussVerbs = map[string]bool{"discuss": true, "review": true, "examine": true, "debate": true, "consider": true, "address": true}

// whenPreps introduce phrases that say when, never whom.
var whenPreps = map[string]bool{"during": true, "after": true, "before": true, "since": true, "until": true, "throughout": true}

// wherePreps introduce phrases that say where.
var wherePreps = map[string]bool{"in": true, "near": true, "inside": true, "outside": true, "across": true, "around": true}

// venueNouns name meetings and agreements, whose place is their venue,
// not a party: "signed an agreement in Pretoria", "talks in Geneva".
var venueNouns = map[string]bool{
	"agreement": true, "deal": true, "accord": true, "treaty": true, "pact": true, "talk": true, "talks": true,
	"meeting": true, "summit": true, "conference": true, "negotiation": true, "negotiations": true,
	"ceremony": true, "session": true, "round": true, "forum": true, "memorandum": true, "protocol": true,
	"roadmap": true, "declaration": true, "convention": true, "charter": true, "communique": true,
	"settlement": true,
}

// targetPreps introduce a target when a pattern names no preposition.
var targetPreps = []string{"to", "with", "against", "on", "into", "toward", "towards", "at", "from", "for", "over"}

// relativePronouns stand for the noun their relative clause modifies.
var relativePronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true}

// Code returns the events of one sentence.
func (c *Coder) Code(in Input) []dyad.Event {
	p := in.Parse
	if p == nil || len(p.Tokens) == 0 {
		return nil
	}
	sc := &sentenceCoder{c: c, in: in, p: p, cache: map[int][]dyad.Actor{}, used: map[int]bool{}, coded: map[int]bool{}}
	sc.lems = make([]string, len(p.Tokens))
	for i, t := range p.Tokens {
		sc.lems[i] = strings.ToLower(t.Lemma)
	}
	absorbed := map[int]bool{} // complements coded as part of their verb's event
	for _, v := range p.Verbs() {
		// A complement of a coded verb is part of its event: "refused
		// to hold talks" is a rejection, not a meeting; "demanded that
		// Washington lift sanctions" a demand, not a concession.
		t := p.Tokens[v]
		if (strings.HasPrefix(t.Rel, "aux") || t.Rel == "cop") && t.XPOS == "VBG" {
			continue // "as fighting raged", with "fighting" read as an auxiliary
		}
		if t.UPOS != "VERB" {
			// copular heads: "an excellent host" is no visit; but "X
			// said Y must be ready to mediate" is a demand.
			if t.UPOS == "ADJ" && sc.mustDemand(v) {
				continue
			}
			if t.UPOS != "ADJ" || len(sc.c.Patterns.Verb(sc.lem(v))) == 0 {
				continue
			}
			// but an adjective that patterns name as an act is one: "said
			// he was pessimistic about a settlement"
		}
		if sc.allegation(v) || sc.condition(v) || sc.nounContent(v) || sc.inExercise(v) {
			continue
		}
		if (t.XPOS == "VBG" || t.XPOS == "VBN") && t.Rel == "amod" && t.Head > v {
			continue // "opened fire on striking miners", "releasing convicted assassin Vadim Krasikov": the noun's description, not an act here
		}
		if t.XPOS == "VBN" && t.Rel == "acl:relcl" && sc.counterfactual(v) {
			continue // "vetoed a resolution that would have condemned the annexation": it did not
		}
		if t.XPOS == "VBN" && t.Rel == "acl" && t.Head >= 0 && t.Head < v && backingVerbs[sc.lem(v)] {
			continue // "troops backed by Russian air power shelled towns": who they are, not an act here
		}
		if t.XPOS == "VBG" && t.Rel == "acl" && t.Head >= 0 && vehicleNouns[sc.lem(t.Head)] && motionVerbs[sc.lem(v)] {
			continue // "forced a passenger jet flying from Athens to Vilnius to land": where the craft was bound, not a visit
		}
		if sc.lem(v) == "oppose" && (t.XPOS == "VBD" || t.XPOS == "VBN") && v+1 < len(sc.p.Tokens) && strings.EqualFold(sc.tok(v+1).Text, "to") &&
			len(sc.p.Aux(v)) == 0 {
			continue // "hit rebel groups opposed to Assad": who they are, not an act ("Russia is opposed to the plan" is one)
		}
		if t.XPOS == "VBG" && !sc.hasSubject(v) && slices.ContainsFunc(sc.p.Children(v), func(k int) bool { return sc.tok(k).Rel == "det" && k < v }) &&
			slices.ContainsFunc(sc.p.Children(v), func(k int) bool {
				r := sc.tok(k).Rel
				return (r == "mark" || r == "case") && k < v && backgroundPreps[sc.lem(k)]
			}) {
			continue // "offered to host talks after the worst fighting in two decades": a gerund with an article is a noun, and what came before, not an act of the subject
		}
		if t.XPOS == "VBG" && strings.HasPrefix(t.Rel, "csubj") {
			continue // "warned that selling weapons to Taiwan would damage relations": an act in general
		}
		if t.XPOS == "VBG" && t.Rel == "xcomp" && t.Head >= 0 && stopVerbs[sc.lem(t.Head)] {
			continue // "agreed to stop supporting each other's rebels": what stops is not done
		}
		if t.Head >= 0 && absorbed[t.Head] && t.Head < v && (t.Rel == "xcomp" || t.Rel == "ccomp" || t.Rel == "advcl" && sc.marked(v, "to")) {
			absorbed[v] = true
			continue // "a plan calling on Assad to step down": what the plan asks for
		}
		if sc.controlled(v) {
			absorbed[v] = true
			continue // "urged North Korea to freeze its programme": asked for, not done
		}
		if t.XPOS == "VBG" && (sc.marked(v, "against") || sc.marked(v, "from") || sc.chargedFor(v)) || sc.denied(v) {
			continue // "warned Washington against sending warships", "barred them from entering", "denied backing the rebels": not done
		}
		if t.XPOS == "VBG" && v > 0 && sc.tok(v-1).UPOS == "NOUN" && documentNouns[sc.lem(v-1)] && sc.issuer(v) < 0 {
			absorbed[v] = true
			continue // "vetoed a resolution demanding a ceasefire": the text's content
		}
		if sc.planned(v) {
			continue // "ruled that the government's plan to deport asylum seekers was unlawful": what is planned
		}
		if m := slices.IndexFunc(sc.p.Children(v), func(k int) bool { return sc.tok(k).Rel == "mark" }); m >= 0 && t.XPOS == "VBG" {
			if k := sc.p.Children(v)[m]; (sc.lem(k) == "after" || sc.lem(k) == "since") && k > 0 && (sc.lem(k-1) == "year" || sc.lem(k-1) == "decade") {
				continue // "reopened their embassies seven years after cutting ties": background, long past (but "days after visiting Kyiv" is news)
			}
		}
		if t.XPOS == "VBG" && v >= 2 && (sc.lem(v-1) == "on" || sc.lem(v-1) == "about") && topicNouns[sc.lem(v-2)] {
			continue // "agreed to start talks on resuming diplomatic relations": the topic, not done
		}
		if t.XPOS == "VBG" && v >= 2 && sc.lem(v-1) == "for" && (sc.lem(v-2) == "exchange" || sc.lem(v-2) == "return") {
			continue // "demanded the release of 1,000 prisoners in exchange for freeing a soldier": the price offered, not done
		}
		purpose := t.Head >= 0 && (sc.used[t.Head] || sc.askedFor(t.Head)) && (t.Rel == "acl" || t.Rel == "advcl") && sc.marked(v, "to")
		// "urged North Korea to freeze its programme and allow
		// inspections": a conjunct of an absorbed complement, with no
		// subject of its own, is part of it too
		sharedComp := t.Rel == "conj" && (t.XPOS == "VB" || t.XPOS == "VBP") && t.Head >= 0 && absorbed[t.Head] && !sc.hasSubject(v)
		if sc.coded[t.Head] && (t.Rel == "xcomp" || t.Rel == "ccomp" || t.Rel == "advcl" && sc.isComplement(t.Head, v)) || purpose || sharedComp {
			// and "pledged $500 million to help Ukraine": the purpose
			// of a coded act's object is part of it
			absorbed[v] = true
			sc.coded[v] = true
			for _, o := range sc.objects(v) {
				sc.used[o] = true // "threatened to launch an offensive": no second event
			}
			continue
		}
		if sc.mustDemand(v) || sc.hostilePledge(v) {
			continue
		}
		sc.verb(v)
	}
	for i, t := range p.Tokens {
		if (t.UPOS == "NOUN" || t.UPOS == "PROPN") && (!sc.used[i] || sc.ownVisit(i)) && !sc.prevented(i) {
			sc.noun(i)
		}
	}
	sc.complaintTail()
	sc.heldResponsible()
	if !c.NoShallow {
		sc.shallow(len(sc.events) > 0)
	}
	if !c.NoShallow {
		sc.completeTargets()
	}
	sc.dropProtestDemands()
	sc.dropNameless()
	sc.dropUnknownToll()
	sc.dropAimlessVisits()
	sc.deepTargets()
	sc.addresseeTargets()
	sc.dropBackgroundForce()
	sc.dropDisasters()
	return sc.events
}

// dropDisasters drops the uses of force whose doer is a disaster: "Somalia's
// worst drought killed 43,000 people", "the floods killed 30" (but
// "Israeli fire killed two Palestinians": fire that someone's is gunfire).
func (sc *sentenceCoder) dropDisasters() {
	sc.events = slices.DeleteFunc(sc.events, func(e dyad.Event) bool {
		if !force(e.CAMEO) {
			return false
		}
		v := sc.tokenAt(e.Evidence.TriggerSpan[0])
		if v < 0 || sc.passive(v) {
			return false
		}
		return slices.ContainsFunc(sc.p.Subjects(v), func(k int) bool {
			l := sc.lem(k)
			if !accidentNouns[l] && !disasterNouns[l] {
				return false
			}
			if l == "fire" || l == "fires" {
				return !slices.ContainsFunc(sc.p.Children(k), func(c int) bool {
					r := sc.tok(c).Rel
					return (r == "amod" || r == "compound" || r == "nmod:poss") && len(sc.modifierActors(c)) > 0
				})
			}
			return true
		})
	})
}

// dropBackgroundForce drops the uses of force told in a restrictive
// relative clause on a subject: "the gunmen who attacked Mumbai last week
// had come from Pakistan", "an air strike which killed seven aid workers
// was a mistake" name whom or what the sentence is about by an act
// reported before; the sentence reports something else about them. A
// clause set off by a comma tells a new act ("the Houthis, who fired
// missiles into Saudi Arabia"), and so does one on an object ("claimed an
// attack that killed four policemen").
func (sc *sentenceCoder) dropBackgroundForce() {
	sc.events = slices.DeleteFunc(sc.events, func(e dyad.Event) bool {
		if !force(e.CAMEO) {
			return false
		}
		k := sc.tokenAt(e.Evidence.TriggerSpan[0])
		if k < 0 || sc.tok(k).Rel != "acl:relcl" {
			return false
		}
		n := sc.tok(k).Head
		if n < 0 || !strings.HasPrefix(sc.tok(n).Rel, "nsubj") {
			return false
		}
		f, _ := sc.p.Subtree(k)
		return f == 0 || sc.tok(f-1).Text != ","
	})
}

// civilianWords are the words of a target phrase that name civilians or
// the places where they gather.
var civilianWords = map[string]bool{"civilians": true, "civilian": true, "people": true, "worshippers": true, "shoppers": true,
	"tourists": true, "passengers": true, "students": true, "villagers": true, "pilgrims": true, "children": true, "women": true,
	"mall": true, "market": true, "hotel": true, "church": true, "mosque": true, "school": true, "bus": true}

// heldResponsible codes the blame a report lays: "the Secretary of
// State said Iran was responsible for the attacks on the tankers", "a UN
// inquiry found that Syrian forces were responsible for the sarin
// attack" (112, from who says or finds it to who is held responsible).
func (sc *sentenceCoder) heldResponsible() {
	for a, t := range sc.p.Tokens {
		if sc.lem(a) != "responsible" || t.UPOS != "ADJ" || sc.p.Negated(a) {
			continue
		}
		r := -1
		switch {
		case t.Rel == "ccomp" && t.Head >= 0:
			r = t.Head
		case t.Head < 0:
			// "Syrian forces were responsible for the attack, a UN
			// inquiry said": the reporter after the clause
			for _, k := range sc.p.Children(a) {
				if sc.tok(k).Rel == "parataxis" && k > a {
					r = k
				}
			}
		}
		if r < 0 || !reportVerbs[sc.lem(r)] {
			continue
		}
		blamed := false
		for _, o := range sc.p.Obliques(a) {
			if o.Prep == "for" && blameNouns[sc.lem(o.Head)] {
				blamed = true
			}
		}
		subj := sc.p.Subjects(a)
		if !blamed || len(subj) == 0 {
			continue
		}
		sources := sc.sources(r)
		targets := slices.DeleteFunc(slices.Clone(sc.actors(subj[0])), func(x dyad.Actor) bool { return x.Country == "" })
		if len(sources) == 0 || len(targets) == 0 {
			continue
		}
		sc.emit(&Pattern{Code: "112", ID: "blame(112.disapprove.responsible.for)"}, sources, targets, dyad.Span{t.Start, t.End}, false, sc.modality(r))
	}
}

// reportVerbs report or find what their clause says.
var reportVerbs = map[string]bool{"say": true, "find": true, "conclude": true, "believe": true, "determine": true, "assess": true, "state": true, "tell": true, "announce": true, "confirm": true}

// blameNouns are the acts one is held responsible for.
var blameNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "killing": true, "killings": true, "crime": true, "crimes": true,
	"death": true, "deaths": true, "massacre": true, "violence": true, "poisoning": true, "shooting": true, "abuse": true, "abuses": true,
	"atrocity": true, "atrocities": true, "explosion": true, "blast": true, "strike": true, "strikes": true, "assassination": true,
}

// stateNamed reports whether token k names a state by its name.
func (sc *sentenceCoder) stateNamed(k int) bool {
	return slices.ContainsFunc(sc.actors(k), func(a dyad.Actor) bool { return len(a.Country) == 3 && a.Code == a.Country })
}

// killVerbs kill someone: "shot dead", "killed", "gunned down".
var killVerbs = map[string]bool{"kill": true, "shoot": true, "gun": true, "murder": true, "slay": true, "execute": true}

// noncombatantRoles are the roles of people no armed group fights as an
// army: civilians, students and teachers, doctors, journalists, clergy,
// workers, farmers, business people, refugees ("Taliban gunmen shot a
// schoolgirl").
var noncombatantRoles = map[string]bool{"CVL": true, "EDU": true, "HLH": true, "MED": true, "REL": true, "LAB": true, "AGR": true, "BUS": true, "REF": true}

// massVictims reports whether the phrase headed at o names civilians by
// the hundred or more: "hundreds of villagers", "thousands of civilians",
// "300 civilians".
func (sc *sentenceCoder) massVictims(o int) bool {
	civilians := func(k int) bool { l := sc.lem(k); return l == "civilian" || l == "villager" }
	if l := sc.lem(o); l == "hundred" || l == "thousand" || l == "hundreds" || l == "thousands" {
		return slices.ContainsFunc(sc.nmods(o, "of"), civilians)
	}
	// civilians by the hundred, people by the thousand ("killed as many
	// as 2,000 people in an attack on the town")
	least := 100
	if l := sc.lem(o); l == "people" || l == "person" || l == "resident" || l == "inhabitant" {
		least = 1000
	} else if !civilians(o) {
		return false
	}
	for _, k := range sc.p.Children(o) {
		if sc.tok(k).Rel != "nummod" {
			continue
		}
		w := strings.ReplaceAll(strings.ToLower(sc.tok(k).Text), ",", "")
		if n, err := strconv.Atoi(w); err == nil && n >= least || w == "hundreds" && least == 100 || w == "thousands" {
			return true
		}
	}
	return false
}

// deepRoots are the roots of acts whose object, when no target was found,
// belongs to the actor named inside it: what is denied, rejected, offered,
// endorsed or given ("rejected a motion that would have let U.S. troops
// deploy", "denied having shot down a Malaysian airliner").
var deepRoots = map[string]bool{"01": true, "03": true, "05": true, "07": true, "12": true, "13": true, "15": true}

// deepTargets gives an event of deepRoots that found no target the actor
// named first, nearest the top, inside its trigger's object (not the
// source itself). Acts of force and coercion do not look there: what they
// strike holds places and victims, not the target.
func (sc *sentenceCoder) deepTargets() {
	for i := range sc.events {
		e := &sc.events[i]
		if e.Target != nil || e.Source == nil || !deepRoots[e.Root] {
			continue
		}
		v := sc.tokenAt(e.Evidence.TriggerSpan[0])
		if v < 0 {
			continue
		}
		queue := slices.Clone(sc.objects(v))
		if sc.tok(v).UPOS == "ADJ" || e.Root == "13" || e.Root == "15" {
			// "was confident that talks with Brussels would succeed",
			// "pessimistic about the chances of a deal with Greece": a
			// stance's clause or topic holds whom it is about; "massed
			// troops near its border with Ukraine": where a show of force
			// is made, whom it faces
			for _, c := range sc.p.Children(v) {
				if r := sc.tok(c).Rel; r == "ccomp" || r == "obl" || r == "xcomp" {
					queue = append(queue, c)
				}
			}
		}
		for len(queue) > 0 {
			k := queue[0]
			queue = queue[1:]
			found := false
			for _, c := range sc.p.Children(k) {
				t := sc.tok(c)
				if k == v && strings.HasPrefix(t.Rel, "nsubj") {
					continue // "an account that Turkish officials rejected", back in the trigger's own clause: not its source
				}
				switch t.Rel {
				case "nmod", "nmod:poss", "compound", "amod", "obl", "obj", "acl", "acl:relcl", "xcomp", "nsubj", "nsubj:pass":
				case "advcl", "obl:agent":
					if e.Root != "13" {
						continue
					}
					// "threatened to use force to break up camps set up by
					// refugees": a threat's purpose and its victims
				default:
					continue
				}
				if (placePreps[sc.prepOf(c)] && t.UPOS == "PROPN" || sc.isPlace(c)) && !(e.Root == "15" && sc.stateNamed(c)) {
					continue // "signed a trade agreement in Kampala": where, not with whom (but "exercises around Taiwan" face Taiwan)
				}
				if t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "ADJ" {
					if as := slices.DeleteFunc(slices.Clone(sc.actors(c)), func(a dyad.Actor) bool {
						return a.Country == "" || a.Code == e.Source.Code
					}); len(as) > 0 {
						e.Target = &as[0]
						e.Evidence.Pattern += "+deep"
						found = true
						break
					}
				}
				queue = append(queue, c)
			}
			if found {
				break
			}
		}
	}
}

// addresseeTargets gives an event with no target, told in a clause
// reported to someone, that addressee: "Ecuador told the United States
// that it would not renew the lease on the air base".
func (sc *sentenceCoder) addresseeTargets() {
	for i := range sc.events {
		e := &sc.events[i]
		if e.Target != nil || e.Source == nil {
			continue
		}
		v := sc.tokenAt(e.Evidence.TriggerSpan[0])
		for steps := 0; v >= 0 && steps < 4; steps++ {
			t := sc.tok(v)
			if t.Rel == "ccomp" && t.Head >= 0 && addressVerbs[sc.lem(t.Head)] {
				for _, o := range sc.p.Objects(t.Head) {
					if o < v {
						if as := sc.actors(o); len(as) > 0 && as[0].Country != "" && as[0].Code != e.Source.Code {
							a := as[0]
							e.Target = &a
							e.Evidence.Pattern += "+addressee"
						}
					}
				}
				break
			}
			if t.Rel != "conj" && t.Rel != "xcomp" {
				break
			}
			v = t.Head
		}
	}
}

// addressVerbs tell someone something: their object is whom it is told.
var addressVerbs = map[string]bool{"tell": true, "inform": true, "notify": true, "assure": true, "warn": true, "remind": true}

// Dyadic reports whether an event names both a source and a target, as
// the CAMEO coders of the TABARI and PETRARCH line require of every event
// (an act with no one it is done to, "the rebels declared a ceasefire",
// is no event for them; PLOVER codes it with no recipient).
func Dyadic(e dyad.Event) bool {
	return e.Source != nil && e.Source.Code != "" && e.Target != nil && e.Target.Code != ""
}

// dropNameless drops an event whose source is words no dictionary or rule
// could code, when the same trigger gave the same code with a coded
// source: in "Aung San Suu Kyi, whose National League for Democracy won
// the 1990 election, called on ...", "Democracy" is a misparse's second
// caller.
func (sc *sentenceCoder) dropNameless() {
	coded := func(e dyad.Event) bool { return e.Source != nil && (e.Source.Code != "" || e.Source.Country != "") }
	sc.events = slices.DeleteFunc(sc.events, func(e dyad.Event) bool {
		if coded(e) || e.Source == nil || e.Source.Text == "" {
			return false
		}
		return slices.ContainsFunc(sc.events, func(o dyad.Event) bool {
			return coded(o) && o.CAMEO == e.CAMEO && o.Evidence.TriggerSpan == e.Evidence.TriggerSpan
		})
	})
}

// dropUnknownToll drops an event with no source whose target is only
// people in general, or an act of force by people in general with no
// target: "20 people were killed" says nothing of who did it.
func (sc *sentenceCoder) dropUnknownToll() {
	sc.events = slices.DeleteFunc(sc.events, func(e dyad.Event) bool {
		return (e.Source == nil || e.Source.Text == "" && e.Source.Country == "") && e.Target != nil && peopleWord(e.Target.Text) ||
			e.Source != nil && e.Source.Country == "" && peopleWord(e.Source.Text) && e.Target == nil && (e.Root == "18" || e.Root == "19" || e.Root == "20") // ("20 people were killed or wounded", with the people the wounding's subject)
	})
}

// dropAimlessVisits drops a visit named by a noun that goes to no one: "the
// Pacific leader's first official visit since ...", "the first such visit
// by an Indian leader" recall visits and "Koizumi's visit to the Yasukuni
// shrine" is made at home; a visit abroad names where it goes, or the
// sentence codes it as an arrival.
func (sc *sentenceCoder) dropAimlessVisits() {
	sc.events = slices.DeleteFunc(sc.events, func(e dyad.Event) bool {
		return e.CAMEO == "042" && e.Target == nil && strings.HasPrefix(e.Evidence.Pattern, "n.")
	})
}

// peopleWord reports whether a phrase ends in "people" or "persons":
// civilians, but no one in particular.
func peopleWord(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	return len(f) > 0 && (f[len(f)-1] == "people" || f[len(f)-1] == "persons")
}

// dropProtestDemands drops the demands a protest is made with ("marched
// through Dhaka demanding the minister's resignation"): the PLOVER manual
// (3.12) codes the protest and not its topic.
func (sc *sentenceCoder) dropProtestDemands() {
	if !slices.ContainsFunc(sc.events, func(e dyad.Event) bool { return e.Root == "14" }) {
		return
	}
	sc.events = slices.DeleteFunc(sc.events, func(e dyad.Event) bool {
		if e.Root != "10" {
			return false
		}
		k := sc.tokenAt(e.Evidence.TriggerSpan[0])
		return k >= 0 && sc.tok(k).XPOS == "VBG"
	})
}

// tokenAt returns the token that starts at byte offset off, or -1.
func (sc *sentenceCoder) tokenAt(off int) int {
	for k, t := range sc.p.Tokens {
		if t.Start == off {
			return k
		}
	}
	return -1
}

type sentenceCoder struct {
	c       *Coder
	in      Input
	p       *nlp.Sentence
	lems    []string             // the tokens' lemmas, lower-cased once
	phrases map[int]nlp.Phrase   // phrase's results, by head
	names   map[int][]dyad.Actor // names the parser split at "and", by token (coordinatedName)
	cache   map[int][]dyad.Actor
	busy    map[int]bool // heads whose actors are being resolved (actors), against cycles
	objs    [][]int      // objects' results, by verb (nil: not yet computed)
	used    map[int]bool // noun triggers consumed as a verb's object
	coded   map[int]bool // verbs that matched a pattern
	events  []dyad.Event
	seen    map[string]bool
}

func (sc *sentenceCoder) tok(i int) nlp.Token { return sc.p.Tokens[i] }

// particle returns the verb particle of v ("out" in "ruled out").
func (sc *sentenceCoder) particle(v int) (string, int) {
	for _, k := range sc.p.Children(v) {
		t := sc.tok(k)
		if t.Rel == "compound:prt" {
			return strings.ToLower(t.Text), k
		}
	}
	// "pulled its troops out of Lebanon", with "out of" the case of
	// the phrase: the verb's particle too
	for _, k := range sc.p.Children(v) {
		if t := sc.tok(k); t.Rel != "obl" || k < v || dealNouns[sc.lem(k)] {
			continue // (but "pulled the United States out of the accord" leaves a deal, not a place)
		}
		for _, c := range sc.p.Children(k) {
			if t := sc.tok(c); t.Rel == "case" && strings.EqualFold(t.Text, "out") && c+1 < len(sc.p.Tokens) && strings.EqualFold(sc.tok(c+1).Text, "of") {
				return "out", c
			}
		}
	}
	return "", -1
}

// caseParticle reports whether the particle of v is the "out" that the
// parser made a case marker of the oblique headed at h: in "pulled out of
// planned talks" the phrase is "of talks" for the verb "pull out".
func (sc *sentenceCoder) caseParticle(v, h int) bool {
	_, c := sc.particle(v)
	return c >= 0 && sc.tok(c).Head == h && sc.tok(c).Rel == "case"
}

// allegation reports whether verb v names an act only as a topic or a
// charge, not as an event the sentence reports: a gerund subject
// ("removing the sanctions is out of the question") or an of-clause
// ("suspected of blowing up a plane", "accused of violating").
func (sc *sentenceCoder) allegation(v int) bool {
	t := sc.tok(v)
	if strings.HasPrefix(t.Rel, "csubj") {
		return true
	}
	if t.Rel != "advcl" && t.Rel != "acl" {
		return false
	}
	for _, k := range sc.p.Children(v) {
		if m := sc.tok(k); (m.Rel == "mark" || m.Rel == "case") && k < v && (lemma(m) == "of" ||
			lemma(m) == "with" && sc.chargedWith(v)) {
			return true // "accused of", "charged a man with planning an attack"
		}
	}
	return false
}

// alleged reports whether token n lies in a clause that is alleged or
// denied: "accused Britain of helping Ukraine plan drone attacks".
func (sc *sentenceCoder) alleged(n int) bool {
	for u, steps := sc.tok(n).Head, 0; u >= 0 && steps < 8; u, steps = sc.tok(u).Head, steps+1 {
		if sc.tok(u).UPOS == "VERB" && (sc.allegation(u) || sc.denied(u)) {
			return true
		}
	}
	return false
}

// chargeVerbs charge someone with something: the with-phrase is the
// charge, the object whom it is laid on.
var chargeVerbs = map[string]bool{"charge": true, "accuse": true, "indict": true}

// chargedWith reports whether clause v is what a verb of charging, or its
// object, is charged with: "charged a Russian man with planning an attack".
func (sc *sentenceCoder) chargedWith(v int) bool {
	for u, n := sc.tok(v).Head, 0; u >= 0 && n < 2; u, n = sc.tok(u).Head, n+1 {
		if chargeVerbs[sc.lem(u)] {
			return true
		}
	}
	return false
}

// isComplement reports whether k is one of v's complements.
func (sc *sentenceCoder) isComplement(v, k int) bool {
	for _, c := range sc.complements(v) {
		if c == k {
			return true
		}
	}
	return false
}

// timeWords head phrases of time, which no preposition turns into a
// target ("called on Monday").
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "day": true, "week": true,
	"month": true, "year": true, "weekend": true, "morning": true, "evening": true,
	"night": true, "afternoon": true, "today": true, "tomorrow": true, "yesterday": true,
	"hour": true, "minute": true, "decade": true, "century": true,
}

// particles are the adverbs that make phrasal verbs.
var particles = map[string]bool{
	"in": true, "out": true, "off": true, "back": true, "up": true, "down": true,
	"over": true, "away": true, "on": true, "aside": true, "through": true,
}

// hasParticle reports whether any of pats is for the verb with particle prt.
func (sc *sentenceCoder) hasParticle(pats []*Pattern, prt string) bool {
	for _, p := range pats {
		if p.Particle == prt {
			return true
		}
	}
	return false
}

// objects returns the heads that fill a verb's object slot: its objects,
// or a passive verb's subjects, with quantity heads ("hundreds of
// airstrikes") looked through.
func (sc *sentenceCoder) objects(v int) []int {
	if sc.objs == nil {
		sc.objs = make([][]int, len(sc.p.Tokens))
	}
	if r := sc.objs[v]; r != nil {
		return r[:len(r):len(r)] // callers may append
	}
	r := sc.findObjects(v)
	if r == nil {
		r = []int{}
	}
	sc.objs[v] = r
	return r[:len(r):len(r)]
}

// findObjects computes objects(v).
func (sc *sentenceCoder) findObjects(v int) []int {
	objs := sc.p.Objects(v)
	if sc.passive(v) {
		objs = append(objs, sc.p.Subjects(v)...)
		if t := sc.tok(v); t.Rel == "acl" && t.Head >= 0 && t.Head < v && sc.p.Agent(v) >= 0 {
			objs = append(objs, t.Head) // "a missile fired by the Houthis": the missile
		}
	}
	if o := sc.relativeObject(v, false); o >= 0 {
		objs = append(objs, o)
	}
	var out []int
	for _, o := range objs {
		if sc.reporterConj(o) {
			continue // "killing 20 people, relief officials said": who tells it
		}
		out = append(out, o)
		for depth := 0; depth < 3 && (sc.tok(o).UPOS == "NUM" || partitives[sc.lem(o)]); depth++ {
			next := -1 // "tens of thousands of troops": through each quantity
			for _, k := range sc.p.Children(o) {
				if t := sc.tok(k); (t.Rel == "nmod" || t.Rel == "nmod:of") && sc.prepOf(k) == "of" {
					out = append(out, k)
					next = k
				}
			}
			if next < 0 {
				break
			}
			o = next
		}
		if currencies[sc.lem(o)] {
			// "suspended $2 billion in security assistance": the money
			// is the aid (the phrase hung on the money or on the verb)
			for _, k := range sc.p.Children(o) {
				if t := sc.tok(k); t.Rel == "nmod" && sc.prepOf(k) == "in" {
					out = append(out, k)
				}
			}
			for _, ob := range sc.p.Obliques(v) {
				_, last := sc.p.Subtree(o)
				if first, _ := sc.p.Subtree(ob.Head); ob.Prep == "in" && sc.tok(ob.Head).UPOS == "NOUN" && first == last+1 {
					out = append(out, ob.Head) // right after the money: not "$2 billion in loans in the coming years"'s years
				}
			}
		}
	}
	return out
}

// backgroundPreps open a phrase that tells what came before or around an
// act: "after the worst fighting in two decades".
var backgroundPreps = map[string]bool{"after": true, "since": true, "before": true, "despite": true, "amid": true, "following": true, "during": true}

// motionPreps say where someone goes, not where they are from.
var motionPreps = map[string]bool{"into": true, "onto": true, "toward": true, "towards": true}

// prevented reports whether noun n names an event that a verb of
// preventing keeps from happening, the noun in its object's phrase:
// "blocked the start of European Union membership talks with North
// Macedonia" holds no talks.
func (sc *sentenceCoder) prevented(n int) bool {
	for k, steps := n, 0; k >= 0 && steps < 4; steps++ {
		t := sc.tok(k)
		h := t.Head
		if h < 0 {
			return false
		}
		if t.Rel == "obj" && sc.tok(h).UPOS == "VERB" {
			return preventVerbs[sc.lem(h)]
		}
		if !strings.HasPrefix(t.Rel, "nmod") && t.Rel != "compound" {
			return false
		}
		k = h
	}
	return false
}

// preventVerbs keep what their object names from happening.
var preventVerbs = map[string]bool{"block": true, "prevent": true, "delay": true, "postpone": true, "veto": true, "cancel": true, "scrap": true, "obstruct": true, "stall": true}

// courtVerbs are done by courts: a passive with no agent was done by one
// ("was sentenced to 12 years").
var courtVerbs = map[string]bool{"sentence": true, "convict": true}

// relativeObject returns the noun a clause v with a subject of its own
// leaves its object to, or -1: a relative clause ("the accusations Ankara
// rejected", "a deal which the two sides signed", with "which" the
// parser's object; "a move the United States condemned", read as "acl" or
// not), or a clause after a comma that the parser gave the noun as a bare
// phrase ("..., a charge Ankara rejected"). Not where the gap is a place,
// a time or a manner ("the town where rebels fought", "the day they
// met"), a passive's subject, or a clause with an object of its own.
//
// A restrictive clause ("the islands Eritrea seized in 1995") most often
// tells what the noun is, not news: only with restrictive set is its noun
// returned; without, only the noun of a clause set off by a comma (",
// a charge the government denied", ", which Kyiv described as illegal").
func (sc *sentenceCoder) relativeObject(v int, restrictive bool) int {
	t := sc.tok(v)
	if t.UPOS != "VERB" || sc.passive(v) || !sc.hasSubject(v) {
		return -1
	}
	head := -1
	if h := t.Head; (t.Rel == "acl:relcl" || t.Rel == "acl") && h >= 0 && h < v {
		first, _ := sc.p.Subtree(v)
		if restrictive || h >= 2 && sc.tok(h-2).Text == "," && sc.tok(h-1).UPOS == "DET" || first > 0 && sc.tok(first-1).Text == "," && sc.lem(first) == "which" {
			head = h
		}
	}
	for _, k := range sc.p.Children(v) {
		c := sc.tok(k)
		switch l := sc.lem(k); {
		case head < 0 && k < v && k >= 2 && (strings.HasPrefix(c.Rel, "obl") || c.Rel == "obj") && sc.tok(k-2).Text == "," && sc.tok(k-1).UPOS == "DET":
			head = k // the noun parsed as the verb's bare phrase
		case c.Rel == "obj":
			if k < v && (l == "which" || l == "that" || l == "whom") {
				continue
			}
			return -1 // an object of its own
		case k < v && (l == "where" || l == "when" || l == "why" || l == "how" || strings.HasPrefix(c.Rel, "obl") && (l == "which" || l == "whom")):
			return -1
		case strings.HasPrefix(c.Rel, "nsubj") && (l == "which" || l == "that" || l == "who"):
			return -1 // the noun is the subject: "a group that attacked"
		}
	}
	if head < 0 || sc.tok(head).UPOS != "NOUN" || timeNouns[sc.lem(head)] {
		return -1
	}
	return head
}

// timeNouns name a time, which a relative clause leaves no object to:
// "the day the two leaders met".
var timeNouns = map[string]bool{
	"day": true, "week": true, "month": true, "year": true, "time": true, "night": true, "morning": true,
	"evening": true, "hour": true, "moment": true, "decade": true, "weekend": true, "period": true,
}

// currencies are the units sums of money are counted in.
var currencies = map[string]bool{
	"$": true, "dollar": true, "dollars": true, "us$": true, "euro": true, "euros": true, "€": true, "pound": true, "pounds": true, "£": true,
	"yen": true, "¥": true, "yuan": true, "rupee": true, "rupees": true, "franc": true, "francs": true, "rouble": true, "roubles": true, "ruble": true, "rubles": true,
}

// partitives are nouns of quantity or container whose "of" phrase is the
// real object: "dozens of troops", "a shipment of weapons", "$50,000
// worth of goods"; but "the loyalty of the armed forces" is loyalty.
var partitives = map[string]bool{
	"dozen": true, "dozens": true, "ten": true, "tens": true, "hundred": true, "hundreds": true, "thousand": true,
	"thousands": true, "million": true, "millions": true, "billion": true, "number": true,
	"group": true, "part": true, "some": true, "many": true, "most": true, "all": true,
	"rest": true, "batch": true, "shipment": true, "consignment": true, "delivery": true,
	"load": true, "convoy": true, "contingent": true, "team": true, "unit": true, "ton": true,
	"tons": true, "tonne": true, "tonnes": true, "worth": true, "supply": true, "kind": true,
	"type": true, "amount": true, "quantity": true, "package": true, "pair": true, "set": true,
	"series": true, "wave": true, "round": true, "barrage": true, "volley": true, "fleet": true, "list": true, "raft": true,
	"squadron": true, "battalion": true, "brigade": true, "company": true, "detachment": true,
	"handful": true, "few": true, "couple": true, "lot": true, "lots": true, "range": true,
	"stockpile": true, "cache": true, "crate": true, "box": true, "truckload": true, "planeload": true,
	"one": true, "two": true, "three": true, "several": true, "score": true, "scores": true,
	"state": true, "campaign": true, "spate": true, "string": true, "flurry": true, "salvo": true, "hail": true, // "a state of emergency", "a campaign of civil disobedience"
	"use":     true,                                                   // "has not ruled out the use of force"
	"message": true, "letter": true, "note": true, "expression": true, // "sent a message of condolence", "a note of protest"
}

// heldWords describe people in someone's hands.
var heldWords = map[string]bool{
	"detained": true, "jailed": true, "imprisoned": true, "captured": true, "abducted": true,
	"kidnapped": true, "arrested": true, "held": true, "incarcerated": true, "captive": true,
}

// tollVerbs tell the casualties of an act: "opened fire, killing one
// person".
var tollVerbs = map[string]bool{"kill": true, "wound": true, "injure": true, "maim": true}

// forceAt reports whether an act of force has been coded with token v as
// its trigger.
func (sc *sentenceCoder) forceAt(v int) bool {
	return slices.ContainsFunc(sc.events, func(e dyad.Event) bool {
		return (force(e.CAMEO) || e.CAMEO == "175") && sc.triggeredAt(e, v)
	})
}

// bombingAt reports whether a bombing has been coded with token v as its
// trigger. (An ambush that kills is a fight too: its toll stays an event.)
func (sc *sentenceCoder) bombingAt(v int) bool {
	return slices.ContainsFunc(sc.events, func(e dyad.Event) bool { return bombing(e) && sc.triggeredAt(e, v) })
}

// ambushAt reports whether an ambush (180) has been coded with token v as
// its trigger: an ambush that kills is a fight too, and its toll stays an
// event.
func (sc *sentenceCoder) ambushAt(v int) bool {
	return slices.ContainsFunc(sc.events, func(e dyad.Event) bool { return strings.HasPrefix(e.CAMEO, "180") && sc.triggeredAt(e, v) })
}

// triggeredAt reports whether token v lies within event e's trigger.
func (sc *sentenceCoder) triggeredAt(e dyad.Event, v int) bool {
	t := sc.tok(v)
	return e.Evidence.TriggerSpan[0] <= t.Start && t.End <= e.Evidence.TriggerSpan[1]
}

// bombing reports whether e is a bombing (183: a suicide, car or roadside
// bombing).
func bombing(e dyad.Event) bool { return strings.HasPrefix(e.CAMEO, "183") }

// tollTargets gives a bombing or an act of force coded at token h with no
// target the victims of its toll, the verb v: "blew himself up outside a
// police station, killing seven policemen" targets the policemen.
func (sc *sentenceCoder) tollTargets(h, v int) {
	var victims []dyad.Actor
	for _, o := range sc.p.Objects(v) {
		if o > v {
			victims = append(victims, sc.actors(o)...)
		}
	}
	if len(victims) == 0 {
		return
	}
	for i, e := range sc.events { // (the copies appended below are not revisited)
		if e.Target != nil || !bombing(e) && !force(e.CAMEO) && e.CAMEO != "175" || !sc.triggeredAt(e, h) {
			continue
		}
		for j, a := range victims {
			if j == 0 {
				sc.events[i].Target = &a
				continue
			}
			e.Target = &a
			sc.events = append(sc.events, e)
		}
	}
}

// absolute reports whether the "with" phrase headed by n is an absolute
// construction set off by a comma, a circumstance rather than a party:
// "signed the accord, with President Clinton looking on" (but "met with
// rebels fighting in the north").
func (sc *sentenceCoder) absolute(n int) bool {
	comma := false
	for _, k := range sc.p.Children(n) {
		if t := sc.tok(k); t.Rel == "case" && k > 0 && sc.tok(k-1).Text == "," {
			comma = true
		}
	}
	if !comma {
		return false
	}
	for _, k := range sc.p.Children(n) {
		if t := sc.tok(k); t.Rel == "acl" && (t.XPOS == "VBG" || t.XPOS == "VBN") && k > n {
			return true
		}
	}
	return false
}

// prepOf returns the preposition (case child) of a nominal.
func (sc *sentenceCoder) prepOf(n int) string {
	var parts []string
	for _, k := range sc.p.Children(n) {
		if t := sc.tok(k); t.Rel == "case" && k < n {
			parts = append(parts, strings.ToLower(t.Text))
		}
	}
	return strings.Join(parts, " ")
}

// nmods returns the nominal modifiers of n introduced by prep.
func (sc *sentenceCoder) nmods(n int, prep string) []int {
	var out []int
	for _, k := range sc.p.Children(n) {
		if strings.HasPrefix(sc.tok(k).Rel, "nmod") && sc.tok(k).Rel != "nmod:poss" && sc.prepOf(k) == prep && !timeWords[sc.lem(k)] {
			out = append(out, k) // but not "on Monday", hung on a noun
		}
	}
	return out
}

// routeNouns name a way between two places: "the road between Kabul and
// Jalalabad" names no sides.
var routeNouns = map[string]bool{"line": true, "road": true, "highway": true, "corridor": true, "railway": true}

// betweenOf returns, for a noun n that is the subject of a verb after it,
// the heads of the "between" phrase the parser hung on that verb or on one
// of its obliques rather than on n ("fighting erupted in Khartoum between
// the army and the RSF", "erupted in Juba on Friday between South Sudanese
// troops and Ugandan soldiers", with the phrase hung on Juba).
func (sc *sentenceCoder) betweenOf(n int) []int {
	t := sc.tok(n)
	if t.Rel != "nsubj" || t.Head <= n || sc.tok(t.Head).UPOS != "VERB" {
		return nil
	}
	v := t.Head
	var out []int
	for _, o := range sc.p.Obliques(v) {
		if o.Prep == "between" {
			out = append(out, o.Head)
		} else if o.Head > v && !borderNouns[sc.lem(o.Head)] && !routeNouns[sc.lem(o.Head)] { // "near the border between Iraq and Syria" names no side
			out = append(out, sc.nmods(o.Head, "between")...)
		}
	}
	return out
}

func lemma(t nlp.Token) string { return strings.ToLower(t.Lemma) }

// lem is lemma(sc.tok(k)), computed once per sentence.
func (sc *sentenceCoder) lem(k int) string { return sc.lems[k] }

// match checks a pattern's constraints on verb v.
func (sc *sentenceCoder) match(pat *Pattern, v int, prt string) (obj int, ok bool) {
	obj = -1
	if pat.Particle != prt {
		return -1, false
	}
	if asVerbs[pat.Verb] && prt == "" && len(pat.Comps) > 0 {
		// "described the sanctions as an act of economic terrorism", "a
		// move Damascus described as illegal": the name says what the
		// verb does
		if objs := sc.namedAs(v); len(objs) == 2 {
			if !slices.Contains(pat.Comps, sc.nameLemma(objs[1])) {
				return -1, false
			}
			return objs[0], true
		}
	}
	if pat.Verb == "call" && prt == "" {
		if objs := sc.calledObjects(v); len(objs) >= 2 {
			// "calling it a pretext for interference": a name given, no
			// appeal; the name may be a criticism ("called the decision
			// an act of violence")
			if pat.Code[:2] != "11" || !slices.Contains(pat.Comps, sc.nameLemma(objs[len(objs)-1])) || sc.tok(objs[0]).UPOS == "PRON" {
				return -1, false // (and "calling them a crime against humanity": them, the attacks, whose?)
			}
			return objs[0], true
		}
	}
	var heads []int // the +prep phrase's heads
	if pat.Prep != "" {
		if heads = sc.prepHeads(v, -1, pat.Prep); len(heads) == 0 {
			return -1, false
		}
	}
	if pat.Code == "130" && len(pat.Objects) == 0 && slices.ContainsFunc(sc.p.Objects(v), func(o int) bool { return endangered[sc.lem(o)] }) {
		return -1, false // "said the plan threatened the unity of the country": endangers, no threat
	}
	if pat.Verb == "insist" && pat.Prep == "" && sc.statesFact(v) {
		return -1, false // "insisted that it was not a coup": a claim, no demand
	}
	switch {
	case len(pat.Objects) == 1 && pat.Objects[0] == "none":
		if len(sc.p.Objects(v)) > 0 {
			return -1, false
		}
	case len(pat.Objects) > 0:
		cands := append(sc.objects(v), heads...)
		for _, o := range sc.objects(v) {
			for _, k := range sc.p.Children(o) {
				if t := sc.tok(k); t.Rel == "conj" && t.UPOS == "NOUN" {
					cands = append(cands, k) // "sent relief goods and a medical team"
				}
			}
		}
		if l := sc.lem(v); l == "provide" || l == "supply" || l == "equip" || l == "furnish" {
			for _, o := range sc.p.Obliques(v) {
				if o.Prep == "with" {
					cands = append(cands, o.Head) // "provide Ethiopia with $600 million"
				}
			}
		}
		if l := sc.lem(v); l == "give" || l == "grant" {
			// "gave American diplomats 72 hours to leave", with the
			// second object read as the first's appositive
			for _, o := range sc.p.Objects(v) {
				for _, k := range sc.p.Children(o) {
					if t := sc.tok(k); t.Rel == "appos" && t.UPOS == "NOUN" && k > o {
						cands = append(cands, k)
					}
				}
			}
		}
		if pat.Particle != "" {
			// "took over the southern port city", with "over" read as
			// the city's preposition: the particle's phrase is the object
			for _, o := range sc.p.Obliques(v) {
				if o.Prep == pat.Particle {
					cands = append(cands, o.Head)
				}
			}
		}
		found := false
		for _, o := range cands {
			if sc.lemmaIn(o, pat.Objects) {
				obj, found = o, true
				break
			}
			if a := sc.objectAntecedent(o); a >= 0 && sc.lemmaIn(a, pat.Objects) {
				obj, found = o, true // "ordered him to leave", him the ambassador
				break
			}
		}
		if !found {
			return -1, false
		}
	}
	if len(pat.Comps) > 0 {
		comps := sc.complements(v)
		heads := sc.p.Objects(v)
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "in" && talkMedia[sc.lem(o.Head)] {
				heads = append(heads, o.Head) // "agreed in a phone call to restore ties"
			}
		}
		for _, o := range heads {
			for _, k := range sc.p.Children(o) {
				if sc.tok(k).Rel == "acl" && sc.marked(k, "to") && !sc.hasSubject(k) && k > o {
					comps = append(comps, k) // "urged the rebels to return", the infinitive hung on the object
				}
			}
		}
		found := len(comps) > 0 && pat.Comps[0] == "*"
		for _, k := range comps {
			if pat.Code == "0351" && slices.ContainsFunc(sc.p.Objects(k), func(o int) bool { return missionNouns[sc.lem(o)] }) {
				continue // "agreed to reopen embassies": diplomacy, no restriction eased
			}
			if slices.Contains(pat.Comps, sc.compLemma(k)) && !sc.heldOther(pat, k) {
				found = true
				break
			}
		}
		if !found {
			return -1, false
		}
	}
	return obj, true
}

// calledObjects returns the objects of a verb of naming, with a name that
// the parser hung on the first as its appositive: in quotation marks
// ("called the judges 'crooks'") or opened by "a" with no comma before.
func (sc *sentenceCoder) calledObjects(v int) []int {
	objs := sc.p.Objects(v)
	if len(objs) != 1 {
		return objs
	}
	for _, k := range sc.p.Children(v) {
		if t := sc.tok(k); t.Rel == "xcomp" && k > objs[0] && (t.UPOS == "NOUN" || t.UPOS == "ADJ") {
			return []int{objs[0], k} // "called the American decision an act of provocation", as UD reads it
		}
	}
	for _, k := range sc.p.Children(objs[0]) {
		t := sc.tok(k)
		if t.Rel != "appos" && t.Rel != "acl:relcl" && t.Rel != "dep" || k <= objs[0]+1 || t.UPOS != "NOUN" && t.UPOS != "ADJ" {
			continue // (a noun read as a clause: "called the strike an attack", "attack" a relative clause)
		}
		// (or read as an appositive with no comma: "called the strike
		// an attack on Syrian sovereignty")
		if f, _ := sc.p.Subtree(k); sc.tok(k-1).UPOS == "PUNCT" || f > 0 && sc.tok(f-1).Rel != "punct" && (strings.EqualFold(sc.tok(f).Text, "a") || strings.EqualFold(sc.tok(f).Text, "an")) {
			return []int{objs[0], k}
		}
	}
	return objs
}

// nameLemma returns the lemma of the name k a verb of naming gives its
// object, or of what an "act of" names: "an act of violence" is violence.
func (sc *sentenceCoder) nameLemma(k int) string {
	if of := sc.nmods(k, "of"); sc.lem(k) == "act" && len(of) > 0 {
		return sc.lem(of[0])
	}
	return sc.lem(k)
}

// asVerbs name what their object is in an "as" phrase: "described the
// vote as a farce".
var asVerbs = map[string]bool{"describe": true, "characterize": true, "characterise": true, "portray": true, "brand": true, "label": true, "term": true}

// namedAs returns the object of a verb of naming and the head of the "as"
// phrase that names it ("described the sanctions as an act of economic
// terrorism", the phrase hung on the verb or on its object; "a move
// Damascus described as illegal", the object the relative clause's noun),
// or nil.
func (sc *sentenceCoder) namedAs(v int) []int {
	objs := sc.p.Objects(v)
	if o := sc.relativeObject(v, true); o >= 0 {
		objs = []int{o} // (and not "which")
	}
	if len(objs) != 1 {
		return nil
	}
	for _, h := range []int{v, objs[0]} {
		for _, k := range sc.p.Children(h) {
			if t := sc.tok(k); k > v && (t.UPOS == "NOUN" || t.UPOS == "ADJ") && t.Rel != "conj" && (sc.prepOf(k) == "as" || sc.marked(k, "as")) {
				return []int{objs[0], k}
			}
		}
	}
	return nil
}

// compLemma returns the lemma of complement k as patterns name it: a
// return to the table or to talks, or a start of talks, is negotiating
// ("urged the rebels to return to the negotiating table").
func (sc *sentenceCoder) compLemma(k int) string {
	l := sc.lem(k)
	if l == "return" || l == "come" {
		for _, o := range sc.p.Obliques(k) {
			if o.Prep == "to" && talkTable[sc.lem(o.Head)] {
				return "negotiate"
			}
		}
	}
	if talkStarts[l] && slices.ContainsFunc(sc.p.Objects(k), func(o int) bool { return talkNouns[sc.lem(o)] }) {
		return "negotiate" // "agreed to begin formal peace talks"
	}
	if l == "share" && slices.ContainsFunc(sc.p.Objects(k), func(o int) bool { return powerNouns[sc.lem(o)] }) {
		return "share_power" // "agreed to share power" shares no intelligence
	}
	if sc.contest(k) {
		return "contest" // "vowed to fight the charges in court": no force
	}
	if l == "hand" || l == "cede" || l == "relinquish" || l == "surrender" || l == "transfer" {
		given := sc.p.Objects(k)
		for _, o := range sc.p.Obliques(k) {
			if o.Prep == "over" {
				given = append(slices.Clip(given), o.Head) // "hand over power", "over" read as the noun's preposition
			}
		}
		if slices.ContainsFunc(given, func(o int) bool { return powerNouns[sc.lem(o)] }) {
			return "resign" // "urged the junta to hand over power": a change of leader, no extradition
		}
	}
	return l
}

// contest reports whether verb k fights a charge or an ill rather than an
// enemy: "fight the charges in court", "fight corruption".
func (sc *sentenceCoder) contest(k int) bool {
	return sc.lem(k) == "fight" && (slices.ContainsFunc(sc.p.Obliques(k), func(o nlp.Oblique) bool { return courtNouns[sc.lem(o.Head)] }) ||
		slices.ContainsFunc(sc.p.Objects(k), func(o int) bool { return !forceTargets(sc.lem(o)) }))
}

// courtNouns are where a case is fought: "vowed to fight in court".
var courtNouns = map[string]bool{"court": true, "courts": true, "tribunal": true, "judge": true}

// forceTargets reports whether a noun fought is an enemy rather than a
// charge or an ill ("fight the rebels", not "fight corruption").
func forceTargets(l string) bool {
	switch l {
	case "charge", "charges", "ruling", "decision", "case", "corruption", "poverty", "extradition",
		"deportation", "disease", "pandemic", "virus", "inflation", "fire", "fires", "wildfire",
		"wildfires", "ban", "law", "sanction", "sanctions", "verdict", "conviction", "order":
		return false
	}
	return true
}

// powerNouns are what rulers share.
var powerNouns = map[string]bool{"power": true, "government": true, "rule": true, "authority": true, "control": true}

// talkMedia are the occasions in which parties say or agree things ("agreed
// in a phone call to restore ties").
var talkMedia = map[string]bool{"call": true, "conversation": true, "meeting": true, "talk": true, "letter": true, "statement": true, "message": true}

// talkStarts begin talks ("agreed to open negotiations").
var talkStarts = map[string]bool{
	"begin": true, "start": true, "open": true, "launch": true, "enter": true, "restart": true,
	"reopen": true, "initiate": true, "kick_off": true, "commence": true,
}

// talkTable are what parties return to when they negotiate again.
var talkTable = map[string]bool{"table": true, "talk": true, "negotiation": true, "dialogue": true, "process": true}

// heldOther reports whether complement k of a meeting pattern is a light
// verb whose object is no meeting: "agreed to hold new elections" is no
// agreement to meet.
func (sc *sentenceCoder) heldOther(pat *Pattern, k int) bool {
	if pat.Code != "036" && pat.Code != "026" && pat.Code != "106" {
		return false
	}
	if l := sc.lem(k); l != "hold" && l != "resume" {
		return false
	}
	objs := sc.p.Objects(k)
	return len(objs) > 0 && !slices.ContainsFunc(objs, func(o int) bool { return meetingNouns[sc.lem(o)] })
}

// meetingNouns are the meetings a light verb holds or resumes.
var meetingNouns = map[string]bool{
	"talk": true, "talks": true, "negotiation": true, "negotiations": true, "meeting": true, "meetings": true,
	"summit": true, "dialogue": true, "consultation": true, "consultations": true, "discussion": true,
	"discussions": true, "conference": true, "round": true, "session": true,
}

// lemmaIn reports whether token i's lemma is in set, where an entry
// "mod_head" names a head with a compound or adjective modifier ("hunger
// strike", "chemical weapons").
func (sc *sentenceCoder) lemmaIn(i int, set []string) bool {
	l := sc.lem(i)
	form := strings.ToLower(sc.tok(i).Text)
	for _, x := range set {
		if x == "@country" {
			// a state named as such: "suspended Mali", "invaded Kuwait",
			// "swept into Kuwait"
			// (or as "the country" after its name: "condemned the coup in
			// Mali and suspended the country")
			t := sc.tok(i)
			named := t.UPOS == "PROPN" && (t.Rel == "obj" || t.Rel == "nsubj:pass" || t.Rel == "obl" && sc.prepOf(i) == "into")
			theCountry := (l == "country" || l == "nation") && t.XPOS == "NN" && (t.Rel == "obj" || t.Rel == "nsubj:pass") && i > 0 && sc.lem(i-1) == "the"
			if (named || theCountry) && slices.ContainsFunc(sc.actors(i), func(a dyad.Actor) bool { return a.Country != "" && len(a.Roles) == 0 && a.Code == a.Country }) {
				return true
			}
			continue
		}
		if x == "@person" {
			// a person named in full: "captured Saddam Hussein"
			if t := sc.tok(i); t.Rel == "obj" || t.Rel == "nsubj:pass" || t.Rel == "iobj" && t.Head >= 0 && !slices.ContainsFunc(sc.p.Children(t.Head), func(k int) bool { return sc.tok(k).Rel == "obj" }) {
				named := []int{i}
				if t.UPOS != "PROPN" {
					named = slices.DeleteFunc(slices.Clone(sc.p.Children(i)), func(k int) bool { return sc.tok(k).Rel != "appos" && sc.tok(k).Rel != "flat" }) // "freed Nobel laureate Aung San Suu Kyi", "Australian economist Sean Turnell"
				}
				for _, k := range named {
					if sc.tok(k).UPOS != "PROPN" {
						continue
					}
					if as := sc.actors(k); len(as) == 1 && namedPerson(as[0]) {
						return true
					}
					if as := sc.actors(i); k != i && sc.tok(k).Rel == "flat" && len(as) == 1 && namedPerson(as[0]) {
						return true // the title's country: "Australian economist Sean Turnell"
					}
				}
			}
			continue
		}
		if x == "@place" {
			// a town or capital named as such: "captured Kabul"
			if t := sc.tok(i); t.UPOS == "PROPN" && (t.Rel == "obj" || t.Rel == "nsubj:pass" || t.Rel == "obl") && sc.isPlace(i) {
				return true
			}
			continue
		}
		// the lemma, or a plural the lemmatizer missed ("bases" →
		// "basis" is its guess; "base" is the pattern's)
		if x == l || x == form || strings.HasPrefix(form, x) && (form[len(x):] == "s" || form[len(x):] == "es") {
			return true
		}
		if (x == "car_bomb" || x == "truck_bomb") && bombVehicles[l] && sc.explosiveLaden(i) {
			return true // "a truck packed with explosives", "an explosives-laden car"
		}
		mod, head, ok := strings.Cut(x, "_")
		if !ok || head != l {
			continue
		}
		for _, k := range sc.p.Children(i) {
			if t := sc.tok(k); (t.Rel == "compound" || t.Rel == "amod") && (lemma(t) == mod || strings.ToLower(t.Text) == mod) {
				return true
			}
		}
	}
	// "released five detained Americans", "freed two jailed Britons":
	// people held are detainees, whoever they are
	if h := sc.tok(i).Head; slices.Contains(set, "detainee") && h >= 0 && (sc.lem(h) == "release" || sc.lem(h) == "free") {
		for _, k := range sc.p.Children(i) {
			if t := sc.tok(k); t.Rel == "amod" && k < i && heldWords[strings.ToLower(t.Text)] {
				return true
			}
		}
	}
	// "the peacekeeping mission MINUSMA", "the tanker Stena Impero": a
	// name after the common noun that says what it names
	if k := i - 1; k >= 0 && sc.tok(i).Text != strings.ToLower(sc.tok(i).Text) {
		if t := sc.tok(k); t.Rel == "compound" && t.Head == i && t.UPOS == "NOUN" && t.Text == strings.ToLower(t.Text) {
			return sc.lemmaIn(k, set)
		}
	}
	// "killed President Chandrika Kumaratunga", "killed Taliban
	// commander Mullah Dadullah": the title says who the name is
	if sc.tok(i).UPOS == "PROPN" {
		for _, k := range sc.p.Children(i) {
			if t := sc.tok(k); k < i && (t.Rel == "nmod:desc" || t.Rel == "compound" && t.UPOS == "NOUN") && slices.Contains(set, sc.lem(k)) {
				return true
			}
		}
	}
	return false
}

// bombVehicles are the vehicles a bomb is driven in.
var bombVehicles = map[string]bool{"car": true, "truck": true, "van": true, "lorry": true, "vehicle": true, "bus": true,
	"minibus": true, "motorcycle": true, "motorbike": true, "tanker": true, "jeep": true, "pickup": true, "ambulance": true}

// explosiveLaden reports whether the noun at i is said to carry explosives:
// "explosives-laden", "packed with explosives", "rigged with a bomb".
func (sc *sentenceCoder) explosiveLaden(i int) bool {
	laden, explosive := false, false
	for _, k := range sc.p.Children(i) {
		t := sc.tok(k)
		switch t.Rel {
		case "amod", "compound":
			// (one token or three: "explosives - laden")
			w := strings.ToLower(t.Text)
			l, e, _ := strings.Cut(w, "-")
			laden = laden || strings.HasSuffix(w, "laden") || strings.HasSuffix(w, "packed")
			explosive = explosive || explosiveNouns[l] || explosiveNouns[sc.lem(k)] && e == ""
		case "acl":
			switch sc.lem(k) {
			case "pack", "load", "laden", "rig", "fill", "stuff", "cram":
				for _, o := range sc.p.Obliques(k) {
					if o.Prep == "with" && explosiveNouns[sc.lem(o.Head)] {
						return true
					}
				}
			}
		}
	}
	return laden && explosive
}

// explosiveNouns are what a vehicle bomb is packed with.
var explosiveNouns = map[string]bool{"explosive": true, "explosives": true, "bomb": true, "bombs": true, "dynamite": true, "tnt": true}

// complements returns a verb's complement clauses: xcomp and ccomp, and an
// advcl marked "to", which parsers give to "urged X to return".
func (sc *sentenceCoder) complements(v int) []int {
	out := sc.p.Complements(v)
	for _, k := range sc.p.Children(v) {
		if sc.tok(k).Rel != "advcl" || finiteTags[sc.tok(k).XPOS] && sc.hasSubject(k) {
			continue // not "offered asylum to Evo Morales after the leader resigned", with "to" read as the infinitive's
		}
		if k == v+1 && sc.tok(k).XPOS == "VBG" && !sc.hasSubject(k) && !slices.ContainsFunc(sc.p.Children(k), func(m int) bool { return sc.tok(m).Rel == "mark" }) {
			out = append(out, k) // "suspended lending to Uganda": a gerund right after the verb
			continue
		}
		if sc.marked(k, "to") {
			out = append(out, k)
		}
	}
	for _, o := range sc.p.Objects(v) {
		if t := sc.tok(o); t.XPOS == "VBG" && t.UPOS == "VERB" && o > v && o <= v+2 && !slices.Contains(out, o) {
			out = append(out, o) // "ruled out seeking assistance", a gerund read as the object
		}
	}
	for _, o := range sc.p.Objects(v) {
		for _, k := range sc.p.Children(o) {
			if sc.tok(k).Rel == "advcl" && sc.marked(k, "to") && sc.forceNoun(o) {
				out = append(out, k) // "sent 200 military personnel to Sierra Leone to help", the purpose hung on the forces sent
			}
		}
	}
	return out
}

// coordinatedComplements returns the complements of verb v and the verbs
// coordinated with them: "agreed to accept and implement the accord",
// "declined to confirm or comment".
func (sc *sentenceCoder) coordinatedComplements(v int) []int {
	comps := sc.complements(v)
	for i := 0; i < len(comps); i++ {
		for _, k := range sc.p.Children(comps[i]) {
			if sc.tok(k).Rel == "conj" && sc.tok(k).UPOS == "VERB" {
				comps = append(comps, k)
			}
		}
	}
	return comps
}

// prepHeads returns the nominals introduced by prep under verb v or under
// its matched object.
func (sc *sentenceCoder) prepHeads(v, obj int, prep string) []int {
	var out []int
	for _, o := range sc.p.Obliques(v) {
		if (o.Prep == prep || prep == "of" && o.Prep == "out of" && sc.caseParticle(v, o.Head)) && !timeWords[sc.lem(o.Head)] {
			out = append(out, o.Head)
		}
	}
	objs := sc.objects(v)
	if obj >= 0 {
		objs = append(objs, obj)
	}
	for _, o := range objs {
		out = append(out, sc.nmods(o, prep)...)
		if prep != "into" {
			continue
		}
		// "rammed a truck packed with explosives into the embassy", with
		// the phrase hung on the participle or on what the truck is
		// packed with
		for _, k := range sc.p.Children(o) {
			if sc.tok(k).Rel == "acl" && k > o {
				for _, w := range sc.p.Obliques(k) {
					if w.Prep == prep {
						out = append(out, w.Head)
					}
					out = append(out, sc.nmods(w.Head, prep)...)
				}
			}
		}
	}
	if prep != "with" {
		return out // ("accused Iran of arming the rebels" is no accusation of espionage)
	}
	// "charged two Libyans and an Egyptian with smuggling", with the
	// gerund a clause of the verb or of its object
	for _, h := range append([]int{v}, objs...) {
		for _, k := range sc.p.Children(h) {
			if t := sc.tok(k); t.XPOS == "VBG" && (t.Rel == "advcl" || t.Rel == "acl") && k > v && sc.marked(k, prep) && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

func (sc *sentenceCoder) verb(v int) {
	t := sc.tok(v)
	naming := lemma(t) == "call" && (len(sc.calledObjects(v)) >= 2 || len(sc.p.Objects(v)) == 1 && slices.ContainsFunc(sc.p.Children(v), func(k int) bool {
		return sc.tok(k).Rel == "xcomp" && (sc.tok(k).UPOS == "NOUN" || sc.tok(k).UPOS == "ADJ")
	}))
	if sc.byMeans(v) {
		return // "retaliated by blocking the entry of goods": the act is the gerund's
	}
	if sc.ownMeeting(v) {
		return // "ECOWAS leaders meeting in Abuja called on ...": who they are, no meeting with anyone
	}
	if sc.cameUnder(v) {
		return
	}
	if sc.warToll(v) {
		return
	}
	if tollVerbs[lemma(t)] && slices.ContainsFunc(sc.p.Subjects(v), sc.codedAssault) {
		return // "a Taliban suicide car bombing killed 13 soldiers": the bombing is the event, and takes them as its target
	}
	if sc.homeward(v) {
		return
	}
	if h := t.Head; tollVerbs[lemma(t)] && t.XPOS == "VBG" && t.Rel == "advcl" && h >= 0 && h < v && (sc.bombingAt(h) || sc.forceAt(h) && !sc.ambushAt(h)) && !sc.hasSubject(v) {
		sc.tollTargets(h, v)
		return // "two suicide bombers blew themselves up at a checkpoint, killing 12 soldiers", "warplanes pounded Aleppo, killing dozens": the toll of the act
	}
	if h := t.Head; t.XPOS == "VBG" && h >= 0 && sc.tok(h).UPOS == "PRON" && sc.marked(v, "in") && len(sc.p.Objects(v)) == 0 && !sc.hasSubject(v) {
		return // "what it called its involvement in killing": an activity named, not an act
	}
	for _, o := range sc.p.Objects(v) {
		for _, k := range sc.p.Children(o) {
			if sc.issuer(k) == v && len(sc.c.Patterns.Verb(sc.lem(k))) > 0 {
				return // "released a statement condemning the summit": the condemnation is the event
			}
		}
	}
	pats := sc.c.Patterns.Verb(lemma(t))
	if naming {
		// "called the protests a political attack": naming, not
		// calling a protest; but "called the president a dictator"
		// is a criticism
		pats = slices.DeleteFunc(slices.Clone(pats), func(p *Pattern) bool { return p.Code[:2] == "14" })
	}
	if v >= 2 && sc.tok(v-1).Text == "-" && sc.tok(v-1).Start == sc.tok(v-2).End && t.Start == sc.tok(v-1).End {
		// "test-fired", split by the tokenizer: the whole verb's
		// patterns, when it has any
		if hp := sc.c.Patterns.Verb(strings.ToLower(sc.tok(v-2).Text) + "-" + lemma(t)); len(hp) > 0 {
			pats = hp
		}
	}
	if len(pats) == 0 {
		pats = sc.c.Patterns.Verb(izeSpelling(lemma(t))) // "recognise": the patterns' "recognize"
	}
	if len(pats) == 0 {
		// The lemmatizer's miss ("shelled" → "shel"): the inflected
		// form of a pattern verb.
		if l := sc.c.Patterns.LemmaOf(t.Text); l != "" {
			pats = sc.c.Patterns.Verb(l)
		}
	}
	if len(pats) == 0 || sc.contest(v) {
		return // (and "vowed to fight the charges in court")
	}
	prt, prtTok := sc.particle(v)
	if prt == "" {
		// "called in the ambassador", "scaled back": a particle the
		// parser took for an adverb or a preposition.
		if k := v + 1; k < len(sc.p.Tokens) {
			if w := strings.ToLower(sc.tok(k).Text); particles[w] && sc.hasParticle(pats, w) && (sc.tok(k).UPOS == "ADV" || sc.tok(k).UPOS == "ADP") {
				prt, prtTok = w, k
			}
		}
	}
	if prt != "" && !sc.hasParticle(pats, prt) {
		// "kidnapped up to 16 advisers": a particle no pattern knows
		// for this verb is the parser's, not the verb's.
		prt, prtTok = "", -1
	}
	for i, pat := range pats {
		obj, ok := sc.match(pat, v, prt)
		if !ok {
			continue
		}
		if own := sc.objects(v); obj >= 0 && !slices.Contains(own, obj) && slices.ContainsFunc(pats[i+1:], func(q *Pattern) bool {
			o, ok := sc.match(q, v, prt)
			return ok && slices.Contains(own, o)
		}) {
			// "handed power to its commander": a pattern that names the
			// object (hand ~power +to) before one that names only the
			// phrase (hand ~suspect|commander +to)
			continue
		}
		sc.coded[v] = true
		if obj >= 0 {
			sc.used[obj] = true
		}
		for _, o := range sc.objects(v) {
			sc.used[o] = true
		}
		start, end := t.Start, t.End
		if prtTok >= 0 {
			start, end = min(start, sc.tok(prtTok).Start), max(end, sc.tok(prtTok).End)
		}
		if len(sc.p.Subjects(v)) == 0 && !sc.passive(v) && sc.reasonDoer(v) < 0 {
			// "fighting between Azerbaijanis and Armenians": each side
			// acts on the other.
			var between []int
			for _, o := range sc.p.Obliques(v) {
				if o.Prep == "between" || o.Prep == "among" {
					between = append(between, o.Head)
				}
			}
			if sc.reciprocal(pat, between, dyad.Span{start, end}, sc.p.Negated(v), sc.modality(v)) {
				return
			}
		}
		if material(pat.Code) && sc.documentSubject(v) {
			// "a resolution that aims to tighten sanctions": what a
			// text says is to be done is its content, not an act.
			return
		}
		sources := sc.sources(v)
		if !sc.armedEntry(pat, sources, sc.p.Subjects(v)) {
			return // "the pope entered Jerusalem": only armed men who enter a town take it
		}
		if pat.Code == "166" && pat.Verb == "give" && sc.leavesOther(v, sources) {
			continue // "gave Saddam Hussein 48 hours to leave Iraq": an ultimatum, not an expulsion
		}
		if len(sources) == 0 && pat.Code[:2] == "14" {
			// "Thousands rallied in Tel Aviv": a crowd, civilians of
			// the place, where the pipeline puts them
			for _, k := range sc.p.Subjects(v) {
				if t := sc.tok(k); crowdWords[lemma(t)] && len(sc.nmods(k, "of")) == 0 {
					sources = []dyad.Actor{{Text: t.Text, Code: "---CVL", Roles: []string{"CVL"}, Known: true, Span: dyad.Span{t.Start, t.End}}}
				}
			}
		}
		if len(sources) == 0 && force(pat.Code) && sc.unknownAttacker(v) && sc.knownTarget(v, obj, pat) {
			// "a journalist was killed in a car bomb explosion", "a
			// roadside bombing killed a soldier": someone did it; the
			// text does not say who. The pipeline places them.
			sources = []dyad.Actor{{Code: "---", Roles: []string{}, Implicit: true}}
		}
		if len(sources) == 0 && (pat.Code == "116" || courtVerbs[sc.lem(v)]) && sc.passive(v) && sc.p.Agent(v) < 0 && !sc.p.Negated(v) {
			// "Najib Razak was sentenced to 12 years": a court did it
			sources = []dyad.Actor{{Code: "---JUD", Roles: []string{"JUD"}, Known: true, Implicit: true}}
		}
		if len(sources) == 0 && (strings.HasPrefix(pat.Code, "173") || strings.HasPrefix(pat.Code, "174")) && sc.passive(v) && sc.p.Agent(v) < 0 && !sc.p.Negated(v) {
			// "A missionary was arrested in Lebanon": the authorities
			// of the place did it; the text does not name them.
			sources = []dyad.Actor{{Code: "---GOV", Roles: []string{"GOV"}, Known: true, Implicit: true}}
		}
		if sc.fightsDisaster(v) {
			return // "firefighters battled wildfires": no one was fought
		}
		targets := sc.targets(v, obj, pat, sources)
		othersOf(targets)
		if len(targets) == 0 && len(sc.p.Objects(v)) == 0 && !strings.HasPrefix(pat.Code, "083") && !strings.HasPrefix(pat.Code, "087") {
			// "pardoned and released 30 prisoners": the object the
			// coordinated verbs share, hung on the last
			for _, c := range sc.p.Children(v) {
				if u := sc.tok(c); u.Rel == "conj" && u.UPOS == "VERB" && c > v && !sc.hasSubject(c) && c == v+2 && sc.tok(v+1).UPOS == "CCONJ" {
					for _, o := range sc.p.Objects(c) {
						if !homeNouns[sc.lem(o)] { // (but "resigned and fled the country": no one resigns from a country)
							targets = append(targets, sc.actors(o)...)
						}
					}
				}
			}
		}
		if u := sc.tok(v); len(targets) == 0 && u.XPOS == "VBG" && u.Rel == "advcl" && u.Head >= 0 && u.Head < v && sc.tok(u.Head).UPOS == "VERB" && !sc.hasSubject(v) && !force(pat.Code) {
			// "removed Sudan from the list, lifting sanctions": the
			// participle's act is on whom its verb acted
			for _, o := range sc.p.Objects(u.Head) {
				if o < v {
					targets = append(targets, slices.DeleteFunc(slices.Clone(sc.actors(o)), func(a dyad.Actor) bool { return a.Country == "" || ofCountry(sources, a.Country) })...)
				}
			}
		}
		if u := sc.tok(v); (len(targets) == 0 || sc.nameless(sc.objects(v))) && force(pat.Code) && tollVerbs[sc.lem(v)] && u.XPOS == "VBG" && u.Rel == "advcl" && u.Head >= 0 && sc.forceAt(u.Head) && !sc.hasSubject(v) {
			// "opened fire on demonstrators, killing one person",
			// "shelled Juba, killing 20 people": the toll of the act
			// coded, no second act
			return
		}
		if (pat.Code[:2] == "19" || pat.Code[:2] == "18") && (len(targets) == 0 && sc.intoWater(v, false) && !reciprocalAct(pat.ID) || sc.intoWater(v, true)) {
			// "fired two ballistic missiles into the sea": a test, a
			// show of force (150), not an attack on anyone, whatever
			// the sea is near ("into waters off Japan", "a day after
			// Pelosi left Taipei"); but two navies that "exchanged
			// fire in the Yellow Sea" fought
			pat, targets = &Pattern{Code: "150", ID: "test(" + pat.ID + ")"}, nil
		}
		if pat.Code == "0841" && obj >= 0 && sc.heldBy(obj, captorVerbs, v) >= 0 {
			// "the army freed 20 schoolgirls abducted by gunmen": freed
			// from someone else's hands, a rescue (AID in the PLOVER
			// manual), not a release
			pat = &Pattern{Code: "073", ID: "rescue(" + pat.ID + ")"}
		}
		if pat.Code == "1711" && (sc.lem(v) == "raid" || sc.lem(v) == "search") && sc.inquiryRaid(v, sources) {
			// "prosecutors raided Samsung's offices as part of an
			// investigation", "inspectors searched the homes of two
			// scientists": an investigation (090), no seizure
			pat = &Pattern{Code: "090", ID: "inquiry(" + pat.ID + ")"}
		}
		// "Australian air force planes carrying water, food and medical
		// supplies landed in Port Vila", "sent military aircraft
		// carrying relief supplies to Nepal": aid delivered (073), no
		// visit or show of force
		carrier, sent := -1, strings.HasPrefix(pat.Code, "15")
		switch {
		case pat.Code == "042":
			carrier = sc.aidCarrier(sc.p.Subjects(v))
		case sent:
			carrier = sc.aidCarrier(sc.objects(v))
		}
		if carrier >= 0 {
			pat = &Pattern{Code: "073", ID: "aid(" + pat.ID + ")"}
			if sent {
				// "carrying relief supplies to Nepal", the phrase hung
				// on the participle or on its last object
				for first, last := sc.p.Subtree(carrier); first <= last && len(targets) == 0; first++ {
					if r := sc.tok(first).Rel; (r == "obl" || r == "nmod") && sc.prepOf(first) == "to" {
						targets = sc.actors(first)
					}
				}
			}
		}
		if pat.Code == "150" && sc.lem(v) == "mass" && len(sc.p.Objects(v)) == 0 && sc.relativeObject(v, true) < 0 && len(sources) > 0 && !slices.ContainsFunc(sources, func(a dyad.Actor) bool {
			return slices.Contains(a.Roles, "COP") || slices.Contains(a.Roles, "MIL") || slices.Contains(a.Roles, "REB")
		}) {
			// "hundreds of thousands of Egyptians massed in Tahrir
			// Square": people who mass demonstrate (141); forces that
			// mass show force
			pat = &Pattern{Code: "141", ID: "crowd(" + pat.ID + ")"}
		}
		if force(pat.Code) && slices.ContainsFunc(sources, func(a dyad.Actor) bool {
			return slices.Contains(a.Roles, "COP") || slices.Contains(a.Roles, "MIL")
		}) && slices.ContainsFunc(sc.objects(v), sc.protestSite) {
			// "security forces stormed two protest camps", "troops broke
			// up a sit-in": violent repression (175)
			pat = &Pattern{Code: "175", ID: "repress(" + pat.ID + ")"}
		}
		if pat.Code == "190" && sc.lem(v) == "kill" && slices.ContainsFunc(sc.objects(v), sc.massVictims) {
			// "troops killed hundreds of villagers": mass killing (202)
			pat = &Pattern{Code: "202", ID: "mass(" + pat.ID + ")"}
		}
		if pat.Code == "201" && obj >= 0 && len(sources) > 0 && len(sources[0].Country) == 3 {
			// "Myanmar's army has driven 400,000 Rohingya Muslims across
			// the border into Bangladesh": the people driven out are the
			// target, the source's own unless the text names theirs (not
			// the country they were driven into)
			if people := sc.actors(obj); len(people) > 0 {
				targets = slices.Clone(people)
				for i := range targets {
					if targets[i].Country == "" {
						targets[i].SetCountry(sources[0].Country)
					}
				}
			}
		}
		if (pat.Code[:2] == "18" || pat.Code[:2] == "19") && pat.Code != "185" && pat.Code != "186" && sc.attemptOnLife(v) {
			// "opened fire on the president's motorcade in a failed
			// attempt on his life": an assassination attempt (185)
			pat = &Pattern{Code: "185", ID: "attempt(" + pat.ID + ")"}
		}
		if pat.Code == "190" && tollVerbs[sc.lem(v)] {
			if code := sc.bombOf(v); code != "" {
				// "a suicide bomber killed 80 worshippers", "killed
				// three soldiers with a roadside bomb": a bombing
				pat = &Pattern{Code: code, ID: "bomb(" + pat.ID + ")"}
			}
		}
		if pair := sc.pairOf(v); len(targets) == 0 && len(pair) == 2 {
			// "Xi held talks with Merkel, and the two leaders pledged to
			// deepen trade ties": each toward the other
			span := dyad.Span{start, end}
			sc.emit(pat, pair[:1], pair[1:], span, sc.p.Negated(v), sc.modality(v))
			sc.emit(pat, pair[1:], pair[:1], span, sc.p.Negated(v), sc.modality(v))
			return
		}
		if sc.emit(pat, sources, targets, dyad.Span{start, end}, sc.p.Negated(v), sc.modality(v)) == 0 {
			// No actor did it: the complement may still be an event
			// ("converged for a rally to protest").
			sc.coded[v] = false
		}
		return
	}
}

// aidCarrier returns the participle by which one of the nouns crafts
// carries aid ("planes carrying food and medical supplies"), or -1.
func (sc *sentenceCoder) aidCarrier(crafts []int) int {
	for _, s := range crafts {
		carriers := sc.p.Children(s)
		if _, last := sc.p.Subtree(s); last+1 < len(sc.p.Tokens) && sc.tok(last+1).Rel == "advcl" && sc.tok(last+1).Head == sc.tok(s).Head {
			carriers = append(slices.Clip(carriers), last+1) // "sent aircraft carrying relief supplies", the participle hung on the verb
		}
		for _, k := range carriers {
			if t := sc.tok(k); t.Rel != "acl" && t.Rel != "advcl" || sc.lem(k) != "carry" {
				continue
			}
			for _, o := range sc.p.Objects(k) {
				for _, n := range append([]int{o}, sc.conjuncts(o)...) {
					switch sc.lem(n) {
					case "food", "water", "medicine", "supply", "supplies", "aid", "tent", "blanket", "relief", "vaccine":
						return k
					}
				}
			}
		}
	}
	return -1
}

// inquiryRaid reports whether the raid or search at verb v is done by
// prosecutors, judges or inspectors, or, by anyone, as part of an
// investigation the sentence names under it.
func (sc *sentenceCoder) inquiryRaid(v int, sources []dyad.Actor) bool {
	for _, a := range sources {
		t := strings.ToLower(a.Text)
		if slices.Contains(a.Roles, "JUD") || strings.Contains(t, "inspector") || strings.Contains(t, "prosecutor") || strings.Contains(t, "investigator") {
			return true
		}
	}
	_, last := sc.p.Subtree(v)
	for k := v + 1; k <= last; k++ {
		if l := sc.lem(k); l == "investigation" || l == "probe" || l == "inquiry" {
			return true
		}
	}
	return false
}

// offerNouns are what one side puts to another, which a rejection
// targets the author of.
var offerNouns = map[string]bool{
	"offer": true, "proposal": true, "demand": true, "call": true, "appeal": true, "request": true,
	"plan": true, "ultimatum": true, "invitation": true, "initiative": true,
}

// claimNouns are what an investigation looks into, whose clause says who
// is suspected: "allegations that the minister took bribes".
var claimNouns = map[string]bool{
	"allegation": true, "claim": true, "report": true, "accusation": true, "charge": true,
	"suspicion": true, "complaint": true,
}

// protestSite reports whether the phrase of noun o names a place
// protesters hold: a camp or site of protest, a sit-in ("two protest
// camps", "a protest sit-in", "the encampment").
func (sc *sentenceCoder) protestSite(o int) bool {
	ph := sc.phrase(o)
	txt := strings.ToLower(sc.text(sc.tok(ph.First).Start, sc.tok(ph.Last).End))
	for _, w := range []string{"protest camp", "protest site", "sit-in", "encampment", "protest tent"} {
		if strings.Contains(txt, w) {
			return true
		}
	}
	return false
}

// ownMeeting reports whether verb v is a participle "meeting" that tells
// where the noun it modifies gathers, with no one met: "ECOWAS leaders
// meeting in Abuja called on ...".
func (sc *sentenceCoder) ownMeeting(v int) bool {
	t := sc.tok(v)
	return sc.lem(v) == "meet" && t.XPOS == "VBG" && t.Rel == "acl" && len(sc.p.Objects(v)) == 0 &&
		!slices.ContainsFunc(sc.p.Obliques(v), func(o nlp.Oblique) bool { return o.Prep == "with" })
}

// bombOf returns the bombing code (183, or 1831 suicide, 1832 car, 1833
// roadside) of the toll verb v when its subject is a bomb, a bombing or a
// suicide bomber ("a car bomb killed 60 people", "a car bomb attack by
// insurgents killed") or a "with" phrase names a bomb as its means
// ("killed three soldiers with a roadside bomb"); else "". A bomber with
// no "suicide" may be an aircraft.
func (sc *sentenceCoder) bombOf(v int) string {
	heads := slices.Clone(sc.p.Subjects(v))
	// the means, or a phrase the parser hung on the object ("killed
	// three soldiers with a roadside bomb")
	for _, h := range append([]int{v}, sc.p.Objects(v)...) {
		heads = append(heads, sc.nmods(h, "with")...)
	}
	for _, o := range sc.p.Obliques(v) {
		if o.Prep == "with" {
			heads = append(heads, o.Head) // the means, hung on the verb as UD has it
		}
	}
	for _, h := range heads {
		if code := sc.bombCode(h); code != "" {
			return code
		}
	}
	return ""
}

// attemptOnLife reports whether verb v is done "in" an attempt on
// someone's life: "in a failed assassination attempt", "in an attempt on
// his life", "in an assassination bid" (not "during" one, which may be
// someone else's: "police killed the attacker during a failed attempt on
// the governor's life").
func (sc *sentenceCoder) attemptOnLife(v int) bool {
	for _, o := range sc.p.Obliques(v) {
		if o.Prep != "in" {
			continue
		}
		switch l := sc.lem(o.Head); l {
		case "attempt", "bid", "plot":
			if slices.ContainsFunc(sc.p.Children(o.Head), func(k int) bool {
				r := sc.tok(k).Rel
				return (r == "compound" || r == "amod") && strings.HasPrefix(sc.lem(k), "assassinat")
			}) || slices.ContainsFunc(sc.nmods(o.Head, "on"), func(k int) bool { return sc.lem(k) == "life" }) {
				return true
			}
		case "assassination":
			return true
		}
	}
	return false
}

// bombCode returns the bombing code of noun h (183, or 1831 suicide, 1832
// car, 1833 roadside) when it names a bomb, a bombing or a suicide bomber,
// with its modifiers: "a car bomb", "a suicide bomber", "a car bomb
// attack"; else "". A bomber with no "suicide" may be an aircraft.
func (sc *sentenceCoder) bombCode(h int) string {
	mods := map[string]bool{}
	var add func(h int)
	add = func(h int) {
		for _, k := range sc.p.Children(h) {
			if r := sc.tok(k).Rel; r == "compound" || r == "amod" {
				mods[sc.lem(k)] = true
				add(k) // "a car bomb attack"
			}
		}
	}
	add(h)
	switch sc.lem(h) {
	case "bomber":
		if !mods["suicide"] {
			return ""
		}
	case "bomb", "bombing", "blast", "explosion", "explosive", "explosives", "ied":
	case "attack", "attacker", "device":
		if !mods["bomb"] && !mods["bombing"] && !mods["explosive"] && !mods["suicide"] {
			return ""
		}
	default:
		return ""
	}
	switch {
	case mods["suicide"]:
		return "1831"
	case mods["car"] || mods["truck"] || mods["vehicle"]:
		return "1832"
	case mods["roadside"] || sc.lem(h) == "ied":
		return "1833"
	}
	return "183"
}

// intoWater reports whether verb v sends something into or over the sea;
// with into, only into or toward it.
func (sc *sentenceCoder) intoWater(v int, into bool) bool {
	heads := []int{v}
	for _, o := range sc.p.Objects(v) {
		heads = append(heads, o) // "missiles into the sea", hung on the object
	}
	if !into {
		for _, h := range heads {
			for _, k := range sc.p.Children(h) {
				if p := sc.prepOf(k); (p == "at" || p == "on" || p == "against") && !waterNouns[strings.ToLower(sc.lem(k))] && !timeWords[strings.ToLower(sc.lem(k))] {
					return false // "fired missiles at commercial ships in the Red Sea": an attack on the ships
				}
			}
		}
	}
	for _, h := range heads {
		for _, k := range sc.p.Children(h) {
			switch sc.prepOf(k) {
			case "into", "toward", "towards":
				if waterNouns[strings.ToLower(sc.lem(k))] {
					return true
				}
			case "in", "over":
				if waterNouns[strings.ToLower(sc.lem(k))] && !into { // (but "fired at a tanker in the Red Sea" attacked the tanker)
					return true
				}
			}
		}
	}
	return false
}

// fightsDisaster reports whether verb v fights a fire, a flood or a
// disease rather than anyone: "firefighters battled wildfires".
func (sc *sentenceCoder) fightsDisaster(v int) bool {
	switch sc.lem(v) {
	case "battle", "fight", "combat", "tackle", "contain":
	default:
		return false
	}
	for k := v + 1; k < len(sc.p.Tokens) && k <= v+4; k++ {
		if disasterNouns[sc.lem(k)] || disasterNouns[strings.ToLower(sc.tok(k).Text)] {
			return true
		}
	}
	return false
}

// perfect reports whether the verb at span trig is in the perfect
// ("have not restored").
func (sc *sentenceCoder) perfect(trig dyad.Span) bool {
	return sc.perfectAt(sc.tokenAt(trig[0]))
}

// perfectAt reports whether verb v is a participle in the perfect ("has
// torched").
func (sc *sentenceCoder) perfectAt(v int) bool {
	if v < 0 || sc.tok(v).XPOS != "VBN" {
		return false
	}
	for _, a := range sc.p.Aux(v) {
		if sc.lem(a) == "have" {
			return true
		}
	}
	return false
}

// disasterNouns name fires, floods and diseases, which are fought but are
// no actor.
var disasterNouns = map[string]bool{
	"fire": true, "fires": true, "wildfire": true, "wildfires": true, "blaze": true, "blazes": true,
	"flame": true, "flames": true, "flood": true, "floods": true, "flooding": true, "drought": true,
	"epidemic": true, "pandemic": true, "virus": true, "disease": true, "outbreak": true, "famine": true,
	"poverty": true, "inflation": true, "corruption": true, "crime": true, "locust": true, "locusts": true,
}

// waterNouns name open water.
var waterNouns = map[string]bool{"sea": true, "ocean": true, "water": true, "waters": true, "sea_of_japan": true}

// reciprocal codes an act between the conjoined actors of the phrases at
// heads ("fighting between Azerbaijanis and Armenians", "talks between
// Israel and Hamas") as each side's act on the others. It reports whether
// it coded anything: it needs two sides.
func (sc *sentenceCoder) reciprocal(pat *Pattern, heads []int, trig dyad.Span, negated bool, modality string) bool {
	var sides [][]dyad.Actor
	for _, h := range heads {
		for _, k := range append([]int{h}, sc.conjuncts(h)...) {
			if as := sc.actors(k); len(as) > 0 {
				sides = append(sides, as)
			}
		}
	}
	if len(sides) == 1 && countries(sides[0]) >= 2 {
		// "between Armenian and Azerbaijani forces": one phrase, two sides
		var split [][]dyad.Actor
		for _, a := range sides[0] {
			split = append(split, []dyad.Actor{a})
		}
		sides = split
	}
	if len(sides) < 2 {
		return false
	}
	n := 0
	for i, src := range sides {
		for j, tg := range sides {
			if i != j {
				n += sc.emit(pat, src, tg, trig, negated, modality)
			}
		}
	}
	return n > 0
}

// reporting verbs introduce what their subject says.
var reporting = map[string]bool{
	"say": true, "declare": true, "conclude": true, "announce": true, "insist": true,
	"stress": true, "state": true, "tell": true, "write": true, "argue": true, "add": true,
	"reiterate": true, "maintain": true, "assert": true, "warn": true, "note": true,
}

// demands maps the root or code of an act that someone says another must
// do to the CAMEO code of that demand; longest prefix first.
var demands = map[string]string{
	"04": "108", "046": "108", "05": "102", "06": "101", "07": "103", "071": "1031",
	"072": "1032", "073": "1033", "074": "1034", "08": "105", "081": "1051", "082": "1052",
	"083": "104", "084": "1053", "085": "1054", "086": "1055", "087": "1056", "0871": "107",
	"0874": "106",
}

// mustDemand codes "X said Y must do Z" as X demanding of Y: a clause
// with must or should under a verb of saying. It reports whether it did.
func (sc *sentenceCoder) mustDemand(v int) bool {
	t := sc.tok(v)
	say := sc.reportedBy(v)
	if say < 0 {
		return false
	}
	must := false
	for _, a := range sc.p.Aux(v) {
		if l := sc.lem(a); l == "must" || l == "should" {
			must = true
		}
	}
	if !must || sc.p.Negated(v) {
		return false
	}
	targets := []dyad.Actor{}
	subj := sc.p.Subjects(v)
	if len(subj) == 0 {
		// "Kurti said Serbia must recognise ...", with "Serbia" read as
		// what was said
		for _, o := range sc.p.Objects(say) {
			if o < v {
				subj = append(subj, o)
			}
		}
	}
	for _, s := range subj {
		targets = append(targets, sc.actors(s)...)
	}
	sources := sc.sources(say)
	if len(sources) == 0 || len(targets) == 0 {
		return false
	}
	code := "100"
	act := v
	if t.UPOS == "ADJ" {
		// "must be ready to mediate": the act is the complement.
		for _, k := range sc.p.Children(v) {
			if sc.tok(k).Rel == "xcomp" && sc.tok(k).UPOS == "VERB" {
				act = k
				sc.coded[k] = true
			}
		}
	}
	if pats := sc.c.Patterns.Verb(sc.lem(act)); len(pats) > 0 {
		prt, _ := sc.particle(act)
		for _, pat := range pats {
			if _, ok := sc.match(pat, act, prt); ok {
				for n := len(pat.Code); n >= 2; n-- {
					if d, ok := demands[pat.Code[:n]]; ok {
						code = d
						break
					}
				}
				break
			}
		}
	}
	pat := &Pattern{Code: code, ID: code + ".demand.must"}
	sc.coded[v] = true
	return sc.emit(pat, sources, targets, dyad.Span{t.Start, t.End}, false, dyad.ModalityAsserted) > 0
}

// past reports whether verb v is in a past tense (or a participle with a
// past auxiliary): "before they withdrew" happened.
func (sc *sentenceCoder) past(v int) bool {
	switch sc.tok(v).XPOS {
	case "VBD":
		return true
	case "VBN":
		for _, a := range sc.p.Aux(v) {
			if x := sc.tok(a).XPOS; x == "VBD" {
				return true
			}
		}
	}
	return false
}

// attackNouns name attacks, which as the subject of a verb of violence
// leave the attacker unnamed ("a roadside bombing killed a soldier").
var attackNouns = map[string]bool{
	"bombing": true, "bomb": true, "explosion": true, "blast": true, "attack": true, "shelling": true,
	"airstrike": true, "strike": true, "ambush": true, "gunfire": true, "shell": true, "mine": true,
	"landmine": true, "rocket": true, "mortar": true, "grenade": true, "ied": true,
}

// accidentNouns are mishaps and disasters that kill without an attacker.
var accidentNouns = map[string]bool{
	"crash": true, "accident": true, "collision": true, "earthquake": true, "quake": true, "flood": true,
	"floods": true, "landslide": true, "stampede": true, "fire": true, "storm": true, "cyclone": true,
	"hurricane": true, "typhoon": true, "avalanche": true, "collapse": true, "heatwave": true, "mudslide": true,
	"drought": true, "famine": true, "tsunami": true, "tornado": true, "blizzard": true, "eruption": true, "wildfire": true,
	"wildfires": true, "fires": true, "epidemic": true, "pandemic": true, "outbreak": true, "disease": true, "cholera": true,
	"malaria": true, "heat": true, "cold": true, "hunger": true, "malnutrition": true,
}

// accident reports whether verb v's victims died in a mishap or a
// disaster ("was killed in a plane crash", "died in floods").
func (sc *sentenceCoder) accident(v int) bool {
	for _, o := range sc.p.Obliques(v) {
		if (o.Prep == "in" || o.Prep == "by" || o.Prep == "during") && accidentNouns[sc.lem(o.Head)] {
			return true
		}
	}
	return slices.ContainsFunc(sc.p.Subjects(v), func(k int) bool { return accidentNouns[sc.lem(k)] })
}

// unknownAttacker reports whether verb v of violence names no one who did
// it: a passive without its agent, or an attack for its subject.
func (sc *sentenceCoder) unknownAttacker(v int) bool {
	if sc.accident(v) {
		return false // "killed in a plane crash": no one attacked
	}
	if sc.passive(v) {
		a := sc.p.Agent(v)
		return (a < 0 || len(sc.actors(a)) == 0) && !sc.p.Negated(v) // "killed by a roadside bomb"
	}
	subj := sc.p.Subjects(v)
	for _, s := range subj {
		if !attackNouns[sc.lem(s)] {
			return false
		}
	}
	return len(subj) > 0
}

// knownTarget reports whether the act of verb v falls on someone the text
// names with a country or a code: "13 people were killed" says too little
// for an event with an unknown attacker.
func (sc *sentenceCoder) knownTarget(v, obj int, pat *Pattern) bool {
	for _, a := range sc.targets(v, obj, pat, nil) {
		if a.Country != "" || len(a.Roles) > 0 || a.Code != "" && !strings.HasPrefix(a.Code, "---") {
			return true // a role is placed later ("a journalist ... in Beirut")
		}
	}
	return false
}

// passive reports whether verb v is passive. A "passive" with an object
// and no passive auxiliary is the parser's mistake for an active verb
// ("Security forces detained several ministers").
func (sc *sentenceCoder) passive(v int) bool {
	if !sc.p.Passive(v) {
		// "was arrested by police and beaten in custody": a participle
		// sharing a passive's auxiliary and subject
		t := sc.tok(v)
		return t.Rel == "conj" && t.XPOS == "VBN" && t.Head >= 0 && t.Head < v && sc.tok(t.Head).XPOS == "VBN" && sc.p.Passive(t.Head) &&
			!sc.hasSubject(v) && len(sc.p.Aux(v)) == 0 && len(sc.p.Objects(v)) == 0
	}
	if l := sc.lem(v); l == "engage" || l == "involve" || l == "oppose" {
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "in" && l != "oppose" || o.Prep == "to" && l == "oppose" {
				return false // "were engaged in ethnic cleansing" did it; "was opposed to the sale" opposes it
			}
		}
	}
	byAgent := false
	for _, k := range sc.p.Children(v) {
		switch sc.tok(k).Rel {
		case "aux:pass":
			return true
		case "obl:agent":
			byAgent = byAgent || slices.ContainsFunc(sc.p.Children(k), func(c int) bool { return sc.lem(c) == "by" })
		}
	}
	if !byAgent && slices.ContainsFunc(sc.p.Children(v), func(k int) bool { return sc.tok(k).Rel == "obl:agent" }) {
		return false // "Yeltsin on Saturday hosted Japanese Prime Minister Hashimoto": an agent with no "by" is an object
	}
	return len(sc.p.Objects(v)) == 0
}

// cameUnder codes "X came under fire from Y" as Y firing on X (190): the
// attacker is in the "from" (or "by") phrase and the attacked is the
// subject, the reverse of what patterns read. It reports whether it
// found that construction.
func (sc *sentenceCoder) cameUnder(v int) bool {
	if sc.lem(v) != "come" {
		return false
	}
	var under, from int = -1, -1
	for _, o := range sc.p.Obliques(v) {
		switch {
		case o.Prep == "under" && underAttack[sc.lem(o.Head)]:
			under = o.Head
		case o.Prep == "from" || o.Prep == "by":
			from = o.Head
		}
	}
	if under < 0 {
		return false
	}
	if from < 0 {
		if ms := sc.nmods(under, "from"); len(ms) > 0 {
			from = ms[0] // "came under fire from gunmen", hung on "fire"
		} else if ms := sc.nmods(under, "by"); len(ms) > 0 {
			from = ms[0]
		}
	}
	var sources, targets []dyad.Actor
	if from >= 0 {
		sources = sc.actors(from)
	}
	for _, k := range sc.p.Subjects(v) {
		targets = append(targets, sc.actors(k)...)
	}
	if len(sources) == 0 && len(targets) > 0 {
		// "peacekeepers came under fire": someone fired; the text does
		// not say who (the pipeline places them)
		sources = []dyad.Actor{{Code: "---", Roles: []string{}, Implicit: true}}
	}
	if len(targets) == 0 {
		return false
	}
	t := sc.tok(under)
	pat := &Pattern{Code: "190", ID: "190.fight.come_under." + sc.lem(under)}
	sc.coded[v] = true
	sc.used[under] = true // the attack is this event, not a nominal one of its own
	sc.emit(pat, sources, targets, dyad.Span{t.Start, t.End}, sc.p.Negated(v), sc.modality(v))
	return true
}

// underAttack are what one comes under when attacked.
var underAttack = map[string]bool{"fire": true, "attack": true, "shelling": true, "bombardment": true, "assault": true, "gunfire": true, "rocket_fire": true}

// causeVerbs make their object do what their infinitive names: "prompting
// Israel to launch air strikes": Israel launched them.
var causeVerbs = map[string]bool{"prompt": true, "force": true, "compel": true, "oblige": true, "provoke": true, "spur": true, "lead": true, "cause": true, "drive": true}

// stopVerbs end what their gerund names.
var stopVerbs = map[string]bool{"stop": true, "cease": true, "quit": true, "halt": true, "end": true, "discontinue": true}

// postureVerbs ready forces: whoever does it, the forces readied show
// their country's force.
var postureVerbs = map[string]bool{
	"deploy": true, "mobilize": true, "mobilise": true, "put": true, "place": true,
	"station": true, "mass": true, "send": true, "dispatch": true, "redeploy": true,
}

// sources finds who did the act of verb v: the subject, the agent of a
// passive, and where the parse gives neither, the noun an active
// participle hangs from ("Clinton has imposed ..." parsed as a modifier of
// "Clinton") or the nearest subject to the left.
func (sc *sentenceCoder) sources(v int) []dyad.Actor {
	if sc.passive(v) {
		a := sc.p.Agent(v)
		if t := sc.tok(v); a < 0 && t.Rel == "conj" && t.Head >= 0 && t.Head < v && sc.passive(t.Head) && !sc.hasSubject(v) {
			a = sc.p.Agent(t.Head) // "was arrested by police and beaten in custody": the police beat him
		}
		if a >= 0 && !(escortVerbs[sc.lem(v)] && sc.weaponWord(a)) {
			as := sc.actors(a)
			for _, k := range sc.conjuncts(a) {
				as = append(slices.Clip(as), sc.actors(k)...) // "mediated by Saudi Arabia and the United States"
			}
			return as
		}
		if h := sc.orderedDone(v); h >= 0 {
			return sc.sources(h) // "the court ordered the journalists released": the court releases them
		}
		if postureVerbs[sc.lem(v)] {
			// "Indian troops were put on high alert", "reservists were
			// mobilised": forces readied are the actor of their posture
			var as []dyad.Actor
			for _, k := range sc.p.Subjects(v) {
				for _, a := range sc.actors(k) {
					if a.Country != "" && slices.ContainsFunc(a.Roles, func(r string) bool { return r == "MIL" || r == "COP" }) {
						as = append(as, a)
					}
				}
			}
			return as
		}
		if tollVerbs[sc.lem(v)] {
			// "Twenty Indian soldiers were killed in a clash with Chinese
			// troops": the other side of the fighting
			for _, o := range sc.p.Obliques(v) {
				if (o.Prep == "in" || o.Prep == "during") && (clashNouns[sc.lem(o.Head)] || sc.hyphenated(o.Head) && sc.lem(o.Head-2)+"-"+sc.lem(o.Head) == "face-off") {
					var as []dyad.Actor
					with := sc.nmods(o.Head, "with")
					for _, w := range sc.p.Obliques(v) {
						if f, _ := sc.p.Subtree(w.Head); w.Prep == "with" && f == o.Head+1 {
							with = append(with, w.Head) // the phrase right after, hung on the verb
						}
					}
					for _, w := range with {
						as = append(as, sc.actors(w)...)
					}
					if len(as) > 0 {
						return as
					}
				}
				if o.Prep == "in" && attackNouns[sc.lem(o.Head)] {
					// "Soleimani was killed in a U.S. air strike": who
					// struck, named by the attack's modifier
					var as []dyad.Actor
					for _, k := range sc.p.Children(o.Head) {
						if r := sc.tok(k).Rel; r != "nmod:poss" && r != "amod" && (r != "compound" || sc.isPlace(k) || sc.weaponWord(k)) {
							continue // "a missile strike": whose missile?
						}
						for _, a := range sc.modifierActors(k) {
							if a.Known && (a.Country != "" || a.Name != "") {
								as = append(as, a)
							}
						}
					}
					if len(as) > 0 {
						return as
					}
				}
			}
		}
		return nil // and "troops backed by tanks": arms back no one
	}
	if t := sc.tok(v); t.XPOS == "VBG" && t.Rel == "acl" && t.Head >= 0 && t.Head < v && sc.weaponWord(t.Head) && sc.prepOf(t.Head) == "with" {
		// "launched an invasion, with missiles striking cities": the
		// weapons of the main clause's subject
		if r := sc.p.Root(); r >= 0 && r < t.Head {
			var as []dyad.Actor
			for _, k := range sc.p.Subjects(r) {
				as = append(as, sc.actors(k)...)
			}
			if len(as) > 0 {
				return as
			}
		}
	}
	if o := sc.reasonDoer(v); o >= 0 {
		return sc.actors(o) // "praised Poland for taking in refugees": Poland did
	}
	if t := sc.tok(v); t.Head >= 0 && (deployVerbs[sc.lem(t.Head)] || causeVerbs[sc.lem(t.Head)]) && (t.Rel == "advcl" || t.Rel == "xcomp") && sc.marked(v, "to") && !sc.hasSubject(v) {
		// "deployed the army to quell protests": the army quells
		for _, o := range sc.p.Objects(t.Head) {
			if as := sc.actors(o); o > t.Head && o < v && len(as) > 0 && as[0].Country != "" {
				return as // (but personnel sent by the UN act for it)
			}
		}
	}
	if sc.reducedPassive(v) {
		// "expelled a diplomat accused of spying": whoever did it is
		// not the sentence's subject
		return nil
	}
	if t := sc.tok(v); t.XPOS == "VBG" && t.Rel == "advcl" && t.Head >= 0 && mutualVerbs[sc.lem(t.Head)] && len(sc.p.Subjects(v)) == 0 {
		if distinct(sc.sources(t.Head)) >= 2 {
			return nil // "Thai and Cambodian troops exchanged fire, killing two soldiers": which side killed is not said
		}
	}
	if t := sc.tok(v); t.Rel == "advcl" && t.XPOS == "VBG" && t.Head >= 0 && v > 0 && !sc.hasSubject(v) &&
		!slices.ContainsFunc(sc.p.Children(v), func(k int) bool { return sc.tok(k).Rel == "mark" }) {
		// "arrested dozens of protesters demanding a hostage deal",
		// "fired tear gas at demonstrators demanding lower prices",
		// "used batons against workers demanding higher wages": the
		// participle right after a nominal of its head's object or
		// oblique is that nominal's, the innermost naming someone
		for k := v - 1; k >= 0 && k != t.Head; k = sc.tok(k).Head {
			if u := sc.tok(k).UPOS; u == "VERB" || u == "AUX" {
				break
			}
			if ph := sc.phrase(k); ph.Head == k && ph.Last == v-1 {
				if as := sc.actors(k); len(as) > 0 && len(as[0].Roles) > 0 {
					return as // people, not "agreements with the United States allowing ..."
				}
				if x := sc.tok(k).XPOS; (x == "NNS" || x == "NNPS") && slices.Contains(sc.p.Objects(t.Head), k) && sc.p.NounPhrase(k).Last == v-1 {
					return sc.actors(k) // "to disperse coca growers blocking a highway": the growers block, whoever they are
				}
			}
		}
	}
	if t := sc.tok(v); t.XPOS == "VBG" && t.Rel == "advcl" && t.Head >= 0 && t.Head < v && !sc.hasSubject(v) &&
		(reporting[sc.lem(t.Head)] || sc.lem(t.Head) == "deny" || sc.lem(t.Head) == "claim" || sc.lem(t.Head) == "demand" || sc.lem(t.Head) == "urge") {
		// "Iran said the deal was dead, accusing the United States of
		// economic terrorism": the reporter goes on, not the subject of
		// what is reported
		var as []dyad.Actor
		for _, k := range sc.p.Subjects(t.Head) {
			as = append(as, sc.actors(k)...)
		}
		if len(as) > 0 {
			return as
		}
	}
	if sc.visitor(v) >= 0 {
		// "told visiting U.S. Defense Secretary William Perry", "has
		// refused to meet Jordan's visiting King Abdullah": who visits
		// is told in passing, not reported
		return nil
	}
	subjects := sc.p.Subjects(v)
	if t := sc.tok(v); t.Rel == "acl:relcl" && slices.Contains(subjects, t.Head) {
		// "claimed responsibility for a roadside bomb attack that killed
		// eight soldiers": the claimant's attack
		if c := sc.claimedBy(t.Head); c >= 0 {
			return sc.sources(c)
		}
	}
	if t := sc.tok(v); t.Rel == "acl:relcl" && slices.Contains(subjects, t.Head) && sc.attackSite(t.Head) {
		return nil // "a suicide bombing on a Jerusalem bus that killed 18": the bombing did
	}
	if len(subjects) == 1 {
		// "Armenian and Azerbaijani foreign ministers met", with
		// "Armenian" hung on the verb: the conjoined adjectives before
		// the subject are its own
		ph := sc.phrase(subjects[0])
		f := ph.First
		for f >= 2 && (sc.lem(f-1) == "and" || sc.lem(f-1) == "or" || sc.tok(f-1).Text == ",") &&
			(sc.tok(f-2).UPOS == "ADJ" || sc.tok(f-2).UPOS == "PROPN") && sc.tok(f-2).Head != subjects[0] && sc.tok(f-2).Rel != "nsubj" {
			f -= 2
		}
		if f < ph.First && (f == 0 || sc.tok(f-1).UPOS == "DET" || sc.tok(f-1).UPOS == "PUNCT") {
			if as := sc.resolveSpan(f, ph.Last); len(as) > 1 {
				return as
			}
		}
		// "Chinese customs officials seized ...", with "Chinese
		// customs" parsed as an object before the verb: one subject
		for _, o := range sc.p.Objects(v) {
			if op := sc.phrase(o); o < v && op.Last+1 == ph.First {
				return sc.resolveSpan(op.First, ph.Last)
			}
		}
	}
	if len(subjects) >= 2 {
		for _, k := range subjects {
			if ph := sc.phrase(k); k > subjects[0] && ph.First > 0 && clauseOpeners[sc.lem(ph.First-1)] || slices.ContainsFunc(sc.p.Children(k), func(c int) bool {
				return sc.tok(c).Rel == "case" && clauseOpeners[sc.lem(c)]
			}) {
				// "NATO aircraft bombed ... after Bosnian Serb forces
				// ignored an ultimatum", parsed with both subjects on
				// "ignored": the clause's own is the one after its opener
				return sc.actors(k)
			}
		}
		// "Human rights organization Amnesty International demanded",
		// "Kyrgyz and Tajik forces agreed": subjects side by side are
		// one phrase the parser split.
		first, last, joined := -1, -1, true
		for _, k := range subjects {
			ph := sc.phrase(k)
			gap := false // only joining words between: "Kyrgyz and Tajik forces"
			for g := last + 1; last >= 0 && g < ph.First; g++ {
				gap = gap || !slices.Contains([]string{"cc", "conj", "punct", "flat"}, sc.tok(g).Rel)
			}
			if sc.tok(k).UPOS == "PRON" || gap || last >= 0 && ph.First <= last {
				joined = false
				break
			}
			if first < 0 {
				first = ph.First
			}
			last = max(last, ph.Last)
		}
		if joined && sc.tok(subjects[len(subjects)-1]).Head == v {
			return sc.resolveSpan(first, last)
		}
	}
	for _, s := range slices.Clone(subjects) {
		if nestedQuantities[strings.ToLower(sc.tok(s).Text)] || partitives[sc.lem(s)] {
			// "thousands of U.S. and Philippine troops": the quantity is
			// of each conjunct
			for _, o := range sc.nmods(s, "of") {
				subjects = append(subjects, sc.conjuncts(o)...)
			}
		}
	}
	var out []dyad.Actor
	for i, s := range subjects {
		as := sc.actors(s)
		if t := sc.tok(v); len(as) == 0 && t.Rel == "acl:relcl" && t.Head == s {
			if w := sc.relativeWord(v); w >= 0 {
				as = sc.actors(w) // "a response from Ecuador, which broke off relations": Ecuador
			}
		}
		if i > 0 && sc.tok(s).Rel == "conj" && sc.tok(s).UPOS == "NOUN" && len(as) == 1 && as[0].Country == "" && len(as[0].Roles) > 0 && sc.sharedModifier(subjects[0], s) == nil {
			// "U.S. and British warplanes and warships": the warships
			// are of the countries the first conjunct names
			var shared []dyad.Actor
			for _, a := range sc.actors(subjects[0]) {
				if a.Country != "" && !slices.ContainsFunc(shared, func(b dyad.Actor) bool { return b.Country == a.Country }) {
					b := as[0]
					b.Roles = slices.Clone(b.Roles)
					b.SetCountry(a.Country)
					shared = append(shared, b)
				}
			}
			if len(shared) > 0 {
				as = shared
			}
		}
		out = append(out, as...)
	}
	if len(subjects) > 0 {
		return out
	}
	t := sc.tok(v)
	if t.Rel == "acl" && t.Head >= 0 && t.Head < v && (sc.finite(v) || t.XPOS == "VBG" ||
		// "NATO aircraft bombed Serb positions ... after Bosnian Serb
		// forces ignored ...", the past read as a participle: a
		// participle with an object and no auxiliary is active
		t.XPOS == "VBN" && len(sc.p.Aux(v)) == 0 && v == t.Head+1 && (len(sc.p.Objects(v)) > 0 ||
			// "Iraqi batteries fired on American warplanes": a verb
			// with no passive sense of its own
			intransitiveActs[lemma(t)] && sc.p.Agent(v) < 0 && slices.ContainsFunc(sc.p.Obliques(v), func(o nlp.Oblique) bool { return o.Prep != "" && !whenPreps[o.Prep] }) ||
			// "Jordanian warplanes shot down Iranian drones", with
			// "down" read as a preposition
			slices.ContainsFunc(sc.p.Obliques(v), func(o nlp.Oblique) bool {
				return (o.Prep == "down" || o.Prep == "up" || o.Prep == "off" || o.Prep == "out") && o.Head > v+1 && sc.tok(v+1).Rel == "case"
			}))) {
		// "demonstrators protesting the results": the noun a present
		// participle modifies does the act; but "a resolution
		// demanding a ceasefire" states its content
		if k := sc.issuer(v); k >= 0 {
			return sc.sources(k) // "North Korea released a statement condemning the summit"
		}
		if documentNouns[sc.lem(t.Head)] {
			return nil
		}
		if a := sc.actors(t.Head); len(a) > 0 {
			return a
		}
	}

	if t.Rel == "xcomp" && t.Head >= 0 && sc.tok(t.Head).UPOS == "ADJ" {
		// "Syria is willing to withdraw": the adjective's subject;
		// "it is willing" parsed with an expletive "it" still names it.
		subj := sc.p.Subjects(t.Head)
		for _, k := range sc.p.Children(t.Head) {
			if sc.tok(k).Rel == "expl" {
				subj = append(subj, k)
			}
		}
		for _, s := range subj {
			out = append(out, sc.actors(s)...)
		}
		return out
	}
	if t.Rel == "xcomp" || strings.HasPrefix(t.Rel, "acl") || t.Rel == "amod" || sc.underNoun(v) {
		return nil
	}
	if sc.finite(v) {
		// "lodged a protest after a Chinese military plane violated its
		// airspace", with the plane hung elsewhere: a finite clause
		// opened by after, when, because... has its own subject, the
		// words between the opener and the verb
		k := v - 1
		for k > 0 && slices.Contains([]string{"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"}, sc.tok(k).UPOS) {
			k--
		}
		if k >= 0 && k < v-1 && clauseOpeners[sc.lem(k)] {
			return sc.nearestActor(v-1, k)
		}
	}
	for i := v - 1; i >= 0; i-- {
		switch rel := sc.tok(i).Rel; {
		case rel == "nsubj" || rel == "nsubj:pass":
			return sc.actors(i)
		case sc.tok(i).UPOS == "VERB" && (rel == "ccomp" || rel == "advcl" || rel == "parataxis") && !(sc.tok(v).Head == i && sc.tok(v).Rel == "advcl" && sc.tok(v).XPOS == "VBG"):
			return nil // another clause (but "a bomb exploded in London, killing two people, police said": the clause the participle explains)
		}
	}
	return nil
}

// underNoun reports whether clause v hangs, through other clauses, from a
// clause that modifies a noun ("talks aimed at ending the war"): its
// subject is not the sentence's.
func (sc *sentenceCoder) underNoun(v int) bool {
	for u := v; u >= 0; u = sc.tok(u).Head {
		if u != v && sc.hasSubject(u) {
			return false // a clause with a subject of its own comes first
		}
		switch rel := sc.tok(u).Rel; {
		case strings.HasPrefix(rel, "acl"):
			return true
		case rel == "advcl" || rel == "xcomp" || rel == "conj":
			continue
		}
		return false
	}
	return false
}

// finite reports whether verb v is finite or has a finite auxiliary, so
// that as a noun modifier it is a misparsed clause, not a participle.
func (sc *sentenceCoder) finite(v int) bool {
	switch sc.tok(v).XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	for _, a := range sc.p.Aux(v) {
		switch sc.lem(a) {
		case "have", "will", "would", "shall", "do", "can", "may", "must":
			return true
		}
	}
	return false
}

// targets finds the actors an event is directed at: the +prep phrase, or
// else the objects, the object's prepositional phrases, the verb's, and
// the complement's object, obliques or subject. Actors with a country are
// preferred to bare agents ("troops", "intelligence").
func (sc *sentenceCoder) targets(v, obj int, pat *Pattern, sources []dyad.Actor) []dyad.Actor {
	// "vowed to defend its sovereignty against Chinese aggression": for
	// support and cooperation, against names the adversary, not the
	// one helped
	preps := targetPreps
	if r := pat.Code[:2]; r >= "03" && r <= "08" {
		preps = slices.DeleteFunc(slices.Clone(targetPreps), func(p string) bool { return p == "against" })
	}
	if strings.HasPrefix(pat.Code, "087") {
		preps = append(slices.Clone(preps), "out of") // "pulled its troops out of Lebanon": from whom they withdraw
	}
	var cands []int
	var addressed []int // the pattern's own phrase: "called on the armed forces to ..."
	// "accords signed at Istanbul's Dolmabahce Palace": where a meeting
	// or an agreement took place is no party to it
	venue := slices.ContainsFunc(sc.objects(v), func(o int) bool { return venueNouns[sc.lem(o)] })
	// "threatened to launch an offensive unless Baghdad accepted its
	// conditions": who must meet the condition is the target
	// (but "threatened to attack Israeli gas rigs if Lebanon was
	// blocked": the act has its own target)
	ownTarget := func() bool { // the threatened act's object names a country
		state := sc.stateNamed
		for _, x := range sc.p.Children(v) {
			t := sc.tok(x)
			if t.Rel == "ccomp" && x > v {
				// "warned that Turkey could cut ties with Israel if the
				// United States recognised ...": with whom
				for _, o := range sc.p.Objects(x) {
					if slices.ContainsFunc(sc.nmods(o, "with"), state) {
						return true
					}
				}
				for _, o := range sc.p.Obliques(x) {
					if (o.Prep == "with" || o.Prep == "against" || o.Prep == "on") && state(o.Head) {
						return true
					}
				}
				continue
			}
			if t.Rel != "xcomp" && !(t.Rel == "advcl" && sc.marked(x, "to")) {
				continue
			}
			for _, o := range sc.p.Objects(x) {
				if o > x && state(o) {
					return true
				}
			}
		}
		return false
	}
	for _, h := range append([]int{v}, sc.complements(v)...) {
		for _, k := range sc.p.Children(h) {
			if sc.tok(k).Rel == "advcl" && (sc.marked(k, "unless") || sc.marked(k, "if") && (pat.Code[:2] == "13" || pat.Code[:2] >= "15") && !ownTarget()) {
				cands = append(cands, sc.p.Subjects(k)...) // and "would retaliate if Finland joined NATO"
			}
		}
	}
	if pat.Prep != "" && pat.Prep != "as" && !(pat.Prep == "with" && chargeVerbs[pat.Verb]) {
		// but "recognised Guaidó as president", "used civilians as
		// shields": the "as" phrase is what the object is taken for
		for _, h := range sc.prepHeads(v, obj, pat.Prep) {
			if !meetingNouns[sc.lem(h)] || len(sc.nmods(h, "of")) > 0 {
				cands = append(cands, h) // and "a meeting of the Security Council"
				addressed = append(addressed, h)
				continue
			}
			// "called for talks on Kashmir", "for a conference on the
			// Middle East": who talks, not what about
			for _, p := range []string{"with", "between", "among"} {
				cands = append(cands, sc.nmods(h, p)...)
			}
		}
	}
	if r := pat.Code[:2]; r == "10" || r == "02" {
		// "demanded at the UN General Assembly that the United States
		// lift its embargo": whom the demand asks, before where it was
		// made
		for _, c := range sc.complements(v) {
			if sc.tok(c).Rel == "ccomp" && sc.marked(c, "that") {
				cands = append(cands, sc.p.Subjects(c)...)
			}
		}
		// "appealed for an end to the fighting in eastern Ukraine": where
		// the fighting is to end
		for _, o := range sc.p.Obliques(v) {
			if o.Prep != "for" || !endNouns[sc.lem(o.Head)] {
				continue
			}
			for _, f := range append(sc.nmods(o.Head, "to"), sc.nmods(o.Head, "of")...) {
				if !violenceNouns[sc.lem(f)] {
					continue
				}
				cands = append(cands, sc.nmods(f, "in")...)
				for _, p := range sc.p.Obliques(v) {
					if first, _ := sc.p.Subtree(p.Head); p.Prep == "in" && first == sc.p.NounPhrase(f).Last+1 {
						cands = append(cands, p.Head) // the place phrase right after, hung on the verb
					}
				}
			}
		}
		if r == "02" && pat.Prep == "for" {
			// "appealed to the European Union for food for thousands of
			// people": whom the appeal is made to, before whom the aid
			// is for
			var to []int
			for _, o := range sc.p.Obliques(v) {
				if o.Prep == "to" {
					to = append(to, o.Head)
				}
			}
			cands = append(to, cands...)
		}
	}
	if pat.Code == "015" {
		// "claimed responsibility for a bomb attack that killed eight
		// Turkish soldiers": whom the attack claimed was aimed at
		var claimed []int // the attack, on "responsibility" or on the verb
		for _, o := range sc.p.Objects(v) {
			claimed = append(claimed, sc.nmods(o, "for")...)
		}
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "for" {
				claimed = append(claimed, o.Head)
			}
		}
		for _, n := range claimed {
			if !assaultNouns[sc.lem(n)] {
				continue
			}
			cands = append(cands, append(sc.nmods(n, "on"), sc.nmods(n, "against")...)...)
			for _, k := range sc.p.Children(n) {
				if sc.tok(k).Rel == "acl:relcl" {
					cands = append(cands, sc.p.Objects(k)...)
				}
			}
		}
	}
	if pat.Code[:2] == "04" {
		// "Xi, in a telephone call with Putin, discussed Ukraine": whom
		// the call was with, the phrase hung on the subject or the verb
		var media []int
		for _, h := range append([]int{v}, sc.p.Subjects(v)...) {
			media = append(media, sc.nmods(h, "in")...)
			media = append(media, sc.nmods(h, "during")...)
			for _, o := range sc.p.Obliques(h) {
				if o.Prep == "in" || o.Prep == "during" {
					media = append(media, o.Head)
				}
			}
		}
		for _, m := range media {
			if talkMedia[sc.lem(m)] {
				cands = append(cands, sc.nmods(m, "with")...)
			}
		}
	}
	if pat.Code == "014" {
		// "is considering imposing sanctions on North Korea": whom the
		// option weighed would be aimed at (the gerund may be read as
		// the object)
		comps := sc.complements(v)
		for _, o := range sc.p.Objects(v) {
			if sc.tok(o).UPOS == "VERB" {
				comps = append(comps, o)
				continue
			}
			for _, prep := range []string{"on", "against"} {
				cands = append(cands, sc.nmods(o, prep)...) // "considering fresh sanctions on North Korea"
			}
		}
		for _, c := range comps {
			for _, k := range sc.complements(c) {
				cands = append(cands, sc.p.Objects(k)...) // "considering sending vessels to support a U.S.-led campaign"
			}
			for _, prep := range []string{"on", "against", "to", "with", "from"} {
				for _, o := range sc.p.Objects(c) {
					cands = append(cands, sc.looked(sc.nmods(o, prep))...) // ("a ban on imports of Russian oil")
				}
				for _, o := range sc.p.Obliques(c) {
					if o.Prep == prep {
						cands = append(cands, sc.looked([]int{o.Head})...)
					}
				}
			}
		}
	}
	objs := sc.p.Objects(v)
	// "denied that Russian troops had ...", with "that" read as the
	// object: a clause, whose subject is a target only of a demand
	// ("demanded that the Sudanese government end ...")
	clause := func(o int) bool { return sc.tok(o).UPOS == "SCONJ" && pat.Code[:2] != "02" && pat.Code[:2] != "10" }
	if slices.ContainsFunc(objs, clause) {
		objs = slices.DeleteFunc(slices.Clone(objs), clause)
	}
	if before := func(o int) bool { return o < v }; !sc.passive(v) && slices.ContainsFunc(objs, before) {
		objs = slices.DeleteFunc(slices.Clone(objs), before) // an "object" before an active verb is the subject's
	}
	if sc.passive(v) {
		// "Iranian targets were attacked by Israel": the passive's
		// subject is the target.
		objs = append(sc.p.Subjects(v), objs...)
		if t := sc.tok(v); t.Rel == "acl" && t.Head >= 0 && t.Head < v && sc.p.Agent(v) >= 0 {
			objs = append(objs, t.Head) // "Iraqi militias backed by Iran": the militias
		}
		if t := sc.tok(v); t.Rel == "advcl" && t.XPOS == "VBN" && t.Head >= 0 && t.Head < v && sc.p.Agent(v) >= 0 && !sc.hasSubject(v) {
			objs = append(objs, sc.p.Subjects(t.Head)...) // "the troops landed in Monrovia, greeted by cheering crowds": the troops
		}
		if t := sc.tok(v); (t.Rel == "conj" || t.Rel == "parataxis") && t.Head >= 0 && t.Head < v && sc.tok(t.Head).UPOS == "VERB" &&
			slices.ContainsFunc(sc.p.Subjects(v), func(k int) bool { return decisionNouns[sc.lem(k)] && k >= 2 && sc.tok(k-2).Text == "," }) {
			objs = append(objs, sc.p.Subjects(t.Head)...) // "dissolved all parties, a decision condemned by the AU": the dissolver
		}
	}
	if r := pat.Code[:2]; r == "03" || r == "06" || r == "07" {
		// "approved the deployment of 1,000 police officers to
		// Haiti": what is given goes to the "to" phrase of the object
		// (or of the complement's: "pledged to provide $20 million in
		// aid to Somalia")
		comps := sc.complements(v)
		given := slices.Clone(objs)
		for _, c := range comps {
			given = append(given, sc.p.Objects(c)...)
		}
		for _, h := range append([]int{v}, comps...) {
			for _, ob := range sc.p.Obliques(h) {
				if ob.Prep == "in" && sc.tok(ob.Head).UPOS == "NOUN" && ob.Head > h {
					given = append(given, ob.Head) // "$15 million in aid to Yemen", with "in aid" hung on the verb
				}
			}
		}
		for _, o := range given {
			cands = append(cands, sc.nmods(o, "to")...)
			for _, k := range sc.p.Children(o) {
				if sc.tok(k).Rel == "nmod" && sc.tok(k).UPOS == "NOUN" {
					cands = append(cands, sc.nmods(k, "to")...) // the "to" phrase hung on "officers"
				}
			}
		}
	}
	// "repelled an attack by gunmen", "condemned the attack by Hamas on
	// Israel": the attack's agent, whoever else the phrase names
	for _, o := range objs {
		if !assaultNouns[sc.lem(o)] || o < v {
			continue
		}
		var by []dyad.Actor
		for _, a := range sc.nmods(o, "by") {
			by = append(by, sc.actors(a)...)
		}
		if len(by) > 0 {
			return by
		}
	}
	// "threatened to crush any demonstration by supporters of Aristide",
	// "broke up a rally by students": who protests
	for _, h := range sc.protestHeads(pat, v) {
		for _, o := range sc.p.Objects(h) {
			if !protestNouns[sc.lem(o)] || o < v {
				continue
			}
			cands = append(sc.nmods(o, "by"), cands...)
			for _, ob := range sc.p.Obliques(h) {
				if f, _ := sc.p.Subtree(ob.Head); ob.Prep == "by" && f == o+1 && !sc.passive(h) {
					cands = append([]int{ob.Head}, cands...) // the "by" phrase right after it, hung on the verb
				}
			}
		}
	}
	if sc.lem(v) == "discuss" || sc.lem(v) == "debate" {
		// "met Putin to discuss Iran's presence in Syria": what is
		// discussed is a topic, not a party
		objs = nil
	}
	// "resumed talks on Kashmir": talk is no actor, and what it is on
	// is its topic
	lookedObjs := sc.looked(slices.DeleteFunc(slices.Clone(objs), func(o int) bool { return talkNouns[sc.lem(o)] }))
	if l := sc.lem(v); l == "sign" || l == "ink" {
		// "signed a ceasefire in Minsk": where it was signed (but
		// "called for a ceasefire in Gaza" is where the guns fall silent)
		lookedObjs = slices.DeleteFunc(lookedObjs, func(c int) bool { p := sc.prepOf(c); return wherePreps[p] || p == "at" })
	}
	if forWhom(pat, "for") {
		lookedObjs = slices.DeleteFunc(lookedObjs, func(c int) bool { return sc.prepOf(c) == "for" })
	}
	cands = append(cands, lookedObjs...)
	// "struck what the military described as a Hamas weapons site": what
	// the object is said to be
	for _, o := range objs {
		if sc.lem(o) != "what" || o < v {
			continue
		}
		for _, k := range sc.p.Children(o) {
			if sc.tok(k).Rel != "acl:relcl" || !describeVerbs[sc.lem(k)] {
				continue
			}
			for _, ob := range sc.p.Obliques(k) {
				if ob.Prep == "as" {
					cands = append(cands, sc.looked([]int{ob.Head})...)
				}
			}
			for _, x := range sc.p.Children(k) {
				if r := sc.tok(x).Rel; (r == "xcomp" || r == "obj") && sc.tok(x).UPOS == "NOUN" {
					cands = append(cands, sc.looked([]int{x})...) // "what the army called PKK hideouts"
				}
			}
		}
	}
	// "freed six hostages, including three police officers": who the
	// object's people are, the phrase hung on it or on the verb after it
	for _, o := range objs {
		if o < v || len(sc.actors(o)) > 0 {
			continue
		}
		cands = append(cands, sc.nmods(o, "including")...)
		for _, ob := range sc.p.Obliques(v) {
			if ob.Prep == "including" && ob.Head > o {
				cands = append(cands, ob.Head)
			}
		}
	}
	if force(pat.Code) {
		// "shelled positions held by Khalifa Haftar's forces": whose
		// positions
		for _, o := range objs {
			if a := sc.heldBy(o, holdVerbs, v); a >= 0 {
				cands = append(cands, a)
			}
		}
		// "fired warning shots after North Korean soldiers crossed the
		// border": at whoever the clause says did what it answers
		for _, k := range sc.p.Children(v) {
			if sc.tok(k).Rel == "advcl" && sc.marked(k, "after", "when", "as") && k > v {
				cands = append(cands, sc.p.Subjects(k)...)
			}
		}
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "after" && o.Head > v {
				cands = append(cands, o.Head) // the same, with "crossed" read as a participle of "soldiers"
			}
		}
	}
	if pat.Code[:2] == "15" {
		// "raised its military alert after North Korean artillery
		// shelled the island": a show of force faces whoever the
		// clause says did what it answers; "exercises around Taiwan":
		// whom they surround
		for _, h := range append([]int{v}, objs...) {
			for _, prep := range []string{"around", "surrounding", "near", "off"} {
				cands = append(cands, sc.nmods(h, prep)...)
			}
			zones := append([]int{h}, sc.nmods(h, "in")...)
			for _, o := range sc.p.Obliques(h) {
				if o.Prep == "in" {
					zones = append(zones, o.Head)
				}
			}
			for _, z := range zones {
				for _, k := range sc.p.Children(z) {
					if sc.tok(k).Rel == "acl" && sc.lem(k) == "surround" {
						cands = append(cands, sc.p.Objects(k)...) // "in six zones surrounding Taiwan"
					}
				}
			}
		}
		for _, k := range sc.p.Children(v) {
			if sc.tok(k).Rel == "advcl" && sc.marked(k, "after") && k > v {
				cands = append(cands, sc.p.Subjects(k)...)
			}
		}
	}
	if r := pat.Code[:2]; r == "12" || r == "11" || pat.Code == "016" {
		// "rejected opposition demands", "dismissed the rebels' offer",
		// "rejected British accusations": whose demand, offer or
		// accusation it was
		owned := slices.Clone(objs)
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "as" && (claimNouns[sc.lem(o.Head)] || offerNouns[sc.lem(o.Head)]) {
				owned = append(owned, o.Head) // "rejected as absurd British accusations", read as "as accusations"
			}
		}
		for _, o := range owned {
			if o < v {
				continue
			}
			if claimNouns[sc.lem(o)] || offerNouns[sc.lem(o)] {
				for _, p := range []string{"from", "by"} {
					cands = append(cands, sc.nmods(o, p)...) // "an offer of peace talks from President Karzai"
					for _, k := range sc.nmods(o, "of") {
						cands = append(cands, sc.nmods(k, p)...) // the phrase hung on "talks"
					}
				}
				for _, ob := range sc.p.Obliques(v) {
					if f, _ := sc.p.Subtree(ob.Head); (ob.Prep == "by" || ob.Prep == "from") && f == sc.p.NounPhrase(o).Last+1 && !sc.passive(v) {
						cands = append(cands, ob.Head) // "rejected accusations by the United States", the phrase hung on the verb
					}
				}
			}
			for _, k := range sc.p.Children(o) {
				if t := sc.tok(k); t.Rel == "acl" && t.XPOS == "VBN" && k > o && sc.p.Agent(k) >= 0 {
					cands = append(cands, sc.p.Agent(k)) // "rejecting a phased pullout offered by Damascus"
				}
			}
			if len(sc.actors(o)) > 0 {
				cands = append(cands, o) // the phrase names them itself
				continue
			}
			for _, k := range sc.p.Children(o) {
				if r := sc.tok(k).Rel; (r == "compound" || r == "nmod:poss" || r == "amod") && k < o && slices.ContainsFunc(sc.modifierActors(k), func(a dyad.Actor) bool {
					return a.Known && (a.Country != "" || len(a.Roles) > 0) // not "the Zarqa Hills attack", a place
				}) {
					cands = append(cands, k) // (and "dismissed Western criticism")
				}
			}
		}
	}
	if r := pat.Code[:2]; r == "03" || r == "05" {
		// "agreed to implement the peace agreement with Eritrea": the
		// other party to the accord the complement is about
		comps := sc.coordinatedComplements(v) // "to accept and implement the agreement"
		if pat.Prep != "" {
			// "committed to a peaceful settlement of the conflict with
			// Azerbaijan": the other party to what the phrase names
			for _, h := range sc.prepHeads(v, obj, pat.Prep) {
				cands = append(cands, sc.nmods(h, "with")...)
				for _, k := range sc.nmods(h, "of") {
					cands = append(cands, sc.nmods(k, "with")...)
				}
			}
		}
		for _, c := range comps {
			for _, o := range sc.p.Objects(c) {
				if venueNouns[sc.lem(o)] {
					cands = append(cands, sc.nmods(o, "with")...)
				}
			}
		}
	}
	if pat.Code == "012" || pat.Code == "013" {
		// "was optimistic that the border dispute with Somalia could be
		// resolved": the other party of what the comment is about;
		// "saw little chance of reaching a peace deal with the
		// Palestinians": of what the chance is of
		var clauses []int
		for _, o := range sc.p.Objects(v) {
			for _, k := range sc.p.Children(o) {
				if sc.tok(k).UPOS == "VERB" && k > o {
					clauses = append(clauses, k)
				}
			}
		}
		for _, k := range clauses {
			for _, n := range sc.p.Objects(k) {
				cands = append(cands, sc.nmods(n, "with")...)
				cands = append(cands, sc.nmods(n, "between")...)
			}
			for _, o := range sc.p.Obliques(k) {
				if o.Prep == "with" || o.Prep == "between" {
					cands = append(cands, o.Head) // the phrase hung on the clause's verb
				}
			}
		}
		for _, k := range sc.p.Children(v) {
			if r := sc.tok(k).Rel; r != "ccomp" && !(r == "advcl" && sc.marked(k, "that")) {
				continue
			}
			for _, n := range append(sc.p.Subjects(k), sc.p.Objects(k)...) {
				cands = append(cands, sc.nmods(n, "with")...)
				cands = append(cands, sc.nmods(n, "between")...)
			}
		}
	}
	if r := pat.Code[:2]; r == "09" || r == "01" {
		// "opened an inquiry into allegations that President Estrada
		// received payoffs", "into whether Lula used his influence":
		// whom the claim investigated is about; "declined to comment
		// on reports that Washington was preparing new restrictions":
		// whom the reports are about
		prep := "into"
		if r == "01" {
			prep = "on"
		}
		comps := sc.coordinatedComplements(v) // "declined to confirm or comment on reports that ..."
		var into []int
		for _, h := range append(append([]int{v}, objs...), comps...) {
			into = append(into, sc.nmods(h, prep)...)
			for _, o := range sc.p.Obliques(h) {
				if o.Prep == prep {
					into = append(into, o.Head)
				}
			}
			for _, k := range sc.p.Children(h) {
				if t := sc.tok(k); (t.Rel == "advcl" || t.Rel == "acl" || t.Rel == "ccomp") && t.UPOS == "VERB" && sc.marked(k, "whether", "into") {
					into = append(into, k)
				}
				if t := sc.tok(k); (t.Rel == "advcl" || t.Rel == "ccomp") && t.UPOS == "VERB" && sc.marked(k, "that") {
					// "comment on reports that Kim was visiting", the
					// clause hung on the verb: the claim's
					if f, _ := sc.p.Subtree(k); f >= 2 && claimNouns[sc.lem(f-1)] || f >= 1 && claimNouns[sc.lem(f)] {
						into = append(into, k)
					}
				}
			}
		}
		for _, h := range into {
			if sc.tok(h).UPOS == "VERB" {
				cands = append(cands, sc.p.Subjects(h)...)
				continue
			}
			if !claimNouns[sc.lem(h)] {
				continue
			}
			for _, k := range sc.p.Children(h) {
				if r := sc.tok(k).Rel; r == "acl" || r == "acl:relcl" || r == "ccomp" {
					cands = append(cands, sc.p.Subjects(k)...)
				}
			}
		}
	}
	if pat.Code == "192" {
		// "recaptured the town of Saraqeb from rebels": whom it was
		// taken from
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "from" {
				cands = append(cands, o.Head)
			}
		}
	}
	if pat.Code[:2] == "14" {
		// "protested outside the Australian embassy": whose embassy
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "outside" || o.Prep == "at" || o.Prep == "near" {
				cands = append(cands, o.Head)
			}
		}
	}
	if reactionRoots[pat.Code[:2]] && !strings.HasPrefix(pat.Code, "057") { // not "signed a deal brokered by France"
		// "investigating war crimes by Croatian extremists", "protested
		// against violations by the coast guard": a reaction to a deed
		// targets its doer, the "by" phrase of the object, or of the
		// verb where the parser hung it there.
		for _, o := range objs {
			cands = append(cands, sc.nmods(o, "by")...)
			// "condemned the storming of the mosque compound by Israeli
			// police", the by-phrase hung lower in the object's phrase
			for _, k := range sc.p.Children(o) {
				if k == v {
					continue // "a general strike called by unions": the verb's own agent is its source
				}
				for _, m := range sc.p.Children(k) {
					if t := sc.tok(m); t.Rel == "obl:agent" || t.Rel == "acl" && sc.p.Agent(m) >= 0 {
						if t.Rel == "obl:agent" {
							cands = append(cands, m)
						} else {
							cands = append(cands, sc.p.Agent(m))
						}
					}
				}
			}
		}
		if !sc.passive(v) && len(objs) > 0 {
			for _, o := range sc.p.Obliques(v) {
				if o.Prep == "by" {
					cands = append(cands, o.Head)
				}
			}
		}
	}
	objNouns := objs
	if obj >= 0 && !slices.Contains(objs, obj) {
		objNouns = append(slices.Clip(objs), obj) // "provide 25,000 tons of food aid to refugees": the aid's
	}
	for _, o := range objs {
		for _, k := range sc.p.Children(o) {
			if t := sc.tok(k); t.Rel == "conj" && t.UPOS == "NOUN" && len(sc.actors(k)) == 0 {
				objNouns = append(slices.Clip(objNouns), k) // "launched a missile and drone attack on Ukraine's grid": the attack's
			}
		}
	}
	for _, o := range objNouns {
		for _, prep := range preps {
			if (prep == "on" || prep == "over") && topicNouns[sc.lem(o)] {
				continue // "negotiations on an Israeli pullback": a topic
			}
			if prep == "at" && venueNouns[sc.lem(o)] {
				continue // "signed the accord at Camp David": where
			}
			if forWhom(pat, prep) {
				continue
			}
			for _, m := range sc.nmods(o, prep) {
				if prep == "for" && sc.afterOtherPhrase(o, m) {
					continue // "charged three men with spying for China": the spying's
				}
				cands = append(cands, sc.looked([]int{m})...)
			}
		}
	}
	obls := sc.p.Obliques(v)
	for _, o := range obls {
		if o.Prep == "" && sc.tok(o.Head).UPOS != "NUM" && sc.tok(o.Head).Rel == "obl" && o.Head > v {
			// (but not a phrase after a comma: "killing all 298 people on
			// board, most of them Dutch nationals")
			if sc.commaBefore(v, o.Head) {
				continue
			}
			cands = append(cands, o.Head) // an object the parser took for an oblique (not "Gang leader Jimmy Cherizier warned", before the verb)
		}
	}
	// "issued a reminder Saturday to Iraq": a day name the parser hung
	// the target phrase on.
	for _, h := range append([]int{v}, objs...) {
		for _, c := range sc.p.Children(h) {
			if temporalNouns[sc.lem(c)] {
				for _, prep := range preps {
					if !(venue && prep == "at") {
						for _, m := range sc.nmods(c, prep) {
							// a phrase after the day with no comma between
							// (not "on Thursday, eight years after their war
							// over the Falklands")
							if !sc.commaBefore(c, m) && !sc.meetingGround(pat, prep, m) {
								cands = append(cands, m) // not "met on Tuesday on Singapore's Sentosa island", hung on the day
							}
						}
					}
				}
			}
		}
	}
	topic := topicVerbs[sc.lem(v)]
	for _, o := range objs {
		topic = topic || topicNouns[sc.lem(o)]
	}
	attack := force(pat.Code)
	for _, prep := range preps {
		if topic && (prep == "on" || prep == "over") {
			continue // "renewed negotiations on an Israeli pullback"
		}
		if attack && prep == "from" {
			continue // "rockets were fired from the Golan Heights": where from
		}
		if venue && prep == "at" {
			continue // "signed the accord at the palace": where
		}
		if prep == "with" && chargeVerbs[sc.lem(v)] {
			continue // "charged two brothers with spying for Russia": the charge
		}
		if forWhom(pat, prep) && pat.Prep != "for" && !slices.ContainsFunc(sc.p.Children(v), func(k int) bool {
			return (sc.tok(k).Rel == "advcl" || sc.tok(k).Rel == "xcomp") && sc.marked(k, "to")
		}) {
			continue // (but "demanded for the army to withdraw" asks the army)
		}
		for _, o := range obls {
			if o.Prep == prep && !(prep == "with" && (sc.absolute(o.Head) || sc.bareWeapon(o.Head))) && !(prep == "for" && (timeWords[sc.lem(o.Head)] || sc.lem(o.Head) == "control")) &&
				!sc.meetingGround(pat, prep, o.Head) {
				// (but "battled for control of Khartoum": the prize, not a
				// party; "shook hands on the White House lawn": where)
				for _, c := range sc.looked([]int{o.Head}) {
					if !(venue && sc.prepOf(c) == "at") {
						cands = append(cands, c) // not "signed on Friday at the palace"
					}
				}
			}
		}
	}
	for _, o := range obls {
		if o.Prep == "across" || o.Prep == "through" {
			// "sent troops across the border into northern Iraq"
			cands = append(cands, sc.nmods(o.Head, "into")...)
		}
	}
	for _, o := range objs {
		for _, w := range append(sc.nmods(o, "across"), sc.nmods(o, "through")...) {
			cands = append(cands, sc.nmods(w, "into")...) // "moved tanks through the tunnel into South Ossetia"
		}
	}
	comps := sc.complements(v)
	for _, o := range objs {
		// "filed a case at the ICJ accusing Israel of genocide": what
		// the document says is done to
		for _, k := range sc.p.Children(o) {
			if t := sc.tok(k); t.Rel == "acl" && t.XPOS == "VBG" && (documentNouns[sc.lem(o)] || lawsuitNouns[sc.lem(o)]) {
				cands = append(sc.p.Objects(k), cands...) // before "at the court": the venue
			}
		}
	}
	for _, o := range objs {
		// "opened fire to disperse demonstrators", with the purpose
		// clause hung on the object.
		for _, k := range sc.p.Children(o) {
			if (sc.tok(k).Rel == "acl" || sc.tok(k).Rel == "advcl") && sc.tok(k).UPOS == "VERB" && sc.marked(k, "to") {
				comps = append(comps, k)
			}
		}
	}
	for _, k := range comps {
		if discussVerbs[sc.lem(k)] {
			continue // "met in Paris to discuss the EU budget": a topic
		}
		if sc.tok(k).UPOS != "VERB" && sc.tok(k).UPOS != "AUX" && !sc.hasSubject(k) {
			// "condemned Azerbaijan's offensive", with "offensive" read as
			// an adjective; not "complained that those freed were
			// criminals", a clause with its own subject
			cands = append(cands, k)
		}
		if (sc.tok(k).Rel == "ccomp" || sc.hasSubject(k)) && (pat.Code[:2] == "02" || pat.Code[:2] == "10") {
			// "demanded that China open its borders": China first;
			// but in "threatened that Israel would act" the subject
			// is the threatener's side, not the target.
			cands = append(cands, sc.p.Subjects(k)...)
		}
		if sc.lem(v) == "help" && len(objs) > 0 {
			continue // "helped government forces push Haftar's troops back": the helped are the object
		}
		for _, o := range sc.looked(sc.p.Objects(k)) {
			if l := sc.lem(o); (troopWords[l] || troopWords[l+"s"]) && !slices.ContainsFunc(sc.p.Children(o), func(m int) bool {
				r := sc.tok(m).Rel
				return r == "amod" || r == "compound" || r == "nmod:poss" || r == "nmod"
			}) {
				continue // "pledged to deploy troops": its own
			}
			cands = append(cands, o)
		}
		for _, o := range sc.p.Obliques(k) {
			if slices.Contains(preps, o.Prep) {
				cands = append(cands, o.Head)
			}
		}
		if sc.lem(k) == "help" {
			for _, c := range sc.p.Complements(k) {
				cands = append(cands, sc.looked(sc.p.Objects(c))...) // "to help protect Estonia"
			}
		}
	}
	if t := sc.tok(v); (t.Rel == "xcomp" || t.Rel == "advcl") && t.Head >= 0 && sc.marked(v, "to") {
		// last: "summoned Niger's ambassador to complain", "sent
		// personnel to Bosnia to investigate": the governing verb's
		// object, or where it sent them
		cands = append(cands, sc.p.Objects(t.Head)...)
		for _, o := range sc.p.Obliques(t.Head) {
			if o.Prep == "to" {
				cands = append(cands, o.Head)
			}
		}
	}
	if c := pat.Code; c == "039" || c == "028" || c == "108" || strings.HasPrefix(c, "045") {
		// "offered to mediate between Kyiv and Moscow", "hosted talks
		// between Colombia and the ELN": the sides
		for _, k := range append([]int{v}, comps...) {
			for _, o := range sc.p.Obliques(k) {
				if o.Prep == "between" {
					cands = append(cands, o.Head)
				}
			}
			for _, o := range sc.looked(sc.p.Objects(k)) {
				cands = append(cands, sc.nmods(o, "between")...) // ("a new round of talks between")
			}
		}
	}
	if t := sc.tok(v); t.Rel == "acl:relcl" && t.Head >= 0 && t.Head < v && !slices.ContainsFunc(sc.p.Objects(v), func(o int) bool { return !captiveWords[sc.lem(o)] }) && sc.hasSubject(v) &&
		!slices.Contains(sc.p.Subjects(v), t.Head) && !slices.ContainsFunc(sc.p.Children(v), func(k int) bool { return relativePronouns[sc.lem(k)] && sc.tok(k).Rel != "obj" }) {
		// "a Russian attache it accused of spying", "peacekeepers they
		// had held hostage": the noun the relative clause describes is
		// its object
		cands = append(cands, t.Head)
	}
	if pat.Particle != "" && !strings.Contains(pat.Particle, "_") {
		// "shot down an American drone", with "down" read as the
		// preposition of the drone: the particle's phrase is the object
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == pat.Particle {
				cands = append(cands, o.Head)
			}
		}
	}
	if pat.Code == "063" {
		// "extradited the son of El Chapo to the United States": the
		// state that receives him, before the man himself
		var to []int
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "to" {
				to = append(to, o.Head)
			}
		}
		for k := v + 1; k < len(sc.p.Tokens); k++ {
			if t := sc.tok(k); strings.HasPrefix(t.Rel, "nmod") && sc.prepOf(k) == "to" {
				to = append(to, k) // hung anywhere in the object's phrase
			}
		}
		cands = append(to, cands...)
	}
	if strings.HasPrefix(pat.Code, "09") {
		cands = append(sc.investigated(v), cands...)
	}
	if pat.Code[:2] == "15" {
		// "deployed officers ahead of a banned opposition rally", "went
		// on alert ahead of planned protests by opposition supporters":
		// whom the show of force awaits
		for k := v + 1; k < len(sc.p.Tokens); k++ {
			if sc.lem(k) != "ahead" || !sc.under(k, v) {
				continue // (hung on the verb or inside its object: "deployed hundreds of officers ahead of")
			}
			for _, n := range sc.p.Children(k) {
				if sc.prepOf(n) == "of" {
					cands = append(cands, sc.nmods(n, "by")...)
					cands = append(cands, n)
				}
			}
		}
	}
	if pat.Code[:2] == "08" {
		// "lifted the sanctions it imposed on India and Pakistan": on
		// whom the relative clause says they were imposed
		for _, o := range objs {
			for _, k := range sc.p.Children(o) {
				if sc.tok(k).Rel != "acl:relcl" {
					continue
				}
				for _, ob := range sc.p.Obliques(k) {
					if ob.Prep == "on" || ob.Prep == "against" {
						cands = append(cands, ob.Head)
					}
				}
			}
		}
	}
	if pat.Code == "042" {
		// "arrived in Moscow for a state visit": where a visitor
		// arrives is whom he visits
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "in" {
				cands = append(cands, o.Head)
			}
		}
	}
	if !sc.passive(v) {
		// "A French court convicted former president Nicolas Sarkozy",
		// with the name read as an agent: with no "by" it is the object
		for _, k := range sc.p.Children(v) {
			if sc.tok(k).Rel == "obl:agent" && !slices.ContainsFunc(sc.p.Children(k), func(c int) bool { return sc.lem(c) == "by" }) {
				cands = append(cands, k)
			}
		}
	}
	if t := sc.tok(v); strings.HasPrefix(pat.Code, "045") && strings.HasPrefix(t.Rel, "acl") && t.Head >= 0 && !sc.hasSubject(v) {
		// "agreed to reopen their embassies under a deal brokered by
		// China": the mediator stands between the deal's parties
		h := sc.tok(t.Head).Head
		for n := 0; n < 2 && h >= 0 && sc.tok(h).UPOS != "VERB"; n++ {
			h = sc.tok(h).Head // "agreed to a ceasefire in talks mediated by ..."
		}
		for n := 0; n < 3 && h >= 0 && len(sc.p.Subjects(h)) == 0 && (sc.tok(h).Rel == "advcl" || sc.tok(h).Rel == "xcomp"); n++ {
			h = sc.tok(h).Head // "signed an agreement to restore relations, in a deal brokered by China": the signers
		}
		if h >= 0 && sc.tok(h).UPOS == "VERB" {
			cands = append(cands, sc.p.Subjects(h)...)
		}
	}
	if r := pat.Code[:2]; r == "02" || r == "10" {
		// "accused Bahraini security forces of torture and called for
		// an independent investigation": the call is on the accused
		if t := sc.tok(v); t.Rel == "conj" && t.Head >= 0 && t.Head < v && accuseVerbs[sc.lem(t.Head)] && !sc.hasSubject(v) &&
			slices.ContainsFunc(cands, func(c int) bool { return accountNouns[sc.lem(c)] }) {
			cands = append(cands, sc.p.Objects(t.Head)...) // (but "blamed the opposition and called for calm" calls on everyone)
		}
	}
	if pat.Code[:2] == "16" {
		// "imposed new sanctions freezing Syrian government assets":
		// whose assets the measures strike
		for _, o := range objs {
			for _, k := range sc.p.Children(o) {
				if t := sc.tok(k); t.Rel == "acl" && t.XPOS == "VBG" && k > o {
					cands = append(cands, sc.p.Objects(k)...)
				}
			}
		}
	}
	if r := pat.Code[:2]; r == "06" || r == "07" {
		// "authorised a loan package for Mexico to halt the collapse of
		// the peso", read as a for-clause: its subject is helped
		for _, k := range sc.p.Children(v) {
			if t := sc.tok(k); (t.Rel == "advcl" || t.Rel == "acl") && sc.marked(k, "for") {
				cands = append(cands, sc.p.Subjects(k)...)
			}
		}
	}
	if strings.HasPrefix(pat.Code, "13") && len(pat.Comps) > 0 {
		// "warned that the United States would pay a heavy price":
		// whom the warning says will suffer
		for _, k := range sc.complements(v) {
			if sc.tok(k).Rel == "ccomp" && slices.Contains(pat.Comps, sc.compLemma(k)) {
				cands = append(cands, sc.p.Subjects(k)...)
			}
		}
	}
	self := map[string]bool{}
	for _, s := range sources {
		if s.Code != "" && !strings.HasPrefix(s.Code, "---") {
			self[s.Code] = true
		}
	}
	var fallback []dyad.Actor
	for _, c := range cands {
		if sc.reporterConj(c) {
			continue
		}
		if pat.Code == "115" && sc.prepOf(c) == "to" {
			continue // "took the case to the International Court of Justice": the court hears it, the accused is another
		}
		if h := sc.tok(c).Head; pat.Code[:2] != "15" && (h >= 0 && sc.prepOf(c) == "with" && borderNouns[sc.lem(h)] && placePreps[sc.prepOf(h)] || h >= 0 && sc.prepOf(h) == "on" && borderNouns[sc.lem(h)] && sc.prepOf(c) == "with") {
			continue // "captured the town of Maungdaw on the border with Bangladesh": not Bangladesh; but "reopened its border crossing with Armenia" is
		}
		var as []dyad.Actor
		// "to Iran, Libya, North Korea and Cuba": every conjunct.
		for _, h := range append([]int{c}, sc.conjuncts(c)...) {
			ha := sc.actors(h)
			if h != c {
				if sa := sc.sharedModifier(c, h); sa != nil {
					ha = sa // "15 British sailors and marines": British marines
				}
			}
			for _, a := range ha {
				if r := pat.Code[:2]; a.Code == a.Country && (r <= "11" && r != "09" || r == "16") && (sc.tok(h).UPOS != "PROPN" || sc.tok(h).Head != v) && ofCountry(sources, a.Country) && !insurgents(sources) {
					continue // "pledged British support for the United States", "condemned the attack on a factory in Khartoum": the source's own country is no recipient; but "Kurdish leaders accused Baghdad" names it, and prosecutors investigate their own country's parties
				}
				if !self[a.Code] {
					as = append(as, a) // "Peru declared a curfew in Lima": not Peru on Peru
				}
			}
		}
		if instrumentVerbs[sc.lem(v)] && pat.Particle == "" && (c == obj || slices.Contains(objs, c) || slices.Contains(objs, sc.tok(c).Head)) && sc.weaponPhrase(c) {
			continue // "fired a ballistic missile over Japan", "fired dozens of rockets at Tel Aviv": what was fired
		}
		if weaponNouns[sc.lem(c)] && (pat.Code[:2] == "03" || pat.Code[:2] == "06" || pat.Code[:2] == "07") {
			continue // "approved a sale of missiles to Taiwan": the missiles are what is sold
		}
		if r := pat.Code[:2]; (r == "06" || r == "07") && givenThings[sc.lem(c)] && (c == obj || slices.Contains(objs, c)) {
			continue // "shared intelligence with their Indonesian counterparts": what is shared, not with whom
		}
		if len(as) == 0 || sc.ownForces(c, as, sources) || pat.Code[:2] == "15" && forcesOf(as, sources) {
			continue // "put the army on alert": the army is the source's own
		}
		for _, a := range as {
			if a.Country != "" {
				return as
			}
		}
		if pat.Code[:2] == "02" && slices.Contains(addressed, c) {
			return as // "Guaido called on the armed forces to abandon Maduro": whom the appeal addresses, whatever else it names
		}
		if fallback == nil {
			fallback = as
		}
	}
	if fallback == nil && sc.in.PlaceCountry != nil && (pat.Code == "042" || pat.Code == "017") {
		// "to visit Hiroshima", "laid a wreath at the memorial in
		// Potocari": a visit or a symbolic act abroad is toward the
		// country of the place
		places := slices.Clone(sc.p.Objects(v))
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "in" || o.Prep == "at" || o.Prep == "to" {
				places = append(places, o.Head)
				places = append(places, sc.nmods(o.Head, "in")...)
			}
		}
		for _, c := range places {
			if as := sc.placeActor(c, sources); as != nil {
				return as
			}
		}
	}
	if fallback == nil && sc.in.PlaceCountry != nil && (force(pat.Code) || pat.Code == "0874") {
		// (and "withdrew from the Tigray region": whose land it is)
		// "fired missiles at Odesa", "shelled Kharkiv": a place
		// attacked stands for its country; so does the place of what
		// was attacked ("hit an oil refinery in Russia's Krasnodar
		// region").
		for _, o := range sc.p.Obliques(v) {
			if o.Prep == "in" || o.Prep == "near" || o.Prep == "across" || o.Prep == "throughout" || o.Prep == "into" || o.Prep == "toward" || o.Prep == "towards" {
				cands = append(cands, o.Head)
			}
			if o.Prep == "from" {
				cands = append(cands, sc.nmods(o.Head, "into")...) // "fired rockets from Gaza into southern Israel"
			}
		}
		for _, c := range cands {
			if as := sc.placeActor(c, sources); as != nil {
				return as
			}
		}
		if force(pat.Code) && distinct(sources) == 1 && len(sources[0].Roles) > 0 {
			// "the Nigerian air force bombed a village in Kaduna state":
			// a force may strike at home too
			for _, c := range cands {
				if as := sc.placeActor(c, nil); as != nil {
					return as
				}
			}
		}
	}
	if t := sc.tok(v); fallback == nil && force(pat.Code) && t.XPOS == "VBG" && t.Rel == "advcl" && t.Head >= 0 {
		// "an air strike hit a market in Kharkiv, killing ten people":
		// where the act it explains struck
		for _, o := range sc.p.Objects(t.Head) {
			if o < t.Head {
				continue
			}
			// "attacked a Russian air base, destroying two aircraft":
			// the base's
			if as := slices.DeleteFunc(slices.Clone(sc.actors(o)), func(a dyad.Actor) bool {
				return a.Country == "" || ofCountry(sources, a.Country)
			}); len(as) > 0 {
				return as
			}
			if as := sc.placeActor(o, sources); as != nil {
				return as
			}
		}
	}
	if t := sc.tok(v); len(fallback) == 1 && fallback[0].Country == "" && t.XPOS == "VBG" && t.Rel == "advcl" && t.Head >= 0 {
		// "ambushed an Israeli patrol, wounding two soldiers": the
		// soldiers of what the act it explains struck; "launched rocket
		// fire against Kampuchean guerrilla camps, killing 50", "opened
		// fire to disperse Moslem demonstrators, killing one person"
		struck := sc.p.Objects(t.Head)
		for _, o := range sc.p.Obliques(t.Head) {
			if o.Prep == "against" || o.Prep == "on" || o.Prep == "at" {
				struck = append(struck, o.Head)
			}
		}
		for _, k := range sc.p.Children(t.Head) {
			if u := sc.tok(k); (u.Rel == "advcl" || u.Rel == "xcomp") && k < v && sc.marked(k, "to") {
				struck = append(struck, sc.p.Objects(k)...)
			}
		}
		for _, o := range struck {
			if as := sc.actors(o); len(as) == 1 && len(as[0].Country) == 3 && !ofCountry(sources, as[0].Country) {
				a := fallback[0]
				a.SetCountry(as[0].Country)
				return []dyad.Actor{a}
			}
		}
	}
	if len(fallback) == 0 {
		if as := sc.actOf(v, sources); len(as) > 0 {
			return as
		}
		if pat.Code[:2] == "13" && sc.retaliation(v) {
			// "the United States expelled 60 diplomats, and Moscow
			// promised a tough response": to whoever acted before
			if as := sc.earlierSource(v, sources); len(as) > 0 {
				return as
			}
		}
	}
	return fallback
}

// pairNouns name the two parties of an act just reported: "the two
// leaders", "both sides".
var pairNouns = map[string]bool{"leader": true, "side": true, "country": true, "government": true, "president": true,
	"minister": true, "nation": true, "state": true, "delegation": true, "neighbour": true, "neighbor": true, "rival": true}

// pairOf returns the source and the target of the last act the sentence
// coded before verb v when v's subject is "the two leaders", "both sides"
// or the like, else nil.
func (sc *sentenceCoder) pairOf(v int) []dyad.Actor {
	subj := sc.p.Subjects(v)
	if len(subj) != 1 {
		return nil
	}
	k := subj[0]
	if t := sc.tok(k); t.XPOS != "NNS" || !pairNouns[sc.lem(k)] || !slices.ContainsFunc(sc.p.Children(k), func(c int) bool {
		return strings.EqualFold(sc.tok(c).Text, "two") || strings.EqualFold(sc.tok(c).Text, "both")
	}) {
		return nil
	}
	e := sc.lastEventBefore(v, func(e dyad.Event) bool {
		return e.Source != nil && e.Target != nil && dyad.National(e.Source.Country) && dyad.National(e.Target.Country) && e.Source.Country != e.Target.Country
	})
	if e == nil {
		return nil
	}
	return []dyad.Actor{*e.Source, *e.Target}
}

// lastEventBefore returns the last event the sentence coded, triggered
// before verb v, for which ok holds, or nil.
func (sc *sentenceCoder) lastEventBefore(v int, ok func(dyad.Event) bool) *dyad.Event {
	start := sc.tok(v).Start
	for i := len(sc.events) - 1; i >= 0; i-- {
		if e := &sc.events[i]; e.Evidence.TriggerSpan[0] < start && ok(*e) {
			return e
		}
	}
	return nil
}

// retaliationWords name an answer in kind.
var retaliationWords = map[string]bool{
	"respond": true, "retaliate": true, "response": true, "revenge": true, "retaliation": true, "reprisal": true,
	"reprisals": true, "avenge": true, "reply": true,
}

// retaliation reports whether verb v, its object or its complement names
// an answer in kind ("vowed to respond", "promised a tough response").
func (sc *sentenceCoder) retaliation(v int) bool {
	if retaliationWords[sc.lem(v)] {
		return true
	}
	for _, k := range append(sc.objects(v), sc.complements(v)...) {
		if k > v && retaliationWords[sc.lem(k)] {
			return true
		}
	}
	return false
}

// earlierSource returns the source of the last event the sentence coded
// before verb v whose country is not among sources'.
func (sc *sentenceCoder) earlierSource(v int, sources []dyad.Actor) []dyad.Actor {
	e := sc.lastEventBefore(v, func(e dyad.Event) bool {
		return e.Source != nil && e.Source.Country != "" && !ofCountry(sources, e.Source.Country)
	})
	if e == nil {
		return nil
	}
	return []dyad.Actor{*e.Source}
}

// actNouns name an act that a sentence reported before a reaction to it:
// "fired missiles at an air base, and Moscow condemned the strike".
var actNouns = map[string]bool{
	"strike": true, "strikes": true, "attack": true, "attacks": true, "move": true, "decision": true, "step": true,
	"annexation": true, "raid": true, "invasion": true, "test": true, "launch": true, "bombing": true, "killing": true,
	"execution": true, "arrest": true, "incursion": true, "operation": true, "offensive": true,
	"seizure": true, "coup": true, "incident": true, "shooting": true, "detention": true, "deployment": true,
	"crackdown": true, "blockade": true, "expulsion": true, "sanction": true, "sanctions": true, "ban": true,
}

// chargeNouns name a charge the sentence reported before a relative clause
// that denies it: "accused the army of a gas attack, a charge the
// government denied" (but "exchanged accusations" is no reaction).
var chargeNouns = map[string]bool{
	"charge": true, "charges": true, "accusation": true, "accusations": true, "allegation": true, "allegations": true,
}

// actOf returns, for a reaction (a comment, an appeal, approval or
// disapproval, a rejection, a protest) to an act named by its object
// without its author ("the strike", "a move the United States condemned"),
// the sources of the act the sentence coded before the reaction's verb v.
func (sc *sentenceCoder) actOf(v int, sources []dyad.Actor) []dyad.Actor {
	var obj []int
	for _, o := range sc.objects(v) {
		if o > v {
			obj = append(obj, o)
		}
	}
	rel := sc.relativeObject(v, true)
	if rel >= 0 {
		obj = append(obj, rel) // "a move the United States condemned"
	}
	for _, o := range obj {
		if !actNouns[sc.lem(o)] && (o != rel || !chargeNouns[sc.lem(o)]) {
			continue
		}
		if slices.ContainsFunc(sc.p.Children(o), func(k int) bool {
			r := sc.tok(k).Rel
			return r == "nmod:poss" || r == "compound" || r == "amod" && sc.tok(k).UPOS != "ADJ" || r == "nmod" && sc.prepOf(k) == "by"
		}) {
			return nil // "Israel's strike", "the strike by Israel": its own author
		}
		return sc.earlierSource(v, sources)
	}
	return nil
}

// denied reports whether clause v is what its governing verb denies:
// "Rwanda denied backing M23 rebels".
func (sc *sentenceCoder) denied(v int) bool {
	t := sc.tok(v)
	if t.Head < 0 || t.Rel != "xcomp" && t.Rel != "ccomp" && t.Rel != "advcl" && t.Rel != "obj" {
		return false
	}
	l := sc.lem(t.Head)
	return l == "deny" || l == "refute"
}

// controlled reports whether verb v is what its governing verb lets,
// helps or persuades its object to do: "will not allow Sweden to join
// NATO", "a drive to convince parliament to amend the constitution". That
// is not done yet, and not by the sentence's subject.
func (sc *sentenceCoder) controlled(v int) bool {
	t := sc.tok(v)
	if t.Rel == "xcomp" && t.Head >= 0 && objectControl[sc.lem(t.Head)] && len(sc.p.Objects(t.Head)) > 0 {
		return true
	}
	if (t.Rel == "xcomp" || t.Rel == "ccomp") && t.Head >= 0 && deliberateVerbs[sc.lem(t.Head)] {
		return true
	}
	if v >= 2 && sc.lem(v-1) == "to" {
		// the same, with the infinitive hung elsewhere by the parser
		if o := sc.tok(v - 2); (o.Rel == "obj" || o.Rel == "iobj") && o.Head >= 0 && objectControl[sc.lem(o.Head)] {
			return true
		}
	}
	return false
}

// objectControl verbs give their object as the subject of a complement
// not yet done: "allowed Sweden to join", "persuaded parliament to amend".
var objectControl = map[string]bool{
	"allow": true, "permit": true, "let": true, "enable": true,
	"persuade": true, "convince": true, "encourage": true,
	"expect": true, "predict": true, "forecast": true, "want": true, "wish": true, // "analysts expect North Korea to conduct a test"
}

// deliberateVerbs weigh an act not yet decided: "is considering sending
// missiles".
var deliberateVerbs = map[string]bool{"consider": true, "contemplate": true, "weigh": true, "mull": true, "debate": true, "study": true, "explore": true}

// clauseOpeners open a clause with its own subject.
var clauseOpeners = map[string]bool{"after": true, "before": true, "when": true, "because": true, "while": true, "since": true, "as": true, "until": true}

// mutualVerbs are done by two sides to each other.
var mutualVerbs = map[string]bool{"exchange": true, "clash": true, "fight": true, "battle": true, "skirmish": true, "trade": true}

// requestVerbs ask for something, whose purpose clause is what is asked
// for ("appealed for $50 million to help refugees"), not done.
var requestVerbs = map[string]bool{
	"appeal": true, "ask": true, "request": true, "plead": true, "seek": true, "beg": true, "petition": true,
}

// askedFor reports whether h is a coded request verb or what one asks for
// ("appealed for $50 million to help refugees": the purpose of the money
// asked for is not done).
func (sc *sentenceCoder) askedFor(h int) bool {
	if sc.tok(h).UPOS != "VERB" && (sc.tok(h).Rel == "obl" || sc.tok(h).Rel == "obj") && sc.tok(h).Head >= 0 {
		h = sc.tok(h).Head
	}
	return sc.coded[h] && requestVerbs[sc.lem(h)]
}

// lawsuitNouns are the cases brought before a court.
var lawsuitNouns = map[string]bool{"case": true, "lawsuit": true, "suit": true, "complaint": true, "petition": true, "motion": true}

// nonState are the roles of a country's people outside the state, whose
// "the government" or "the police" is their own; stateRoles are the
// state's.
var (
	nonState   = map[string]bool{"ELI": true, "OPP": true, "REB": true, "INS": true, "CVL": true, "EDU": true, "LAB": true, "MED": true, "HRI": true, "AGR": true, "BUS": true, "REL": true, "SEP": true}
	stateRoles = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}
)

// installVerbs put people in office.
var installVerbs = map[string]bool{"elect": true, "appoint": true, "form": true, "install": true, "nominate": true, "name": true, "swear_in": true}

// orderedDone returns, for a bare past participle completing a verb of
// command or the causative "have" ("the court ordered the journalists
// released", "Museveni had his rival arrested"), that verb, whose subject
// does what the participle says, as CAMEO codes "ordered the release of":
// ordering it is doing it. Otherwise it returns -1.
func (sc *sentenceCoder) orderedDone(v int) int {
	t := sc.tok(v)
	if t.Rel != "xcomp" || t.XPOS != "VBN" || t.Head < 0 || !sc.p.Passive(v) || sc.p.Agent(v) >= 0 || len(sc.p.Objects(t.Head)) == 0 {
		return -1
	}
	if l := sc.lem(t.Head); !commandVerbs[l] && l != "have" {
		return -1
	}
	return t.Head
}

// statesFact reports whether verb v governs a clause in the indicative, a
// fact stated ("insisted that it was not a coup", "insists the vote was
// fair") rather than a demand made ("insisted that the troops leave").
func (sc *sentenceCoder) statesFact(v int) bool {
	for _, c := range sc.p.Children(v) {
		if sc.tok(c).Rel != "ccomp" || c < v {
			continue
		}
		for _, k := range append([]int{c}, sc.p.Children(c)...) {
			t := sc.tok(k)
			if (k == c || t.Rel == "cop" || strings.HasPrefix(t.Rel, "aux")) && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP") {
				return true
			}
		}
	}
	return false
}

// missionNouns are a state's missions abroad.
var missionNouns = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true, "mission": true, "missions": true}

// accountNouns are what is called for from the accused: an inquiry into
// what they did, or its end.
var accountNouns = map[string]bool{"investigation": true, "inquiry": true, "probe": true, "accountability": true, "prosecution": true, "trial": true, "end": true, "halt": true}

// accuseVerbs accuse or condemn their object.
var accuseVerbs = map[string]bool{"accuse": true, "blame": true, "condemn": true, "criticize": true, "criticise": true, "denounce": true}

// commandVerbs give orders to one's own forces.
var commandVerbs = map[string]bool{"order": true, "instruct": true, "direct": true, "command": true, "authorize": true, "authorise": true}

// deployVerbs send forces, one's own when no one else's is named.
var deployVerbs = map[string]bool{"deploy": true, "send": true, "dispatch": true, "mobilise": true, "mobilize": true, "call_in": true, "call_out": true}

// personNouns are offices held by one person, who is "he" or "she".
var personNouns = map[string]bool{
	"president": true, "minister": true, "premier": true, "chancellor": true, "king": true, "queen": true,
	"leader": true, "chief": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"ambassador": true, "envoy": true, "governor": true, "mayor": true, "general": true, "commander": true,
	"secretary": true, "emir": true, "prince": true, "monarch": true, "dictator": true, "head": true,
	"ruler": true, "strongman": true, "sultan": true, "shah": true, "chairman": true, "chairwoman": true,
	"negotiator": true, "prosecutor": true, "judge": true, "senator": true, "lawmaker": true,
	"legislator": true, "director": true, "pope": true, "cardinal": true, "archbishop": true,
	"bishop": true, "cleric": true, "ayatollah": true, "warlord": true, "colonel": true, "candidate": true,
}

// territoryNouns are land that can be seized or occupied.
var territoryNouns = map[string]bool{
	"corridor": true, "town": true, "city": true, "village": true, "region": true, "territory": true,
	"area": true, "land": true, "airport": true, "port": true, "base": true, "crossing": true,
	"capital": true, "island": true, "islands": true, "province": true, "district": true, "border": true,
	"hill": true, "zone": true, "enclave": true, "strip": true, "peninsula": true, "border_crossing": true,
}

// ownedThings are a state's craft and places, whose "its" is the state:
// "the Philippine navy said a Chinese vessel fired a water cannon at its
// supply boat".
var ownedThings = map[string]bool{
	"boat": true, "boats": true, "vessel": true, "vessels": true, "ship": true, "ships": true,
	"aircraft": true, "plane": true, "planes": true, "drone": true, "embassy": true, "consulate": true,
	"base": true, "bases": true, "territory": true, "airspace": true, "waters": true, "outpost": true,
}

// envoyNouns are a state's envoys.
var envoyNouns = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomat": true,
	"diplomats": true, "consul": true, "consuls": true, "emissary": true, "d'affaires": true,
}

// announceVerbs make public an act of their subject's, named by their
// object.
var announceVerbs = map[string]bool{"announce": true, "declare": true, "unveil": true, "proclaim": true}

// drawVerbs bring on a reaction from others ("drew criticism from").
var drawVerbs = map[string]bool{
	"draw": true, "prompt": true, "spark": true, "provoke": true, "trigger": true, "attract": true,
	"earn": true, "bring": true, "invite": true, "elicit": true,
}

// intransitiveActs are verbs of acts done without an object ("fired on",
// "clashed with", "marched to"), whose bare participle after a noun is
// no passive.
var intransitiveActs = map[string]bool{
	"fire": true, "clash": true, "march": true, "rally": true, "riot": true, "protest": true,
	"retreat": true, "withdraw": true, "arrive": true, "demonstrate": true,
}

// crowdWords are numbers that stand alone for a crowd: "Thousands
// rallied".
var crowdWords = map[string]bool{
	"thousands": true, "thousand": true, "hundreds": true, "hundred": true, "dozens": true,
	"dozen": true, "tens": true, "scores": true, "many": true,
}

// reactionRoots are the CAMEO roots of reactions to another's deed:
// praise, investigation, demand, disapproval, rejection and protest.
var reactionRoots = map[string]bool{"05": true, "09": true, "10": true, "11": true, "12": true, "14": true}

// forcesOf reports whether every actor of as is armed forces or police of
// a source's country.
func forcesOf(as, sources []dyad.Actor) bool {
	for _, a := range as {
		if !slices.Contains(a.Roles, "MIL") && !slices.Contains(a.Roles, "COP") {
			return false
		}
		if !slices.ContainsFunc(sources, func(s dyad.Actor) bool { return s.Country == a.Country || a.Country == "" }) {
			return false
		}
	}
	return len(as) > 0
}

// ownForces reports whether the phrase at h names the source's own armed
// forces or people by a possessive pronoun ("withdraw its troops from
// Lebanon", "sent their forces", "recalled its ambassador"): the
// instrument of the act, not its target.
func (sc *sentenceCoder) ownForces(h int, as, sources []dyad.Actor) bool {
	poss := false
	for _, k := range sc.p.Children(h) {
		if t := sc.tok(k); t.Rel == "nmod:poss" && t.UPOS == "PRON" {
			poss = true
		}
	}
	if !poss {
		return false
	}
	if l := sc.lem(h); envoyNouns[l] || troopWords[l] || troopWords[l+"s"] {
		return true // "Chile and Colombia recalled their ambassadors": their own, whoever "their" was taken for
	}
	if len(as) == 1 && namedPerson(as[0]) && !slices.ContainsFunc(sources, func(s dyad.Actor) bool { return s.Code == as[0].Code && s.Name == as[0].Name }) {
		return false // "accused his sacked deputy Riek Machar": a rival named, not an instrument
	}
	// "recalled its ambassador to Moscow": its own envoy is the
	// instrument too
	return forcesOf(as, sources) || !slices.ContainsFunc(as, func(a dyad.Actor) bool {
		return a.Country == "" || !ofCountry(sources, a.Country)
	})
}

// marked reports whether clause k has one of the marker words ("to",
// "that"; "if" or "unless").
func (sc *sentenceCoder) marked(k int, words ...string) bool {
	for _, m := range sc.p.Children(k) {
		if t := sc.tok(m); t.Rel == "mark" && slices.Contains(words, sc.lem(m)) {
			return true
		}
	}
	return false
}

// hasSubject reports whether verb k has a subject of its own, as a clause
// does ("demanded that Washington lift ...", however it is parsed).
func (sc *sentenceCoder) hasSubject(k int) bool {
	for _, c := range sc.p.Children(k) {
		if r := sc.tok(c).Rel; r == "nsubj" || r == "nsubj:pass" {
			return true
		}
	}
	return false
}

// coordinatedName reports whether h is part of a name the parser split
// at "and" ("Bosnia and Herzegovina", "the Organization for Security and
// Co-operation in Europe", "South Africa's Truth and Reconciliation
// Commission"): capitalised nouns, with a capitalised conjunct of h or of
// a name word after it, whose span together resolves to one actor named by
// all of it. It returns that actor for h, the name's first head, and none
// for the words of the conjunct.
func (sc *sentenceCoder) coordinatedName(h int) ([]dyad.Actor, bool) {
	if sc.names == nil {
		sc.names = map[int][]dyad.Actor{}
		for a := range sc.p.Tokens {
			sc.findName(a)
		}
	}
	r, ok := sc.names[h]
	return r, ok
}

// findName records in sc.names the name split at "and" that starts at
// head a, if any.
func (sc *sentenceCoder) findName(a int) {
	capital := func(i int) bool {
		t := sc.tok(i)
		r, _ := utf8.DecodeRuneInString(t.Text)
		return (t.UPOS == "PROPN" || t.UPOS == "NOUN") && unicode.IsUpper(r)
	}
	if !capital(a) || sc.tok(a).Rel == "conj" && !sc.conjInside(a) {
		return // (but "Russia and the Organization for Security and Co-operation in Europe": the name is the second conjunct)
	}
	ph := sc.phrase(a)
	for k := a + 1; k < len(sc.p.Tokens); k++ {
		if t := sc.tok(k); t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADP" && t.UPOS != "CCONJ" && t.UPOS != "DET" && t.UPOS != "PART" {
			return // only name words and "and" between
		}
		if t := sc.tok(k); t.Rel != "conj" || !capital(k) || t.Head < ph.First || t.Head > k || k > ph.Last+3 {
			continue
		}
		_, last := sc.p.Subtree(k)
		// "... and Cooperation in Europe", with "in Europe" hung on
		// "Security", or on the verb: the name words that follow, the
		// longest reading that names one actor
		ends := []int{last}
		for m := last + 1; m < len(sc.p.Tokens) && m <= last+4 && (sc.tok(m).UPOS == "ADP" || sc.tok(m).UPOS == "DET" || capital(m)); m++ {
			if capital(m) {
				ends = append(ends, m)
			}
		}
		s := sc.tok(ph.First).Start
		if sc.tok(ph.First).UPOS == "DET" {
			s = sc.tok(ph.First + 1).Start
		}
		var r []dyad.Actor
		for i := len(ends) - 1; i >= 0 && r == nil; i-- {
			last = ends[i]
			for last > k && !capital(last) {
				last--
			}
			e := sc.tok(last).End
			if !strings.Contains(sc.text(s, e), " and ") {
				return
			}
			if got := sc.c.Actors.Resolve(sc.text(s, e), s, sc.in.Date); len(got) == 1 && got[0].Span[1] == e && got[0].Code != "" {
				r = got
			}
		}
		if r == nil {
			return
		}
		sc.names[a] = r
		for m := ph.Last + 1; m <= last; m++ {
			if m != a {
				sc.names[m] = []dyad.Actor{}
			}
		}
		return
	}
}

// conjInside reports whether a conjunct hangs inside the phrase of a,
// below a word of its own.
func (sc *sentenceCoder) conjInside(a int) bool {
	first, last := sc.p.Subtree(a)
	for k := first; k <= last; k++ {
		if t := sc.tok(k); t.Rel == "conj" && t.Head != a && t.Head >= first && t.Head <= last {
			return true
		}
	}
	return false
}

// conjuncts returns the nominals conjoined to h ("Iran, Libya and Cuba").
func (sc *sentenceCoder) conjuncts(h int) []int {
	var out []int
	for _, k := range sc.p.Children(h) {
		if sc.tok(k).Rel == "conj" && sc.tok(k).UPOS != "VERB" {
			if sc.reporterConj(k) {
				continue // "... ballistic missile, state media reported": who tells it
			}
			out = append(out, k)
			out = append(out, sc.conjuncts(k)...)
		}
	}
	return out
}

// looked returns heads with quantity heads looked through: "dozens of
// Palestinian prisoners" gives "prisoners" after "dozens", and a nested
// phrase one level down ("extradition of the suspects from Greece").
func (sc *sentenceCoder) looked(heads []int) []int {
	var out []int
	for _, h := range heads {
		out = append(out, h)
		for _, k := range sc.p.Children(h) {
			if timeWords[sc.lem(h)] && sc.commaBefore(h, k) {
				continue // "on Thursday, eight years after their war over the Falklands": when, not whom
			}
			if t := sc.tok(k); strings.HasPrefix(t.Rel, "nmod") && t.Rel != "nmod:poss" && !whenPreps[sc.prepOf(k)] && !(sc.prepOf(k) == "for" && sc.afterOtherPhrase(h, k)) &&
				!((wherePreps[sc.prepOf(k)] || sc.prepOf(k) == "at") && venueNouns[sc.lem(h)]) &&
				!(aboutPreps[sc.prepOf(k)] && meetingNouns[sc.lem(h)]) && !(waterNouns[strings.ToLower(sc.lem(h))] && sc.prepOf(k) == "of") && !sc.agentPhrase(k) {
				// "settlements in the Gaza Strip" are the Strip's; but
				// "an agreement in Pretoria" is where it was signed
				out = append(out, k)
			}
		}
	}
	return out
}

// commaBefore reports whether a comma stands between token a and the first
// word of the phrase of k ("on Thursday, eight years after their war").
func (sc *sentenceCoder) commaBefore(a, k int) bool {
	f, _ := sc.p.Subtree(k)
	return f > a && slices.ContainsFunc(sc.p.Tokens[a:f], func(t nlp.Token) bool { return t.Text == "," })
}

// endNouns name an end to something ("an end to the fighting").
var endNouns = map[string]bool{"end": true, "halt": true, "stop": true, "cessation": true}

// violenceNouns name fighting that may be ended.
var violenceNouns = map[string]bool{
	"fighting": true, "violence": true, "war": true, "hostility": true, "hostilities": true, "bloodshed": true,
	"conflict": true, "killing": true, "bombing": true, "clash": true,
}

// sentNouns name people sent on someone's behalf, who may be named by
// who sent them alone ("a team of mediators sent by the African Union").
var sentNouns = map[string]bool{
	"team": true, "delegation": true, "mission": true, "envoy": true, "mediator": true, "observer": true,
	"monitor": true, "inspector": true, "force": true, "contingent": true,
}

// sendVerbs send people on someone's behalf: "a delegation sent by
// ECOWAS".
var sendVerbs = map[string]bool{"send": true, "dispatch": true, "deploy": true, "appoint": true, "mandate": true}

// claimedBy returns the verb by which someone claims responsibility for
// the attack noun n ("claimed responsibility for a bomb attack"), or -1.
func (sc *sentenceCoder) claimedBy(n int) int {
	if !assaultNouns[sc.lem(n)] || sc.prepOf(n) != "for" {
		return -1
	}
	h := sc.tok(n).Head
	switch {
	case h >= 0 && sc.lem(h) == "responsibility" && sc.tok(h).Rel == "obj":
		h = sc.tok(h).Head // "responsibility for the attack"
	case h >= 0 && sc.tok(h).Rel != "obl" && slices.ContainsFunc(sc.p.Objects(h), func(o int) bool { return sc.lem(o) == "responsibility" }):
		// "claimed responsibility on Thursday for the bombings", the
		// phrase hung on the verb
	default:
		return -1
	}
	switch sc.lem(h) {
	case "claim", "take", "admit", "acknowledge":
		return h
	}
	return -1
}

// describeVerbs say what something is: "what the army described as a
// rebel base".
var describeVerbs = map[string]bool{
	"describe": true, "call": true, "term": true, "label": true, "identify": true, "characterize": true,
	"characterise": true, "brand": true,
}

// assaultNouns name an attack, whose "by" phrase names the attacker.
var assaultNouns = map[string]bool{
	"attack": true, "assault": true, "offensive": true, "raid": true, "incursion": true,
	"strike": true, "airstrike": true, "bombing": true, "shelling": true, "ambush": true,
}

// aboutPreps introduce what talk is about ("talks on Kashmir").
var aboutPreps = map[string]bool{"on": true, "over": true, "about": true}

// noun codes a noun that names an event by itself: "Israel's airstrikes
// against Iranian targets", "a US drone strike".
func (sc *sentenceCoder) noun(n int) {
	pats := sc.c.Patterns.Noun(sc.lem(n))
	if len(pats) == 0 || sc.alleged(n) || sc.hypothetical(n) {
		return
	}
	if t := sc.tok(n); (t.Rel == "obj" || t.Rel == "nsubj:pass") && t.Head >= 0 && unrealVerbs[sc.lem(t.Head)] {
		return // "averting NATO air strikes", "to prevent a Russian invasion": an act that did not happen
	}
	if sc.claimedBy(n) >= 0 && slices.ContainsFunc(sc.p.Children(n), func(k int) bool { return sc.tok(k).Rel == "acl:relcl" && sc.coded[k] }) {
		return // "claimed responsibility for an attack that killed eight soldiers": the killing is the attack, coded
	}
	for _, pat := range pats {
		if strings.Contains(pat.Noun, "_") && !sc.lemmaIn(n, []string{pat.Noun}) {
			continue // "@drone_strike" needs "drone"
		}
		var targets []dyad.Actor
		if pat.Prep != "" {
			heads := sc.nmods(n, pat.Prep)
			if len(heads) == 0 && pat.Prep == "between" {
				heads = sc.betweenOf(n)
			}
			if len(heads) == 0 {
				continue
			}
			if pat.Code[:2] == "15" && pat.Prep == "of" {
				if !slices.ContainsFunc(heads, sc.forceNoun) {
					continue // "China's deployment of an oil rig": no force
				}
				// "NATO's deployment of 4,000 soldiers to the Baltic
				// states": the forces are what is deployed; where to
				// is the target
				var where []int
				for _, h := range append([]int{n}, heads...) {
					where = append(where, sc.nmods(h, "to")...)
					where = append(where, sc.nmods(h, "near")...)
				}
				heads = where
			}
			for _, h := range heads {
				targets = append(targets, sc.actors(h)...)
			}
			if pat.Code == "171" && slices.ContainsFunc(heads, func(h int) bool { return sc.lem(h) == "power" }) {
				continue // "the king's seizure of power": a coup, no property seized
			}
			if pat.Code == "171" && slices.ContainsFunc(heads, func(h int) bool { return territoryNouns[sc.lem(h)] }) {
				// "Israel's seizure of the Philadelphi corridor": land
				// taken is occupation (192)
				pat = &Pattern{Code: "192", ID: "land(" + pat.ID + ")", Noun: pat.Noun, Prep: pat.Prep}
			}
		} else {
			for _, prep := range []string{"against", "on", "with", "to"} {
				for _, h := range sc.nmods(n, prep) {
					targets = append(targets, sc.actors(h)...)
				}
			}
		}
		if len(targets) == 0 && claimNouns[sc.lem(n)] {
			// "British accusations that Moscow was behind the attack":
			// whom the claim is about
			for _, k := range sc.p.Children(n) {
				if r := sc.tok(k).Rel; (r == "acl" || r == "acl:relcl" || r == "ccomp") && k > n && sc.tok(n+1).Text == "that" {
					for _, s := range sc.p.Subjects(k) {
						targets = append(targets, sc.actors(s)...)
					}
				}
			}
		}
		var sources []dyad.Actor
		for _, k := range sc.p.Children(n) {
			switch sc.tok(k).Rel {
			case "nmod:poss", "amod":
				if sc.tok(k).UPOS == "ADJ" && sc.lem(k) == "official" {
					continue // "an official visit": formal, not by an official
				}
				sources = append(sources, sc.modifierActors(k)...)
			case "compound":
				// "a US drone strike" names who struck; "the Paris
				// attacks" and "a Baghdad drone strike" name where, and
				// so, most often, does a name no dictionary knows ("the
				// Khan Sheikhoun attack").
				if !sc.isPlace(k) {
					for _, a := range sc.modifierActors(k) {
						if a.Known && (a.Country != "" || a.Name != "") {
							sources = append(sources, a) // not "a missile attack": whose missile?
						}
					}
				}
			}
		}
		for _, h := range sc.nmods(n, "by") {
			sources = append(sources, sc.actors(h)...)
		}
		if r := pat.Code[:2]; len(sources) == 0 && (r <= "02" || r >= "10" && r <= "14") {
			// "a warning from Pyongyang", "criticism from Beijing": a
			// statement comes from its speaker (an attack from Lebanon
			// comes from a place)
			from := sc.nmods(n, "from")
			if h := sc.tok(n).Head; len(from) == 0 && h >= 0 && sc.tok(n).Rel == "obj" && drawVerbs[sc.lem(h)] {
				from = sc.nmods(h, "from") // "drew condemnation from the United States", the phrase hung on the verb
				for _, o := range sc.p.Obliques(h) {
					if o.Prep == "from" {
						from = append(from, o.Head)
					}
				}
			}
			for _, h := range from {
				for _, k := range append([]int{h}, sc.conjuncts(h)...) {
					sources = append(sources, sc.actors(k)...)
				}
			}
			if h := sc.tok(n).Head; len(sources) > 0 && len(targets) == 0 && h >= 0 && sc.tok(n).Rel == "obj" && drawVerbs[sc.lem(h)] {
				// "test-fired a missile, drawing criticism from
				// Pakistan": the reaction is to whoever drew it
				targets = sc.sources(h)
			}
		}
		if code := sc.bombCode(n); pat.Code == "190" && code != "" {
			pat = &Pattern{Code: code, ID: "bomb(" + pat.ID + ")", Noun: pat.Noun, Prep: pat.Prep} // "a car bomb attack by insurgents"
		}
		h := sc.tok(n).Head
		if h >= 0 && sc.tok(n).Rel == "nmod" && sc.tok(h).UPOS == "NOUN" {
			h = sc.tok(h).Head // "agreed to a ceasefire after mediation by Russia", the phrase hung on the ceasefire
		}
		if strings.HasPrefix(pat.Code, "045") && len(targets) == 0 && h >= 0 && (sc.tok(n).Rel == "obl" || sc.tok(n).Rel == "nmod") && sc.tok(h).UPOS == "VERB" {
			// "Armenia and Azerbaijan declared a ceasefire after
			// mediation by Russia": the mediator stands between the
			// parties who acted
			for _, s := range sc.p.Subjects(h) {
				targets = append(targets, sc.actors(s)...)
			}
		}
		t := sc.tok(n)
		if h := t.Head; len(sources) == 0 && h >= 0 && t.Rel == "obj" && announceVerbs[sc.lem(h)] && !sc.coded[h] {
			// "Clinton announced a visit to Hanoi", "the ministry
			// declared a ceasefire": whoever announces it is its actor
			sources = sc.sources(h)
		}
		if c := sc.claimedBy(n); len(sources) == 0 && c >= 0 {
			// "the Houthis claimed responsibility for an attack on a
			// British tanker": whoever claims it did it
			sources = sc.sources(c)
		}
		if h := t.Head; len(sources) == 0 && h >= 0 && sc.prepOf(n) == "in" && (lemma(t) == "protest" || lemma(t) == "protests") && sc.tok(h).UPOS == "VERB" && !sc.coded[h] {
			// "farmers dumped grain on the road in protest against
			// cheap imports": whoever did it protested
			sources = sc.sources(h)
		}
		if h := t.Head; len(targets) == 0 && len(sources) > 0 && t.Rel == "nsubj" && h >= 0 && sc.tok(h).UPOS == "VERB" && force(pat.Code) {
			// "a Russian air strike hit a market in Kharkiv": what the
			// attack struck, or the country where it lies
			for _, o := range sc.p.Objects(h) {
				if o > h {
					if targets = sc.actors(o); len(targets) == 0 {
						targets = sc.placeActor(o, sources)
					}
					break
				}
			}
		}
		h, rel := t.Head, t.Rel
		if h >= 0 && rel == "nmod" && sc.tok(h).UPOS == "NOUN" && sc.tok(h).Rel == "obl" {
			h, rel = sc.tok(h).Head, "obl" // "crossed into Pakistan aboard a bus on a visit to Lahore", hung on the bus
		}
		if len(sources) == 0 && h >= 0 && travelNouns[sc.lem(n)] && sc.tok(h).UPOS == "VERB" && rel == "obl" &&
			(sc.prepOf(n) == "during" || sc.prepOf(n) == "on") {
			// "said during a visit to Tokyo", "signed deals on a trip to
			// Beijing": whoever acts there is the visitor, of a place
			// named ("a visit to a camp in Lebanon")
			for _, k := range sc.nmods(n, "to") {
				if len(targets) == 0 {
					targets = sc.placeActor(k, nil)
				}
			}
			if len(targets) > 0 {
				sources = sc.sources(h)
			}
		}
		if len(targets) == 0 && len(sources) > 0 && travelNouns[sc.lem(n)] {
			// "Modi's visit to Lahore": the country of the place visited
			for _, k := range sc.nmods(n, "to") {
				if len(targets) == 0 {
					targets = sc.placeActor(k, sources)
				}
			}
		}
		if h := t.Head; len(targets) == 0 && len(sources) > 0 && t.Rel == "obl" && sc.prepOf(n) == "in" && h >= 0 && tollVerbs[sc.lem(h)] && sc.passive(h) && force(pat.Code) {
			// "Soleimani was killed in a U.S. air strike": the strike's
			// target is whom it killed
			for _, k := range sc.p.Subjects(h) {
				targets = append(targets, sc.actors(k)...)
			}
		}
		if h := t.Head; len(sources) == 0 && len(targets) > 0 && pat.Code[:2] == "04" && h >= 0 && sc.tok(h).UPOS == "VERB" && t.Rel == "obl" && meetingPreps[sc.prepOf(n)] {
			// "Kishida said after talks in London with his British
			// counterpart": whoever acts after the talks held them
			sources = sc.sources(h)
		}
		if len(sources) == 0 && travelNouns[sc.lem(n)] && slices.ContainsFunc(sc.p.Children(n), func(k int) bool { return sc.tok(k).Rel == "cop" }) {
			// "Duterte was on an official visit to Moscow": the
			// subject of the copula is the visitor
			for _, k := range sc.p.Subjects(n) {
				sources = append(sources, sc.actors(k)...)
			}
			if len(targets) == 0 {
				for _, k := range sc.nmods(n, "to") {
					targets = append(targets, sc.placeActor(k, nil)...)
				}
			}
			for _, w := range sc.p.Children(n) {
				if len(targets) == 0 && sc.lem(w) == "where" && w >= 2 && sc.tok(w-1).Text == "," {
					// "spoke in Moscow, where Duterte was on an official
					// visit": the place named before "where"
					k := w - 2
					for sc.tok(k).Rel == "flat" && sc.tok(k).Head >= 0 && sc.tok(k).Head < k {
						k = sc.tok(k).Head
					}
					targets = sc.placeActor(k, nil)
				}
			}
		}
		if len(sources) == 0 {
			// "clashes between police and protesters"
			between := append(sc.nmods(n, "between"), sc.nmods(n, "among")...)
			if len(between) == 0 {
				between = sc.betweenOf(n)
			}
			sc.reciprocal(pat, between, dyad.Span{t.Start, t.End}, false, dyad.ModalityAsserted)
			return
		}
		sc.emit(pat, sources, targets, dyad.Span{t.Start, t.End}, false, dyad.ModalityAsserted)
		return
	}
}

// meetingPreps introduce a meeting the subject of the verb took part in:
// "said after talks with", "spoke during a meeting with".
var meetingPreps = map[string]bool{"after": true, "during": true, "following": true, "at": true}

// travelNouns name a visit.
var travelNouns = map[string]bool{"visit": true, "trip": true, "tour": true}

// ownVisit reports whether noun n, the object of a coded verb, is a visit
// its possessor makes: "praised Macron's visit to Warsaw" is a visit too.
func (sc *sentenceCoder) ownVisit(n int) bool {
	return travelNouns[sc.lem(n)] && slices.ContainsFunc(sc.p.Children(n), func(k int) bool { return sc.tok(k).Rel == "nmod:poss" })
}

// placeActor returns, for the phrase headed at c, the country of a place
// named in it that is not a source's ("a market in Kharkiv" is Ukraine),
// as a country actor; or nil.
func (sc *sentenceCoder) placeActor(c int, sources []dyad.Actor) []dyad.Actor {
	if sc.in.PlaceCountry == nil {
		return nil
	}
	ph := sc.phrase(c)
	first := ph.First
	for first < c && sc.tok(first).Rel == "case" {
		first++ // "at Odesa": the place, not the preposition
	}
	start, end := sc.tok(first).Start, sc.tok(ph.Last).End
	if country := sc.in.PlaceCountry(start, end); country != "" && !ofCountry(sources, country) {
		return []dyad.Actor{{Text: sc.text(start, end), Code: country, Country: country, Roles: []string{}, Known: true, Span: dyad.Span{start, end}}}
	}
	return nil
}

// modifierActors resolves a single modifier of a noun ("Israeli",
// "Israel's", "US").
func (sc *sentenceCoder) modifierActors(k int) []dyad.Actor {
	if r, ok := sc.cache[-k-1]; ok {
		return r
	}
	first, last := k, k
	for _, c := range sc.p.Children(k) {
		if rel := sc.tok(c).Rel; rel == "compound" || rel == "flat" || rel == "amod" || rel == "det" || rel == "case" {
			first, last = min(first, c), max(last, c)
		}
	}
	r := sc.resolveSpan(first, last)
	sc.cache[-k-1] = r
	return r
}

// Placer is implemented by resolvers that can tell a place name from an
// actor's name: "Baghdad" in "a Baghdad drone strike" says where, not who.
type Placer interface {
	IsPlace(name string) bool
}

// isPlace reports whether token k is a city or capital name, which as a
// noun modifier tells where, not who.
func (sc *sentenceCoder) isPlace(k int) bool {
	pl, ok := sc.c.Actors.(Placer)
	if !ok {
		return false
	}
	// "the Khan Sheikhoun attack": the whole name of the modifier.
	first, last := k, k
	for _, c := range sc.p.Children(k) {
		if rel := sc.tok(c).Rel; rel == "compound" || rel == "flat" {
			first, last = min(first, c), max(last, c)
		}
	}
	if k > 0 && sc.tok(k-1).Rel == "compound" && sc.tok(k-1).Head == sc.tok(k).Head && sc.tok(k-1).UPOS == "PROPN" {
		first = min(first, k-1) // two compounds of the noun: "Khan" and "Sheikhoun"
	}
	if k+1 < len(sc.p.Tokens) && sc.tok(k+1).Rel == "compound" && sc.tok(k+1).Head == sc.tok(k).Head && sc.tok(k+1).UPOS == "PROPN" {
		last = max(last, k+1)
	}
	name := sc.text(sc.tok(first).Start, sc.tok(last).End)
	if !strings.ContainsFunc(name, unicode.IsUpper) {
		return false // "a deal", "the reading": common nouns, not Deal in Kent or Reading
	}
	return pl.IsPlace(name)
}

// whereaboutVerbs are the participles whose place says whose people a
// phrase names: "refugees fleeing the civil war in Liberia", "rebels
// based in Darfur"; but "rebels holding hostages at the Japanese
// ambassador's residence" are not Japan's.
var whereaboutVerbs = map[string]bool{
	"flee": true, "escape": true, "leave": true, "return": true, "cross": true, "displace": true,
	"drive": true, "expel": true, "uproot": true, "evacuate": true, "deport": true, "base": true,
	"fight": true, "operate": true, "live": true, "stay": true, "shelter": true, "hide": true,
	"trap": true, "strand": true, "station": true, "deploy": true, "camp": true, "stream": true,
	"pour": true, "arrive": true, "come": true, "head": true, "seek": true, "hole": true,
	"demonstrate": true, "protest": true, "march": true, "rally": true, "occupy": true, "gather": true,
	"strike": true, "riot": true, "picket": true, "sit": true, "camp_out": true,
}

// actors resolves the noun phrase headed at h.
func (sc *sentenceCoder) actors(h int) []dyad.Actor {
	if r, ok := sc.cache[h]; ok {
		return r
	}
	if sc.busy[h] {
		// A phrase whose owner's country is read from the phrase itself
		// ("police of its roadside": "its" is the police's), as a
		// misparse can make it: no actor, instead of endless recursion.
		return nil
	}
	if sc.busy == nil {
		sc.busy = map[int]bool{}
	}
	sc.busy[h] = true
	r := sc.resolveHead(h)
	delete(sc.busy, h)
	return r
}

// resolveHead resolves the noun phrase headed at h for actors, and caches
// what it finds.
func (sc *sentenceCoder) resolveHead(h int) []dyad.Actor {
	var r []dyad.Actor
	t := sc.tok(h)
	if whole, ok := sc.coordinatedName(h); ok {
		// "Bosnia and Herzegovina", "Trinidad and Tobago": one name, not
		// two conjuncts; the second names no one of its own
		sc.cache[h] = whole
		return whole
	}
	switch {
	case relativePronouns[lemma(t)] && (t.UPOS == "PRON" || t.UPOS == "DET"):
		if ante := sc.antecedent(h); ante >= 0 && !sc.attackSite(ante) {
			r = sc.actors(ante)
		}
	case t.UPOS == "PRON" && (lemma(t) == "he" || lemma(t) == "she") && t.Rel == "nsubj" && sc.openedClause(t.Head) && sc.nearestPerson(h) >= 0:
		// "voted to remove President Pedro Castillo from office hours
		// after he tried to dissolve the legislature": the nearest
		// person named before
		r = pointed(sc.actors(sc.nearestPerson(h)), t.Text, dyad.Span{t.Start, t.End})
	case t.UPOS == "PRON" && lemma(t) == "it" && t.Rel == "nsubj" && sc.conditionOpener(t.Head) && sc.nearestThing(h) >= 0:
		// "refused to resume talks with Israel unless it committed to a
		// withdrawal": the nearest country or body named before
		r = pointed(sc.actors(sc.nearestThing(h)), t.Text, dyad.Span{t.Start, t.End})
	case t.UPOS == "PRON" && t.Rel == "obj" && sc.headObject(h) >= 0:
		// "expelled six American inspectors, accusing them of spying":
		// the object of the act the participle explains
		r = pointed(sc.actors(sc.headObject(h)), t.Text, dyad.Span{t.Start, t.End})
	case t.UPOS == "PRON" && reflexives[strings.ToLower(t.Text)]:
		// "a suicide bomber blew himself up": the clause's own subject,
		// no other party (and no one named in an earlier sentence)
	case t.UPOS == "PRON" && sc.objectAntecedent(h) >= 0:
		// "recalled its ambassador after the junta ordered him to
		// leave": the person or people named before
		r = pointed(sc.actors(sc.objectAntecedent(h)), t.Text, dyad.Span{t.Start, t.End})
	case t.UPOS == "PRON" && (lemma(t) == "they" || lemma(t) == "them") && sc.coordinated(h) != nil:
		// "Russia, Cuba and Turkey said they would back Maduro":
		// "they" are the coordinated subject before it.
		var all []dyad.Actor
		for _, k := range sc.coordinated(h) {
			all = append(all, sc.actors(k)...)
		}
		r = pointed(all, t.Text, dyad.Span{t.Start, t.End})
	case t.XPOS == "NNS" && (lemma(t) == "country" || lemma(t) == "nation") && sc.theirs(h) >= 0 && sc.coordinated(sc.theirs(h)) != nil:
		// "Obama and Castro announced that their countries would
		// restore relations": the states of each, named by the words
		// that name each
		for _, k := range sc.coordinated(sc.theirs(h)) {
			for _, a := range sc.actors(k) {
				if len(a.Country) == 3 && !slices.ContainsFunc(r, func(b dyad.Actor) bool { return b.Code == a.Country }) {
					r = append(r, dyad.Actor{Text: a.Text, Span: a.Span, Code: a.Country, Country: a.Country, Roles: []string{}, Known: true})
				}
			}
		}
	case t.UPOS == "PRON" && lemma(t) == "it" && sc.possessingBody(h) >= 0:
		// "criticised the government's response and demanded that it
		// declare a disaster": the body whose act the clause before
		// spoke of, not one named in an earlier sentence
		r = pointed(sc.actors(sc.possessingBody(h)), t.Text, dyad.Span{t.Start, t.End})
	case t.UPOS == "PRON" && sc.reportedSelf(h) != nil:
		// "Turkey, which backed Azerbaijan, said it would help": the
		// one who says "it will" is the sayer.
		r = pointed(sc.reportedSelf(h), t.Text, dyad.Span{t.Start, t.End})
	case t.UPOS == "PRON":
		sc.observeSubjectsBefore(h)
		if sc.in.Coref != nil {
			if a, ok := sc.in.Coref.Refer(t.Text, t.Start); ok {
				a.Text, a.Span = t.Text, dyad.Span{t.Start, t.End}
				r = []dyad.Actor{a}
			}
		}
	default:
		ph := sc.phrase(h)
		first := ph.First
		// "more than 100 Palestinians", "up to 16 advisers": the
		// quantity is not part of the name.
		for first < h {
			if t := sc.tok(first); t.Rel == "advmod" || t.Rel == "fixed" || t.Rel == "case" || t.Rel == "cc" || t.UPOS == "NUM" || t.UPOS == "PUNCT" {
				first++
				continue
			}
			break
		}
		for first+2 <= ph.Last && nestedQuantities[strings.ToLower(sc.tok(first).Text)] && strings.EqualFold(sc.tok(first+1).Text, "of") && nestedQuantities[strings.ToLower(sc.tok(first+2).Text)] {
			first += 2 // "hundreds of thousands of protesters": thousands of protesters
		}
		if first == ph.First && first >= 3 && sc.hyphenated(first-1) && sc.tok(first-1).UPOS != "NOUN" && sc.tok(first-1).UPOS != "PROPN" {
			// "Vietnamese-led forces" with "led" parsed as a clause
			// of the verb: the hyphenated modifier is the phrase's.
			first -= 3
		}
		r = sc.resolveSpan(first, ph.Last)
		if len(r) == 1 && r[0].Country == "" && len(r[0].Roles) > 0 {
			// "refugees fleeing the civil war in Liberia": people
			// named by what they flee or where they were driven from
			for _, k := range sc.p.Children(h) {
				if t := sc.tok(k); t.Rel == "acl" && (t.XPOS == "VBG" || t.XPOS == "VBN") && k > h && sc.p.Agent(k) < 0 && whereaboutVerbs[sc.lem(k)] {
					if wider := sc.resolveSpan(first, sc.phrase(k).Last); len(wider) == 1 && wider[0].Country != "" {
						r = wider
					}
					break
				}
			}
		}
		if len(r) == 1 && r[0].Country == "" && len(r[0].Roles) > 0 && t.Rel == "conj" && t.Head >= 0 && t.Head < h {
			// "The Syrian government and opposition delegates": the
			// opposition of the country the first conjunct names
			if c := sc.soleCountry(t.Head); c != "" {
				r[0].SetCountry(c)
			}
		}
		if len(r) == 1 && r[0].Country == "" && len(r[0].Roles) > 0 && sc.in.Coref != nil && (sc.definite(ph.First) || sc.theCountry(ph.First) != "" || sc.barePolice(ph.First, h)) && len(sc.nmods(h, "of")) == 0 {
			// (but "the leader of a student union" says whose leader:
			// it is no one named before)
			if sc.tok(ph.First).UPOS == "PRON" {
				sc.observeSubjectsBefore(h) // "Russia's ministry said its missiles ..."
			}
			// "the administration", "the defence minister": a role
			// whose country an earlier sentence gave.
			start, end := sc.tok(ph.First).Start, sc.tok(ph.Last).End
			if sc.barePolice(ph.First, h) {
				end = sc.tok(h).End // "Riot police firing tear gas ...": the police
			}
			c := sc.possessorCountry(ph.First)
			if c == "" {
				c = sc.theCountry(ph.First)
			}
			if v := t.Head; c == "" && t.Rel == "obj" && v >= 0 {
				for _, s := range sc.p.Subjects(v) {
					as := sc.actors(s)
					if len(as) != 1 || !dyad.National(as[0].Country) {
						continue
					}
					// "Israel's war cabinet ordered the army to
					// retaliate": one commands one's own army; "the
					// Venezuelan opposition accused the government": a
					// people's own government
					if commandVerbs[sc.lem(v)] || slices.ContainsFunc(as[0].Roles, func(r string) bool { return nonState[r] }) && slices.ContainsFunc(r[0].Roles, func(r string) bool { return stateRoles[r] }) ||
						deployVerbs[sc.lem(v)] && (slices.Contains(r[0].Roles, "MIL") || slices.Contains(r[0].Roles, "COP")) {
						// and "the Kenyan government deployed the army": one's own
						c = as[0].Country
					}
				}
			}
			if c != "" {
				// "Malaysia's prime minister said his government would
				// ...": the subject's country comes before any earlier
				// sentence's
				r[0].SetCountry(c)
			} else if a, ok := sc.in.Coref.Refer(sc.text(start, end), start); ok && a.Country != "" {
				a.Text, a.Span = r[0].Text, r[0].Span
				r = []dyad.Actor{a}
			} else if sc.barePolice(ph.First, h) {
				// "riot police raided the Harare headquarters of
				// Zimbabwe's opposition", opening the article: the one
				// country the sentence names
				if c := sc.sentenceCountry(); c != "" {
					r[0].SetCountry(c)
				}
			}
		}
		if len(r) == 1 && r[0].Country == "" && len(r[0].Roles) > 0 && !sc.definite(ph.First) {
			// "members of his own guard": whose the nested possessive
			// says
			for k := ph.First + 1; k <= ph.Last; k++ {
				if c := sc.possessorCountry(k); c != "" {
					r[0].SetCountry(c)
					break
				}
			}
		}
		if v := t.Head; len(r) == 1 && r[0].Country == "" && len(r[0].Roles) > 0 && t.Rel == "obj" && v >= 0 && installVerbs[sc.lem(v)] {
			// "Montenegro's parliament elected a new government": one
			// installs one's own, when the installers agree on one
			// country
			c := ""
			for _, s := range sc.p.Subjects(v) {
				if as := sc.actors(s); len(as) == 1 && dyad.National(as[0].Country) {
					if c != "" && c != as[0].Country {
						c = "-"
						break
					}
					c = as[0].Country
				}
			}
			if len(c) == 3 {
				r[0].SetCountry(c)
			}
		}
		if o := sc.earlierObject(h, ph.First); len(r) == 0 && o >= 0 && peopleOf[lemma(t)] {
			// "intercepted a Pakistani fishing boat and detained its
			// crew": the crew of what the first act took
			start, end := sc.tok(ph.First).Start, sc.tok(ph.Last).End
			for _, a := range sc.actors(o) {
				if a.Country != "" {
					a.Text, a.Span = sc.text(start, end), dyad.Span{start, end}
					r = append(r, a)
				}
			}
		}
		if v := t.Head; len(r) == 0 && ownedThings[lemma(t)] && t.Rel != "nsubj" && v >= 0 && sc.tok(v).UPOS == "VERB" && sc.reportedBy(v) >= 0 {
			// "the Philippine navy said a Chinese vessel fired at its
			// supply boat": the sayer's, not the clause subject's
			for _, k := range sc.p.Children(h) {
				if c := sc.possessorCountry(k); c != "" && k < h {
					start, end := sc.tok(k).Start, sc.tok(ph.Last).End
					r = []dyad.Actor{{Text: sc.text(start, end), Code: c, Country: c, Roles: []string{}, Known: true, Span: dyad.Span{start, end}}}
					break
				}
			}
		}
		if len(r) == 0 && sc.in.Coref != nil && (sc.definite(ph.First) || ph.First == h && sc.tok(h).UPOS == "PROPN") {
			// "the president-elect", "the country": a short
			// reference to an actor named earlier; not "94
			// opponents", which names new people.
			start, end := sc.tok(ph.First).Start, sc.tok(ph.Last).End
			if c := sc.possessorCountry(ph.First); c != "" && (troopWords[lemma(t)] || sc.weaponWord(h) || lemma(t) == "defence" || lemma(t) == "defense") {
				// "Russia's defence ministry said its air defences had
				// destroyed 41 drones": the sayer's forces
				r = []dyad.Actor{{Text: sc.text(start, end), Code: c + "MIL", Country: c, Roles: []string{"MIL"}, Known: true, Span: dyad.Span{start, end}}}
			} else if c := sc.sayerCountry(h); c != "" && homeNouns[lemma(t)] {
				// "the Saudi foreign minister said the kingdom would not
				// extradite": the sayer's country
				r = []dyad.Actor{{Text: sc.text(start, end), Code: c, Country: c, Roles: []string{}, Known: true, Span: dyad.Span{start, end}}}
			} else if a, ok := sc.in.Coref.Refer(sc.text(start, end), start); ok {
				a.Text, a.Span = sc.text(start, end), dyad.Span{start, end}
				r = []dyad.Actor{a}
			} else if c := sc.possessorCountry(ph.First); c != "" && (lemma(t) == "country" || lemma(t) == "nation" || sc.otherClause(ph.First) || ownedThings[lemma(t)]) {
				// "Spain's prime minister said his country would ...";
				// "Sudan expelled the British ambassador after London
				// criticized its human rights record": Sudan's
				// "Spain's prime minister said his country would ..."
				r = []dyad.Actor{{Text: sc.text(start, end), Code: c, Country: c, Roles: []string{}, Known: true, Span: dyad.Span{start, end}}}
			}
		}
	}
	if (len(r) > 0 || sentNouns[lemma(t)]) && (t.UPOS == "NOUN" || t.UPOS == "PROPN") {
		// "a delegation of West African presidents sent by ECOWAS":
		// whom the body that sent them acts for
		var acls []int // of the noun or of its of-phrase ("presidents sent by ...")
		for _, n := range append([]int{h}, sc.nmods(h, "of")...) {
			acls = append(acls, sc.p.Children(n)...)
		}
		for _, k := range acls {
			if u := sc.tok(k); u.Rel == "acl" && u.XPOS == "VBN" && k > h && sendVerbs[sc.lem(k)] {
				if a := sc.p.Agent(k); a >= 0 {
					if as := sc.actors(a); len(as) > 0 {
						ph := sc.phrase(h)
						start, end := sc.tok(ph.First).Start, sc.tok(ph.Last).End
						r = pointed(as, sc.text(start, end), dyad.Span{start, end})
					}
				}
				break
			}
		}
	}
	if len(r) == 1 && (lemma(t) == "embassy" || lemma(t) == "consulate") {
		r = sc.foreignMission(h, r)
	}
	sc.cache[h] = r
	return r
}

// foreignMission corrects the owner of "its embassy in Tehran" that the
// pronoun gave the host country: an embassy in a country is another
// state's, here the sentence's subject's ("Saudi Arabia severed ties with
// Iran after protesters stormed its embassy in Tehran").
func (sc *sentenceCoder) foreignMission(h int, r []dyad.Actor) []dyad.Actor {
	if !slices.ContainsFunc(sc.p.Children(h), func(k int) bool { return sc.tok(k).Rel == "nmod:poss" && sc.tok(k).UPOS == "PRON" }) {
		return r
	}
	host := ""
	for _, m := range sc.nmods(h, "in") {
		if as := sc.placeActor(m, nil); len(as) == 1 {
			host = as[0].Country
		}
	}
	if host == "" || r[0].Country != host {
		return r
	}
	root := sc.p.Root()
	if root < 0 {
		return r
	}
	for _, k := range sc.p.Subjects(root) {
		if as := sc.actors(k); len(as) == 1 && dyad.National(as[0].Country) && as[0].Country != host {
			a := r[0]
			a.Code = "---" + strings.TrimPrefix(a.Code, a.Country)
			a.SetCountry(as[0].Country)
			return []dyad.Actor{a}
		}
	}
	return r
}

// homeNouns name a country by what it is: "the country", "the kingdom".
var homeNouns = map[string]bool{"country": true, "nation": true, "kingdom": true, "republic": true, "emirate": true}

// sayerCountry returns, for the subject h of a reported clause, the one
// country of the reporter's subjects, or "".
func (sc *sentenceCoder) sayerCountry(h int) string {
	t := sc.tok(h)
	if t.Rel != "nsubj" || t.Head < 0 {
		return ""
	}
	say := sc.reportedBy(t.Head)
	if say < 0 {
		return ""
	}
	c := ""
	for _, s := range sc.p.Subjects(say) {
		if s == h {
			continue
		}
		for _, a := range sc.actors(s) {
			if !dyad.National(a.Country) || c != "" && a.Country != c {
				return ""
			}
			c = a.Country
		}
	}
	return c
}

// possessorCountry returns, for a possessive pronoun at k ("his", "its"),
// the country of the first subject before it that names one, or "".
func (sc *sentenceCoder) possessorCountry(k int) string {
	if sc.tok(k).XPOS != "PRP$" {
		return ""
	}
	for i := 0; i < k; i++ {
		if rel := sc.tok(i).Rel; rel != "nsubj" && rel != "nsubj:pass" || sc.tok(i).UPOS == "PRON" {
			continue
		}
		if as := sc.actors(i); len(as) == 1 && len(as[0].Country) == 3 {
			return as[0].Country
		}
	}
	return ""
}

// theCountry returns, for a phrase opening at k with the possessor "the
// country's" or "the nation's", the country named last before it in the
// sentence, or "": "Rudd apologised to the country's Aboriginal people",
// "visited Indonesia and met the country's president".
func (sc *sentenceCoder) theCountry(k int) string {
	if sc.tok(k).Rel == "case" {
		k++ // "to the country's Aboriginal people"
	}
	if sc.lem(k) != "the" || k+1 >= len(sc.p.Tokens) || sc.tok(k+1).Rel != "nmod:poss" || sc.lem(k+1) != "country" && sc.lem(k+1) != "nation" {
		return ""
	}
	for i := k - 1; i >= 0; i-- {
		if u := sc.tok(i).UPOS; u != "PROPN" && u != "ADJ" {
			continue
		}
		for _, a := range sc.modifierActors(i) {
			if dyad.National(a.Country) {
				return a.Country
			}
		}
	}
	return ""
}

// theirs returns the possessive "their" of noun h, or -1.
func (sc *sentenceCoder) theirs(h int) int {
	for _, k := range sc.p.Children(h) {
		if sc.tok(k).Rel == "nmod:poss" && strings.EqualFold(sc.tok(k).Text, "their") {
			return k
		}
	}
	return -1
}

// pointed returns actors as, each told by the words text at span: a
// pronoun or a short reference that stands for them ("they", "British
// marines").
func pointed(as []dyad.Actor, text string, span dyad.Span) []dyad.Actor {
	var out []dyad.Actor
	for _, a := range as {
		a.Text, a.Span = text, span
		out = append(out, a)
	}
	return out
}

// reportedBy returns the verb of saying whose report clause v is, or -1:
// a ccomp of "say", "announce"..., or a that-clause the parser hung on a
// word after the verb ("said Wednesday that ...", on "Wednesday").
func (sc *sentenceCoder) reportedBy(v int) int {
	t := sc.tok(v)
	if t.Head < 0 {
		return -1
	}
	say := t.Head
	if !reporting[sc.lem(say)] && sc.marked(v, "that") && sc.tok(say).UPOS != "VERB" && sc.tok(say).Head >= 0 {
		say = sc.tok(say).Head
	}
	if !reporting[sc.lem(say)] || t.Rel != "ccomp" && !sc.marked(v, "that") {
		return -1
	}
	return say
}

// reportedSelf returns the actors a subject pronoun at h stands for when
// it opens the clause a verb of saying reports and agrees with that verb's
// subject: "it" with a country or organisation, "he" or "she" with a
// person ("Pashinyan said he had signed"), "they" with several actors.
// Otherwise nil.
func (sc *sentenceCoder) reportedSelf(h int) []dyad.Actor {
	t := sc.tok(h)
	if t.Rel != "nsubj" && t.Rel != "nsubj:pass" {
		return nil
	}
	v := t.Head
	for v >= 0 && sc.tok(v).Rel == "conj" {
		v = sc.tok(v).Head
	}
	relcl := false
	if v >= 0 && sc.tok(v).Rel == "acl:relcl" && sc.tok(v).Head >= 0 && sc.tok(sc.tok(v).Head).Head >= 0 {
		// "said it would expel a Russian attache it accused of spying":
		// a relative clause inside the reported clause's object
		v, relcl = sc.tok(sc.tok(v).Head).Head, true
	}
	say, adv := -1, false
	if v >= 0 {
		say = sc.reportedBy(v)
	}
	if say < 0 && relcl && sc.tok(v).UPOS == "VERB" && sc.tok(sc.tok(t.Head).Head).UPOS == "NOUN" &&
		!slices.ContainsFunc(sc.p.Children(t.Head), func(k int) bool { return relativePronouns[sc.lem(k)] }) {
		// "Britain expelled a Russian attache it accused of spying":
		// the subject of the verb whose object the clause describes
		say = v
	}
	if say < 0 && v >= 0 && sc.tok(v).Rel == "advcl" && sc.tok(v).Head >= 0 && sc.marked(v, "as", "while", "when") {
		// "students clashed with riot police as they demanded ...": the
		// plural subject of a clause opened by as, while or when is the
		// main clause's plural subject (only "they": in "sanctioned Iran
		// when it ..." "it" may be either)
		say, adv = sc.tok(v).Head, true
	}
	if say < 0 {
		return nil
	}
	if u := sc.tok(say); u.XPOS == "VBG" && u.Rel == "advcl" && u.Head >= 0 && len(sc.p.Subjects(say)) == 0 {
		// "condemned the decision, saying it would not accept it": the
		// participle's sayer is its clause's subject
		say = u.Head
	}
	var subj []int
	for _, s := range sc.p.Subjects(say) {
		if s < h && (sc.tok(s).UPOS != "PRON" || relativePronouns[lemma(sc.tok(s))] && sc.antecedent(s) >= 0) {
			subj = append(subj, s) // and "Hemmati, who said he'd be open to": who is Hemmati
		}
	}
	if len(subj) == 0 {
		return nil
	}
	var as []dyad.Actor
	for _, s := range subj {
		as = append(as, sc.actors(s)...)
	}
	if len(as) == 0 {
		return nil
	}
	if adv && lemma(t) != "they" {
		return nil
	}
	person := namedPerson(as[0]) ||
		// "Argentina's president said he would not attend": one holder
		// of an office
		as[0].Name == "" && len(subj) == 1 && sc.tok(subj[0]).XPOS == "NN" && personNouns[sc.lem(subj[0])]
	switch lemma(t) {
	case "it":
		if len(as) == 1 && !person {
			return as
		}
	case "he", "she":
		if len(as) == 1 && person {
			return as
		}
	case "they":
		if len(as) > 1 || (adv || relcl) && len(subj) == 1 && (sc.tok(subj[0]).XPOS == "NNS" || sc.tok(subj[0]).XPOS == "NNPS") {
			return as
		}
	}
	return nil
}

// bodyNouns are nouns for a governing body that "it" can stand for.
var bodyNouns = map[string]bool{"government": true, "administration": true, "regime": true, "junta": true, "ministry": true, "cabinet": true, "parliament": true, "council": true}

// possessingBody returns the possessor before the subject pronoun at h,
// in its sentence, that is a governing body ("the government's response"),
// when the sentence has no subject before h that "it" could stand for;
// else -1.
func (sc *sentenceCoder) possessingBody(h int) int {
	if sc.tok(h).Rel != "nsubj" && sc.tok(h).Rel != "nsubj:pass" {
		return -1
	}
	body := -1
	for i := 0; i < h; i++ {
		ti := sc.tok(i)
		switch {
		case (ti.Rel == "nsubj" || ti.Rel == "nsubj:pass") && ti.XPOS != "NNS" && ti.XPOS != "NNPS" && ti.UPOS != "PRON":
			return -1 // "it" may stand for the subject
		case ti.Rel == "nmod:poss" && ti.UPOS == "NOUN" && bodyNouns[sc.lem(i)]:
			body = i
		}
	}
	return body
}

// observeSubjectsBefore resolves the subjects before token h, so that the
// coreference tracker knows them as antecedents: "Iran said it had
// expelled ...", "his rival, Hemmati, who said he ..." (who is Hemmati).
func (sc *sentenceCoder) observeSubjectsBefore(h int) {
	for i := 0; i < h; i++ {
		ti := sc.tok(i)
		if rel := ti.Rel; (rel == "nsubj" || rel == "nsubj:pass" || rel == "appos") && (ti.UPOS != "PRON" || relativePronouns[lemma(ti)]) {
			sc.actors(i)
		}
	}
}

// coordinated returns the conjuncts of the nearest subject before token
// h when that subject is coordinated ("Russia, Cuba and Turkey"), else nil.
func (sc *sentenceCoder) coordinated(h int) []int {
	for i := h - 1; i >= 0; i-- {
		if rel := sc.tok(i).Rel; rel == "nsubj" || rel == "nsubj:pass" {
			if cs := sc.conjuncts(i); len(cs) > 0 {
				return append([]int{i}, cs...)
			}
			// "France and its partners announced", parsed as two
			// subjects of the verb with "and" between them.
			var subj []int
			and := false
			for _, k := range sc.p.Children(sc.tok(i).Head) {
				if sc.tok(k).Rel == rel {
					subj = append(subj, k)
				}
			}
			for k := i - 1; len(subj) > 1 && k > subj[0]; k-- {
				if sc.lem(k) == "and" {
					and = true
				}
			}
			if len(subj) > 1 && and {
				return subj
			}
			return nil
		}
	}
	return nil
}

func (sc *sentenceCoder) text(start, end int) string {
	base := sc.in.Sentence.Start
	return sc.in.Sentence.Text[start-base : end-base]
}

func (sc *sentenceCoder) resolveSpan(first, last int) []dyad.Actor {
	start, end := sc.tok(first).Start, sc.tok(last).End
	r := sc.c.Actors.Resolve(sc.text(start, end), start, sc.in.Date)
	if first == 0 && sc.tok(0).UPOS != "PROPN" {
		// "Looters", "Hours after the announcement": a capital at the
		// start of a sentence makes no name.
		w := sc.tok(0).Text
		r = slices.DeleteFunc(r, func(a dyad.Actor) bool {
			return a.Code == "" && !a.Known && (a.Name == w || strings.HasPrefix(a.Name, w+" "))
		})
	}
	if sc.in.PlaceCountry != nil {
		// "Darfur rebels", "rebels in Darfur": a place the gazetteer
		// knows gives an actor without a country its country; but not
		// a place in another phrase ("the chief of Israel's ally").
		placeEnd := end
		for k := first; k <= last; k++ {
			if t := sc.tok(k); t.Rel == "case" && t.UPOS == "ADP" {
				if lemma(t) == "of" && sc.placeNamed(k+1) {
					continue // "the government of Sindh province"
				}
				if !placePreps[lemma(t)] {
					placeEnd = t.Start
				}
				break // "in the port city of Guayaquil" is all where
			}
		}
		for k := first; k <= last; k++ {
			if t := sc.tok(k); lemma(t) == "with" && k > 0 && borderNouns[sc.lem(k-1)] {
				placeEnd = min(placeEnd, t.Start) // "near the border with Venezuela" is not in Venezuela
			}
			if t := sc.tok(k); t.Rel == "case" && motionPreps[lemma(t)] {
				placeEnd = min(placeEnd, t.Start) // "Rohingya Muslims across the border into Bangladesh" are not Bangladesh's
			}
		}
		for i := range r {
			if r[i].Country == "" && !r[i].Foreign() { // not "foreign aid agencies in Darfur"
				if c := sc.in.PlaceCountry(start, placeEnd); c != "" {
					r[i].SetCountry(c)
				}
			}
		}
	}
	if sc.in.Coref != nil {
		for _, a := range r {
			sc.in.Coref.Observe(a, "")
		}
	}
	return r
}

// homeward reports whether motion verb v goes home: "the freed journalist
// flew home to Paris" makes no visit.
func (sc *sentenceCoder) homeward(v int) bool {
	return motionVerbs[sc.lem(v)] && (v+1 < len(sc.p.Tokens) && sc.lem(v+1) == "home" ||
		slices.ContainsFunc(sc.p.Children(v), func(k int) bool { return sc.tok(k).Rel == "advmod" && sc.lem(k) == "home" }))
}

// counterfactual reports whether verb v has a modal and "have" among its
// auxiliaries: "would have condemned", "could have ended".
func (sc *sentenceCoder) counterfactual(v int) bool {
	modal, have := false, false
	for _, a := range sc.p.Aux(v) {
		switch sc.lem(a) {
		case "would", "could", "might", "should", "'d":
			modal = true
		case "have":
			have = true
		}
	}
	return modal && have
}

// othersOf gives a target named as "other" people of the same kind ("on
// President Lukashenko and 11 other officials") the one country the other
// targets share.
func othersOf(targets []dyad.Actor) {
	c := ""
	for _, a := range targets {
		if a.Country == "" {
			continue
		}
		if c != "" && a.Country != c || !dyad.National(a.Country) {
			return
		}
		c = a.Country
	}
	if c == "" {
		return
	}
	for i := range targets {
		if a := &targets[i]; a.Country == "" && len(a.Roles) > 0 && slices.Contains(strings.Fields(strings.ToLower(a.Text)), "other") {
			a.SetCountry(c)
		}
	}
}

// decisionNouns name an act as a whole, set off after the clause that
// tells it: "..., a move condemned by the UN".
var decisionNouns = map[string]bool{"move": true, "decision": true, "step": true, "measure": true, "action": true}

// backingVerbs describe, as a participle after a noun, whom a force has
// behind it.
var backingVerbs = map[string]bool{"back": true, "support": true, "sponsor": true, "fund": true, "finance": true, "arm": true}

// vehicleNouns name craft that carry people; motionVerbs say where they go.
var (
	vehicleNouns = map[string]bool{"plane": true, "jet": true, "airliner": true, "aircraft": true, "flight": true, "helicopter": true,
		"ship": true, "vessel": true, "boat": true, "ferry": true, "tanker": true, "train": true, "bus": true, "convoy": true}
	motionVerbs = map[string]bool{"fly": true, "travel": true, "sail": true, "head": true, "go": true, "come": true,
		"return": true}
)

// borderNouns name a line between two countries.
var borderNouns = map[string]bool{"border": true, "frontier": true, "boundary": true}

// phraseRels are the relations that leave a noun phrase: clauses,
// conjuncts and the words that join them.
var phraseRels = map[string]bool{
	"acl": true, "acl:relcl": true, "advcl": true, "parataxis": true, "conj": true,
	"cc": true, "ccomp": true, "xcomp": true, "dep": true, "list": true, "discourse": true,
}

// phrase returns the noun phrase headed at h for actor resolution: the
// head and what modifies it — determiners, adjectives, compounds,
// possessors, prepositional phrases ("the Democratic People's Republic of
// Korea"), appositives — up to the first clause or conjunct after the
// head.
func (sc *sentenceCoder) phrase(h int) nlp.Phrase {
	if ph, ok := sc.phrases[h]; ok {
		return ph
	}
	ph := sc.computePhrase(h)
	if sc.phrases == nil {
		sc.phrases = map[int]nlp.Phrase{}
	}
	sc.phrases[h] = ph
	return ph
}

// computePhrase is phrase without the memo.
func (sc *sentenceCoder) computePhrase(h int) nlp.Phrase {
	ph := sc.p.NounPhrase(h)
	first, last := h, h
	cut := len(sc.p.Tokens)
	var walk func(i int, inMod bool)
	walk = func(i int, inMod bool) {
		for _, k := range sc.p.Children(i) {
			if r := sc.tok(k).Rel; (r == "conj" || r == "cc") && inMod && leaderNouns[sc.lem(h)] && sc.tok(k).UPOS != "VERB" {
				// "the leaders of Kenya and Ethiopia": a coordination
				// inside a modifier stays in the phrase
				first, last = min(first, k), max(last, k)
				walk(k, true)
				continue
			}
			if phraseRels[sc.tok(k).Rel] || sc.timePhrase(k) || sc.tok(k).Rel == "nmod" && sc.prepOf(k) == "via" {
				// (nor is the route: "flew home to Paris via Qatar")
				if k > h && k < cut {
					// from the clause's or conjunct's first word: "and
					// President Win Myint", with "and President" hung on
					// the name, is not part of the phrase before
					f, _ := sc.p.Subtree(k)
					cut = max(f, h+1)
				}
				continue
			}
			first, last = min(first, k), max(last, k)
			walk(k, inMod || strings.HasPrefix(sc.tok(k).Rel, "nmod") && sc.tok(k).Rel != "nmod:poss")
		}
	}
	walk(h, false)
	for last >= cut || last > h && (sc.tok(last).UPOS == "PUNCT" && sc.tok(last).Text != ")" || sc.tok(last).UPOS == "CCONJ") {
		last--
	}
	for first < h && sc.tok(first).UPOS == "PUNCT" {
		first++
	}
	ph.First, ph.Last = min(first, ph.First), max(last, ph.Last)
	return ph
}

// timePhrase reports whether k heads a phrase of time the parser hung on
// a noun ("The United States on Saturday lifted", "killed in Nigeria's
// Katsina state on Friday night"): it belongs to the verb, not to the
// actor's phrase.
func (sc *sentenceCoder) timePhrase(k int) bool {
	t := sc.tok(k)
	if !strings.HasPrefix(t.Rel, "nmod") || t.Rel == "nmod:poss" || !timeWords[sc.lem(k)] {
		return false
	}
	p := sc.prepOf(k)
	return p == "on" || p == "" && t.Rel != "nmod"
}

// leaderNouns name people who lead or stand for a body, and the bodies of
// a state: "the leaders of Kenya and Ethiopia", "the militaries of Mali
// and Niger" are each country's.
var leaderNouns = map[string]bool{
	"leader": true, "head": true, "president": true, "minister": true, "official": true,
	"representative": true, "delegation": true, "envoy": true, "ambassador": true, "chief": true,
	"government": true, "military": true, "army": true, "navy": true, "force": true, "parliament": true,
	"people": true, "citizen": true, "national": true, "negotiator": true, "delegate": true, "diplomat": true,
	"mediator": true, "troop": true, "soldier": true, "team": true,
}

// hyphenated reports whether token k ends a hyphenated word whose parts
// the parser split ("Vietnamese-led", "Iran-backed").
func (sc *sentenceCoder) hyphenated(k int) bool {
	return k >= 2 && sc.tok(k-1).Text == "-" && sc.tok(k-1).Start == sc.tok(k-2).End && sc.tok(k).Start == sc.tok(k-1).End
}

// definite reports whether the phrase starting at token i begins with a
// definite article or a possessive pronoun, as references back do.
func (sc *sentenceCoder) definite(i int) bool {
	switch sc.lem(i) {
	case "the", "its", "their", "his", "her", "this", "that":
		return true
	}
	return false
}

// sentenceCountry returns the one country the sentence's names and
// adjectives of nationality give, or "" when they give none or several.
func (sc *sentenceCoder) sentenceCountry() string {
	c := ""
	for k, t := range sc.p.Tokens {
		if t.UPOS != "PROPN" && t.UPOS != "ADJ" {
			continue
		}
		if h := t.Head; h >= 0 && (envoyNouns[sc.lem(h)] || sc.lem(h) == "embassy" || sc.lem(h) == "consulate") {
			continue // "outside the French embassy": a foreign mission, not where it happens
		}
		for _, a := range sc.modifierActors(k) {
			switch {
			case !dyad.National(a.Country):
			case c == "":
				c = a.Country
			case c != a.Country:
				return ""
			}
		}
	}
	return c
}

// barePolice reports whether the phrase from first to its head h is
// "police" or "riot police" with no article, as news names a country's
// police ("Police fired tear gas"): the police of the country the article
// is about.
func (sc *sentenceCoder) barePolice(first, h int) bool {
	return sc.lem(h) == "police" && (first == h || first == h-1 && sc.tok(first).UPOS != "DET" && sc.tok(first).UPOS != "NUM")
}

// antecedent returns the noun a relative pronoun stands for: the head of
// the relative clause it is in.
func (sc *sentenceCoder) antecedent(h int) int {
	for v := sc.tok(h).Head; v >= 0; v = sc.tok(v).Head {
		rel := sc.tok(v).Rel
		if strings.HasPrefix(rel, "acl") {
			n := sc.tok(v).Head
			// "a furious response from Ecuador, which broke off
			// relations": the name right before the comma, when the noun
			// the clause was hung on names no one
			if w := sc.relativeWord(v); n >= 0 && w >= 2 && sc.tok(w-1).Text == "," && len(sc.actors(n)) == 0 {
				if k := w - 2; k > n && sc.tok(k).UPOS == "PROPN" && slices.Contains(sc.nmods(n, sc.prepOf(k)), k) && len(sc.actors(k)) > 0 {
					return k
				}
			}
			return n
		}
		if rel != "xcomp" && rel != "conj" && rel != "ccomp" {
			return -1
		}
	}
	return -1
}

// relativeWord returns the relative pronoun that opens relative clause v,
// or -1.
func (sc *sentenceCoder) relativeWord(v int) int {
	first, _ := sc.p.Subtree(v)
	for first < v && sc.tok(first).UPOS == "PUNCT" {
		first++
	}
	if relativePronouns[sc.lem(first)] {
		return first
	}
	return -1
}

// stateName reports whether actor a is named by a singular proper noun
// ("China", "the United States", "Beijing"), as a state is, not by a
// people ("Algerians", "Iranian women") or an adjective ("French").
func (sc *sentenceCoder) stateName(a dyad.Actor) bool {
	last := ""
	for _, t := range sc.p.Tokens {
		if t.Start >= a.Span[0] && t.End <= a.Span[1] {
			if t.UPOS != "PROPN" && t.UPOS != "DET" {
				return false // "Palestinians of the West Bank"
			}
			last = t.XPOS
		}
	}
	return last == "NNP"
}

// heldBy returns the "by" phrase of a participle of one of verbs that
// modifies the noun at o ("positions held by the rebels", "schoolgirls
// abducted by gunmen"), other than the clause of verb v itself; or -1.
func (sc *sentenceCoder) heldBy(o int, verbs map[string]bool, v int) int {
	for _, k := range sc.p.Children(o) {
		if t := sc.tok(k); k != v && t.Rel == "acl" && t.XPOS == "VBN" && verbs[sc.lem(k)] {
			if a := sc.p.Agent(k); a >= 0 {
				return a
			}
		}
	}
	return -1
}

// holdVerbs say who holds a place ("positions held by the rebels").
var holdVerbs = map[string]bool{"hold": true, "control": true, "occupy": true, "man": true, "use": true, "run": true}

// captorVerbs say who holds people ("schoolgirls abducted by gunmen").
var captorVerbs = map[string]bool{"hold": true, "abduct": true, "kidnap": true, "seize": true, "take": true, "capture": true, "detain": true}

// talkNouns name talks, whose phrase names no one but by "with" or
// "between" ("resumed talks on Kashmir").
var talkNouns = map[string]bool{"talk": true, "talks": true, "negotiation": true, "negotiations": true, "dialogue": true, "discussion": true, "discussions": true, "consultation": true, "consultations": true}

// reflexives stand for their clause's subject, never a party to its act.
var reflexives = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true}

// captiveWords say as what someone is held ("held them hostage").
var captiveWords = map[string]bool{"hostage": true, "hostages": true, "captive": true, "captives": true, "prisoner": true, "prisoners": true}

// investigated returns, for an investigation opened or ordered by verb v,
// the actors named in its "into" phrase (of the verb or of its object),
// agents first: "ordered an inquiry into abuses committed by Syrian
// forces", "opened an investigation into bribes paid to the Socialist
// Party". The phrase runs from "into" to the end of the object's or the
// oblique's subtree, as the parser may hang its clauses on the
// investigation.
func (sc *sentenceCoder) investigated(v int) []int {
	var agents, others []int
	for _, k := range sc.p.Children(v) {
		t := sc.tok(k)
		var heads []int
		switch {
		case t.Rel == "obl" && sc.prepOf(k) == "into":
			heads = append(heads, k)
		case t.Rel == "obj":
			heads = append(heads, sc.nmods(k, "into")...)
		}
		if len(heads) == 0 {
			continue
		}
		_, last := sc.p.Subtree(k)
		for _, h := range heads {
			first, _ := sc.p.Subtree(h)
			for n := first; n <= last; n++ {
				u := sc.tok(n)
				if u.UPOS != "NOUN" && u.UPOS != "PROPN" && u.UPOS != "PRON" {
					continue
				}
				switch {
				case u.Rel == "obl:agent" || sc.prepOf(n) == "by":
					agents = append(agents, n)
				case n == h || u.Rel == "nmod" || u.Rel == "obl" || u.Rel == "nmod:poss" || u.Rel == "conj" || u.Rel == "appos":
					others = append(others, n)
				}
			}
		}
	}
	return append(agents, others...)
}

// under reports whether token k lies in the subtree of token v, within a
// few steps.
func (sc *sentenceCoder) under(k, v int) bool {
	for u, n := sc.tok(k).Head, 0; u >= 0 && n < 6; u, n = sc.tok(u).Head, n+1 {
		if u == v {
			return true
		}
	}
	return false
}

// protestHeads returns the verbs whose objects may be a protest that an
// act of pattern pat at v is aimed at: v and its complements, for
// disapproval, rejection, threats, coercion and assault.
func (sc *sentenceCoder) protestHeads(pat *Pattern, v int) []int {
	switch pat.Code[:2] {
	case "11", "12", "13", "17", "18":
		return append([]int{v}, sc.complements(v)...)
	}
	return nil
}

// endangered are what a thing or an act "threatens" without anyone
// threatening anyone: "threatened the unity of the country".
var endangered = map[string]bool{
	"unity": true, "stability": true, "security": true, "peace": true, "sovereignty": true, "integrity": true,
	"existence": true, "future": true, "survival": true, "life": true, "lives": true, "livelihood": true,
	"livelihoods": true, "economy": true, "health": true, "environment": true, "process": true, "recovery": true,
}

// warToll reports whether v sums up a war's toll in a perfect tense:
// "Sri Lanka's ethnic war has killed more than 60,000 people since 1983"
// is no act.
func (sc *sentenceCoder) warToll(v int) bool {
	return tollVerbs[sc.lem(v)] && slices.ContainsFunc(sc.p.Subjects(v), func(n int) bool { return conflictNouns[sc.lem(n)] }) &&
		slices.ContainsFunc(sc.p.Aux(v), func(a int) bool { return sc.lem(a) == "have" })
}

// conflictNouns name a war as a whole, whose toll a perfect tense sums up.
var conflictNouns = map[string]bool{
	"war": true, "conflict": true, "violence": true, "insurgency": true, "fighting": true, "uprising": true,
	"unrest": true, "crisis": true, "rebellion": true, "revolt": true,
}

// codedAssault reports whether noun n names an assault or an attack (a
// root-18 or root-19 noun pattern: a bombing, a suicide attack, shelling)
// that is coded as an event of its own, its attacker named beside it or in
// its "by" phrase ("a car bomb attack by insurgents").
func (sc *sentenceCoder) codedAssault(n int) bool {
	if !slices.ContainsFunc(sc.c.Patterns.Noun(sc.lem(n)), func(p *Pattern) bool { return (p.Code[:2] == "18" || p.Code[:2] == "19") && p.Prep == "" }) {
		return false
	}
	named := func(a dyad.Actor) bool { return a.Country != "" }
	if slices.ContainsFunc(sc.actors(n), named) {
		return true
	}
	return slices.ContainsFunc(sc.nmods(n, "by"), func(h int) bool { return len(sc.actors(h)) > 0 }) // (their country may come from the place)
}

// protestNouns name protests, whose "by" phrase names who protests.
var protestNouns = map[string]bool{
	"demonstration": true, "demonstrations": true, "protest": true, "protests": true, "rally": true,
	"rallies": true, "march": true, "marches": true, "strike": true, "strikes": true, "sit-in": true,
}

// givenThings are what cooperation and aid give or share, which the
// actor dictionaries may read as a body ("intelligence"): never whom.
var givenThings = map[string]bool{
	"intelligence": true, "information": true, "data": true, "aid": true, "assistance": true,
	"package": true, "technology": true, "expertise": true, "equipment": true, "supply": true,
	"supplies": true, "loan": true, "loans": true, "fund": true, "funds": true, "grant": true, "credit": true,
}

// reasonDoer returns, for a gerund v that gives the reason for praise,
// thanks, blame or punishment, the object of that verb, who did it:
// "praised Poland for taking in refugees", "thanked Qatar for mediating",
// "criticised Hungary for blocking aid". Otherwise -1.
func (sc *sentenceCoder) reasonDoer(v int) int {
	t := sc.tok(v)
	if t.XPOS != "VBG" || t.Head < 0 || !reasonVerbs[sc.lem(t.Head)] {
		return -1
	}
	if !sc.marked(v, "for") && !(sc.marked(v, "in") && slices.ContainsFunc(sc.p.Obliques(t.Head), func(o nlp.Oblique) bool {
		return o.Prep == "for" && o.Head < v // "praised Ghana for its role in ending the war", with "ending" hung on the verb
	})) {
		return -1
	}
	for _, o := range sc.p.Objects(t.Head) {
		if o > t.Head && o < v {
			return o
		}
	}
	return -1
}

// reasonVerbs judge someone for what they did, said in a "for" gerund.
var reasonVerbs = map[string]bool{
	"praise": true, "thank": true, "commend": true, "hail": true, "congratulate": true, "applaud": true,
	"reward": true, "honour": true, "honor": true, "criticise": true, "criticize": true, "condemn": true,
	"blame": true, "fault": true, "rebuke": true, "slam": true, "punish": true, "sanction": true,
	"fine": true, "censure": true, "denounce": true, "chide": true, "scold": true,
}

// objectAntecedent returns, for an object pronoun at o ("him", "her",
// "them", "it"), the noun before it in the sentence it stands for: the
// nearest title or office for "him" and "her", the nearest plural noun for
// "them", the nearest common noun naming an actor for "it",
// not counting the subject of the pronoun's own verb ("told UN inspectors
// that Baghdad would not allow them to visit"). Otherwise -1.
func (sc *sentenceCoder) objectAntecedent(o int) int {
	t := sc.tok(o)
	if t.UPOS != "PRON" || t.Rel != "obj" && t.Rel != "iobj" || t.Head < 0 {
		return -1
	}
	form := strings.ToLower(t.Text)
	if form != "him" && form != "her" && form != "them" && form != "it" {
		return -1
	}
	subjects := sc.p.Subjects(t.Head)
	nearest := -1
	for k := o - 1; k >= 0; k-- {
		u := sc.tok(k)
		if u.UPOS != "NOUN" && u.UPOS != "PROPN" || u.Rel == "compound" || slices.Contains(subjects, k) {
			continue
		}
		if form == "it" {
			if u.XPOS == "NN" && len(sc.actors(k)) > 0 {
				return k // "protesters stormed it", it the Swedish embassy; only a noun naming an actor
			}
			continue
		}
		if form == "them" && (u.XPOS == "NNS" || u.XPOS == "NNPS") || form != "them" && u.XPOS == "NN" && personNouns[sc.lem(k)] {
			if len(sc.actors(k)) > 0 {
				return k // "Palestinians fled their homes after the army ordered them to leave": people, not homes
			}
			if nearest < 0 {
				nearest = k
			}
		}
	}
	return nearest
}

// condition reports whether verb v states the condition or the purpose
// of another act ("unless Baghdad accepts its terms", "if they attack",
// "so that marriages are banned"): what may happen, which is no event of
// its own.
func (sc *sentenceCoder) condition(v int) bool {
	for u := v; u >= 0; u = sc.tok(u).Head {
		if sc.conditional(u) {
			return true
		}
		for _, m := range sc.p.Children(u) {
			t := sc.tok(m)
			if t.Rel == "mark" && (lemma(t) == "so" || lemma(t) == "lest") {
				return true
			}
			if t.Rel == "mark" && (lemma(t) == "before" || lemma(t) == "until") && m < u && (!sc.past(u) || sc.modalHead(u)) {
				return true // "must agree before they demobilize", "could not join talks until the IRA began disarming"
			}
			if t.Rel == "mark" && lemma(t) == "until" && m < u && sc.infinitiveBefore(sc.tok(u).Head, m) {
				return true // "vowed to stay in the square until the president resigned", the clause hung on "vowed"
			}
			if t.Rel == "mark" && lemma(t) == "in" && m == u-1 && m > 0 && aidNouns[sc.lem(m-1)] {
				return true // "appealed for help in fighting Boko Haram": what the help is for
			}
			if lemma(t) == "so" && m+1 < len(sc.p.Tokens) && sc.lem(m+1) == "that" && sc.tok(m+1).Head == u {
				return true // "so that", with "so" parsed as an adverb
			}
		}
		if rel := sc.tok(u).Rel; rel != "xcomp" && rel != "conj" {
			return false
		}
	}
	return false
}

// infinitiveBefore reports whether verb h has a to-infinitive complement
// before token m.
func (sc *sentenceCoder) infinitiveBefore(h, m int) bool {
	if h < 0 {
		return false
	}
	for _, k := range sc.p.Children(h) {
		if k < m && sc.tok(k).Rel == "xcomp" && sc.tok(k).XPOS == "VB" {
			return true
		}
	}
	return false
}

// aidNouns are the nouns of help asked or given, whose "in" clause says
// what it is for.
var aidNouns = map[string]bool{"help": true, "assistance": true, "aid": true, "support": true, "cooperation": true, "backing": true}

// nounContent reports whether verb v is in the content clause of a noun
// ("an admission that Soviet forces murdered the officers", "reports that
// troops had withdrawn"): what is admitted, claimed or reported there is
// the noun's content, not an event the text asserts.
func (sc *sentenceCoder) nounContent(v int) bool {
	for u := v; u >= 0; u = sc.tok(u).Head {
		t := sc.tok(u)
		if t.Rel == "conj" || t.Rel == "xcomp" {
			continue
		}
		h := t.Head
		if h < 0 || !sc.marked(u, "that") {
			return false
		}
		if (t.Rel == "acl" || t.Rel == "ccomp") && sc.tok(h).UPOS == "NOUN" {
			return true
		}
		if t.Rel == "acl" && sc.tok(h).UPOS == "PROPN" && sc.hasSubject(u) {
			// "rejected accusations by the United States that it was
			// training rebels": the claim's content, hung on its author
			if g := sc.tok(h).Head; g >= 0 && (contentNouns[sc.lem(g)] ||
				slices.ContainsFunc(sc.p.Objects(g), func(o int) bool { return o < h && contentNouns[sc.lem(o)] })) {
				return true
			}
		}
		// "demanded an admission that ...", the clause hung on the verb
		// after its object noun.
		if t.Rel == "advcl" {
			for _, o := range sc.p.Objects(h) {
				if o < u && sc.tok(o).UPOS == "NOUN" && contentNouns[sc.lem(o)] {
					return true
				}
			}
		}
		return false
	}
	return false
}

// exerciseNouns name drills, in which attacks are rehearsed, not made.
var exerciseNouns = map[string]bool{
	"drill": true, "drills": true, "exercise": true, "exercises": true, "game": true, "games": true,
	"maneuver": true, "maneuvers": true, "manoeuvre": true, "manoeuvres": true, "simulation": true,
	"rehearsal": true,
}

// inExercise reports whether verb v is in a clause that describes a drill
// ("a joint air drill, in which fighter jets fired bombs at a target").
func (sc *sentenceCoder) inExercise(v int) bool {
	for u := v; u >= 0; u = sc.tok(u).Head {
		t := sc.tok(u)
		if strings.HasPrefix(t.Rel, "acl") {
			return t.Head >= 0 && exerciseNouns[sc.lem(t.Head)]
		}
		if t.Rel != "conj" && t.Rel != "xcomp" && t.Rel != "advcl" {
			return false
		}
	}
	return false
}

// contentNouns take a that-clause that states what they hold.
var contentNouns = map[string]bool{
	"admission": true, "assurance": true, "assurances": true, "guarantee": true, "guarantees": true,
	"confirmation": true, "proof": true, "evidence": true, "promise": true, "pledge": true,
	"claim": true, "claims": true, "report": true, "reports": true, "allegation": true,
	"allegations": true, "acknowledgement": true, "acknowledgment": true, "recognition": true,
	"commitment": true, "statement": true, "declaration": true, "warning": true, "rumour": true,
	"rumor": true, "fear": true, "fears": true, "hope": true, "belief": true, "suspicion": true,
	"accusation": true, "accusations": true, "charge": true, "charges": true,
	"proposal": true, "proposals": true, "demand": true, "demands": true, "request": true, "requests": true,
	"suggestion": true, "condition": true, "conditions": true, "ultimatum": true, "insistence": true,
}

// conditional reports whether clause k is marked by "if" or "unless".
// modalHead reports whether the clause that clause u modifies has a modal
// auxiliary or a negation, or refuses: what it waits for has not happened,
// whatever the reported tense ("said Sinn Fein could not join talks until the IRA
// began disarming").
func (sc *sentenceCoder) modalHead(u int) bool {
	h := sc.tok(u).Head
	if h >= 0 && sc.tok(h).UPOS == "NOUN" && sc.tok(h).Head >= 0 {
		h = sc.tok(h).Head // "ruled out any talks until they disarmed": the verb of the clause's noun
	}
	if h < 0 {
		return false
	}
	switch sc.lem(h) {
	case "rule", "refuse", "reject", "oppose":
		return true // a refusal, whatever the tense
	}
	for _, k := range sc.p.Children(h) {
		if t := sc.tok(k); t.Rel == "aux" && t.XPOS == "MD" || t.Rel == "advmod" && (lemma(t) == "not" || lemma(t) == "n't" || lemma(t) == "never") ||
			t.Rel == "mark" && lemma(t) == "to" && k < h { // "vowed to stay until he resigned"
			return true
		}
	}
	return false
}

func (sc *sentenceCoder) conditional(k int) bool {
	return sc.marked(k, "if", "unless")
}

// modality reads a verb's auxiliaries and clause for PLOVER's modes.
func (sc *sentenceCoder) modality(v int) string {
	if strings.HasSuffix(strings.TrimSpace(sc.in.Sentence.Text), "?") {
		return dyad.ModalityQuestion
	}
	for u := v; u >= 0; u = sc.tok(u).Head {
		// "if they attack", and "to meet Biden if elected": an
		// if-clause on the act.
		if sc.conditional(u) {
			return dyad.ModalityConditional
		}
		for _, k := range sc.p.Children(u) {
			if sc.tok(k).Rel == "advcl" && sc.conditional(k) {
				return dyad.ModalityConditional
			}
		}
		if rel := sc.tok(u).Rel; rel != "xcomp" && rel != "conj" {
			break
		}
	}
	if t := sc.tok(v); (t.Rel == "xcomp" || t.Rel == "advcl" && sc.marked(v, "to")) && t.Head >= 0 && commandVerbs[sc.lem(t.Head)] && sc.orderedDone(v) < 0 {
		return dyad.ModalityFuture // "ordered the army to retaliate": not yet done
	}
	aux := sc.p.Aux(v)
	for u := v; len(aux) == 0 && sc.tok(u).Rel == "conj" && sc.tok(u).Head >= 0 && !sc.hasSubject(u) && sc.tok(u).XPOS != "VBD"; {
		// "will move into the zones and hand over their weapons":
		// a conjoined verb shares the first one's auxiliaries.
		u = sc.tok(u).Head
		aux = sc.p.Aux(u)
	}
	if t := sc.tok(v); (t.Rel == "xcomp" || t.Rel == "advcl" && sc.isComplement(t.Head, v)) && t.Head >= 0 {
		// "he'd be open to meeting", "will try to meet": the
		// governing word's auxiliaries are the complement's too.
		aux = append(aux, sc.p.Aux(t.Head)...)
		for _, k := range sc.p.Children(t.Head) {
			if sc.tok(k).Rel == "aux" || sc.tok(k).Rel == "cop" {
				aux = append(aux, k)
			}
		}
	}
	for _, a := range aux {
		switch sc.lem(a) {
		case "will", "shall", "'ll", "would", "wo", "'d":
			return dyad.ModalityFuture
		case "may", "might", "could", "can", "should", "must", "ca":
			return dyad.ModalityHypothetical
		}
	}
	// "plans to impose", "is ready to withdraw", "is set to sign": an
	// announced intention is a statement about the future.
	// "is willing to send material to help defend": up the chain of
	// complements.
	for u, n := v, 0; n < 4 && (sc.tok(u).Rel == "xcomp" || sc.tok(u).Rel == "advcl" && sc.marked(u, "to")) && sc.tok(u).Head >= 0; u, n = sc.tok(u).Head, n+1 {
		if intentHeads[lemma(sc.tok(sc.tok(u).Head))] {
			return dyad.ModalityFuture
		}
	}
	return dyad.ModalityAsserted
}

// hostilePledge reports whether v is a promise whose complement is a
// hostile act: "pledged to expel the US ambassador" is a threat to do it,
// coded from the complement, not a pledge to cooperate.
func (sc *sentenceCoder) hostilePledge(v int) bool {
	if !pledgeVerbs[sc.lem(v)] {
		return false
	}
	for _, k := range sc.p.Children(v) {
		if sc.tok(k).Rel != "xcomp" {
			continue
		}
		for _, pat := range sc.c.Patterns.Verb(sc.lem(v)) {
			if slices.Contains(pat.Comps, sc.lem(k)) {
				return false // "vowed to retaliate": a pattern of its own
			}
		}
		prt, _ := sc.particle(k)
		for _, pat := range sc.c.Patterns.Verb(sc.lem(k)) {
			if _, ok := sc.match(pat, k, prt); ok && strings.HasPrefix(futureCode(pat.Code), "13") {
				return true // promised, it is a threat
			}
		}
	}
	return false
}

// pledgeVerbs promise what their complement says.
var pledgeVerbs = map[string]bool{"pledge": true, "promise": true, "vow": true, "swear": true}

// intentHeads govern a complement that their subject means to carry out.
var intentHeads = map[string]bool{
	"pledge": true, "promise": true, "vow": true, "swear": true,
	"plan": true, "intend": true, "prepare": true, "aim": true, "expect": true,
	"willing": true, "ready": true, "prepared": true, "eager": true, "determined": true,
	"set": true, "poised": true, "due": true, "going": true, "about": true,
}

// negations maps the root of a negated cooperative event to the rejection
// CAMEO codes for it: "would not meet" is a refusal to meet (125).
var negations = map[string]string{
	"03": "120", "04": "125", "05": "120", "06": "120", "07": "120", "08": "124",
}

// futures maps codes of cooperation and conflict to the code CAMEO gives a
// statement that the act will happen: "will provide aid" is an intent to
// provide aid (033), "will attack" a threat (138). Longest prefix first.
var futures = map[string]string{
	"04": "036", "05": "032", "057": "030", "06": "031", "061": "0311", "062": "0312",
	"063": "0313", "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333",
	"074": "0334", "08": "035", "081": "0351", "082": "0352", "083": "034", "084": "0353",
	"085": "0354", "086": "0355", "087": "0356", "16": "131", "161": "1313", "162": "1311",
	"163": "1312", "164": "134", "165": "135", "166": "136", "17": "137", "172": "132",
	"1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "14": "133",
	"18": "1383", "19": "138", "191": "1381", "192": "1382", "195": "1384", "20": "138",
}

// futureCode returns the code for a statement that the act of code will
// happen, or "" when it is coded as it is.
func futureCode(code string) string {
	for n := len(code); n >= 2; n-- {
		if alt, ok := futures[code[:n]]; ok {
			return alt
		}
	}
	return ""
}

func (sc *sentenceCoder) emit(pat *Pattern, sources, targets []dyad.Actor, trig dyad.Span, negated bool, modality string) int {
	if pat.Code == "115" && slices.ContainsFunc(targets, func(a dyad.Actor) bool { return slices.Contains(a.Roles, "JUD") }) {
		// "took the case to the International Court of Justice": the
		// court hears the case; the accused is another
		targets = slices.DeleteFunc(slices.Clone(targets), func(a dyad.Actor) bool { return slices.Contains(a.Roles, "JUD") })
	}
	if distinct(sources) >= 2 && !strings.HasPrefix(pat.ID, "mutual(") && (distinct(targets) == 0 &&
		((force(pat.Code) || pat.Code[:2] == "11") && reciprocalAct(pat.ID) || jointAct(pat) || sc.eachOther(trig)) ||
		countries(targets) == 0 && sc.eachOther(trig)) {
		// "Indian and Chinese troops clashed", "federal forces and
		// Amhara militiamen fought", "the government and the rebels
		// accused each other", "expelled each other's diplomats", "Putin
		// and Kim met": each side on the other; but "Syrian and Russian
		// jets bombed" is one side
		n := 0
		mutual := &Pattern{Code: pat.Code, ID: "mutual(" + pat.ID + ")", PLOVER: pat.PLOVER, PLOVERMode: pat.PLOVERMode}
		for _, s := range sources {
			for _, t := range sources {
				if s.Code != t.Code {
					n += sc.emit(mutual, []dyad.Actor{s}, []dyad.Actor{t}, trig, negated, modality)
				}
			}
		}
		return n
	}
	if len(sources) == 1 && len(targets) > 0 && sources[0].Country != "" && !slices.ContainsFunc(targets, func(t dyad.Actor) bool { return t.Country != sources[0].Country }) {
		if f := strings.Fields(strings.ToLower(sources[0].Text)); len(f) > 1 && (f[0] == "its" || f[0] == "their") {
			// "lodged a protest with China after its coast guard fired
			// water cannon at a Filipino boat": an owner that acts on its
			// own people is most often a misread antecedent; the nearest
			// country named before, if not the target's, is the owner
			if c := sc.otherCountryBefore(sources[0].Span[0], sources[0].Country); c != "" {
				a := sources[0]
				a.Code, a.Country = c+strings.TrimPrefix(a.Code, a.Country), c
				sources = []dyad.Actor{a}
			}
		}
	}
	if r := pat.Code[:2]; (r == "10" || r == "11" || r == "12") && countries(sources) == 1 {
		// "President Kenyatta called the judges 'crooks'": the courts
		// and parliaments named by no more than a noun are the
		// speaker's own (not "an international tribunal's ruling")
		cloned := false
		for i, t := range targets {
			f := strings.Fields(strings.ToLower(t.Text))
			bare := len(f) == 1 || len(f) == 2 && f[0] == "the"
			if t.Country == "" && bare && (slices.Contains(t.Roles, "JUD") || slices.Contains(t.Roles, "LEG")) && len(t.Roles) == 1 {
				if !cloned {
					targets, cloned = slices.Clone(targets), true // (the caller's slice stays as it was)
				}
				targets[i].SetCountry(sources[0].Country)
			}
		}
	}
	if pat.Code == "062" && strings.Contains(pat.ID, "exercise") && countries(sources) >= 2 {
		targets = nil // "the Philippines and the United States began joint exercises near Taiwan": the parties, no recipient
	}
	if pat.Code == "150" && len(targets) == 0 && strings.Contains(pat.ID, ".exercise") && countries(sources) >= 2 {
		// "French and Egyptian warships launched war games": joint
		// exercises are military cooperation (PLOVER manual 3.14), one
		// country's a show of force. As PLOVER codes joint acts, all
		// parties are actors and none the recipient.
		return sc.emit(&Pattern{Code: "062", ID: "joint(" + pat.ID + ")"}, sources, nil, trig, negated, modality)
	}
	before := len(sc.events)
	code := cameo.MustLookup(pat.Code)
	id := pat.ID
	if negated && sc.perfect(trig) && pat.Verb != "rule" {
		return 0 // "Algeria and Morocco have not restored relations since 2021": a state, no act
	}
	if pat.Verb == "rule" && pat.Particle == "out" && code.Root == "13" {
		// "has not ruled out the use of force": a threat; "ruled out
		// military action" threatens nothing
		if !negated {
			return 0
		}
		negated, id = false, "not("+id+")"
	}
	if negated && (pat.Verb == "extend" || pat.Verb == "maintain" || pat.Verb == "renew") && (code.Code == "1241" || code.Code == "1244") {
		// "would not extend the state of emergency": a restriction let
		// lapse is eased (081 administrative, 085 economic sanctions)
		alt := "081"
		if code.Code == "1244" {
			alt = "085"
		}
		code, id, negated = cameo.MustLookup(alt), "not("+pat.ID+")", false
	}
	if negated {
		if alt, ok := negations[code.Root]; ok {
			if code.Code == "036" || code.Root == "04" {
				alt = "125"
			}
			code, id, negated = cameo.MustLookup(alt), "not("+pat.ID+")", false
		}
	}
	if !negated && (modality == dyad.ModalityFuture || modality == dyad.ModalityConditional) {
		// "will attack", "would meet him if elected": a promise or a
		// threat of the act.
		if alt := futureCode(code.Code); alt != "" {
			code, id = cameo.MustLookup(alt), "will("+id+")"
		}
	}
	if !negated && modality == dyad.ModalityHypothetical && code.Quad == 4 {
		// "may halt mediation", "could strike": a conflict act held
		// out as possible is a threat.
		if alt := futureCode(code.Code); alt != "" {
			code, id = cameo.MustLookup(alt), "may("+id+")"
		}
	}
	if len(targets) == 0 {
		targets = []dyad.Actor{{}}
	}
	if sc.seen == nil {
		sc.seen = map[string]bool{}
	}
	for _, s := range sources {
		code, id := code, id
		if code.Root == "14" && (slices.Contains(s.Roles, "MIL") || slices.Contains(s.Roles, "COP")) {
			// Soldiers and police do not protest: "soldiers blocked
			// roads" restricts movement (191), "police stormed the
			// embassy" is force (190); nothing else of 14 is theirs.
			switch code.Code {
			case "144":
				code, id = cameo.MustLookup("191"), "force("+id+")"
			case "145":
				code, id = cameo.MustLookup("190"), "force("+id+")"
			default:
				continue
			}
		}
		if code.Code == "192" && len(s.Roles) > 0 && !slices.ContainsFunc(s.Roles, func(r string) bool { return !crowdRoles[r] }) {
			// "Thai protesters occupied Bangkok's two airports": a crowd
			// that takes a place blocks it (144); it conquers nothing
			code, id = cameo.MustLookup("144"), "crowd("+id+")"
		}
		if code.Root == "14" && s.Country != "" && !strings.HasPrefix(id, "shallow(") && (len(s.Roles) == 0 && sc.stateName(s) || len(s.Roles) == 1 && s.Roles[0] == "GOV") && s.Name == "" {
			// "China protested against the arms sale", "the Chinese
			// government protested": a state protests by complaining
			// officially (114); crowds demonstrate
			code, id = cameo.MustLookup("114"), "official("+id+")"
		}
		if code.Root == "17" && code.Code[:3] == "173" && slices.ContainsFunc(s.Roles, func(r string) bool { return r == "REB" || r == "INS" || r == "SEP" || r == "CRM" }) {
			// "militants captured an Israeli soldier": no authority
			// arrests; armed groups abduct (181) (but an armed group
			// aligned with no side, as "paramilitary forces" are, that
			// arrests acts for the state)
			code, id = cameo.MustLookup("181"), "abduct("+id+")"
		}
		if (code.Code == "190" || code.Code == "193") && slices.ContainsFunc(s.Roles, func(r string) bool { return r == "REB" || r == "INS" }) && len(targets) > 0 && !slices.ContainsFunc(targets, func(a dyad.Actor) bool {
			return !slices.ContainsFunc(a.Roles, func(r string) bool { return noncombatantRoles[r] }) && !slices.ContainsFunc(strings.Fields(strings.ToLower(a.Text)), func(w string) bool { return civilianWords[w] })
		}) {
			// "gunmen stormed a shopping mall", "militants shot dead
			// 12 villagers": armed groups striking civilians use
			// unconventional violence (180), not military force
			code, id = cameo.MustLookup("180"), "assault("+id+")"
		}
		if v := sc.tokenAt(trig[0]); (code.Code == "190" || code.Code == "193" || code.Code == "180") && v >= 0 && killVerbs[sc.lem(v)] && slices.ContainsFunc(s.Roles, func(r string) bool { return r == "REB" || r == "INS" || r == "UAF" }) &&
			len(targets) > 0 && !slices.ContainsFunc(targets, func(a dyad.Actor) bool {
			return !slices.ContainsFunc(a.Roles, func(r string) bool { return r == "GOV" || r == "ELI" || r == "OPP" || r == "LEG" || r == "JUD" })
		}) {
			// "gunmen shot dead the governor of Punjab province": an
			// armed group killing an official or a politician
			// assassinates (186)
			code, id = cameo.MustLookup("186"), "assassinate("+id+")"
		}
		if code.Code == "145" && slices.ContainsFunc(s.Roles, func(r string) bool { return r == "SET" || r == "REB" || r == "INS" || r == "UAF" }) {
			// "settlers torched Palestinian homes": no riot, the
			// destruction of property (1712)
			code, id = cameo.MustLookup("1712"), "force("+id+")"
		}
		if (code.Code == "190" || code.Code == "193") && (slices.Contains(s.Roles, "COP") || slices.Contains(s.Roles, "MIL")) && slices.ContainsFunc(targets, func(a dyad.Actor) bool {
			return slices.ContainsFunc(strings.Fields(strings.ToLower(a.Text)), func(w string) bool { return protesterWords[w] }) ||
				slices.Contains(a.Roles, "OPP") && (a.Country == s.Country || a.Country == "") // "opened fire on opposition supporters"
		}) {
			// "security forces fired live ammunition at the protesters":
			// violent repression (175)
			code, id = cameo.MustLookup("175"), "repress("+id+")"
		}
		if code.Code == "190" && (strings.Contains(id, ".clash") || strings.HasSuffix(id, ".storm")) && len(s.Roles) > 0 && !slices.ContainsFunc(s.Roles, func(r string) bool { return !crowdRoles[r] }) {
			// "students clashed with police", "supporters of the former
			// president stormed Congress": civilians who fight in the
			// street or storm a building riot (145)
			code, id = cameo.MustLookup("145"), "riot("+id+")"
		}
		if (code.Code == "1712" || code.Code == "180" || code.Code == "190") && protesterWords[lastWord(s.Text)] {
			// "protesters set fire to the Swedish embassy": a crowd's
			// violence is a riot (145)
			code, id = cameo.MustLookup("145"), "riot("+id+")"
		}
		if code.Code == "072" && sc.sentToward(trig) {
			// "sent fighter jets toward Finland": forces shown, not aid
			code, id = cameo.MustLookup("150"), "force("+id+")"
		}
		if code.Code == "051" && sc.welcomedTo(trig) {
			code, id = cameo.MustLookup("043"), "host("+id+")"
		}
		if (code.Code == "042" || code.Code == "043") && slices.Contains(s.Roles, "REF") {
			continue // "refugees arrived in Aceh": no visit
		}
		if (code.Code == "042" || code.Code == "043") && strings.Contains(strings.ToLower(s.Text), "peacekeep") {
			// "NATO peacekeeping troops arrived in Bosnia": peacekeepers
			// arriving are peacekeeping provided (074)
			code, id = cameo.MustLookup("074"), "peacekeeping("+id+")"
		} else if (code.Code == "042" || code.Code == "043") && slices.Contains(s.Roles, "MIL") && troopWords[lastWord(s.Text)] {
			// "troops arrived in Bosnia" is a deployment, not a visit
			code, id = cameo.MustLookup("150"), "force("+id+")"
		}
		for _, tg := range targets {
			if tg.Code != "" && tg.Code == s.Code && !strings.HasPrefix(s.Code, "---") {
				continue // an actor acting on itself: a misparse, not an event
			}
			code, id := code, id
			if code.Code == "172" && len(s.Country) == 3 && len(tg.Country) == 3 && s.Country != tg.Country && !tg.Implicit &&
				(tg.Code == tg.Country && strings.Contains(id, ".impose.") || slices.ContainsFunc(tg.Roles, func(r string) bool { return r == "GOV" || r == "MIL" || r == "JUD" || r == "LEG" })) {
				// "imposed visa restrictions on Ugandan officials":
				// restrictions on another state's officials are
				// sanctions (163); on its citizens they stay 172
				code, id = cameo.MustLookup("163"), "abroad("+id+")"
			}
			if code.Code == "174" && slices.ContainsFunc(strings.Fields(strings.ToLower(tg.Text)), func(w string) bool { return envoyNouns[w] }) {
				// "ordered the expulsion of Sweden's ambassador": a
				// diplomat expelled cuts relations (161)
				code, id = cameo.MustLookup("161"), "envoy("+id+")"
			}
			if code.Code == "0874" && strings.HasPrefix(tg.Code, "IGO") && !strings.Contains(tg.Code, "PKO") {
				// "Eritrea withdrew from the regional bloc IGAD": leaving
				// an organisation reduces relations (160)
				code, id = cameo.MustLookup("160"), "leave("+id+")"
			}
			// one event per dyad and code: "British warplanes and
			// warships" (both GBRMIL) strike once; actors of no known
			// country, and the parties of a joint act ("the army and
			// the RSF agreed to a ceasefire"), are told apart by their
			// words
			name := ""
			if s.Country == "" || tg.Code == "" {
				name = s.Text
			}
			key := s.Code + "|" + name + "|" + tg.Code + "|" + code.Code
			if sc.seen[key] {
				continue
			}
			sc.seen[key] = true
			src := s
			ev := dyad.Event{
				DocID:      sc.in.DocID,
				Sentence:   sc.in.Sentence.Index,
				CAMEO:      code.Code,
				Root:       code.Root,
				Quad:       code.Quad,
				Goldstein:  code.Goldstein,
				PLOVER:     code.PLOVER,
				PLOVERMode: code.PLOVERMode,
				Source:     &src,
				Negated:    negated,
				Modality:   modality,
				Evidence: dyad.Evidence{
					Trigger:      sc.text(trig[0], trig[1]),
					Pattern:      id,
					SentenceText: sc.in.Sentence.Text,
					TriggerSpan:  trig,
				},
			}
			if pat.PLOVER != "" && code.Code == pat.Code {
				ev.PLOVER, ev.PLOVERMode = pat.PLOVER, pat.PLOVERMode // the pattern's own PLOVER reading
			}
			if (tg.Code != "" || tg.Text != "") && !(tg.Span == s.Span && tg.Span[1] > tg.Span[0]) {
				t := tg // (not the source itself: "forced the president to resign")
				ev.Target = &t
			}
			sc.events = append(sc.events, ev)
		}
	}
	return len(sc.events) - before
}

// complaintVerbs are verbs of complaint that may report the complaint
// after its content, with the CAMEO code of the complaint.
var complaintVerbs = map[string]string{
	"protest": "111", "deplore": "111", "lament": "111", "complain": "114", "charge": "112", "allege": "112",
}

// complaintTail codes a complaint told after what it is about, as wire
// copy does: "Croatian authorities are failing Serb refugees, a human
// rights group protested on Wednesday." The complainer is the phrase
// between the last comma and the verb; the target is the subject of the
// clause before the comma. Parsers often hang such a tail on the last
// noun, so it is read on the words.
func (sc *sentenceCoder) complaintTail() {
	toks := sc.p.Tokens
	end := len(toks)
	for end > 0 && toks[end-1].UPOS == "PUNCT" {
		end--
	}
	v := -1
	for k := end - 1; k > 0 && k >= end-4; k-- {
		if t := toks[k]; (t.XPOS == "VBD" || t.XPOS == "VBN") && complaintVerbs[lemma(t)] != "" {
			v = k
			break
		}
		if t := toks[k]; t.UPOS != "ADV" && t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADP" {
			return // "here Wednesday", "on Thursday": the only words after the verb
		}
	}
	c := v - 1
	for c > 0 && toks[c].Text != "," {
		c--
	}
	if v < 0 || c < 2 || v-c < 2 || v-c > 9 || sc.coded[v] {
		return
	}
	for k := c + 1; k < v; k++ {
		if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
			return // another clause: "..., the group said it protested"
		}
	}
	sources := sc.resolveSpan(c+1, v-1)
	var targets []dyad.Actor
	for k := 0; k < c; k++ {
		if r := toks[k].Rel; (r == "nsubj" || r == "nsubj:pass") && toks[toks[k].Head].Head < 0 {
			targets = sc.actors(k) // the subject of the sentence's main clause
			break
		}
	}
	if len(sources) == 0 {
		return
	}
	code := complaintVerbs[lemma(toks[v])]
	sc.emit(&Pattern{Code: code, ID: "tail(" + code + ".disapprove." + lemma(toks[v]) + ")"}, sources, targets, dyad.Span{toks[v].Start, toks[v].End}, false, dyad.ModalityAsserted)
}

// agentPhrase reports whether the phrase at k opens with a "by" the
// parser hung on a word inside it ("an agreement brokered by former U.N. Secretary-General
// Kofi Annan", with "by" the case of "Secretary"): who did it, not whom
// it was done to.
func (sc *sentenceCoder) agentPhrase(k int) bool {
	first, _ := sc.p.Subtree(k)
	return first < k && strings.EqualFold(sc.tok(first).Text, "by") && sc.tok(first).UPOS == "ADP" && sc.tok(first).Head != k
}

// armedEntry reports whether an act of pattern pat by sources, whose
// subjects are the heads subjects, may stand: entering a town named by
// name ("entered Kabul") or moving into a place ("poured into South
// Ossetia") takes it only for armed men, by role or by the subject's noun
// ("Taliban fighters", "troops", "tanks"); other patterns always may.
func (sc *sentenceCoder) armedEntry(pat *Pattern, sources []dyad.Actor, subjects []int) bool {
	if !strings.HasSuffix(pat.ID, ".enter.@place") && !(pat.Code == "192" && pat.Prep == "into") {
		return true // ("refugees poured into Macedonia", "protesters marched into the square")
	}
	if slices.ContainsFunc(sources, func(a dyad.Actor) bool {
		return slices.ContainsFunc(a.Roles, func(r string) bool { return r == "MIL" || r == "REB" || r == "INS" || r == "SEP" || r == "UAF" })
	}) {
		return true
	}
	return slices.ContainsFunc(subjects, func(k int) bool { return sc.forceNoun(k) || armedNouns[sc.lem(k)] })
}

// armedNouns name armed men who are not an army ("Taliban fighters").
var armedNouns = map[string]bool{
	"fighter": true, "militant": true, "gunman": true, "rebel": true, "guerrilla": true, "insurgent": true,
	"militiaman": true, "jihadist": true, "paramilitary": true, "mercenary": true, "soldier": true, "troops": true,
	"tank": true, "column": true, "convoy": true, "armour": true, "armor": true, "unit": true,
}

// meetingGround reports whether the phrase h that prep opens places a
// meeting (a root-04 pattern) on grounds where people meet: "shook hands
// on the White House lawn", "met on Sentosa island" name where, not whom.
func (sc *sentenceCoder) meetingGround(pat *Pattern, prep string, h int) bool {
	return pat.Code[:2] == "04" && (prep == "on" || prep == "at") && groundNouns[sc.lem(h)]
}

// groundNouns name grounds and rooms where people meet, which an "on" or
// "at" phrase of a meeting places it in: no party to it.
var groundNouns = map[string]bool{
	"lawn": true, "sideline": true, "sidelines": true, "steps": true, "tarmac": true, "airport": true,
	"garden": true, "gardens": true, "terrace": true, "deck": true, "border": true, "ranch": true, "retreat": true,
	"island": true, "islands": true, "ship": true, "yacht": true, "boat": true, "train": true, "beach": true,
}

// nestedQuantities are the words of "hundreds of thousands of", which
// the actor dictionaries read one at a time.
var nestedQuantities = map[string]bool{"tens": true, "hundreds": true, "thousands": true, "millions": true, "dozens": true, "scores": true}

// nameless reports whether the phrases at heads are some and name no
// actor ("20 people").
func (sc *sentenceCoder) nameless(heads []int) bool {
	for _, h := range heads {
		if l := sc.lem(h); l != "people" && l != "person" && len(sc.actors(h)) > 0 {
			return false // ("20 people" are civilians, but no one named)
		}
	}
	return len(heads) > 0
}

// jointAct reports whether a pattern codes an act that parties named
// together as its subject do with one another when it has no target:
// meeting, talks, negotiation, agreement, signing, restoring relations,
// cooperation ("Israel and Jordan signed a peace treaty" is each toward
// the other, as CAMEO datasets code it). Acts that are done toward a third
// party left unnamed ("Britain and France appealed for calm", "pledged
// aid", "visited") are not.
func jointAct(pat *Pattern) bool {
	if strings.Contains(pat.ID, ".exchange") || strings.Contains(pat.ID, ".swap") {
		return true // "Russia and Ukraine exchanged prisoners"
	}
	switch pat.Code {
	case "040", "041", "044", "046", "057", "061", "062", "063", "064":
		return true
	case "050", "051", "052", "053", "055", "056":
		return strings.Contains(pat.ID, ".relation") || strings.Contains(pat.ID, ".tie") || strings.Contains(pat.ID, ".embassy") // "reopened their embassies"
	}
	if pat.Code[:2] == "08" && strings.Contains(pat.ID, ".sign") || pat.Code == "0871" {
		return true // "the government and the rebels signed a ceasefire", "Armenia and Azerbaijan declared a ceasefire"
	}
	return pat.Code[:2] >= "03" && pat.Code[:2] <= "08" && strings.Contains(pat.ID, ".agree") // "Israel and Hamas agreed to a truce"
}

// reciprocalAct reports whether a pattern's verb is done by two sides to
// each other: fight, clash, battle, exchange fire, skirmish.
func reciprocalAct(id string) bool {
	for _, w := range []string{".fight.fight", ".clash", ".battle", ".exchange", ".skirmish", ".trade"} {
		if strings.Contains(id, w) {
			return true
		}
	}
	return false
}

// soleCountry returns the country of the actors at h when they name
// exactly one, else "".
func (sc *sentenceCoder) soleCountry(h int) string {
	c := ""
	for _, a := range sc.actors(h) {
		switch {
		case !dyad.National(a.Country):
		case c == "":
			c = a.Country
		case c != a.Country:
			return ""
		}
	}
	return c
}

// otherCountryBefore returns the country of the nearest actor that the
// sentence names before byte offset at and whose country is not c, or "".
func (sc *sentenceCoder) otherCountryBefore(at int, c string) string {
	for i := len(sc.p.Tokens) - 1; i >= 0; i-- {
		t := sc.tok(i)
		if t.End > at || t.UPOS != "PROPN" && t.UPOS != "NOUN" || t.Rel == "compound" || t.Rel == "flat" {
			continue
		}
		for _, a := range sc.actors(i) {
			if dyad.National(a.Country) && a.Country != c {
				return a.Country
			}
		}
	}
	return ""
}

// distinct counts the distinct codes of actors that have one.
func distinct(as []dyad.Actor) int {
	seen := map[string]bool{}
	for _, a := range as {
		if a.Code != "" && a.Code != "---" {
			seen[a.Code] = true
		}
	}
	return len(seen)
}

// countries counts the distinct countries of actors.
func countries(as []dyad.Actor) int {
	seen := map[string]bool{}
	for _, a := range as {
		if a.Country != "" {
			seen[a.Country] = true
		}
	}
	return len(seen)
}

// hasCC reports whether conjunct v is joined by a coordinating word ("and",
// "or", "but") of its own.
func (sc *sentenceCoder) hasCC(v int) bool {
	return slices.ContainsFunc(sc.p.Children(v), func(c int) bool { return sc.tok(c).Rel == "cc" })
}

// reducedPassive reports whether verb v is a participle with no auxiliary
// and no subject of its own that modifies the noun before it, read by the
// parser as a clause: "expelled a diplomat accused of spying".
func (sc *sentenceCoder) reducedPassive(v int) bool {
	t := sc.tok(v)
	if len(sc.p.Aux(v)) > 0 || v+1 >= len(sc.p.Tokens) || (sc.tok(v+1).UPOS != "ADP" && sc.tok(v+1).UPOS != "SCONJ") || sc.hasSubject(v) {
		return false
	}
	if t.XPOS == "VBN" && (t.Rel == "advcl" || t.Rel == "conj" && sc.tok(t.Head).XPOS != "VBD" && !(sc.hasCC(v) && sc.perfectAt(t.Head))) {
		return true // (but "has torched villages and fired on civilians" shares the perfect)
	}
	// "demolished the homes of two Palestinians accused of killing",
	// the participle read as a second past with no "and": it follows
	// its noun
	return (t.XPOS == "VBD" || t.XPOS == "VBN") && t.Rel == "conj" && v > 0 &&
		(sc.tok(v-1).UPOS == "NOUN" || sc.tok(v-1).UPOS == "PROPN") && !sc.hasCC(v)
}

// eachOther reports whether the verb of trigger trig takes "each other" or
// "one another" as its object or in a phrase.
func (sc *sentenceCoder) eachOther(trig dyad.Span) bool {
	toks := sc.p.Tokens
	v := sc.tokenAt(trig[0])
	if v < 0 {
		return false
	}
	for i := v + 1; i+1 < len(toks); i++ {
		a, b := strings.ToLower(toks[i].Text), strings.ToLower(toks[i+1].Text)
		if (a == "each" && b == "other" || a == "one" && b == "another") && (toks[i].Head == v || sc.tok(toks[i].Head).Head == v) {
			return true
		}
	}
	return false
}

// headObject returns, for an object pronoun of a participle clause that
// explains another act ("expelled six inspectors, accusing them of
// spying"), that act's object, or -1.
func (sc *sentenceCoder) headObject(h int) int {
	switch sc.lem(h) {
	case "them", "him", "her", "it", "they", "he", "she":
	default:
		return -1
	}
	v := sc.tok(h).Head
	if v < 0 || sc.tok(v).Head < 0 || !(sc.tok(v).XPOS == "VBG" && sc.tok(v).Rel == "advcl" || sc.tok(v).Rel == "conj" && len(sc.p.Subjects(v)) <= 1 && !sc.hasSubject(v)) {
		// "convicted Nicolas Sarkozy of corruption and sentenced him":
		// a conjoined act's pronoun object is the first act's object
		return -1
	}
	u := sc.tok(v).Head
	if t := sc.tok(u); t.Rel == "xcomp" && t.Head >= 0 && slices.ContainsFunc(sc.p.Objects(t.Head), func(o int) bool { return o < u }) {
		u = t.Head // "ordered UN officials to leave the country, accusing them": the officials
	}
	objs := sc.p.Objects(u)
	if len(objs) != 1 || objs[0] > h || sc.tok(objs[0]).UPOS == "PRON" {
		return -1
	}
	if len(sc.actors(objs[0])) == 0 {
		// "cut diplomatic ties with Morocco, accusing it of hostile
		// actions": whom the act was done with
		// ("announced sanctions against Colombia, accusing it of ...")
		for _, m := range slices.Concat(sc.nmods(objs[0], "with"), sc.nmods(objs[0], "to"), sc.nmods(objs[0], "against")) {
			if m < h && len(sc.actors(m)) > 0 {
				return m
			}
		}
		for _, o := range sc.p.Obliques(u) {
			if (o.Prep == "with" || o.Prep == "to" || o.Prep == "against") && o.Head < h && len(sc.actors(o.Head)) > 0 {
				return o.Head
			}
		}
	}
	return objs[0]
}

// welcomedTo reports whether the verb at trig welcomes someone to a place
// ("welcomed Pope John Paul II to Havana"): a visit hosted.
func (sc *sentenceCoder) welcomedTo(trig dyad.Span) bool {
	v := sc.tokenAt(trig[0])
	if v < 0 || sc.lem(v) != "welcome" {
		return false
	}
	person := slices.ContainsFunc(append(sc.p.Objects(v), sc.p.Subjects(v)...), func(o int) bool {
		return sc.tok(o).UPOS == "PROPN" || sc.tok(o).UPOS == "PRON"
	}) && sc.passive(v) || slices.ContainsFunc(sc.p.Objects(v), func(o int) bool { return sc.tok(o).UPOS == "PROPN" })
	for _, o := range sc.p.Obliques(v) {
		if o.Prep == "to" && sc.isPlace(o.Head) {
			return true
		}
		if (o.Prep == "at" || o.Prep == "in") && person && (sc.isPlace(o.Head) || borderNouns[sc.lem(o.Head)] || sc.lem(o.Head) == "airport") {
			return true // "was welcomed at the Wagah border by Nawaz Sharif": a visitor received
		}
	}
	for _, o := range sc.p.Objects(v) {
		// hung on the object or on a word of its name ("welcomed
		// Australian Prime Minister Anthony Albanese to Jakarta")
		for first, last := sc.p.Subtree(o); first <= last; first++ {
			if sc.tok(first).Rel == "nmod" && sc.prepOf(first) == "to" && sc.isPlace(first) {
				return true
			}
		}
	}
	return false
}

// attackSite reports whether noun n is where an attack named by the noun
// it modifies took place ("a suicide bombing on a Jerusalem bus that
// killed 18": the bombing killed them, not the bus).
func (sc *sentenceCoder) attackSite(n int) bool {
	h := sc.tok(n).Head
	if prep := sc.prepOf(n); !wherePreps[prep] && prep != "on" && prep != "at" {
		return false
	}
	f := sc.phrase(n).First
	for f < n && sc.tok(f).Rel == "case" {
		f++
	}
	if f >= 2 && sc.tok(f-1).Rel == "case" && sc.tok(f-2).UPOS == "NOUN" {
		h = f - 2 // the phrase hung on the verb, right after the attack noun
	} else if h < 0 || !strings.HasPrefix(sc.tok(n).Rel, "nmod") {
		return false
	}
	for _, pat := range sc.c.Patterns.Noun(sc.lem(h)) {
		if force(pat.Code) {
			return true
		}
	}
	return false
}

// visitor returns, for "visiting" used as an adjective ("visiting U.S.
// Defense Secretary William Perry", "the visiting Chinese premier"), the
// noun it describes, or -1.
func (sc *sentenceCoder) visitor(v int) int {
	t := sc.tok(v)
	if lemma(t) != "visit" || t.XPOS != "VBG" || v == 0 || sc.hasSubject(v) || len(sc.p.Aux(v)) > 0 {
		return -1
	}
	if t.Rel == "amod" && t.Head > v {
		return t.Head
	}
	prev := sc.tok(v - 1)
	if prev.UPOS != "VERB" && prev.UPOS != "DET" && prev.UPOS != "ADP" {
		return -1
	}
	if objs := sc.p.Objects(v); len(objs) == 1 && sc.tok(objs[0]).UPOS == "PROPN" {
		return objs[0] // parsed as a clause with the name as its object
	}
	return -1
}

// conditionOpener reports whether clause v is opened by unless, if or
// until.
func (sc *sentenceCoder) conditionOpener(v int) bool {
	return v >= 0 && sc.marked(v, "unless", "if", "until")
}

// nearestThing returns the nearest noun before token h, outside the
// subject, that names a country or a body (not a person), or -1.
func (sc *sentenceCoder) nearestThing(h int) int {
	for i := h - 1; i >= 0; i-- {
		t := sc.tok(i)
		switch t.Rel {
		case "obj", "obl", "nmod", "iobj":
		default:
			continue
		}
		if t.UPOS != "PROPN" && t.UPOS != "NOUN" {
			continue
		}
		as := sc.actors(i)
		if len(as) == 1 && as[0].Country != "" && !(as[0].Name != "" && strings.Contains(as[0].Name, " ")) {
			return i
		}
	}
	return -1
}

// sharedModifier resolves conjunct h of noun c with c's nationality
// adjective when h has no modifier of its own ("British sailors and
// marines": British marines), or returns nil.
func (sc *sentenceCoder) sharedModifier(c, h int) []dyad.Actor {
	for _, k := range sc.p.Children(h) {
		switch sc.tok(k).Rel {
		case "amod", "compound", "nmod:poss", "flat", "det:poss":
			return nil
		}
	}
	if sc.tok(h).UPOS != "NOUN" {
		return nil
	}
	for _, m := range sc.p.Children(c) {
		t := sc.tok(m)
		if t.Rel != "amod" || m > c || !slices.ContainsFunc(sc.modifierActors(m), func(a dyad.Actor) bool { return a.Country != "" }) {
			continue
		}
		ht := sc.tok(h)
		if r := sc.c.Actors.Resolve(t.Text+" "+ht.Text, ht.Start, sc.in.Date); len(r) > 0 {
			return pointed(r, ht.Text, dyad.Span{ht.Start, ht.End})
		}
	}
	return nil
}

// peopleOf are nouns for the people of a thing ("its crew").
var peopleOf = map[string]bool{
	"crew": true, "crews": true, "passengers": true, "passenger": true, "staff": true,
	"occupants": true, "personnel": true, "owner": true, "owners": true, "captain": true,
}

// earlierObject returns, for a noun h opened by "its" or "their" (at
// first) that is the object of a verb conjoined to an earlier one, that
// earlier verb's object ("seized a tanker and detained its crew"), or -1.
func (sc *sentenceCoder) earlierObject(h, first int) int {
	if l := sc.lem(first); sc.tok(first).XPOS != "PRP$" || l != "its" && l != "their" && l != "it" && l != "they" {
		return -1
	}
	v := sc.tok(h).Head
	if v < 0 || sc.tok(h).Rel != "obj" || sc.tok(v).Rel != "conj" || sc.tok(v).Head < 0 {
		return -1
	}
	for _, o := range sc.p.Objects(sc.tok(v).Head) {
		if o < first && sc.tok(o).UPOS != "PRON" {
			return o
		}
	}
	return -1
}

// otherClause reports whether token k is in a clause opened by a clause
// opener (after, when, because ...) whose subject is not the sentence's
// first: there "its" looks back to the main clause.
func (sc *sentenceCoder) otherClause(k int) bool {
	for u := sc.tok(k).Head; u >= 0; u = sc.tok(u).Head {
		if sc.tok(u).UPOS != "VERB" {
			continue
		}
		return sc.openedClause(u) && sc.hasSubject(u)
	}
	return false
}

// izeSpelling returns the -ize spelling of a British -ise verb
// ("recognise", "criticise"), or "" for other words.
func izeSpelling(l string) string {
	if len(l) > 5 && strings.HasSuffix(l, "ise") && !noIze[l] {
		return l[:len(l)-3] + "ize"
	}
	return ""
}

// noIze are -ise verbs that have no -ize spelling.
var noIze = map[string]bool{
	"advise": true, "revise": true, "supervise": true, "devise": true, "surprise": true, "compromise": true,
	"promise": true, "exercise": true, "comprise": true, "despise": true, "improvise": true, "televise": true,
	"franchise": true, "merchandise": true, "advertise": true, "chastise": true, "enterprise": true,
}

// reporterConj reports whether noun k, read as a conjunct, is the source
// of the report set off by a comma: "... a ballistic missile, state media
// reported", "killing 38 people, police said".
func (sc *sentenceCoder) reporterConj(k int) bool {
	if sc.tok(k).Rel != "conj" {
		return false
	}
	says := func(c int) bool { return reporting[sc.lem(c)] || sc.lem(c) == "report" }
	if !sc.hasCC(k) && slices.ContainsFunc(sc.p.Children(k), func(c int) bool { return sc.tok(c).Rel == "acl" && says(c) }) {
		return true
	}
	// "killing 15 people, activists and residents said": the conjuncts
	// from the one after the comma to the last, right before a
	// reporting verb
	start, end := -1, -1
	for _, s := range sc.p.Children(sc.tok(k).Head) {
		if sc.tok(s).Rel != "conj" {
			continue
		}
		if ph := sc.phrase(s); s <= k && !sc.hasCC(s) && ph.First > 0 && sc.tok(ph.First-1).Text == "," {
			start = s
		}
		if start >= 0 {
			end = max(end, sc.phrase(s).Last)
		}
	}
	if start < 0 {
		return false
	}
	m := end + 1
	for m < len(sc.p.Tokens) && m <= end+4 && (sc.tok(m).UPOS == "PROPN" && sc.tok(m).Rel == "flat" || sc.tok(m).XPOS == "HYPH") {
		m++ // "President Omar al-Bashir said", with "al-Bashir" hung elsewhere
	}
	if m < len(sc.p.Tokens) && sc.tok(m).UPOS == "ADP" {
		// "officials on both sides said", with "sides" read as the
		// subject: the phrase that places the reporters
		for m++; m < len(sc.p.Tokens) && m <= end+5 && nominalUPOS[sc.tok(m).UPOS]; m++ {
		}
	}
	return m < len(sc.p.Tokens) && sc.tok(m).UPOS == "VERB" && says(m)
}

// dealNouns name agreements, which a state leaves rather than a place it
// withdraws from.
var dealNouns = map[string]bool{
	"accord": true, "agreement": true, "deal": true, "treaty": true, "pact": true, "convention": true,
	"protocol": true, "alliance": true, "bloc": true, "union": true, "organization": true, "organisation": true,
}

// nominalUPOS are the tags of the words of a noun phrase.
var nominalUPOS = map[string]bool{"DET": true, "NOUN": true, "PROPN": true, "ADJ": true, "NUM": true}

// unrealVerbs take as object an act that has not happened: "averted NATO
// air strikes", "feared an Israeli attack".
var unrealVerbs = map[string]bool{
	"avert": true, "prevent": true, "avoid": true, "forestall": true, "preempt": true, "pre-empt": true,
	"stave": true, "head": true, "deter": true, "fear": true, "consider": true, "mull": true,
	"weigh": true, "contemplate": true, "discuss": true, "debate": true, "plan": true, "prepare": true,
	"propose": true, "seek": true, "want": true, "risk": true,
}

// hypothetical reports whether event noun n names no act that happened:
// "any Israeli attack", "a possible strike", "no invasion".
func (sc *sentenceCoder) hypothetical(n int) bool {
	return slices.ContainsFunc(sc.p.Children(n), func(k int) bool {
		switch l := sc.lem(k); sc.tok(k).Rel {
		case "det":
			return l == "any" || l == "no"
		case "amod":
			return l == "possible" || l == "potential" || l == "future" || l == "hypothetical" || l == "eventual"
		}
		return false
	})
}

// afterOtherPhrase reports whether a prepositional phrase other than an
// "of" phrase stands between noun o and its modifier m: then m most often
// belongs to that phrase, whatever the parse says.
func (sc *sentenceCoder) afterOtherPhrase(o, m int) bool {
	first := sc.phrase(m).First
	for k := o + 1; k < first; k++ {
		if t := sc.tok(k); t.UPOS == "ADP" && t.Rel == "case" && lemma(t) != "of" && t.Head != m {
			return true
		}
	}
	return false
}

// openedClause reports whether clause v is an adverbial clause opened by
// after, before, when, because and the like.
func (sc *sentenceCoder) openedClause(v int) bool {
	return v >= 0 && sc.tok(v).Rel == "advcl" && slices.ContainsFunc(sc.p.Children(v), func(m int) bool {
		return sc.tok(m).Rel == "mark" && clauseOpeners[sc.lem(m)]
	})
}

// nearestPerson returns the nearest noun before token h that names a
// person with a country, or -1.
func (sc *sentenceCoder) nearestPerson(h int) int {
	for i := h - 1; i >= 0; i-- {
		t := sc.tok(i)
		if t.UPOS != "PROPN" || t.Rel == "flat" || t.Rel == "compound" {
			continue
		}
		as := sc.actors(i)
		if len(as) == 1 && namedPerson(as[0]) {
			return i
		}
	}
	return -1
}

// namedPerson reports whether actor a is a person named in full, with a
// country: "President Pedro Castillo", not "Peru" or "the UN".
func namedPerson(a dyad.Actor) bool {
	return a.Country != "" && strings.Contains(a.Name, " ") && !strings.HasPrefix(a.Code, "IGO") && !strings.HasPrefix(a.Code, "NGO")
}

// forceNoun reports whether noun k names armed forces or weapons
// ("troops", "missiles", "warships", "the army").
func (sc *sentenceCoder) forceNoun(k int) bool {
	l := sc.lem(k)
	if troopWords[l] || troopWords[l+"s"] || weaponNouns[l] || weaponNouns[l+"s"] {
		return true
	}
	return slices.ContainsFunc(sc.actors(k), func(a dyad.Actor) bool { return slices.Contains(a.Roles, "MIL") })
}

// byMeans reports whether verb v says only that something was done in
// answer and its by-gerund says what ("retaliated by blocking goods").
func (sc *sentenceCoder) byMeans(v int) bool {
	switch sc.lem(v) {
	case "retaliate", "respond", "react", "reply", "hit_back":
	default:
		return false
	}
	return slices.ContainsFunc(sc.p.Children(v), func(k int) bool { return sc.tok(k).Rel == "advcl" && sc.marked(k, "by") })
}

// issuer returns, for a participle that says what a statement says
// ("released a statement condemning the summit"), the verb by which its
// author issued it, or -1: a statement's words are its author's act, as
// a resolution's are not.
func (sc *sentenceCoder) issuer(v int) int {
	t := sc.tok(v)
	if t.Rel != "acl" || t.Head < 0 {
		return -1
	}
	h := sc.tok(t.Head).Head
	if h < 0 || sc.tok(t.Head).Rel != "obj" {
		return -1
	}
	switch sc.lem(t.Head) {
	case "statement", "communique", "communiqué", "declaration", "letter", "message":
		switch sc.lem(h) {
		case "issue", "release", "publish", "send", "deliver", "make", "read", "post":
			return h
		}
	case "law", "decree", "order", "bill":
		// "signed a law rejecting Ethiopia's port deal", "issued a
		// decree banning the party": the signer's act
		switch sc.lem(h) {
		case "sign", "issue", "enact", "promulgate":
			return h
		}
	case "resolution":
		// "the Security Council adopted a resolution demanding a
		// ceasefire": the body that adopts it demands (but not one that
		// vetoes or drafts it)
		switch sc.lem(h) {
		case "adopt", "pass", "approve":
			return h
		}
	}
	return -1
}

// sentToward reports whether the verb at trig sends something toward,
// near or over a place rather than to someone.
func (sc *sentenceCoder) sentToward(trig dyad.Span) bool {
	v := sc.tokenAt(trig[0])
	if v < 0 {
		return false
	}
	return slices.ContainsFunc(sc.p.Obliques(v), func(o nlp.Oblique) bool {
		return o.Prep == "toward" || o.Prep == "towards" || o.Prep == "near" || o.Prep == "over"
	})
}

// chargedFor reports whether gerund v says what someone is punished for
// ("expelled a Russian journalist for violating the terms of his permit",
// "arrested for collaborating"): a charge, not an act the text asserts.
func (sc *sentenceCoder) chargedFor(v int) bool {
	h := sc.tok(v).Head
	if h < 0 || !sc.marked(v, "for") {
		return false
	}
	if sc.tok(h).UPOS != "VERB" && sc.tok(h).Head >= 0 {
		h = sc.tok(h).Head // the gerund hung on the object
	}
	switch sc.lem(h) {
	case "arrest", "detain", "expel", "deport", "sentence", "convict", "fine", "punish", "sanction", "jail",
		"imprison", "charge", "accuse", "blame", "prosecute", "indict", "execute", "ban", "suspend", "sack", "fire", "dismiss":
		return true
	}
	return false
}

// weaponPhrase reports whether noun c is a weapon or a quantity of weapons
// ("dozens of rockets").
func (sc *sentenceCoder) weaponPhrase(c int) bool {
	return sc.weaponWord(c) || slices.ContainsFunc(sc.nmods(c, "of"), sc.weaponWord)
}

// weaponWord reports whether token k is a weapon noun, by its lemma or,
// where the tagger lemmatized a plural badly, by its word.
func (sc *sentenceCoder) weaponWord(k int) bool {
	return weaponNouns[sc.lem(k)] || weaponNouns[strings.ToLower(sc.tok(k).Text)]
}

// leavesOther reports whether the time v gives someone is to leave a
// country other than the sources': an ultimatum ("gave Saddam Hussein 48
// hours to leave Iraq"), where leaving the sources' own country ("gave the
// ambassador 72 hours to leave") is an expulsion.
func (sc *sentenceCoder) leavesOther(v int, sources []dyad.Actor) bool {
	var comps []int
	for _, h := range append([]int{v}, sc.p.Objects(v)...) {
		for _, k := range sc.p.Children(h) {
			if r := sc.tok(k).Rel; (r == "advcl" || r == "xcomp" || r == "acl") && sc.marked(k, "to") {
				comps = append(comps, k) // ("48 hours to leave", hung on the hours)
			}
		}
	}
	for _, k := range comps {
		for _, o := range sc.p.Objects(k) {
			if l := sc.lem(o); l == "country" || l == "nation" {
				continue // "to leave the country": the sources' own
			}
			for _, a := range sc.actors(o) {
				if a.Country != "" && !slices.ContainsFunc(sources, func(s dyad.Actor) bool { return s.Country == a.Country }) {
					return true
				}
			}
		}
	}
	return false
}

// forWhom reports whether a prep phrase of pattern pat's act names for
// whom it is done, not of whom: the "for" phrase of a demand ("demanded
// land and rights for Indian peasants"). An appeal's "for" phrase stays
// its target, as "an appeal for flood victims in Pakistan" is coded.
func forWhom(pat *Pattern, prep string) bool { return prep == "for" && pat.Code[:2] == "10" }

// clashNouns name fighting between two sides, whose "with" phrase names
// the other side.
var clashNouns = map[string]bool{
	"clash": true, "clashes": true, "fighting": true, "firefight": true, "gunfight": true, "battle": true, "confrontation": true,
	"skirmish": true, "skirmishes": true, "shootout": true, "exchange": true, "standoff": true, "brawl": true, "melee": true,
}

// bareWeapon reports whether k names weapons and no one's: "fought with
// artillery, tanks and drones" says how, not against whom (but "clashed
// with Russian tanks" names the enemy).
func (sc *sentenceCoder) bareWeapon(k int) bool {
	return sc.weaponWord(k) && !slices.ContainsFunc(sc.p.Children(k), func(c int) bool {
		t := sc.tok(c)
		return (t.Rel == "amod" || t.Rel == "compound" || t.Rel == "nmod:poss") && (t.UPOS == "PROPN" || t.Text != strings.ToLower(t.Text))
	})
}

// planned reports whether verb v is what a plan, proposal or law says is
// to be done ("the government's plan to deport asylum seekers").
func (sc *sentenceCoder) planned(v int) bool {
	t := sc.tok(v)
	return (t.Rel == "acl" || t.Rel == "xcomp") && t.Head >= 0 && sc.tok(t.Head).UPOS == "NOUN" && sc.marked(v, "to") && documentNouns[sc.lem(t.Head)]
}
