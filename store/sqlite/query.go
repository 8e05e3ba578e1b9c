package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
)

// where returns the WHERE clause (with a leading " WHERE", or "") and its
// arguments for a normalized query over events aliased e.
func where(q store.Query) (string, []any) {
	var conds []string
	var args []any
	if q.Country != "" {
		conds = append(conds, "(e.source_country = ? OR e.target_country = ?)")
		args = append(args, q.Country, q.Country)
	}
	if q.Actor != "" {
		// Normalize allows only letters and digits: no GLOB metacharacters.
		conds = append(conds, "(e.source_code GLOB ? OR e.target_code GLOB ?)")
		args = append(args, q.Actor+"*", q.Actor+"*")
	}
	if q.Root != "" {
		conds = append(conds, "e.root = ?")
		args = append(args, q.Root)
	}
	if q.Code != "" {
		conds = append(conds, "e.cameo GLOB ?")
		args = append(args, q.Code+"*")
	}
	if q.PLOVER != "" {
		conds = append(conds, "e.plover = ?")
		args = append(args, q.PLOVER)
	}
	if q.From != "" {
		conds = append(conds, "e.date >= ?")
		args = append(args, q.From)
	}
	if q.To != "" {
		conds = append(conds, "e.date <> '' AND e.date <= ?")
		args = append(args, q.To)
	}
	if q.ArticleID != "" {
		conds = append(conds, "e.article_id = ?")
		args = append(args, q.ArticleID)
	}
	if q.Text != "" {
		conds = append(conds, "e.sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)")
		args = append(args, MatchExpr(store.ParseText(q.Text)))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// MatchExpr returns the FTS5 query for terms: each term a quoted FTS5
// string (so that nothing a user types is read as FTS5 syntax), a prefix
// term followed by "*", all of them required.
func MatchExpr(terms []store.TextTerm) string {
	var b strings.Builder
	for i, t := range terms {
		if i > 0 {
			b.WriteString(" AND ")
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(t.Text, `"`, `""`))
		b.WriteByte('"')
		if t.Prefix {
			b.WriteString(" *")
		}
	}
	return b.String()
}

// Events returns the events matching q; see store.Store.
func (s *Store) Events(ctx context.Context, q store.Query) ([]dyad.Event, int, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, 0, fmt.Errorf("cannot query events: %w", err)
	}
	w, args := where(q)
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT COUNT(*) FROM events e"+w, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("cannot count events: %w", err)
	}
	events := []dyad.Event{}
	if total == 0 || q.Offset >= total {
		return events, total, nil
	}
	rows, err := s.r.QueryContext(ctx, "SELECT e.article_id, e.json FROM events e"+w+
		" ORDER BY e.date DESC, e.article_id, e.sentence, e.seq LIMIT ? OFFSET ?",
		append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("cannot query events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var js []byte
		if err := rows.Scan(&id, &js); err != nil {
			return nil, 0, fmt.Errorf("cannot read event: %w", err)
		}
		var e dyad.Event
		if err := json.Unmarshal(js, &e); err != nil {
			return nil, 0, fmt.Errorf("cannot decode event of article %s: %w", id, err)
		}
		e.ArticleID = id
		events = append(events, e)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("cannot query events: %w", err)
	}
	return events, total, nil
}

// Counts counts the events matching q by date and QuadClass; see
// store.Counter.
func (s *Store) Counts(ctx context.Context, q store.Query) ([]store.DayCount, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, fmt.Errorf("cannot count events: %w", err)
	}
	w, args := where(q)
	rows, err := s.r.QueryContext(ctx, "SELECT e.date, e.quad, COUNT(*) FROM events e"+w+
		" GROUP BY e.date, e.quad ORDER BY e.date, e.quad", args...)
	if err != nil {
		return nil, fmt.Errorf("cannot count events: %w", err)
	}
	defer rows.Close()
	counts := []store.DayCount{}
	for rows.Next() {
		var c store.DayCount
		if err := rows.Scan(&c.Date, &c.Quad, &c.Count); err != nil {
			return nil, fmt.Errorf("cannot count events: %w", err)
		}
		counts = append(counts, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("cannot count events: %w", err)
	}
	return counts, nil
}

// Article returns the stored article id with everything coded from it; see
// store.Store. Its events have ArticleID set.
func (s *Store) Article(ctx context.Context, id string) (*dyad.Coded, error) {
	fail := func(what string, err error) (*dyad.Coded, error) {
		return nil, fmt.Errorf("cannot read article %s: %s: %w", id, what, err)
	}
	// One read transaction, so that the parts agree with each other.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fail("cannot begin transaction", err)
	}
	defer tx.Rollback()
	c := &dyad.Coded{Sentences: []dyad.Sentence{}, Events: []dyad.Event{}, Quotes: []dyad.Quote{}, Entities: []dyad.Entity{}}
	a, t := &c.Article, &c.Tone
	var paragraphs []byte
	err = tx.QueryRowContext(ctx, `SELECT id, doc_id, title, author, site, url, published, paragraphs,
		tone, tone_positive, tone_negative, tone_polarity, tone_activity, tone_self, word_count
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.DocID, &a.Title, &a.Author, &a.Site, &a.URL, &a.Published,
		&paragraphs, &t.Tone, &t.Positive, &t.Negative, &t.Polarity, &t.ActivityDensity, &t.SelfGroupDensity, &t.WordCount)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("cannot read article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return fail("cannot read article", err)
	}
	if err := json.Unmarshal(paragraphs, &a.Paragraphs); err != nil {
		return fail("cannot decode paragraphs", err)
	}
	if a.Paragraphs == nil {
		a.Paragraphs = []string{}
	}

	rows, err := tx.QueryContext(ctx, `SELECT idx, paragraph, start, "end", text FROM sentences WHERE article_id = ? ORDER BY idx`, id)
	if err != nil {
		return fail("cannot read sentences", err)
	}
	for rows.Next() {
		var se dyad.Sentence
		if err := rows.Scan(&se.Index, &se.Paragraph, &se.Start, &se.End, &se.Text); err != nil {
			rows.Close()
			return fail("cannot read sentence", err)
		}
		c.Sentences = append(c.Sentences, se)
	}
	if err := closeRows(rows); err != nil {
		return fail("cannot read sentences", err)
	}

	rows, err = tx.QueryContext(ctx, `SELECT json FROM events WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return fail("cannot read events", err)
	}
	for rows.Next() {
		var js []byte
		var e dyad.Event
		if err := rows.Scan(&js); err != nil {
			rows.Close()
			return fail("cannot read event", err)
		}
		if err := json.Unmarshal(js, &e); err != nil {
			rows.Close()
			return fail("cannot decode event", err)
		}
		e.ArticleID = id
		c.Events = append(c.Events, e)
	}
	if err := closeRows(rows); err != nil {
		return fail("cannot read events", err)
	}

	rows, err = tx.QueryContext(ctx, `SELECT json FROM quotes WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return fail("cannot read quotes", err)
	}
	for rows.Next() {
		var js []byte
		var q dyad.Quote
		if err := rows.Scan(&js); err != nil {
			rows.Close()
			return fail("cannot read quote", err)
		}
		if err := json.Unmarshal(js, &q); err != nil {
			rows.Close()
			return fail("cannot decode quote", err)
		}
		c.Quotes = append(c.Quotes, q)
	}
	if err := closeRows(rows); err != nil {
		return fail("cannot read quotes", err)
	}

	rows, err = tx.QueryContext(ctx, `SELECT text, type, start, "end", sentence, code FROM entities WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return fail("cannot read entities", err)
	}
	for rows.Next() {
		var en dyad.Entity
		if err := rows.Scan(&en.Text, &en.Type, &en.Span[0], &en.Span[1], &en.Sentence, &en.Code); err != nil {
			rows.Close()
			return fail("cannot read entity", err)
		}
		c.Entities = append(c.Entities, en)
	}
	if err := closeRows(rows); err != nil {
		return fail("cannot read entities", err)
	}
	return c, nil
}

