package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/storetest"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestConformanceMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		st, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		return st
	})
}

func TestRollbackAtEveryStage(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	defer st.Close()
	for _, stage := range []string{"article", "sentences", "events", "quotes", "entities"} {
		st.testHook = func(s string) error {
			if s == stage {
				return errors.New("injected failure")
			}
			return nil
		}
		c := storetest.Fixtures()[0]
		if added, err := st.Put(ctx, c); err == nil || added || !strings.Contains(err.Error(), "injected") {
			t.Errorf("Put failing after %s = %v, %v; want the injected error", stage, added, err)
		}
		assertEmpty(t, st, "after a failure after "+stage)
	}
	// A context cancelled in the middle of a Put.
	cctx, cancel := context.WithCancel(ctx)
	st.testHook = func(s string) error {
		if s == "sentences" {
			cancel()
		}
		return nil
	}
	if added, err := st.Put(cctx, storetest.Fixtures()[0]); err == nil || added {
		t.Errorf("Put cancelled after the sentences = %v, %v; want an error", added, err)
	}
	assertEmpty(t, st, "after a cancelled Put")
	st.testHook = nil
	if added, err := st.Put(ctx, storetest.Fixtures()[0]); err != nil || !added {
		t.Errorf("Put after the failures = %v, %v; want true, nil", added, err)
	}
}

// assertEmpty checks that no row of any table is left.
func assertEmpty(t *testing.T, st *Store, what string) {
	t.Helper()
	for _, table := range []string{"articles", "sentences", "sentences_fts", "events", "quotes", "entities"} {
		var n int
		if err := st.w.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows in %s (%v); want none", what, n, table, err)
		}
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	for i, dsn := range []string{path, "sqlite:" + path, "sqlite://" + path} {
		st, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatalf("store.Open(%q): %v", dsn, err)
		}
		added, err := st.Put(ctx, storetest.Fixtures()[i])
		if err != nil || !added {
			t.Errorf("Put via %q = %v, %v", dsn, added, err)
		}
		stats, _ := st.Stats(ctx)
		if stats.Articles != i+1 {
			t.Errorf("after reopening %d times: %d articles; want %d", i, stats.Articles, i+1)
		}
		var v int
		var mode string
		s := st.(*Store)
		s.w.QueryRow("PRAGMA user_version").Scan(&v)
		s.w.QueryRow("PRAGMA journal_mode").Scan(&mode)
		if v != SchemaVersion || mode != "wal" {
			t.Errorf("user_version %d, journal_mode %q; want %d, wal", v, mode, SchemaVersion)
		}
		if err := st.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	db, err := sql.Open("sqlite", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, dsn := range []string{"", "sqlite:", "x.db?mode=ro", "file:x.db", newer, filepath.Join(dir, "no", "such", "dir.db")} {
		if st, err := Open(ctx, dsn); err == nil {
			st.Close()
			t.Errorf("Open(%q): no error", dsn)
		}
	}
	notDB := filepath.Join(dir, "text.db")
	os.WriteFile(notDB, []byte(strings.Repeat("not a database\n", 100)), 0o644)
	if st, err := Open(ctx, notDB); err == nil {
		st.Close()
		t.Errorf("Open of a text file: no error")
	}
}

func TestMatchExpr(t *testing.T) {
	for in, want := range map[string]string{
		`iran`:               `"iran"`,
		`"nuclear deal" ir*`: `"nuclear deal" AND "ir" *`,
		`say"s`:              `"say" AND "s"`,
		`it's NEAR(x)`:       `"it's" AND "NEAR(x)"`,
	} {
		if got := MatchExpr(store.ParseText(in)); got != want {
			t.Errorf("MatchExpr(%q) = %s; want %s", in, got, want)
		}
	}
}

// BenchmarkPut measures bulk ingest: one article of 20 sentences, 8
// events, 3 quotes and 10 entities per Put, into a file store.
func BenchmarkPut(b *testing.B) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	tmpl := benchArticle()
	b.ResetTimer()
	cpu := cpuTime()
	for i := range b.N {
		c := *tmpl
		c.Article.ID = fmt.Sprint("bench-", i)
		if _, err := st.Put(ctx, &c); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, cpu)
}

