package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
)

// Options configure the handler New returns.
type Options struct {
	// Logger receives the errors that the store returns; nil means
	// slog.Default().
	Logger *slog.Logger
	// MaxChartEvents bounds how many events /api/counts reads to count
	// when the store does not implement store.Counter; 0 means 20,000.
	MaxChartEvents int
}

type server struct {
	st   store.Store
	log  *slog.Logger
	opts Options
	web  http.Handler
}

// New returns the handler of dyad's HTTP API and dashboard over st:
//
//	GET /api/events?country=&actor=&root=&code=&plover=&from=&to=&q=&article=&limit=&offset=
//	GET /api/counts?(the same filters)
//	GET /api/articles/{id}
//	GET /api/stats
//	GET /api/actors/unknown?limit=
//	GET /  the dashboard
//
// Every route answers GET and HEAD, and 405 to other methods. API answers
// are JSON; errors are {"error": "...", "param": "..."} with status 400 for
// a bad parameter (param names it), 404 for an unknown article or route, 500
// when the store fails. New sets no timeouts: the caller's http.Server
// must (see the package documentation).
func New(st store.Store, opts Options) http.Handler {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.MaxChartEvents <= 0 {
		opts.MaxChartEvents = 20000
	}
	web, err := fs.Sub(webFS, "web")
	if err != nil {
		panic(err) // the embedded folder is part of the binary
	}
	s := &server{st: st, log: opts.Logger, opts: opts, web: http.FileServerFS(web)}
	mux := http.NewServeMux()
	mux.Handle("/api/events", s.api(s.events))
	mux.Handle("/api/counts", s.api(s.counts))
	mux.Handle("/api/articles/{id}", s.api(s.article))
	mux.Handle("/api/stats", s.api(s.stats))
	mux.Handle("/api/actors/unknown", s.api(s.unknown))
	mux.Handle("/api/", s.api(func(w http.ResponseWriter, r *http.Request) error {
		return &httpError{status: http.StatusNotFound, msg: "no such API route: " + r.URL.Path}
	}))
	mux.Handle("/", getOnly(http.HandlerFunc(s.dashboard), false))
	return mux
}

// httpError is an error answered with a status and a JSON body.
type httpError struct {
	status int
	msg    string
	param  string
}

func (e *httpError) Error() string { return e.msg }

func badParam(param, format string, args ...any) error {
	return &httpError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...), param: param}
}

// getOnly answers 405 to methods other than GET and HEAD.
func getOnly(h http.Handler, jsonErrors bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			if jsonErrors {
				writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: "method " + r.Method + " not allowed"})
			} else {
				http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			}
			return
		}
		h.ServeHTTP(w, r)
	})
}

// api adapts an API handler: GET and HEAD only, errors as JSON.
func (s *server) api(h func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return getOnly(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		var he *httpError
		var qe *store.QueryError
		switch {
		case errors.As(err, &he):
			writeJSON(w, he.status, errorBody{Error: he.msg, Param: he.param})
		case errors.As(err, &qe):
			writeJSON(w, http.StatusBadRequest, errorBody{Error: qe.Error(), Param: qe.Param})
		case errors.Is(err, store.ErrNotFound):
			writeJSON(w, http.StatusNotFound, errorBody{Error: "not found"})
		case r.Context().Err() != nil:
			// The client went away; nobody reads the answer.
			s.log.Debug("request cancelled", "path", r.URL.Path, "err", err)
		default:
			s.log.Error("store error", "method", r.Method, "url", r.URL.String(), "err", err)
			writeJSON(w, http.StatusInternalServerError, errorBody{Error: "internal error"})
		}
	}), true)
}

type errorBody struct {
	Error string `json:"error"`
	Param string `json:"param,omitempty"`
}

// writeJSON answers v as JSON with status. It encodes v before writing
// anything, so that a value JSON cannot hold is a 500, not a cut answer.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		body, _ = json.Marshal(errorBody{Error: "internal error: cannot encode the answer"})
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(body)+1))
	w.WriteHeader(status)
	w.Write(append(body, '\n')) // an error here is a client gone: nothing to do
}

// params checks that a request's query has only allowed parameters, each
// at most once, and returns them.
func params(r *http.Request, allowed ...string) (map[string]string, error) {
	vals, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, badParam("", "cannot parse the query string: %v", err)
	}
	p := make(map[string]string, len(vals))
	for k, v := range vals {
		known := false
		for _, a := range allowed {
			known = known || k == a
		}
		if !known {
			return nil, badParam(k, "unknown parameter %q (known: %s)", k, strings.Join(allowed, ", "))
		}
		if len(v) > 1 {
			return nil, badParam(k, "parameter %q given %d times", k, len(v))
		}
		p[k] = v[0]
	}
	return p, nil
}

// intParam parses an optional non-negative integer parameter.
func intParam(p map[string]string, name string) (int, error) {
	v, ok := p[name]
	if !ok || v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, badParam(name, "bad %s %q: want a non-negative integer", name, v)
	}
	return n, nil
}

