// Package pipeline runs dyad's stages in order over documents: extract the
// article, split its sentences, parse them, resolve actors, code events,
// date and place them, find quotes, entities and tone. It is the one place
// that knows the order of the stages; each stage lives in its own package.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/article"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/geo"
	"github.com/dyadproject/dyad/nlp"
	"github.com/dyadproject/dyad/quote"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/tone"
	"github.com/dyadproject/dyad/when"
)

// Pipeline codes documents. It is safe for concurrent use.
type Pipeline struct {
	nlp     *nlp.Model
	actors  *actor.Dictionary
	coder   *event.Coder
	gazette *geo.Gazetteer
	dyadic  bool
}

// Options choose the dictionaries a pipeline uses.
type Options struct {
	// DictDir, if set, is a folder of actor dictionaries overlaid on the
	// embedded ones.
	DictDir string
	// PatternDir, if set, is a folder of pattern files overlaid on the
	// embedded ones.
	PatternDir string
	// NoShallow turns off the coder's shallow reading of sentences the
	// parse gave no event (event.Coder.NoShallow).
	NoShallow bool
	// Dyadic keeps only the events with both a source and a target
	// (event.Dyadic), once the targets CAMEO understands are given (a
	// protest's government).
	Dyadic bool
}

// New loads the models and dictionaries.
func New(opts Options) (*Pipeline, error) {
	// The gazetteer loads while the language models do.
	var g *geo.Gazetteer
	var gerr error
	var wg sync.WaitGroup
	wg.Go(func() { g, gerr = geo.Default() })
	m, err := nlp.Load()
	wg.Wait()
	if err != nil {
		return nil, fmt.Errorf("cannot load language models: %w", err)
	}
	if gerr != nil {
		return nil, fmt.Errorf("cannot load gazetteer: %w", gerr)
	}
	actors, err := actor.Default()
	if err != nil {
		return nil, fmt.Errorf("cannot load actor dictionaries: %w", err)
	}
	if opts.DictDir != "" {
		if err := actors.Overlay(os.DirFS(opts.DictDir), "."); err != nil {
			return nil, fmt.Errorf("cannot load actor dictionaries from %s: %w", opts.DictDir, err)
		}
	}
	pats, err := event.DefaultPatterns()
	if err != nil {
		return nil, fmt.Errorf("cannot load event patterns: %w", err)
	}
	if opts.PatternDir != "" {
		if err := pats.Overlay(os.DirFS(opts.PatternDir), "."); err != nil {
			return nil, fmt.Errorf("cannot load event patterns from %s: %w", opts.PatternDir, err)
		}
	}
	return &Pipeline{nlp: m, actors: actors, coder: &event.Coder{Patterns: pats, Actors: resolver{actors, g}, NoShallow: opts.NoShallow}, gazette: g, dyadic: opts.Dyadic}, nil
}

// ErrInternal marks a document whose coding hit a fault in dyad itself (a
// panic in a stage): the document is reported and skipped, and the rest of
// the batch goes on.
var ErrInternal = errors.New("internal error")

// Code extracts and codes one document. A fault while coding it is returned
// as an error wrapping ErrInternal, naming the document.
func (p *Pipeline) Code(d *dyad.Document) (c *dyad.Coded, err error) {
	a, err := article.Extract(d)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("cannot code %s: %w: %v", d.Origin, ErrInternal, r)
		}
	}()
	return p.CodeArticle(a), nil
}

