package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
	_ "github.com/dyadproject/dyad/store/sqlite"
)

// article builds a coded article from paragraphs of sentences, with the
// byte offsets dyad's spans are made of.
type article struct{ c *dyad.Coded }

func newTestArticle(id, published string, tone float64, paragraphs ...[]string) *article {
	c := &dyad.Coded{
		Article: dyad.Article{ID: id, DocID: "doc-" + id, Title: "Title of " + id, Site: "site.example",
			URL: "https://site.example/" + id, Published: published},
		Sentences: []dyad.Sentence{}, Events: []dyad.Event{}, Quotes: []dyad.Quote{}, Entities: []dyad.Entity{},
		Tone: dyad.Tone{Tone: tone, Positive: 1, Negative: 1 - tone, WordCount: 40},
	}
	off := 0
	for p, sents := range paragraphs {
		if p > 0 {
			off++
		}
		c.Article.Paragraphs = append(c.Article.Paragraphs, strings.Join(sents, " "))
		for i, s := range sents {
			if i > 0 {
				off++
			}
			c.Sentences = append(c.Sentences, dyad.Sentence{Index: len(c.Sentences), Paragraph: p, Start: off, End: off + len(s), Text: s})
			off += len(s)
		}
	}
	return &article{c: c}
}

func (b *article) span(i int, text string) dyad.Span {
	body := b.c.Article.Text()
	from := b.c.Sentences[i].Start
	j := strings.Index(body[from:], text)
	if j < 0 {
		panic(fmt.Sprintf("%q not in article %s after sentence %d", text, b.c.Article.ID, i))
	}
	return dyad.Span{from + j, from + j + len(text)}
}

func (b *article) actor(i int, text, code, country string, roles ...string) *dyad.Actor {
	if roles == nil {
		roles = []string{}
	}
	return &dyad.Actor{Text: text, Code: code, Country: country, Roles: roles, Span: b.span(i, text), Known: true}
}

func (b *article) event(i int, cameo, trigger, date string, src, tgt *dyad.Actor, place *dyad.Place) *dyad.Event {
	root := cameo[:2]
	b.c.Events = append(b.c.Events, dyad.Event{
		DocID: b.c.Article.DocID, Sentence: i, CAMEO: cameo, Root: root, Quad: 3, Goldstein: -4.5,
		PLOVER: "ACCUSE", PLOVERMode: "", Source: src, Target: tgt, Date: date, DatePrecision: dyad.PrecisionDay,
		Place: place, Modality: dyad.ModalityAsserted,
		Evidence: dyad.Evidence{Trigger: trigger, Pattern: cameo + ".test", SentenceText: b.c.Sentences[i].Text, TriggerSpan: b.span(i, trigger)},
	})
	return &b.c.Events[len(b.c.Events)-1]
}

