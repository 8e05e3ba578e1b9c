package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/sqlite"
	"github.com/dyadproject/dyad/store/storetest"
)

// newStore returns a SQLite store holding the conformance suite's fixtures.
func newStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, c := range storetest.Fixtures() {
		if _, err := st.Put(context.Background(), c); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func newServer(t *testing.T, st store.Store, opts Options) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(New(st, opts))
	t.Cleanup(srv.Close)
	return srv
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, method, u string) response {
	t.Helper()
	req, err := http.NewRequest(method, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, body}
}

// getJSON gets u, checks the status and the content type, and decodes the
// body into v.
func getJSON(t *testing.T, u string, status int, v any) {
	t.Helper()
	r := do(t, "GET", u)
	if r.status != status {
		t.Errorf("GET %s: status %d; want %d (body %s)", u, r.status, status, r.body)
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s: Content-Type %q; want application/json", u, ct)
	}
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Errorf("GET %s: cannot decode %s: %v", u, r.body, err)
	}
}

func labels(events []dyad.Event) []string {
	l := []string{}
	for _, e := range events {
		l = append(l, e.Evidence.Pattern)
	}
	return l
}

func TestEvents(t *testing.T) {
	srv := newServer(t, newStore(t), Options{})
	for _, tc := range []struct {
		query  string
		want   []string
		total  int
		limit  int
		offset int
	}{
		{"", []string{"c1", "c2", "a2", "c0", "a1", "a0", "b0", "b1", "b2"}, 9, 50, 0},
		{"country=IRN", []string{"c0", "a1", "a0"}, 3, 50, 0},
		{"country=irn&root=19", []string{"c0"}, 1, 50, 0},
		{"actor=SAU", []string{"b0", "b1"}, 2, 50, 0},
		{"code=195", []string{"c0"}, 1, 50, 0},
		{"plover=ASSAULT&from=2021-06-15", []string{"c0"}, 1, 50, 0},
		{"from=2021-06-15&to=2021-06-22", []string{"a1", "a0"}, 2, 50, 0},
		{"article=art-b", []string{"b0", "b1", "b2"}, 3, 50, 0},
		{"q=" + url.QueryEscape(`"saudi arabia"`), []string{"b0"}, 1, 50, 0},
		{"q=" + url.QueryEscape(`Iran's (NOT "unbalanced`), nil, 0, 50, 0},
		{"q=militia&country=&root=", []string{"c1", "c2", "b2"}, 3, 50, 0},
		{"limit=2&offset=2", []string{"a2", "c0"}, 9, 2, 2},
		{"limit=2&offset=8", []string{"b2"}, 9, 2, 8},
		{"offset=100", nil, 9, 50, 100},
		{"limit=5000", []string{"c1", "c2", "a2", "c0", "a1", "a0", "b0", "b1", "b2"}, 9, 1000, 0},
		{"limit=0", []string{"c1", "c2", "a2", "c0", "a1", "a0", "b0", "b1", "b2"}, 9, 50, 0},
	} {
		var got struct {
			EventsResponse
			Raw []map[string]any `json:"-"`
		}
		getJSON(t, srv.URL+"/api/events?"+tc.query, 200, &got)
		if l := labels(got.Events); !slices.Equal(l, nonNil(tc.want)) || got.Total != tc.total || got.Limit != tc.limit || got.Offset != tc.offset {
			t.Errorf("/api/events?%s = %v, total %d, limit %d, offset %d; want %v, %d, %d, %d",
				tc.query, l, got.Total, got.Limit, got.Offset, tc.want, tc.total, tc.limit, tc.offset)
		}
	}

	// The events are in the output contract, with article_id.
	var raw struct {
		Events []map[string]json.RawMessage `json:"events"`
	}
	getJSON(t, srv.URL+"/api/events?article=art-a", 200, &raw)
	for _, e := range raw.Events {
		for _, k := range []string{"doc_id", "article_id", "sentence", "cameo", "root", "quad", "goldstein", "plover",
			"plover_mode", "source", "target", "date", "date_precision", "place", "negated", "modality", "evidence"} {
			if _, ok := e[k]; !ok {
				t.Errorf("event %s has no %q", e["cameo"], k)
			}
		}
		if string(e["article_id"]) != `"art-a"` {
			t.Errorf("event article_id = %s; want \"art-a\"", e["article_id"])
		}
	}
	// And round-trip exactly.
	var resp EventsResponse
	getJSON(t, srv.URL+"/api/events?article=art-c", 200, &resp)
	c := storetest.Fixtures()[2]
	for _, e := range resp.Events {
		i := slices.IndexFunc(c.Events, func(x dyad.Event) bool { return x.Evidence.Pattern == e.Evidence.Pattern })
		if i < 0 {
			t.Fatalf("unknown event %s", e.Evidence.Pattern)
		}
		w := c.Events[i]
		w.ArticleID = c.Article.ID
		if !reflect.DeepEqual(e, w) {
			t.Errorf("event %d of art-c:\ngot  %+v\nwant %+v", i, e, w)
		}
	}
}