// BenchmarkPutBatch measures bulk ingest in batches of 100 articles, each
// as in BenchmarkPut.
func BenchmarkPutBatch(b *testing.B) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	tmpl := benchArticle()
	batch := make([]*dyad.Coded, 0, 100)
	cpu := cpuTime()
	flush := func() {
		_, errs, err := st.PutBatch(ctx, batch)
		if err = errors.Join(append(errs, err)...); err != nil {
			b.Fatal(err)
		}
		batch = batch[:0]
	}
	b.ResetTimer()
	for i := range b.N {
		c := *tmpl
		c.Article.ID = fmt.Sprint("bench-", i)
		batch = append(batch, &c)
		if len(batch) == cap(batch) {
			flush()
		}
	}
	flush()
	reportRate(b, cpu)
}

// reportRate reports articles per second of wall time and, since the
// machine may be shared, per second of this process's CPU time since cpu.
func reportRate(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(b.N)/used.Seconds(), "articles/cpu-s")
	}
}

// BenchmarkEvents measures a filtered, full-text query over 2,000 articles.
func BenchmarkEvents(b *testing.B) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	tmpl := benchArticle()
	for i := range 2000 {
		c := *tmpl
		c.Article.ID = fmt.Sprint("bench-", i)
		c.Events = slices.Clone(c.Events)
		for j := range c.Events {
			c.Events[j].Date = fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+j)
		}
		if _, err := st.Put(ctx, &c); err != nil {
			b.Fatal(err)
		}
	}
	for _, q := range []store.Query{{}, {Country: "IRN", Root: "12"}, {Text: "missiles talks"}, {From: "2021-06-01", To: "2021-06-30", Offset: 500}} {
		b.Run(fmt.Sprintf("%+v", q), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := st.Events(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func benchArticle() *dyad.Coded {
	var paras []string
	for p := range 10 {
		paras = append(paras, fmt.Sprintf("Iran's president rejected talks with the United States on missiles in paragraph %d. "+
			"Officials in Tehran said the nuclear deal must be restored before any negotiations could begin.", p))
	}
	c := &dyad.Coded{Article: dyad.Article{ID: "x", DocID: "d", Title: "Bench", Published: "2021-06-22", Paragraphs: paras}}
	off := 0
	for p, para := range paras {
		i := strings.Index(para, ". ") + 1
		c.Sentences = append(c.Sentences,
			dyad.Sentence{Index: 2 * p, Paragraph: p, Start: off, End: off + i, Text: para[:i]},
			dyad.Sentence{Index: 2*p + 1, Paragraph: p, Start: off + i + 1, End: off + len(para), Text: para[i+1:]})
		off += len(para) + 1
	}
	for i := range 8 {
		c.Events = append(c.Events, dyad.Event{DocID: "d", Sentence: 2 * i, CAMEO: "125", Root: "12", Quad: 3, Goldstein: -5,
			PLOVER: "REJECT", Source: &dyad.Actor{Text: "Iran's president", Code: "IRNGOV", Country: "IRN", Roles: []string{"GOV"}, Known: true},
			Target: &dyad.Actor{Text: "the United States", Code: "USA", Country: "USA", Roles: []string{}, Known: true},
			Date:   "2021-06-21", DatePrecision: "day", Place: &dyad.Place{Name: "Tehran", Country: "IRN", Lat: 35.7, Lon: 51.4},
			Modality: "asserted", Evidence: dyad.Evidence{Trigger: "rejected", Pattern: "reject", SentenceText: c.Sentences[2*i].Text}})
	}
	for i := range 3 {
		c.Quotes = append(c.Quotes, dyad.Quote{Text: "the nuclear deal must be restored", Sentence: 2*i + 1,
			Speaker: &dyad.Actor{Text: "Officials", Roles: []string{}}})
	}
	for i := range 10 {
		c.Entities = append(c.Entities, dyad.Entity{Text: "Tehran", Type: dyad.EntityLocation, Sentence: 2*i + 1, Code: "IRN"})
	}
	return c
}