// fixtures returns three articles: events on several dates, one sentence
// with two identical events, a missing target and place, a negated event,
// quotes with and without speaker, entities, and text with commas, quotes
// and a tab for CSV.
func fixtures() []*dyad.Coded {
	a := newTestArticle("art-a", "2021-06-22", -3.5,
		[]string{"Iran rejected talks with the United States, \"flatly\".", "Iran rejected talks with the United States."},
		[]string{"Israel accused Iran in Vienna.\tIt said so."})
	vienna := &dyad.Place{Name: "Vienna", Country: "AUT", Lat: 48.2085, Lon: 16.3721, FIPS: "AU", Feature: "city"}
	vs := a.span(2, "Vienna")
	vienna.Span = &vs
	a.event(0, "125", "rejected", "2021-06-21", a.actor(0, "Iran", "IRN", "IRN"), a.actor(0, "the United States", "USA", "USA"), nil)
	a.event(1, "125", "rejected", "2021-06-22", a.actor(1, "Iran", "IRN", "IRN"), a.actor(1, "the United States", "USA", "USA"), nil)
	// Two identical events in one sentence.
	a.event(1, "125", "rejected", "2021-06-22", a.actor(1, "Iran", "IRN", "IRN"), a.actor(1, "the United States", "USA", "USA"), nil)
	a.event(2, "112", "accused", "2021-06-20", a.actor(2, "Israel", "ISRGOV", "ISR", "GOV"), a.actor(2, "Iran", "IRN", "IRN"), vienna)
	a.c.Quotes = append(a.c.Quotes,
		dyad.Quote{Text: "flatly", Span: a.span(0, "flatly"), Sentence: 0, Speaker: a.actor(0, "Iran", "IRN", "IRN")},
		dyad.Quote{Text: "talks", Span: a.span(1, "talks"), Sentence: 1, Partial: true})
	a.c.Entities = append(a.c.Entities,
		dyad.Entity{Text: "Iran", Type: dyad.EntityLocation, Span: a.span(0, "Iran"), Sentence: 0, Code: "IRN"},
		dyad.Entity{Text: "Vienna", Type: dyad.EntityLocation, Span: vs, Sentence: 2, Code: "AUT"})

	b := newTestArticle("art-b", "2021-06-25", 1.25,
		[]string{"Saudi Arabia hosted envoys from Yemen."},
		[]string{"Officials said nothing.", "The Houthis did not attack Riyadh."})
	b.event(0, "042", "hosted", "2021-06-24", b.actor(0, "Saudi Arabia", "SAU", "SAU"), b.actor(0, "Yemen", "YEM", "YEM"),
		&dyad.Place{Name: "Saudi Arabia", Country: "SAU", Lat: 24, Lon: 45, FIPS: "SA", Feature: "country"})
	b.event(1, "010", "said", "", b.actor(1, "Officials", "---GOV", "", "GOV"), nil, nil)
	neg := b.event(2, "190", "attack", "2021-06-24", b.actor(2, "The Houthis", "YEMREB", "YEM", "REB"), nil, nil)
	neg.Negated = true
	b.c.Entities = append(b.c.Entities, dyad.Entity{Text: "Houthis", Type: dyad.EntityOrg, Span: b.span(2, "Houthis"), Sentence: 2, Code: "YEMREB"})

	c := newTestArticle("art-c", "2021-05-01", 0, []string{"Russia met China in Moscow."})
	c.event(0, "036", "met", "2021-05-01", c.actor(0, "Russia", "RUS", "RUS"), c.actor(0, "China", "CHN", "CHN"),
		&dyad.Place{Name: "Moscow", Country: "RUS", Lat: 55.7522, Lon: 37.6156, FIPS: "RS", Feature: "city"})
	// An article with no event is not exported.
	d := newTestArticle("art-d", "2021-05-02", 0, []string{"Nothing happened."})
	return []*dyad.Coded{a.c, b.c, c.c, d.c}
}

// testStore fills a SQLite store in a temporary folder.
func testStore(t testing.TB) (store.Store, []*dyad.Coded) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cs := fixtures()
	for _, c := range cs {
		if _, err := st.Put(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	return st, cs
}

// wantEvents returns the fixtures' events as rows, keyed by EventID.
func wantEvents(cs []*dyad.Coded) map[int64]EventRow {
	m := map[int64]EventRow{}
	for _, c := range cs {
		ids := EventIDs(c.Article.ID, c.Events)
		for i := range c.Events {
			e := c.Events[i]
			e.ArticleID = c.Article.ID
			m[ids[i]] = NewEventRow(&e, ids[i])
		}
	}
	return m
}

func export(t *testing.T, st store.Store, q store.Query, what, format string) ([]byte, int) {
	t.Helper()
	var b bytes.Buffer
	x := &Exporter{GDELT: GDELTOptions{Now: fixedNow, Countries: testCountries}, PageSize: 2}
	n, err := x.Export(context.Background(), st, q, what, format, &b)
	if err != nil {
		t.Fatalf("export %s as %s: %v", what, format, err)
	}
	return b.Bytes(), n
}

// readRows reads rows of type T back from an export.
func readRows[T any](t *testing.T, format string, data []byte) []T {
	t.Helper()
	switch format {
	case FormatParquet:
		rows, err := parquet.Read[T](bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("cannot read Parquet back: %v", err)
		}
		return rows
	case FormatCSV:
		return readCSV[T](t, data)
	case FormatJSONL:
		var rows []T
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r T
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
			}
			rows = append(rows, r)
		}
		return rows
	}
	t.Fatalf("no reader for %s", format)
	return nil
}

