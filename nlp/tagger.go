package nlp

import (
	"math/rand"
	"sort"
	"strings"
)

// tagger is a greedy left-to-right averaged perceptron predicting the joint
// UPOS+XPOS tag, with a tag dictionary for frequent unambiguous words and
// ambiguity classes of the surrounding words as features.
type tagger struct {
	classes []string          // "UPOS\tXPOS"
	upos    []string          // per class
	xpos    []string          // per class
	dict    map[string]int    // exact form -> class for frequent unambiguous words
	amb     map[string]uint32 // lowercased form -> ambiguity class id
	model   *qmodel
}

const tagBits = 19

const tagPrune = 0.0

var startHash = strHash("-START-")
var start2Hash = strHash("-START2-")
var endHash = strHash("-END-")

func (tg *tagger) features(ws []wf, i int, p1, p2 uint64, out []uint64) []uint64 {
	w := &ws[i]
	get := func(k int) *wf {
		if k < 0 || k >= len(ws) {
			return nil
		}
		return &ws[k]
	}
	var wm1l, wm1s, wm2l, wp1l, wp1s, wp2l, wp1a, wp2a, wm1a uint64 = startHash, startHash, start2Hash, endHash, endHash, endHash, endHash, endHash, startHash
	if x := get(i - 1); x != nil {
		wm1l, wm1s, wm1a = x.lower, x.suf3, x.amb
	}
	if x := get(i - 2); x != nil {
		wm2l = x.lower
	}
	if x := get(i + 1); x != nil {
		wp1l, wp1s, wp1a = x.lower, x.suf3, x.amb
	}
	if x := get(i + 2); x != nil {
		wp2l, wp2a = x.lower, x.amb
	}
	first := b2u(i == 0)
	out = append(out,
		f1(0, 0),
		f1(1, w.form),
		f1(2, w.lower),
		f1(3, w.suf3),
		f1(4, w.pre1),
		f1(5, p1),
		f1(6, p2),
		f2(7, p1, p2),
		f2(8, p1, w.lower),
		f1(9, wm1l),
		f1(10, wm1s),
		f1(11, wm2l),
		f1(12, wp1l),
		f1(13, wp1s),
		f1(14, wp2l),
		f1(15, w.shape),
		f1(16, w.suf1),
		f1(17, w.suf2),
		f1(18, w.suf4),
		f1(19, w.pre2),
		f1(20, w.pre3),
		f1(21, w.amb),
		f1(22, wp1a),
		f1(23, wp2a),
		f2(24, w.amb, wp1a),
		f2(25, p1, wp1a),
		f2(26, w.lower, wp1l),
		f2(27, wm1l, w.lower),
		f2(28, w.shape, p1),
		f2(29, first, w.shape),
		f2(30, w.amb, p1),
		f2(31, wm1a, w.amb),
		f3(32, p1, w.amb, wp1a),
		f2(33, w.suf3, wp1l),
		f2(34, w.suf3, p1),
		f1(35, w.norm),
		f3(36, b2u(w.cap), b2u(w.allCap), first),
		f2(37, b2u(w.hasDigit), b2u(w.hasHyph)),
	)
	return out
}

// tag assigns class indices to the words of ws (forms gives the raw forms).
func (tg *tagger) tag(forms []string, ws []wf, out []int) {
	var feats []uint64
	scores := make([]float32, len(tg.classes))
	p1, p2 := startHash, start2Hash
	for i := range ws {
		c, ok := tg.dict[normQuotes(forms[i])]
		if !ok {
			feats = tg.features(ws, i, p1, p2, feats[:0])
			tg.model.score(feats, scores)
			c = argmax(scores)
		}
		out[i] = c
		p2 = p1
		p1 = uint64(c) + 1
	}
}

func argmax(s []float32) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

