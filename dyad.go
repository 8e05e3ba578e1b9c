// Package dyad holds the data types that every stage of the dyad event
// coder shares: the raw Document a source yields, the Article the extractor
// makes of it, its Sentences, and the coded Events with their Actors, Places
// and Evidence.
//
// Data moves forward only:
//
//	source ─► article ─► segment/nlp ─► actor ─► event ─► when/geo ─► store ─► server/export
//
// Each stage lives in its own package and depends on this one; this package
// depends on none of them. The JSON field names are a contract that other
// tools rely on (see ../shared/DESIGN.md): change them only by adding fields.
package dyad

import "strings"

// Input kinds accepted by Document.Kind and the --input flag.
const (
	KindAuto  = "auto"
	KindText  = "text"
	KindHTML  = "html"
	KindJSONL = "jsonl"
)

// Document is one raw input before extraction: a file, a URL, a line of a
// JSONL batch or stdin.
type Document struct {
	// ID names the document in output and in error messages. For JSONL
	// input it is the "id" field; otherwise it is derived from the path or
	// URL.
	ID string `json:"id"`
	// Origin says where the document came from, for error messages:
	// a path, a URL, "path:line 12" or "-".
	Origin string `json:"origin,omitempty"`
	// URL is the page's address, if known.
	URL string `json:"url,omitempty"`
	// Title is a title supplied with the document (JSONL "title").
	Title string `json:"title,omitempty"`
	// Date is the publication date supplied with the document, YYYY-MM-DD.
	Date string `json:"date,omitempty"`
	// Kind is KindText or KindHTML once known; KindAuto lets the
	// extractor decide.
	Kind string `json:"kind,omitempty"`
	// ContentType is the HTTP Content-Type of a fetched page, which may
	// name its charset.
	ContentType string `json:"content_type,omitempty"`
	// Body holds the raw bytes: HTML or plain text, in any charset.
	Body []byte `json:"-"`
}

// Article is a document as dyad sees it before coding: its metadata and the
// paragraphs of its body text. Text joins the paragraphs with "\n"; all spans
// in dyad are byte offsets into Text.
type Article struct {
	// ID is a stable identifier derived from the body text, so that the
	// same article ingested twice is stored once.
	ID string `json:"id"`
	// DocID is the Document's ID.
	DocID string `json:"doc_id"`
	// Title, Author and Site come from metadata or the page itself.
	Title  string `json:"title"`
	Author string `json:"author"`
	Site   string `json:"site"`
	URL    string `json:"url"`
	// Published is the publication date, YYYY-MM-DD, or "" if unknown.
	Published string `json:"published"`
	// Paragraphs are the body paragraphs in order, page furniture removed.
	Paragraphs []string `json:"paragraphs"`
}

// Sentence is one sentence of an article's body text.
type Sentence struct {
	// Index counts sentences from 0 in article order.
	Index int `json:"index"`
	// Paragraph is the index of the paragraph that holds the sentence.
	Paragraph int `json:"paragraph"`
	// Start and End are byte offsets into the article's Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the sentence itself, Text == article.Text()[Start:End].
	Text string `json:"text"`
}

// Span is a half-open byte range [start, end) into an article's Text. It
// encodes in JSON as a two-element array.
type Span [2]int

// Actor is the source or target of an event, as named in the text and as
// resolved against the actor dictionaries.
type Actor struct {
	// Text is the words of the sentence that name the actor.
	Text string `json:"text"`
	// Code is the CAMEO actor code, such as "IRNGOV" or "USA".
	Code string `json:"code"`
	// Country is ISO 3166-1 alpha-3, or a CAMEO code where the actor has
	// no country (IGO, NGO, a region).
	Country string `json:"country"`
	// Roles are CAMEO role codes such as "GOV", "MIL", "REB". Never nil.
	Roles []string `json:"roles"`
	// Name is the canonical name of a known person or organisation.
	Name string `json:"name,omitempty"`
	// Span locates Text in the article's Text.
	Span Span `json:"span"`
	// Known is false for an actor that no dictionary knows.
	Known bool `json:"known"`
	// Implicit is true for an actor the text does not name but CAMEO's
	// conventions supply: the government of the country where a protest
	// without a named target takes place. Text is then empty.
	Implicit bool `json:"implicit,omitempty"`
}

// Foreign reports whether the actor's own words call it foreign ("foreign
// aid agencies", "foreign troops") or name a state's mission abroad ("the
// embassy", "staff at the consulate", which are not the host's): no place
// it is in gives it a country.
func (a Actor) Foreign() bool {
	t := strings.ToLower(a.Text)
	if strings.HasPrefix(t, "foreign ") {
		return true
	}
	for _, w := range strings.Fields(t) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ",."), "'s"), "’s")
		switch w {
		case "embassy", "embassies", "consulate", "consulates", "legation":
			return true
		}
	}
	return false
}

// National reports whether c is a state's country code: three letters,
// not the "IGO" and "NGO" that international and non-governmental bodies
// stand for in the country fields, nor "---": such a body lends no country
// to the people it names ("Amnesty accused the police" are no NGO's police).
func National(c string) bool { return len(c) == 3 && c != "IGO" && c != "NGO" && c != "---" }

