package nlp

// Punctuation attachment. UD attaches a punctuation mark projectively, to
// the head of the phrase or clause it belongs to: a pair of brackets or
// quotation marks to the head of what they enclose, any other mark to the
// highest node next to it that keeps every arc projective, a sentence's
// final mark never to a word after it. The greedy parser attaches marks as
// it meets them, often to a word inside a neighbouring phrase, and the
// treebanks' own attachment follows these rules (the UD tools enforce them
// with udapi's ud.FixPunct, whose procedure this follows). fixPunct moves
// only marks whose head breaks them: a mark the parser hung on a node the
// rules allow keeps it.

// pairedPunct maps an opening mark to its closing one.
var pairedPunct = map[string]string{
	"(": ")", "[": "]", "{": "}", `"`: `"`, "'": "'", "“": "”", "‘": "’", "«": "»",
}

// punctKind marks a token as the opening or closing mark of a pair.
type punctKind uint8

const (
	punctOther punctKind = iota
	punctOpening
	punctClosing
)

// fixPunct reattaches the punctuation marks of toks that break UD's rules
// for punctuation (see above).
func fixPunct(toks []Token) {
	kind := make([]punctKind, len(toks))
	for i := range toks {
		if toks[i].UPOS != "PUNCT" || kind[i] != punctOther || hasChild(toks, i) {
			continue
		}
		if closing, ok := pairedPunct[toks[i].Text]; ok {
			fixPair(toks, kind, i, closing)
		}
	}
	for i := range toks {
		if toks[i].UPOS == "PUNCT" && kind[i] == punctOther && !hasChild(toks, i) {
			fixSubordinatePunct(toks, kind, i)
		}
	}
}

// hasChild reports whether a token hangs on i.
func hasChild(toks []Token, i int) bool {
	for k := range toks {
		if toks[k].Head == i {
			return true
		}
	}
	return false
}

// fixPair attaches the opening mark o and its closing mark (the first
// unnested one spelt closing) to the first and the last head of what they
// enclose.
func fixPair(toks []Token, kind []punctKind, o int, closing string) {
	c, nested := -1, 0
	for k := o + 1; k < len(toks) && c < 0; k++ {
		switch toks[k].Text {
		case closing:
			if nested > 0 {
				nested--
			} else {
				c = k
			}
		case toks[o].Text:
			nested++
		}
	}
	if c < 0 || toks[c].UPOS != "PUNCT" || hasChild(toks, c) {
		return
	}
	var heads, punctHeads []int
	for k := o + 1; k < c; k++ {
		if h := toks[k].Head; h < o || h > c {
			if toks[k].UPOS == "PUNCT" {
				punctHeads = append(punctHeads, k)
			} else {
				heads = append(heads, k)
			}
		}
	}
	if len(heads) == 0 {
		heads = punctHeads
	}
	if len(heads) == 0 {
		return
	}
	toks[o].Head, toks[o].Rel = heads[0], "punct"
	toks[c].Head, toks[c].Rel = heads[len(heads)-1], "punct"
	kind[o], kind[c] = punctOpening, punctClosing
	// a gap left inside the pair ("the (lack of) reproducibility"): the
	// marks hang on the nearest word inside that leaves none
	if causesGap(toks, o) {
		for h := o + 1; h < c; h++ {
			toks[o].Head = h
			if toks[h].UPOS != "PUNCT" && !nonprojective(toks, o) && !causesGap(toks, o) || h == c-1 {
				break
			}
		}
	}
	if causesGap(toks, c) {
		for h := c - 1; h > o; h-- {
			toks[c].Head = h
			if toks[h].UPOS != "PUNCT" && !nonprojective(toks, c) && !causesGap(toks, c) || h == o+1 {
				break
			}
		}
	}
}

