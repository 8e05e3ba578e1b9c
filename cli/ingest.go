package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net"
	"net/http"
	"os"
	"path"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/examples"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/server"
	"github.com/dyadproject/dyad/source"
	"github.com/dyadproject/dyad/store"

	_ "github.com/dyadproject/dyad/store/sqlite" // the default store
)

// ingestStats counts what an ingest did.
type ingestStats struct {
	docs, added, dups, failed, events int
}

// ingest codes documents into st, reporting progress on stderr: a live
// line on a terminal, a one-line summary otherwise.
func (e *env) ingest(p *pipeline.Pipeline, st store.Store, docs iter.Seq2[*dyad.Document, error], workers int) ingestStats {
	var s ingestStats
	start := time.Now()
	live := isTerminal(e.stderr)
	last := time.Time{}
	progress := func(final bool) {
		el := time.Since(start).Seconds()
		rate := float64(s.docs) / max(el, 1e-9)
		line := fmt.Sprintf("%d documents (%.0f/s), %d added, %d already stored, %d events, %d errors", s.docs, rate, s.added, s.dups, s.events, s.failed)
		if live {
			fmt.Fprintf(e.stderr, "\r\033[Kingest: %s", line)
			if final {
				fmt.Fprintln(e.stderr)
			}
		} else if final {
			fmt.Fprintf(e.stderr, "ingest: %s in %.1fs\n", line, el)
		}
	}
	clear := func() {
		if live {
			fmt.Fprint(e.stderr, "\r\033[K")
		}
	}
	// Articles are stored in batches, one transaction each where the store
	// can; a batch is written when full or when the stream pauses.
	var batch []pipeline.Result
	lastFlush := time.Now()
	flush := func() {
		if len(batch) == 0 {
			return
		}
		cs := make([]*dyad.Coded, len(batch))
		for i, r := range batch {
			cs[i] = r.Coded
		}
		added, errs, err := store.PutAll(e.ctx, st, cs)
		for i, r := range batch {
			switch {
			case err != nil || errs[i] != nil:
				if errs != nil && errs[i] != nil {
					err = errs[i]
				}
				clear()
				e.reportError(pipeline.Result{Doc: r.Doc, Err: fmt.Errorf("cannot store article: %w", err)})
				s.failed++
			case added[i]:
				s.added++
				s.events += len(r.Coded.Events)
			default:
				s.dups++
			}
		}
		batch = batch[:0]
	}
	for r := range p.Run(e.ctx, docs, workers) {
		s.docs++
		if r.Err != nil {
			clear()
			e.reportError(r)
			s.failed++
			continue
		}
		batch = append(batch, r)
		if len(batch) >= 64 || time.Since(lastFlush) > time.Second {
			flush()
			lastFlush = time.Now()
		}
		if live && time.Since(last) > 100*time.Millisecond {
			last = time.Now()
			progress(false)
		}
	}
	flush()
	progress(true)
	return s
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func runIngest(e *env, args []string) int {
	var f inputFlags
	fs := e.newFlags("ingest", "[flags] PATH...",
		"Code files, folders, URLs or JSONL batches into a database. The same article\n"+
			"ingested twice is stored once. Each article is stored whole or not at all.")
	f.register(fs, true)
	db := fs.String("db", "dyad.db", "database: a SQLite file, or sqlite:PATH")
	if done, st := parse(fs, args); done {
		return st
	}
	if err := f.check(); err != nil {
		e.errorf("%v", err)
		return 2
	}
	if fs.NArg() == 0 {
		e.errorf("ingest needs at least one PATH (a file, folder, URL, or - for standard input)")
		return 2
	}
	p, err := f.pipeline()
	if err != nil {
		e.errorf("%v", err)
		return 1
	}
	st, ok := e.openStore(*db, false)
	if !ok {
		return 1
	}
	defer st.Close()
	s := e.ingest(p, st, source.Documents(e.ctx, fs.Args(), f.sourceOptions(e)), f.workers)
	if s.added+s.dups == 0 && s.failed > 0 {
		return 1
	}
	return 0
}

func runServe(e *env, args []string) int {
	fs := e.newFlags("serve", "[flags]",
		"Serve the events API and the dashboard from a database:\n"+
			"  GET /api/events?country=IRN&root=12&from=2021-06-01&to=2021-06-30&q=words&limit=50&offset=0\n"+
			"  GET /api/articles/{id}\n  GET /  (dashboard)")
	db := fs.String("db", "dyad.db", "database: a SQLite file, or sqlite:PATH")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	if done, st := parse(fs, args); done {
		return st
	}
	st, ok := e.openStore(*db, true)
	if !ok {
		return 1
	}
	defer st.Close()
	return e.serve(st, *addr)
}

// serve answers HTTP on addr until the context ends.
func (e *env) serve(st store.Store, addr string) int {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		e.errorf("cannot listen on %s: %v", addr, err)
		return 1
	}
	srv := &http.Server{
		Handler:           server.New(st, server.Options{}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	fmt.Fprintf(e.stdout, "dyad: serving on http://%s/ (API at http://%s/api/events)\n", ln.Addr(), ln.Addr())
	go func() {
		<-e.ctx.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		e.errorf("cannot serve: %v", err)
		return 1
	}
	return 0
}

func runDemo(e *env, args []string) int {
	fs := e.newFlags("demo", "[flags]",
		"Code the sample corpus (examples/corpus, embedded in the binary) into a fresh\n"+
			"database and serve it, printing the dashboard's URL.")
	db := fs.String("db", "", "database file to create (default: a new file in a temporary folder)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	noServe := fs.Bool("no-serve", false, "code the corpus and exit without serving")
	if done, st := parse(fs, args); done {
		return st
	}
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "dyad-demo-")
		if err != nil {
			e.errorf("cannot create a temporary folder: %v", err)
			return 1
		}
		path = dir + "/demo.db"
	} else if _, err := os.Stat(path); err == nil {
		e.errorf("%s exists: demo codes into a fresh database (remove it, or pick another --db)", path)
		return 1
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		e.errorf("%v", err)
		return 1
	}
	st, ok := e.openStore(path, false)
	if !ok {
		return 1
	}
	defer st.Close()
	fmt.Fprintf(e.stdout, "dyad: coding the sample corpus into %s\n", path)
	s := e.ingest(p, st, corpusDocuments(examples.Corpus, "corpus"), 0)
	fmt.Fprintf(e.stdout, "dyad: %d articles, %d events\n", s.added, s.events)
	if *noServe {
		return 0
	}
	return e.serve(st, *addr)
}

// corpusDocuments yields the documents of an embedded folder.
func corpusDocuments(fsys fs.FS, dir string) iter.Seq2[*dyad.Document, error] {
	return func(yield func(*dyad.Document, error) bool) {
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			yield(nil, fmt.Errorf("cannot read the sample corpus: %w", err))
			return
		}
		for _, ent := range entries {
			name := path.Join(dir, ent.Name())
			b, err := fs.ReadFile(fsys, name)
			if err != nil {
				if !yield(nil, &source.Error{Origin: name, Err: err}) {
					return
				}
				continue
			}
			kind := dyad.KindText
			if strings.HasSuffix(name, ".html") {
				kind = dyad.KindHTML
			}
			id := strings.TrimSuffix(ent.Name(), path.Ext(ent.Name()))
			if !yield(&dyad.Document{ID: id, Origin: "examples/" + name, Kind: kind, Body: b}, nil) {
				return
			}
		}
	}
}
