package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad/export"
	"github.com/dyadproject/dyad/store"
)

// runExport writes events, mentions, quotes, entities or articles from a
// database as JSONL, CSV, Parquet or GDELT event records.
func runExport(e *env, args []string) int {
	fs := e.newFlags("export", "[flags]",
		"Write what a database holds: events (one row per event), mentions (where each\n"+
			"event is said: article, sentence, trigger, spans), or the quotes, entities or\n"+
			"articles of the articles that have a selected event. Formats: jsonl (events as\n"+
			"`dyad code` writes them, plus event_id), csv (RFC 4180 with a header row),\n"+
			"parquet (flat columns), gdelt (GDELT 2.0 event records, events only).\n"+
			"The filters select events as the events API does; event_id is the same\n"+
			"as GDELT's GLOBALEVENTID and as `dyad code --format gdelt` gives.")
	db := fs.String("db", "dyad.db", "database: a SQLite file, or sqlite:PATH")
	format := fs.String("format", export.FormatJSONL, "output format: "+strings.Join(export.StoreFormats, ", "))
	what := fs.String("what", export.WhatEvents, "rows to write: "+strings.Join(export.StoreKinds, ", "))
	out := fs.String("out", "-", "output file, or - for standard output")
	var q store.Query
	fs.StringVar(&q.Country, "country", "", "ISO3 or CAMEO country of the source or target (IRN)")
	fs.StringVar(&q.Actor, "actor", "", "actor code prefix of the source or target (IRNGOV)")
	fs.StringVar(&q.Root, "root", "", "CAMEO root code, 01 to 20")
	fs.StringVar(&q.Code, "code", "", "CAMEO event code prefix (125)")
	fs.StringVar(&q.PLOVER, "plover", "", "PLOVER event type (REJECT)")
	fs.StringVar(&q.From, "from", "", "first event date, YYYY-MM-DD")
	fs.StringVar(&q.To, "to", "", "last event date, YYYY-MM-DD")
	fs.StringVar(&q.Text, "q", "", "words the event's sentence must contain (\"a phrase\", prefix*)")
	fs.StringVar(&q.ArticleID, "article", "", "article ID")
	fs.IntVar(&q.Limit, "limit", 0, "write at most this many events' rows (0: all)")
	fs.IntVar(&q.Offset, "offset", 0, "skip this many events, newest first")
	negated := fs.Bool("negated", false, "gdelt: also write events the text negates (GDELT cannot mark them)")
	if done, st := parse(fs, args); done {
		return st
	}
	if fs.NArg() > 0 {
		e.errorf("export takes no arguments (got %q): use --out FILE", fs.Arg(0))
		return 2
	}
	if q.Limit < 0 {
		e.errorf("--limit %d: must not be negative", q.Limit)
		return 2
	}
	if *format == export.FormatParquet && *out == "-" && isTerminal(e.stdout) {
		e.errorf("parquet is binary: give --out FILE or redirect standard output")
		return 2
	}
	st, ok := e.openStore(*db, true)
	if !ok {
		return 1
	}
	defer st.Close()

	w, commit, abort, err := e.exportOutput(*out)
	if err != nil {
		e.errorf("%v", err)
		return 1
	}
	x := &export.Exporter{GDELT: export.GDELTOptions{Negated: *negated}}
	n, err := x.Export(e.ctx, st, q, *what, *format, w)
	if err != nil {
		abort()
		e.errorf("%v", err)
		var qe *store.QueryError
		if errors.Is(err, export.ErrUsage) || errors.As(err, &qe) {
			return 2
		}
		return 1
	}
	if err := commit(); err != nil {
		e.errorf("%v", err)
		return 1
	}
	unit := *what
	if *what == export.WhatEvents && *format == export.FormatGDELT {
		unit = "GDELT event records"
	}
	if *out != "-" {
		fmt.Fprintf(e.stderr, "export: %d %s written to %s\n", n, unit, *out)
	}
	return 0
}

// exportOutput opens where an export goes. A file is written under a
// temporary name beside it and renamed by commit, so that a failed export
// leaves no partial file; abort removes it.
func (e *env) exportOutput(out string) (w io.Writer, commit func() error, abort func(), err error) {
	if out == "-" {
		return e.stdout, func() error { return nil }, func() {}, nil
	}
	f, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return nil, nil, nil, fmt.Errorf("cannot create %s: %w", out, err)
	}
	// CreateTemp makes the file private; an export is an ordinary file.
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, nil, nil, fmt.Errorf("cannot create %s: %w", out, err)
	}
	commit = func() error {
		if err := f.Close(); err != nil {
			os.Remove(f.Name())
			return fmt.Errorf("cannot write %s: %w", out, err)
		}
		if err := os.Rename(f.Name(), out); err != nil {
			os.Remove(f.Name())
			return fmt.Errorf("cannot write %s: %w", out, err)
		}
		return nil
	}
	abort = func() {
		f.Close()
		os.Remove(f.Name())
	}
	return f, commit, abort, nil
}
