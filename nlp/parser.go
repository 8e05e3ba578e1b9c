package nlp

import (
	"math/rand"
	"sort"
	"strings"
)

// parser is a greedy arc-hybrid transition parser (root at the end of the
// buffer) scored by an averaged perceptron over hashed Zhang & Nivre style
// features, trained with a dynamic oracle and exploration.
type parser struct {
	labels  []string // relation labels; index 0 is "root"
	model   *qmodel  // transitions: SHIFT, LEFT, RIGHT
	labeler *qmodel  // relation label of each arc, chosen when the arc is made
	// lcands maps a dependent's XPOS and arc direction ("NN\t1") to the labels
	// seen with them in training (one byte each); lcandsH is keyed by hash.
	lcands  map[string]string
	lcandsH map[uint64]string
}

// candKey is the lcandsH key of a dependent with XPOS hash t and direction dir.
func candKey(t, dir uint64) uint64 { return t ^ dir*hashPrime1 }

// setCands builds lcandsH from lcands.
func (p *parser) setCands() {
	p.lcandsH = map[uint64]string{}
	for k, v := range p.lcands {
		x, d, _ := strings.Cut(k, "\t")
		p.lcandsH[candKey(strHash(x), uint64(len(d)))] = v
	}
}

// learnCands collects the labels seen with each dependent XPOS and direction
// (gold and predicted tags), keeping those seen at least twice.
func (p *parser) learnCands(ss []TreebankSentence, xpos [][]string, idx map[string]int) {
	counts := map[string]map[int]int{}
	add := func(x string, dir int, l int) {
		k := x + "\t" + strings.Repeat("d", dir)
		if counts[k] == nil {
			counts[k] = map[int]int{}
		}
		counts[k][l]++
	}
	for si, s := range ss {
		for i, w := range s.Words {
			if w.Head < 0 {
				continue
			}
			dir := 1
			if i > w.Head {
				dir = 2
			}
			l := idx[w.Rel]
			add(w.XPOS, dir, l)
			if xpos != nil {
				add(xpos[si][i], dir, l)
			}
		}
	}
	p.lcands = map[string]string{}
	for k, m := range counts {
		var cs []byte
		for l, n := range m {
			if n >= 2 && l != 0 {
				cs = append(cs, byte(l))
			}
		}
		if len(cs) == 0 {
			continue
		}
		sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
		p.lcands[k] = string(cs)
	}
	p.setCands()
}

// labelCands returns the candidate labels (one byte each) for a
// dependent with XPOS hash t in direction dir.
func (p *parser) labelCands(t, dir uint64) (string, bool) {
	cs, ok := p.lcandsH[candKey(t, dir)]
	return cs, ok
}

const parseBits = 21

const labelBits = 20

const parsePrune = 0.0

// patom holds the hashed atoms of one word for the parser.
type patom struct{ w, t, u, a, s uint64 } // word, XPOS, UPOS, ambiguity class, suffix

var (
	nullAtom = patom{w: strHash("-NULL-w"), t: strHash("-NULL-t"), u: strHash("-NULL-u"), a: strHash("-NULL-a"), s: strHash("-NULL-s")}
	rootAtom = patom{w: strHash("-ROOT-w"), t: strHash("-ROOT-t"), u: strHash("-ROOT-u"), a: strHash("-ROOT-a"), s: strHash("-ROOT-s")}
)

// pstate is a parser configuration.
type pstate struct {
	n           int // number of words; n is the ROOT
	stack       []int32
	b           int
	head, label []int32
	lc1, lc2    []int32
	rc1, rc2    []int32
	vl, vr      []uint8
	lset, rset  []uint64
	// static holds, for each kind of static feature (buffer, s0, s1, s2), the
	// summed transition scores of each position: word i at index i+1, index 0
	// for none (parsing only; see prepare).
	static [4][][3]int32
	sfeats []uint64
	xs     []uint32
	// npunct and nverb count the punctuation marks and verbs before each word
	// (setCounts)
	npunct, nverb []int32
}

// punctU and verbU are the UPOS atoms that setCounts counts.
var (
	punctU = strHash("PUNCT")
	verbU  = strHash("VERB")
)

