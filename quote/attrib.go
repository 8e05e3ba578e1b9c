package quote

import (
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// maxNP is the longest speaker noun phrase, in tokens.
const maxNP = 10

// maxAfter is how many tokens after a quote are searched for its verb of
// saying (room for an appositive: “…,” Mick Mulroy, the Pentagon’s former
// top policy official for the Middle East, said).
const maxAfter = 30

// attribute returns the speaker named in the sentence around segment i, or
// nil. A partial quote is attributed first by the verb before it (called
// the programme “non-negotiable”); a full quote first by the words after it
// (“…,” Raisi said).
func (f *finder) attribute(segs []quoteSeg, i int, partial bool) *dyad.Actor {
	if partial {
		if sp := f.before(segs, i); sp != nil {
			return sp
		}
		return f.after(segs, i)
	}
	if sp := f.after(segs, i); sp != nil {
		return sp
	}
	return f.before(segs, i)
}

// actor makes the speaker from tokens a..b.
func (f *finder) actor(toks []token, a, b int) *dyad.Actor {
	if a < 0 || b < a {
		return nil
	}
	s, e := toks[a].start, toks[b].end
	return &dyad.Actor{Text: f.text[s:e], Span: dyad.Span{s, e}, Roles: []string{}}
}

// word returns the text of token t.
func (f *finder) word(t token) string { return f.text[t.start:t.end] }

// isAccordingTo reports whether toks[k:] starts with "according to".
func (f *finder) isAccordingTo(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].kind == tWord && toks[k+1].kind == tWord &&
		strings.EqualFold(f.word(toks[k]), "according") && strings.EqualFold(f.word(toks[k+1]), "to")
}

// after looks for the attribution that follows a closed quote: “…,” X
// said / said X / X, the minister, said / according to X.
func (f *finder) after(segs []quoteSeg, i int) *dyad.Actor {
	s := segs[i]
	if !s.closed {
		return nil
	}
	end := f.paraEnd(s.para)
	if i+1 < len(segs) && segs[i+1].para == s.para {
		end = segs[i+1].open
	}
	toks := tokenizeN(f.text, s.closeEnd, end, f.toks[:0], maxAfter+4)
	f.toks = toks
	k := 0
	for k < len(toks) && (toks[k].isComma() || toks[k].isDash()) {
		k++
	}
	n := k
	for n < len(toks) && n < k+maxAfter && !isClauseEnd(toks[n]) {
		n++
	}
	if n == k {
		return nil
	}
	v := -1
	for j := k; j < n; j++ {
		if f.isAccordingTo(toks, j) {
			if j != k {
				return nil
			}
			a, b := f.forwardNP(toks, j+2, n)
			return f.actor(toks, a, b)
		}
		if f.isVerb(toks, j, fSpeech) {
			v = j
			break
		}
	}
	if v < 0 {
		return nil
	}
	if v == k {
		// Inverted: said Mick Mulroy, the Pentagon’s former ...
		a, b := f.forwardNP(toks, v+1, n)
		return f.actor(toks, a, b)
	}
	a, b := f.backwardNP(toks, v, k)
	if a != k {
		return nil // the verb belongs to some other clause
	}
	closing := f.text[s.textEnd:s.close]
	last := runeBefore(f.text, s.textEnd)
	if !strings.ContainsRune(closing, ',') && last != '?' && last != '!' && !f.allowedAfterVerb(toks, v, n) {
		return nil // “…” The minister said talks would go on: not an attribution
	}
	return f.actor(toks, a, b)
}

// isClauseEnd reports whether t ends the stretch searched for an
// attribution.
func isClauseEnd(t token) bool {
	if t.isSentenceEnd() {
		return true
	}
	if t.kind != tPunct {
		return false
	}
	switch t.r {
	case ';', '(', ')', '“', '”', '"', '«', '»':
		return true
	}
	return false
}

// allowedAfterVerb reports whether what follows the verb of saying at v
// fits an attribution (“…” he said on Monday / in a statement / to
// reporters), rather than a new clause of reported speech.
func (f *finder) allowedAfterVerb(toks []token, v, n int) bool {
	if v+1 >= n {
		return true
	}
	t := toks[v+1]
	if t.kind == tPunct {
		return true
	}
	if t.is(fRel) && !t.upper {
		return false
	}
	if t.is(fPrep | fPrepIn | fTime | fAux | fPart) {
		return true
	}
	switch strings.ToLower(f.word(toks[v])) {
	case "told", "tells", "asked", "asks", "urged", "urges", "warned", "warns":
		return true // told reporters
	}
	return false
}

