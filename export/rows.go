package export

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// The row types below are the flat tables `dyad export` writes as CSV and
// Parquet (and, but for events, as JSONL). Column names are the json tags,
// which the parquet tags repeat; a CSV file's header row lists them in
// field order. Optional columns (pointers) are empty in CSV, null in JSON
// and Parquet when there is no value: a missing actor's span, a place
// without coordinates. Roles are joined with ";".

// EventRow is one event as a flat row.
type EventRow struct {
	EventID       int64    `json:"event_id" parquet:"event_id"`
	ArticleID     string   `json:"article_id" parquet:"article_id"`
	DocID         string   `json:"doc_id" parquet:"doc_id"`
	Sentence      int64    `json:"sentence" parquet:"sentence"`
	Date          string   `json:"date" parquet:"date"`
	DatePrecision string   `json:"date_precision" parquet:"date_precision"`
	CAMEO         string   `json:"cameo" parquet:"cameo"`
	Root          string   `json:"root" parquet:"root"`
	Quad          int64    `json:"quad" parquet:"quad"`
	Goldstein     float64  `json:"goldstein" parquet:"goldstein"`
	PLOVER        string   `json:"plover" parquet:"plover"`
	PLOVERMode    string   `json:"plover_mode" parquet:"plover_mode"`
	SourceText    string   `json:"source_text" parquet:"source_text"`
	SourceCode    string   `json:"source_code" parquet:"source_code"`
	SourceCountry string   `json:"source_country" parquet:"source_country"`
	SourceName    string   `json:"source_name" parquet:"source_name"`
	SourceRoles   string   `json:"source_roles" parquet:"source_roles"`
	SourceKnown   *bool    `json:"source_known" parquet:"source_known,optional"`
	SourceStart   *int64   `json:"source_start" parquet:"source_start,optional"`
	SourceEnd     *int64   `json:"source_end" parquet:"source_end,optional"`
	TargetText    string   `json:"target_text" parquet:"target_text"`
	TargetCode    string   `json:"target_code" parquet:"target_code"`
	TargetCountry string   `json:"target_country" parquet:"target_country"`
	TargetName    string   `json:"target_name" parquet:"target_name"`
	TargetRoles   string   `json:"target_roles" parquet:"target_roles"`
	TargetKnown   *bool    `json:"target_known" parquet:"target_known,optional"`
	TargetStart   *int64   `json:"target_start" parquet:"target_start,optional"`
	TargetEnd     *int64   `json:"target_end" parquet:"target_end,optional"`
	PlaceName     string   `json:"place_name" parquet:"place_name"`
	PlaceCountry  string   `json:"place_country" parquet:"place_country"`
	PlaceLat      *float64 `json:"place_lat" parquet:"place_lat,optional"`
	PlaceLon      *float64 `json:"place_lon" parquet:"place_lon,optional"`
	PlaceADM1     string   `json:"place_adm1" parquet:"place_adm1"`
	PlaceFIPS     string   `json:"place_fips" parquet:"place_fips"`
	PlaceFeature  string   `json:"place_feature" parquet:"place_feature"`
	Negated       bool     `json:"negated" parquet:"negated"`
	Modality      string   `json:"modality" parquet:"modality"`
	Trigger       string   `json:"trigger" parquet:"trigger"`
	TriggerStart  int64    `json:"trigger_start" parquet:"trigger_start"`
	TriggerEnd    int64    `json:"trigger_end" parquet:"trigger_end"`
	Pattern       string   `json:"pattern" parquet:"pattern"`
	SentenceText  string   `json:"sentence_text" parquet:"sentence_text"`
}

