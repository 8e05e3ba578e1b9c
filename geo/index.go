package geo

import (
	"bytes"
	"hash/maphash"

	"github.com/dyadproject/dyad/geo/names"
)

// index maps name keys (see package names) to places without a Go map:
// an open-addressing hash table over one arena of key bytes and one of
// candidate lists. It is looked up without allocating, and built without
// random memory access: the names are hashed, sorted by hash and laid out
// in table order.
type index struct {
	arena   []byte
	keyOff  []uint32 // key i is arena[keyOff[i]:keyEnd[i]]
	keyEnd  []uint32
	slots   []int32 // key index + 1; 0 is empty
	mask    uint32
	shift   uint     // a key's slot is its hash >> shift
	cands   []int32  // places of key i, best first: cands[candOff[i]:candOff[i+1]]
	candAlt []bool   // whether cands[j] has key i as an alternate name only
	candOff []uint32 // len(keys)+1
	// maxWords[i] is the most words of a key whose first word is key i.
	maxWords []uint8
	// keys is arena as a string, for allocation-free key strings.
	keys string
}

// nameRec is one indexed name: its key in the arena and its place, or -1
// for the first word of a longer key (indexed for maxWords only).
type nameRec struct {
	hash     uint32
	off, end uint32
	place    int32
	words    uint8
	alt      bool
}

// indexBuilder collects names, then builds the index.
type indexBuilder struct {
	arena []byte
	recs  []nameRec
	toks  []names.Token
}

func newIndexBuilder(nNames int) *indexBuilder {
	return &indexBuilder{
		arena: make([]byte, 0, nNames*14),
		recs:  make([]nameRec, 0, nNames*2),
	}
}

// hashSeed is fixed per process; the index is never stored.
var hashSeed = maphash.MakeSeed()

func hashKey(k []byte) uint32 {
	return uint32(maphash.Bytes(hashSeed, k))
}

// add indexes place pi under name; alt marks an alternate name.
func (b *indexBuilder) add(pi int32, name string, alt bool) {
	b.toks = names.Tokens(name, b.toks[:0])
	n := len(b.toks)
	if n == 0 || n > 255 {
		return
	}
	off := len(b.arena)
	if names.IsAcronym(name) {
		// Acronyms ("US", "DRC") are keyed apart: only upper-case text
		// finds them, so "Us" is no country.
		b.arena = append(b.arena, acronymMark)
	}
	firstEnd := 0
	for i, t := range b.toks {
		if i > 0 {
			b.arena = append(b.arena, ' ')
		}
		b.arena = names.Fold(b.arena, name[t.Start:t.End])
		if i == 0 {
			firstEnd = len(b.arena)
		}
	}
	b.recs = append(b.recs, nameRec{hash: hashKey(b.arena[off:]), off: uint32(off), end: uint32(len(b.arena)), place: pi, words: uint8(n), alt: alt})
	if n > 1 {
		// The first word on its own, so that Find knows how far to look.
		fo := off
		if b.arena[fo] == acronymMark {
			fo++
		}
		b.recs = append(b.recs, nameRec{hash: hashKey(b.arena[fo:firstEnd]), off: uint32(fo), end: uint32(firstEnd), place: -1, words: uint8(n)})
	}
}

// build groups the names by key and lays out the table; the places of a
// key are in no order until sortCandidates.
func (b *indexBuilder) build() index {
	var ix index
	ix.arena = b.arena
	recs := b.recs
	size, bits := uint32(1), uint(0)
	for size < uint32(len(recs))*3/2 {
		size <<= 1
		bits++
	}
	ix.slots = make([]int32, size)
	ix.mask = size - 1
	ix.shift = 32 - bits
	// Sort by hash: the table position is the hash's top bits, so this
	// lays the keys out in table order, and puts equal keys side by side
	// (sorted by key where two keys share a hash).
	recs = radixSort(recs)
	for a := 1; a < len(recs); a++ {
		for c := a; c > 0; c-- {
			x, y := &recs[c], &recs[c-1]
			if x.hash != y.hash || bytes.Compare(b.arena[x.off:x.end], b.arena[y.off:y.end]) >= 0 {
				break
			}
			recs[c], recs[c-1] = recs[c-1], recs[c]
		}
	}
	ix.keyOff = make([]uint32, 0, len(recs))
	ix.keyEnd = make([]uint32, 0, len(recs))
	ix.maxWords = make([]uint8, 0, len(recs))
	ix.cands = make([]int32, 0, len(recs))
	ix.candAlt = make([]bool, 0, len(recs))
	ix.candOff = make([]uint32, 0, len(recs)+1)
	// One key per run of equal keys; a position's keys are adjacent, so
	// the table fills in order.
	ix.candOff = append(ix.candOff, 0)
	var cur *nameRec
	next := uint32(0) // first free slot at or after a position
	for o := range recs {
		r := &recs[o]
		if cur == nil || r.hash != cur.hash || !bytes.Equal(b.arena[r.off:r.end], b.arena[cur.off:cur.end]) {
			if cur != nil {
				ix.candOff = append(ix.candOff, uint32(len(ix.cands)))
			}
			cur = r
			k := int32(len(ix.keyOff))
			ix.keyOff = append(ix.keyOff, r.off)
			ix.keyEnd = append(ix.keyEnd, r.end)
			ix.maxWords = append(ix.maxWords, 0)
			pos := r.hash >> ix.shift
			if next > pos {
				pos = next
			}
			for ix.slots[pos&ix.mask] != 0 {
				pos++
			}
			ix.slots[pos&ix.mask] = k + 1
			next = pos + 1
		}
		k := len(ix.keyOff) - 1
		if r.words > ix.maxWords[k] && (r.place < 0 || r.words == 1) {
			ix.maxWords[k] = r.words
		}
		if r.place < 0 {
			continue
		}
		ix.cands = append(ix.cands, r.place)
		ix.candAlt = append(ix.candAlt, r.alt)
	}
	if cur != nil {
		ix.candOff = append(ix.candOff, uint32(len(ix.cands)))
	}
	ix.keys = string(ix.arena)
	b.recs, b.arena = nil, nil
	return ix
}

