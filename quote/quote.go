package quote

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// scareMaxWords is the longest quote, in words, that is taken for a scare
// quote or a title and skipped when nothing attributes it.
const scareMaxWords = 3

// Find returns the direct quotes of an article with the words naming their
// speakers.
//
// Speaker.Text/Span name the speaker as written ("Raisi", "he", "Russian
// envoy Mikhail Ulyanov", "the minister"); Speaker.Code etc. are left empty —
// the caller resolves them through its actor dictionaries and coreference.
// Speaker is nil when none is found. Sentences are the article's sentences
// (as from package segment); they give each Quote its Sentence index, and
// when they are nil Find splits the text itself.
func Find(a *dyad.Article, sentences []dyad.Sentence) []dyad.Quote {
	if a == nil || len(a.Paragraphs) == 0 {
		return nil
	}
	text := a.Text()
	f := finder{text: text}
	f.paraStart = make([]int, len(a.Paragraphs)+1)
	off := 0
	for i, p := range a.Paragraphs {
		f.paraStart[i] = off
		off += len(p) + 1
	}
	f.paraStart[len(a.Paragraphs)] = len(text) + 1
	if len(sentences) == 0 {
		sentences = splitSentences(a)
	}
	f.sentences = sentences

	var segs []quoteSeg
	for i, p := range a.Paragraphs {
		segs = scanParagraph(p, f.paraStart[i], i, segs)
	}
	segs = f.link(segs)
	if len(segs) == 0 {
		return nil
	}
	return f.quotes(segs)
}

// finder holds the state of one Find call.
type finder struct {
	text      string
	paraStart []int // paraStart[i] is the offset of paragraph i; one extra past the end
	sentences []dyad.Sentence
	toks      []token
}

func (f *finder) paraEnd(p int) int { return f.paraStart[p+1] - 1 }