// before looks for the attribution that precedes a quote in its sentence:
// X said: “…” / X told Y that “…” / X called the plan “…” / according to
// X, “…”.
func (f *finder) before(segs []quoteSeg, i int) *dyad.Actor {
	s := segs[i]
	start := f.paraStart[s.para]
	if i > 0 && segs[i-1].para == s.para {
		start = segs[i-1].closeEnd
	}
	// Only the quote's sentence matters; start a sentence earlier in case
	// the caller's splitter cut it short.
	if k := f.sentencePos(s.open); k > 0 {
		if p := f.sentences[k-1].Start; p > start {
			start = p
		}
	}
	if start >= s.open {
		return nil
	}
	toks := tokenize(f.text, start, s.open, f.toks[:0])
	f.toks = toks
	lo := 0
	for j := len(toks) - 1; j >= 0; j-- {
		if toks[j].isSentenceEnd() || toks[j].kind == tPunct && toks[j].r == ';' {
			lo = j + 1
			break
		}
	}
	v := -1
	for j := len(toks) - 1; j >= lo; j-- {
		if f.isAccordingTo(toks, j) {
			a, b := f.forwardNP(toks, j+2, len(toks))
			return f.actor(toks, a, b)
		}
		if f.isVerb(toks, j, fSpeech|fEval|fPart) {
			v = j
			break
		}
	}
	if v < 0 {
		return nil
	}
	if toks[v].is(fPart) && !toks[v].is(fSpeech|fEval) {
		// saying, adding: the subject of the main clause.
		for w := v - 1; w >= lo; w-- {
			if f.isVerb(toks, w, fSpeech|fEval) {
				a, b := f.backwardNP(toks, w, lo)
				return f.actor(toks, a, b)
			}
		}
		a, b := f.forwardSubject(toks, lo, v)
		return f.actor(toks, a, b)
	}
	a, b := f.backwardNP(toks, v, lo)
	if a < 0 && f.coordinated(toks, v, lo) {
		// X accused Manila of … and said its coast guard had taken “…”
		a, b = f.forwardSubject(toks, lo, v)
	}
	return f.actor(toks, a, b)
}

// coordinated reports whether the verb at v is the second of two verbs
// that share a subject: X accused … and said, X rejected …, but warned.
func (f *finder) coordinated(toks []token, v, lo int) bool {
	j := v - 1
	for j >= lo && toks[j].is(fAux) && !toks[j].is(fPron) {
		j--
	}
	if j < lo || toks[j].kind != tWord {
		return false
	}
	w := f.word(toks[j])
	return w == "and" || w == "but"
}

// isVerb reports whether token j is a verb with one of the flags, rather
// than a noun or adjective spelled the same: the Baltic states, the
// alleged attack, amid continued fighting, Gulf states said.
func (f *finder) isVerb(toks []token, j int, flags uint32) bool {
	t := toks[j]
	if !t.is(flags) || t.upper {
		return false
	}
	if j+1 < len(toks) && toks[j+1].is(fSpeech) && !toks[j+1].upper {
		return false
	}
	if j == 0 {
		return true
	}
	p := toks[j-1]
	if p.kind != tWord {
		return true
	}
	if p.is(fDet) && !p.is(fPron) || p.is(fPrep|fPrepIn) && !p.upper {
		return false
	}
	w := f.word(t)
	if p.upper && w[len(w)-1] == 's' && j >= 2 && toks[j-2].is(fDet) {
		return false // the Baltic states
	}
	return true
}

// backwardNP returns the subject of the verb at v: the noun phrase that
// ends before it, over adverbs and auxiliaries (X also said, X has said, X
// on Monday said) and over a parenthesis between commas (X, a retired CIA
// station chief, said). When the parenthesis is a name after a description
// (An EU spokeswoman, Elena Varga, said) the speaker is both. It returns
// token indices a..b, or -1, -1.
func (f *finder) backwardNP(toks []token, v, lo int) (int, int) {
	j := v - 1
	for j >= lo {
		t := toks[j]
		if t.is(fAux) && !t.is(fPron) {
			j--
			continue
		}
		if t.is(fTime) && j-1 >= lo && strings.EqualFold(f.word(toks[j-1]), "on") {
			j -= 2
			continue
		}
		break
	}
	if j < lo {
		return -1, -1
	}
	if toks[j].isComma() {
		k := j - 1
		for k >= lo && !toks[k].isComma() {
			if toks[k].kind == tPunct && !toks[k].isDash() {
				return -1, -1
			}
			k--
		}
		if k <= lo || k == j-1 {
			return -1, -1
		}
		a, b := f.collectBack(toks, k-1, lo)
		if a < 0 {
			return -1, -1
		}
		if f.isName(toks[k+1:j]) && !f.isName(toks[a:b+1]) {
			return a, j - 1
		}
		return a, b
	}
	return f.collectBack(toks, j, lo)
}