// NewEventRow flattens an event. id is its EventID.
func NewEventRow(e *dyad.Event, id int64) EventRow {
	r := EventRow{
		EventID: id, ArticleID: e.ArticleID, DocID: e.DocID, Sentence: int64(e.Sentence),
		Date: e.Date, DatePrecision: e.DatePrecision,
		CAMEO: e.CAMEO, Root: e.Root, Quad: int64(e.Quad), Goldstein: e.Goldstein, PLOVER: e.PLOVER, PLOVERMode: e.PLOVERMode,
		Negated: e.Negated, Modality: e.Modality,
		Trigger: e.Evidence.Trigger, TriggerStart: int64(e.Evidence.TriggerSpan[0]), TriggerEnd: int64(e.Evidence.TriggerSpan[1]),
		Pattern: e.Evidence.Pattern, SentenceText: e.Evidence.SentenceText,
	}
	if a := e.Source; a != nil {
		r.SourceText, r.SourceCode, r.SourceCountry, r.SourceName, r.SourceRoles = a.Text, a.Code, a.Country, a.Name, strings.Join(a.Roles, ";")
		r.SourceKnown, r.SourceStart, r.SourceEnd = ptr(a.Known), ptr(int64(a.Span[0])), ptr(int64(a.Span[1]))
	}
	if a := e.Target; a != nil {
		r.TargetText, r.TargetCode, r.TargetCountry, r.TargetName, r.TargetRoles = a.Text, a.Code, a.Country, a.Name, strings.Join(a.Roles, ";")
		r.TargetKnown, r.TargetStart, r.TargetEnd = ptr(a.Known), ptr(int64(a.Span[0])), ptr(int64(a.Span[1]))
	}
	if p := e.Place; p != nil {
		r.PlaceName, r.PlaceCountry, r.PlaceADM1, r.PlaceFIPS, r.PlaceFeature = p.Name, p.Country, p.ADM1, p.FIPS, p.Feature
		r.PlaceLat, r.PlaceLon = ptr(p.Lat), ptr(p.Lon)
	}
	return r
}

// MentionRow is where an event is said: one row per event with its
// article, sentence, trigger and the spans of its actors and place, after
// GDELT 2.0's Mentions table (MentionIdentifier is URL, SentenceID
// Sentence, the *CharOffset columns the spans, MentionDocLen DocLen,
// MentionDocTone DocTone). Spans are byte offsets into the article's body
// text.
type MentionRow struct {
	EventID      int64   `json:"event_id" parquet:"event_id"`
	ArticleID    string  `json:"article_id" parquet:"article_id"`
	DocID        string  `json:"doc_id" parquet:"doc_id"`
	URL          string  `json:"url" parquet:"url"`
	Site         string  `json:"site" parquet:"site"`
	Published    string  `json:"published" parquet:"published"`
	Sentence     int64   `json:"sentence" parquet:"sentence"`
	SentenceText string  `json:"sentence_text" parquet:"sentence_text"`
	InLead       bool    `json:"in_lead" parquet:"in_lead"`
	CAMEO        string  `json:"cameo" parquet:"cameo"`
	Trigger      string  `json:"trigger" parquet:"trigger"`
	TriggerStart int64   `json:"trigger_start" parquet:"trigger_start"`
	TriggerEnd   int64   `json:"trigger_end" parquet:"trigger_end"`
	Pattern      string  `json:"pattern" parquet:"pattern"`
	SourceText   string  `json:"source_text" parquet:"source_text"`
	SourceStart  *int64  `json:"source_start" parquet:"source_start,optional"`
	SourceEnd    *int64  `json:"source_end" parquet:"source_end,optional"`
	TargetText   string  `json:"target_text" parquet:"target_text"`
	TargetStart  *int64  `json:"target_start" parquet:"target_start,optional"`
	TargetEnd    *int64  `json:"target_end" parquet:"target_end,optional"`
	PlaceName    string  `json:"place_name" parquet:"place_name"`
	PlaceStart   *int64  `json:"place_start" parquet:"place_start,optional"`
	PlaceEnd     *int64  `json:"place_end" parquet:"place_end,optional"`
	Negated      bool    `json:"negated" parquet:"negated"`
	Modality     string  `json:"modality" parquet:"modality"`
	DocLen       int64   `json:"doc_len" parquet:"doc_len"`
	DocTone      float64 `json:"doc_tone" parquet:"doc_tone"`
}

