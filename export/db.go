package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
)

// What a store export writes: one row per event, per event mention, per
// quote, per entity or per article.
const (
	WhatEvents   = "events"
	WhatMentions = "mentions"
	WhatQuotes   = "quotes"
	WhatEntities = "entities"
	WhatArticles = "articles"
)

// StoreKinds lists the kinds of rows ExportStore writes (--what).
var StoreKinds = []string{WhatEvents, WhatMentions, WhatQuotes, WhatEntities, WhatArticles}

// StoreFormats lists the formats ExportStore writes; gdelt only for events.
var StoreFormats = []string{FormatJSONL, FormatCSV, FormatParquet, FormatGDELT}

// ErrUsage is wrapped by the errors ExportStore returns for a kind or
// format it does not know, or a combination it cannot write, before
// anything is read or written.
var ErrUsage = errors.New("bad export request")

// articleCacheSize bounds the articles an export keeps in memory to look
// up their URL, tone and sentences.
const articleCacheSize = 64

// Exporter writes what a store holds. The zero value is ready to use.
type Exporter struct {
	// GDELT configures the gdelt format.
	GDELT GDELTOptions
	// PageSize is the number of events read per Store.Events call: 0
	// means store.MaxLimit.
	PageSize int
}

// ExportStore writes the rows of kind what (events, mentions, quotes,
// entities, articles) selected by q from st to w in format (jsonl, csv,
// parquet, or gdelt for events). See Exporter.Export.
func ExportStore(ctx context.Context, st store.Store, q store.Query, what, format string, w io.Writer) error {
	_, err := (&Exporter{}).Export(ctx, st, q, what, format, w)
	return err
}

// Export writes the rows of kind what selected by q from st to w in format,
// and returns the number of rows written.
//
// The filters of q select events as the events API does (country, actor,
// root, code, plover, from, to, text, article); q.Offset skips that many
// events and q.Limit, when positive, stops after that many (0 means all,
// unlike a Store query). Events come newest first, as Store.Events gives
// them, read page by page.
//
//   - events: one row per event. JSONL writes each event as the dyad
//     contract gives it (`dyad code` output, with article_id) plus
//     "event_id"; CSV and Parquet write EventRow; gdelt writes GDELT 2.0
//     event records (see GDELTWriter), leaving out negated events unless
//     GDELTOptions.Negated.
//   - mentions: one MentionRow per event.
//   - quotes, entities, articles: the quotes, entities or the article rows
//     of every article that has at least one selected event, in the order
//     their first event comes. Articles without any event are not
//     exported: a store lists events, not articles.
//
// Event IDs (event_id, GLOBALEVENTID) are EventID, the same as `dyad code
// --format gdelt` gives for the same article. Errors name what failed; an
// error wrapping ErrUsage or a *store.QueryError comes before anything is
// written.
func (x *Exporter) Export(ctx context.Context, st store.Store, q store.Query, what, format string, w io.Writer) (int, error) {
	if what == "" {
		what = WhatEvents
	}
	if format == "" {
		format = FormatJSONL
	}
	switch what {
	case WhatEvents, WhatMentions, WhatQuotes, WhatEntities, WhatArticles:
	default:
		return 0, fmt.Errorf("cannot export %q: %w: want one of %s", what, ErrUsage, strings.Join(StoreKinds, ", "))
	}
	switch format {
	case FormatJSONL, FormatCSV, FormatParquet:
	case FormatGDELT:
		if what != WhatEvents {
			return 0, fmt.Errorf("cannot export %s as gdelt: %w: GDELT records are events", what, ErrUsage)
		}
	default:
		return 0, fmt.Errorf("cannot export %s as %q: %w: want one of %s", what, format, ErrUsage, strings.Join(StoreFormats, ", "))
	}
	if _, err := q.Normalize(); err != nil {
		return 0, fmt.Errorf("cannot export %s: %w", what, err)
	}
	x2 := &exportRun{x: x, st: st, q: q}
	var n int
	var err error
	switch {
	case what == WhatEvents && format == FormatJSONL:
		n, err = x2.eventsJSONL(ctx, w)
	case what == WhatEvents && format == FormatGDELT:
		n, err = x2.eventsGDELT(ctx, w)
	case what == WhatEvents:
		n, err = writeTable(format, w, func(emit func(*EventRow) error) error {
			return x2.eachEvent(ctx, func(e *dyad.Event, id int64) error {
				r := NewEventRow(e, id)
				return emit(&r)
			})
		})
	case what == WhatMentions:
		n, err = writeTable(format, w, func(emit func(*MentionRow) error) error {
			return x2.eachEvent(ctx, func(e *dyad.Event, id int64) error {
				c, err := x2.article(ctx, e.ArticleID)
				if err != nil {
					return err
				}
				r := NewMentionRow(c, e, id)
				return emit(&r)
			})
		})
	case what == WhatQuotes:
		n, err = writeTable(format, w, func(emit func(*QuoteRow) error) error {
			return x2.eachArticle(ctx, func(c *dyad.Coded) error {
				for i := range c.Quotes {
					r := NewQuoteRow(c, i)
					if err := emit(&r); err != nil {
						return err
					}
				}
				return nil
			})
		})
	case what == WhatEntities:
		n, err = writeTable(format, w, func(emit func(*EntityRow) error) error {
			return x2.eachArticle(ctx, func(c *dyad.Coded) error {
				for i := range c.Entities {
					r := NewEntityRow(c, i)
					if err := emit(&r); err != nil {
						return err
					}
				}
				return nil
			})
		})
	case what == WhatArticles:
		n, err = writeTable(format, w, func(emit func(*ArticleRow) error) error {
			return x2.eachArticle(ctx, func(c *dyad.Coded) error {
				r := NewArticleRow(c)
				return emit(&r)
			})
		})
	}
	if err != nil {
		return n, fmt.Errorf("cannot export %s as %s: %w", what, format, err)
	}
	return n, nil
}