// collectBack collects the noun phrase that ends at token j, walking left
// until punctuation, a clause word or a verb of saying. A relative clause
// (a regional diplomat who followed the talks) gives way to its antecedent.
func (f *finder) collectBack(toks []token, j, lo int) (int, int) {
	end := j
	i := j
	for ; i >= lo; i-- {
		t := toks[i]
		if t.kind == tPunct {
			break
		}
		if t.is(fPron) {
			if i == end {
				return i, i
			}
			break
		}
		if t.is(fRel) && !t.upper {
			if a, b := f.collectBack(toks, i-1, lo); a >= 0 {
				return a, b
			}
			break
		}
		if t.is(fStop) {
			if strings.EqualFold(f.word(t), "and") && i-1 >= lo && i < end &&
				toks[i-1].upper && toks[i+1].upper {
				continue // Russia and China said
			}
			break
		}
		if t.is(fSpeech|fEval|fPart) && !t.upper {
			break
		}
	}
	a := i + 1
	if a > end {
		return -1, -1
	}
	if end-a+1 > maxNP {
		a = end - maxNP + 1
	}
	a = f.trimLead(toks, a, end)
	if a > end {
		return -1, -1
	}
	return a, end
}

// trimLead drops a leading prepositional phrase or time word from the noun
// phrase a..end: "In Tehran the minister" → "the minister", "On Monday
// Lavrov" → "Lavrov".
func (f *finder) trimLead(toks []token, a, end int) int {
	for a <= end {
		t := toks[a]
		switch {
		case t.is(fTime) && !t.is(fDet):
			a++
			continue
		case t.is(fPrep|fPrepIn) && !t.is(fDet|fPron):
			a++
			for a <= end && toks[a].is(fTime) && !toks[a].is(fDet) {
				a++
			}
			d := a
			for d <= end && !toks[d].is(fDet|fPron) {
				d++
			}
			if d <= end {
				a = d
			} else if a < end {
				a++ // In Moscow Lavrov
			}
			continue
		case t.kind == tWord && !t.upper && !t.is(fDet) && a < end && t.is(fAux):
			a++
			continue
		}
		break
	}
	return a
}

// forwardNP returns the noun phrase that starts at token i and ends before
// n: the speaker after an inverted verb (said Mick Mulroy, the …) or after
// "according to". An appositive after a comma is dropped, except a name
// after a description (said the foreign minister, Sergei Lavrov).
func (f *finder) forwardNP(toks []token, i, n int) (int, int) {
	if i >= n || toks[i].kind != tWord {
		return -1, -1
	}
	if toks[i].is(fPron) {
		return i, i
	}
	a := i
	k := i
	content := false
	for ; k < n && k-a < maxNP; k++ {
		t := toks[k]
		if t.kind == tPunct {
			break
		}
		if !t.upper {
			if t.is(fStop | fSpeech | fPart | fPron) {
				break
			}
			if t.is(fPrep | fPrepIn) {
				w := strings.ToLower(f.word(t))
				inner := (w == "of" || w == "for" || w == "from") && k > a && k+1 < n &&
					(toks[k+1].upper || toks[k+1].is(fDet))
				if !inner {
					break
				}
			}
			if content && strings.HasSuffix(f.word(t), "ing") {
				break
			}
		}
		if !t.is(fDet) {
			content = true
		}
	}
	b := k - 1
	if b < a {
		return -1, -1
	}
	if k < n && toks[k].isComma() && !f.isName(toks[a:b+1]) {
		m := k + 1
		for m < n && toks[m].kind == tWord && (toks[m].upper || isNameParticle(f.word(toks[m]))) && m-k <= 5 {
			m++
		}
		if m > k+1 && toks[m-1].upper && (m == n || toks[m].isComma() || isClauseEnd(toks[m])) {
			b = m - 1
		}
	}
	return a, b
}

// forwardSubject returns the noun phrase that opens a clause, up to its
// verb: for a participle of saying with no finite verb before it (Lavrov
// hit back, saying: “…”).
func (f *finder) forwardSubject(toks []token, lo, v int) (int, int) {
	a := lo
	k := lo
	content := false
	for ; k < v && k-a < maxNP; k++ {
		t := toks[k]
		if t.kind == tPunct {
			break
		}
		if t.is(fPron) {
			if k == a {
				return k, k
			}
			break
		}
		if !t.upper {
			w := f.word(t)
			if t.is(fStop|fSpeech|fEval|fPart|fAux) ||
				content && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || t.is(fPrep)) {
				break
			}
		}
		if !t.is(fDet) {
			content = true
		}
	}
	if k == a {
		return -1, -1
	}
	a = f.trimLead(toks, a, k-1)
	if a > k-1 {
		return -1, -1
	}
	return a, k - 1
}

// isName reports whether the tokens are a proper name: capitalised words
// and name particles (al-, de, bin), at most six of them.
func (f *finder) isName(toks []token) bool {
	if len(toks) == 0 || len(toks) > 6 {
		return false
	}
	for _, t := range toks {
		if t.kind != tWord {
			return false
		}
		if !t.upper && !isNameParticle(f.word(t)) {
			return false
		}
	}
	return toks[len(toks)-1].upper
}

// isNameParticle reports whether w is a lower-case part of a name.
func isNameParticle(w string) bool {
	switch w {
	case "al", "el", "de", "da", "di", "del", "der", "van", "von", "bin", "ibn", "la", "le", "du", "dos", "das":
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 && i+1 < len(w) {
		// al-Assad, bin-Salman
		return unicode.IsUpper(rune(w[i+1]))
	}
	return false
}