// readCSV reads a CSV export with encoding/csv into rows of type T, by
// header name.
func readCSV[T any](t *testing.T, data []byte) []T {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("cannot read CSV back: %v", err)
	}
	if len(recs) == 0 {
		t.Fatal("CSV has no header")
	}
	if want := Columns[T](); !slices.Equal(recs[0], want) {
		t.Fatalf("CSV header %v, want %v", recs[0], want)
	}
	cols := columnsOf(reflect.TypeFor[T]())
	var rows []T
	for _, rec := range recs[1:] {
		var r T
		v := reflect.ValueOf(&r).Elem()
		for i, c := range cols {
			setField(t, v.Field(c.index), rec[i])
		}
		rows = append(rows, r)
	}
	return rows
}

func setField(t *testing.T, f reflect.Value, s string) {
	t.Helper()
	if f.Kind() == reflect.Pointer {
		if s == "" {
			return
		}
		f.Set(reflect.New(f.Type().Elem()))
		f = f.Elem()
	}
	var err error
	switch f.Kind() {
	case reflect.String:
		f.SetString(s)
	case reflect.Int64:
		var n int64
		n, err = strconv.ParseInt(s, 10, 64)
		f.SetInt(n)
	case reflect.Float64:
		var x float64
		x, err = strconv.ParseFloat(s, 64)
		f.SetFloat(x)
	case reflect.Bool:
		var x bool
		x, err = strconv.ParseBool(s)
		f.SetBool(x)
	default:
		t.Fatalf("cannot set %s", f.Kind())
	}
	if err != nil {
		t.Fatalf("bad CSV value %q: %v", s, err)
	}
}

func TestExportEvents(t *testing.T) {
	st, cs := testStore(t)
	want := wantEvents(cs)
	for _, format := range []string{FormatCSV, FormatParquet} {
		t.Run(format, func(t *testing.T) {
			data, n := export(t, st, store.Query{}, WhatEvents, format)
			rows := readRows[EventRow](t, format, data)
			if n != len(want) || len(rows) != len(want) {
				t.Fatalf("wrote %d rows, read %d back, want %d", n, len(rows), len(want))
			}
			for _, r := range rows {
				w, ok := want[r.EventID]
				if !ok {
					t.Errorf("row with unknown event_id %d: %+v", r.EventID, r)
					continue
				}
				if !reflect.DeepEqual(r, w) {
					t.Errorf("event %d:\ngot  %+v\nwant %+v", r.EventID, r, w)
				}
			}
			// Newest first, as Store.Events.
			for i := 1; i < len(rows); i++ {
				if rows[i].Date > rows[i-1].Date {
					t.Errorf("row %d dated %s after %s", i, rows[i].Date, rows[i-1].Date)
				}
			}
		})
	}
	t.Run("jsonl", func(t *testing.T) {
		data, _ := export(t, st, store.Query{}, WhatEvents, FormatJSONL)
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		if len(lines) != len(want) {
			t.Fatalf("%d lines, want %d", len(lines), len(want))
		}
		for _, l := range lines {
			var e struct {
				EventID int64 `json:"event_id"`
				dyad.Event
			}
			if err := json.Unmarshal([]byte(l), &e); err != nil {
				t.Fatal(err)
			}
			w, ok := want[e.EventID]
			if !ok {
				t.Errorf("unknown event_id in %s", l)
				continue
			}
			if got := NewEventRow(&e.Event, e.EventID); !reflect.DeepEqual(got, w) {
				t.Errorf("event %d:\ngot  %+v\nwant %+v", e.EventID, got, w)
			}
			var m map[string]any
			json.Unmarshal([]byte(l), &m)
			for _, k := range []string{"doc_id", "article_id", "sentence", "cameo", "source", "target", "place", "evidence"} {
				if _, ok := m[k]; !ok {
					t.Errorf("contract field %q missing from %s", k, l)
				}
			}
		}
	})
}