// fixSubordinatePunct attaches the mark p, not one of a pair, to the
// highest node above its nearest word on the left or right (the lower of
// the two) that keeps its arc projective.
func fixSubordinatePunct(toks []Token, kind []punctKind, p int) {
	h := toks[p].Head
	if toks[p].Text == "." && h == p-1 && h >= 0 {
		return // an abbreviation's or an ordinal's dot (EWT has a few at a sentence's end)
	}
	// a comma or dash set off as one of a pair around its head's phrase
	if h >= 0 {
		span := subtree(toks, h)
		if (span[0] == p || span[1] == p) && toks[span[0]].UPOS == "PUNCT" && toks[span[1]].UPOS == "PUNCT" &&
			toks[span[0]].Head == h && toks[span[1]].Head == h && contiguous(toks, h, span) {
			return
		}
	}
	l, r := p-1, p+1
	if final(toks[p].Text) {
		r = len(toks)
	}
	for ; l >= 0 && toks[l].UPOS == "PUNCT"; l-- {
		if kind[l] == punctOpening && toks[l].Head != p {
			l = -1
			break
		}
	}
	for ; r < len(toks) && toks[r].UPOS == "PUNCT"; r++ {
		if kind[r] == punctClosing && toks[r].Head != p {
			r = len(toks)
			break
		}
	}
	var lpath, rpath []int
	if l >= 0 {
		lpath = append(lpath, l)
		for range toks {
			up := toks[l].Head
			if up < 0 || up > p || subtree(toks, l)[1] > p {
				break
			}
			l = up
			lpath = append(lpath, l)
		}
	}
	if r < len(toks) {
		rpath = append(rpath, r)
		for range toks {
			up := toks[r].Head
			if up < 0 || up < p || subtree(toks, r)[0] < p {
				break
			}
			r = up
			rpath = append(rpath, r)
		}
	}
	keep := func(path []int) []int {
		var out []int
		for _, c := range path {
			toks[p].Head = c
			if !nonprojective(toks, p) && !causesGap(toks, p) {
				out = append(out, c)
			}
		}
		toks[p].Head = h
		return out
	}
	lpath, rpath = keep(lpath), keep(rpath)
	lc, rc := -1, -1
	if len(lpath) > 0 {
		lc = lpath[len(lpath)-1]
	}
	if len(rpath) > 0 {
		rc = rpath[len(rpath)-1]
	}
	// the lower of the two, or the one on the left when neither
	// governs the other
	cand := lc
	switch {
	case lc >= 0 && rc >= 0 && within(toks, rc, lc) && rc != lc:
		cand = rc
	case lc < 0:
		cand = rc
	}
	if cand < 0 {
		return
	}
	toks[p].Head, toks[p].Rel = cand, "punct"
}

// final reports whether a mark ends a sentence.
func final(text string) bool { return text == "." || text == "?" || text == "!" }

// contiguous reports whether the subtree of h, spanning span, has no gap.
func contiguous(toks []Token, h int, span [2]int) bool {
	for k := span[0]; k <= span[1]; k++ {
		if !within(toks, k, h) {
			return false
		}
	}
	return true
}

// nonprojective reports whether the arc into d crosses a word its head
// does not govern.
func nonprojective(toks []Token, d int) bool {
	h := toks[d].Head
	if h < 0 {
		return false
	}
	for k := min(h, d) + 1; k < max(h, d); k++ {
		if !within(toks, k, h) {
			return true
		}
	}
	return false
}

// inGap reports whether n lies under an arc whose head does not govern it.
func inGap(toks []Token, n int) bool {
	for k := range toks {
		h := toks[k].Head
		if h >= 0 && min(h, k) < n && n < max(h, k) && !within(toks, n, h) {
			return true
		}
	}
	return false
}

// causesGap reports whether n lies in a gap its head does not lie in too.
func causesGap(toks []Token, n int) bool {
	return inGap(toks, n) && (toks[n].Head < 0 || !inGap(toks, toks[n].Head))
}
