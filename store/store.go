package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
)

// ErrNotFound is returned by Article when no article has the given ID.
var ErrNotFound = errors.New("not found")

// Store keeps coded articles and answers queries about their events.
//
// Implementations are safe for concurrent use by multiple goroutines.
type Store interface {
	// Put stores a coded article with its sentences, events, quotes, entities and tone in one
	// transaction. An article whose ID is already stored is left as it is and Put returns added=false.
	// On error nothing of the article stays in the store.
	Put(ctx context.Context, c *dyad.Coded) (added bool, err error)
	// Events returns the events matching q, newest first (by event date, then article, sentence), with ArticleID
	// set, and the total number of matches ignoring Limit and Offset.
	Events(ctx context.Context, q Query) ([]dyad.Event, int, error)
	// Article returns a stored article with everything coded from it, or ErrNotFound.
	Article(ctx context.Context, id string) (*dyad.Coded, error)
	// Unknown returns the most frequent actor names that no dictionary knew (events' source/target with
	// Known == false, and quote speakers likewise), most frequent first.
	Unknown(ctx context.Context, limit int) ([]NameCount, error)
	// Stats counts articles, sentences, events.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store's resources.
	Close() error
}

// Counter is implemented by stores that can count matching events by day
// and QuadClass without returning them. The dashboard's chart uses it.
type Counter interface {
	// Counts returns the number of events matching q (Limit and Offset
	// ignored) for each pair of event date and QuadClass that has any,
	// ordered by date then QuadClass. Events without a date count under
	// Date "".
	Counts(ctx context.Context, q Query) ([]DayCount, error)
}

// DayCount is the number of events of one QuadClass on one day.
type DayCount struct {
	Date  string `json:"date"`
	Quad  int    `json:"quad"`
	Count int    `json:"count"`
}

// NameCount is an actor name and how many times it occurs.
type NameCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Stats counts what a store holds.
type Stats struct {
	Articles  int `json:"articles"`
	Sentences int `json:"sentences"`
	Events    int `json:"events"`
}

// DefaultUnknownLimit is the number of names Unknown returns when asked for
// limit <= 0; MaxLimit caps it, as it caps Query.Limit.
const DefaultUnknownLimit = 50

// UnknownLimit returns the limit an implementation of Unknown applies for
// the limit it was given: DefaultUnknownLimit for limit <= 0, at most MaxLimit.
func UnknownLimit(limit int) int {
	switch {
	case limit <= 0:
		return DefaultUnknownLimit
	case limit > MaxLimit:
		return MaxLimit
	}
	return limit
}

// Opener opens a store from a data source name.
type Opener func(ctx context.Context, dsn string) (Store, error)

var (
	mu       sync.RWMutex
	registry = map[string]Opener{}
)

// Register makes a backend available to Open under scheme, such as "sqlite"
// or "postgres". Backends call it from an init function, so importing a
// backend for its side effect is enough:
//
//	import _ "github.com/dyadproject/dyad/store/sqlite"
//
// Register panics if scheme is empty, open is nil or the scheme is taken.
func Register(scheme string, open func(ctx context.Context, dsn string) (Store, error)) {
	mu.Lock()
	defer mu.Unlock()
	if scheme == "" || open == nil {
		panic("store: Register with empty scheme or nil open")
	}
	if _, dup := registry[scheme]; dup {
		panic("store: Register called twice for scheme " + scheme)
	}
	registry[scheme] = open
}

// Schemes returns the registered schemes, sorted.
func Schemes() []string {
	mu.RLock()
	defer mu.RUnlock()
	s := make([]string, 0, len(registry))
	for k := range registry {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

// Open opens the store that dsn names. A dsn is "scheme:rest", such as
// "sqlite:dyad.db" or "postgres://user@host/db" ("postgresql" is taken as
// "postgres"); a dsn without a scheme is a path to a SQLite file. The whole
// dsn is passed to the backend registered for the scheme, which must have
// been imported.
func Open(ctx context.Context, dsn string) (Store, error) {
	if dsn == "" {
		return nil, errors.New("cannot open store: empty data source name")
	}
	scheme := Scheme(dsn)
	mu.RLock()
	open := registry[scheme]
	mu.RUnlock()
	if open == nil {
		return nil, fmt.Errorf("cannot open store %q: no backend registered for scheme %q (is its package imported?)", redact(dsn), scheme)
	}
	st, err := open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("cannot open %s store: %w", scheme, err)
	}
	return st, nil
}

// Scheme returns the scheme of dsn as Open reads it: the text before the
// first ":" when it is at least two characters of letters, digits, "+", "-"
// or "." starting with a letter (so that "C:\dyad.db" is a path), lowercased;
// "postgresql" becomes "postgres"; anything else is "sqlite".
func Scheme(dsn string) string {
	i := strings.IndexByte(dsn, ':')
	if i < 2 {
		return "sqlite"
	}
	s := strings.ToLower(dsn[:i])
	for j, r := range s {
		ok := r >= 'a' && r <= 'z' || j > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')
		if !ok {
			return "sqlite"
		}
	}
	if s == "postgresql" {
		return "postgres"
	}
	return s
}

// redact hides a password in a URL-shaped dsn, for error messages.
func redact(dsn string) string {
	at := strings.LastIndexByte(dsn, '@')
	ss := strings.Index(dsn, "://")
	if at < 0 || ss < 0 || at < ss {
		return dsn
	}
	userinfo := dsn[ss+3 : at]
	if c := strings.IndexByte(userinfo, ':'); c >= 0 {
		return dsn[:ss+3] + userinfo[:c] + ":xxxxx" + dsn[at:]
	}
	return dsn
}

// Batcher is implemented by stores that can put many articles at once,
// faster than one Put each (SQLite: one transaction instead of one per
// article). Use PutAll to benefit from it where a store has it.
type Batcher interface {
	// PutBatch stores each article as Put would: added[i] and errs[i] are
	// what Put(ctx, cs[i]) would have returned; an article that fails leaves
	// nothing behind and does not stop the others. err is non-nil when the
	// batch as a whole failed (a cancelled context, a failed commit); then
	// nothing of the batch is stored and every added[i] is false.
	PutBatch(ctx context.Context, cs []*dyad.Coded) (added []bool, errs []error, err error)
}

// PutAll stores the articles with st.PutBatch if st is a Batcher, else with
// one Put each, and returns the same results as PutBatch.
func PutAll(ctx context.Context, st Store, cs []*dyad.Coded) (added []bool, errs []error, err error) {
	if b, ok := st.(Batcher); ok {
		return b.PutBatch(ctx, cs)
	}
	added, errs = make([]bool, len(cs)), make([]error, len(cs))
	for i, c := range cs {
		if err := ctx.Err(); err != nil {
			return added, errs, fmt.Errorf("cannot store articles: %w", err)
		}
		added[i], errs[i] = st.Put(ctx, c)
	}
	return added, errs, nil
}