// setCounts fills s.npunct and s.nverb for the words at.
func (s *pstate) setCounts(at []patom) {
	s.npunct, s.nverb = s.npunct[:0], s.nverb[:0]
	var np, nv int32
	for _, a := range at {
		s.npunct, s.nverb = append(s.npunct, np), append(s.nverb, nv)
		if a.u == punctU {
			np++
		} else if a.u == verbU {
			nv++
		}
	}
	s.npunct, s.nverb = append(s.npunct, np), append(s.nverb, nv)
}

// between returns the bucketed counts of punctuation marks and verbs
// strictly between words i and j (i < j).
func (s *pstate) between(i, j int32) uint64 {
	if i < 0 {
		return 99
	}
	np, nv := s.npunct[j]-s.npunct[i+1], s.nverb[j]-s.nverb[i+1]
	return uint64(min(np, 3)) | uint64(min(nv, 3))<<2
}

// prepare fills s.static for the words at (after init).
func (p *parser) prepare(s *pstate, at []patom) {
	get := s.atomGetter(at)
	n := int32(s.n)
	opt := func(i int32) int32 {
		if i > n {
			return -1
		}
		return i
	}
	for kind, seg := range staticFeats {
		f := s.sfeats[:0]
		for i := int32(-1); i <= n; i++ {
			switch kind {
			case 0:
				f = bFeats(get(i-1), get(opt(i)), get(opt(i+1)), get(opt(i+2)), f)
			case 1:
				f = s0Feats(get(i-1), get(i), get(opt(i+1)), f)
			case 2:
				f = s1Feats(get(i-1), get(i), get(opt(i+1)), f)
			default:
				f = s2Feats(get(i), f)
			}
		}
		s.sfeats = f
		if cap(s.static[kind]) < int(n)+2 {
			s.static[kind] = make([][3]int32, n+2)
		}
		s.static[kind] = s.static[kind][:n+2]
		s.xs = p.model.sumBFP(f, seg, s.xs, s.static[kind])
	}
}

func (s *pstate) init(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 0
	grow := func(a []int32) []int32 {
		if cap(a) < n+1 {
			a = make([]int32, n+1)
		}
		a = a[:n+1]
		for i := range a {
			a[i] = -1
		}
		return a
	}
	s.head, s.label = grow(s.head), grow(s.label)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	if cap(s.vl) < n+1 {
		s.vl, s.vr = make([]uint8, n+1), make([]uint8, n+1)
		s.lset, s.rset = make([]uint64, n+1), make([]uint64, n+1)
	}
	s.vl, s.vr, s.lset, s.rset = s.vl[:n+1], s.vr[:n+1], s.lset[:n+1], s.rset[:n+1]
	for i := 0; i <= n; i++ {
		s.vl[i], s.vr[i], s.lset[i], s.rset[i] = 0, 0, 0, 0
	}
}

func (s *pstate) terminal() bool { return len(s.stack) == 0 && s.b == s.n }

func (s *pstate) addArc(h, d int32, l int) {
	s.head[d] = h
	s.label[d] = int32(l)
	if d < h {
		if s.lc1[h] == -1 || d < s.lc1[h] {
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		} else if s.lc2[h] == -1 || d < s.lc2[h] {
			s.lc2[h] = d
		}
		if s.vl[h] < 255 {
			s.vl[h]++
		}
		s.lset[h] |= 1 << (uint(l) & 63)
	} else {
		if s.rc1[h] == -1 || d > s.rc1[h] {
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		} else if s.rc2[h] == -1 || d > s.rc2[h] {
			s.rc2[h] = d
		}
		if s.vr[h] < 255 {
			s.vr[h]++
		}
		s.rset[h] |= 1 << (uint(l) & 63)
	}
}

// transitions
const (
	tShift = iota
	tLeft
	tRight
)

func (p *parser) apply(s *pstate, a, label int) {
	switch a {
	case tShift:
		s.stack = append(s.stack, int32(s.b))
		s.b++
	case tLeft:
		s0 := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(int32(s.b), s0, label)
	default:
		s0 := s.stack[len(s.stack)-1]
		s1 := s.stack[len(s.stack)-2]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(s1, s0, label)
	}
}

// valid reports which of SHIFT, LEFT, RIGHT are allowed.
func (s *pstate) valid() [3]bool {
	return [3]bool{
		s.b < s.n,
		len(s.stack) > 0 && (s.b < s.n || len(s.stack) == 1),
		len(s.stack) > 1,
	}
}

