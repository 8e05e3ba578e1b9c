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
		vals := make([]int16, n)
		for c, a := range row {
			vals[c] = int16(math.Round(float64(a * inv)))
		}
		q.appendRow(vals, nnz)
	}
	q.start[rows] = uint32(len(q.ent))
	q.ent = append(q.ent, 0)
	q.index()
	return q
}

// models with at most flatMax classes are stored as flat dense rows
const flatMax = 8

// rows with at least 1/denseFraction of their classes non-zero are stored densely
const denseFraction = 4

// qmodel is a trained perceptron with int16 weights (times scale). A row of a
// model of more than flatMax classes is either sparse, each entry a class and
// its weight (packEnt), or dense, denseLen entries of two weights each. The
// rows are built in start and ent, then indexed for scoring into hdr and
// rent (index), which end with one spare zero entry so that the entry at any
// row's offset can be read.
type qmodel struct {
	nClass int
	mask   uint64
	flat   []int16  // models with at most flatMax classes: flatMax weights per row
	bfp    []uint32 // models with at most 3 classes: int8 mantissas in bytes 0-2, exponent in byte 3
	start  []uint32 // while building: row r is ent[start[r]:start[r+1]]
	ent    []uint32
	hdr    []uint64 // after index: the row headers
	rent   []uint32 // after index: the rows of ent not held inline, reordered
	scale  float32
}

// A row header (hdr) holds a row of at most two entries inline: bit 63 set,
// the entries in bits 0-23 and 24-47 (an empty row, or a missing second
// entry, adds weight 0 to class 0). Any other row is at ent[a:a+len]: a in
// bits 0-31, len in bits 32-47. Most looked-up rows are empty or hold two
// entries (an update adds to the true class and subtracts from the guess), so
// one random read finds them.
const hdrInline = 1 << 63

// index builds hdr and rent from start and ent. In rent the dense rows come
// first, together and each starting a cache line: they hold the frequent
// features, read at almost every word, and kept together they stay in the
// caches and the TLB; the longer sparse rows follow.
func (m *qmodel) index() {
	rows := len(m.start) - 1
	m.hdr = make([]uint64, rows)
	m.rent = make([]uint32, 0, len(m.ent)+16)
	dl := uint32(m.denseLen())
	for _, dense := range []bool{true, false} {
		for r := range m.hdr {
			a, b := m.start[r], m.start[r+1]
			if (b-a == dl) != dense {
				continue
			}
			if b-a <= 2 && !dense {
				h := uint64(hdrInline)
				for k := a; k < b; k++ {
					h |= uint64(m.ent[k]&0xffffff) << (24 * (k - a))
				}
				m.hdr[r] = h
				continue
			}
			for dense && len(m.rent)%16 != 0 {
				m.rent = append(m.rent, 0)
			}
			m.hdr[r] = uint64(len(m.rent)) | uint64(b-a)<<32
			m.rent = append(m.rent, m.ent[a:b]...)
		}
	}
	m.rent = append(m.rent, 0)
	m.start, m.ent = nil, nil
}

// row returns the entries of row r (after index) and whether it is dense;
// the entries of a row held inline are appended to buf.
func (m *qmodel) row(r int, buf []uint32) ([]uint32, bool) {
	h := m.hdr[r]
	if h&hdrInline != 0 {
		for _, e := range [2]uint32{uint32(h) & 0xffffff, uint32(h>>24) & 0xffffff} {
			if entWeight(e) != 0 {
				buf = append(buf, e)
			}
		}
		return buf, false
	}
	a, l := int(uint32(h)), int(h>>32&0xffff)
	return m.rent[a : a+l], l == m.denseLen()
}

