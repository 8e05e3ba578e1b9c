package nlp

import (
	"math/rand"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nerTags are the BIO classes of the entity recogniser.
var nerTags = []string{"O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

// recognizer is a greedy averaged-perceptron BIO tagger for PERSON, ORG and
// LOC names. (A gazetteer of name words from the training data was tried
// and dropped: it lowered test F1, jackknifed or not.)
type recognizer struct {
	model *qmodel
}

const nerBits = 18

func nerValid(prev, c int) bool {
	if c == 0 || c%2 == 1 {
		return true
	}
	// I-X only after B-X or I-X
	return prev == c || prev == c-1
}

// atoms returns the UPOS hashes of a sentence's words.
func (r *recognizer) atoms(upos []string, uh []uint64) []uint64 {
	uh = uh[:0]
	for k := range upos {
		uh = append(uh, strHash(upos[k]))
	}
	return uh
}

func (r *recognizer) features(ws []wf, uh []uint64, i int, p1, p2 int, out []uint64) []uint64 {
	w := &ws[i]
	at := func(k int) (uint64, uint64, uint64) { // lower, shape, upos
		if k < 0 {
			return startHash, startHash, startHash
		}
		if k >= len(ws) {
			return endHash, endHash, endHash
		}
		return ws[k].lower, ws[k].shape, uh[k]
	}
	l0, sh0, u0 := at(i)
	lm1, shm1, um1 := at(i - 1)
	lm2, _, um2 := at(i - 2)
	lp1, shp1, up1 := at(i + 1)
	lp2, _, up2 := at(i + 2)
	P1, P2 := uint64(p1), uint64(p2)
	out = append(out,
		f1(0, 0), f1(1, w.form), f1(2, l0), f1(3, sh0), f1(4, u0),
		f1(6, w.suf3), f1(7, w.pre3), f1(8, P1), f2(9, P1, P2),
		f1(10, lm1), f1(11, lp1), f1(12, lm2), f1(13, lp2),
		f2(14, um1, u0), f2(15, u0, up1), f3(16, um1, u0, up1), f2(17, um2, um1), f2(18, up1, up2),
		f2(19, P1, u0), f2(20, P1, l0),
		f2(27, lm1, l0), f2(28, l0, lp1), f2(29, shm1, sh0), f2(30, sh0, shp1),
		f3(31, P1, lm1, u0), f2(32, w.suf4, u0), f2(33, b2u(i == 0), sh0), f2(34, P1, sh0),
		f1(35, ws[i].norm),
		f2(36, w.amb, b2u(w.cap)), f2(37, w.suf2, sh0), f1(38, w.pre2), f2(39, w.suf3, sh0), f3(40, lm1, l0, lp1),
		f2(41, P1, lp1), f2(42, u0, b2u(i == 0)), f2(43, lm1, u0), f2(44, lp1, u0),
	)
	return out
}

func (r *recognizer) tag(forms []string, ws []wf, upos []string, out []int) {
	var fbuf [64]uint64
	var sbuf [flatMax]int32
	feats := fbuf[:0]
	scores := sbuf[:len(nerTags)]
	p1, p2 := 0, 0
	uh := r.atoms(upos, nil)
	for i := range ws {
		feats = r.features(ws, uh, i, p1, p2, feats[:0])
		r.model.score(feats, scores)
		best := -1
		for c := range nerTags {
			if nerValid(p1, c) && (best < 0 || scores[c] > scores[best]) {
				best = c
			}
		}
		out[i] = best
		p2, p1 = p1, best
	}
}

// gumEntities returns the BIO classes of named PERSON/ORG/LOC mentions in a
// GUM sentence: mentions of type person, organization or place whose head is
// a PROPN, trimmed to the capitalised name around the head.
func gumEntities(s TreebankSentence) []int {
	n := len(s.Words)
	type mention struct {
		typ        string
		start, end int
	}
	var ms []mention
	open := map[string][]int{}
	openType := map[string][]string{}
	for i, w := range s.Words {
		ent := ""
		for _, kv := range strings.Split(w.Misc, "|") {
			if strings.HasPrefix(kv, "Entity=") {
				ent = kv[len("Entity="):]
			}
		}
		for ent != "" {
			if ent[0] == '(' {
				// opening: (id-type-...  possibly closed at once by ')'
				k := 1
				for k < len(ent) && ent[k] != '(' && ent[k] != ')' {
					k++
				}
				body := ent[1:k]
				parts := strings.SplitN(body, "-", 3)
				id, typ := parts[0], ""
				if len(parts) > 1 {
					typ = parts[1]
				}
				if k < len(ent) && ent[k] == ')' {
					ms = append(ms, mention{typ, i, i})
					k++
				} else {
					open[id] = append(open[id], i)
					openType[id] = append(openType[id], typ)
				}
				ent = ent[k:]
				continue
			}
			k := 0
			for k < len(ent) && ent[k] != ')' && ent[k] != '(' {
				k++
			}
			id := ent[:k]
			if st := open[id]; len(st) > 0 {
				ms = append(ms, mention{openType[id][len(st)-1], st[len(st)-1], i})
				open[id] = st[:len(st)-1]
				openType[id] = openType[id][:len(st)-1]
			}
			if k < len(ent) && ent[k] == ')' {
				k++
			}
			ent = ent[k:]
		}
	}
	out := make([]int, n)
	typeMap := map[string]string{"person": "PERSON", "organization": "ORG", "place": "LOC"}
	all := append([]mention(nil), ms...)
	// longer mentions first; inner names inside a named mention are skipped
	for len(ms) > 0 {
		bi := 0
		for k, m := range ms {
			if m.end-m.start > ms[bi].end-ms[bi].start {
				bi = k
			}
		}
		m := ms[bi]
		ms = append(ms[:bi], ms[bi+1:]...)
		t, ok := typeMap[m.typ]
		if !ok {
			continue
		}
		h := -1
		for k := m.start; k <= m.end; k++ {
			if hh := s.Words[k].Head; hh < m.start || hh > m.end {
				h = k
				break
			}
		}
		if h < 0 || s.Words[h].UPOS != "PROPN" {
			continue
		}
		a, b := nameExtent(s.Words, m.start, m.end, h)
		if t == "PERSON" {
			// titles and nested non-person names before a person's name are
			// not part of it: "NASA Administrator Charles Bolden"
			nested := func(k int) bool {
				for _, o := range all {
					if o.typ != "person" && o.start >= m.start && o.end <= m.end && (o.start != m.start || o.end != m.end) && k >= o.start && k <= o.end {
						return true
					}
				}
				return false
			}
			for a < h && (titleWords[strings.ToLower(s.Words[a].Form)] || nested(a) || nameGlue[strings.ToLower(s.Words[a].Form)] || !nameWord(s.Words[a].Form)) {
				a++
			}
		}
		free := true
		for k := a; k <= b; k++ {
			if out[k] != 0 {
				free = false
			}
		}
		if !free {
			continue
		}
		for k := a; k <= b; k++ {
			c := 1
			if k > a {
				c = 2
			}
			switch t {
			case "ORG":
				c += 2
			case "LOC":
				c += 4
			}
			out[k] = c
		}
	}
	return out
}

var nameGlue = map[string]bool{"of": true, "and": true, "&": true, "-": true, "de": true, "for": true, "the": true, "on": true, "'s": true, "’s": true, ".": true}

var articles = map[string]bool{"the": true, "a": true, "an": true}

// titleWords precede names without being part of them.
var titleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`president president-elect vice senator sen. governor gov. administrator minister prime secretary
		general gen. major maj. colonel col. lieutenant lt. captain capt. sergeant sgt. commander admiral adm. marshal
		dr. dr mr. mr mrs. mrs ms. ms prof. professor sir lord lady dame king queen prince princess emperor empress pope
		cardinal bishop archbishop father rev. reverend rabbi imam ayatollah sheikh judge justice mayor chairman chairwoman
		chair chief director ceo ambassador envoy representative rep. congressman congresswoman spokesman spokeswoman
		deputy acting former foreign defense defence interior finance state supreme leader coach officer agent detective
		inspector saint st. uncle aunt brother sister mother grandfather grandmother doctor nurse premier chancellor
		crown commissioner superintendent speaker attorney senior junior first`) {
		titleWords[w] = true
	}
}

