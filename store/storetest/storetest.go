package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
)

// Run runs the conformance suite against the stores that open returns.
// open must return a new, empty store on every call; the suite closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	newStore := func(t *testing.T) store.Store {
		t.Helper()
		st := open(t)
		t.Cleanup(func() {
			if err := st.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		return st
	}
	loaded := func(t *testing.T) (store.Store, *model) {
		t.Helper()
		st := newStore(t)
		m := &model{}
		for _, c := range Fixtures() {
			added, err := st.Put(context.Background(), c)
			if err != nil || !added {
				t.Fatalf("Put(%s) = %v, %v; want true, nil", c.Article.ID, added, err)
			}
			m.articles = append(m.articles, c)
		}
		return st, m
	}
	t.Run("Empty", func(t *testing.T) { testEmpty(t, newStore(t)) })
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, newStore(t)) })
	t.Run("PutIdempotent", func(t *testing.T) { testIdempotent(t, newStore(t)) })
	t.Run("PutInvalid", func(t *testing.T) { testPutInvalid(t, newStore(t)) })
	t.Run("PutConcurrent", func(t *testing.T) { testConcurrent(t, newStore(t)) })
	t.Run("Atomicity", func(t *testing.T) { st, m := loaded(t); testAtomicity(t, st, m) })
	t.Run("Stats", func(t *testing.T) { st, _ := loaded(t); testStats(t, st) })
	t.Run("Unknown", func(t *testing.T) { st, m := loaded(t); testUnknown(t, st, m) })
	t.Run("Order", func(t *testing.T) { st, _ := loaded(t); testOrder(t, st) })
	t.Run("Filters", func(t *testing.T) { st, m := loaded(t); testFilters(t, st, m) })
	t.Run("Text", func(t *testing.T) { st, m := loaded(t); testText(t, st, m) })
	t.Run("Combinations", func(t *testing.T) { st, m := loaded(t); testCombinations(t, st, m) })
	t.Run("BadQueries", func(t *testing.T) { st, _ := loaded(t); testBadQueries(t, st) })
	t.Run("Paging", func(t *testing.T) { st, m := loaded(t); testPaging(t, st, m) })
	t.Run("Limits", func(t *testing.T) { testLimits(t, newStore(t)) })
	t.Run("Counts", func(t *testing.T) { st, m := loaded(t); testCounts(t, st, m) })
	t.Run("PutBatch", func(t *testing.T) { testBatch(t, newStore(t)) })
}

// labels returns the events' Evidence.Pattern, which names fixture events.
func labels(events []dyad.Event) []string {
	l := make([]string, len(events))
	for i, e := range events {
		l[i] = e.Evidence.Pattern
	}
	return l
}

func js(v any) string {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Sprintf("%#v (cannot encode: %v)", v, err)
	}
	return string(b)
}