// appendRow appends a row of weights (one per class, nnz of them non-zero):
// nothing if nnz is 0, dense if at least 1/denseFraction of the classes are
// non-zero, else sparse.
func (m *qmodel) appendRow(vals []int16, nnz int) {
	switch {
	case nnz == 0:
	case nnz*denseFraction >= m.nClass:
		for c := 0; c < len(vals); c += 2 {
			w := uint32(uint16(vals[c]))
			if c+1 < len(vals) {
				w |= uint32(uint16(vals[c+1])) << 16
			}
			m.ent = append(m.ent, w)
		}
	default:
		for c, v := range vals {
			if v != 0 {
				m.ent = append(m.ent, packEnt(c, v))
			}
		}
	}
}

// denseLen is the number of entries of a dense row: two weights an entry,
// class 2k in the low and class 2k+1 in the high half of entry k. (A sparse
// row is shorter: it holds fewer than nClass/denseFraction entries.)
func (m *qmodel) denseLen() int { return (m.nClass + 1) / 2 }

// denseWeight returns the weight of class c in dense row ent[a:].
func denseWeight(row []uint32, c int) int32 { return int32(int16(row[c>>1] >> (16 * uint(c&1)))) }

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
	m.scoreRows(feats, "", scores)
}

// scoreSubset is score restricted to the classes in cands, one byte each,
// not empty (other entries of scores are left undefined).
func (m *qmodel) scoreSubset(feats []uint64, cands string, scores []int32) {
	scores = scores[:m.nClass]
	for i := 0; i < len(cands); i++ {
		scores[cands[i]] = 0
	}
	m.scoreRows(feats, cands, scores)
}

// scoreBatch scores consecutive lists of seg features of a sparse model: the
// scores of feats[k*seg:(k+1)*seg] go to scores[k*nClass:(k+1)*nClass],
// restricted as by scoreSubset to cands[k] unless it is empty. All rows are
// gathered first, so the cache misses of the lists overlap. hs and first
// are scratch space, returned for reuse.
func (m *qmodel) scoreBatch(feats []uint64, seg int, cands []string, scores []int32, hs []uint64, first []uint32) ([]uint64, []uint32) {
	if cap(hs) < len(feats) {
		hs, first = make([]uint64, len(feats)), make([]uint32, len(feats))
	}
	hs, first = hs[:len(feats)], first[:len(feats)]
	m.gatherRows(feats, hs, first)
	n := m.nClass
	for k, cs := range cands {
		out := scores[k*n : (k+1)*n]
		if cs == "" {
			clear(out)
		}
		for i := 0; i < len(cs); i++ {
			out[cs[i]] = 0
		}
		m.addRows(hs[k*seg:(k+1)*seg], first[k*seg:(k+1)*seg], cs, out)
	}
	return hs, first
}

// scoreBFP scores a block-floating-point model (at most 3 classes).
func (m *qmodel) scoreBFP(feats []uint64, scores []int32) {
	var xs [scoreChunk]uint32
	var acc [3]int32
	bfp, mask := m.bfp, m.mask
	for len(feats) > 0 {
		k := min(len(feats), len(xs))
		for j, f := range feats[:k] {
			xs[j] = bfp[f&mask]
		}
		feats = feats[k:]
		addBFP(xs[:k], &acc)
	}
	copy(scores, acc[:])
}

// sumBFP sets out[k] to the sum of the rows of feats[k*seg:(k+1)*seg] of a
// block-floating-point model; xs is scratch space, returned for reuse.
func (m *qmodel) sumBFP(feats []uint64, seg int, xs []uint32, out [][3]int32) []uint32 {
	bfp, mask := m.bfp, m.mask
	xs = xs[:0]
	for _, f := range feats {
		xs = append(xs, bfp[f&mask])
	}
	for k := range out {
		out[k] = [3]int32{}
		addBFP(xs[k*seg:(k+1)*seg], &out[k])
	}
	return xs
}

