package storetest

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
)

// builder makes a Coded article from paragraphs of sentences, computing
// the byte offsets that dyad's spans are made of.
type builder struct {
	c *dyad.Coded
}

// newArticle returns a builder for an article whose paragraphs are the
// given sentences joined by single spaces.
func newArticle(id, published string, paragraphs ...[]string) *builder {
	c := &dyad.Coded{Article: dyad.Article{
		ID: id, DocID: "doc-" + id, Title: "Title of " + id, Author: "Author of " + id,
		Site: "site.example", URL: "https://site.example/" + id, Published: published,
	}}
	off := 0
	for p, sents := range paragraphs {
		if p > 0 {
			off++ // the "\n" between paragraphs
		}
		c.Article.Paragraphs = append(c.Article.Paragraphs, strings.Join(sents, " "))
		for i, s := range sents {
			if i > 0 {
				off++ // the space between sentences
			}
			c.Sentences = append(c.Sentences, dyad.Sentence{
				Index: len(c.Sentences), Paragraph: p, Start: off, End: off + len(s), Text: s,
			})
			off += len(s)
		}
	}
	if got := c.Article.Text(); len(got) != off {
		panic(fmt.Sprintf("storetest: fixture %s: text length %d, offsets reach %d", id, len(got), off))
	}
	return &builder{c: c}
}

// span returns the span of the first occurrence of text in the article,
// searching from sentence i on.
func (b *builder) span(i int, text string) dyad.Span {
	body := b.c.Article.Text()
	from := b.c.Sentences[i].Start
	j := strings.Index(body[from:], text)
	if j < 0 {
		panic(fmt.Sprintf("storetest: fixture %s: %q not in the text after sentence %d", b.c.Article.ID, text, i))
	}
	return dyad.Span{from + j, from + j + len(text)}
}

// actor makes an actor named by text, located from sentence i on.
func (b *builder) actor(i int, text, code, country string, known bool, roles ...string) *dyad.Actor {
	if roles == nil {
		roles = []string{}
	}
	return &dyad.Actor{Text: text, Code: code, Country: country, Roles: roles, Span: b.span(i, text), Known: known}
}

// event adds an event coded from sentence i. The pattern name labels the
// event in the suite's expectations.
func (b *builder) event(pattern string, i int, cameo string, quad int, goldstein float64, plover string,
	src, tgt *dyad.Actor, date, trigger string) *dyad.Event {
	prec := dyad.PrecisionDay
	if date == "" {
		prec = ""
	}
	b.c.Events = append(b.c.Events, dyad.Event{
		DocID: b.c.Article.DocID, Sentence: i, CAMEO: cameo, Root: cameo[:2], Quad: quad, Goldstein: goldstein,
		PLOVER: plover, Source: src, Target: tgt, Date: date, DatePrecision: prec,
		Modality: dyad.ModalityAsserted,
		Evidence: dyad.Evidence{Trigger: trigger, Pattern: pattern, SentenceText: b.c.Sentences[i].Text,
			TriggerSpan: b.span(i, trigger)},
	})
	return &b.c.Events[len(b.c.Events)-1]
}

// quote adds a quote of text in sentence i.
func (b *builder) quote(i int, text string, speaker *dyad.Actor, partial bool) {
	b.c.Quotes = append(b.c.Quotes, dyad.Quote{Text: text, Span: b.span(i, text), Sentence: i, Speaker: speaker, Partial: partial})
}

// entity adds an entity named in sentence i.
func (b *builder) entity(i int, text, typ, code string) {
	b.c.Entities = append(b.c.Entities, dyad.Entity{Text: text, Type: typ, Span: b.span(i, text), Sentence: i, Code: code})
}