func TestBadParameters(t *testing.T) {
	srv := newServer(t, newStore(t), Options{})
	for _, tc := range []struct{ path, param string }{
		{"/api/events?country=IR", "country"},
		{"/api/events?country=IRN&country=USA", "country"},
		{"/api/events?actor=IRN*", "actor"},
		{"/api/events?root=99", "root"},
		{"/api/events?code=1", "code"},
		{"/api/events?plover=a%20b", "plover"},
		{"/api/events?from=2021-13-01", "from"},
		{"/api/events?to=tomorrow", "to"},
		{"/api/events?from=2021-07-01&to=2021-06-01", "to"},
		{"/api/events?q=%22%22", "q"},
		{"/api/events?q=%2A", "q"},
		{"/api/events?limit=abc", "limit"},
		{"/api/events?limit=-1", "limit"},
		{"/api/events?limit=99999999999999999999", "limit"},
		{"/api/events?offset=x", "offset"},
		{"/api/events?contry=IRN", "contry"},
		{"/api/counts?limit=10", "limit"},
		{"/api/counts?from=June", "from"},
		{"/api/actors/unknown?limit=x", "limit"},
		{"/api/actors/unknown?country=IRN", "country"},
		{"/api/stats?x=1", "x"},
		{"/api/articles/art-a?x=1", "x"},
	} {
		var got errorBody
		getJSON(t, srv.URL+tc.path, 400, &got)
		if got.Param != tc.param || got.Error == "" {
			t.Errorf("GET %s = %+v; want an error naming %q", tc.path, got, tc.param)
		}
	}
	var got errorBody
	getJSON(t, srv.URL+"/api/events?q=%ZZ", 400, &got)
	if got.Error == "" {
		t.Errorf("GET /api/events?q=%%ZZ: no error message")
	}
}