// arcOf returns the head and dependent of arc transition a.
func (s *pstate) arcOf(a int) (h, d int32) {
	d = s.stack[len(s.stack)-1]
	if a == tLeft {
		return int32(s.b), d
	}
	return s.stack[len(s.stack)-2], d
}

// labelFeatures describes a prospective arc h -> d.
func (p *parser) labelFeatures(s *pstate, at []patom, h, d int32, out []uint64) []uint64 {
	get := func(i int32) patom {
		if i < 0 || int(i) > s.n {
			return nullAtom
		}
		if int(i) == s.n {
			return rootAtom
		}
		return at[i]
	}
	lab := func(i int32) uint64 {
		if i < 0 {
			return 999
		}
		return uint64(s.label[i])
	}
	H, D := get(h), get(d)
	dir := uint64(1)
	dist := int(h - d)
	if d > h {
		dir, dist = 2, int(d-h)
	}
	db := distBucket(dist)*4 + dir
	dl1, dr1 := s.lc1[d], s.rc1[d]
	DL, DR := get(dl1), get(dr1)
	hl1 := s.lc1[h]
	HL := get(hl1)
	dm1, dp1, hm1, hp1 := get(d-1), get(d+1), get(h-1), get(h+1)
	if d == 0 {
		dm1 = nullAtom
	}
	if h == 0 {
		hm1 = nullAtom
	}
	out = append(out,
		f2(1, D.w, dir), f3(3, D.w, D.t, dir), f2(4, H.w, dir), f3(6, H.w, H.t, dir),
		f3(8, H.w, D.t, dir), f3(9, H.t, D.w, dir), f3(10, H.w, D.w, dir),
		f3(21, D.w, H.t, dir), f3(22, D.t, H.w, dir),
		f3(24, DL.w, D.t, H.t), f3(25, DL.w, H.w, dir), f3(26, D.w, DL.w, dir),
		f3(28, D.t, dp1.w, dir), f3(29, D.t, dm1.w, dir),
		f3(32, D.a, H.t, dir), f3(33, D.s, H.t, dir), f3(34, D.t, H.a, dir),
		// the dependent's subtree is complete when its arc is made
		f3(35, get(s.lc2[d]).w, D.t, dir), f3(36, DR.w, D.t, dir), f3(37, DL.w, DR.w, D.t),
		f3(39, DL.w, D.w, H.t), f3(40, D.w, H.w, db),
	)
	out = append(out,
		f1(0, dir), f2(2, D.t, dir), f2(5, H.t, dir), f3(7, H.t, D.t, dir), f3(11, H.t, D.t, db),
		f2(12, D.t, s.lset[d]), f2(13, D.t, s.rset[d]), f3(14, H.t, s.lset[h], dir), f3(15, H.t, s.rset[h], dir),
		f3(16, D.t, DL.t, lab(dl1)), f3(17, D.t, DR.t, lab(dr1)),
		f3(18, D.t, dm1.t, dp1.t), f3(19, H.t, hm1.t, hp1.t),
		f3(20, D.u, H.u, dir), f3(23, D.t, uint64(s.vl[d]), uint64(s.vr[d])),
		f3(27, H.t, HL.t, lab(hl1)), f3(30, D.u, H.u, db), f3(31, D.t, H.t, s.lset[h]),
		f3(38, D.t, uint64(s.vl[d])+8*uint64(s.vr[d]), H.t),
		f3(41, D.t, H.t, uint64(min(int32(dist), 1))|s.rset[d]<<1),
	)
	return out
}

func distBucket(d int) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	default:
		return 7
	}
}

// The transition features are static, depending on the word at one position
// only (the first buffer word with the next two, or one stack word), or
// dynamic. Training scores all of them (features); parsing sums the rows of
// the static ones once per word and position before the first transition
// (pstate.prepare) and looks up only the dynamic ones at each transition.

// bFeats are the static features of the buffer: b0, the word before it in
// the sentence (bm1) and the two words after it.
func bFeats(bm1, b0, b1, b2 patom, out []uint64) []uint64 {
	return append(out, f1(0, 0),
		f2(111, b0.t, bm1.t), f3(112, bm1.t, b0.t, b1.t), f2(113, bm1.w, b0.t), f2(114, b0.w, b1.t), f2(115, b0.t, b1.w),
		f1(4, b0.w^b0.t*hashPrime2), f1(5, b0.w), f1(6, b0.t),
		f1(7, b1.w^b1.t*hashPrime2), f1(8, b1.w), f1(9, b1.t),
		f1(10, b2.w^b2.t*hashPrime2), f1(11, b2.w), f1(12, b2.t),
		f2(25, b0.t, b1.t), f3(33, b0.t, b1.t, b2.t),
		f1(100, b0.a), f1(101, b1.a), f1(109, b0.s))
}