// want returns c as a store must give it back: events with ArticleID set,
// no nil slices.
func want(c *dyad.Coded) *dyad.Coded {
	w := *c
	w.Article.Paragraphs = nonNil(c.Article.Paragraphs)
	w.Sentences = nonNil(c.Sentences)
	w.Quotes = nonNil(c.Quotes)
	w.Entities = nonNil(c.Entities)
	w.Events = make([]dyad.Event, len(c.Events))
	for i := range c.Events {
		w.Events[i] = stored(c, i)
	}
	return &w
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func sameCoded(t *testing.T, got, want *dyad.Coded) {
	t.Helper()
	g, w := *got, *want
	g.Article.Paragraphs, w.Article.Paragraphs = nonNil(g.Article.Paragraphs), nonNil(w.Article.Paragraphs)
	g.Sentences, w.Sentences = nonNil(g.Sentences), nonNil(w.Sentences)
	g.Events, w.Events = nonNil(g.Events), nonNil(w.Events)
	g.Quotes, w.Quotes = nonNil(g.Quotes), nonNil(w.Quotes)
	g.Entities, w.Entities = nonNil(g.Entities), nonNil(w.Entities)
	if !reflect.DeepEqual(g, w) {
		t.Errorf("Article(%s) differs from what was put:\ngot  %s\nwant %s", want.Article.ID, js(got), js(want))
	}
}

func testEmpty(t *testing.T, st store.Store) {
	ctx := context.Background()
	events, total, err := st.Events(ctx, store.Query{})
	if err != nil || len(events) != 0 || total != 0 {
		t.Errorf("Events on an empty store = %d events, total %d, %v; want none, 0, nil", len(events), total, err)
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats != (store.Stats{}) {
		t.Errorf("Stats on an empty store = %+v, %v; want zeros", stats, err)
	}
	names, err := st.Unknown(ctx, 10)
	if err != nil || len(names) != 0 {
		t.Errorf("Unknown on an empty store = %v, %v; want none", names, err)
	}
	if _, err := st.Article(ctx, "art-a"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article on an empty store: err = %v; want ErrNotFound", err)
	}
}

func testRoundTrip(t *testing.T, st store.Store) {
	ctx := context.Background()
	all := append(Fixtures(), bulk("art-bulk", 3))
	// Fields that fixtures leave at their zero value: a minimal article.
	all = append(all, &dyad.Coded{Article: dyad.Article{ID: "art-minimal"}})
	// Nothing but an event, whose sentence is not in the article.
	all = append(all, &dyad.Coded{Article: dyad.Article{ID: "art-orphan", Paragraphs: []string{"x"}},
		Events: []dyad.Event{{CAMEO: "010", Root: "01", Sentence: 7, Source: &dyad.Actor{Text: "x", Roles: []string{}}}}})
	// Awkward text: non-ASCII, quotes, SQL and FTS syntax, a very long paragraph.
	long := strings.Repeat("Lorem ipsum 'dolor' \"sit\" amet; DROP TABLE events; -- NEAR(a b) * ^ ", 500)
	odd := newArticle("art-odd", "1999-12-31", []string{"Zürich’s «mayor» said 北京 and Москва agreed 🙂."}, []string{long})
	e := odd.event("odd0", 0, "0831", 2, math.SmallestNonzeroFloat64, "YIELD", odd.actor(0, "Zürich’s «mayor»", "CHEGOV", "CHE", true, "GOV", "LEG"),
		odd.actor(0, "Москва", "RUS", "RUS", true), "1999-12-31", "agreed")
	e.Place = &dyad.Place{Name: "Zürich", Country: "CHE", Lat: -0.000001, Lon: 179.99999999}
	odd.c.Tone = dyad.Tone{Tone: math.MaxFloat64, Positive: -0, Negative: 1e-300, WordCount: math.MaxInt32}
	all = append(all, odd.c)

	for _, c := range all {
		before := js(c)
		added, err := st.Put(ctx, c)
		if err != nil || !added {
			t.Fatalf("Put(%s) = %v, %v; want true, nil", c.Article.ID, added, err)
		}
		if js(c) != before {
			t.Errorf("Put(%s) changed its argument", c.Article.ID)
		}
	}
	for _, c := range all {
		got, err := st.Article(ctx, c.Article.ID)
		if err != nil {
			t.Errorf("Article(%s): %v", c.Article.ID, err)
			continue
		}
		sameCoded(t, got, want(c))
		// Events answers with the same events.
		events, total, err := st.Events(ctx, store.Query{ArticleID: c.Article.ID, Limit: store.MaxLimit})
		if err != nil || total != len(c.Events) {
			t.Errorf("Events(article %s) = total %d, %v; want %d", c.Article.ID, total, err, len(c.Events))
			continue
		}
		for _, e := range events {
			i := slices.IndexFunc(c.Events, func(x dyad.Event) bool { return x.Evidence.Pattern == e.Evidence.Pattern })
			if i < 0 || !reflect.DeepEqual(e, stored(c, i)) {
				t.Errorf("Events(article %s): event %s differs from what was put:\ngot  %s", c.Article.ID, e.Evidence.Pattern, js(e))
			}
		}
	}
}

func testIdempotent(t *testing.T, st store.Store) {
	ctx := context.Background()
	c := Fixtures()[0]
	if added, err := st.Put(ctx, c); err != nil || !added {
		t.Fatalf("first Put = %v, %v; want true, nil", added, err)
	}
	stats, _ := st.Stats(ctx)
	again := Fixtures()[0]
	if added, err := st.Put(ctx, again); err != nil || added {
		t.Errorf("second Put of the same article = %v, %v; want false, nil", added, err)
	}
	// A changed article with the same ID is not stored either: the first stays.
	changed := Fixtures()[0]
	changed.Article.Title = "Changed"
	changed.Events = changed.Events[:1]
	changed.Sentences = append(changed.Sentences, dyad.Sentence{Index: 9, Text: "extra"})
	if added, err := st.Put(ctx, changed); err != nil || added {
		t.Errorf("Put of a changed article with a stored ID = %v, %v; want false, nil", added, err)
	}
	got, err := st.Article(ctx, c.Article.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	sameCoded(t, got, want(c))
	if after, _ := st.Stats(ctx); after != stats {
		t.Errorf("Stats after putting the article again = %+v; want %+v", after, stats)
	}
}

func testPutInvalid(t *testing.T, st store.Store) {
	ctx := context.Background()
	if _, err := st.Put(ctx, nil); err == nil {
		t.Errorf("Put(nil): no error")
	}
	c := Fixtures()[0]
	c.Article.ID = ""
	if _, err := st.Put(ctx, c); err == nil {
		t.Errorf("Put of an article without ID: no error")
	}
	if stats, _ := st.Stats(ctx); stats != (store.Stats{}) {
		t.Errorf("Stats after failed Puts = %+v; want zeros", stats)
	}
}

func testConcurrent(t *testing.T, st store.Store) {
	ctx := context.Background()
	const n = 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	added := 0
	for i := range n {
		wg.Add(3)
		go func() { // the same article from every goroutine
			defer wg.Done()
			ok, err := st.Put(ctx, Fixtures()[1])
			if err != nil {
				t.Errorf("concurrent Put: %v", err)
			}
			if ok {
				mu.Lock()
				added++
				mu.Unlock()
			}
		}()
		go func() { // a different article from each
			defer wg.Done()
			if ok, err := st.Put(ctx, bulk(fmt.Sprint("art-bulk-", i), 20)); err != nil || !ok {
				t.Errorf("concurrent Put of a new article = %v, %v", ok, err)
			}
		}()
		go func() { // and readers
			defer wg.Done()
			if _, _, err := st.Events(ctx, store.Query{Country: "FRA"}); err != nil {
				t.Errorf("concurrent Events: %v", err)
			}
			if _, err := st.Stats(ctx); err != nil {
				t.Errorf("concurrent Stats: %v", err)
			}
		}()
	}
	wg.Wait()
	if added != 1 {
		t.Errorf("%d concurrent Puts of one article returned added=true %d times; want once", n, added)
	}
	stats, err := st.Stats(ctx)
	b := Fixtures()[1]
	wantStats := store.Stats{Articles: 1 + n, Sentences: len(b.Sentences) + n, Events: len(b.Events) + n*20}
	if err != nil || stats != wantStats {
		t.Errorf("Stats after concurrent Puts = %+v, %v; want %+v", stats, err, wantStats)
	}
}

func testAtomicity(t *testing.T, st store.Store, m *model) {
	ctx := context.Background()
	statsBefore, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	unknownBefore, _ := st.Unknown(ctx, 0)
	bad := func() *dyad.Coded {
		b := newArticle("art-bad", "2021-08-01", []string{"Zeppelins bombarded the harbour."}, []string{"Nobody replied."})
		for i := range 3 {
			b.event(fmt.Sprint("bad", i), 0, "195", 4, -10, "ASSAULT", b.actor(0, "Zeppelins", "", "", false), nil, "2021-08-01", "bombarded")
		}
		b.quote(1, "Nobody", b.actor(1, "Nobody", "", "", false), false)
		b.entity(0, "Zeppelins", dyad.EntityOrg, "")
		return b.c
	}
	check := func(what string) {
		t.Helper()
		if _, err := st.Article(ctx, "art-bad"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: Article(art-bad): err = %v; want ErrNotFound", what, err)
		}
		if stats, _ := st.Stats(ctx); stats != statsBefore {
			t.Errorf("%s: Stats = %+v; want %+v as before", what, stats, statsBefore)
		}
		for _, q := range []store.Query{{ArticleID: "art-bad"}, {Text: "zeppelins"}, {From: "2021-08-01"}} {
			if _, total, err := st.Events(ctx, q); err != nil || total != 0 {
				t.Errorf("%s: Events(%+v) = total %d, %v; want 0", what, q, total, err)
			}
		}
		if names, _ := st.Unknown(ctx, 0); !reflect.DeepEqual(names, unknownBefore) {
			t.Errorf("%s: Unknown = %v; want %v as before", what, names, unknownBefore)
		}
	}

	// The last event cannot be encoded (JSON has no NaN): everything
	// before it must be rolled back.
	c := bad()
	c.Events[2].Goldstein = math.NaN()
	if added, err := st.Put(ctx, c); err == nil || added {
		t.Errorf("Put of an article with a NaN Goldstein = %v, %v; want an error", added, err)
	}
	check("after a failed event")
	c = bad()
	c.Events[2].Place = &dyad.Place{Name: "Nowhere", Lat: math.Inf(1)}
	if added, err := st.Put(ctx, c); err == nil || added {
		t.Errorf("Put of an article with an infinite latitude = %v, %v; want an error", added, err)
	}
	check("after a failed place")

	// A cancelled context.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if added, err := st.Put(cctx, bad()); err == nil || added {
		t.Errorf("Put with a cancelled context = %v, %v; want an error", added, err)
	}
	check("after a cancelled Put")

	// The failures left nothing that blocks the article.
	if added, err := st.Put(ctx, bad()); err != nil || !added {
		t.Fatalf("Put of the repaired article = %v, %v; want true, nil", added, err)
	}
	if _, total, _ := st.Events(ctx, store.Query{Text: "zeppelins"}); total != 3 {
		t.Errorf("Events(q=zeppelins) after the repaired Put: total %d; want 3", total)
	}
}

func testStats(t *testing.T, st store.Store) {
	stats, err := st.Stats(context.Background())
	want := store.Stats{Articles: 3, Sentences: 8, Events: 9}
	if err != nil || stats != want {
		t.Errorf("Stats = %+v, %v; want %+v", stats, err, want)
	}
}

func testUnknown(t *testing.T, st store.Store, m *model) {
	ctx := context.Background()
	pinned := []store.NameCount{{Name: "the militia", Count: 4}, {Name: "Hossein Amiri", Count: 2}, {Name: "Damascus", Count: 1}}
	if got := m.unknown(); !reflect.DeepEqual(got, pinned) {
		t.Fatalf("suite bug: the model's unknown actors %v differ from the pinned %v", got, pinned)
	}
	for _, tc := range []struct {
		limit int
		want  []store.NameCount
	}{
		{0, pinned}, {-1, pinned}, {10, pinned}, {1, pinned[:1]}, {2, pinned[:2]},
	} {
		got, err := st.Unknown(ctx, tc.limit)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Unknown(%d) = %v, %v; want %v", tc.limit, got, err, tc.want)
		}
	}
}

func testOrder(t *testing.T, st store.Store) {
	events, total, err := st.Events(context.Background(), store.Query{})
	want := []string{"c1", "c2", "a2", "c0", "a1", "a0", "b0", "b1", "b2"}
	if err != nil || total != len(want) || !slices.Equal(labels(events), want) {
		t.Errorf("Events() = %v, total %d, %v; want %v, total %d", labels(events), total, err, want, len(want))
	}
	for _, e := range events {
		if e.ArticleID != "art-"+e.Evidence.Pattern[:1] {
			t.Errorf("event %s: ArticleID = %q", e.Evidence.Pattern, e.ArticleID)
		}
	}
}

type queryCase struct {
	q    store.Query
	want []string
}

func checkQuery(t *testing.T, st store.Store, q store.Query, want []string) {
	t.Helper()
	events, total, err := st.Events(context.Background(), q)
	if err != nil {
		t.Errorf("Events(%+v): %v", q, err)
		return
	}
	if got := labels(events); total != len(want) || !slices.Equal(got, want) {
		t.Errorf("Events(%+v) = %v, total %d; want %v", q, got, total, want)
	}
}

// checkModel compares a store's answer to q with the model's.
func checkModel(t *testing.T, st store.Store, m *model, q store.Query) {
	t.Helper()
	q.Limit = store.MaxLimit
	events, total, err := st.Events(context.Background(), q)
	nq, qerr := q.Normalize()
	if qerr != nil {
		var qe *store.QueryError
		if !errors.As(err, &qe) || qe.Param != qerr.(*store.QueryError).Param {
			t.Errorf("Events(%+v): err = %v; want a *store.QueryError for %s", q, err, qerr.(*store.QueryError).Param)
		}
		return
	}
	if err != nil {
		t.Errorf("Events(%+v): %v", q, err)
		return
	}
	want := m.events(nq)
	if total != len(want) || !reflect.DeepEqual(nonNil(events), nonNil(want)) {
		t.Errorf("Events(%+v) = %v, total %d; want %v", q, labels(events), total, labels(want))
	}
}

func testFilters(t *testing.T, st store.Store, m *model) {
	for _, tc := range []queryCase{
		{store.Query{Country: "IRN"}, []string{"c0", "a1", "a0"}},
		{store.Query{Country: "irn"}, []string{"c0", "a1", "a0"}},
		{store.Query{Country: "YEM"}, []string{"b0", "b1"}},
		{store.Query{Country: "SYR"}, nil}, // only a place's country
		{store.Query{Actor: "IRN"}, []string{"c0", "a1", "a0"}},
		{store.Query{Actor: "IRNGOV"}, []string{"a1", "a0"}},
		{store.Query{Actor: "SAU"}, []string{"b0", "b1"}},
		{store.Query{Actor: "SAUMIL"}, []string{"b1"}},
		{store.Query{Actor: "IRNGOVX"}, nil},
		{store.Query{Root: "19"}, []string{"c0", "b0", "b1"}},
		{store.Query{Root: "2"}, []string{"a1"}},
		{store.Query{Code: "19"}, []string{"c0", "b0", "b1"}},
		{store.Query{Code: "195"}, []string{"c0"}},
		{store.Query{Code: "193"}, []string{"b1"}},
		{store.Query{Code: "1951"}, nil},
		{store.Query{PLOVER: "ASSAULT"}, []string{"c0", "b0", "b1"}},
		{store.Query{PLOVER: "reject"}, []string{"a0"}},
		{store.Query{From: "2021-07-01"}, []string{"c1", "c2", "a2", "c0"}},
		{store.Query{To: "2021-06-14"}, []string{"b0", "b1"}}, // b2 has no date
		{store.Query{From: "2021-06-15", To: "2021-06-22"}, []string{"a1", "a0"}},
		{store.Query{From: "2021-06-21", To: "2021-06-21"}, []string{"a0"}},
		{store.Query{ArticleID: "art-b"}, []string{"b0", "b1", "b2"}},
		{store.Query{ArticleID: "art-x"}, nil},
		{store.Query{Country: "IRN", Root: "19"}, []string{"c0"}},
		{store.Query{Country: "SAU", From: "2021-06-14", To: "2021-06-14", Text: "saudi"}, []string{"b0", "b1"}},
		{store.Query{Actor: "YEM", Code: "190", PLOVER: "ASSAULT", ArticleID: "art-b", Text: "missiles"}, []string{"b0"}},
	} {
		checkQuery(t, st, tc.q, tc.want)
		checkModel(t, st, m, tc.q)
	}
}

func testText(t *testing.T, st store.Store, m *model) {
	for _, tc := range []queryCase{
		{store.Query{Text: "missiles"}, []string{"b0"}},
		{store.Query{Text: "MISSILES"}, []string{"b0"}},
		{store.Query{Text: "missile"}, nil}, // whole words, no stemming
		{store.Query{Text: "missile*"}, []string{"b0"}},
		{store.Query{Text: "reb*"}, []string{"b0", "b1"}},
		{store.Query{Text: "saudi"}, []string{"b0", "b1"}},
		{store.Query{Text: `"saudi arabia"`}, []string{"b0"}},
		{store.Query{Text: `"arabia saudi"`}, nil},
		{store.Query{Text: "arabia saudi"}, []string{"b0"}},
		{store.Query{Text: "cafe"}, []string{"c1", "c2"}}, // café
		{store.Query{Text: "CAFÉ"}, []string{"c1", "c2"}},
		{store.Query{Text: "Iran's"}, []string{"a0"}},
		{store.Query{Text: "Iran’s"}, []string{"a0"}},
		{store.Query{Text: `"nuclear deal"`}, []string{"a1"}},
		{store.Query{Text: `"nuclear deal" missiles`}, nil},
		{store.Query{Text: "«soon»"}, []string{"a1"}},
		{store.Query{Text: "rebels OR missiles"}, nil}, // OR is a word, not an operator
		{store.Query{Text: "rebels AND"}, nil},
		{store.Query{Text: "NOT rebels"}, nil},
		{store.Query{Text: "NEAR(saudi arabia)"}, nil},
		{store.Query{Text: "(missiles"}, []string{"b0"}},
		{store.Query{Text: "missiles)"}, []string{"b0"}},
		{store.Query{Text: "-rebels"}, []string{"b0", "b1"}},
		{store.Query{Text: "+rebels ^missiles"}, []string{"b0"}},
		{store.Query{Text: "text:missiles"}, nil}, // no column filters: "text" is a word
		{store.Query{Text: `"unbalanced missiles`}, nil},
		{store.Query{Text: `missiles "`}, []string{"b0"}},
		{store.Query{Text: `"it was" revenge`}, []string{"b2"}},
		{store.Query{Text: `it's "was revenge`}, nil},
		{store.Query{Text: "Robert'); DROP TABLE events;--"}, nil},
		{store.Query{Text: "militia"}, []string{"c1", "c2", "b2"}},
		{store.Query{Text: "  militia   damascus "}, []string{"c1", "c2"}},
		{store.Query{Text: "militia\tdamascus\n"}, []string{"c1", "c2"}},
		{store.Query{Text: "attack"}, []string{"a2", "b2"}},
		{store.Query{Text: "a*"}, []string{"c1", "c2", "a2", "b0", "b1", "b2"}}, // at, attack, arabia
		{store.Query{Text: "t*"}, []string{"c1", "c2", "a2", "c0", "a1", "a0", "b1", "b2"}},
	} {
		checkQuery(t, st, tc.q, tc.want)
		checkModel(t, st, m, tc.q)
	}
}

// values are the filter values the combination tests draw from, per
// filter; "" is always one of them.
var values = []struct {
	name string
	set  func(q *store.Query, v string)
	vals []string
}{
	{"country", func(q *store.Query, v string) { q.Country = v }, []string{"IRN", "usa", "YEM", "SAU", "ISR", "SYR", "XXX"}},
	{"actor", func(q *store.Query, v string) { q.Actor = v }, []string{"IRN", "IRNGOV", "YEMREB", "SAU", "US", "ISRMIL", "X"}},
	{"root", func(q *store.Query, v string) { q.Root = v }, []string{"12", "19", "7", "14", "02"}},
	{"code", func(q *store.Query, v string) { q.Code = v }, []string{"19", "195", "193", "12", "125", "021", "9999"}},
	{"plover", func(q *store.Query, v string) { q.PLOVER = v }, []string{"ASSAULT", "reject", "PROTEST", "NONE"}},
	{"from", func(q *store.Query, v string) { q.From = v }, []string{"2021-06-14", "2021-06-15", "2021-07-01", "2021-07-03"}},
	{"to", func(q *store.Query, v string) { q.To = v }, []string{"2021-06-14", "2021-06-22", "2021-07-01", "2000-01-01"}},
	{"q", func(q *store.Query, v string) { q.Text = v }, []string{"missiles", `"saudi arabia"`, "reb*", "cafe", "Iran's", "militia", "the", `"it was" revenge`}},
	{"article", func(q *store.Query, v string) { q.ArticleID = v }, []string{"art-a", "art-b", "art-c", "nope"}},
}

func testCombinations(t *testing.T, st store.Store, m *model) {
	// Every filter alone and every pair of filters, with every value.
	for i, f := range values {
		for _, v := range f.vals {
			var q store.Query
			f.set(&q, v)
			checkModel(t, st, m, q)
		}
		for _, g := range values[i+1:] {
			for _, v := range f.vals {
				for _, w := range g.vals {
					var q store.Query
					f.set(&q, v)
					g.set(&q, w)
					checkModel(t, st, m, q)
				}
			}
		}
	}
	// And a sample of larger combinations.
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		var q store.Query
		for _, f := range values {
			if r.IntN(3) == 0 {
				f.set(&q, f.vals[r.IntN(len(f.vals))])
			}
		}
		checkModel(t, st, m, q)
	}
}

