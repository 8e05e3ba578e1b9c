package nlp

import (
	"math"
)

// Feature hashing helpers. A feature is a 64-bit hash of a template number and
// its atomic values; it selects one row of a weight table.

const (
	hashPrime1 = 0x9E3779B97F4A7C15
	hashPrime2 = 0xC2B2AE3D27D4EB4F
)

// strHash is FNV-1a over the bytes of s.
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func f1(t int, a uint64) uint64 { return fmix(uint64(t)*hashPrime1 ^ a) }
func f2(t int, a, b uint64) uint64 {
	return fmix((uint64(t)*hashPrime1^a)*hashPrime2 ^ b)
}
func f3(t int, a, b, c uint64) uint64 {
	return fmix(((uint64(t)*hashPrime1^a)*hashPrime2^b)*hashPrime1 ^ c)
}

// trainer is an averaged multiclass perceptron over hashed features, with a
// dense row of class weights per hash bucket.
type trainer struct {
	nClass int
	mask   uint64
	w      []float32
	tot    []float32
	ts     []int32
	t      int32
}

func newTrainer(bits uint, nClass int) *trainer {
	n := (1 << bits) * nClass
	return &trainer{nClass: nClass, mask: 1<<bits - 1, w: make([]float32, n), tot: make([]float32, n), ts: make([]int32, n)}
}

func (p *trainer) score(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	n := p.nClass
	for _, f := range feats {
		r := int(f&p.mask) * n
		row := p.w[r : r+n]
		for c, v := range row {
			scores[c] += v
		}
	}
}

func (p *trainer) upd(i int, d float32) {
	p.tot[i] += float32(p.t-p.ts[i]) * p.w[i]
	p.ts[i] = p.t
	p.w[i] += d
}

// update moves weights toward class truth and away from class guess.
func (p *trainer) update(feats []uint64, truth, guess int) {
	p.t++
	if truth == guess {
		return
	}
	for _, f := range feats {
		r := int(f&p.mask) * p.nClass
		p.upd(r+truth, 1)
		p.upd(r+guess, -1)
	}
}

// tick counts one example without an update.
func (p *trainer) tick() { p.t++ }

// averaged returns the averaged weights as a quantized sparse model; weights
// whose magnitude falls under prune are dropped.
func (p *trainer) averaged(prune float32) *qmodel {
	n := p.nClass
	rows := len(p.w) / n
	avg := make([]float32, n)
	q := &qmodel{nClass: n, mask: p.mask, start: make([]uint32, rows+1), scale: make([]float32, rows)}
	for r := 0; r < rows; r++ {
		q.start[r] = uint32(len(q.cls))
		maxAbs := float32(0)
		for c := 0; c < n; c++ {
			i := r*n + c
			tot := p.tot[i] + float32(p.t-p.ts[i])*p.w[i]
			a := tot / float32(p.t)
			avg[c] = a
			if x := float32(math.Abs(float64(a))); x > maxAbs {
				maxAbs = x
			}
		}
		if maxAbs < prune || maxAbs == 0 {
			continue
		}
		s := maxAbs / 127
		q.scale[r] = s
		for c := 0; c < n; c++ {
			v := math.Round(float64(avg[c] / s))
			if v == 0 || math.Abs(float64(avg[c])) < float64(prune) {
				continue
			}
			q.cls = append(q.cls, uint8(c))
			q.val = append(q.val, int8(v))
		}
	}
	q.start[rows] = uint32(len(q.cls))
	return q
}

// qmodel is a trained perceptron stored sparsely: row r holds the pairs
// cls[start[r]:start[r+1]], val[...] of int8 weights times scale[r].
type qmodel struct {
	nClass int
	mask   uint64
	start  []uint32
	cls    []uint8
	val    []int8
	scale  []float32
}

func (m *qmodel) score(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	scores = scores[:m.nClass]
	for _, f := range feats {
		r := int(f & m.mask)
		a, b := m.start[r], m.start[r+1]
		if a == b {
			continue
		}
		s := m.scale[r]
		cls := m.cls[a:b]
		val := m.val[a:b]
		for k, c := range cls {
			scores[c] += s * float32(val[k])
		}
	}
}

func (m *qmodel) nnz() int { return len(m.cls) }