// s0Feats, s1Feats and s2Feats are the static features of the top three
// stack words; those of s0 and s1 include the words next to them in the
// sentence (sm1 before, sp1 after: "Congress agreed", "agreed to" around
// "agreed"), which tell a verb's attachments apart before any arc is made.
func s0Feats(sm1, s0, sp1 patom, out []uint64) []uint64 {
	return append(out, f3(116, sm1.t, s0.t, sp1.t), f2(117, s0.w, sp1.t), f2(118, sm1.t, s0.w), f2(119, s0.t, sp1.w), f2(120, sm1.w, s0.t), f1(1, s0.w^s0.t*hashPrime2), f1(2, s0.w), f1(3, s0.t), f1(99, s0.a), f1(110, s0.s))
}

func s1Feats(sm1, s1, sp1 patom, out []uint64) []uint64 {
	return append(out, f3(121, sm1.t, s1.t, sp1.t), f2(122, s1.w, sp1.t), f2(123, sm1.t, s1.w), f1(13, s1.w^s1.t*hashPrime2), f1(14, s1.w), f1(15, s1.t), f1(102, s1.a))
}

func s2Feats(s2 patom, out []uint64) []uint64 { return append(out, f1(16, s2.t), f1(17, s2.w)) }

// staticFeats is the number of static features of each kind: buffer, s0, s1, s2.
var staticFeats = [4]int{
	len(bFeats(nullAtom, nullAtom, nullAtom, nullAtom, nil)), len(s0Feats(nullAtom, nullAtom, nullAtom, nil)),
	len(s1Feats(nullAtom, nullAtom, nullAtom, nil)), len(s2Feats(nullAtom, nil)),
}

// features returns all transition features of state s.
func (p *parser) features(s *pstate, at []patom, out []uint64) []uint64 {
	i0, i1, i2, b1, b2 := s.positions()
	get := s.atomGetter(at)
	out = bFeats(get(int32(s.b)-1), get(int32(s.b)), get(b1), get(b2), out)
	out = s0Feats(get(i0-1), get(i0), get(i0+1), out)
	out = s1Feats(get(i1-1), get(i1), get(i1+1), out)
	out = s2Feats(get(i2), out)
	return p.dynFeatures(s, at, out)
}

// positions returns the top three stack words and the second and third
// buffer words (-1 where there are none).
func (s *pstate) positions() (i0, i1, i2, b1, b2 int32) {
	i0, i1, i2, b1, b2 = -1, -1, -1, -1, -1
	ns := len(s.stack)
	if ns > 0 {
		i0 = s.stack[ns-1]
	}
	if ns > 1 {
		i1 = s.stack[ns-2]
	}
	if ns > 2 {
		i2 = s.stack[ns-3]
	}
	if s.b+1 <= s.n {
		b1 = int32(s.b + 1)
	}
	if s.b+2 <= s.n {
		b2 = int32(s.b + 2)
	}
	return
}

// atomGetter returns the atoms of word i: the null atom for -1, the root
// atom for n.
func (s *pstate) atomGetter(at []patom) func(i int32) patom {
	return func(i int32) patom {
		if i < 0 {
			return nullAtom
		}
		if int(i) == s.n {
			return rootAtom
		}
		return at[i]
	}
}