func nameWord(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// nameExtent trims a mention [start,end] with head h to the name around h.
func nameExtent(ws []Word, start, end, h int) (int, int) {
	a := h
	for a > start && (nameWord(ws[a-1].Form) || nameGlue[strings.ToLower(ws[a-1].Form)] && ws[a-1].Form != "the") {
		a--
	}
	for a < h && (!nameWord(ws[a].Form) || articles[strings.ToLower(ws[a].Form)]) {
		a++
	}
	b := h
	for b < end && (nameWord(ws[b+1].Form) || nameGlue[strings.ToLower(ws[b+1].Form)]) {
		b++
	}
	for b > h && !nameWord(ws[b].Form) {
		b--
	}
	return a, b
}

type nerEx struct {
	forms []string
	ws    []wf
	upos  []string
	gold  []int
}

func trainRecognizer(tr, dv []nerEx, epochs int, seed int64, bits uint, logf func(string, ...any)) *recognizer {
	r := &recognizer{}
	p := newTrainer(bitsOr(bits, nerBits), len(nerTags))
	rng := rand.New(rand.NewSource(seed))
	scores := make([]float32, len(nerTags))
	var feats []uint64
	var best *qmodel
	bestF := -1.0
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(tr), func(i, j int) { tr[i], tr[j] = tr[j], tr[i] })
		for _, e := range tr {
			p1, p2 := 0, 0
			uh := r.atoms(e.upos, nil)
			for i := range e.ws {
				feats = r.features(e.ws, uh, i, p1, p2, feats[:0])
				p.score(feats, scores)
				pred := -1
				for c := range nerTags {
					if nerValid(p1, c) && (pred < 0 || scores[c] > scores[pred]) {
						pred = c
					}
				}
				p.update(feats, e.gold[i], pred)
				p2, p1 = p1, pred
			}
		}
		r.model = p.averaged(0)
		res := r.evaluate(dv)
		f := res["ALL"].F1()
		logf("ner epoch %d: dev F1 %.4f (PERSON %.4f ORG %.4f LOC %.4f)", ep+1, f, res["PERSON"].F1(), res["ORG"].F1(), res["LOC"].F1())
		if f > bestF {
			bestF, best = f, r.model
		}
	}
	r.model = best
	return r
}

