package nlp

import (
	"sort"
	"strings"
)

// Token is one token of a parsed sentence.
type Token struct {
	Text       string
	Start, End int // byte offsets into the article text (base + offset in sentence)
	Lemma      string
	UPOS, XPOS string
	Head       int    // index of the head token in the sentence; -1 for the root
	Rel        string // UD relation, e.g. "nsubj", "obl", "nmod:poss"
	Ent        string // BIO entity tag: "B-PERSON", "I-ORG", "B-LOC", "O"
}

// Sentence is one tokenized, tagged and parsed sentence. Its helper methods
// take and return token indices; they return -1 or nil when nothing applies.
type Sentence struct {
	Tokens []Token
	// Text is the sentence text as given to Parse (empty for ParseTokens).
	Text string
	// Base is the byte offset of Text in the article.
	Base int
	kids [][]int
}

// Entity is a named entity read from the tokens' BIO tags.
type Entity struct {
	Type        string // PERSON, ORG or LOC
	First, Last int    // token indices, inclusive
	Text        string
	Start, End  int // byte offsets into the article text
}

// Oblique is an oblique argument of a predicate with its preposition.
type Oblique struct {
	Prep string // lowercased case marker(s), e.g. "with", "on behalf of"; "" when unmarked
	Head int
}

// Phrase is a noun phrase: its head, its first and last token, the modifier
// tokens included, and the head of its possessor (-1 if none).
type Phrase struct {
	Head, First, Last int
	Modifiers         []int
	Possessor         int
}

func (s *Sentence) index() {
	s.kids = make([][]int, len(s.Tokens))
	for i, t := range s.Tokens {
		if t.Head >= 0 && t.Head < len(s.Tokens) {
			s.kids[t.Head] = append(s.kids[t.Head], i)
		}
	}
}

func (s *Sentence) valid(i int) bool { return i >= 0 && i < len(s.Tokens) }

// Children returns the dependents of token i in order.
func (s *Sentence) Children(i int) []int {
	if !s.valid(i) {
		return nil
	}
	if s.kids == nil || len(s.kids) != len(s.Tokens) {
		s.index()
	}
	return s.kids[i]
}