// dynFeatures appends the dynamic transition features of state s.
func (p *parser) dynFeatures(s *pstate, at []patom, out []uint64) []uint64 {
	get := s.atomGetter(at)
	lab := func(i int32) uint64 {
		if i < 0 {
			return 999
		}
		return uint64(s.label[i])
	}
	i0, i1, i2, bi1, _ := s.positions()
	bi0 := int32(s.b)
	s0, s1, s2 := get(i0), get(i1), get(i2)
	b0, b1 := get(bi0), get(bi1)
	var s0l1, s0l2, s0r1, s0r2, s1l1, s1r1, b0l1, b0l2 int32 = -1, -1, -1, -1, -1, -1, -1, -1
	var s0vl, s0vr, s1vr, s1vl, b0vl uint64
	var s0ls, s0rs, s1rs, b0ls uint64
	if i0 >= 0 {
		s0l1, s0l2, s0r1, s0r2 = s.lc1[i0], s.lc2[i0], s.rc1[i0], s.rc2[i0]
		s0vl, s0vr, s0ls, s0rs = uint64(s.vl[i0]), uint64(s.vr[i0]), s.lset[i0], s.rset[i0]
	}
	if i1 >= 0 {
		s1l1, s1r1 = s.lc1[i1], s.rc1[i1]
		s1vl, s1vr, s1rs = uint64(s.vl[i1]), uint64(s.vr[i1]), s.rset[i1]
	}
	b0l1, b0l2 = s.lc1[bi0], s.lc2[bi0]
	b0vl, b0ls = uint64(s.vl[bi0]), s.lset[bi0]
	A, B, C, D, E, F, G, H := get(s0l1), get(s0l2), get(s0r1), get(s0r2), get(s1l1), get(s1r1), get(b0l1), get(b0l2)
	d0 := uint64(8)
	if i0 >= 0 {
		d0 = distBucket(int(bi0 - i0))
	}
	d1 := uint64(8)
	if i1 >= 0 {
		d1 = distBucket(int(i0 - i1))
	}
	s0wt := s0.w ^ s0.t*hashPrime2
	b0wt := b0.w ^ b0.t*hashPrime2
	s1wt := s1.w ^ s1.t*hashPrime2
	// features with words, suffixes or ambiguity classes
	out = append(out,
		f2(18, s0wt, b0wt), f2(19, s0wt, b0.w), f2(20, s0.w, b0wt), f2(21, s0wt, b0.t), f2(22, s0.t, b0wt), f2(23, s0.w, b0.w),
		f2(26, s1wt, s0wt), f2(27, s1wt, s0.w), f2(28, s1.w, s0wt), f2(29, s1wt, s0.t), f2(30, s1.t, s0wt), f2(31, s1.w, s0.w),
		f2(44, s0.w, d0), f2(46, b0.w, d0), f3(48, s0.w, b0.w, d0), f3(51, s1.w, s0.w, d1), f2(52, s1.w, d1), f2(53, s0.w, d1),
		f2(54, s0.w, s0vr), f2(56, s0.w, s0vl), f2(58, b0.w, b0vl), f2(60, s1.w, s1vr),
		f1(63, A.w), f1(66, C.w), f1(69, G.w),
		f2(89, s0.w, s0rs), f2(90, b0.w, b0ls),
		f3(95, s0.w, b0.t, b1.t), f3(96, s0.t, b0.w, b1.t), f2(97, s0.w, b1.w), f3(98, s1.w, s0.t, b0.t),
		// ambiguity classes and suffixes: robust to tagging errors
		f2(103, s0.a, b0.a), f2(104, s0.t, b0.a), f2(105, s0.a, b0.t),
		f2(106, s1.a, s0.a), f2(107, s0.s, b0.t), f2(108, s0.t, b0.s),
	)
	// punctuation and verbs between s0 and b0, and between s1 and s0
	bs0 := s.between(i0, bi0)
	bs1 := s.between(i1, i0)
	// features of tags, labels, distances and valencies only
	out = append(out,
		f3(124, s0.t, b0.t, bs0), f3(125, s1.t, s0.t, bs1), f2(126, bs0, d0),
		f2(24, s0.t, b0.t), f2(32, s1.t, s0.t),
		f3(34, s0.t, b0.t, b1.t), f3(35, s1.t, s0.t, b0.t), f3(36, s0.t, A.t, b0.t), f3(37, s0.t, C.t, b0.t),
		f3(38, s0.t, b0.t, G.t), f3(39, s1.t, s0.t, A.t), f3(40, s1.t, F.t, s0.t), f3(41, s1.t, s0.t, C.t), f3(42, s2.t, s1.t, s0.t), f3(43, s1.t, E.t, s0.t),
		f2(45, s0.t, d0), f2(47, b0.t, d0), f3(49, s0.t, b0.t, d0), f3(50, s1.t, s0.t, d1),
		f2(55, s0.t, s0vr), f2(57, s0.t, s0vl), f2(59, b0.t, b0vl), f2(61, s1.t, s1vr), f2(62, s1.t, s1vl),
		f1(64, A.t), f1(65, lab(s0l1)), f1(67, C.t), f1(68, lab(s0r1)), f1(70, G.t), f1(71, lab(b0l1)),
		f1(72, B.t), f1(73, lab(s0l2)), f1(74, D.t), f1(75, lab(s0r2)), f1(76, H.t), f1(77, lab(b0l2)),
		f1(78, E.t), f1(79, lab(s1l1)), f1(80, F.t), f1(81, lab(s1r1)),
		f3(82, s0.t, A.t, B.t), f3(83, s0.t, C.t, D.t), f3(84, b0.t, G.t, H.t),
		f2(85, s0.t, s0ls), f2(86, s0.t, s0rs), f2(87, b0.t, b0ls), f2(88, s1.t, s1rs),
		f2(91, s0.u, b0.u), f2(92, s1.u, s0.u), f3(93, s1.u, s0.u, b0.u), f3(94, s0.u, b0.u, b1.u),
	)
	return out
}