func testBadQueries(t *testing.T, st store.Store) {
	for _, tc := range []struct {
		q     store.Query
		param string
	}{
		{store.Query{Country: "IR"}, "country"},
		{store.Query{Country: "IR1"}, "country"},
		{store.Query{Actor: "IRN%"}, "actor"},
		{store.Query{Actor: "IRN*"}, "actor"},
		{store.Query{Root: "21"}, "root"},
		{store.Query{Root: "00"}, "root"},
		{store.Query{Root: "1a"}, "root"},
		{store.Query{Code: "1"}, "code"},
		{store.Query{Code: "12a"}, "code"},
		{store.Query{Code: "12345"}, "code"},
		{store.Query{PLOVER: "rej ect"}, "plover"},
		{store.Query{From: "2021-13-01"}, "from"},
		{store.Query{From: "2021-6-1"}, "from"},
		{store.Query{To: "yesterday"}, "to"},
		{store.Query{From: "2021-07-01", To: "2021-06-01"}, "to"},
		{store.Query{Text: `"""`}, "q"},
		{store.Query{Text: "*"}, "q"},
		{store.Query{Text: "- ! ?"}, "q"},
		{store.Query{Text: strings.Repeat("word ", 300)}, "q"},
		{store.Query{Text: "\xff\xfe"}, "q"},
		{store.Query{Limit: -1}, "limit"},
		{store.Query{Offset: -1}, "offset"},
	} {
		_, _, err := st.Events(context.Background(), tc.q)
		var qe *store.QueryError
		if !errors.As(err, &qe) || qe.Param != tc.param {
			t.Errorf("Events(%+v): err = %v; want a *store.QueryError for %s", tc.q, err, tc.param)
		}
	}
}