// SetCountry gives an actor that its words named only by a role ("the
// president", code "---GOV") the country c that the context supplies: its
// Country becomes c and its code c's ("CHLGOV").
func (a *Actor) SetCountry(c string) {
	a.Country = c
	a.Code = c + strings.TrimPrefix(a.Code, "---")
}

// Place is where an event happened.
type Place struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	// ADM1 is the first-level division code, if known.
	ADM1 string `json:"adm1,omitempty"`
	// FIPS is the FIPS 10-4 country code GDELT uses, if known.
	FIPS string `json:"fips,omitempty"`
	// Feature is "country", "adm1" or "city".
	Feature string `json:"feature,omitempty"`
	// Span locates the place name in the article's Text, if it is named.
	Span *Span `json:"span,omitempty"`
}

// Evidence tells why an event was coded: the pattern that matched, the
// words that triggered it and the sentence they stand in.
type Evidence struct {
	Trigger      string `json:"trigger"`
	Pattern      string `json:"pattern"`
	SentenceText string `json:"sentence_text"`
	TriggerSpan  Span   `json:"trigger_span"`
}

// Modality values for Event.Modality.
const (
	ModalityAsserted     = "asserted"
	ModalityFuture       = "future"
	ModalityHypothetical = "hypothetical"
	ModalityConditional  = "conditional"
	ModalityQuestion     = "question"
	ModalityReported     = "reported"
)

// Date precisions for Event.DatePrecision.
const (
	PrecisionDay      = "day"
	PrecisionMonth    = "month"
	PrecisionYear     = "year"
	PrecisionReported = "reported"
)

// Event is one coded event: who did what to whom, when and where, with the
// sentence that says so. Its JSON form is the output contract of
// `dyad code --format jsonl`.
type Event struct {
	DocID string `json:"doc_id"`
	// ArticleID is set when the event comes from a store.
	ArticleID string `json:"article_id,omitempty"`
	// Sentence is the index of the sentence in the article.
	Sentence int `json:"sentence"`
	// CAMEO is the event code, Root its two-digit root.
	CAMEO string `json:"cameo"`
	Root  string `json:"root"`
	// Quad is the QuadClass (1 verbal cooperation .. 4 material conflict).
	Quad int `json:"quad"`
	// Goldstein is the code's Goldstein scale value, -10 to +10.
	Goldstein float64 `json:"goldstein"`
	// PLOVER is the PLOVER event type, PLOVERMode its mode.
	PLOVER     string `json:"plover"`
	PLOVERMode string `json:"plover_mode"`
	Source     *Actor `json:"source"`
	Target     *Actor `json:"target"`
	// Date is YYYY-MM-DD; DatePrecision one of the Precision constants.
	Date          string `json:"date"`
	DatePrecision string `json:"date_precision"`
	Place         *Place `json:"place"`
	Negated       bool   `json:"negated"`
	// Modality is one of the Modality constants.
	Modality string   `json:"modality"`
	Evidence Evidence `json:"evidence"`
}

// Text returns the article's body text: its paragraphs joined by "\n". Every
// span in dyad is a byte offset into this text.
func (a *Article) Text() string {
	return strings.Join(a.Paragraphs, "\n")
}

// Quote is a direct quotation in an article with the actor who said it.
type Quote struct {
	// Text is the quoted words without the quotation marks.
	Text string `json:"text"`
	// Span locates Text in the article's Text.
	Span Span `json:"span"`
	// Sentence is the index of the sentence where the quote starts.
	Sentence int `json:"sentence"`
	// Speaker is who said it: the words naming the speaker and, where
	// resolved, the actor's codes. Nil when no speaker was found.
	Speaker *Actor `json:"speaker"`
	// Partial is true for a quoted phrase inside a sentence of reported
	// speech, such as called the programme “non-negotiable”.
	Partial bool `json:"partial"`
}

// Entity types for Entity.Type.
const (
	EntityPerson   = "PERSON"
	EntityOrg      = "ORG"
	EntityLocation = "LOC"
)

// Entity is a named person, organisation or location in an article.
type Entity struct {
	Text     string `json:"text"`
	Type     string `json:"type"`
	Span     Span   `json:"span"`
	Sentence int    `json:"sentence"`
	// Code is the actor code or the place's country, where resolved.
	Code string `json:"code,omitempty"`
}

// Tone is a lexicon score of a text in the manner of GDELT's V1.5 tone.
type Tone struct {
	// Tone is Positive minus Negative.
	Tone float64 `json:"tone"`
	// Positive and Negative are the percentages of words that are
	// positive or negative.
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	// Polarity is Positive plus Negative: how emotionally charged.
	Polarity float64 `json:"polarity"`
	// ActivityDensity is the percentage of words that are active verbs.
	ActivityDensity float64 `json:"activity_density"`
	// SelfGroupDensity is the percentage of words that are pronouns of
	// self or group (I, we, our...).
	SelfGroupDensity float64 `json:"self_group_density"`
	WordCount        int     `json:"word_count"`
}

// Coded is one article with everything dyad found in it. It is the unit that
// the pipeline hands to stores and exporters.
type Coded struct {
	Article   Article    `json:"article"`
	Sentences []Sentence `json:"sentences"`
	Events    []Event    `json:"events"`
	Quotes    []Quote    `json:"quotes"`
	Entities  []Entity   `json:"entities"`
	Tone      Tone       `json:"tone"`
}