// parseJob is one sentence for parseBatch: its atoms, and the heads (-1 =
// root) and label indices that parseBatch fills.
type parseJob struct {
	st            pstate
	at            []patom
	heads, labels []int
}

// parseScratch holds parseBatch's buffers, for reuse.
type parseScratch struct {
	active        []*parseJob
	feats, lfeats []uint64
	xs            []uint32
	sums          [][3]int32
	arcs          []pendingArc
	cands         []string
	lscores       []int32
	lhs           []uint64
	lfirst        []uint32
}

// pendingArc is an arc transition waiting for its label.
type pendingArc struct {
	job *parseJob
	a   int
}

// parseBatch parses several sentences in lockstep: each round takes one
// transition in every unfinished sentence, and the weight rows of all of
// them are gathered together, so that their cache misses overlap. The result
// is that of parsing the sentences one by one.
func (p *parser) parseBatch(jobs []*parseJob, sc *parseScratch) {
	active := sc.active[:0]
	for _, j := range jobs {
		j.st.init(len(j.at))
		j.st.setCounts(j.at)
		p.prepare(&j.st, j.at)
		if !j.st.terminal() {
			active = append(active, j)
		}
	}
	for len(active) > 0 {
		// score the states that have a choice
		feats, scored := sc.feats[:0], 0
		for _, j := range active {
			if j.st.forced() < 0 {
				feats = p.dynFeatures(&j.st, j.at, feats)
				scored++
			}
		}
		sc.feats = feats
		if cap(sc.sums) < scored {
			sc.sums = make([][3]int32, scored)
		}
		sums := sc.sums[:scored]
		if scored > 0 {
			sc.xs = p.model.sumBFP(feats, len(feats)/scored, sc.xs, sums)
		}
		arcs, lfeats, cands := sc.arcs[:0], sc.lfeats[:0], sc.cands[:0]
		k := 0
		for _, j := range active {
			s := &j.st
			best := s.forced()
			if best < 0 {
				best = s.bestTransition(sums[k])
				k++
			}
			if best == tShift {
				p.apply(s, best, 0)
				continue
			}
			h, d := s.arcOf(best)
			if int(h) == s.n {
				p.apply(s, best, 0) // root
				continue
			}
			dir := uint64(1)
			if d > h {
				dir = 2
			}
			cs, _ := p.labelCands(j.at[d].t, dir)
			if len(cs) == 1 {
				p.apply(s, best, int(cs[0])) // the only label seen
				continue
			}
			lfeats = p.labelFeatures(s, j.at, h, d, lfeats)
			arcs, cands = append(arcs, pendingArc{j, best}), append(cands, cs)
		}
		sc.arcs, sc.lfeats, sc.cands = arcs, lfeats, cands
		if len(arcs) > 0 {
			L := p.labeler.nClass
			if cap(sc.lscores) < len(arcs)*L {
				sc.lscores = make([]int32, len(arcs)*L)
			}
			scores := sc.lscores[:len(arcs)*L]
			sc.lhs, sc.lfirst = p.labeler.scoreBatch(lfeats, len(lfeats)/len(arcs), cands, scores, sc.lhs, sc.lfirst)
			for k, a := range arcs {
				p.apply(&a.job.st, a.a, pickLabel(scores[k*L:(k+1)*L], cands[k]))
			}
		}
		n := 0
		for _, j := range active {
			if !j.st.terminal() {
				active[n] = j
				n++
			}
		}
		active = active[:n]
	}
	sc.active = active
	for _, j := range jobs {
		s := &j.st
		n := s.n
		for i := 0; i < n; i++ {
			h := int(s.head[i])
			if h == n || h < 0 {
				h = -1
			}
			j.heads[i] = h
			j.labels[i] = max(int(s.label[i]), 0)
		}
	}
}