// CodeArticle codes an extracted article.
func (p *Pipeline) CodeArticle(a *dyad.Article) *dyad.Coded {
	c := &dyad.Coded{Article: *a, Sentences: segment.Split(a)}
	pub, hasPub := publication(a.Published)
	tracker := actor.NewTracker(p.actors, a.Published)
	places := geo.NewContext()
	// Quotes are found over the whole article; each speaker is resolved
	// once the sentence that names it has been coded, so that "he said"
	// finds the actor the article last named.
	c.Quotes = quote.Find(a, c.Sentences)
	speakers := map[int][]int{}
	for qi, q := range c.Quotes {
		if q.Speaker != nil {
			si := sentenceAt(c.Sentences, q.Speaker.Span[0])
			speakers[si] = append(speakers[si], qi)
		}
	}
	// The article's sentences are parsed together, which is faster than
	// one at a time.
	texts, bases := make([]string, len(c.Sentences)), make([]int, len(c.Sentences))
	for i, s := range c.Sentences {
		texts[i], bases[i] = s.Text, s.Start
	}
	parses := p.nlp.ParseBatch(texts, bases)
	for i, s := range c.Sentences {
		parse := parses[i]
		// The countries the sentence's actors belong to help place its
		// towns: "Malian troops killed civilians in the village of
		// Moura" is Mali's Moura, not Portugal's.
		var names [][2]int // the spans of the names of known people and bodies
		for _, m := range p.actors.Find(s.Text, s.Start, a.Published) {
			if len(m.Actor.Country) == 3 && m.Kind != actor.KindRegion {
				places.AddCountry(m.Actor.Country)
			}
			switch m.Kind {
			case actor.KindPerson, actor.KindGroup, actor.KindOrg, actor.KindIGO, actor.KindNGO:
				names = append(names, [2]int{m.Start, m.End})
			}
		}
		toponyms := p.gazette.Find(s.Text, s.Start, places)
		if len(toponyms) > 0 {
			// "Aung San Suu Kyi", "Abu Sayyaf", "journalist Wa Lone": a
			// word of a person's or a body's name is no place (San is a
			// town in Mali, Abu one in India, Wa one in Ghana); a name
			// that is all place stays one.
			names = append(names, flatNames(parse)...)
			names = append(names, personNames(parse)...) // "Adama Barrow": no town of Ethiopia
			toponyms = slices.DeleteFunc(toponyms, func(t geo.Toponym) bool {
				return streetWords[nextWord(s.Text, t.End-s.Start)] // "Epifanio de los Santos Avenue" is in Manila, not Santos
			})
			toponyms = slices.DeleteFunc(toponyms, func(t geo.Toponym) bool {
				return slices.ContainsFunc(names, func(sp [2]int) bool {
					return t.Start >= sp[0] && t.End <= sp[1] && t.End-t.Start < sp[1]-sp[0]
				})
			})
		}
		for _, t := range toponyms {
			// Where the story happens counts for its focus: a town
			// or province, or any place after "in", "at", "near"...;
			// a country or a capital alone is as often an actor
			// ("Washington said", "the United States, Canada and
			// Brazil recognised Guaidó").
			if geo.Located(s.Text, t.Start-s.Start) || t.Place.Feature != "country" && !p.capital(t.Text) {
				tracker.Place(t.Place.Country, t.Start)
			}
		}
		events := p.coder.Code(event.Input{DocID: a.DocID, Sentence: s, Parse: parse, Date: a.Published, Coref: tracker,
			PlaceCountry: func(start, end int) string {
				if actor.Backed(s.Text[start-s.Start : end-s.Start]) {
					return "" // "Iran-backed militias" are not Iran's
				}
				for _, t := range toponyms {
					if t.Start >= start && t.End <= end {
						return t.Place.Country
					}
				}
				// a state the gazetteer no longer has: "targets across
				// Yugoslavia", "in the Soviet Union"
				txt := s.Text[start-s.Start : end-s.Start]
				for _, m := range p.actors.Find(txt, 0, a.Published) {
					if m.Kind == actor.KindCountry && m.End == len(txt) && !m.Adj && len(m.Actor.Roles) == 0 {
						return m.Actor.Country
					}
				}
				return ""
			}})
		// Temporal expressions are read only for sentences with events,
		// once per tense.
		var exprs map[when.Tense][]when.Expr
		placedSource := make([]bool, len(events)) // sources given a country by the place
		for j := range events {
			ev := &events[j]
			trigger := ev.Evidence.TriggerSpan[0]
			ev.Date, ev.DatePrecision = a.Published, dyad.PrecisionReported
			if hasPub {
				tense := when.Auto
				if ev.Modality == dyad.ModalityFuture {
					tense = when.Future
				}
				if exprs == nil {
					exprs = map[when.Tense][]when.Expr{}
				}
				x, ok := exprs[tense]
				if !ok {
					x = when.Find(s.Text, s.Start, pub, tense)
					exprs[tense] = x
				}
				if e, ok := when.EventDate(dating(inClause(x, parse, trigger), ev.Modality), trigger); ok && e.Date != "" {
					// The date field is always YYYY-MM-DD: a week,
					// month or year is dated by its first day, and
					// the precision says which.
					ev.Date, ev.DatePrecision = e.Time().Format(time.DateOnly), e.Precision
				}
			}
			ev.Place = geo.ActionPlace(placesOf(ev, events, toponyms, s, parse), s.Text, s.Start, trigger)
			if ev.Source != nil && ev.Source.Country == "" {
				placedSource[j] = true
			}
			partnerFirst(ev)
			if !venue(ev, ev.Source) {
				placeCountry(ev.Source, ev.Place)
			}
			homeFirst(ev)
			if !venue(ev, ev.Target) {
				placeCountry(ev.Target, ev.Place)
			}
			homeSource(ev)
			unknownPlaced(ev.Source, ev.Place)
			ethnicPlace(ev.Source, ev.Place)
			ethnicPlace(ev.Target, ev.Place)
			ethnicHome(ev)
			sharedCountry(ev)
			implicitTarget(ev)
			// The countries the story is about help place names that
			// later sentences leave ambiguous.
			for _, a := range []*dyad.Actor{ev.Source, ev.Target} {
				if a != nil && len(a.Country) == 3 {
					places.AddCountry(a.Country)
				}
			}
		}
		sameSpanCountry(events)
		definiteRoleCountry(events)
		// An actor placed where it acts may become its own target
		// ("King Abdullah met Sisi in Cairo", with the king's role
		// placed in Egypt): no event.
		kept := events[:0]
		for j, ev := range events {
			if placedSource[j] && ev.Target != nil && ev.Source.Code == ev.Target.Code && !strings.HasPrefix(ev.Source.Code, "---") {
				continue // but "the army arrested several officers" stays
			}
			if p.dyadic && !event.Dyadic(ev) {
				continue
			}
			kept = append(kept, ev)
		}
		events = kept
		c.Events = append(c.Events, events...)
		c.Entities = append(c.Entities, entities(parse, s.Index)...)
		for _, qi := range speakers[i] {
			p.speaker(c.Quotes[qi].Speaker, a.Published, tracker, s)
		}
	}
	c.Tone = tone.Score(a.Text())
	if c.Events == nil {
		c.Events = []dyad.Event{}
	}
	return c
}