// addBFP adds block-floating-point rows xs into acc.
func addBFP(xs []uint32, acc *[3]int32) {
	a0, a1, a2 := acc[0], acc[1], acc[2]
	for _, x := range xs {
		e := x >> 24
		a0 += int32(int8(x)) << e
		a1 += int32(int8(x>>8)) << e
		a2 += int32(int8(x>>16)) << e
	}
	acc[0], acc[1], acc[2] = a0, a1, a2
}

// scoreFlat scores a model of flat rows (at most flatMax classes).
func (m *qmodel) scoreFlat(feats []uint64, scores []int32) {
	var rows [scoreChunk][flatMax]int16
	var acc [flatMax]int32
	for len(feats) > 0 {
		k := min(len(feats), len(rows))
		m.gatherFlat(feats[:k], rows[:k])
		feats = feats[k:]
		addFlat(rows[:k], &acc)
	}
	copy(scores, acc[:])
}

// gatherFlat copies the rows of feats into rows.
func (m *qmodel) gatherFlat(feats []uint64, rows [][flatMax]int16) {
	flat, mask := m.flat, m.mask
	rows = rows[:len(feats)]
	if m.stride() == flatMax {
		for j, f := range feats {
			r := int(f&mask) * flatMax
			rows[j] = [flatMax]int16(flat[r : r+flatMax])
		}
		return
	}
	for j, f := range feats {
		r := int(f&mask) * 4
		rows[j] = [flatMax]int16{flat[r], flat[r+1], flat[r+2], flat[r+3]}
	}
}

// addFlat adds flat rows into acc.
func addFlat(rows [][flatMax]int16, acc *[flatMax]int32) {
	for j := range rows {
		row := &rows[j]
		for c := range acc {
			acc[c] += int32(row[c])
		}
	}
}

// scoreRows adds the sparse or dense rows of feats into scores: all classes
// if cands is empty, else for a dense row only those in cands. Row headers,
// then the first entry of each row not held inline, are gathered first.
func (m *qmodel) scoreRows(feats []uint64, cands string, scores []int32) {
	var hs [scoreChunk]uint64
	var first [scoreChunk]uint32
	for len(feats) > 0 {
		k := min(len(feats), len(hs))
		m.gatherRows(feats[:k], hs[:k], first[:k])
		m.addRows(hs[:k], first[:k], cands, scores)
		feats = feats[k:]
	}
}

// gatherRows reads the row headers of feats into hs and the first entry of
// each row not held inline into first.
func (m *qmodel) gatherRows(feats []uint64, hs []uint64, first []uint32) {
	hdr, ent, mask := m.hdr, m.rent, m.mask
	hs = hs[:len(feats)]
	for j, f := range feats {
		hs[j] = hdr[f&mask]
	}
	first = first[:len(hs)]
	for j, h := range hs {
		first[j] = ent[uint32(h)&uint32(h>>63-1)] // ent[0] for inline rows
	}
}

// addRows adds the rows gathered by gatherRows into scores (see scoreRows).
func (m *qmodel) addRows(hs []uint64, first []uint32, cands string, scores []int32) {
	n, dl := m.nClass, m.denseLen()
	ent := m.rent
	first = first[:len(hs)]
	for j, h := range hs {
		if h&hdrInline != 0 {
			e0, e1 := uint32(h)&0xffffff, uint32(h>>24)&0xffffff
			scores[entClass(e0)] += entWeight(e0)
			scores[entClass(e1)] += entWeight(e1)
			continue
		}
		a, b := int(uint32(h)), int(uint32(h))+int(h>>32&0xffff)
		if b-a == dl {
			row := ent[a:b]
			if cands != "" {
				for i := 0; i < len(cands); i++ {
					scores[cands[i]] += denseWeight(row, int(cands[i]))
				}
				continue
			}
			for c := 0; c+1 < n; c += 2 {
				w := row[c>>1]
				scores[c] += int32(int16(w))
				scores[c+1] += int32(int16(w >> 16))
			}
			if n&1 == 1 {
				scores[n-1] += int32(int16(row[n>>1]))
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
