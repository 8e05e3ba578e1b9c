package nlp

import "sync/atomic"

// cyclicRepairs counts the trees the repairs left cyclic, which annotation
// replaced by the parser's own: the fallback keeps the output a tree, and
// the tests hold the count at zero so that it hides no broken repair.
var cyclicRepairs atomic.Int64

// workspace holds per-call scratch buffers.
type workspace struct {
	sents []sentWork
	jobs  []*parseJob
	ps    parseScratch
}

// sentWork holds the scratch buffers of one sentence.
type sentWork struct {
	forms      []string
	ws         []wf
	tags       []int
	upos, xpos []string
	ents       []int
	attr       []int // participles parsed as adjectives (attributiveParticiple)
	job        parseJob
}

func (m *Model) workspace() *workspace {
	if w, ok := m.pool.Get().(*workspace); ok {
		return w
	}
	return &workspace{}
}

// Parse tokenizes, tags, lemmatizes, parses and labels entities in one
// sentence. base is the byte offset of text in the article.
func (m *Model) Parse(text string, base int) *Sentence {
	return m.ParseBatch([]string{text}, []int{base})[0]
}

// ParseBatch is Parse for several sentences (texts[i] at byte offset
// bases[i]); the result is the same, but the sentences are parsed together,
// which is faster than one at a time.
func (m *Model) ParseBatch(texts []string, bases []int) []*Sentence {
	toks := make([][]Token, len(texts))
	for i, t := range texts {
		toks[i] = tokenize(t, bases[i])
	}
	out := m.ParseTokensBatch(toks)
	for i, s := range out {
		s.Text, s.Base = texts[i], bases[i]
	}
	return out
}

// ParseTokens tags, lemmatizes, parses and labels entities in pre-tokenized
// input; Text, Start and End are kept, the other fields are overwritten.
func (m *Model) ParseTokens(toks []Token) *Sentence {
	return m.ParseTokensBatch([][]Token{toks})[0]
}

// ParseTokensBatch is ParseTokens for several sentences, parsed together
// (faster than one at a time, with the same result).
func (m *Model) ParseTokensBatch(sents [][]Token) []*Sentence {
	out := make([]*Sentence, len(sents))
	w := m.workspace()
	defer m.pool.Put(w)
	for len(w.sents) < len(sents) {
		w.sents = append(w.sents, sentWork{})
	}
	jobs := w.jobs[:0]
	for k, toks := range sents {
		out[k] = &Sentence{Tokens: toks}
		if len(toks) > 0 {
			jobs = append(jobs, m.tagSentence(toks, &w.sents[k]))
		}
	}
	w.jobs = jobs
	m.ps.parseBatch(jobs, &w.ps)
	for k, toks := range sents {
		if len(toks) == 0 {
			continue
		}
		sw := &w.sents[k]
		for i := range toks {
			toks[i].Head = sw.job.heads[i]
			toks[i].Rel = m.ps.labels[sw.job.labels[i]]
		}
		if !noRepair {
			repair(toks)
			if cyclic(toks) {
				// a repair met a tree it was not written for and left
				// a cycle: the parser's tree stands
				cyclicRepairs.Add(1)
				for i := range toks {
					toks[i].Head = sw.job.heads[i]
					toks[i].Rel = m.ps.labels[sw.job.labels[i]]
				}
			}
		}
		fixPunct(toks)
		sw.ents = resize(sw.ents, len(toks))
		m.ner.tag(sw.forms, sw.ws, sw.upos, sw.ents)
		for i := range toks {
			toks[i].Ent = nerTags[sw.ents[i]]
		}
		out[k].index()
	}
	return out
}

// tagSentence tags and lemmatizes toks and returns the sentence's parse job.
func (m *Model) tagSentence(toks []Token, sw *sentWork) *parseJob {
	n := len(toks)
	sw.forms = sw.forms[:0]
	sw.ws = sw.ws[:0]
	for _, t := range toks {
		sw.forms = append(sw.forms, t.Text)
		sw.ws = append(sw.ws, makeWF(t.Text, m.tg.amb))
	}
	sw.tags = resize(sw.tags, n)
	m.tg.tag(sw.forms, sw.ws, sw.tags)
	if !noRepair {
		m.tg.regnalNumber(sw.forms, sw.tags)      // before finiteVerb, which reads the word before a participle
		m.tg.appositivePassive(sw.forms, sw.tags) // and looks for the main verb
		m.tg.samePast(sw.forms, sw.tags)          // and takes a sentence whose verb is a base form for one with none
	}
	m.tg.finiteVerb(sw.forms, sw.tags)
	if !noRepair {
		m.tg.nounAfterPrep(sw.forms, sw.tags)
		m.tg.allegedAdjective(sw.forms, sw.tags)
		m.tg.modifierGerund(sw.forms, sw.tags)
		m.tg.pastAfterAnd(sw.forms, sw.tags)
		m.tg.finalReporter(sw.forms, sw.tags)
		m.tg.openingQuote(toks, sw.tags)
		m.tg.openingFighting(sw.forms, sw.tags)
		m.tg.fightingBetween(sw.forms, sw.tags)
		m.tg.possessedGerund(sw.forms, sw.tags)
		m.tg.verbInNoun(sw.forms, sw.tags)
		m.tg.unseenPast(sw.forms, sw.tags)
		m.tg.nameThenInfinitive(sw.forms, sw.tags)
		m.tg.pastInClause(sw.forms, sw.tags)
		m.tg.nounForms(sw.forms, sw.tags)
		m.tg.toPhrasalVerb(sw.forms, sw.tags)
		m.tg.compassName(sw.forms, sw.tags)
		m.tg.adjectiveOnly(sw.forms, sw.tags)
		m.tg.talksNoun(sw.forms, sw.tags)
		m.tg.demandsNoun(sw.forms, sw.tags)
		sw.attr = m.tg.attributiveParticiple(sw.forms, sw.tags, sw.attr[:0])
		m.tg.afterModal(sw.forms, sw.tags)
		m.tg.nameBeforeVerb(sw.forms, sw.tags)
		m.tg.unseenAdverb(sw.forms, sw.tags)
		m.tg.mandativeVerb(sw.forms, sw.tags)
		m.tg.hyphenName(sw.forms, sw.tags)
	}
	sw.upos, sw.xpos = sw.upos[:0], sw.xpos[:0]
	for i := range toks {
		c := sw.tags[i]
		u, x := m.tg.upos[c], m.tg.xpos[c]
		sw.upos, sw.xpos = append(sw.upos, u), append(sw.xpos, x)
		toks[i].UPOS, toks[i].XPOS = u, x
		toks[i].Lemma = m.lm.lemma(toks[i].Text, u, x)
	}
	j := &sw.job
	j.at = makeAtoms(sw.forms, sw.xpos, sw.upos, sw.ws, j.at)
	if !noRepair {
		for _, i := range sw.attr {
			// parsed as an adjective, tagged as the treebanks tag it
			toks[i].UPOS, toks[i].XPOS = "VERB", "VBN"
			toks[i].Lemma = m.lm.lemma(toks[i].Text, "VERB", "VBN")
		}
	}
	j.heads, j.labels = resize(j.heads, n), resize(j.labels, n)
	return j
}

func resize(a []int, n int) []int {
	if cap(a) < n {
		return make([]int, n)
	}
	return a[:n]
}