// leadingSpaceEnd returns the offset of the first non-space byte of
// paragraph p.
func (f *finder) leadingSpaceEnd(p int) int {
	i := f.paraStart[p]
	end := f.paraEnd(p)
	for i < end {
		r, size := runeAt(f.text, i)
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// link joins unclosed segments to the quote that opens the next paragraph
// (the news convention for a quote that runs over several paragraphs),
// drops unclosed segments that nothing continues unless they open their
// paragraph, and trims each segment's text.
func (f *finder) link(segs []quoteSeg) []quoteSeg {
	for i := range segs {
		s := &segs[i]
		if s.closed {
			continue
		}
		// The first segment of the next paragraph, if it opens it.
		for j := i + 1; j < len(segs) && segs[j].para <= s.para+1; j++ {
			t := &segs[j]
			if t.para == s.para+1 && t.open == f.leadingSpaceEnd(t.para) && !isSingleMark(f.text, t.open) {
				s.next, t.prev = j, i
			}
			break
		}
	}
	out := segs[:0]
	remap := make([]int, len(segs))
	for i := range segs {
		s := segs[i]
		remap[i] = -1
		if !s.closed && s.next < 0 && s.prev < 0 && s.open != f.leadingSpaceEnd(s.para) {
			continue // a stray mark, not a quote
		}
		s.textStart, s.textEnd = trimQuote(f.text, s.openEnd, s.close)
		if s.textStart >= s.textEnd {
			continue
		}
		remap[i] = len(out)
		out = append(out, s)
	}
	for i := range out {
		if out[i].next >= 0 {
			out[i].next = remap[out[i].next]
		}
		if out[i].prev >= 0 {
			out[i].prev = remap[out[i].prev]
		}
	}
	return out
}

func isSingleMark(text string, i int) bool {
	r, _ := runeAt(text, i)
	return r == '‘' || r == '’' || r == '\''
}

// trimQuote trims white space around the quoted words and a trailing comma,
// which belongs to the sentence that frames the quote.
func trimQuote(text string, start, end int) (int, int) {
	for start < end {
		r, size := runeAt(text, start)
		if !isSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r := runeBefore(text, end)
		if !isSpace(r) && r != ',' {
			break
		}
		end -= utf8.RuneLen(r)
	}
	return start, end
}

// info is what the finder learns about one segment.
type info struct {
	speaker *dyad.Actor
	own     bool // the speaker was found in the segment's own sentence
	partial bool
	skip    bool
}

func (f *finder) quotes(segs []quoteSeg) []dyad.Quote {
	infos := make([]info, len(segs))
	for i := range segs {
		s := &segs[i]
		in := &infos[i]
		in.partial = s.prev < 0 && f.integrated(segs, i)
		in.speaker = f.attribute(segs, i, in.partial)
		in.own = in.speaker != nil
		if !in.own && s.prev < 0 && s.next < 0 && in.partial && wordCount(f.text[s.textStart:s.textEnd]) <= scareMaxWords {
			in.skip = true // a scare quote, a nickname or a title
		}
	}
	// A multi-paragraph quote has one speaker, wherever it is named.
	for i := range segs {
		if segs[i].prev >= 0 {
			continue
		}
		var sp *dyad.Actor
		for j := i; j >= 0; j = segs[j].next {
			if infos[j].speaker != nil {
				sp = infos[j].speaker
				break
			}
		}
		if sp == nil {
			continue
		}
		for j := i; j >= 0; j = segs[j].next {
			if infos[j].speaker == nil {
				infos[j].speaker = sp
			}
		}
	}
	// A quote with no attribution of its own continues the speaker of the
	// quote before it in the paragraph (“…,” he said. “…”), or failing that
	// of the one after it; a paragraph that opens with an unattributed
	// quote continues the last speaker of the paragraph before.
	for i := range segs {
		if infos[i].speaker != nil || infos[i].skip {
			continue
		}
		s := segs[i]
		for j := i - 1; j >= 0 && segs[j].para == s.para; j-- {
			if infos[j].speaker != nil && !infos[j].skip {
				infos[i].speaker = infos[j].speaker
				break
			}
		}
		if infos[i].speaker != nil {
			continue
		}
		for j := i + 1; j < len(segs) && segs[j].para == s.para; j++ {
			if infos[j].own && !infos[j].skip {
				infos[i].speaker = infos[j].speaker
				break
			}
		}
		if infos[i].speaker != nil || s.open != f.leadingSpaceEnd(s.para) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if segs[j].para < s.para-1 {
				break
			}
			if segs[j].para == s.para-1 && !infos[j].skip {
				infos[i].speaker = infos[j].speaker
				break
			}
		}
	}
	out := make([]dyad.Quote, 0, len(segs))
	for i, s := range segs {
		if infos[i].skip {
			continue
		}
		q := dyad.Quote{
			Text:     f.text[s.textStart:s.textEnd],
			Span:     dyad.Span{s.textStart, s.textEnd},
			Sentence: f.sentenceAt(s.textStart),
			Partial:  infos[i].partial,
		}
		if sp := infos[i].speaker; sp != nil {
			c := *sp
			c.Roles = []string{}
			q.Speaker = &c
		}
		out = append(out, q)
	}
	return out
}

// integrated reports whether segment i opens inside a sentence of the
// narrator's, as in called the programme “non-negotiable” or told
// reporters that “…”, rather than standing as the speaker's own sentence
// (at the start of a paragraph or sentence, or after a colon or comma).
func (f *finder) integrated(segs []quoteSeg, i int) bool {
	s := segs[i]
	start := f.paraStart[s.para]
	j := s.open
	for j > start {
		r := runeBefore(f.text, j)
		if !isSpace(r) {
			break
		}
		j -= utf8.RuneLen(r)
	}
	if j <= start {
		return false
	}
	switch runeBefore(f.text, j) {
	case ':', ',', '—', '–', '(', '.', '?', '!', ';':
		return false
	case '”', '"', '’', '\'', '»':
		// Right after another quote's closing mark: “…” “…”.
		if i > 0 && segs[i-1].closeEnd == j {
			return false
		}
	}
	return true
}

// sentencePos returns the position in f.sentences of the sentence that
// holds offset pos (the last one that starts at or before it), or -1.
func (f *finder) sentencePos(pos int) int {
	ss := f.sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].Start > pos }) - 1
	if k < 0 && len(ss) > 0 {
		k = 0
	}
	return k
}

// sentenceAt returns the index of the sentence that holds offset pos.
func (f *finder) sentenceAt(pos int) int {
	k := f.sentencePos(pos)
	if k < 0 {
		return -1
	}
	return f.sentences[k].Index
}

func wordCount(s string) int {
	return len(strings.Fields(s))
}
