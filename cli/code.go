package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/article"
	"github.com/dyadproject/dyad/export"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/source"
)

// inputFlags are the flags shared by the commands that read documents.
type inputFlags struct {
	input     string
	date      string
	dict      string
	patterns  string
	workers   int
	noShallow bool
	dyadic    bool
}

func (f *inputFlags) register(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
	BoolVar(*bool, string, bool, string)
}, coding bool) {
	fs.StringVar(&f.input, "input", "auto", "input kind: auto, text, html or jsonl")
	fs.StringVar(&f.date, "date", "", "publication date (YYYY-MM-DD) for documents that give none")
	if coding {
		fs.StringVar(&f.dict, "dict", "", "folder of actor dictionaries to overlay on the embedded ones")
		fs.StringVar(&f.patterns, "patterns", "", "folder of event pattern files to overlay on the embedded ones")
		fs.IntVar(&f.workers, "workers", 0, "documents coded at once (0: one per CPU)")
		fs.BoolVar(&f.noShallow, "no-shallow", false, "code only what the dependency parse supports: no shallow reading of sentences the parse gave no event")
	}
}

func (f *inputFlags) check() error {
	switch f.input {
	case dyad.KindAuto, dyad.KindText, dyad.KindHTML, dyad.KindJSONL:
	default:
		return fmt.Errorf("--input %q: want auto, text, html or jsonl", f.input)
	}
	if f.date != "" {
		if _, err := time.Parse(time.DateOnly, f.date); err != nil {
			return fmt.Errorf("--date %q: want YYYY-MM-DD", f.date)
		}
	}
	return nil
}

func (f *inputFlags) sourceOptions(e *env) source.Options {
	return source.Options{Kind: f.input, Date: f.date, Stdin: e.stdin}
}

func (f *inputFlags) pipeline() (*pipeline.Pipeline, error) {
	return pipeline.New(pipeline.Options{DictDir: f.dict, PatternDir: f.patterns, NoShallow: f.noShallow, Dyadic: f.dyadic})
}

// reportError prints a document's error on stderr, naming the document.
func (e *env) reportError(r pipeline.Result) {
	if r.Doc != nil && !strings.Contains(r.Err.Error(), r.Doc.Origin) {
		e.errorf("%s: %v", r.Doc.Origin, r.Err)
		return
	}
	e.errorf("%v", r.Err)
}

func runCode(e *env, args []string) int {
	var f inputFlags
	fs := e.newFlags("code", "[flags] [FILE|FOLDER|URL|-]...",
		"Code news into events: one event per line (jsonl, the default) or a TSV table.\n"+
			"With no input, or \"-\", reads standard input. A bad document is reported on\n"+
			"stderr and skipped; the exit status is non-zero only when nothing could be coded.")
	f.register(fs, true)
	fs.BoolVar(&f.dyadic, "dyadic", false, "code only events with both a source and a target, as TABARI and PETRARCH do (PLOVER, and dyad by default, also code acts with no recipient)")
	format := fs.String("format", "jsonl", "output format: "+strings.Join(export.Formats, ", "))
	if done, st := parse(fs, args); done {
		return st
	}
	if err := f.check(); err != nil {
		e.errorf("%v", err)
		return 2
	}
	w, err := export.New(*format, e.stdout)
	if err != nil {
		e.errorf("%v", err)
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	p, err := f.pipeline()
	if err != nil {
		e.errorf("%v", err)
		return 1
	}
	coded, failed := 0, 0
	for r := range p.Run(e.ctx, source.Documents(e.ctx, inputs, f.sourceOptions(e)), f.workers) {
		if r.Err != nil {
			e.reportError(r)
			failed++
			continue
		}
		if err := w.Write(r.Coded); err != nil {
			e.errorf("%v", err)
			return 1
		}
		coded++
	}
	if err := w.Flush(); err != nil {
		e.errorf("cannot write output: %v", err)
		return 1
	}
	if coded == 0 && failed > 0 {
		return 1
	}
	return 0
}

func runExtract(e *env, args []string) int {
	var f inputFlags
	fs := e.newFlags("extract", "[flags] [FILE|FOLDER|URL|-]...",
		"Print each article as dyad sees it before coding: its title, publication date,\n"+
			"author, site, URL and paragraphs (json), or the body text, one paragraph per\n"+
			"line (text). Compare with the page to see what was dropped as furniture.")
	f.register(fs, false)
	format := fs.String("format", "json", "output format: json or text")
	if done, st := parse(fs, args); done {
		return st
	}
	if err := f.check(); err != nil {
		e.errorf("%v", err)
		return 2
	}
	if *format != "json" && *format != "text" {
		e.errorf("--format %q: want json or text", *format)
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	done, failed := 0, 0
	for d, err := range source.Documents(e.ctx, inputs, f.sourceOptions(e)) {
		var a *dyad.Article
		if err == nil {
			a, err = article.Extract(d)
		}
		if err != nil {
			e.reportError(pipeline.Result{Doc: d, Err: err})
			failed++
			continue
		}
		done++
		if *format == "text" {
			fmt.Fprintln(e.stdout, a.Text())
			continue
		}
		if err := enc.Encode(a); err != nil {
			e.errorf("cannot write output: %v", err)
			return 1
		}
	}
	if done == 0 && failed > 0 {
		return 1
	}
	return 0
}