var filterParams = []string{"country", "actor", "root", "code", "plover", "from", "to", "q", "article"}

// query reads the event filters, and limit and offset when paging, from r.
func query(r *http.Request, paging bool) (store.Query, error) {
	allowed := filterParams
	if paging {
		allowed = append(allowed[:len(allowed):len(allowed)], "limit", "offset")
	}
	p, err := params(r, allowed...)
	if err != nil {
		return store.Query{}, err
	}
	q := store.Query{
		Country: p["country"], Actor: p["actor"], Root: p["root"], Code: p["code"], PLOVER: p["plover"],
		From: p["from"], To: p["to"], Text: p["q"], ArticleID: p["article"],
	}
	if q.Limit, err = intParam(p, "limit"); err != nil {
		return q, err
	}
	if q.Offset, err = intParam(p, "offset"); err != nil {
		return q, err
	}
	return q.Normalize()
}

// EventsResponse is the body of GET /api/events.
type EventsResponse struct {
	Events []dyad.Event `json:"events"`
	Total  int          `json:"total"`
	Limit  int          `json:"limit"`
	Offset int          `json:"offset"`
}

func (s *server) events(w http.ResponseWriter, r *http.Request) error {
	q, err := query(r, true)
	if err != nil {
		return err
	}
	events, total, err := s.st.Events(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, EventsResponse{Events: nonNil(events), Total: total, Limit: q.Limit, Offset: q.Offset})
	return nil
}

// CountsResponse is the body of GET /api/counts: the number of matching
// events per day and QuadClass. Partial is true when the store could not
// count them all (it is no store.Counter and there were more than
// Options.MaxChartEvents).
type CountsResponse struct {
	Counts  []store.DayCount `json:"counts"`
	Total   int              `json:"total"`
	Partial bool             `json:"partial"`
}

func (s *server) counts(w http.ResponseWriter, r *http.Request) error {
	q, err := query(r, false)
	if err != nil {
		return err
	}
	var resp CountsResponse
	if c, ok := s.st.(store.Counter); ok {
		if resp.Counts, err = c.Counts(r.Context(), q); err != nil {
			return err
		}
		for _, c := range resp.Counts {
			resp.Total += c.Count
		}
	} else if resp, err = s.countByPaging(r, q); err != nil {
		return err
	}
	if resp.Counts == nil {
		resp.Counts = []store.DayCount{}
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

// countByPaging counts events by reading them, for stores that cannot count.
func (s *server) countByPaging(r *http.Request, q store.Query) (CountsResponse, error) {
	var resp CountsResponse
	type key struct {
		date string
		quad int
	}
	n := map[key]int{}
	for read := 0; read < s.opts.MaxChartEvents; {
		q.Offset, q.Limit = read, min(store.MaxLimit, s.opts.MaxChartEvents-read)
		events, total, err := s.st.Events(r.Context(), q)
		if err != nil {
			return resp, err
		}
		resp.Total = total
		for _, e := range events {
			n[key{e.Date, e.Quad}]++
		}
		read += len(events)
		if len(events) == 0 || read >= total {
			break
		}
	}
	read := 0
	for _, c := range n {
		read += c
	}
	resp.Partial = read < resp.Total
	for k, c := range n {
		resp.Counts = append(resp.Counts, store.DayCount{Date: k.date, Quad: k.quad, Count: c})
	}
	slices.SortFunc(resp.Counts, func(a, b store.DayCount) int {
		if c := strings.Compare(a.Date, b.Date); c != 0 {
			return c
		}
		return a.Quad - b.Quad
	})
	return resp, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (s *server) article(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r); err != nil {
		return err
	}
	id := r.PathValue("id")
	c, err := s.st.Article(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return &httpError{status: http.StatusNotFound, msg: fmt.Sprintf("no article %q", id), param: "id"}
	}
	if err != nil {
		return err
	}
	out := *c
	out.Article.Paragraphs = nonNil(c.Article.Paragraphs)
	out.Sentences, out.Events = nonNil(c.Sentences), nonNil(c.Events)
	out.Quotes, out.Entities = nonNil(c.Quotes), nonNil(c.Entities)
	writeJSON(w, http.StatusOK, &out)
	return nil
}

func (s *server) stats(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r); err != nil {
		return err
	}
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

// UnknownResponse is the body of GET /api/actors/unknown.
type UnknownResponse struct {
	Actors []store.NameCount `json:"actors"`
}

func (s *server) unknown(w http.ResponseWriter, r *http.Request) error {
	p, err := params(r, "limit")
	if err != nil {
		return err
	}
	limit, err := intParam(p, "limit")
	if err != nil {
		return err
	}
	names, err := s.st.Unknown(r.Context(), limit)
	if err != nil {
		return err
	}
	if names == nil {
		names = []store.NameCount{}
	}
	writeJSON(w, http.StatusOK, UnknownResponse{Actors: names})
	return nil
}

// dashboard serves the embedded web UI.
func (s *server) dashboard(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.web.ServeHTTP(w, r)
}