func closeRows(rows *sql.Rows) error {
	err := rows.Err()
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	return err
}

// Unknown returns the most frequent names of actors no dictionary knew; see
// store.Store. An actor's name is its canonical Name if it has one, else
// the words of the text that name it, as written. Ties are broken by name.
func (s *Store) Unknown(ctx context.Context, limit int) ([]store.NameCount, error) {
	rows, err := s.r.QueryContext(ctx, `
		SELECT name, COUNT(*) AS n FROM (
			SELECT COALESCE(NULLIF(source_name, ''), source_text) AS name FROM events WHERE source_known = 0
			UNION ALL
			SELECT COALESCE(NULLIF(target_name, ''), target_text) FROM events WHERE target_known = 0
			UNION ALL
			SELECT COALESCE(NULLIF(speaker_name, ''), speaker_text) FROM quotes WHERE speaker_known = 0
		) WHERE TRIM(name) <> '' GROUP BY name ORDER BY n DESC, name LIMIT ?`, store.UnknownLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("cannot list unknown actors: %w", err)
	}
	defer rows.Close()
	names := []store.NameCount{}
	for rows.Next() {
		var nc store.NameCount
		if err := rows.Scan(&nc.Name, &nc.Count); err != nil {
			return nil, fmt.Errorf("cannot list unknown actors: %w", err)
		}
		names = append(names, nc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("cannot list unknown actors: %w", err)
	}
	return names, nil
}

// Stats counts the store's articles, sentences and events.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.r.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM sentences),
		(SELECT COUNT(*) FROM events)`).Scan(&st.Articles, &st.Sentences, &st.Events)
	if err != nil {
		return st, fmt.Errorf("cannot count store contents: %w", err)
	}
	return st, nil
}