func TestExportFilters(t *testing.T) {
	st, cs := testStore(t)
	all := wantEvents(cs)
	tests := []struct {
		name string
		q    store.Query
		want int
	}{
		{"all", store.Query{}, 8},
		{"country", store.Query{Country: "irn"}, 4},
		{"root", store.Query{Root: "12"}, 3},
		{"from-to", store.Query{From: "2021-06-21", To: "2021-06-22"}, 3},
		{"text", store.Query{Text: "Houthis"}, 1},
		{"article", store.Query{ArticleID: "art-b"}, 3},
		{"limit", store.Query{Limit: 3}, 3},
		{"offset", store.Query{Offset: 6}, 2},
		{"limit-offset", store.Query{Limit: 3, Offset: 2}, 3},
		{"none", store.Query{Country: "FRA"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, n := export(t, st, tt.q, WhatEvents, FormatCSV)
			rows := readRows[EventRow](t, FormatCSV, data)
			if n != tt.want || len(rows) != tt.want {
				t.Fatalf("wrote %d rows, read %d, want %d", n, len(rows), tt.want)
			}
			// A filter does not change an event's ID.
			for _, r := range rows {
				if w, ok := all[r.EventID]; !ok || !reflect.DeepEqual(r, w) {
					t.Errorf("filtered row differs from the unfiltered one: %+v", r)
				}
			}
		})
	}
}

func TestExportMentions(t *testing.T) {
	st, cs := testStore(t)
	ids := EventIDs(cs[0].Article.ID, cs[0].Events)
	for _, format := range []string{FormatJSONL, FormatCSV, FormatParquet} {
		t.Run(format, func(t *testing.T) {
			data, n := export(t, st, store.Query{ArticleID: "art-a"}, WhatMentions, format)
			rows := readRows[MentionRow](t, format, data)
			if n != 4 || len(rows) != 4 {
				t.Fatalf("wrote %d, read %d mentions, want 4", n, len(rows))
			}
			byID := map[int64]MentionRow{}
			for _, r := range rows {
				byID[r.EventID] = r
			}
			if len(byID) != 4 {
				t.Errorf("event IDs repeat: %v", rows)
			}
			body := cs[0].Article.Text()
			r, ok := byID[ids[3]]
			if !ok {
				t.Fatalf("no mention for event %d", ids[3])
			}
			want := MentionRow{
				EventID: ids[3], ArticleID: "art-a", DocID: "doc-art-a", URL: "https://site.example/art-a", Site: "site.example",
				Published: "2021-06-22", Sentence: 2, SentenceText: "Israel accused Iran in Vienna.\tIt said so.", InLead: false,
				CAMEO: "112", Trigger: "accused", Pattern: "112.test", SourceText: "Israel", TargetText: "Iran", PlaceName: "Vienna",
				Modality: "asserted", DocLen: int64(len(body)), DocTone: -3.5,
			}
			e := &cs[0].Events[3]
			want.TriggerStart, want.TriggerEnd = int64(e.Evidence.TriggerSpan[0]), int64(e.Evidence.TriggerSpan[1])
			want.SourceStart, want.SourceEnd = ptr(int64(e.Source.Span[0])), ptr(int64(e.Source.Span[1]))
			want.TargetStart, want.TargetEnd = ptr(int64(e.Target.Span[0])), ptr(int64(e.Target.Span[1]))
			want.PlaceStart, want.PlaceEnd = ptr(int64(e.Place.Span[0])), ptr(int64(e.Place.Span[1]))
			if !reflect.DeepEqual(r, want) {
				t.Errorf("mention:\ngot  %+v\nwant %+v", r, want)
			}
			if got := body[*r.PlaceStart:*r.PlaceEnd]; got != "Vienna" {
				t.Errorf("place span gives %q", got)
			}
			if !byID[ids[0]].InLead {
				t.Error("event of the first paragraph not in_lead")
			}
		})
	}
}