func TestCounts(t *testing.T) {
	st := newStore(t)
	want := []store.DayCount{{Date: "", Quad: 4, Count: 1}, {Date: "2021-06-14", Quad: 4, Count: 2},
		{Date: "2021-06-21", Quad: 3, Count: 1}, {Date: "2021-06-22", Quad: 1, Count: 1},
		{Date: "2021-07-01", Quad: 3, Count: 1}, {Date: "2021-07-01", Quad: 4, Count: 1}, {Date: "2021-07-02", Quad: 3, Count: 2}}
	// Through store.Counter, and by paging through a store that is not one.
	type plain struct{ store.Store }
	for name, s := range map[string]store.Store{"counter": st, "paging": plain{st}} {
		srv := newServer(t, s, Options{})
		var got CountsResponse
		getJSON(t, srv.URL+"/api/counts", 200, &got)
		if !reflect.DeepEqual(got, CountsResponse{Counts: want, Total: 9}) {
			t.Errorf("%s: /api/counts = %+v; want %+v", name, got, want)
		}
		got = CountsResponse{}
		getJSON(t, srv.URL+"/api/counts?country=IRN&q=nothing", 200, &got)
		if got.Total != 0 || got.Counts == nil || len(got.Counts) != 0 {
			t.Errorf("%s: /api/counts with no match = %+v; want an empty list", name, got)
		}
		got = CountsResponse{}
		getJSON(t, srv.URL+"/api/counts?root=19", 200, &got)
		if got.Total != 3 || len(got.Counts) != 2 {
			t.Errorf("%s: /api/counts?root=19 = %+v; want 3 events on 2 days", name, got)
		}
	}
	srv := newServer(t, plain{st}, Options{MaxChartEvents: 4})
	var got CountsResponse
	getJSON(t, srv.URL+"/api/counts", 200, &got)
	n := 0
	for _, c := range got.Counts {
		n += c.Count
	}
	if !got.Partial || got.Total != 9 || n != 4 {
		t.Errorf("/api/counts over a limited non-counting store = %+v; want partial, 4 of 9 counted", got)
	}
}

func TestArticle(t *testing.T) {
	srv := newServer(t, newStore(t), Options{})
	for _, c := range storetest.Fixtures() {
		var got dyad.Coded
		getJSON(t, srv.URL+"/api/articles/"+url.PathEscape(c.Article.ID), 200, &got)
		want := *c
		want.Events = slices.Clone(c.Events)
		for i := range want.Events {
			want.Events[i].ArticleID = c.Article.ID
		}
		want.Quotes, want.Entities = nonNil(want.Quotes), nonNil(want.Entities)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("/api/articles/%s:\ngot  %+v\nwant %+v", c.Article.ID, got, want)
		}
	}
	for _, id := range []string{"nope", "art-a%2Fx", "%20"} {
		var e errorBody
		getJSON(t, srv.URL+"/api/articles/"+id, 404, &e)
		if e.Error == "" {
			t.Errorf("/api/articles/%s: no error message", id)
		}
	}
	// Empty lists are [], not null.
	r := do(t, "GET", srv.URL+"/api/articles/art-c")
	if !bytes.Contains(r.body, []byte(`"quotes":[]`)) {
		t.Errorf("/api/articles/art-c: no empty quotes list in %s", r.body)
	}
}

func TestStatsAndUnknown(t *testing.T) {
	srv := newServer(t, newStore(t), Options{})
	var stats store.Stats
	getJSON(t, srv.URL+"/api/stats", 200, &stats)
	if stats != (store.Stats{Articles: 3, Sentences: 8, Events: 9}) {
		t.Errorf("/api/stats = %+v", stats)
	}
	for q, want := range map[string][]store.NameCount{
		"":         {{Name: "the militia", Count: 4}, {Name: "Hossein Amiri", Count: 2}, {Name: "Damascus", Count: 1}},
		"?limit=1": {{Name: "the militia", Count: 4}},
		"?limit=0": {{Name: "the militia", Count: 4}, {Name: "Hossein Amiri", Count: 2}, {Name: "Damascus", Count: 1}},
	} {
		var got UnknownResponse
		getJSON(t, srv.URL+"/api/actors/unknown"+q, 200, &got)
		if !reflect.DeepEqual(got.Actors, want) {
			t.Errorf("/api/actors/unknown%s = %+v; want %+v", q, got.Actors, want)
		}
	}
	// An empty store answers empty lists.
	empty, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	esrv := newServer(t, empty, Options{})
	for _, path := range []string{"/api/actors/unknown", "/api/events", "/api/counts"} {
		r := do(t, "GET", esrv.URL+path)
		if r.status != 200 || bytes.Contains(r.body, []byte("null")) {
			t.Errorf("GET %s on an empty store: %d %s; want 200 without null", path, r.status, r.body)
		}
	}
}

