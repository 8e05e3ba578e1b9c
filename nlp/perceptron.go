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

// bitsOr returns bits if set, else def.
func bitsOr(bits, def uint) uint {
	if bits > 0 {
		return bits
	}
	return def
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

// averaged returns the averaged weights as a quantized model; weights whose
// magnitude falls under prune are dropped.
func (p *trainer) averaged(prune float32) *qmodel {
	n := p.nClass
	rows := len(p.w) / n
	avg := make([]float32, len(p.w))
	maxAbs := float32(0)
	for i := range p.w {
		tot := p.tot[i] + float32(p.t-p.ts[i])*p.w[i]
		a := tot / float32(p.t)
		if a < prune && a > -prune {
			a = 0
		}
		avg[i] = a
		if a > maxAbs {
			maxAbs = a
		} else if -a > maxAbs {
			maxAbs = -a
		}
	}
	q := &qmodel{nClass: n, mask: p.mask}
	if maxAbs == 0 {
		maxAbs = 1
	}
	q.scale = maxAbs / 32767
	inv := 1 / q.scale
	if n <= 3 {
		// block floating point: three int8 mantissas and a shared exponent
		q.bfp = make([]uint32, rows)
		for r := 0; r < rows; r++ {
			var v [3]int64
			big := int64(0)
			for c := 0; c < n; c++ {
				v[c] = int64(math.Round(float64(avg[r*n+c] * inv)))
				if v[c] > big {
					big = v[c]
				} else if -v[c] > big {
					big = -v[c]
				}
			}
			e := uint(0)
			for big>>e > 127 {
				e++
			}
			var x uint32
			for c := 0; c < n; c++ {
				mnt := int64(math.Round(float64(v[c]) / float64(int64(1)<<e)))
				mnt = max(-127, min(127, mnt))
				x |= uint32(uint8(int8(mnt))) << (8 * c)
			}
			q.bfp[r] = x | uint32(e)<<24
		}
		return q
	}
	if n <= flatMax {
		q.flat = make([]int16, rows*q.stride())
		for i, a := range avg {
			r, c := i/n, i%n
			q.flat[r*q.stride()+c] = int16(math.Round(float64(a * inv)))
		}
		return q
	}
	q.start = make([]uint32, rows+1)
	for r := 0; r < rows; r++ {
		q.start[r] = uint32(len(q.ent))
		row := avg[r*n : r*n+n]
		nnz := 0
		for _, a := range row {
			if int16(math.Round(float64(a*inv))) != 0 {
				nnz++
			}
		}
		dense := nnz*denseFraction >= n
		for c, a := range row {
			v := int16(math.Round(float64(a * inv)))
			if v == 0 && !dense || nnz == 0 {
				continue
			}
			q.ent = append(q.ent, packEnt(c, v))
		}
	}
	q.start[rows] = uint32(len(q.ent))
	q.ent = append(q.ent, 0)
	return q
}

// models with at most flatMax classes are stored as flat dense rows
const flatMax = 8

// rows with at least 1/denseFraction of their classes non-zero are stored densely
const denseFraction = 4

// qmodel is a trained perceptron with int16 weights (times scale). Row r holds
// the entries ent[start[r]:start[r+1]], each a class and its weight (packEnt);
// a row holding nClass entries is dense, in class order. ent ends with one
// spare zero entry, so that ent[start[r]] can be read for every row.
type qmodel struct {
	nClass int
	mask   uint64
	flat   []int16  // models with at most flatMax classes: flatMax weights per row
	bfp    []uint32 // models with at most 3 classes: int8 mantissas in bytes 0-2, exponent in byte 3
	start  []uint32
	ent    []uint32
	scale  float32
}

// packEnt packs class c and weight v into one row entry: the class in bits
// 16-23, the weight in bits 0-15.
func packEnt(c int, v int16) uint32 { return uint32(c)<<16 | uint32(uint16(v)) }

// entClass and entWeight unpack a row entry.
func entClass(e uint32) int    { return int(e>>16) & 0xff }
func entWeight(e uint32) int32 { return int32(int16(e)) }

// scoreChunk is the number of features whose rows are gathered at a time.
const scoreChunk = 128

// score adds the rows of feats into scores (in units of scale). The weight
// tables are megabytes large and read at random, so each chunk of rows is
// first gathered in a tight loop of independent loads, whose cache misses
// overlap, and only then decoded and summed.
func (m *qmodel) score(feats []uint64, scores []int32) {
	n := m.nClass
	scores = scores[:n]
	for i := range scores {
		scores[i] = 0
	}
	if m.bfp != nil {
		m.scoreBFP(feats, scores)
		return
	}
	if m.flat != nil {
		m.scoreFlat(feats, scores)
		return
	}
	m.scoreRows(feats, nil, scores)
}

// scoreSubset is score restricted to the classes in cands (other entries of
// scores are left undefined).
func (m *qmodel) scoreSubset(feats []uint64, cands []uint8, scores []int32) {
	scores = scores[:m.nClass]
	for _, c := range cands {
		scores[c] = 0
	}
	m.scoreRows(feats, cands, scores)
}

// scoreBFP scores a block-floating-point model (at most 3 classes).
func (m *qmodel) scoreBFP(feats []uint64, scores []int32) {
	var xs [scoreChunk]uint32
	var a0, a1, a2 int32
	bfp, mask := m.bfp, m.mask
	for len(feats) > 0 {
		k := min(len(feats), len(xs))
		for j, f := range feats[:k] {
			xs[j] = bfp[f&mask]
		}
		feats = feats[k:]
		for _, x := range xs[:k] {
			e := x >> 24
			a0 += int32(int8(x)) << e
			a1 += int32(int8(x>>8)) << e
			a2 += int32(int8(x>>16)) << e
		}
	}
	scores[0], scores[1] = a0, a1
	if len(scores) > 2 {
		scores[2] = a2
	}
}

// scoreFlat scores a model of flat rows (at most flatMax classes).
func (m *qmodel) scoreFlat(feats []uint64, scores []int32) {
	var rows [scoreChunk][flatMax]int16
	var acc [flatMax]int32
	w := m.stride()
	flat, mask := m.flat, m.mask
	for len(feats) > 0 {
		k := min(len(feats), len(rows))
		for j, f := range feats[:k] {
			r := int(f&mask) * w
			copy(rows[j][:w], flat[r:r+w])
		}
		feats = feats[k:]
		for j := range rows[:k] {
			row := &rows[j]
			for c := range acc {
				acc[c] += int32(row[c])
			}
		}
	}
	copy(scores, acc[:])
}

// scoreRows adds the sparse or dense rows of feats into scores: all classes,
// or for a dense row only those in cands if cands is not nil. Row bounds and
// the first entry of each row are gathered first.
func (m *qmodel) scoreRows(feats []uint64, cands []uint8, scores []int32) {
	var bounds [scoreChunk][2]uint32
	var first [scoreChunk]uint32
	n := m.nClass
	start, ent, mask := m.start, m.ent, m.mask
	for len(feats) > 0 {
		k := min(len(feats), len(bounds))
		for j, f := range feats[:k] {
			r := int(f & mask)
			bounds[j] = [2]uint32{start[r], start[r+1]}
		}
		feats = feats[k:]
		for j := range bounds[:k] {
			first[j] = ent[bounds[j][0]]
		}
		for j := range bounds[:k] {
			a, b := int(bounds[j][0]), int(bounds[j][1])
			if a == b {
				continue
			}
			if cands != nil && b-a == n {
				row := ent[a:b]
				for _, c := range cands {
					scores[c] += entWeight(row[c])
				}
				continue
			}
			e := first[j]
			scores[entClass(e)] += entWeight(e)
			for _, e := range ent[a+1 : b] {
				scores[entClass(e)] += entWeight(e)
			}
		}
	}
}

// stride is the row width of a flat model.
func (m *qmodel) stride() int {
	if m.nClass <= 4 {
		return 4
	}
	return flatMax
}

func argmaxI(s []int32) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}
