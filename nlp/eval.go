package nlp

import (
	"strings"
	"time"
)

// EvalResult holds accuracy figures on gold tokens.
type EvalResult struct {
	Sentences, Tokens           int
	UPOS, XPOS, Lemma, UAS, LAS float64 // fractions in [0,1]
	// LASSubtypes is LAS with the whole relation compared, subtype
	// included ("obl:tmod" against "obl" is wrong here, right in LAS).
	LASSubtypes float64
	Elapsed     time.Duration
	NER         map[string]PRF // per type and "ALL"; nil when the data has no entity annotation
}

// TokensPerSecond is the tagging+parsing throughput measured during Evaluate.
func (r EvalResult) TokensPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Tokens) / r.Elapsed.Seconds()
}

// Evaluate tags and parses the gold tokens of ss and scores the result as the
// CoNLL 2018 scorer does on gold tokenization: punctuation included, and
// LAS compares universal relations, without their language-specific
// subtypes (LASSubtypes compares them too). When the sentences carry GUM
// entity annotation, named entities are scored too.
func (m *Model) Evaluate(ss []TreebankSentence) EvalResult {
	var r EvalResult
	var up, xp, lem, ua, la, las int
	hasEnt := false
	res := map[string]PRF{}
	out := make([]*Sentence, len(ss))
	start := time.Now()
	for i, s := range ss {
		toks := make([]Token, len(s.Words))
		for j, w := range s.Words {
			toks[j] = Token{Text: w.Form}
		}
		out[i] = m.ParseTokens(toks)
	}
	r.Elapsed = time.Since(start)
	for i, s := range ss {
		p := out[i]
		r.Sentences++
		for j, w := range s.Words {
			t := p.Tokens[j]
			r.Tokens++
			if t.UPOS == w.UPOS {
				up++
			}
			if t.XPOS == w.XPOS {
				xp++
			}
			if t.Lemma == w.Lemma || t.Lemma == normQuotes(w.Lemma) {
				lem++
			}
			if t.Head == w.Head {
				ua++
				if baseRel(t.Rel) == baseRel(w.Rel) {
					la++
				}
				if t.Rel == w.Rel {
					las++
				}
			}
			if strings.Contains(w.Misc, "Entity=") {
				hasEnt = true
			}
		}
		gold := gumEntities(s)
		pred := make([]int, len(s.Words))
		for j, t := range p.Tokens {
			for c, name := range nerTags {
				if name == t.Ent {
					pred[j] = c
				}
			}
		}
		scoreSpans(res, gold, pred)
	}
	n := float64(max(r.Tokens, 1))
	r.UPOS, r.XPOS, r.Lemma, r.UAS, r.LAS = float64(up)/n, float64(xp)/n, float64(lem)/n, float64(ua)/n, float64(la)/n
	r.LASSubtypes = float64(las) / n
	if hasEnt {
		r.NER = res
	}
	return r
}