// forced returns the only valid transition, or -1 if there is a choice
// (after the buffer reaches the root, every transition is forced).
func (s *pstate) forced() int {
	v := s.valid()
	only := -1
	for a, ok := range v {
		if ok {
			if only >= 0 {
				return -1
			}
			only = a
		}
	}
	return only
}

// bestTransition returns the valid transition of highest score, given the
// summed dynamic-feature scores dyn.
func (s *pstate) bestTransition(dyn [3]int32) int {
	i0, i1, i2, _, _ := s.positions()
	scores := dyn
	for _, x := range [4][3]int32{s.static[0][s.b+1], s.static[1][i0+1], s.static[2][i1+1], s.static[3][i2+1]} {
		scores[0] += x[0]
		scores[1] += x[1]
		scores[2] += x[2]
	}
	v := s.valid()
	best := -1
	for a := 0; a < 3; a++ {
		if v[a] && (best < 0 || scores[a] > scores[best]) {
			best = a
		}
	}
	return best
}

// pickLabel returns the label of highest score among cands, or among all
// labels but root if cands is empty.
func pickLabel(scores []int32, cands string) int {
	if cands == "" {
		best := 1
		for l := 2; l < len(scores); l++ {
			if scores[l] > scores[best] {
				best = l
			}
		}
		return best
	}
	best := int(cands[0])
	for k := 1; k < len(cands); k++ {
		if scores[cands[k]] > scores[best] {
			best = int(cands[k])
		}
	}
	return best
}

// costs computes the dynamic-oracle cost of SHIFT, LEFT and RIGHT (unlabeled)
// against gold heads gh (ROOT = n).
func (s *pstate) costs(gh []int32) (cs, cl, cr int) {
	ns := len(s.stack)
	b := int32(s.b)
	n := int32(s.n)
	if ns > 0 {
		s0 := s.stack[ns-1]
		s1 := int32(-1)
		if ns > 1 {
			s1 = s.stack[ns-2]
		}
		deps := 0
		for k := b; k < n; k++ {
			if gh[k] == s0 {
				deps++
			}
		}
		h := gh[s0]
		// LEFT: s0 <- b0
		cl = deps
		if h != b && (h == s1 || h > b) {
			cl++
		}
		// RIGHT: s1 -> s0
		cr = deps
		if h != s1 && h >= b {
			cr++
		}
	}
	if b < n {
		for i, k := range s.stack {
			if gh[k] == b {
				cs++
			}
			if gh[b] == k && i != ns-1 {
				cs++
			}
		}
	}
	return
}

type parseEx struct {
	at []patom
	gh []int32 // gold heads, ROOT = n
	gl []int   // gold label indices
}