func testPaging(t *testing.T, st store.Store, m *model) {
	ctx := context.Background()
	for _, q := range []store.Query{{}, {PLOVER: "ASSAULT"}, {Text: "militia"}} {
		nq, _ := q.Normalize()
		all := m.events(nq)
		for limit := 1; limit <= len(all)+1; limit++ {
			var got []dyad.Event
			for off := 0; off <= len(all)+1; off += limit {
				q.Limit, q.Offset = limit, off
				events, total, err := st.Events(ctx, q)
				if err != nil || total != len(all) {
					t.Fatalf("Events(%+v) = total %d, %v; want %d", q, total, err, len(all))
				}
				if len(events) > limit {
					t.Errorf("Events(%+v) returned %d events, over the limit", q, len(events))
				}
				got = append(got, events...)
			}
			if !reflect.DeepEqual(nonNil(got), nonNil(all)) {
				t.Errorf("pages of %d of %+v = %v; want %v", limit, q, labels(got), labels(all))
			}
		}
	}
}

func testLimits(t *testing.T, st store.Store) {
	ctx := context.Background()
	c := bulk("art-many", store.MaxLimit+1)
	if _, err := st.Put(ctx, c); err != nil {
		t.Fatal(err)
	}
	m := &model{articles: []*dyad.Coded{c}}
	all := m.events(store.Query{})
	for _, tc := range []struct {
		limit, offset, from, n int
	}{
		{0, 0, 0, store.DefaultLimit},
		{store.MaxLimit * 5, 0, 0, store.MaxLimit},
		{store.MaxLimit, 0, 0, store.MaxLimit},
		{10, store.MaxLimit, store.MaxLimit, 1},
		{10, store.MaxLimit + 1, 0, 0},
		{10, 1 << 40, 0, 0},
	} {
		events, total, err := st.Events(ctx, store.Query{Limit: tc.limit, Offset: tc.offset})
		if err != nil || total != len(all) || len(events) != tc.n {
			t.Errorf("Events(limit %d, offset %d) = %d events, total %d, %v; want %d, total %d",
				tc.limit, tc.offset, len(events), total, err, tc.n, len(all))
			continue
		}
		if !reflect.DeepEqual(nonNil(events), nonNil(all[tc.from:tc.from+tc.n])) {
			t.Errorf("Events(limit %d, offset %d) = %v...; want %v...", tc.limit, tc.offset,
				labels(events[:min(3, len(events))]), labels(all[tc.from:tc.from+min(3, tc.n)]))
		}
	}
}