func TestMethodsAndRoutes(t *testing.T) {
	srv := newServer(t, newStore(t), Options{})
	for _, path := range []string{"/api/events", "/api/counts", "/api/articles/art-a", "/api/stats", "/api/actors/unknown", "/"} {
		for _, m := range []string{"POST", "PUT", "DELETE", "PATCH"} {
			r := do(t, m, srv.URL+path)
			if r.status != 405 || r.header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: status %d, Allow %q; want 405, \"GET, HEAD\"", m, path, r.status, r.header.Get("Allow"))
			}
		}
		get, head := do(t, "GET", srv.URL+path), do(t, "HEAD", srv.URL+path)
		if head.status != 200 || len(head.body) != 0 || head.header.Get("Content-Type") != get.header.Get("Content-Type") {
			t.Errorf("HEAD %s: status %d, %d bytes, %q; want 200, no body, %q", path, head.status, len(head.body),
				head.header.Get("Content-Type"), get.header.Get("Content-Type"))
		}
	}
	var e errorBody
	getJSON(t, srv.URL+"/api/nope", 404, &e)
	getJSON(t, srv.URL+"/api/events/extra", 404, &e)
	if r := do(t, "POST", srv.URL+"/api/events"); !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		t.Errorf("POST /api/events: Content-Type %q; want JSON", r.header.Get("Content-Type"))
	}
}

func TestDashboard(t *testing.T) {
	srv := newServer(t, newStore(t), Options{})
	for path, want := range map[string]struct{ ctype, content string }{
		"/":           {"text/html", "<title>dyad</title>"},
		"/index.html": {"", ""}, // FileServer redirects it to /
		"/app.js":     {"text/javascript", "function utf16Index"},
		"/style.css":  {"text/css", "--q4"},
	} {
		r := do(t, "GET", srv.URL+path)
		if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), want.ctype) || !bytes.Contains(r.body, []byte(want.content)) {
			t.Errorf("GET %s: %d %q (%d bytes); want 200 %s with %q", path, r.status, r.header.Get("Content-Type"), len(r.body), want.ctype, want.content)
		}
		if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", path, csp)
		}
	}
	if r := do(t, "GET", srv.URL+"/nope.html"); r.status != 404 {
		t.Errorf("GET /nope.html: status %d; want 404", r.status)
	}
	// The page refers to nothing outside the server.
	for _, f := range []string{"web/index.html", "web/app.js", "web/style.css"} {
		b, err := webFS.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"http://", "//cdn", "<script>", "innerHTML", "eval("} {
			if bytes.Contains(b, []byte(bad)) && !(bad == "http://" && bytes.Contains(b, []byte(`/^https?:\/\//i`))) {
				t.Errorf("%s contains %q", f, bad)
			}
		}
	}
}

// failing is a store whose queries fail.
type failing struct{ store.Store }

func (failing) Events(context.Context, store.Query) ([]dyad.Event, int, error) {
	return nil, 0, errors.New("disk on fire")
}

func (failing) Stats(context.Context) (store.Stats, error) {
	return store.Stats{}, errors.New("disk on fire")
}

func TestStoreErrors(t *testing.T) {
	var logs bytes.Buffer
	srv := newServer(t, failing{newStore(t)}, Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	for _, path := range []string{"/api/events", "/api/stats", "/api/counts"} {
		var e errorBody
		getJSON(t, srv.URL+path, 500, &e)
		if e.Error != "internal error" {
			t.Errorf("GET %s: error %q; want internal error", path, e.Error)
		}
	}
	if !strings.Contains(logs.String(), "disk on fire") {
		t.Errorf("store errors not logged: %q", logs.String())
	}
	// Query errors from the store are still 400s.
	var e errorBody
	getJSON(t, srv.URL+"/api/events?root=42", 400, &e)
}