// NewMentionRow makes the mention row of an event of article c. id is
// the event's EventID.
func NewMentionRow(c *dyad.Coded, e *dyad.Event, id int64) MentionRow {
	a := &c.Article
	r := MentionRow{
		EventID: id, ArticleID: a.ID, DocID: e.DocID, URL: a.URL, Site: a.Site, Published: a.Published,
		Sentence: int64(e.Sentence), SentenceText: e.Evidence.SentenceText, InLead: isRootEvent(c.Sentences, e.Sentence),
		CAMEO: e.CAMEO, Trigger: e.Evidence.Trigger, TriggerStart: int64(e.Evidence.TriggerSpan[0]), TriggerEnd: int64(e.Evidence.TriggerSpan[1]),
		Pattern: e.Evidence.Pattern, Negated: e.Negated, Modality: e.Modality,
		DocLen: int64(textLen(a)), DocTone: c.Tone.Tone,
	}
	if e.ArticleID != "" {
		r.ArticleID = e.ArticleID
	}
	if r.SentenceText == "" {
		for i := range c.Sentences {
			if c.Sentences[i].Index == e.Sentence {
				r.SentenceText = c.Sentences[i].Text
				break
			}
		}
	}
	if s := e.Source; s != nil {
		r.SourceText, r.SourceStart, r.SourceEnd = s.Text, ptr(int64(s.Span[0])), ptr(int64(s.Span[1]))
	}
	if t := e.Target; t != nil {
		r.TargetText, r.TargetStart, r.TargetEnd = t.Text, ptr(int64(t.Span[0])), ptr(int64(t.Span[1]))
	}
	if p := e.Place; p != nil {
		r.PlaceName = p.Name
		if p.Span != nil {
			r.PlaceStart, r.PlaceEnd = ptr(int64(p.Span[0])), ptr(int64(p.Span[1]))
		}
	}
	return r
}

// textLen is len(a.Text()) without building the text.
func textLen(a *dyad.Article) int {
	n := 0
	for i, p := range a.Paragraphs {
		if i > 0 {
			n++
		}
		n += len(p)
	}
	return n
}

// QuoteRow is one quotation with its speaker.
type QuoteRow struct {
	ArticleID      string `json:"article_id" parquet:"article_id"`
	DocID          string `json:"doc_id" parquet:"doc_id"`
	Quote          int64  `json:"quote" parquet:"quote"`
	Sentence       int64  `json:"sentence" parquet:"sentence"`
	Text           string `json:"text" parquet:"text"`
	Start          int64  `json:"start" parquet:"start"`
	End            int64  `json:"end" parquet:"end"`
	Partial        bool   `json:"partial" parquet:"partial"`
	SpeakerText    string `json:"speaker_text" parquet:"speaker_text"`
	SpeakerCode    string `json:"speaker_code" parquet:"speaker_code"`
	SpeakerCountry string `json:"speaker_country" parquet:"speaker_country"`
	SpeakerName    string `json:"speaker_name" parquet:"speaker_name"`
	SpeakerRoles   string `json:"speaker_roles" parquet:"speaker_roles"`
	SpeakerKnown   *bool  `json:"speaker_known" parquet:"speaker_known,optional"`
	SpeakerStart   *int64 `json:"speaker_start" parquet:"speaker_start,optional"`
	SpeakerEnd     *int64 `json:"speaker_end" parquet:"speaker_end,optional"`
}