// capital reports whether name is a capital or seat of power in the actor
// dictionaries.
func (p *Pipeline) capital(name string) bool {
	for _, m := range p.actors.Find(name, 0, "") {
		if m.Start == 0 && m.End == len(name) && (m.Kind == actor.KindCapital || m.Kind == actor.KindSeat) {
			return true
		}
	}
	return false
}

// placeCountry gives an actor named only by its role ("the president",
// "police", "Judge Rivera") the country of the place where the event
// happens: "President X threatened a curfew in Algiers" is Algeria's.
func placeCountry(a *dyad.Actor, p *dyad.Place) {
	if a == nil || p == nil || a.Country != "" || len(a.Roles) == 0 || len(p.Country) != 3 || !strings.HasPrefix(a.Code, "---") {
		return
	}
	if a.Foreign() {
		return // "expelled foreign aid agencies from Darfur": not Sudan's
	}
	a.SetCountry(p.Country)
}

// venue reports whether the event's place is where its party a met the
// other rather than where a belongs: talks, visits and agreements (roots
// 03 to 05) are held abroad as often as at home ("Ukraine and pro-Russian
// separatists signed a ceasefire in Minsk": the separatists are not
// Belarus's), unless the other side is of the place's country; crowds are
// where they live ("greeted by cheering crowds in Monrovia").
func venue(ev *dyad.Event, a *dyad.Actor) bool {
	if ev.Root < "03" || ev.Root > "05" || ev.Place == nil || a == nil || slices.ContainsFunc(a.Roles, func(r string) bool { return r == "CVL" }) {
		return false
	}
	for _, a := range []*dyad.Actor{ev.Source, ev.Target} {
		if a != nil && a.Country == ev.Place.Country {
			return false
		}
	}
	return true
}

// unknownPlaced gives an attacker the text does not name (an implicit
// "---") the country where the attack happened, as CAMEO coders do; the
// code stays "---": who it was is not known.
func unknownPlaced(a *dyad.Actor, p *dyad.Place) {
	if a == nil || p == nil || !a.Implicit || a.Code != "---" || a.Country != "" || len(p.Country) != 3 {
		return
	}
	a.Country = p.Country
}

// ethnicPlace codes an ethnic group by where the event puts it, as CAMEO
// codes ethnic groups by the country they live in: "Serb forces killed
// three ethnic Albanians in southern Serbia" is Serbia on Serbia.
func ethnicPlace(a *dyad.Actor, p *dyad.Place) {
	if a == nil || p == nil || len(p.Country) != 3 || len(a.Roles) > 0 || a.Country == p.Country || a.Code != a.Country {
		return
	}
	for _, w := range strings.Fields(strings.ToLower(a.Text)) {
		if w == "ethnic" {
			a.Country, a.Code = p.Country, p.Country
			return
		}
	}
}

// ethnicHome gives an ethnic target the country of a state body that acts
// on it where the sentence names no place: "Serbian police arrested an
// ethnic Albanian man" acts in Serbia, on a man of Serbia.
func ethnicHome(ev *dyad.Event) {
	if ev.Place != nil || ev.Source == nil || len(ev.Source.Country) != 3 || !slices.ContainsFunc(ev.Source.Roles, func(r string) bool {
		return r == "GOV" || r == "MIL" || r == "COP" || r == "JUD" || r == "SPY"
	}) {
		return
	}
	ethnicPlace(ev.Target, &dyad.Place{Country: ev.Source.Country})
}

// domesticRoots are the CAMEO roots of acts mostly done at home: yielding,
// investigating, protesting and coercing.
var domesticRoots = map[string]bool{"08": true, "09": true, "14": true, "17": true}

// sharedCountry gives the target of a domestic act (domesticRoots, any
// act of police on protesters or civilians, any act of rebels or the
// opposition on the state), named only by its role and where no place
// says otherwise, the country of a state source: in "Algerian landowners
// protested outside Parliament" the parliament is Algeria's; in
// "Egyptian police arrested demonstrators" the demonstrators are
// Egyptian. The source is never given the target's country: "protesters
// stormed the French embassy" are not French.
func sharedCountry(ev *dyad.Event) {
	judgeAtHome(ev)
	if roleOnlyTarget(ev) && (domesticRoots[ev.Root] || atHome(ev.Source, ev.Target)) {
		giveSourceCountry(ev)
	}
}

// roleOnlyTarget reports whether the event has a source and a target that
// its words named only by a role, of no country yet ("---GOV").
func roleOnlyTarget(ev *dyad.Event) bool {
	a := ev.Target
	return a != nil && ev.Source != nil && a.Country == "" && len(a.Roles) > 0 && strings.HasPrefix(a.Code, "---") && !a.Foreign()
}

