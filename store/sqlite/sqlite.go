package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

func init() {
	store.Register("sqlite", func(ctx context.Context, dsn string) (store.Store, error) {
		return Open(ctx, dsn)
	})
}

// Store is a store.Store in a SQLite file. It keeps one connection for
// writing and a small pool for reading; in WAL mode readers do not wait for
// the writer. Other processes may open the same file: writers then take
// turns, waiting up to the busy timeout.
type Store struct {
	path string
	w    *sql.DB // one connection: the only writer
	r    *sql.DB // readers (the same as w for ":memory:")

	insArticle, insSentence, insFTS, insEvent, insQuote, insEntity *sql.Stmt

	// testHook, when set, is called during Put after each stage
	// ("article", "sentences", "events", "quotes", "entities"); an error
	// from it fails the Put. Tests use it to inject failures.
	testHook func(stage string) error
}

var (
	_ store.Store   = (*Store)(nil)
	_ store.Counter = (*Store)(nil)
	_ store.Batcher = (*Store)(nil)
)

// busyTimeout is how long a write waits for another process's write.
const busyTimeout = 10 * time.Second

// Path returns the file name of a dsn as Open reads it: the dsn without a
// leading "sqlite:" or "sqlite://".
func Path(dsn string) string {
	if len(dsn) >= len("sqlite:") && strings.EqualFold(dsn[:len("sqlite:")], "sqlite:") {
		dsn = dsn[len("sqlite:"):]
		dsn = strings.TrimPrefix(dsn, "//")
	}
	return dsn
}

// Open opens the SQLite store in the file dsn names ("sqlite:dyad.db", or
// just "dyad.db"), creating it if needed and migrating its schema to the
// current version. ":memory:" opens a private in-memory store, for tests.
func Open(ctx context.Context, dsn string) (*Store, error) {
	path := Path(dsn)
	switch {
	case path == "":
		return nil, errors.New("cannot open SQLite store: no file name")
	case strings.ContainsAny(path, "?#"):
		return nil, fmt.Errorf("cannot open SQLite store %q: file names with '?' or '#' are not supported", path)
	case strings.HasPrefix(path, "file:"):
		return nil, fmt.Errorf("cannot open SQLite store %q: give a file name, not a file: URI", path)
	}
	common := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)", busyTimeout.Milliseconds())
	s := &Store{path: path}
	var err error
	if path == ":memory:" {
		s.w, err = sql.Open("sqlite", path+"?"+common+"&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("cannot open SQLite store %s: %w", path, err)
		}
		s.w.SetMaxOpenConns(1)
		s.w.SetMaxIdleConns(1)
		s.w.SetConnMaxLifetime(0)
		s.w.SetConnMaxIdleTime(0)
		s.r = s.w
	} else {
		s.w, err = sql.Open("sqlite", path+"?"+common+"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("cannot open SQLite store %s: %w", path, err)
		}
		s.w.SetMaxOpenConns(1)
		s.w.SetMaxIdleConns(1)
		s.w.SetConnMaxIdleTime(0)
		s.w.SetConnMaxLifetime(0)
	}
	if err := s.w.PingContext(ctx); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("cannot open SQLite store %s: %w", path, err)
	}
	if err := migrate(ctx, s.w); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("cannot open SQLite store %s: %w", path, err)
	}
	if s.r == nil {
		s.r, err = sql.Open("sqlite", path+"?"+common+"&_pragma=query_only(1)")
		if err != nil {
			s.w.Close()
			return nil, fmt.Errorf("cannot open SQLite store %s for reading: %w", path, err)
		}
		n := max(2, runtime.GOMAXPROCS(0))
		s.r.SetMaxOpenConns(n)
		s.r.SetMaxIdleConns(n)
	}
	if err := s.prepare(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("cannot open SQLite store %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) prepare(ctx context.Context) error {
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&s.insArticle, `INSERT INTO articles (id, doc_id, title, author, site, url, published, paragraphs,
			tone, tone_positive, tone_negative, tone_polarity, tone_activity, tone_self, word_count, ingested_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING`},
		{&s.insSentence, `INSERT INTO sentences (article_id, idx, paragraph, start, "end", text) VALUES (?,?,?,?,?,?)`},
		{&s.insFTS, `INSERT INTO sentences_fts (rowid, text) VALUES (?,?)`},
		{&s.insEvent, `INSERT INTO events (article_id, seq, sentence, sentence_id, doc_id, cameo, root, quad, goldstein,
			plover, plover_mode,
			source_code, source_country, source_text, source_name, source_roles, source_known, source_start, source_end,
			target_code, target_country, target_text, target_name, target_roles, target_known, target_start, target_end,
			date, date_precision, place_name, place_country, place_lat, place_lon, negated, modality,
			trigger, pattern, trigger_start, trigger_end, json)
			VALUES (?,?,?,?,?,?,?,?,?, ?,?, ?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?, ?,?,?,?,?)`},
		{&s.insQuote, `INSERT INTO quotes (article_id, seq, sentence, text, start, "end", partial,
			speaker_text, speaker_code, speaker_name, speaker_known, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`},
		{&s.insEntity, `INSERT INTO entities (article_id, seq, text, type, start, "end", sentence, code) VALUES (?,?,?,?,?,?,?,?)`},
	} {
		st, err := s.w.PrepareContext(ctx, p.sql)
		if err != nil {
			return fmt.Errorf("cannot prepare statement: %w", err)
		}
		*p.st = st
	}
	return nil
}