func testCounts(t *testing.T, st store.Store, m *model) {
	cn, ok := st.(store.Counter)
	if !ok {
		t.Skip("the store does not implement store.Counter")
	}
	ctx := context.Background()
	all, err := cn.Counts(ctx, store.Query{})
	pinned := []store.DayCount{{Date: "", Quad: 4, Count: 1}, {Date: "2021-06-14", Quad: 4, Count: 2}, {Date: "2021-06-21", Quad: 3, Count: 1}, {Date: "2021-06-22", Quad: 1, Count: 1},
		{Date: "2021-07-01", Quad: 3, Count: 1}, {Date: "2021-07-01", Quad: 4, Count: 1}, {Date: "2021-07-02", Quad: 3, Count: 2}}
	if err != nil || !reflect.DeepEqual(all, pinned) {
		t.Errorf("Counts() = %v, %v; want %v", all, err, pinned)
	}
	for _, q := range []store.Query{{Country: "IRN"}, {Text: "militia"}, {Root: "19", From: "2021-06-15"}, {ArticleID: "nope"},
		{Limit: 1, Offset: 3}} {
		got, err := cn.Counts(ctx, q)
		nq, _ := q.Normalize()
		if want := m.counts(nq); err != nil || !reflect.DeepEqual(nonNil(got), nonNil(want)) {
			t.Errorf("Counts(%+v) = %v, %v; want %v", q, got, err, want)
		}
	}
	var qe *store.QueryError
	if _, err := cn.Counts(ctx, store.Query{From: "June"}); !errors.As(err, &qe) || qe.Param != "from" {
		t.Errorf("Counts(from=June): err = %v; want a *store.QueryError for from", err)
	}
}