// atHome reports whether source and target, the target named only by its
// role, face each other at home: police on protesters or civilians
// ("Egyptian police opened fire on demonstrators"), a state or its
// government on the opposition or the legislature ("Stroessner rejected
// opposition demands"), rebels and the opposition on their own state
// ("rebels in the Ivory Coast dismissed an appeal from President Gbagbo",
// "Colombian rebels kidnapped two soldiers"), and so do unions ("the
// labour union threatened a strike unless the government reversed").
func atHome(src, a *dyad.Actor) bool {
	policing := slices.Contains(src.Roles, "COP") && slices.ContainsFunc(a.Roles, func(r string) bool {
		return r == "OPP" || r == "CVL" || r == "REB" || r == "INS" || r == "UAF" || r == "CRM" // ("Kenyan police killed three militants")
	})
	// a state, or its government, facing "the opposition" or "Congress"
	// ("rejected opposition demands", "vetoed a bill passed by
	// Congress"): its own
	ruling := (slices.Equal(a.Roles, []string{"OPP"}) || slices.Equal(a.Roles, []string{"LEG"})) && (len(src.Roles) == 0 && src.Code == src.Country ||
		slices.ContainsFunc(src.Roles, func(r string) bool { return r == "GOV" || r == "LEG" || r == "JUD" || r == "PTY" }))
	challenge := slices.ContainsFunc(src.Roles, func(r string) bool { return r == "REB" || r == "OPP" || r == "INS" || r == "SEP" || r == "LAB" }) &&
		slices.ContainsFunc(a.Roles, func(r string) bool { return r == "GOV" || r == "MIL" || r == "COP" || r == "LEG" || r == "JUD" })
	return policing || challenge || ruling
}

// armyOnCrowds reports whether an army source faces a crowd of no
// country ("the Revolutionary Guards warned protesters", "soldiers were
// shooting at people"): its own people, unless the event is placed abroad.
func armyOnCrowds(ev *dyad.Event) bool {
	src, a := ev.Source, ev.Target
	if !slices.Contains(src.Roles, "MIL") || len(a.Roles) == 0 || slices.ContainsFunc(a.Roles, func(r string) bool { return r != "OPP" && r != "CVL" }) {
		return false
	}
	return ev.Place == nil || ev.Place.Country == "" || ev.Place.Country == src.Country
}

// homeFirst gives a role-only target facing its source at home (atHome)
// the source's country before any place can: "Colombian rebels kidnapped
// two soldiers near the border with Venezuela" took Colombian soldiers.
func homeFirst(ev *dyad.Event) {
	if roleOnlyTarget(ev) && (atHome(ev.Source, ev.Target) || armyOnCrowds(ev)) {
		giveSourceCountry(ev)
	}
}

// homeSource gives a source named only by a state role the country of the
// people of one state it acts on, where no place gave it one: police,
// courts and governments act at home ("police arrested Kenyan opposition
// leaders"), and so do armies that arrest or detain ("the military
// detained leaders of Myanmar's ruling party": 17); an army that fights may
// be abroad.
func homeSource(ev *dyad.Event) {
	src, tg := ev.Source, ev.Target
	if src == nil || tg == nil || src.Country != "" || !strings.HasPrefix(src.Code, "---") || len(src.Roles) == 0 || src.Foreign() || !dyad.National(tg.Country) || strings.HasPrefix(tg.Code, "IGO") || strings.HasPrefix(tg.Code, "NGO") {
		return
	}
	if !slices.ContainsFunc(tg.Roles, func(r string) bool { return domesticRoles[r] }) {
		return // not "the army killed three Pakistani soldiers"
	}
	switch {
	case slices.ContainsFunc(src.Roles, func(r string) bool { return r == "COP" || r == "JUD" }):
	case slices.Contains(src.Roles, "MIL") && ev.Root == "17":
	default:
		return
	}
	src.SetCountry(tg.Country)
}

// domesticRoles are the roles of a state's own people that its police,
// courts and forces act on.
var domesticRoles = map[string]bool{"OPP": true, "PTY": true, "CVL": true, "GOV": true, "LEG": true, "JUD": true, "MED": true, "EDU": true, "LAB": true, "BUS": true, "REL": true, "ELI": true}

// sameSpanCountry gives an actor named only by its role the country that
// the same words got as an actor of another event of the sentence: "police
// fired tear gas at protesters who had blocked roads" had the protesters
// Hong Kong's as the police's target and of no country as the blockers.
func sameSpanCountry(events []dyad.Event) {
	known := map[dyad.Span]string{}
	for _, ev := range events {
		for _, a := range []*dyad.Actor{ev.Source, ev.Target} {
			if a != nil && dyad.National(a.Country) && a.Span[1] > a.Span[0] {
				known[a.Span] = a.Country
			}
		}
	}
	for _, ev := range events {
		for _, a := range []*dyad.Actor{ev.Source, ev.Target} {
			if a == nil || a.Country != "" || !strings.HasPrefix(a.Code, "---") || len(a.Roles) == 0 || a.Foreign() {
				continue
			}
			if c, ok := known[a.Span]; ok {
				a.SetCountry(c)
			}
		}
	}
}

// definiteRoleCountry gives an actor named only by a definite role ("the
// generals", "the militants") the country of the one actor of that role
// named earlier in the sentence, in another event: "called on Myanmar's
// military to release Suu Kyi and warned the generals that Washington
// could reimpose sanctions" warns Myanmar's generals.
func definiteRoleCountry(events []dyad.Event) {
	for i := range events {
		for _, a := range []*dyad.Actor{events[i].Source, events[i].Target} {
			if a == nil || a.Country != "" || !strings.HasPrefix(a.Code, "---") || len(a.Roles) == 0 || a.Foreign() || !strings.HasPrefix(strings.ToLower(a.Text), "the ") {
				continue
			}
			country := ""
			for j, ev := range events {
				for _, b := range []*dyad.Actor{ev.Source, ev.Target} {
					if j == i || b == nil || !dyad.National(b.Country) || b.Span[1] > a.Span[0] || !slices.Equal(b.Roles, a.Roles) {
						continue
					}
					if country != "" && country != b.Country {
						country = "-" // two countries: no antecedent
					} else if country == "" {
						country = b.Country
					}
				}
			}
			if len(country) == 3 {
				a.SetCountry(country)
			}
		}
	}
}

