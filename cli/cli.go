// Package cli implements the dyad command line: one function per
// subcommand over the importable packages, so that cmd/dyad stays thin and
// the commands can be tested in process.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/sqlite"
)

// Version is dyad's version, set at build time with
// -ldflags "-X github.com/dyadproject/dyad/cli.Version=v1.2.3".
var Version = "dev"

// env is what a command runs with.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	summary string
	run     func(e *env, args []string) int
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"code":    {"code news into events (JSONL, TSV)", runCode},
		"extract": {"print the article as dyad sees it before coding", runExtract},
		"ingest":  {"code files, folders or JSONL into a database", runIngest},
		"serve":   {"serve the events API and dashboard from a database", runServe},
		"demo":    {"code the sample corpus into a fresh database and serve it", runDemo},
		"export":  {"write events, mentions, quotes, entities or articles from a database (JSONL, CSV, Parquet, GDELT)", runExport},
		"eval":    {"score the coder against a gold file (PLOVER JSON, PETRARCH XML)", runEval},
		"nlp":     {"tokenize, tag and parse; evaluate or train the language models", runNLP},
		"dict":    {"check actor dictionaries, import PETRARCH ones (dict check DIR, dict import FILE)", runDict},
		"actors":  {"list actors no dictionary knows (actors unknown)", runActors},
		"verbs":   {"list frequent verbs no pattern matched (verbs unknown FILE...)", runVerbs},
		"version": {"print the version", runVersion},
	}
}

// Main runs the dyad command line and returns the exit status.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return c.run(e, []string{"--help"})
			}
		}
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "dyad: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "dyad codes political events from news: who did what to whom, when and where (CAMEO, PLOVER).")
	fmt.Fprintln(w, "\nUsage: dyad COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun \"dyad COMMAND --help\" for a command's flags.")
}

// newFlags returns a flag set that prints usage to e's stderr.
func (e *env) newFlags(name, usageLine, desc string) *flag.FlagSet {
	fs := flag.NewFlagSet("dyad "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: dyad %s %s\n\n%s\n\nFlags:\n", name, usageLine, desc)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; it returns done=true with the exit status when the
// command should stop (help asked for, or bad flags).
func parse(fs *flag.FlagSet, args []string) (done bool, status int) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, 0
		}
		return true, 2
	}
	return false, 0
}

// parseVerb parses the flags that follow a command's verb, as in "dyad
// actors unknown --db FILE": a missing or other verb prints the usage.
func parseVerb(fs *flag.FlagSet, args []string, verb string) (done bool, status int) {
	if len(args) == 0 || args[0] != verb {
		if done, st := parse(fs, args); done {
			return true, st
		}
		fs.Usage()
		return true, 2
	}
	return parse(fs, args[1:])
}

// openStore opens the database named by a --db flag. With existing set, a
// SQLite file must already exist: reading commands do not create one.
func (e *env) openStore(db string, existing bool) (store.Store, bool) {
	if existing && store.Scheme(db) == "sqlite" {
		if _, err := os.Stat(sqlite.Path(db)); err != nil {
			e.errorf("cannot open database %s: %v (run dyad ingest first)", db, err)
			return nil, false
		}
	}
	st, err := store.Open(e.ctx, db)
	if err != nil {
		e.errorf("cannot open database %s: %v", db, err)
		return nil, false
	}
	return st, true
}

func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "dyad: "+format+"\n", args...)
}

func runVersion(e *env, args []string) int {
	fs := e.newFlags("version", "", "Print dyad's version and build information.")
	if done, st := parse(fs, args); done {
		return st
	}
	v := Version
	goVersion := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
		if v == "dev" {
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" && len(s.Value) >= 12 {
					v = "dev-" + s.Value[:12]
				}
			}
		}
	}
	fmt.Fprintf(e.stdout, "dyad %s %s\n", v, strings.TrimSpace(goVersion))
	return 0
}
