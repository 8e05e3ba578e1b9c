// Package source reads the inputs dyad codes — files, folders, URLs,
// standard input and JSONL batches — and yields them as dyad.Documents.
//
// A bad input (an unreadable file, an unreachable URL, a JSONL line that is
// not JSON or has no text, a file over the size limit) is yielded as an
// *Error naming the input, and reading goes on with the next one.
package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// DefaultMaxBytes is the largest document read by default: 16 MiB, far
// above any news page.
const DefaultMaxBytes = 16 << 20

// Sentinel errors, wrapped in *Error.
var (
	// ErrTooLarge means a document exceeds Options.MaxBytes.
	ErrTooLarge = errors.New("document too large")
	// ErrBadLine means a JSONL line is not a valid document.
	ErrBadLine = errors.New("invalid JSONL document")
	// ErrFetch means a URL could not be fetched.
	ErrFetch = errors.New("cannot fetch URL")
)

// Error is a problem with one input. Origin names it: a path, a URL,
// "path:line N" or "-".
type Error struct {
	Origin string
	Err    error
}

// Error returns the origin and the problem.
func (e *Error) Error() string { return e.Origin + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Options control how inputs are read.
type Options struct {
	// Kind is dyad.KindAuto (the default), KindText, KindHTML or
	// KindJSONL. Auto treats files ending in .jsonl or .ndjson as JSONL,
	// and standard input as JSONL when its first byte is '{'.
	Kind string
	// Date is the publication date given on the command line, used for
	// documents that carry none of their own.
	Date string
	// MaxBytes caps a document's size; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Client fetches URLs; nil means a client with a 30 s timeout.
	Client *http.Client
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
}

func (o *Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// extensions are the file endings read when walking a folder.
var extensions = []string{".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"}

// Documents yields the documents of the named inputs in order: each yields
// either a document or an *Error. Folders are walked in lexical order and
// only files with known endings (.txt, .html, .jsonl ...) are read.
func Documents(ctx context.Context, inputs []string, opts Options) iter.Seq2[*dyad.Document, error] {
	return func(yield func(*dyad.Document, error) bool) {
		r := reader{ctx: ctx, opts: opts, yield: yield}
		for _, in := range inputs {
			if ctx.Err() != nil || !r.input(in) {
				return
			}
		}
	}
}

type reader struct {
	ctx   context.Context
	opts  Options
	yield func(*dyad.Document, error) bool
}

func (r *reader) fail(origin string, err error) bool {
	return r.yield(nil, &Error{Origin: origin, Err: err})
}

// input reads one command-line input; it returns false when the consumer
// stopped.
func (r *reader) input(in string) bool {
	switch {
	case in == "-":
		stdin := r.opts.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		br := bufio.NewReader(stdin)
		kind := r.opts.Kind
		if kind == "" || kind == dyad.KindAuto {
			if b, err := br.Peek(1); err == nil && b[0] == '{' {
				kind = dyad.KindJSONL
			}
		}
		if kind == dyad.KindJSONL {
			return r.jsonl("-", br)
		}
		body, err := readLimited(br, r.opts.maxBytes())
		if err != nil {
			return r.fail("-", err)
		}
		return r.doc(&dyad.Document{ID: "stdin", Origin: "-", Body: body})
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		return r.url(in)
	}
	info, err := os.Stat(in)
	if err != nil {
		return r.fail(in, fmt.Errorf("cannot read input: %w", err))
	}
	if !info.IsDir() {
		return r.file(in, info)
	}
	var files []string
	err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if path != in && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && slices.Contains(extensions, strings.ToLower(filepath.Ext(name))) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		if !r.fail(in, fmt.Errorf("cannot walk folder: %w", err)) {
			return false
		}
	}
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			if !r.fail(f, fmt.Errorf("cannot read input: %w", err)) {
				return false
			}
			continue
		}
		if r.ctx.Err() != nil || !r.file(f, info) {
			return false
		}
	}
	return true
}