// partnerFirst gives a role-only rebel or opposition source of a joint act
// with a state's government, forces or police the state's country before
// any place can: "the Liberian government and the rebels signed a
// ceasefire in Accra" took Ghanaian rebels.
func partnerFirst(ev *dyad.Event) {
	if ev.Source == nil || ev.Target == nil || !strings.HasPrefix(ev.Evidence.Pattern, "mutual(") {
		return
	}
	for _, pair := range [2][2]*dyad.Actor{{ev.Source, ev.Target}, {ev.Target, ev.Source}} {
		side, state := pair[0], pair[1]
		if side.Country != "" || !strings.HasPrefix(side.Code, "---") || side.Foreign() || !dyad.National(state.Country) {
			continue
		}
		bareState := len(state.Roles) == 0 && state.Code == state.Country && slices.ContainsFunc(side.Roles, func(r string) bool {
			return r == "REB" || r == "OPP" || r == "INS" || r == "SEP"
		}) // "Ukraine and pro-Russian separatists signed a ceasefire in Minsk"
		if atHome(side, state) || bareState { // rebels or the opposition, facing the state
			side.SetCountry(state.Country)
		}
	}
}

// giveSourceCountry gives the role-only target the country of a state
// source.
func giveSourceCountry(ev *dyad.Event) {
	a, src := ev.Target, ev.Source
	c := src.Country
	if !dyad.National(c) || strings.HasPrefix(src.Code, "IGO") || strings.HasPrefix(src.Code, "NGO") {
		return
	}
	a.SetCountry(c)
}

// judgeAtHome gives a judge or court named only by its role, who
// investigates, charges or sentences (roots 09, 17, 116) people of one
// state, that state's country: "Judge Rivera opened investigations
// against 28 Chilean officials". International courts are named, and so
// coded IGO.
func judgeAtHome(ev *dyad.Event) {
	src, tg := ev.Source, ev.Target
	if src == nil || tg == nil || src.Country != "" || !slices.Contains(src.Roles, "JUD") || ev.Root != "09" && ev.Root != "17" && ev.CAMEO != "116" {
		return
	}
	if len(tg.Country) != 3 || strings.HasPrefix(tg.Code, "IGO") || strings.HasPrefix(tg.Code, "NGO") {
		return
	}
	src.SetCountry(tg.Country)
}

// implicitRoles maps the CAMEO codes whose target is understood when the
// text names none to the role of that target: a protest is addressed to
// the government (CAMEO 14); a curfew, a ban, a state of emergency, or
// their easing fall on the people where they are declared (0811-0814,
// 082, 1721-1724), as do threats of them (1321-1324), and violent
// repression on the people where it happens (175: "police stormed a
// protest camp"). Longest prefix first.
var implicitRoles = map[string]string{
	"14": "GOV", "081": "CVL", "082": "CVL", "172": "CVL", "132": "CVL", "175": "CVL",
}

// implicitTarget gives an event that names no target the one CAMEO
// understands for its code (implicitRoles; and the government, for a
// ceasefire rebels declare), in the country where it takes place, or else
// the source's own country; aid delivered abroad with no recipient named
// goes to the country where it is delivered. The target is marked
// implicit.
func implicitTarget(ev *dyad.Event) {
	if ev.Target != nil || ev.Source == nil || ev.Negated {
		return
	}
	role := ""
	for n := len(ev.CAMEO); n >= 2 && role == ""; n-- {
		role = implicitRoles[ev.CAMEO[:n]]
	}
	if ev.CAMEO == "0871" && slices.ContainsFunc(ev.Source.Roles, func(r string) bool { return r == "REB" || r == "SEP" || r == "INS" }) {
		role = "GOV" // "Tamil Tiger rebels declared a unilateral ceasefire": toward the government they fight
	}
	if ev.Root == "07" && ev.Place != nil && len(ev.Place.Country) == 3 && ev.Place.Country != ev.Source.Country && !strings.HasPrefix(ev.Source.Code, "NGO") {
		// "China delivered tents and blankets to Islamabad for the flood's
		// victims", the city read as where: aid goes to the country where
		// it is delivered
		c := ev.Place.Country
		ev.Target = &dyad.Actor{Code: c, Country: c, Roles: []string{}, Known: true, Implicit: true}
		return
	}
	if role == "" {
		return
	}
	country := ev.Source.Country
	if ev.Place != nil && len(ev.Place.Country) == 3 {
		country = ev.Place.Country
	}
	if len(country) != 3 || strings.HasPrefix(country, "IGO") || country == "NGO" || strings.HasPrefix(ev.Source.Code, "IGO") || strings.HasPrefix(ev.Source.Code, "NGO") {
		return
	}
	ev.Target = &dyad.Actor{Code: country + role, Country: country, Roles: []string{role}, Known: true, Implicit: true}
}