// train trains the parser with a dynamic oracle and exploration.
func (p *parser) train(tr, dv []parseEx, epochs int, seed int64, bits uint, logf func(string, ...any)) {
	L := len(p.labels)
	pt := newTrainer(bitsOr(bits, parseBits), 3)
	lt := newTrainer(bitsOr(bits, labelBits), L)
	rng := rand.New(rand.NewSource(seed))
	scores := make([]float32, L)
	var feats, lfeats []uint64
	var st pstate
	var best, bestL *qmodel
	bestLAS := -1.0
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(tr), func(i, j int) { tr[i], tr[j] = tr[j], tr[i] })
		for _, e := range tr {
			n := len(e.at)
			st.init(n)
			st.setCounts(e.at)
			for !st.terminal() {
				feats = p.features(&st, e.at, feats[:0])
				pt.score(feats, scores[:3])
				v := st.valid()
				cs, cl, cr := st.costs(e.gh)
				cost := [3]int{cs, cl, cr}
				pred, gold := -1, -1
				for a := 0; a < 3; a++ {
					if !v[a] {
						continue
					}
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
					if gold < 0 || cost[a] < cost[gold] || cost[a] == cost[gold] && scores[a] > scores[gold] {
						gold = a
					}
				}
				if cost[pred] > cost[gold] {
					pt.update(feats, gold, pred)
				} else {
					pt.tick()
				}
				next := gold
				if ep > 0 && rng.Float64() < exploreP {
					next = pred
				}
				label := 0
				if next != tShift {
					h, d := st.arcOf(next)
					if int(h) != n {
						lfeats = p.labelFeatures(&st, e.at, h, d, lfeats[:0])
						lt.score(lfeats, scores)
						lp := 1
						dir := uint64(1)
						if d > h {
							dir = 2
						}
						if cs, ok := p.labelCands(e.at[d].t, dir); ok {
							lp = int(cs[0])
							for k := 1; k < len(cs); k++ {
								if scores[cs[k]] > scores[lp] {
									lp = int(cs[k])
								}
							}
						} else {
							for l := 2; l < L; l++ {
								if scores[l] > scores[lp] {
									lp = l
								}
							}
						}
						label = lp
						if e.gh[d] == h && e.gl[d] != 0 {
							lt.update(lfeats, e.gl[d], lp)
							label = e.gl[d]
						}
					}
				}
				p.apply(&st, next, label)
			}
		}
		p.model = pt.averaged(parsePrune)
		p.labeler = lt.averaged(parsePrune)
		uas, las := p.evalExamples(dv)
		logf("parser epoch %d: dev UAS %.4f LAS %.4f", ep+1, uas, las)
		if las > bestLAS {
			bestLAS, best, bestL = las, p.model, p.labeler
		}
	}
	p.model, p.labeler = best, bestL
}

func (p *parser) evalExamples(dv []parseEx) (uas, las float64) {
	var sc parseScratch
	n, u, l := 0, 0, 0
	for _, e := range dv {
		j := &parseJob{at: e.at, heads: make([]int, len(e.at)), labels: make([]int, len(e.at))}
		p.parseBatch([]*parseJob{j}, &sc)
		heads, labels := j.heads, j.labels
		for i := range heads {
			g := int(e.gh[i])
			if g == len(e.at) {
				g = -1
			}
			n++
			if heads[i] == g {
				u++
				if labels[i] == e.gl[i] {
					l++
				}
			}
		}
	}
	return float64(u) / float64(max(n, 1)), float64(l) / float64(max(n, 1))
}

func makeAtoms(forms, xpos, upos []string, ws []wf, at []patom) []patom {
	at = at[:0]
	for i := range forms {
		at = append(at, patom{w: ws[i].norm, t: strHash(xpos[i]), u: strHash(upos[i]), a: ws[i].amb, s: ws[i].suf3})
	}
	return at
}

// labelIndex builds the label list ("root" first) from treebank sentences.
func labelIndex(ss []TreebankSentence) ([]string, map[string]int) {
	labels := []string{"root"}
	idx := map[string]int{"root": 0}
	for _, s := range ss {
		for _, w := range s.Words {
			if _, ok := idx[w.Rel]; !ok {
				idx[w.Rel] = len(labels)
				labels = append(labels, w.Rel)
			}
		}
	}
	return labels, idx
}

// makeParseEx builds parser examples; xpos and upos, if not nil, replace the
// gold tags (predicted tags for jackknifed training).
func makeParseEx(ss []TreebankSentence, idx map[string]int, xpos, upos [][]string, amb map[string]uint32) []parseEx {
	out := make([]parseEx, 0, len(ss))
	for si, s := range ss {
		n := len(s.Words)
		forms := make([]string, n)
		xp := make([]string, n)
		up := make([]string, n)
		e := parseEx{gh: make([]int32, n), gl: make([]int, n)}
		for i, w := range s.Words {
			forms[i], xp[i], up[i] = w.Form, w.XPOS, w.UPOS
			h := w.Head
			if h < 0 || h >= n {
				h = n
			}
			e.gh[i] = int32(h)
			e.gl[i] = idx[w.Rel]
		}
		if xpos != nil {
			xp, up = xpos[si], upos[si]
		}
		ws := make([]wf, n)
		for i, f := range forms {
			ws[i] = makeWF(f, amb)
		}
		e.at = makeAtoms(forms, xp, up, ws, nil)
		out = append(out, e)
	}
	return out
}

// exploreP is the probability of following the model's own prediction (right
// or wrong) during training after the first epoch.
var exploreP = 0.9