// radixSort sorts recs by hash, in two passes of 16 bits.
func radixSort(recs []nameRec) []nameRec {
	t := make([]nameRec, len(recs))
	var count [1 << 16]int32
	for shift := uint(0); shift < 32; shift += 16 {
		clear(count[:])
		for i := range recs {
			count[recs[i].hash>>shift&0xffff]++
		}
		sum := int32(0)
		for d := range count {
			count[d], sum = sum, sum+count[d]
		}
		for i := range recs {
			d := recs[i].hash >> shift & 0xffff
			t[count[d]] = recs[i]
			count[d]++
		}
		recs, t = t, recs
	}
	return recs
}

// sortCandidates orders each key's places by score, best first, and keeps
// a place listed twice under one key once, by its better name.
func (ix *index) sortCandidates(score func(p int32, alt bool) float32) {
	out, outAlt := ix.cands[:0], ix.candAlt[:0]
	start := uint32(0)
	for k := 0; k < len(ix.keyOff); k++ {
		seg, alt := ix.cands[start:ix.candOff[k+1]], ix.candAlt[start:ix.candOff[k+1]]
		start = ix.candOff[k+1]
		for a := 1; a < len(seg); a++ {
			for c := a; c > 0; c-- {
				if score(seg[c], alt[c]) <= score(seg[c-1], alt[c-1]) {
					break
				}
				seg[c], seg[c-1] = seg[c-1], seg[c]
				alt[c], alt[c-1] = alt[c-1], alt[c]
			}
		}
		ix.candOff[k] = uint32(len(out))
		for a, p := range seg {
			dup := false
			for _, q := range seg[:a] {
				if q == p {
					dup = true
					break
				}
			}
			if !dup {
				out = append(out, p)
				outAlt = append(outAlt, alt[a])
			}
		}
	}
	ix.candOff[len(ix.keyOff)] = uint32(len(out))
	ix.cands, ix.candAlt = out, outAlt
}

// find returns the index of key k, or -1.
func (ix *index) find(k []byte) int32 {
	if len(ix.slots) == 0 {
		return -1
	}
	h := hashKey(k) >> ix.shift
	for {
		s := ix.slots[h]
		if s == 0 {
			return -1
		}
		i := s - 1
		if string(ix.arena[ix.keyOff[i]:ix.keyEnd[i]]) == string(k) {
			return i
		}
		h = (h + 1) & ix.mask
	}
}

// acronymMark starts the key of an acronym.
const acronymMark = 0x01

// lookup returns the places of a key, best first, and for each whether
// the key is only an alternate name of it.
func (ix *index) lookup(k []byte) ([]int32, []bool) {
	i := ix.find(k)
	if i < 0 {
		return nil, nil
	}
	return ix.cands[ix.candOff[i]:ix.candOff[i+1]], ix.candAlt[ix.candOff[i]:ix.candOff[i+1]]
}

// words returns the most words of a key starting with word k.
func (ix *index) words(k []byte) int {
	i := ix.find(k)
	if i < 0 {
		return 0
	}
	return int(ix.maxWords[i])
}

// keyString returns k as a string, without allocating when it is a key.
func (ix *index) keyString(k []byte) string {
	i := ix.find(k)
	if i < 0 {
		return string(k)
	}
	return ix.keys[ix.keyOff[i]:ix.keyEnd[i]]
}

// eachKey calls fn with the places of every key.
func (ix *index) eachKey(fn func(ps []int32)) {
	for k := range ix.keyOff {
		fn(ix.cands[ix.candOff[k]:ix.candOff[k+1]])
	}
}