// dating drops the temporal expressions that cannot date an event of the
// given modality: deadlines ("by 2030", "until June", "within a week") tell
// when something is due, not when it was said or done, and a time after
// publication cannot date an act reported as done.
func dating(exprs []when.Expr, modality string) []when.Expr {
	var out []when.Expr
	for _, e := range exprs {
		switch {
		case e.Prep == "by" || e.Prep == "until" || e.Prep == "till" || e.Prep == "within":
		case e.Future && modality != dyad.ModalityFuture:
		default:
			out = append(out, e)
		}
	}
	return out
}

// inClause keeps the temporal expressions that the parse attaches to the
// clause of the trigger at byte offset trigger, or to a clause linked to it
// as a complement or conjunct ("said on Monday it would meet"): "sanctions
// imposed since 2018" does not date a demand.
func inClause(exprs []when.Expr, p *nlp.Sentence, trigger int) []when.Expr {
	trig := tokenAt(p, trigger)
	if trig < 0 {
		return exprs
	}
	chain := map[int]bool{}
	for v := trig; v >= 0; v = p.Tokens[v].Head {
		chain[v] = true
		if r := p.Tokens[v].Rel; r != "xcomp" && r != "ccomp" && r != "conj" && r != "advcl" {
			break
		}
	}
	var out []when.Expr
	for _, e := range exprs {
		k := tokenAt(p, e.Start)
		if k < 0 {
			out = append(out, e)
			continue
		}
		// Climb out of the expression, then to the verb that governs it.
		for h := p.Tokens[k].Head; h >= 0 && p.Tokens[h].Start < e.End && p.Tokens[h].End > e.Start; h = p.Tokens[k].Head {
			k = h
		}
		g := p.Tokens[k].Head
		for g >= 0 && p.Tokens[g].UPOS != "VERB" {
			g = p.Tokens[g].Head
		}
		if g < 0 || chain[g] || governs(p, trig, g) {
			out = append(out, e)
		}
	}
	return out
}

// governs reports whether verb v governs verb g through complements and
// conjuncts ("agreed to meet on Monday").
func governs(p *nlp.Sentence, v, g int) bool {
	for u := g; u >= 0; u = p.Tokens[u].Head {
		if u == v {
			return true
		}
		if r := p.Tokens[u].Rel; r != "xcomp" && r != "ccomp" && r != "conj" {
			return false
		}
	}
	return false
}

// tokenAt returns the index of the token that holds byte offset off, or -1.
func tokenAt(p *nlp.Sentence, off int) int {
	for i, t := range p.Tokens {
		if t.Start <= off && off < t.End {
			return i
		}
	}
	return -1
}

// flatNames returns the byte spans of the multi-word names the parse
// groups with "flat" ("Wa Lone", "Los Angeles Times").
func flatNames(p *nlp.Sentence) [][2]int {
	spans := map[int][2]int{} // by head: first and last token
	for k, u := range p.Tokens {
		if h := u.Head; h >= 0 && h < len(p.Tokens) && strings.HasPrefix(u.Rel, "flat") {
			sp, ok := spans[h]
			if !ok {
				sp = [2]int{h, h}
			}
			spans[h] = [2]int{min(sp[0], k), max(sp[1], k)}
		}
	}
	var out [][2]int
	for _, sp := range spans {
		out = append(out, [2]int{p.Tokens[sp[0]].Start, p.Tokens[sp[1]].End})
	}
	return out
}

// streetWords end the names of streets, squares and bridges, which may
// hold a town's name ("Paris Street", "Santos Avenue").
var streetWords = map[string]bool{
	"Avenue": true, "Street": true, "Road": true, "Boulevard": true, "Square": true, "Bridge": true,
	"Highway": true, "Lane": true, "Stadium": true, "Roundabout": true,
}

// nextWord returns the word that follows text[i:] after spaces, or "".
func nextWord(text string, i int) string {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	j := i
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
		j++
	}
	return text[i:j]
}

// personNames returns the spans of the names of people of two words or
// more that the entity recogniser found.
func personNames(p *nlp.Sentence) [][2]int {
	var out [][2]int
	for k := 0; k < len(p.Tokens); k++ {
		if p.Tokens[k].Ent != "B-PERSON" {
			continue
		}
		e := k
		for e+1 < len(p.Tokens) && p.Tokens[e+1].Ent == "I-PERSON" {
			e++
		}
		if e > k {
			out = append(out, [2]int{p.Tokens[k].Start, p.Tokens[e].End})
		}
		k = e
	}
	return out
}

// placesOf returns the toponyms that can be an event's place: a place
// that names the source or target ("called on the United States"), its
// own or that of the same act toward another ("sold arms to Chile, Peru
// and Bolivia": Chile is no place of the sale to Peru), is not
// where the event happened, unless a locative preposition says it is
// ("arrived in Washington").
func placesOf(ev *dyad.Event, all []dyad.Event, toponyms []geo.Toponym, s dyad.Sentence, p *nlp.Sentence) []geo.Toponym {
	var out []geo.Toponym
	for _, t := range toponyms {
		party := overlaps(t, ev.Source) || overlaps(t, ev.Target)
		for i := range all {
			if all[i].Evidence.TriggerSpan == ev.Evidence.TriggerSpan { // the same act toward several
				party = party || overlaps(t, all[i].Source) || overlaps(t, all[i].Target)
			}
		}
		if (party || actsIn(p, t)) && !geo.Located(s.Text, t.Start-s.Start) && !locatedPhrase(p, t) {
			continue
		}
		if v := reportedAt(p, t); v >= 0 && tokenAt(p, ev.Evidence.TriggerSpan[0]) != v {
			continue // "..., his spokesman said in Moscow": where it was said, not where it happened
		}
		out = append(out, t)
	}
	return out
}