// Fixtures returns the suite's test articles, new on every call. Their
// events are labelled by Evidence.Pattern: "a0", "a1", ... Newest first,
// the events are c1 c2 a2 c0 a1 a0 b0 b1 b2.
func Fixtures() []*dyad.Coded {
	// Article A: the most fields set, two dates.
	a := newArticle("art-a", "2021-06-22",
		[]string{
			"Iran's president-elect rejected talks with the United States on Monday.",
			`He urged Washington to rejoin the "nuclear deal" — «soon».`,
		},
		[]string{`"We will respond to any attack," said Hossein Amiri, a spokesman.`},
	)
	raisi := a.actor(0, "Iran's president-elect", "IRNGOV", "IRN", true, "GOV")
	raisi.Name = "Ebrahim Raisi"
	e := a.event("a0", 0, "125", 3, -5, "REJECT", raisi, a.actor(0, "the United States", "USA", "USA", true), "2021-06-21", "rejected")
	e.PLOVERMode = "meet"
	e.Place = &dyad.Place{Name: "Tehran", Country: "IRN", Lat: 35.6892, Lon: 51.389, ADM1: "IR26", FIPS: "IR", Feature: "city"}
	he := a.actor(1, "He", "IRNGOV", "IRN", true, "GOV")
	he.Name = "Ebrahim Raisi"
	e = a.event("a1", 1, "021", 1, 3.4, "APPEAL", he, a.actor(1, "Washington", "USAGOV", "USA", true, "GOV"), "2021-06-22", "urged")
	e.Modality = dyad.ModalityReported
	e.Goldstein = 0.1 + 0.2 // not a short decimal: floats must round-trip exactly
	amiri := a.actor(2, "Hossein Amiri", "", "", false)
	e = a.event("a2", 2, "138", 3, -7, "THREATEN", amiri, nil, "2021-07-01", "respond")
	e.Modality = dyad.ModalityFuture
	e.DatePrecision = dyad.PrecisionReported
	a.quote(2, "We will respond to any attack,", a.actor(2, "Hossein Amiri", "", "", false), false)
	a.quote(1, "nuclear deal", a.actor(1, "He", "IRNGOV", "IRN", true, "GOV"), true)
	a.entity(0, "Iran", dyad.EntityLocation, "IRN")
	a.entity(0, "United States", dyad.EntityLocation, "USA")
	a.entity(1, "Washington", dyad.EntityLocation, "USA")
	a.entity(2, "Hossein Amiri", dyad.EntityPerson, "")
	a.c.Tone = dyad.Tone{Tone: -1.5, Positive: 2, Negative: 3.5, Polarity: 5.5, ActivityDensity: 20.125,
		SelfGroupDensity: 1.2, WordCount: 27}

	// Article B: an event without target, date or place; a quote without
	// speaker; punctuation in the text.
	b := newArticle("art-b", "2021-06-15",
		[]string{"Houthi rebels fired missiles into Saudi Arabia, officials said."},
		[]string{
			"Saudi forces struck back at the rebels near Sanaa.",
			`Later, the militia (unnamed) claimed the attack; "it was revenge", a statement said.`,
		},
	)
	houthis := b.actor(0, "Houthi rebels", "YEMREB", "YEM", true, "REB")
	houthis.Name = "Houthis"
	e = b.event("b0", 0, "190", 4, -10, "ASSAULT", houthis, b.actor(0, "Saudi Arabia", "SAU", "SAU", true), "2021-06-14", "fired")
	e.Place = &dyad.Place{Name: "Saudi Arabia", Country: "SAU", Lat: 24, Lon: 45, Feature: "country"}
	e = b.event("b1", 1, "193", 4, -10, "ASSAULT", b.actor(1, "Saudi forces", "SAUMIL", "SAU", true, "MIL"),
		b.actor(1, "the rebels", "YEMREB", "YEM", true, "REB"), "2021-06-14", "struck")
	sanaa := b.span(1, "Sanaa")
	e.Place = &dyad.Place{Name: "Sanaa", Country: "YEM", Lat: 15.3547, Lon: 44.2066, ADM1: "YM26", Feature: "city", Span: &sanaa}
	e = b.event("b2", 2, "173", 4, -5, "COERCE", b.actor(2, "the militia", "", "", false), nil, "", "claimed")
	e.Negated = true
	e.Modality = dyad.ModalityHypothetical
	b.quote(2, "it was revenge", nil, false)
	b.quote(2, "it was revenge", b.actor(2, "the militia", "", "", false), true)
	b.entity(0, "Houthi", dyad.EntityOrg, "YEMREB")
	b.entity(0, "Saudi Arabia", dyad.EntityLocation, "SAU")
	b.entity(1, "Sanaa", dyad.EntityLocation, "YEM")
	b.c.Tone = dyad.Tone{Tone: -8, Negative: 8, Polarity: 8, ActivityDensity: 25, WordCount: 30}

	// Article C: two events in one sentence on one day; diacritics.
	c := newArticle("art-c", "2021-07-02",
		[]string{"Israeli jets hit Iranian targets in Syria overnight."},
		[]string{"The strikes drew protests from the militia at a café in Damascus."},
	)
	e = c.event("c0", 0, "195", 4, -10, "ASSAULT", c.actor(0, "Israeli jets", "ISRMIL", "ISR", true, "MIL"),
		c.actor(0, "Iranian targets", "IRNMIL", "IRN", true, "MIL"), "2021-07-01", "hit")
	e.PLOVERMode = "aerial"
	e.Place = &dyad.Place{Name: "Syria", Country: "SYR", Lat: 35, Lon: 38, Feature: "country"}
	e = c.event("c1", 1, "141", 3, -6.5, "PROTEST", c.actor(1, "the militia", "", "", false),
		c.actor(0, "Israeli", "ISR", "ISR", true), "2021-07-02", "protests")
	e.PLOVERMode = "demo"
	c.event("c2", 1, "112", 3, -2, "ACCUSE", c.actor(1, "the militia", "", "", false),
		c.actor(1, "Damascus", "", "", false), "2021-07-02", "drew")
	c.entity(1, "Damascus", dyad.EntityLocation, "SYR")
	c.c.Tone = dyad.Tone{Tone: -3.25, Positive: 1, Negative: 4.25, Polarity: 5.25, ActivityDensity: 18, SelfGroupDensity: 0, WordCount: 21}

	return []*dyad.Coded{a.c, b.c, c.c}
}

// bulk returns an article with n events on n days, for paging limits.
func bulk(id string, n int) *dyad.Coded {
	b := newArticle(id, "2020-01-01", []string{"Protesters marched on the ministry."})
	for i := range n {
		b.event(fmt.Sprint("bulk", i), 0, "141", 3, -6.5, "PROTEST", b.actor(0, "Protesters", "FRAOPP", "FRA", true, "OPP"),
			b.actor(0, "the ministry", "FRAGOV", "FRA", true, "GOV"), fmt.Sprintf("2020-%02d-%02d", 1+i/28%12, 1+i%28), "marched")
	}
	return b.c
}
