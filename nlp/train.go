package nlp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// TrainOptions controls training.
type TrainOptions struct {
	TagEpochs, ParseEpochs, NEREpochs int
	Folds                             int   // jackknife folds for the parser's training tags
	Seed                              int64 // random seed (shuffling, exploration)
	SecondPass                        bool  // train a second tagger pass that sees the first pass's right context
	// TableBits, if > 0, sets every weight table to 2^TableBits rows (small
	// values make quick test models); 0 keeps the default sizes.
	TableBits uint
}

// DefaultTrainOptions are the options that produced the committed model.
var DefaultTrainOptions = TrainOptions{TagEpochs: 8, ParseEpochs: 12, NEREpochs: 12, Folds: 4, Seed: 1, SecondPass: true}

// Treebank file names under the UD directory.
const (
	EWTTrain = "en_ewt-ud-train.conllu"
	EWTDev   = "en_ewt-ud-dev.conllu"
	EWTTest  = "en_ewt-ud-test.conllu"
	GUMTrain = "en_gum-ud-train.conllu"
	GUMDev   = "en_gum-ud-dev.conllu"
	GUMTest  = "en_gum-ud-test.conllu"
)

// ModelFile is the file name of the model written by Train.
const ModelFile = "english.bin.gz"

// Train trains every component from the UD English EWT and GUM treebanks in
// udDir (train for learning, dev for model selection) and returns the model.
func Train(udDir string, o TrainOptions, logf func(string, ...any)) (*Model, error) {
	t0 := time.Now()
	read := func(name string) ([]TreebankSentence, error) { return ReadCoNLLUFile(filepath.Join(udDir, name)) }
	ewt, err := read(EWTTrain)
	if err != nil {
		return nil, err
	}
	gum, err := read(GUMTrain)
	if err != nil {
		return nil, err
	}
	ewtDev, err := read(EWTDev)
	if err != nil {
		return nil, err
	}
	gumDev, err := read(GUMDev)
	if err != nil {
		return nil, err
	}
	train := append(append([]TreebankSentence{}, ewt...), gum...)
	dev := append(append([]TreebankSentence{}, ewtDev...), gumDev...)
	logf("read %d train, %d dev sentences", len(train), len(dev))

	// jackknifed tags for the parser and recogniser training data
	jx := make([][]string, len(train))
	ju := make([][]string, len(train))
	jc := make([][]string, len(train))
	if o.Folds > 1 {
		var wg sync.WaitGroup
		sem := make(chan struct{}, 2)
		for f := 0; f < o.Folds; f++ {
			wg.Add(1)
			go func(f int) {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				var in, out []TreebankSentence
				var outIdx []int
				for i, s := range train {
					if i%o.Folds == f {
						out = append(out, s)
						outIdx = append(outIdx, i)
					} else {
						in = append(in, s)
					}
				}
				tg := trainTagger(in, ewtDev, o.TagEpochs, o.Seed+int64(f)+1, o.TableBits, func(format string, a ...any) {
					logf("fold %d: "+format, append([]any{f + 1}, a...)...)
				})
				for k, s := range out {
					jc[outIdx[k]] = tg.tagClasses(s.Words)
				}
			}(f)
		}
		wg.Wait()
	}
	tg := trainTagger(train, ewtDev, o.TagEpochs, o.Seed, o.TableBits, logf)
	if o.Folds <= 1 {
		for i, s := range train {
			jc[i] = tg.tagClasses(s.Words)
		}
	}
	classIdx := map[string]int{}
	for i, c := range tg.classes {
		classIdx[c] = i
	}
	jk := make([][]int, len(train))
	for i, cs := range jc {
		jk[i] = make([]int, len(cs))
		jx[i] = make([]string, len(cs))
		ju[i] = make([]string, len(cs))
		for j, c := range cs {
			jk[i][j] = classIdx[c]
			ju[i][j], jx[i][j], _ = strings.Cut(c, "\t")
		}
	}
	if o.SecondPass {
		tg.trainSecondPass(train, ewtDev, jk, o.TagEpochs, o.Seed, o.TableBits, logf)
	}
	devX := make([][]string, len(dev))
	devU := make([][]string, len(dev))
	for i, s := range dev {
		devX[i], devU[i] = tg.tagWords(s.Words)
	}
	logf("tagger done at %s", time.Since(t0).Round(time.Second))

	lm := trainLemmatizer(train)

	labels, idx := labelIndex(train)
	ps := &parser{labels: labels}
	ps.learnCands(train, jx, idx)
	// the parser learns from each training sentence twice: with jackknifed
	// predicted tags (as it will see them) and with gold tags
	pTrain := makeParseEx(train, idx, jx, ju, tg.amb)
	pTrain = append(pTrain, makeParseEx(train, idx, nil, nil, tg.amb)...)
	ps.train(pTrain, makeParseEx(ewtDev, idx, devX[:len(ewtDev)], devU[:len(ewtDev)], tg.amb), o.ParseEpochs, o.Seed, o.TableBits, logf)
	logf("parser done at %s", time.Since(t0).Round(time.Second))

	var nerTrain, nerDev []nerEx
	for i := len(ewt); i < len(train); i++ {
		nerTrain = append(nerTrain, makeNerEx(train[i], ju[i], tg))
	}
	for i := len(ewtDev); i < len(dev); i++ {
		nerDev = append(nerDev, makeNerEx(dev[i], devU[i], tg))
	}
	ner := trainRecognizer(nerTrain, nerDev, o.NEREpochs, o.Seed, o.TableBits, logf)
	logf("recognizer done at %s", time.Since(t0).Round(time.Second))

	m := &Model{tg: tg, lm: lm, ps: ps, ner: ner,
		Info: fmt.Sprintf("trained on %s + %s (dev for selection); tag/parse/ner epochs %d/%d/%d, folds %d, seed %d",
			EWTTrain, GUMTrain, o.TagEpochs, o.ParseEpochs, o.NEREpochs, o.Folds, o.Seed)}
	return m, nil
}

// TrainToDir trains and writes ModelFile into outDir.
func TrainToDir(udDir, outDir string, o TrainOptions, logf func(string, ...any)) error {
	m, err := Train(udDir, o, logf)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %w", outDir, err)
	}
	path := filepath.Join(outDir, ModelFile)
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cannot create model file: %w", err)
	}
	if err := m.WriteModel(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	logf("wrote %s", path)
	return nil
}

func makeNerEx(s TreebankSentence, upos []string, tg *tagger) nerEx {
	e := nerEx{forms: make([]string, len(s.Words)), ws: make([]wf, len(s.Words)), upos: upos, gold: gumEntities(s)}
	for i, w := range s.Words {
		e.forms[i] = w.Form
		e.ws[i] = makeWF(w.Form, tg.amb)
	}
	return e
}

// tagWords returns predicted XPOS and UPOS for treebank words.
func (tg *tagger) tagWords(ws []Word) (xpos, upos []string) {
	forms := make([]string, len(ws))
	w := make([]wf, len(ws))
	for i, x := range ws {
		forms[i] = x.Form
		w[i] = makeWF(x.Form, tg.amb)
	}
	tags := make([]int, len(ws))
	tg.tag(forms, w, tags)
	xpos = make([]string, len(ws))
	upos = make([]string, len(ws))
	for i, c := range tags {
		xpos[i], upos[i] = tg.xpos[c], tg.upos[c]
	}
	return
}