// Close closes the store's connections, after letting SQLite refresh the
// statistics its query planner uses (PRAGMA optimize).
func (s *Store) Close() error {
	var errs []error
	if s.w != nil {
		s.w.Exec("PRAGMA optimize") // advisory: its failure does not matter
	}
	for _, st := range []*sql.Stmt{s.insArticle, s.insSentence, s.insFTS, s.insEvent, s.insQuote, s.insEntity} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	if s.r != nil && s.r != s.w {
		errs = append(errs, s.r.Close())
	}
	if s.w != nil {
		errs = append(errs, s.w.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("cannot close SQLite store %s: %w", s.path, err)
	}
	return nil
}

// Put stores c in one transaction; see store.Store.
func (s *Store) Put(ctx context.Context, c *dyad.Coded) (added bool, err error) {
	r, err := encode(c)
	if err != nil {
		return false, err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("cannot store article %s: cannot begin transaction: %w", r.id, err)
	}
	committed := false
	defer func() {
		if !committed {
			tx.Rollback()
		}
	}()
	added, err = s.insert(ctx, tx, r)
	if err != nil || !added {
		return false, err
	}
	committed = true // a failed Commit has rolled back already
	if err = tx.Commit(); err != nil {
		return false, fmt.Errorf("cannot store article %s: cannot commit: %w", r.id, err)
	}
	return true, nil
}

// PutBatch stores the articles in one transaction, each as Put would; see
// store.Batcher. It is faster than one Put per article: SQLite commits,
// and FTS5 flushes its index, once per batch.
//
// Everything that can be checked is checked before the transaction starts.
// Should an article still fail in the database, the transaction is rolled
// back and the batch is stored again without it.
func (s *Store) PutBatch(ctx context.Context, cs []*dyad.Coded) (added []bool, errs []error, err error) {
	added, errs = make([]bool, len(cs)), make([]error, len(cs))
	rs := make([]*rows, len(cs))
	for i, c := range cs {
		rs[i], errs[i] = encode(c)
	}
	for {
		failed, err := s.insertBatch(ctx, rs, added)
		if err != nil {
			clear(added)
			return added, errs, err
		}
		if failed == nil {
			return added, errs, nil
		}
		errs[failed.i] = failed.err
		rs[failed.i] = nil
		clear(added)
	}
}

type batchFailure struct {
	i   int
	err error
}

// insertBatch inserts the non-nil rs in one transaction and commits it. If
// one of them fails, it rolls back and returns which.
func (s *Store) insertBatch(ctx context.Context, rs []*rows, added []bool) (*batchFailure, error) {
	n := 0
	for _, r := range rs {
		if r != nil {
			n++
		}
	}
	if n == 0 {
		return nil, nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("cannot store %d articles: cannot begin transaction: %w", n, err)
	}
	for i, r := range rs {
		if r == nil {
			continue
		}
		added[i], err = s.insert(ctx, tx, r)
		if err != nil {
			tx.Rollback()
			if cerr := ctx.Err(); cerr != nil {
				return nil, fmt.Errorf("cannot store %d articles: %w", n, cerr)
			}
			return &batchFailure{i, err}, nil
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("cannot store %d articles: cannot commit: %w", n, err)
	}
	return nil, nil
}

// rows holds the arguments of the statements that store one article,
// encoded before any of them runs.
type rows struct {
	id                              string
	article                         []any
	sentences, events, quotes, ents [][]any
	eventSentence                   []int // each event's sentence index
}

// encode checks c and encodes it for insert.
func encode(c *dyad.Coded) (*rows, error) {
	if c == nil {
		return nil, errors.New("cannot store article: nil")
	}
	a := &c.Article
	if a.ID == "" {
		return nil, fmt.Errorf("cannot store article (doc %q): empty article ID", a.DocID)
	}
	fail := func(what string, err error) (*rows, error) {
		return nil, fmt.Errorf("cannot store article %s: %s: %w", a.ID, what, err)
	}
	paragraphs, err := json.Marshal(a.Paragraphs)
	if err != nil {
		return fail("cannot encode paragraphs", err)
	}
	t := c.Tone
	for _, x := range []float64{t.Tone, t.Positive, t.Negative, t.Polarity, t.ActivityDensity, t.SelfGroupDensity} {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fail("bad tone", fmt.Errorf("%v is not a finite number", x))
		}
	}
	r := &rows{id: a.ID}
	r.article = []any{a.ID, a.DocID, a.Title, a.Author, a.Site, a.URL, a.Published, string(paragraphs),
		t.Tone, t.Positive, t.Negative, t.Polarity, t.ActivityDensity, t.SelfGroupDensity, t.WordCount,
		time.Now().UTC().Format(time.RFC3339Nano)}

	seen := make(map[int]bool, len(c.Sentences))
	for _, se := range c.Sentences {
		if seen[se.Index] {
			return fail("bad sentences", fmt.Errorf("two sentences with index %d", se.Index))
		}
		seen[se.Index] = true
		r.sentences = append(r.sentences, []any{a.ID, se.Index, se.Paragraph, se.Start, se.End, se.Text})
	}

	for i := range c.Events {
		e := c.Events[i] // a copy: Put does not change c
		e.ArticleID = a.ID
		js, err := json.Marshal(&e)
		if err != nil {
			return fail(fmt.Sprintf("cannot encode event %d", i), err)
		}
		args := make([]any, 0, 40)
		args = append(args, a.ID, i, e.Sentence, nil, e.DocID, e.CAMEO, e.Root, e.Quad, e.Goldstein, e.PLOVER, e.PLOVERMode)
		for _, ac := range []*dyad.Actor{e.Source, e.Target} {
			if ac == nil {
				args = append(args, nil, nil, nil, nil, nil, nil, nil, nil)
				continue
			}
			roles, err := json.Marshal(ac.Roles)
			if err != nil {
				return fail(fmt.Sprintf("cannot encode event %d roles", i), err)
			}
			args = append(args, ac.Code, ac.Country, ac.Text, ac.Name, string(roles), ac.Known, ac.Span[0], ac.Span[1])
		}
		args = append(args, e.Date, e.DatePrecision)
		if p := e.Place; p != nil {
			args = append(args, p.Name, p.Country, p.Lat, p.Lon)
		} else {
			args = append(args, nil, nil, nil, nil)
		}
		ev := e.Evidence
		args = append(args, e.Negated, e.Modality, ev.Trigger, ev.Pattern, ev.TriggerSpan[0], ev.TriggerSpan[1], string(js))
		r.events = append(r.events, args)
		r.eventSentence = append(r.eventSentence, e.Sentence)
	}

	for i, q := range c.Quotes {
		js, err := json.Marshal(&q)
		if err != nil {
			return fail(fmt.Sprintf("cannot encode quote %d", i), err)
		}
		var spText, spCode, spName, spKnown any
		if sp := q.Speaker; sp != nil {
			spText, spCode, spName, spKnown = sp.Text, sp.Code, sp.Name, sp.Known
		}
		r.quotes = append(r.quotes, []any{a.ID, i, q.Sentence, q.Text, q.Span[0], q.Span[1], q.Partial,
			spText, spCode, spName, spKnown, string(js)})
	}

	for i, en := range c.Entities {
		r.ents = append(r.ents, []any{a.ID, i, en.Text, en.Type, en.Span[0], en.Span[1], en.Sentence, en.Code})
	}
	return r, nil
}

// insert inserts r in tx and reports whether it was added; false, nil means
// the article was already stored. On error, the caller rolls back.
func (s *Store) insert(ctx context.Context, tx *sql.Tx, r *rows) (bool, error) {
	fail := func(what string, err error) (bool, error) {
		return false, fmt.Errorf("cannot store article %s: %s: %w", r.id, what, err)
	}
	hook := func(stage string) error {
		if s.testHook != nil {
			return s.testHook(stage)
		}
		return nil
	}
	res, err := tx.StmtContext(ctx, s.insArticle).ExecContext(ctx, r.article...)
	if err != nil {
		return fail("cannot insert article", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fail("cannot insert article", err)
	}
	if n == 0 {
		return false, nil // already stored: leave it as it is
	}
	if err := hook("article"); err != nil {
		return fail("article", err)
	}

	insSentence, insFTS := tx.StmtContext(ctx, s.insSentence), tx.StmtContext(ctx, s.insFTS)
	sentenceIDs := make(map[int]int64, len(r.sentences))
	for _, args := range r.sentences {
		idx, text := args[1].(int), args[5]
		res, err := insSentence.ExecContext(ctx, args...)
		if err != nil {
			return fail(fmt.Sprintf("cannot insert sentence %d", idx), err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return fail(fmt.Sprintf("cannot insert sentence %d", idx), err)
		}
		if _, err := insFTS.ExecContext(ctx, id, text); err != nil {
			return fail(fmt.Sprintf("cannot index sentence %d", idx), err)
		}
		sentenceIDs[idx] = id
	}
	if err := hook("sentences"); err != nil {
		return fail("sentences", err)
	}

	insEvent := tx.StmtContext(ctx, s.insEvent)
	for i, args := range r.events {
		if id, ok := sentenceIDs[r.eventSentence[i]]; ok {
			args[3] = id
		} else {
			args[3] = nil
		}
		if _, err := insEvent.ExecContext(ctx, args...); err != nil {
			return fail(fmt.Sprintf("cannot insert event %d", i), err)
		}
	}
	if err := hook("events"); err != nil {
		return fail("events", err)
	}

	insQuote := tx.StmtContext(ctx, s.insQuote)
	for i, args := range r.quotes {
		if _, err := insQuote.ExecContext(ctx, args...); err != nil {
			return fail(fmt.Sprintf("cannot insert quote %d", i), err)
		}
	}
	if err := hook("quotes"); err != nil {
		return fail("quotes", err)
	}

	insEntity := tx.StmtContext(ctx, s.insEntity)
	for i, args := range r.ents {
		if _, err := insEntity.ExecContext(ctx, args...); err != nil {
			return fail(fmt.Sprintf("cannot insert entity %d", i), err)
		}
	}
	if err := hook("entities"); err != nil {
		return fail("entities", err)
	}
	return true, nil
}