func TestExportArticleTables(t *testing.T) {
	st, cs := testStore(t)
	a, b := cs[0], cs[1]
	for _, format := range []string{FormatJSONL, FormatCSV, FormatParquet} {
		t.Run(format, func(t *testing.T) {
			data, n := export(t, st, store.Query{}, WhatQuotes, format)
			quotes := readRows[QuoteRow](t, format, data)
			wantQ := []QuoteRow{NewQuoteRow(a, 0), NewQuoteRow(a, 1)}
			if n != 2 || !reflect.DeepEqual(quotes, wantQ) {
				t.Errorf("quotes (%d written):\ngot  %+v\nwant %+v", n, quotes, wantQ)
			}
			if len(quotes) > 1 && (quotes[1].SpeakerKnown != nil || quotes[0].SpeakerKnown == nil || !*quotes[0].SpeakerKnown) {
				t.Errorf("speaker_known: want true, then null: %+v", quotes)
			}

			data, n = export(t, st, store.Query{}, WhatEntities, format)
			ents := readRows[EntityRow](t, format, data)
			// Articles in the order of their first event, newest first:
			// art-b (2021-06-24), then art-a.
			wantE := []EntityRow{NewEntityRow(b, 0), NewEntityRow(a, 0), NewEntityRow(a, 1)}
			if n != 3 || !reflect.DeepEqual(ents, wantE) {
				t.Errorf("entities (%d written):\ngot  %+v\nwant %+v", n, ents, wantE)
			}

			data, n = export(t, st, store.Query{}, WhatArticles, format)
			arts := readRows[ArticleRow](t, format, data)
			wantA := []ArticleRow{NewArticleRow(b), NewArticleRow(a), NewArticleRow(cs[2])}
			if n != 3 || !reflect.DeepEqual(arts, wantA) {
				t.Errorf("articles (%d written):\ngot  %+v\nwant %+v", n, arts, wantA)
			}
			if len(arts) > 1 && (arts[1].Text != a.Article.Text() || arts[1].Events != 4) {
				t.Errorf("article row: text %q, %d events", arts[1].Text, arts[1].Events)
			}

			data, n = export(t, st, store.Query{Country: "FRA"}, WhatArticles, format)
			if rows := readRows[ArticleRow](t, format, data); n != 0 || len(rows) != 0 {
				t.Errorf("no match: %d rows", len(rows))
			}
		})
	}
}

