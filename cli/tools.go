package cli

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/nlp/nlpcmd"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/source"
)

func runEval(e *env, args []string) int {
	var f inputFlags
	fs := e.newFlags("eval", "--gold FILE [flags]",
		"Code the sentences of a gold file and score the events at the level\n"+
			"(source country, target country, event type): PLOVER gold JSON scores PLOVER\n"+
			"types, PETRARCH XML scores CAMEO roots (and exact codes). Prints per-type and\n"+
			"overall precision, recall and F1, actor accuracy; the last line is the overall.\n"+
			"PETRARCH files hold dyadic events, as TABARI and PETRARCH code them (a source\n"+
			"and a target each), so by default they are scored against the coder's dyadic\n"+
			"events only (--dyadic auto); PLOVER files also hold acts with no recipient.")
	f.register(fs, true)
	gold := fs.String("gold", "", "gold file: PLOVER JSON or PETRARCH XML")
	dyadic := fs.String("dyadic", "auto", "score only the events with a source and a target: auto (for PETRARCH XML), on or off")
	verbose := fs.Bool("misses", false, "list every sentence with a missing or extra event, with the evidence")
	if done, st := parse(fs, args); done {
		return st
	}
	if *gold == "" {
		e.errorf("eval needs --gold FILE")
		return 2
	}
	g, err := eval.ReadFile(*gold)
	if err != nil {
		e.errorf("%v", err)
		return 1
	}
	switch *dyadic {
	case "auto":
		f.dyadic = g.Kind == eval.KindPETRARCH
	case "on", "off":
		f.dyadic = *dyadic == "on"
	default:
		e.errorf("--dyadic %q: want auto, on or off", *dyadic)
		return 2
	}
	p, err := f.pipeline()
	if err != nil {
		e.errorf("%v", err)
		return 1
	}
	r := eval.Score(g, func(text, date string) []dyad.Event {
		a := &dyad.Article{DocID: "gold", Published: date, Paragraphs: []string{text}}
		return p.CodeArticle(a).Events
	})
	r.Write(e.stdout, *verbose)
	return 0
}

func runNLP(e *env, args []string) int {
	return nlpcmd.Main(args, e.stdin, e.stdout, e.stderr)
}

func runDict(e *env, args []string) int {
	fs := e.newFlags("dict", "check DIR | import FILE",
		"check: validate a folder of actor dictionaries; every bad entry is reported\n"+
			"as file:line.\n"+
			"import: convert a PETRARCH (TABARI) actor dictionary to dyad's format on\n"+
			"standard output, to review and save in a folder for --dict.")
	if done, st := parse(fs, args); done {
		return st
	}
	if fs.NArg() != 2 || fs.Arg(0) != "check" && fs.Arg(0) != "import" {
		fs.Usage()
		return 2
	}
	if fs.Arg(0) == "import" {
		f, err := os.Open(fs.Arg(1))
		if err != nil {
			e.errorf("cannot import dictionary: %v", err)
			return 1
		}
		defer f.Close()
		entries, err := actor.ImportPETRARCH(f, fs.Arg(1))
		if err != nil {
			// Bad records are reported; the good ones are still written.
			fmt.Fprintln(e.stderr, err)
		}
		if len(entries) == 0 {
			e.errorf("no entries in %s", fs.Arg(1))
			return 1
		}
		if err := actor.WriteEntries(e.stdout, entries); err != nil {
			e.errorf("cannot write entries: %v", err)
			return 1
		}
		return 0
	}
	errs := actor.Check(fs.Arg(1))
	for _, err := range errs {
		fmt.Fprintln(e.stderr, err)
	}
	if len(errs) > 0 {
		e.errorf("%d problems in %s", len(errs), fs.Arg(1))
		return 1
	}
	fmt.Fprintf(e.stdout, "%s: ok\n", fs.Arg(1))
	return 0
}

func runActors(e *env, args []string) int {
	fs := e.newFlags("actors", "unknown [flags]",
		"List the actor names that no dictionary knew, most frequent first, for a\n"+
			"user to add to a dictionary (see dict/actors/README.md).")
	db := fs.String("db", "dyad.db", "database: a SQLite file, or sqlite:PATH")
	limit := fs.Int("limit", 50, "how many names")
	if done, st := parseVerb(fs, args, "unknown"); done {
		return st
	}
	st, ok := e.openStore(*db, true)
	if !ok {
		return 1
	}
	defer st.Close()
	names, err := st.Unknown(e.ctx, *limit)
	if err != nil {
		e.errorf("cannot list unknown actors: %v", err)
		return 1
	}
	for _, n := range names {
		fmt.Fprintf(e.stdout, "%6d  %s\n", n.Count, n.Name)
	}
	return 0
}

func runVerbs(e *env, args []string) int {
	var f inputFlags
	fs := e.newFlags("verbs", "unknown [flags] FILE|FOLDER|URL...",
		"Code documents and list the verbs that no event pattern knows, most frequent\n"+
			"first, with an example sentence: candidates for dict/patterns.")
	f.register(fs, true)
	limit := fs.Int("limit", 50, "how many verbs")
	if done, st := parseVerb(fs, args, "unknown"); done {
		return st
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if err := f.check(); err != nil {
		e.errorf("%v", err)
		return 2
	}
	p, err := f.pipeline()
	if err != nil {
		e.errorf("%v", err)
		return 1
	}
	counts := map[string]int{}
	example := map[string]string{}
	for d, err := range source.Documents(e.ctx, fs.Args(), f.sourceOptions(e)) {
		if err != nil {
			e.reportError(pipeline.Result{Doc: d, Err: err})
			continue
		}
		verbs, err := p.UnknownVerbs(d)
		if err != nil {
			e.reportError(pipeline.Result{Doc: d, Err: err})
			continue
		}
		for _, v := range verbs {
			counts[v.Lemma]++
			if _, ok := example[v.Lemma]; !ok {
				example[v.Lemma] = v.Sentence
			}
		}
	}
	lemmas := make([]string, 0, len(counts))
	for l := range counts {
		lemmas = append(lemmas, l)
	}
	sort.Slice(lemmas, func(i, j int) bool {
		if counts[lemmas[i]] != counts[lemmas[j]] {
			return counts[lemmas[i]] > counts[lemmas[j]]
		}
		return lemmas[i] < lemmas[j]
	})
	for i, l := range lemmas {
		if i == *limit {
			break
		}
		fmt.Fprintf(e.stdout, "%6d  %-16s %s\n", counts[l], l, strings.TrimSpace(example[l]))
	}
	return 0
}