// NewQuoteRow flattens the i-th quote of article c.
func NewQuoteRow(c *dyad.Coded, i int) QuoteRow {
	q := &c.Quotes[i]
	r := QuoteRow{
		ArticleID: c.Article.ID, DocID: c.Article.DocID, Quote: int64(i), Sentence: int64(q.Sentence),
		Text: q.Text, Start: int64(q.Span[0]), End: int64(q.Span[1]), Partial: q.Partial,
	}
	if s := q.Speaker; s != nil {
		r.SpeakerText, r.SpeakerCode, r.SpeakerCountry, r.SpeakerName, r.SpeakerRoles = s.Text, s.Code, s.Country, s.Name, strings.Join(s.Roles, ";")
		r.SpeakerKnown, r.SpeakerStart, r.SpeakerEnd = ptr(s.Known), ptr(int64(s.Span[0])), ptr(int64(s.Span[1]))
	}
	return r
}

// EntityRow is one named person, organisation or location.
type EntityRow struct {
	ArticleID string `json:"article_id" parquet:"article_id"`
	DocID     string `json:"doc_id" parquet:"doc_id"`
	Sentence  int64  `json:"sentence" parquet:"sentence"`
	Text      string `json:"text" parquet:"text"`
	Type      string `json:"type" parquet:"type"`
	Start     int64  `json:"start" parquet:"start"`
	End       int64  `json:"end" parquet:"end"`
	Code      string `json:"code" parquet:"code"`
}

// NewEntityRow flattens the i-th entity of article c.
func NewEntityRow(c *dyad.Coded, i int) EntityRow {
	en := &c.Entities[i]
	return EntityRow{
		ArticleID: c.Article.ID, DocID: c.Article.DocID, Sentence: int64(en.Sentence),
		Text: en.Text, Type: en.Type, Start: int64(en.Span[0]), End: int64(en.Span[1]), Code: en.Code,
	}
}

// ArticleRow is one article: its metadata, tone, what was coded from it
// (counts) and its body text (paragraphs joined by "\n").
type ArticleRow struct {
	ArticleID        string  `json:"article_id" parquet:"article_id"`
	DocID            string  `json:"doc_id" parquet:"doc_id"`
	Title            string  `json:"title" parquet:"title"`
	Author           string  `json:"author" parquet:"author"`
	Site             string  `json:"site" parquet:"site"`
	URL              string  `json:"url" parquet:"url"`
	Published        string  `json:"published" parquet:"published"`
	Paragraphs       int64   `json:"paragraphs" parquet:"paragraphs"`
	Sentences        int64   `json:"sentences" parquet:"sentences"`
	Events           int64   `json:"events" parquet:"events"`
	Quotes           int64   `json:"quotes" parquet:"quotes"`
	Entities         int64   `json:"entities" parquet:"entities"`
	Tone             float64 `json:"tone" parquet:"tone"`
	TonePositive     float64 `json:"tone_positive" parquet:"tone_positive"`
	ToneNegative     float64 `json:"tone_negative" parquet:"tone_negative"`
	TonePolarity     float64 `json:"tone_polarity" parquet:"tone_polarity"`
	ActivityDensity  float64 `json:"activity_density" parquet:"activity_density"`
	SelfGroupDensity float64 `json:"self_group_density" parquet:"self_group_density"`
	WordCount        int64   `json:"word_count" parquet:"word_count"`
	Text             string  `json:"text" parquet:"text"`
}

// NewArticleRow flattens an article.
func NewArticleRow(c *dyad.Coded) ArticleRow {
	a, t := &c.Article, &c.Tone
	return ArticleRow{
		ArticleID: a.ID, DocID: a.DocID, Title: a.Title, Author: a.Author, Site: a.Site, URL: a.URL, Published: a.Published,
		Paragraphs: int64(len(a.Paragraphs)), Sentences: int64(len(c.Sentences)), Events: int64(len(c.Events)),
		Quotes: int64(len(c.Quotes)), Entities: int64(len(c.Entities)),
		Tone: t.Tone, TonePositive: t.Positive, ToneNegative: t.Negative, TonePolarity: t.Polarity,
		ActivityDensity: t.ActivityDensity, SelfGroupDensity: t.SelfGroupDensity, WordCount: int64(t.WordCount),
		Text: a.Text(),
	}
}

func ptr[T any](v T) *T { return &v }