// writeTable runs produce with an emit function that writes rows in
// format, then closes the table, and returns the number of rows written.
func writeTable[T any](format string, w io.Writer, produce func(emit func(*T) error) error) (int, error) {
	tw, err := NewTableWriter[T](format, w)
	if err != nil {
		return 0, err
	}
	n := 0
	err = produce(func(r *T) error {
		if err := tw.Write(r); err != nil {
			return err
		}
		n++
		return nil
	})
	if cerr := tw.Close(); err == nil {
		err = cerr
	}
	return n, err
}

// exportRun is the state of one export.
type exportRun struct {
	x  *Exporter
	st store.Store
	q  store.Query

	cache map[string]*dyad.Coded
	order []string // cache keys, oldest first
}

// eachEvent calls fn for every selected event with its EventID, reading
// the store page by page.
//
// IDs are counted within runs of events of one article, sentence and
// date: Store.Events orders by date, article, sentence and position, so
// such a run holds, in article order, every selected event that could
// share an identity key; and every filter of a query is decided by the
// key's fields, so a filter keeps all events of a key or none of them.
// The duplicate numbers, hence the IDs, are those of the whole article.
func (r *exportRun) eachEvent(ctx context.Context, fn func(e *dyad.Event, id int64) error) error {
	page := r.x.PageSize
	if page <= 0 || page > store.MaxLimit {
		page = store.MaxLimit
	}
	limit := r.q.Limit // <= 0: all
	q := r.q
	q.Offset = max(r.q.Offset, 0)
	var ids idCounter
	var run struct {
		article, date string
		sentence      int
	}
	done := 0
	for {
		q.Limit = page
		if limit > 0 {
			q.Limit = min(page, limit-done)
		}
		events, total, err := r.st.Events(ctx, q)
		if err != nil {
			return fmt.Errorf("cannot read events %d to %d: %w", q.Offset, q.Offset+q.Limit, err)
		}
		for i := range events {
			e := &events[i]
			if e.ArticleID != run.article || e.Sentence != run.sentence || e.Date != run.date {
				run.article, run.sentence, run.date = e.ArticleID, e.Sentence, e.Date
				ids.reset()
			}
			if err := fn(e, ids.next(e.ArticleID, e)); err != nil {
				return err
			}
		}
		done += len(events)
		q.Offset += len(events)
		if len(events) == 0 || q.Offset >= total || limit > 0 && done >= limit {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("cannot read events: %w", err)
		}
	}
}

// eachArticle calls fn once for every article that has a selected event,
// in the order of its first selected event.
func (r *exportRun) eachArticle(ctx context.Context, fn func(c *dyad.Coded) error) error {
	seen := map[string]bool{}
	return r.eachEvent(ctx, func(e *dyad.Event, _ int64) error {
		if seen[e.ArticleID] {
			return nil
		}
		seen[e.ArticleID] = true
		c, err := r.st.Article(ctx, e.ArticleID)
		if err != nil {
			return fmt.Errorf("cannot read article %s: %w", e.ArticleID, err)
		}
		return fn(c)
	})
}

// article returns a stored article, from a small cache: the events of one
// article mostly come together.
func (r *exportRun) article(ctx context.Context, id string) (*dyad.Coded, error) {
	if c, ok := r.cache[id]; ok {
		return c, nil
	}
	c, err := r.st.Article(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("cannot read article %s: %w", id, err)
	}
	if r.cache == nil {
		r.cache = make(map[string]*dyad.Coded, articleCacheSize)
	}
	if len(r.order) >= articleCacheSize {
		delete(r.cache, r.order[0])
		r.order = r.order[1:]
	}
	r.cache[id] = c
	r.order = append(r.order, id)
	return c, nil
}

// jsonEvent is an event as `dyad export` writes it in JSONL: the contract
// of `dyad code`, with article_id, plus its EventID. Embedding the event
// promotes its fields into the JSON object.
type jsonEvent struct {
	EventID int64 `json:"event_id"`
	*dyad.Event
}

func (r *exportRun) eventsJSONL(ctx context.Context, w io.Writer) (int, error) {
	tw, _ := NewTableWriter[jsonEvent](FormatJSONL, w)
	n := 0
	err := r.eachEvent(ctx, func(e *dyad.Event, id int64) error {
		if err := tw.Write(&jsonEvent{EventID: id, Event: e}); err != nil {
			return err
		}
		n++
		return nil
	})
	if cerr := tw.Close(); err == nil {
		err = cerr
	}
	return n, err
}

func (r *exportRun) eventsGDELT(ctx context.Context, w io.Writer) (int, error) {
	g := NewGDELT(w, r.x.GDELT)
	added := g.dateAdded()
	n := 0
	err := r.eachEvent(ctx, func(e *dyad.Event, id int64) error {
		if e.Negated && !g.opt.Negated {
			return nil
		}
		c, err := r.article(ctx, e.ArticleID)
		if err != nil {
			return err
		}
		art := articleOf(c)
		if err := g.writeEvent(e, &art, id, added); err != nil {
			return err
		}
		n++
		return nil
	})
	if ferr := g.Flush(); err == nil {
		err = ferr
	}
	return n, err
}
