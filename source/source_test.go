package source

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

type result struct {
	ids  []string
	errs []error
}

func collect(t *testing.T, inputs []string, opts Options) result {
	t.Helper()
	var r result
	for d, err := range Documents(context.Background(), inputs, opts) {
		if err != nil {
			r.errs = append(r.errs, err)
			continue
		}
		r.ids = append(r.ids, d.ID)
	}
	return r
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", "Second.")
	write(t, dir, "a.html", "<p>First.</p>")
	write(t, dir, "notes.md", "not read")
	write(t, dir, ".hidden/c.txt", "skipped")
	write(t, dir, "sub/d.txt", "Nested.")
	got := collect(t, []string{dir}, Options{})
	want := []string{"a", "b", "d"}
	if strings.Join(got.ids, ",") != strings.Join(want, ",") || len(got.errs) != 0 {
		t.Errorf("got ids %v errs %v, want %v", got.ids, got.errs, want)
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "batch.jsonl", strings.Join([]string{
		`{"id": "d1", "text": "Iran and Iraq signed a deal.", "date": "2021-06-22"}`,
		`not json at all`,
		`{"id": "d3", "title": "no text"}`,
		``,
		`{"id": "d5", "html": "<p>Hello.</p>", "url": "https://example.org/a"}`,
		`{"id": "d6", "text": "Bad date.", "date": "22/06/2021"}`,
		`{"text": "No id."}`,
	}, "\n"))
	got := collect(t, []string{p}, Options{Date: "2020-01-01"})
	if want := "d1,d5,batch:7"; strings.Join(got.ids, ",") != want {
		t.Errorf("ids = %v, want %s", got.ids, want)
	}
	wantErrs := []string{"line 2", "line 3 (id d3)", "line 6 (id d6)"}
	if len(got.errs) != len(wantErrs) {
		t.Fatalf("errors = %v, want %d", got.errs, len(wantErrs))
	}
	for i, err := range got.errs {
		if !strings.Contains(err.Error(), wantErrs[i]) || !errors.Is(err, ErrBadLine) {
			t.Errorf("error %d = %v, want it to name %q and wrap ErrBadLine", i, err, wantErrs[i])
		}
	}
}

func TestJSONLFields(t *testing.T) {
	in := `{"id": "d1", "text": "T.", "date": "2021-06-22", "title": "Ti", "url": "u"}` + "\n" + `{"id": "d2", "html": "<p>H</p>"}`
	var docs []*dyad.Document
	for d, err := range Documents(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in), Date: "2020-01-01"}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents", len(docs))
	}
	d := docs[0]
	if d.Date != "2021-06-22" || d.Title != "Ti" || d.URL != "u" || string(d.Body) != "T." || d.Kind != dyad.KindText {
		t.Errorf("doc 1 = %+v", d)
	}
	if docs[1].Kind != dyad.KindHTML || docs[1].Date != "2020-01-01" {
		t.Errorf("doc 2 = %+v: want html with the command-line date", docs[1])
	}
}

func TestStdinText(t *testing.T) {
	for d, err := range Documents(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader("Plain text.")}) {
		if err != nil || d.ID != "stdin" || string(d.Body) != "Plain text." {
			t.Errorf("got %+v, %v", d, err)
		}
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil { // a sparse 50 MB file
		t.Fatal(err)
	}
	f.Close()
	ok := write(t, dir, "ok.txt", "Fine.")
	got := collect(t, []string{p, ok}, Options{})
	if len(got.errs) != 1 || !errors.Is(got.errs[0], ErrTooLarge) || !strings.Contains(got.errs[0].Error(), "big.txt") {
		t.Errorf("errors = %v, want one ErrTooLarge naming big.txt", got.errs)
	}
	if len(got.ids) != 1 || got.ids[0] != "ok" {
		t.Errorf("ids = %v, want the rest of the batch", got.ids)
	}
}

func TestMissingFile(t *testing.T) {
	got := collect(t, []string{filepath.Join(t.TempDir(), "nope.txt")}, Options{})
	if len(got.errs) != 1 || !strings.Contains(got.errs[0].Error(), "nope.txt") {
		t.Errorf("errors = %v", got.errs)
	}
}

func TestURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=windows-1256")
		w.Write([]byte("<p>Hello</p>"))
	}))
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL + "/x"
	dead.Close() // now unreachable

	var docs []*dyad.Document
	var errs []error
	for d, err := range Documents(context.Background(), []string{srv.URL + "/a", srv.URL + "/missing", deadURL}, Options{}) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	srv.Close()
	if len(docs) != 1 || docs[0].Kind != dyad.KindHTML || !strings.Contains(docs[0].ContentType, "windows-1256") {
		t.Errorf("docs = %+v", docs)
	}
	if len(errs) != 2 {
		t.Fatalf("errs = %v, want 2", errs)
	}
	for _, err := range errs {
		if !errors.Is(err, ErrFetch) {
			t.Errorf("error %v does not wrap ErrFetch", err)
		}
	}
	if !strings.Contains(errs[1].Error(), deadURL) {
		t.Errorf("error %v does not name %s", errs[1], deadURL)
	}
}