// reportedAt returns the reporting verb ("said", "told") whose place
// phrase the place name heads ("his spokesman said in Moscow"), or -1.
func reportedAt(p *nlp.Sentence, t geo.Toponym) int {
	k := nameHead(p, t)
	if k < 0 {
		return -1
	}
	v := p.Tokens[k].Head
	if p.Tokens[k].Rel != "obl" || v < 0 || v >= len(p.Tokens) {
		return -1
	}
	switch strings.ToLower(p.Tokens[v].Lemma) {
	case "say", "tell", "add":
		return v // (not "announced in Beijing after talks there")
	}
	return -1
}

// nameHead returns the token that heads place name t in the parse ("New
// Delhi" → "Delhi"), or -1 when no token starts the name.
func nameHead(p *nlp.Sentence, t geo.Toponym) int {
	k := tokenAt(p, t.Start)
	for k >= 0 {
		h := p.Tokens[k].Head
		if h < 0 || p.Tokens[h].Start < t.Start || p.Tokens[h].Start >= t.End {
			break
		}
		k = h
	}
	return k
}

// actsIn reports whether the parse makes a place name an argument of a
// verb — a subject, an object, a possessor — so that it stands for a
// government ("before Tehran reverses its steps"), not for a location.
func actsIn(p *nlp.Sentence, t geo.Toponym) bool {
	k := tokenAt(p, t.Start)
	if k < 0 {
		return false
	}
	argument := func(k int) bool {
		switch p.Tokens[k].Rel {
		case "nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss":
			return true
		}
		return false
	}
	if argument(nameHead(p, t)) { // "asked the United States"
		return true
	}
	for h := p.Tokens[k].Head; h >= 0 && p.Tokens[h].Start < t.End; h = p.Tokens[k].Head {
		k = h // or of a phrase before it that holds it: "sanctions on North Korea"
	}
	return argument(k)
}

// locatedPhrase reports whether the parse puts a place name inside a
// phrase of location, with words between them that the words before it
// do not let Located see through: "from a boarding school in Nigeria's
// Katsina state", "near the Chechen capital Grozny".
func locatedPhrase(p *nlp.Sentence, t geo.Toponym) bool {
	k := tokenAt(p, t.Start)
	for n := 0; k >= 0 && n < 4; n++ {
		for _, c := range p.Children(k) {
			if tk := p.Tokens[c]; tk.Rel == "case" && c < k && geo.Locative(strings.ToLower(tk.Text)) {
				return true
			}
		}
		switch p.Tokens[k].Rel {
		case "compound", "flat", "nmod:poss", "appos", "amod":
			k = p.Tokens[k].Head
		default:
			return false
		}
	}
	return false
}

func overlaps(t geo.Toponym, a *dyad.Actor) bool {
	return a != nil && a.Span[1] > a.Span[0] && t.Start < a.Span[1] && a.Span[0] < t.End
}

// speaker resolves a quote's speaker to a coded actor: through the
// dictionaries, or for a pronoun or a short reference ("the minister")
// through the actors the article named before.
func (p *Pipeline) speaker(sp *dyad.Actor, date string, tracker *actor.Tracker, s dyad.Sentence) {
	text, span := sp.Text, sp.Span
	as := resolver{p.actors, p.gazette}.Resolve(text, span[0], date)
	if len(as) == 0 || as[0].Country == "" {
		if a, ok := tracker.Refer(text, span[0]); ok {
			as = []dyad.Actor{a}
		}
	}
	if (len(as) == 0 || as[0].Country == "") && span[0] >= s.Start && span[0] < s.End {
		// "said Mick Mulroy, the Pentagon's former official, in ...":
		// the appositive the quote finder dropped tells who he is.
		rest := s.Text[span[0]-s.Start:]
		if i := strings.IndexByte(rest, ','); i >= 0 {
			if j := strings.IndexByte(rest[i+1:], ','); j >= 0 {
				rest = rest[:i+1+j]
			}
			if more := (resolver{p.actors, p.gazette}).Resolve(rest, span[0], date); len(more) > 0 && more[0].Country != "" {
				as = more[:1]
			}
		}
	}
	if len(as) > 0 {
		*sp = as[0]
		sp.Text, sp.Span = text, span
		tracker.Observe(*sp, "")
	}
	if sp.Roles == nil {
		sp.Roles = []string{}
	}
}

// sentenceAt returns the index of the sentence that holds byte offset off.
func sentenceAt(ss []dyad.Sentence, off int) int {
	for i, s := range ss {
		if off < s.End {
			return i
		}
	}
	return len(ss) - 1
}

// entities turns the parse's named entities into article entities.
func entities(p *nlp.Sentence, sentence int) []dyad.Entity {
	var out []dyad.Entity
	for _, e := range p.Entities() {
		typ := e.Type
		if typ == "GPE" {
			typ = dyad.EntityLocation
		}
		out = append(out, dyad.Entity{Text: e.Text, Type: typ, Span: dyad.Span{e.Start, e.End}, Sentence: sentence})
	}
	return out
}

