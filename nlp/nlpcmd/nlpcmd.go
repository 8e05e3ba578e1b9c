// Package nlpcmd implements the "dyad nlp" subcommands: eval, parse and train.
package nlpcmd

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
	"unicode"

	"github.com/dyadproject/dyad/nlp"
)

const usage = `usage: dyad nlp <command> [flags]

commands:
  eval --conllu FILE   tag and parse the gold tokens of FILE; print UPOS, XPOS,
                       lemma accuracy, UAS, LAS (CoNLL 2018: universal relations;
                       also with subtypes) (and NER when FILE has GUM entities)
  parse [FILE|-]       print CoNLL-U for raw text (one paragraph per line; sentences
                       are split at . ! ? followed by space and a capital)
  train --ud DIR --out DIR
                       train the tagger, lemmatizer, parser and recogniser from the
                       UD English EWT and GUM treebanks in DIR
`

// Main runs a "dyad nlp" subcommand and returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "eval":
		return evalCmd(args[1:], stdout, stderr)
	case "parse":
		return parseCmd(args[1:], stdin, stdout, stderr)
	case "train":
		return trainCmd(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "dyad nlp: unknown command %q\n%s", args[0], usage)
		return 2
	}
}

func newFlags(name, help string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("dyad nlp "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: dyad nlp %s\n", help)
		fs.PrintDefaults()
	}
	return fs
}

func flagStatus(err error) int {
	if err == flag.ErrHelp {
		return 0
	}
	return 2
}

func evalCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval", "eval --conllu FILE [--model FILE]", stderr)
	file := fs.String("conllu", "", "CoNLL-U file with gold annotation")
	modelFile := fs.String("model", "", "model file to use instead of the embedded one")
	if err := fs.Parse(args); err != nil {
		return flagStatus(err)
	}
	if *file == "" {
		fs.Usage()
		return 2
	}
	m, err := loadModel(*modelFile)
	if err != nil {
		fmt.Fprintf(stderr, "dyad nlp eval: %v\n", err)
		return 1
	}
	ss, err := nlp.ReadCoNLLUFile(*file)
	if err != nil {
		fmt.Fprintf(stderr, "dyad nlp eval: %v\n", err)
		return 1
	}
	r := m.Evaluate(ss)
	fmt.Fprintf(stdout, "file:      %s (%d sentences, %d tokens)\n", *file, r.Sentences, r.Tokens)
	fmt.Fprintf(stdout, "UPOS:      %.2f\n", 100*r.UPOS)
	fmt.Fprintf(stdout, "XPOS:      %.2f\n", 100*r.XPOS)
	fmt.Fprintf(stdout, "Lemma:     %.2f\n", 100*r.Lemma)
	fmt.Fprintf(stdout, "UAS:       %.2f\n", 100*r.UAS)
	fmt.Fprintf(stdout, "LAS:       %.2f (universal relations, as the CoNLL 2018 scorer; %.2f with subtypes)\n", 100*r.LAS, 100*r.LASSubtypes)
	if r.NER != nil {
		for _, t := range []string{"PERSON", "ORG", "LOC", "ALL"} {
			c := r.NER[t]
			fmt.Fprintf(stdout, "NER %-6s P %.3f R %.3f F1 %.3f (gold %d)\n", t, c.Precision(), c.Recall(), c.F1(), c.TP+c.FN)
		}
	}
	fmt.Fprintf(stdout, "tokens/s:  %.0f (tag+lemma+parse+NER, one goroutine)\n", r.TokensPerSecond())
	return 0
}

func loadModel(file string) (*nlp.Model, error) {
	if file == "" {
		return nlp.Load()
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("cannot open model: %w", err)
	}
	defer f.Close()
	return nlp.ReadModel(f)
}

func parseCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("parse", "parse [--model FILE] [FILE|-]", stderr)
	modelFile := fs.String("model", "", "model file to use instead of the embedded one")
	if err := fs.Parse(args); err != nil {
		return flagStatus(err)
	}
	in := stdin
	if fs.NArg() > 0 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintf(stderr, "dyad nlp parse: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	m, err := loadModel(*modelFile)
	if err != nil {
		fmt.Fprintf(stderr, "dyad nlp parse: %v\n", err)
		return 1
	}
	data, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintf(stderr, "dyad nlp parse: cannot read input: %v\n", err)
		return 1
	}
	text := string(data)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	n := 0
	for _, sp := range SplitSentences(text) {
		n++
		s := m.Parse(text[sp[0]:sp[1]], sp[0])
		if err := nlp.WriteCoNLLU(w, fmt.Sprint(n), s); err != nil {
			fmt.Fprintf(stderr, "dyad nlp parse: %v\n", err)
			return 1
		}
	}
	return 0
}

// SplitSentences is a simple splitter for the parse command: lines are
// paragraphs, and a sentence ends at . ! or ? (after closing quotes and
// brackets) followed by a space and an upper-case letter, digit or quote,
// unless the word before is a known abbreviation or an initial.
func SplitSentences(text string) [][2]int {
	var out [][2]int
	start := 0
	emit := func(a, b int) {
		for a < b && unicode.IsSpace(rune(text[a])) {
			a++
		}
		for b > a && unicode.IsSpace(rune(text[b-1])) {
			b--
		}
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(start, i)
			start = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && strings.ContainsRune(")]\"'", rune(text[j])) {
			j++
		}
		for _, q := range []string{"”", "’"} {
			if strings.HasPrefix(text[j:], q) {
				j += len(q)
			}
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k >= len(text) {
			continue
		}
		r := rune(text[k])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || strings.HasPrefix(text[k:], "“") || r == '\'') {
			continue
		}
		if c == '.' {
			w := i
			for w > start && text[w-1] != ' ' {
				w--
			}
			word := text[w : i+1]
			if nlp.IsAbbreviation(word) {
				continue
			}
		}
		emit(start, j)
		start = j
	}
	emit(start, len(text))
	return out
}

func trainCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("train", "train --ud DIR --out DIR [flags]", stderr)
	ud := fs.String("ud", "", "folder with the UD English EWT and GUM CoNLL-U files")
	out := fs.String("out", "", "folder to write "+nlp.ModelFile+" into (nlp/models to update the embedded model)")
	o := nlp.DefaultTrainOptions
	fs.IntVar(&o.TagEpochs, "tag-epochs", o.TagEpochs, "tagger epochs")
	fs.IntVar(&o.ParseEpochs, "parse-epochs", o.ParseEpochs, "parser epochs")
	fs.IntVar(&o.NEREpochs, "ner-epochs", o.NEREpochs, "entity recogniser epochs")
	fs.IntVar(&o.Folds, "folds", o.Folds, "jackknife folds for the parser's training tags")
	fs.Int64Var(&o.Seed, "seed", o.Seed, "random seed")
	fs.UintVar(&o.TableBits, "table-bits", o.TableBits, "weight-table size (2^N rows) for every component; 0 keeps the defaults")
	if err := fs.Parse(args); err != nil {
		return flagStatus(err)
	}
	if *ud == "" || *out == "" {
		fs.Usage()
		return 2
	}
	start := time.Now()
	logf := func(format string, a ...any) {
		fmt.Fprintf(stderr, "[%6.0fs] %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, a...))
	}
	logf("training with GOMAXPROCS=%d", runtime.GOMAXPROCS(0))
	if err := nlp.TrainToDir(*ud, *out, o, logf); err != nil {
		fmt.Fprintf(stderr, "dyad nlp train: %v\n", err)
		return 1
	}
	return 0
}