// baseRel returns a dependency relation without its subtype: "obl" for
// "obl:tmod".
func baseRel(r string) string {
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

func (s *Sentence) childrenRel(i int, rels ...string) []int {
	var out []int
	for _, c := range s.Children(i) {
		for _, r := range rels {
			if s.Tokens[c].Rel == r {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// Root returns the index of the root token, or -1.
func (s *Sentence) Root() int {
	for i, t := range s.Tokens {
		if t.Head < 0 {
			return i
		}
	}
	return -1
}

// Verbs returns the predicates: VERB tokens, and the heads of copular
// clauses (the ADJ, NOUN, PROPN ... that carries a "cop" dependent). Verbs
// inside names ("United" in "United States", tagged VERB/NNP as in GUM) are
// left out.
func (s *Sentence) Verbs() []int {
	var out []int
	for i, t := range s.Tokens {
		if t.UPOS == "VERB" && (t.XPOS == "NNP" || t.XPOS == "NNPS") {
			continue
		}
		if t.UPOS == "VERB" || len(s.childrenRel(i, "cop")) > 0 {
			out = append(out, i)
		}
	}
	return out
}

var relPronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true}

// Subjects returns the subjects of predicate v (nsubj, nsubj:pass, csubj...),
// expanded over conjunctions. A predicate without its own subject inherits
// it: an xcomp from its governor's object (or the object of "on" after
// call/rely, ...) or else subject, a conjoined predicate from the first
// conjunct. A relative pronoun subject of a relative clause is
// replaced by the noun the clause modifies.
func (s *Sentence) Subjects(v int) []int {
	return s.subjects(v, 0)
}

func (s *Sentence) subjects(v, depth int) []int {
	if !s.valid(v) || depth > 8 {
		return nil
	}
	subs := s.childrenRel(v, "nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer", "csubj:outer")
	if len(subs) == 0 {
		t := s.Tokens[v]
		switch {
		case t.Rel == "xcomp" && s.valid(t.Head):
			if objs := s.childrenRel(t.Head, "obj", "iobj"); len(objs) > 0 {
				return s.expandConj(objs[len(objs)-1:])
			}
			// "called on the United States to rejoin": the prepositional
			// object of call on / rely upon controls the complement
			for _, o := range s.Obliques(t.Head) {
				if (o.Prep == "on" || o.Prep == "upon") && o.Head > t.Head && o.Head < v && onControl[strings.ToLower(s.Tokens[t.Head].Lemma)] {
					return s.expandConj([]int{o.Head})
				}
			}
			return s.subjects(t.Head, depth+1)
		case t.Rel == "conj" && s.valid(t.Head):
			return s.subjects(t.Head, depth+1)
		}
		return nil
	}
	t := s.Tokens[v]
	if (t.Rel == "acl:relcl" || t.Rel == "advcl:relcl") && s.valid(t.Head) {
		for k, sub := range subs {
			if relPronouns[strings.ToLower(s.Tokens[sub].Text)] {
				subs[k] = t.Head
			}
		}
	}
	return s.expandConj(subs)
}

func (s *Sentence) expandConj(xs []int) []int {
	var out []int
	seen := map[int]bool{}
	var walk func(i int)
	walk = func(i int) {
		if seen[i] {
			return
		}
		seen[i] = true
		out = append(out, i)
		for _, c := range s.childrenRel(i, "conj") {
			walk(c)
		}
	}
	for _, x := range xs {
		walk(x)
	}
	return out
}

// onControl are the verbs whose on-object does what their complement
// says: "called on the United States to rejoin", "relied on Egypt to
// mediate" (but "agreed on Friday to restore ties": the subject agreed).
var onControl = map[string]bool{"call": true, "rely": true, "count": true, "prevail": true, "depend": true}

// Passive reports whether predicate v is in the passive voice: with a
// passive subject, auxiliary or agent, or a bare past participle that
// completes a verb's object ("ordered the leader arrested"), a passive
// ("was found killed") or "get" ("got injured"), whose subject is the one
// it is done to ("remained committed" is an adjective's state).
func (s *Sentence) Passive(v int) bool {
	if len(s.childrenRel(v, "nsubj:pass", "csubj:pass", "aux:pass", "obl:agent")) > 0 {
		return true
	}
	if !s.valid(v) {
		return false
	}
	t := s.Tokens[v]
	if t.Rel != "xcomp" || t.XPOS != "VBN" || !s.valid(t.Head) || len(s.childrenRel(v, "aux", "mark", "cop", "nsubj", "obj")) > 0 {
		return false
	}
	return len(s.childrenRel(t.Head, "obj")) > 0 || s.Passive(t.Head) || strings.EqualFold(s.Tokens[t.Head].Lemma, "get")
}

// Agent returns the agent of passive predicate v (obl:agent, or an obl
// marked by "by"), or -1.
func (s *Sentence) Agent(v int) int {
	if a := s.childrenRel(v, "obl:agent"); len(a) > 0 {
		return a[0]
	}
	if !s.Passive(v) {
		return -1
	}
	for _, o := range s.childrenRel(v, "obl") {
		if s.prep(o) == "by" {
			return o
		}
	}
	return -1
}

// Objects returns the direct and indirect objects of v, expanded over
// conjunctions.
func (s *Sentence) Objects(v int) []int {
	return s.expandConj(s.childrenRel(v, "obj", "iobj"))
}

// prep returns the lowercased case marker of nominal i with its fixed
// dependents ("on behalf of"), or "".
func (s *Sentence) prep(i int) string {
	var words []string
	for _, c := range s.Children(i) {
		if s.Tokens[c].Rel != "case" || s.Tokens[c].XPOS == "POS" {
			continue
		}
		words = append(words, strings.ToLower(s.Tokens[c].Text))
		for _, f := range s.childrenRel(c, "fixed") {
			words = append(words, strings.ToLower(s.Tokens[f].Text))
		}
	}
	return strings.Join(words, " ")
}

// Obliques returns the oblique arguments and adjuncts of v (obl and its
// subtypes) with their prepositions.
func (s *Sentence) Obliques(v int) []Oblique {
	var out []Oblique
	for _, c := range s.Children(v) {
		if baseRel(s.Tokens[c].Rel) == "obl" {
			out = append(out, Oblique{Prep: s.prep(c), Head: c})
		}
	}
	return out
}

// Complements returns the clausal complements (xcomp, ccomp) of v.
func (s *Sentence) Complements(v int) []int {
	return s.childrenRel(v, "xcomp", "ccomp")
}

var negWords = map[string]bool{"not": true, "n't": true, "n’t": true, "never": true, "no": true, "nt": true}

// Negated reports whether v carries a negation (not, n't, never, no).
func (s *Sentence) Negated(v int) bool {
	for _, c := range s.Children(v) {
		r := s.Tokens[c].Rel
		if (r == "advmod" || r == "det" || r == "discourse") && negWords[strings.ToLower(s.Tokens[c].Text)] {
			return true
		}
	}
	return false
}

// Aux returns the auxiliaries of v (aux and aux:pass: will, would, may,
// has, was ...), in sentence order.
func (s *Sentence) Aux(v int) []int {
	return s.childrenRel(v, "aux", "aux:pass")
}

var npRels = map[string]bool{"compound": true, "amod": true, "det": true, "nmod:poss": true, "flat": true, "flat:name": true,
	"nummod": true, "det:predet": true, "flat:foreign": true, "compound:prt": false, "nmod:unmarked": true}

// NounPhrase returns the maximal noun phrase headed at i: the head with its
// compound, amod, det, nmod:poss, flat and nummod dependents (recursively),
// possessive markers and hyphens inside; clauses, nmod and appos are left out.
func (s *Sentence) NounPhrase(i int) Phrase {
	p := Phrase{Head: i, First: i, Last: i, Possessor: -1}
	if !s.valid(i) {
		return p
	}
	var walk func(h int)
	walk = func(h int) {
		for _, c := range s.Children(h) {
			t := s.Tokens[c]
			in := npRels[t.Rel]
			if t.Rel == "case" && t.XPOS == "POS" {
				in = true
			}
			if t.Rel == "punct" && (t.XPOS == "HYPH" || t.Text == "-") {
				in = true
			}
			if !in {
				continue
			}
			if h == i && t.Rel == "nmod:poss" {
				p.Possessor = c
			}
			p.Modifiers = append(p.Modifiers, c)
			if c < p.First {
				p.First = c
			}
			if c > p.Last {
				p.Last = c
			}
			walk(c)
		}
	}
	walk(i)
	sort.Ints(p.Modifiers)
	return p
}

// Subtree returns the first and last token of the subtree headed at i.
func (s *Sentence) Subtree(i int) (first, last int) {
	if !s.valid(i) {
		return i, i
	}
	st := subtree(s.Tokens, i)
	return st[0], st[1]
}

// Span returns the text of tokens first..last from the sentence text (or the
// tokens joined by spaces when the text is not known).
func (s *Sentence) Span(first, last int) string {
	if !s.valid(first) || !s.valid(last) || first > last {
		return ""
	}
	a, b := s.Tokens[first].Start-s.Base, s.Tokens[last].End-s.Base
	if s.Text != "" && a >= 0 && b <= len(s.Text) && a <= b {
		return s.Text[a:b]
	}
	var parts []string
	for k := first; k <= last; k++ {
		parts = append(parts, s.Tokens[k].Text)
	}
	return strings.Join(parts, " ")
}

// Entities returns the named entities marked by the tokens' BIO tags.
func (s *Sentence) Entities() []Entity {
	var out []Entity
	for i := 0; i < len(s.Tokens); i++ {
		e := s.Tokens[i].Ent
		if len(e) < 3 || e[0] != 'B' && e[0] != 'I' {
			continue
		}
		typ := e[2:]
		j := i
		for j+1 < len(s.Tokens) && s.Tokens[j+1].Ent == "I-"+typ {
			j++
		}
		out = append(out, Entity{Type: typ, First: i, Last: j, Text: s.Span(i, j), Start: s.Tokens[i].Start, End: s.Tokens[j].End})
		i = j
	}
	return out
}
