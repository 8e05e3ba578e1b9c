package nlp

// workspace holds per-call scratch buffers.
type workspace struct {
	forms  []string
	ws     []wf
	tags   []int
	upos   []string
	xpos   []string
	at     []patom
	heads  []int
	labels []int
	ents   []int
	st     pstate
	feats  []uint64
	scores []int32
}

func (m *Model) workspace() *workspace {
	if w, ok := m.pool.Get().(*workspace); ok {
		return w
	}
	return &workspace{scores: make([]int32, 256)}
}

// Parse tokenizes, tags, lemmatizes, parses and labels entities in one
// sentence. base is the byte offset of text in the article.
func (m *Model) Parse(text string, base int) *Sentence {
	s := m.ParseTokens(tokenize(text, base))
	s.Text = text
	s.Base = base
	return s
}

// ParseTokens tags, lemmatizes, parses and labels entities in pre-tokenized
// input; Text, Start and End are kept, the other fields are overwritten.
func (m *Model) ParseTokens(toks []Token) *Sentence {
	s := &Sentence{Tokens: toks}
	n := len(toks)
	if n == 0 {
		return s
	}
	w := m.workspace()
	defer m.pool.Put(w)
	w.forms = w.forms[:0]
	w.ws = w.ws[:0]
	for _, t := range toks {
		w.forms = append(w.forms, t.Text)
		w.ws = append(w.ws, makeWF(t.Text, m.tg.amb))
	}
	w.tags = resize(w.tags, n)
	m.tg.tag(w.forms, w.ws, w.tags)
	m.tg.finiteVerb(w.forms, w.tags)
	w.upos, w.xpos = w.upos[:0], w.xpos[:0]
	for i := range toks {
		c := w.tags[i]
		u, x := m.tg.upos[c], m.tg.xpos[c]
		w.upos, w.xpos = append(w.upos, u), append(w.xpos, x)
		toks[i].UPOS, toks[i].XPOS = u, x
		toks[i].Lemma = m.lm.lemma(toks[i].Text, u, x)
	}
	w.at = makeAtoms(w.forms, w.xpos, w.upos, w.ws, w.at)
	w.heads, w.labels = resize(w.heads, n), resize(w.labels, n)
	w.feats = m.ps.parse(&w.st, w.at, w.heads, w.labels, w.feats, w.scores)
	for i := range toks {
		toks[i].Head = w.heads[i]
		toks[i].Rel = m.ps.labels[w.labels[i]]
	}
	w.ents = resize(w.ents, n)
	m.ner.tag(w.forms, w.ws, w.upos, w.ents)
	for i := range toks {
		toks[i].Ent = nerTags[w.ents[i]]
	}
	s.index()
	return s
}

func resize(a []int, n int) []int {
	if cap(a) < n {
		return make([]int, n)
	}
	return a[:n]
}
