package geo

import "github.com/dyadproject/dyad/geo/names"

// index maps name keys (see package names) to places without a Go map:
// an open-addressing hash table over one arena of key bytes and one of
// candidate lists. It is built once, in a few milliseconds, and looked up
// without allocating.
type index struct {
	arena   []byte
	keyOff  []uint32 // key i is arena[keyOff[i]:keyEnd[i]]
	keyEnd  []uint32
	slots   []int32 // key index + 1; 0 is empty
	mask    uint32
	cands   []int32  // places, best first, of key i: cands[candOff[i]:candOff[i+1]]
	candOff []uint32 // len(keys)+1
	// maxWords[i] is the most words of a key whose first word is key i.
	maxWords []uint8
	// acronym[i] is true when only upper-case text may match key i ("US").
	acronym []bool
	// keys is arena as a string, for allocation-free key strings.
	keys string
}

type namePair struct {
	key     int32
	place   int32
	acronym bool
}

// indexBuilder collects (name, place) pairs.
type indexBuilder struct {
	ix    index
	pairs []namePair
	toks  []names.Token
	fw    []byte
}

func newIndexBuilder(nNames int) *indexBuilder {
	size := uint32(1)
	for size < uint32(nNames)*2 {
		size <<= 1
	}
	b := &indexBuilder{}
	b.ix.slots = make([]int32, size)
	b.ix.mask = size - 1
	b.ix.arena = make([]byte, 0, nNames*12)
	b.pairs = make([]namePair, 0, nNames)
	return b
}

func hashKey(k []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range k {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// find returns the index of key k, or -1.
func (ix *index) find(k []byte) int32 {
	if len(ix.slots) == 0 {
		return -1
	}
	h := hashKey(k) & ix.mask
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

// intern returns the index of the key at arena[off:], adding it if new
// (and dropping the bytes if not).
func (b *indexBuilder) intern(off int) int32 {
	ix := &b.ix
	k := ix.arena[off:]
	if len(ix.keyOff)*2 >= len(ix.slots) {
		b.grow()
	}
	h := hashKey(k) & ix.mask
	for {
		s := ix.slots[h]
		if s == 0 {
			break
		}
		i := s - 1
		if string(ix.arena[ix.keyOff[i]:ix.keyEnd[i]]) == string(k) {
			ix.arena = ix.arena[:off]
			return i
		}
		h = (h + 1) & ix.mask
	}
	i := int32(len(ix.keyOff))
	ix.keyOff = append(ix.keyOff, uint32(off))
	ix.keyEnd = append(ix.keyEnd, uint32(len(ix.arena)))
	ix.maxWords = append(ix.maxWords, 0)
	ix.acronym = append(ix.acronym, true)
	ix.slots[h] = i + 1
	return i
}

func (b *indexBuilder) grow() {
	ix := &b.ix
	ix.slots = make([]int32, len(ix.slots)*2)
	ix.mask = uint32(len(ix.slots) - 1)
	for i := range ix.keyOff {
		h := hashKey(ix.arena[ix.keyOff[i]:ix.keyEnd[i]]) & ix.mask
		for ix.slots[h] != 0 {
			h = (h + 1) & ix.mask
		}
		ix.slots[h] = int32(i) + 1
	}
}

// add indexes place pi under name.
func (b *indexBuilder) add(pi int32, name string) {
	b.toks = names.Tokens(name, b.toks[:0])
	if len(b.toks) == 0 || len(b.toks) > 255 {
		return
	}
	ix := &b.ix
	off := len(ix.arena)
	firstEnd := 0
	for i, t := range b.toks {
		if i > 0 {
			ix.arena = append(ix.arena, ' ')
		}
		ix.arena = names.Fold(ix.arena, name[t.Start:t.End])
		if i == 0 {
			firstEnd = len(ix.arena)
		}
	}
	n := len(b.toks)
	b.fw = append(b.fw[:0], ix.arena[off:firstEnd]...)
	k := b.intern(off)
	first := k
	if n > 1 {
		// The first word on its own, for maxWords.
		fo := len(ix.arena)
		ix.arena = append(ix.arena, b.fw...)
		first = b.intern(fo)
	}
	if uint8(n) > ix.maxWords[first] {
		ix.maxWords[first] = uint8(n)
	}
	b.pairs = append(b.pairs, namePair{key: k, place: pi, acronym: names.IsAcronym(name)})
}

// finish groups the pairs by key, orders each key's places by prior and
// returns the index.
func (b *indexBuilder) finish(places []place) index {
	ix := b.ix
	nk := len(ix.keyOff)
	count := make([]uint32, nk+1)
	for _, p := range b.pairs {
		count[p.key+1]++
		if !p.acronym {
			ix.acronym[p.key] = false
		}
	}
	for i := 1; i <= nk; i++ {
		count[i] += count[i-1]
	}
	ix.candOff = count
	ix.cands = make([]int32, len(b.pairs))
	fill := make([]uint32, nk)
	copy(fill, count[:nk])
	for _, p := range b.pairs {
		ix.cands[fill[p.key]] = p.place
		fill[p.key]++
	}
	for i := 0; i < nk; i++ {
		seg := ix.cands[ix.candOff[i]:ix.candOff[i+1]]
		if len(seg) == 0 {
			ix.acronym[i] = false
		}
		// Insertion sort by prior, best first; most lists are short.
		for a := 1; a < len(seg); a++ {
			for c := a; c > 0 && places[seg[c]].prior > places[seg[c-1]].prior; c-- {
				seg[c], seg[c-1] = seg[c-1], seg[c]
			}
		}
	}
	// Drop a place listed twice under one key.
	out := ix.cands[:0]
	newOff := make([]uint32, nk+1)
	for i := 0; i < nk; i++ {
		newOff[i] = uint32(len(out))
		seg := ix.cands[ix.candOff[i]:ix.candOff[i+1]]
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
			}
		}
	}
	newOff[nk] = uint32(len(out))
	ix.cands, ix.candOff = out, newOff
	ix.keys = string(ix.arena)
	b.pairs = nil
	return ix
}

// lookup returns the places of a key and whether the key is an acronym.
func (ix *index) lookup(k []byte) (ps []int32, acronym bool) {
	i := ix.find(k)
	if i < 0 {
		return nil, false
	}
	return ix.cands[ix.candOff[i]:ix.candOff[i+1]], ix.acronym[i]
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