func publication(date string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, date)
	return t, err == nil
}

// Result is one document's outcome from Run: a coded article or an error
// naming the document.
type Result struct {
	Doc   *dyad.Document
	Coded *dyad.Coded
	Err   error
}

// Run codes documents with the given number of workers (0: one per CPU)
// and yields the results in input order. Errors from the source are passed
// through as results.
func (p *Pipeline) Run(ctx context.Context, docs iter.Seq2[*dyad.Document, error], workers int) iter.Seq[Result] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return func(yield func(Result) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		type job struct {
			doc *dyad.Document
			err error
			out chan Result
		}
		jobs := make(chan job)
		order := make(chan chan Result, workers*4)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					if j.err != nil {
						j.out <- Result{Err: j.err}
						continue
					}
					c, err := p.Code(j.doc)
					j.out <- Result{Doc: j.doc, Coded: c, Err: err}
				}
			}()
		}
		go func() {
			defer close(order)
			defer close(jobs)
			for d, err := range docs {
				out := make(chan Result, 1)
				select {
				case order <- out:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- job{doc: d, err: err, out: out}:
				case <-ctx.Done():
					return
				}
			}
		}()
		defer wg.Wait()
		for out := range order {
			select {
			case r := <-out:
				if !yield(r) {
					cancel()
					for range order {
					}
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}
}

// Describe returns a short description of a document for messages.
func Describe(d *dyad.Document) string {
	if d == nil {
		return ""
	}
	if d.Origin != "" && !strings.Contains(d.Origin, d.ID) {
		return d.ID + " (" + d.Origin + ")"
	}
	if d.Origin != "" {
		return d.Origin
	}
	return d.ID
}

// Verb is a verb of a document that no event pattern knows.
type Verb struct {
	Lemma    string
	Sentence string
}

// UnknownVerbs returns the verbs of a document whose lemma triggers no
// pattern, in order, for dictionary work.
func (p *Pipeline) UnknownVerbs(d *dyad.Document) ([]Verb, error) {
	a, err := article.Extract(d)
	if err != nil {
		return nil, err
	}
	var out []Verb
	for _, s := range segment.Split(a) {
		parse := p.nlp.Parse(s.Text, s.Start)
		for _, v := range parse.Verbs() {
			l := strings.ToLower(parse.Tokens[v].Lemma)
			if l == "be" || l == "have" || l == "do" || l == "say" || p.coder.Patterns.HasVerb(l) {
				continue
			}
			out = append(out, Verb{Lemma: l, Sentence: s.Text})
		}
	}
	return out, nil
}

// resolver resolves noun phrases through the dictionaries and, failing
// that, reports the unknown names a phrase holds, so that events with
// actors no dictionary knows are still coded and surfaced.
type resolver struct {
	d *actor.Dictionary
	g *geo.Gazetteer
}

// IsPlace reports whether name is a capital or a city rather than an
// actor: the dictionaries list it as a capital, or the gazetteer knows it
// as a city and the dictionaries do not know it as a country.
func (r resolver) IsPlace(name string) bool {
	for _, m := range r.d.Find(name, 0, "") {
		if m.Start == 0 && m.End == len(name) {
			return m.Kind == "capital"
		}
	}
	if r.g == nil {
		return false
	}
	c := r.g.Lookup(name)
	return len(c) > 0 && c[0].Feature == "city"
}

// Resolve returns the actors a phrase names, known or not, leaving out
// places taken for unknown names.
func (r resolver) Resolve(phrase string, base int, date string) []dyad.Actor {
	if as := r.d.Resolve(phrase, base, date); len(as) > 0 {
		out := as[:0:0]
		for _, a := range as {
			if !a.Known && a.Name != "" && len(a.Roles) == 0 && r.g != nil && r.unknownPlace(a.Name) {
				continue // "Cartagena": where, not who; but "the Nigerian Union of Teachers" is a union
			}
			out = append(out, a)
		}
		return out
	}
	var out []dyad.Actor
	for _, m := range r.d.Unknown(phrase, base, date) {
		if r.g != nil && r.unknownPlace(m.Text) {
			continue // "Cartagena", "the Black Sea": where, not who
		}
		out = append(out, m.Actor)
	}
	return out
}

// featureWords end the names of geographic features.
var featureWords = map[string]bool{
	"sea": true, "ocean": true, "river": true, "gulf": true, "strait": true, "straits": true,
	"bay": true, "lake": true, "mountains": true, "mountain": true, "valley": true,
	"desert": true, "peninsula": true, "island": true, "islands": true, "canal": true,
	"province": true, "region": true, "district": true, "county": true,
	"strip": true, "heights": true, "corridor": true, "border": true,
	"square": true, "street": true, "airport": true, "port": true, "bridge": true,
	"avenue": true, "road": true, "boulevard": true, "highway": true, "roundabout": true, "stadium": true,
}

// unknownPlace reports whether a name no dictionary knows is a place the
// gazetteer knows or the name of a geographic feature.
func (r resolver) unknownPlace(name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	f := strings.Fields(name)
	if len(f) > 0 && featureWords[strings.ToLower(f[len(f)-1])] {
		return true
	}
	return len(r.g.Lookup(name)) > 0
}