func testBatch(t *testing.T, st store.Store) {
	ctx := context.Background()
	if _, ok := st.(store.Batcher); !ok {
		t.Skip("the store does not implement store.Batcher")
	}
	fx := Fixtures()
	if added, err := st.Put(ctx, fx[0]); err != nil || !added {
		t.Fatalf("Put = %v, %v", added, err)
	}
	bad := Fixtures()[1]
	bad.Article.ID = "art-bad"
	bad.Events[2].Goldstein = math.NaN()
	batch := []*dyad.Coded{fx[1], Fixtures()[0], bad, nil, fx[2], Fixtures()[2]}
	added, errs, err := store.PutAll(ctx, st, batch)
	if err != nil {
		t.Fatalf("PutAll: %v", err)
	}
	wantAdded := []bool{true, false, false, false, true, false}
	wantErr := []bool{false, false, true, true, false, false}
	for i := range batch {
		if added[i] != wantAdded[i] || (errs[i] != nil) != wantErr[i] {
			t.Errorf("PutAll: article %d: added %v, err %v; want added %v, error %v", i, added[i], errs[i], wantAdded[i], wantErr[i])
		}
	}
	for _, c := range fx {
		got, err := st.Article(ctx, c.Article.ID)
		if err != nil {
			t.Errorf("Article(%s) after PutAll: %v", c.Article.ID, err)
			continue
		}
		sameCoded(t, got, want(c))
	}
	if _, err := st.Article(ctx, "art-bad"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(art-bad) after a failed article in a batch: err = %v; want ErrNotFound", err)
	}
	stats, _ := st.Stats(ctx)
	if want := (store.Stats{Articles: 3, Sentences: 8, Events: 9}); stats != want {
		t.Errorf("Stats after PutAll = %+v; want %+v", stats, want)
	}
	// A cancelled batch stores nothing.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	added, _, err = store.PutAll(cctx, st, []*dyad.Coded{bulk("art-x", 2), bulk("art-y", 2)})
	if err == nil || added[0] || added[1] {
		t.Errorf("PutAll with a cancelled context = %v, %v; want an error", added, err)
	}
	if after, _ := st.Stats(ctx); after != stats {
		t.Errorf("Stats after a cancelled batch = %+v; want %+v", after, stats)
	}
	if added, errs, err := store.PutAll(ctx, st, nil); err != nil || len(added) != 0 || len(errs) != 0 {
		t.Errorf("PutAll(nil) = %v, %v, %v", added, errs, err)
	}
}