func (r *reader) file(path string, info fs.FileInfo) bool {
	ext := strings.ToLower(filepath.Ext(path))
	kind := r.opts.Kind
	if kind == "" || kind == dyad.KindAuto {
		switch ext {
		case ".jsonl", ".ndjson":
			kind = dyad.KindJSONL
		case ".html", ".htm", ".xhtml":
			kind = dyad.KindHTML
		default:
			kind = dyad.KindAuto
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, fmt.Errorf("cannot read input: %w", err))
	}
	defer f.Close()
	if kind == dyad.KindJSONL {
		return r.jsonl(path, f)
	}
	if max := r.opts.maxBytes(); info.Size() > max {
		return r.fail(path, fmt.Errorf("%w: %s is larger than the %s limit", ErrTooLarge, size(info.Size()), size(max)))
	}
	body, err := readLimited(f, r.opts.maxBytes())
	if err != nil {
		return r.fail(path, err)
	}
	return r.doc(&dyad.Document{ID: docID(path), Origin: path, Kind: kind, Body: body})
}

func (r *reader) url(u string) bool {
	client := r.opts.Client
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	req, err := http.NewRequestWithContext(r.ctx, http.MethodGet, u, nil)
	if err != nil {
		return r.fail(u, fmt.Errorf("%w: %w", ErrFetch, err))
	}
	req.Header.Set("User-Agent", "dyad (political event coder)")
	resp, err := client.Do(req)
	if err != nil {
		return r.fail(u, fmt.Errorf("%w: %w", ErrFetch, err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return r.fail(u, fmt.Errorf("%w: HTTP status %s", ErrFetch, resp.Status))
	}
	body, err := readLimited(resp.Body, r.opts.maxBytes())
	if err != nil {
		return r.fail(u, err)
	}
	kind := r.opts.Kind
	if kind == "" || kind == dyad.KindAuto {
		kind = dyad.KindAuto
		if ct := resp.Header.Get("Content-Type"); strings.Contains(ct, "html") {
			kind = dyad.KindHTML
		}
	}
	return r.doc(&dyad.Document{ID: u, Origin: u, URL: u, Kind: kind, Body: body, ContentType: resp.Header.Get("Content-Type")})
}

// jsonLine is one document of a JSONL batch, as the contract gives it.
type jsonLine struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	HTML  string `json:"html"`
	Date  string `json:"date"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

func (r *reader) jsonl(origin string, rd io.Reader) bool {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64<<10), int(r.opts.maxBytes()))
	n := 0
	for sc.Scan() {
		n++
		if r.ctx.Err() != nil {
			return false
		}
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:line %d", origin, n)
		var jl jsonLine
		if err := json.Unmarshal(line, &jl); err != nil {
			if !r.fail(where, fmt.Errorf("%w: %w", ErrBadLine, err)) {
				return false
			}
			continue
		}
		if jl.ID != "" {
			where += " (id " + jl.ID + ")"
		}
		if strings.TrimSpace(jl.Text) == "" && strings.TrimSpace(jl.HTML) == "" {
			if !r.fail(where, fmt.Errorf("%w: no \"text\" or \"html\" field", ErrBadLine)) {
				return false
			}
			continue
		}
		if jl.Date != "" {
			if _, err := time.Parse(time.DateOnly, jl.Date); err != nil {
				if !r.fail(where, fmt.Errorf("%w: \"date\" %q is not YYYY-MM-DD", ErrBadLine, jl.Date)) {
					return false
				}
				continue
			}
		}
		d := &dyad.Document{ID: jl.ID, Origin: where, URL: jl.URL, Title: jl.Title, Date: jl.Date, Kind: dyad.KindText, Body: []byte(jl.Text)}
		if d.ID == "" {
			d.ID = fmt.Sprintf("%s:%d", docID(origin), n)
		}
		if jl.HTML != "" {
			d.Kind, d.Body = dyad.KindHTML, []byte(jl.HTML)
		}
		if !r.doc(d) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		where := fmt.Sprintf("%s:line %d", origin, n+1)
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("%w: line is longer than the %s limit", ErrTooLarge, size(r.opts.maxBytes()))
		}
		return r.fail(where, err)
	}
	return true
}

func (r *reader) doc(d *dyad.Document) bool {
	if d.Date == "" {
		d.Date = r.opts.Date
	}
	return r.yield(d, nil)
}

// readLimited reads all of r, or fails with ErrTooLarge past max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read input: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than the %s limit", ErrTooLarge, size(max))
	}
	return b, nil
}

// docID names a document after its file, without folder or extension.
func docID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