// PRF counts entity-level matches.
type PRF struct{ TP, FP, FN int }

// Precision is TP/(TP+FP).
func (c PRF) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN).
func (c PRF) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c PRF) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

type entSpan struct {
	typ  string
	a, b int
}

func bioSpans(tags []int) []entSpan {
	var out []entSpan
	for i := 0; i < len(tags); i++ {
		c := tags[i]
		if c == 0 {
			continue
		}
		t := nerTags[c][2:]
		j := i
		for j+1 < len(tags) && tags[j+1] != 0 && nerTags[tags[j+1]] == "I-"+t {
			j++
		}
		out = append(out, entSpan{t, i, j})
		i = j
	}
	return out
}

func scoreSpans(res map[string]PRF, gold, pred []int) {
	g := map[entSpan]bool{}
	for _, s := range bioSpans(gold) {
		g[s] = true
	}
	p := map[entSpan]bool{}
	for _, s := range bioSpans(pred) {
		p[s] = true
	}
	for s := range p {
		c, all := res[s.typ], res["ALL"]
		if g[s] {
			c.TP++
			all.TP++
		} else {
			c.FP++
			all.FP++
		}
		res[s.typ], res["ALL"] = c, all
	}
	for s := range g {
		if !p[s] {
			c, all := res[s.typ], res["ALL"]
			c.FN++
			all.FN++
			res[s.typ], res["ALL"] = c, all
		}
	}
}

func (r *recognizer) evaluate(dv []nerEx) map[string]PRF {
	res := map[string]PRF{}
	for _, e := range dv {
		pred := make([]int, len(e.ws))
		r.tag(e.forms, e.ws, e.upos, pred)
		scoreSpans(res, e.gold, pred)
	}
	return res
}