// trainTagger learns a tagger from sentences; dev, if not nil, selects the
// best epoch. logf reports progress.
func trainTagger(train, dev []TreebankSentence, epochs int, seed int64, logf func(string, ...any)) *tagger {
	tg := &tagger{dict: map[string]int{}, amb: map[string]uint32{}}
	classIdx := map[string]int{}
	formCounts := map[string]map[int]int{}
	lowerCounts := map[string]map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			k := w.UPOS + "\t" + w.XPOS
			c, ok := classIdx[k]
			if !ok {
				c = len(tg.classes)
				classIdx[k] = c
				tg.classes = append(tg.classes, k)
				tg.upos = append(tg.upos, w.UPOS)
				tg.xpos = append(tg.xpos, w.XPOS)
			}
			f := normQuotes(w.Form)
			if formCounts[f] == nil {
				formCounts[f] = map[int]int{}
			}
			formCounts[f][c]++
			l := strings.ToLower(f)
			if lowerCounts[l] == nil {
				lowerCounts[l] = map[string]int{}
			}
			lowerCounts[l][w.XPOS]++
		}
	}
	for f, m := range formCounts {
		n, best, bc := 0, 0, -1
		for c, k := range m {
			n += k
			if k > best || (k == best && c < bc) {
				best, bc = k, c
			}
		}
		if n >= 20 && float64(best)/float64(n) >= 0.995 {
			tg.dict[f] = bc
		}
	}
	ambIDs := map[string]uint32{}
	for l, m := range lowerCounts {
		n := 0
		for _, k := range m {
			n += k
		}
		if n < 3 {
			continue
		}
		var set []string
		for t, k := range m {
			if float64(k)/float64(n) >= 0.05 {
				set = append(set, t)
			}
		}
		sort.Strings(set)
		key := strings.Join(set, " ")
		id, ok := ambIDs[key]
		if !ok {
			id = uint32(len(ambIDs))
			ambIDs[key] = id
		}
		tg.amb[l] = id
	}
	mk := func(ss []TreebankSentence) []tagEx {
		out := make([]tagEx, len(ss))
		for i, s := range ss {
			e := tagEx{forms: make([]string, len(s.Words)), ws: make([]wf, len(s.Words)), gold: make([]int, len(s.Words))}
			for j, w := range s.Words {
				e.forms[j] = w.Form
				e.ws[j] = makeWF(w.Form, tg.amb)
				c, ok := classIdx[w.UPOS+"\t"+w.XPOS]
				if !ok {
					c = -1
				}
				e.gold[j] = c
			}
			out[i] = e
		}
		return out
	}
	tr := mk(train)
	dv := mk(dev)
	p := newTrainer(tagBits, len(tg.classes))
	rng := rand.New(rand.NewSource(seed))
	scores := make([]float32, len(tg.classes))
	var feats []uint64
	var best *qmodel
	bestAcc := -1.0
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(tr), func(i, j int) { tr[i], tr[j] = tr[j], tr[i] })
		correct, total := 0, 0
		for _, e := range tr {
			p1, p2 := startHash, start2Hash
			for i := range e.ws {
				var c int
				if dc, ok := tg.dict[normQuotes(e.forms[i])]; ok {
					c = dc
				} else {
					feats = tg.features(e.ws, i, p1, p2, feats[:0])
					p.score(feats, scores)
					c = argmax(scores)
					p.update(feats, e.gold[i], c)
				}
				if c == e.gold[i] {
					correct++
				}
				total++
				p2, p1 = p1, uint64(c)+1
			}
		}
		tg.model = p.averaged(tagPrune)
		acc := tg.accuracy(dv)
		logf("tagger epoch %d: train %.4f dev UPOS+XPOS %.4f", ep+1, float64(correct)/float64(total), acc)
		if acc > bestAcc {
			bestAcc, best = acc, tg.model
		}
	}
	tg.model = best
	return tg
}

type tagEx struct {
	forms []string
	ws    []wf
	gold  []int
}

// accuracy returns the UPOS accuracy on examples.
func (tg *tagger) accuracy(exs []tagEx) float64 {
	n, ok := 0, 0
	var pred []int
	for _, e := range exs {
		pred = append(pred[:0], make([]int, len(e.ws))...)
		tg.tag(e.forms, e.ws, pred)
		for i, g := range e.gold {
			n++
			if g >= 0 && tg.upos[g] == tg.upos[pred[i]] {
				ok++
			}
		}
	}
	return float64(ok) / float64(max(n, 1))
}

// setClasses fills upos and xpos from classes.
func (tg *tagger) setClasses() {
	tg.upos = make([]string, len(tg.classes))
	tg.xpos = make([]string, len(tg.classes))
	for i, c := range tg.classes {
		u, x, _ := strings.Cut(c, "\t")
		tg.upos[i], tg.xpos[i] = u, x
	}
}