// TestExportGDELT checks that the records exported from a store are those
// `dyad code --format gdelt` writes for the same articles.
func TestExportGDELT(t *testing.T) {
	st, cs := testStore(t)
	data, n := export(t, st, store.Query{}, WhatEvents, FormatGDELT)
	got := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	want := strings.Split(strings.TrimSuffix(writeGDELT(t, GDELTOptions{Now: fixedNow, Countries: testCountries}, cs...), "\n"), "\n")
	if n != 7 || len(got) != 7 {
		t.Fatalf("wrote %d, got %d records, want 7 (the negated event left out)", n, len(got))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("store export and code path differ:\n%s\nvs\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, l := range got {
		if f := strings.Split(l, "\t"); len(f) != 61 {
			t.Errorf("%d fields: %q", len(f), l)
		}
	}
}

func TestExportErrors(t *testing.T) {
	st, _ := testStore(t)
	tests := []struct {
		what, format string
		q            store.Query
		usage        bool
		param        string
	}{
		{"places", "csv", store.Query{}, true, ""},
		{"events", "xml", store.Query{}, true, ""},
		{"quotes", "gdelt", store.Query{}, true, ""},
		{"events", "csv", store.Query{Country: "IR"}, false, "country"},
		{"events", "csv", store.Query{From: "2021-07-01", To: "2021-06-01"}, false, "to"},
		{"events", "csv", store.Query{Offset: -1}, false, "offset"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		err := ExportStore(context.Background(), st, tt.q, tt.what, tt.format, &b)
		if err == nil {
			t.Errorf("%s %s %+v: no error", tt.what, tt.format, tt.q)
			continue
		}
		if tt.usage != errors.Is(err, ErrUsage) {
			t.Errorf("%s %s: errors.Is(ErrUsage) = %v: %v", tt.what, tt.format, !tt.usage, err)
		}
		var qe *store.QueryError
		if tt.param != "" && (!errors.As(err, &qe) || qe.Param != tt.param) {
			t.Errorf("%+v: want a QueryError on %s, got %v", tt.q, tt.param, err)
		}
		if b.Len() != 0 {
			t.Errorf("%s %s: wrote %q before failing", tt.what, tt.format, b.String())
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ExportStore(ctx, st, store.Query{}, WhatEvents, FormatCSV, &bytes.Buffer{}); err == nil {
		t.Error("cancelled context: no error")
	}
}

func TestColumns(t *testing.T) {
	cols := Columns[EventRow]()
	if cols[0] != "event_id" || !slices.Contains(cols, "place_lat") || len(cols) != reflect.TypeFor[EventRow]().NumField() {
		t.Errorf("Columns[EventRow]() = %v", cols)
	}
}

// BenchmarkExportStore measures rows written from a SQLite store of 200
// articles with 10 events each, reads included, by kind and format.
func BenchmarkExportStore(b *testing.B) {
	st, _ := testStore(b)
	ctx := context.Background()
	var cs []*dyad.Coded
	for i := range 200 {
		a := newTestArticle(fmt.Sprintf("bench-%d", i), "2021-06-22", -1, []string{"Iran rejected talks with the United States.", "Israel accused Iran."})
		for range 5 {
			a.event(0, "125", "rejected", "2021-06-21", a.actor(0, "Iran", "IRN", "IRN"), a.actor(0, "the United States", "USA", "USA"), nil)
			a.event(1, "112", "accused", "2021-06-21", a.actor(1, "Israel", "ISRGOV", "ISR", "GOV"), a.actor(1, "Iran", "IRN", "IRN"),
				&dyad.Place{Name: "Vienna", Country: "AUT", Lat: 48.2, Lon: 16.4, FIPS: "AU", Feature: "city"})
		}
		cs = append(cs, a.c)
	}
	if _, _, err := store.PutAll(ctx, st, cs); err != nil {
		b.Fatal(err)
	}
	x := &Exporter{GDELT: GDELTOptions{Now: fixedNow, Countries: testCountries}}
	for _, bc := range []struct{ what, format string }{
		{WhatEvents, FormatGDELT}, {WhatEvents, FormatJSONL}, {WhatEvents, FormatCSV}, {WhatEvents, FormatParquet},
		{WhatMentions, FormatCSV}, {WhatArticles, FormatParquet},
	} {
		b.Run(bc.what+"-"+bc.format, func(b *testing.B) {
			rows := 0
			for b.Loop() {
				n, err := x.Export(ctx, st, store.Query{From: "2021-06-21"}, bc.what, bc.format, discard{})
				if err != nil {
					b.Fatal(err)
				}
				rows += n
			}
			b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}
