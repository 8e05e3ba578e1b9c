package nlp

import (
	"slices"
	"strings"
)

// noRepair turns off the run-time tag rules and parse repairs, so that a
// test can measure what they change.
var noRepair bool

// repair corrects, after parsing, attachments that a greedy parser gets
// wrong in a recognisable way, mostly clauses read as conjuncts with no
// conjunction. Each rule fires only where the tree it finds cannot be right:
// a conjunct with no "and", "or", "but" or punctuation before it, two
// subjects of one verb, a compound after a comma with conjuncts of its own,
// a sentence's first adjective hung on the verb, a noun complement with no
// subject. A rule moves arcs only from a word to one outside its subtree,
// so the result is still a tree.
func repair(toks []Token) {
	openingAdjective(toks)
	titledPair(toks)
	for k := range toks {
		appositiveTitledConj(toks, k)
		daySubject(toks, k)
	}
	for k := range toks {
		listedCompound(toks, k)
		listedAfterName(toks, k)
		nameBeforeAnd(toks, k)
		prepositionTitledName(toks, k)
	}
	for v := range toks {
		splitSubject(toks, v)
	}
	for c := range toks {
		complementizerObject(toks, c)
	}
	nounRoot(toks)
	for r := range toks {
		relativeObject(toks, r)
	}
	relativeThenPredicate(toks)
	participleRootVerb(toks)
	for n := range toks {
		nounArgument(toks, n)
		nameRecipient(toks, n)
		contactRelative(toks, n)
		contactAdverbial(toks, n)
		splitObject(toks, n)
		orderedObject(toks, n)
		markedConj(toks, n)
		gerundComplement(toks, n)
	}
	for n := range toks {
		absoluteWith(toks, n)
	}
	for n := range toks {
		nameSubjectRelative(toks, n)
	}
	for a := range toks {
		predicateParticiple(toks, a)
	}
	for v := range toks {
		conjunctSubject(toks, v)
	}
	for n := range toks {
		accordingTo(toks, n)
	}
	for k := range toks {
		trailingParticiple(toks, k)
		coordinatedAppos(toks, k)
		titledConjunct(toks, k)
		orgTitleConjunct(toks, k)
		flatConjunct(toks, k)
		agentList(toks, k)
		infinitiveConj(toks, k)
		finiteConj(toks, k)
	}
	for c := range toks {
		speechConj(toks, c)
		andModifier(toks, c)
		listWithConjunction(toks, c)
		negatedInfinitive(toks, c)
	}
	openingAdjective(toks) // again, for a subject the conjunct rules took away
	objectAsReporterSubject(toks)
	trailingReporter(toks)
	for k := range toks {
		trailingParticiple(toks, k) // again, for a reporting verb that has just got its subject
		dayReported(toks, k)
	}
	for c := range toks {
		thatClauseOfVerb(toks, c)
	}
	reporterOblique(toks)
	ofSubject(toks)
	for r := range toks {
		stolenSubject(toks, r)
	}
	for r := range toks {
		appositiveReporter(toks, r)
	}
	for v := range toks {
		speakerRelative(toks, v)
	}
	for i := range toks {
		daysAfter(toks, i)
	}
	for k := range toks {
		hyphenParticiple(toks, k)
	}
	for k := range toks {
		relativeConj(toks, k)
		dayModifier(toks, k)
		dayClause(toks, k)
		thatAdverbial(toks, k)
		betweenConj(toks, k)
		nameAfterTitle(toks, k)
		adjectiveConjHead(toks, k)
		formerObject(toks, k)
		commaParticiple(toks, k)
		openingClauseSubject(toks, k)
	}
	for k := range toks {
		reporterParticiple(toks, k) // after dayClause, which finds the reported clause
	}
	for k := range toks {
		adpositionHead(toks, k)
	}
	for k := range toks {
		boundParticiple(toks, k)
		meansOblique(toks, k)
		objectInfinitive(toks, k)
		vocativeConjunct(toks, k)
		splitNameObject(toks, k)
		adjectiveObject(toks, k)
	}
	for k := range toks {
		predicativeAdjective(toks, k)
		objectParticiple(toks, k)
		bareObject(toks, k)
		compoundObject(toks, k)
		asAdjectiveObject(toks, k)
	}
	for k := range toks {
		listedNoun(toks, k)
	}
	for c := range toks {
		titledNameConj(toks, c)
	}
	for d := range toks {
		dayThenSubject(toks, d)
		dayAppositive(toks, d)
	}
	for w := range toks {
		whoseClause(toks, w)
	}
	for v := range toks {
		if toks[v].Rel == "ccomp" {
			agentRelative(toks, v)
		}
	}
	for n := range toks {
		if t := &toks[n]; t.Rel == "ccomp" && t.UPOS == "NOUN" && t.Head > n {
			strandedObject(toks, n)
		}
	}
	for v := range toks {
		t := &toks[v]
		if t.Rel == "acl" && t.UPOS == "VERB" && t.XPOS == "VBD" && t.Head >= 0 && t.Head < v {
			subordinateClause(toks, v)
			continue
		}
		if t.Rel == "advcl" && t.UPOS == "VERB" && t.Head >= 0 && t.Head < v && child(toks, v, "nsubj") < 0 && child(toks, v, "mark") < 0 {
			subordinateClause(toks, v) // "after its navy detained", with "after its navy" an oblique of the clause
			continue
		}
		if t.Rel == "conj" && t.UPOS == "VERB" && t.Head >= 0 && t.Head < v && subordinateCoordinated(toks, v) {
			continue
		}
		if t.Rel != "conj" || t.UPOS != "VERB" || t.Head < 0 || t.Head > v || coordinated(toks, t.Head, v) {
			continue
		}
		if !subordinateClause(toks, v) && !reducedRelative(toks, v) {
			zeroRelative(toks, v)
		}
	}
	for k := range toks {
		nameAfterObject(toks, k) // after nameAfterTitle, which takes a title object
		secondSubject(toks, k)
		twoSubjects(toks, k)
		objectPredicate(toks, k)
	}
	for k := range toks {
		pastConj(toks, k) // last: the conjunct rules above may hang it on the subjunctive
	}
}

// objectParticiple makes a bare past participle right after the object
// of a verb that takes an object and a participle ("ordered the
// journalists released", "had the general arrested", "found the gate
// locked") that verb's complement, as UD does, when the parser hung it on
// the object as a reduced relative, or made it a clause with the object
// its subject ("ordered the opposition leader freed"), or a verb joined to
// the first with no conjunction.
func objectParticiple(toks []Token, k int) {
	t := &toks[k]
	// a regular past read as a past tense ("ordered the leader freed")
	past := t.XPOS == "VBD" && strings.HasSuffix(strings.ToLower(t.Text), "ed") && !irregularPast(strings.ToLower(t.Text))
	if t.XPOS != "VBN" && !past || child(toks, k, "aux") >= 0 || child(toks, k, "mark") >= 0 || child(toks, k, "cop") >= 0 || child(toks, k, "obj") >= 0 {
		return
	}
	switch {
	case t.Rel == "acl" && t.Head >= 0 && t.Head < k && toks[t.Head].Rel == "obj" && within(toks, k-1, t.Head) && subtree(toks, k)[0] == k:
		if v := toks[t.Head].Head; v >= 0 && v < t.Head && participleVerbs[strings.ToLower(toks[v].Lemma)] && participleObject(toks, v, t.Head, k) {
			t.Head, t.Rel, t.XPOS = v, "xcomp", "VBN"
		}
	case t.Rel == "conj" && t.Head >= 0 && t.Head < k && participleVerbs[strings.ToLower(toks[t.Head].Lemma)] && child(toks, k, "cc") < 0:
		// "ordered three journalists jailed", read as two verbs with no "and"
		if o := child(toks, t.Head, "obj"); o > t.Head && o < k && subtree(toks, o)[1] == k-1 && participleObject(toks, t.Head, o, k) && child(toks, k, "nsubj") < 0 {
			t.Rel, t.XPOS = "xcomp", "VBN"
		}
	case (t.Rel == "ccomp" || t.Rel == "xcomp") && t.Head >= 0 && t.Head < k && participleVerbs[strings.ToLower(toks[t.Head].Lemma)] && child(toks, t.Head, "obj") < 0:
		n := child(toks, k, "nsubj")
		if n < 0 || toks[n].Rel != "nsubj" || subtree(toks, n)[0] <= t.Head || subtree(toks, n)[1] != k-1 || !participleObject(toks, t.Head, n, k) {
			return
		}
		for c := range toks {
			if toks[c].Head == k && c != n && c < k {
				return // "ordered that the ... be freed": more than the object before it
			}
		}
		toks[n].Head, toks[n].Rel = t.Head, "obj"
		t.Rel, t.XPOS = "xcomp", "VBN"
	}
}

// participleObject reports whether o, the object of v, can be what the
// participle p after it completes: any object of an order, a definite one
// of the other verbs ("had the general arrested", but "has a cat named
// Gummi" and "got a page dedicated to it" are reduced relatives), never a
// thing named ("a memoir called ...").
func participleObject(toks []Token, v, o, p int) bool {
	switch strings.ToLower(toks[p].Text) {
	case "named", "called", "dubbed", "titled", "entitled", "known", "labelled", "labeled":
		return false
	}
	if l := strings.ToLower(toks[v].Lemma); l == "order" || l == "command" {
		return true
	}
	if u := toks[o].UPOS; u == "PRON" || u == "PROPN" {
		return true
	}
	for c := range toks {
		if toks[c].Head != o {
			continue
		}
		switch strings.ToLower(toks[c].Text) {
		case "the", "this", "that", "these", "those":
			return true
		}
		if strings.HasPrefix(toks[c].Rel, "nmod:poss") {
			return true
		}
	}
	return false
}

// participleVerbs take an object and a past participle completing it.
var participleVerbs = map[string]bool{
	"order": true, "want": true, "have": true, "get": true, "need": true, "keep": true, "see": true, "find": true, "leave": true, "declare": true,
}

// speechConj hangs on the reporting verb a conjunct verb of speech or
// appeal, with no subject of its own, that the parser hung on the verb of
// the reported clause: in "Erdogan said that the killing had been planned
// and called on Saudi Arabia to extradite the suspects", Erdogan called,
// not the killing.
func speechConj(toks []Token, c int) {
	v := toks[c].Head
	if toks[c].Rel != "conj" || toks[c].UPOS != "VERB" || v < 0 || v > c || toks[v].Rel != "ccomp" || child(toks, c, "nsubj") >= 0 ||
		!speechActs[strings.ToLower(toks[c].Lemma)] || toks[c].XPOS != "VBD" {
		return
	}
	g := toks[v].Head
	if g < 0 || g > v || !reportVerbs[strings.ToLower(toks[g].Lemma)] || child(toks, g, "nsubj") < 0 {
		return
	}
	// only a passive clause, or a conjunct set off by a comma before
	// "and" ("said troops had massacred civilians, and accused
	// Damascus"): "said troops had entered the town and seized the
	// airport" keeps its conjunct
	if cc := child(toks, c, "cc"); child(toks, v, "nsubj:pass") < 0 && (cc < 1 || toks[cc-1].Text != ",") {
		return
	}
	toks[c].Head = g
}

// andModifier makes a conjunct of a name the parser hung on the name
// before it as a modifier with no preposition, with "and" opening it:
// "urged Sudan and South Sudan to end the fighting" had "South Sudan" a
// modifier of "Sudan".
func andModifier(toks []Token, n int) {
	h := toks[n].Head
	if toks[n].Rel != "nmod" || toks[n].UPOS != "PROPN" || h < 0 || h >= n || toks[h].UPOS != "PROPN" || child(toks, n, "case") >= 0 {
		return
	}
	first := subtree(toks, n)[0]
	if h+1 >= n || toks[h+1].UPOS != "CCONJ" || !(first == h+1 && within(toks, h+1, n) || first == h+2 && toks[h+1].Head == h) {
		return
	}
	toks[n].Rel = "conj"
	toks[h+1].Head, toks[h+1].Rel = n, "cc"
}

// negatedInfinitive hangs "not" or "never" right before an infinitive's
// "to" on the infinitive when the parser hung it on the verb governing
// the infinitive: in "pledged never to use force", the use is negated, not
// the pledge.
func negatedInfinitive(toks []Token, k int) {
	t := &toks[k]
	if t.Rel != "advmod" || k+2 >= len(toks) || !strings.EqualFold(t.Text, "never") && !strings.EqualFold(t.Text, "not") {
		return
	}
	to, v := k+1, k+2
	if !strings.EqualFold(toks[to].Text, "to") || toks[to].Head != v || toks[v].UPOS != "VERB" || toks[v].Head != t.Head || toks[v].Rel != "xcomp" && toks[v].Rel != "advcl" {
		return
	}
	t.Head = v
}

// listWithConjunction makes a conjunct of a "list" dependent that has a
// coordinating conjunction of its own: "Tajik President Imomali Rakhmonov
// and opposition leader Sayed Abdullo Nuri signed", with the leader a list
// item of "Tajik", is two parties joined by "and".
func listWithConjunction(toks []Token, k int) {
	if toks[k].Rel != "list" || toks[k].Head < 0 || toks[k].Head >= k || toks[k].UPOS != "NOUN" && toks[k].UPOS != "PROPN" {
		return
	}
	if c := subtree(toks, k)[0]; toks[c].UPOS == "CCONJ" {
		toks[k].Rel = "conj" // (the parser may hang "and" on the first word of the item)
		toks[c].Head, toks[c].Rel = k, "cc"
	}
}

// speechActs are verbs of speech and appeal that a reporter goes on to do.
var speechActs = map[string]bool{"call": true, "urge": true, "demand": true, "appeal": true, "warn": true, "vow": true, "pledge": true, "promise": true, "ask": true, "accuse": true}

// reportVerbs introduce reported clauses.
var reportVerbs = map[string]bool{"say": true, "tell": true, "announce": true, "declare": true, "state": true}

// coordinated reports whether the conjunct v of h has a coordinating
// conjunction or punctuation of its own, or anything between h and v does
// that could join them.
func coordinated(toks []Token, h, v int) bool {
	for k := h + 1; k < v; k++ {
		switch toks[k].UPOS {
		case "CCONJ", "PUNCT":
			return true
		}
	}
	return false
}

// finiteConj reattaches a conjunct with a finite auxiliary or copula of
// its own and no subject, hung on an infinitive, to the verb that governs
// the infinitive: in "said Seoul would allow businesses to invest in the
// North and was ready to hold a summit", Seoul was ready, not the
// businesses; an infinitive has no finite conjunct.
func finiteConj(toks []Token, v int) {
	t := &toks[v]
	if t.Rel != "conj" || t.Head < 0 || t.Head > v || child(toks, v, "nsubj") >= 0 {
		return
	}
	finite := false
	for k := range toks {
		if toks[k].Head == v && (toks[k].Rel == "cop" || strings.HasPrefix(toks[k].Rel, "aux")) && k < v && (tensed(toks[k].XPOS) || toks[k].XPOS == "MD") {
			finite = true
		}
	}
	h := t.Head
	if !finite || !toInfinitive(toks, h) || toks[h].Rel != "xcomp" && toks[h].Rel != "advcl" {
		return
	}
	g := toks[h].Head
	if g < 0 || g > h || toks[g].UPOS != "VERB" || child(toks, g, "nsubj") < 0 {
		return
	}
	t.Head = g
}

// pastConj reattaches a past tense with no subject or auxiliary of its
// own, hung as a conjunct on a base form that completes a past tense, to
// that past tense: in "demanded that Assad step down and imposed new
// sanctions", Obama imposed them; a past cannot share a subjunctive, an
// infinitive or a modal.
func pastConj(toks []Token, v int) {
	t := &toks[v]
	// or a regular past read as a participle ("and imposed")
	regular := t.XPOS == "VBN" && strings.HasSuffix(strings.ToLower(t.Text), "ed") && v > 0 && toks[v-1].UPOS == "CCONJ"
	if t.Rel != "conj" || t.XPOS != "VBD" && !regular || t.Head < 0 || t.Head > v || child(toks, v, "nsubj") >= 0 || child(toks, v, "aux") >= 0 ||
		child(toks, v, "aux:pass") >= 0 {
		return
	}
	h := t.Head
	if toks[h].XPOS != "VB" || toks[h].Rel != "ccomp" && toks[h].Rel != "xcomp" {
		return
	}
	if g := toks[h].Head; g >= 0 && g < h && toks[g].XPOS == "VBD" && toks[g].UPOS == "VERB" {
		t.Head, t.XPOS = g, "VBD"
	}
}

// infinitiveConj reattaches a bare verb coordinated with a past or
// present tense, with no subject or auxiliary of its own, to the
// infinitive between them: in "urged the rebels to lay down their arms
// and surrender", the rebels are to surrender; the bare form cannot be a
// second finite verb of the urging.
func infinitiveConj(toks []Token, v int) {
	t := &toks[v]
	if t.Rel != "conj" || t.UPOS != "VERB" || (t.XPOS != "VB" && t.XPOS != "VBP") || t.Head < 0 || t.Head > v {
		return
	}
	h := t.Head
	if x := toks[h].XPOS; x != "VBD" && x != "VBZ" || child(toks, v, "nsubj") >= 0 || child(toks, v, "aux") >= 0 {
		return
	}
	for i := v - 1; i > h; i-- {
		if toks[i].UPOS == "VERB" && toInfinitive(toks, i) {
			if within(toks, i, h) && !within(toks, i, v) { // still a tree
				t.Head = i
			}
			return
		}
	}
}

// nameSubjectRelative undoes a relative clause with no relative word that
// the parser made of a sentence opened by a name and a noun, when the name
// is also a second subject of a later reporting verb: in "Rwandan
// Patriotic Front rebels shelled the town, killing 12 civilians, aid
// workers said", the name modifies "rebels", the subject of "shelled",
// and the shelling is what the workers said.
func nameSubjectRelative(toks []Token, n int) {
	t := &toks[n]
	if t.UPOS != "PROPN" || t.Rel != "nsubj" || t.Head <= n {
		return
	}
	r := t.Head
	other := false
	for k := n + 1; k < r; k++ {
		if toks[k].Head == r && toks[k].Rel == "nsubj" {
			other = true
		}
	}
	if !other {
		return
	}
	j := n + 1
	for j < len(toks) && toks[j].UPOS == "PROPN" && toks[j].Head >= n && toks[j].Head < j && (toks[j].Rel == "flat" || toks[j].Rel == "compound") {
		j++
	}
	if j >= len(toks) || toks[j].UPOS != "NOUN" || toks[j].Rel != "nsubj" {
		return
	}
	v := toks[j].Head
	if v <= j || v >= r || toks[v].Head != n || toks[v].Rel != "acl:relcl" || toks[v].UPOS != "VERB" {
		return
	}
	for k := range toks {
		if toks[k].Head == v && (toks[k].XPOS == "WDT" || toks[k].XPOS == "WP" || strings.EqualFold(toks[k].Text, "that")) {
			return // a true relative clause
		}
	}
	t.Head, t.Rel = j, "compound"
	toks[v].Head, toks[v].Rel = r, "ccomp"
}

// conjunctSubject gives a coordinated finite verb with no subject the
// noun right before it that the parser made a conjunct of a noun in the
// first clause: in "Hamas released 24 hostages on Friday and Israel freed
// 39 prisoners", Israel is the subject of "freed", not a second Friday.
func conjunctSubject(toks []Token, v int) {
	t := &toks[v]
	if v < 3 || t.Rel != "conj" || t.UPOS != "VERB" || t.Head < 0 || t.Head > v || toks[t.Head].UPOS != "VERB" {
		return
	}
	if !tensed(t.XPOS) || child(toks, v, "nsubj") >= 0 || child(toks, v, "cc") >= 0 {
		return
	}
	if child(toks, v, "obj") < 0 && child(toks, v, "ccomp") < 0 && child(toks, v, "xcomp") < 0 {
		return // "targets in Iraq and Syria linked to Iran's Guards": a participle
	}
	n := v - 1
	if u := toks[n].UPOS; u != "PROPN" && u != "NOUN" || toks[n].Rel != "conj" || toks[n].Head < t.Head || toks[n].Head >= n {
		return
	}
	switch toks[toks[n].Head].Rel {
	case "obj", "iobj", "obl", "nmod", "obl:tmod", "nmod:tmod", "obl:npmod":
	default:
		return // "many tour companies and restaurants close": a coordinated subject
	}
	c := -1
	for k := range toks {
		if toks[k].Head == n {
			if toks[k].Rel == "cc" && k == n-1 && toks[k].UPOS == "CCONJ" {
				c = k
				continue
			}
			return // a phrase of its own: not a bare name
		}
	}
	if c < 0 {
		return
	}
	toks[n].Head, toks[n].Rel = v, "nsubj"
	toks[c].Head = v
}

// predicateParticiple makes a finite verb with no subject the head of its
// clause when the parser made it a conjunct of a participle or adjective
// that modifies the subject, with no conjunction between them: in
// "Protesters armed with sticks attacked a police station", "armed"
// describes the protesters, and "attacked" is the verb.
func predicateParticiple(toks []Token, a int) {
	t := &toks[a]
	if x := t.XPOS; x != "JJ" && x != "VBN" || t.Head > a {
		return
	}
	n, v := -1, -1
	for k := range toks {
		if toks[k].Head != a {
			continue
		}
		switch r := toks[k].Rel; {
		case r == "nsubj" && k < a && toks[k].UPOS != "PRON":
			n = k
		case r == "cop" || strings.HasPrefix(r, "aux") || r == "nsubj" && k > a:
			return // "the man was tired and left": a predicate
		case r == "conj" && k > a && v < 0:
			v = k
		}
	}
	if n < 0 || v < 0 || toks[v].UPOS != "VERB" || !tensed(toks[v].XPOS) || child(toks, v, "nsubj") >= 0 || child(toks, v, "cc") >= 0 {
		return
	}
	for k := a + 1; k < v; k++ {
		if toks[k].Head == a && (toks[k].UPOS == "CCONJ" || toks[k].UPOS == "VERB") {
			return
		}
	}
	for k := v + 1; k < len(toks); k++ {
		if toks[k].Head == a {
			toks[k].Head = v // the sentence's closing punctuation
		}
	}
	toks[v].Head, toks[v].Rel = t.Head, t.Rel
	t.Head, t.Rel = n, "acl"
	toks[n].Head = v
}

// titledConjunct makes a conjunct of a name read as an appositive of an
// earlier name when "and" and a title stand between them with no comma:
// in "French President Emmanuel Macron and German Chancellor Olaf Scholz
// met", Scholz is a second subject, and "German Chancellor" his title,
// not a conjunct of Macron's name.
func titledConjunct(toks []Token, a int) {
	t := &toks[a]
	if t.Rel != "appos" || t.UPOS != "PROPN" || t.Head < 0 || t.Head > a {
		return
	}
	h := t.Head
	if toks[h].UPOS != "PROPN" {
		return // "the political leader and former prime minister Sheikh Hasina": one person's two titles
	}
	c := -1
	for i := h + 1; i < a; i++ {
		switch {
		case toks[i].UPOS == "PUNCT":
			return // "Putin, the Russian president": a true appositive
		case toks[i].UPOS == "CCONJ" && strings.EqualFold(toks[i].Text, "and"):
			c = i
		}
	}
	if c < 0 || c+1 >= a {
		return
	}
	for i := c + 1; i < a; i++ {
		if u := toks[i].UPOS; u != "ADJ" && u != "PROPN" && u != "NOUN" || within(toks, h, i) {
			return
		}
	}
	if within(toks, h, a) {
		return
	}
	title := a - 1
	for i := c + 1; i < title; i++ {
		toks[i].Head = title
		if toks[i].UPOS == "ADJ" {
			toks[i].Rel = "amod"
		} else {
			toks[i].Rel = "compound"
		}
	}
	toks[title].Head, toks[title].Rel = a, "nmod:desc"
	toks[c].Head, toks[c].Rel = a, "cc"
	t.Rel = "conj"
}

// orgTitleConjunct makes the name after an organisation's title the
// conjunct when the parser made the organisation's name the conjunct and
// hung the title elsewhere: in "Prime Minister Ehud Barak and PLO leader
// Yasser Arafat met", Arafat is the second subject, "leader" his title
// and "PLO" its modifier; "PLO" alone is no second party. So with a
// demonym before a title ("and North Korean leader Kim Jong Un", "and
// Eritrean President Isaias Afwerki").
func orgTitleConjunct(toks []Token, o int) {
	t := &toks[o]
	if t.Rel != "conj" || t.UPOS != "PROPN" || t.Head < 0 || t.Head > o || o+2 >= len(toks) || o < 1 {
		return
	}
	c, title, n := o-1, o+1, o+2
	for c > 0 && toks[c].Head == o && (toks[c].Rel == "compound" || toks[c].Rel == "amod") {
		c-- // "and North Korean leader Kim Jong Un"
	}
	titled := toks[title].UPOS == "NOUN" && toks[title].XPOS == "NN" || toks[title].UPOS == "PROPN" && toks[title].Rel == "nmod:desc" && toks[title].Head == n
	if toks[c].UPOS != "CCONJ" || toks[c].Head != o || !titled ||
		toks[title].Head == o || toks[n].UPOS != "PROPN" || toks[n].Rel == "flat" && toks[n].Head == title {
		return
	}
	for k := range toks {
		if toks[k].Head == o && k != c && !(k > c && k < o) {
			return // "PLO" has words of its own: a name, not a modifier
		}
	}
	h := t.Head
	if within(toks, h, n) || within(toks, h, title) {
		return // h under the name or the title: moving them would make a cycle
	}
	for k := n + 1; k < len(toks) && toks[k].UPOS == "PROPN"; k++ {
		if within(toks, h, k) {
			return
		}
		if toks[k].Head != n {
			toks[k].Head, toks[k].Rel = n, "flat"
		}
	}
	toks[n].Head, toks[n].Rel = h, "conj"
	toks[title].Head, toks[title].Rel = n, "nmod:desc"
	t.Head, t.Rel = title, "compound"
	toks[c].Head = n
}

// flatConjunct reattaches a conjunct the parser hung on a later word of a
// name to the name's head: in "Ecuadorean President Jamil Mahuad and
// Peruvian President Alberto Fujimori signed", Fujimori's phrase is a
// conjunct of "Jamil", not of "Mahuad" (the words of a flat name have no
// dependents of their own).
//
// The words of the second name that the parser hung on the first name
// ("Colombian President Juan Manuel Santos and Venezuelan President
// Nicolas Maduro met", with "Nicolas" a list item of "Colombian") join
// the second.
func flatConjunct(toks []Token, a int) {
	t := &toks[a]
	if t.Rel != "conj" || t.Head < 0 || t.Head > a || toks[t.Head].Rel != "flat" && toks[t.Head].Rel != "list" || child(toks, a, "cc") < 0 {
		return
	}
	g := toks[t.Head].Head
	for g >= 0 && toks[g].Rel == "flat" && toks[g].Head >= 0 && toks[g].Head < g {
		g = toks[g].Head // "Kenya Prime Minister Raila Odinga and ...", each word flat on the one before
	}
	if g < 0 || g > t.Head {
		return
	}
	titled := false
	for i := subtree(toks, g)[0]; i < a; i++ {
		if toks[i].Rel == "nmod:desc" && within(toks, i, g) {
			titled = true
		}
	}
	end := a
	for end+1 < len(toks) && toks[end+1].UPOS == "PROPN" {
		end++
	}
	if end == a {
		// a title of common nouns before the second name: "and FARC
		// rebel leader Rodrigo Londono"
		n := a + 1
		for n < len(toks) && toks[n].UPOS == "NOUN" {
			n++
		}
		if n > a+1 && n < len(toks) && toks[n].UPOS == "PROPN" {
			for end = n; end+1 < len(toks) && toks[end+1].UPOS == "PROPN"; end++ {
			}
		}
	}
	if !titled || end == a && child(toks, a, "flat") < 0 {
		return // only titled names ("Page 71, 72 and 73" is a list inside a name)
	}
	for k := a + 1; k <= end; k++ {
		if h := toks[k].Head; h < a || h > end {
			if within(toks, a, k) {
				return
			}
			toks[k].Head, toks[k].Rel = a, "flat"
		}
	}
	t.Head = g
}

// agentList reattaches a conjunct the parser hung on a noun to the agent
// of that noun's participle when the agent's phrase ends right before the
// conjunct's comma: in "a move condemned by the United States, the
// European Union and NATO", the Union and NATO condemned too; they are
// not a second move.
func agentList(toks []Token, c int) {
	t := &toks[c]
	if t.Rel != "conj" || t.UPOS != "PROPN" || t.Head < 0 || t.Head > c || c < 2 || toks[c-1].UPOS != "DET" && toks[c-1].UPOS != "PUNCT" && toks[c-1].UPOS != "ADJ" {
		return
	}
	h := t.Head
	for v := h + 1; v < c; v++ {
		if toks[v].Head != h || toks[v].Rel != "acl" || toks[v].XPOS != "VBN" {
			continue
		}
		a := child(toks, v, "obl:agent")
		if a < 0 || a > c || subtree(toks, a)[1] >= c {
			return
		}
		comma := subtree(toks, a)[1] + 1
		if toks[comma].Text != "," {
			return
		}
		for i := comma + 1; i < c; i++ {
			if toks[i].Head != c {
				return // only the conjunct's own words between
			}
		}
		t.Head = a
		if toks[comma].Head == h {
			toks[comma].Head = c
		}
		return
	}
}

// coordinatedAppos makes a conjunct of an appositive whose phrase opens
// with a coordinating conjunction: in "Secretary of State John Kerry and
// Iranian Foreign Minister Mohammad Javad Zarif met", Zarif is a second
// subject, not another name for Kerry. An appositive has no "and" of its
// own.
func coordinatedAppos(toks []Token, k int) {
	t := &toks[k]
	if t.Rel != "appos" || t.Head < 0 || t.Head > k {
		return
	}
	first := subtree(toks, k)[0]
	if first >= k || toks[first].Rel != "cc" || toks[first].UPOS != "CCONJ" {
		return
	}
	t.Rel = "conj"
	toks[first].Head = k
}

// trailingParticiple reattaches a participle clause after a comma that the
// parser hung on a later reporting verb, when that verb's reported clause
// comes before it: in "a bomb exploded in London, killing two people,
// police said", the killing is the bomb's, not the police's saying.
func trailingParticiple(toks []Token, k int) {
	t := &toks[k]
	if t.Rel != "advcl" || t.XPOS != "VBG" || t.Head <= k || k == 0 || toks[k-1].Text != "," || child(toks, k, "nsubj") >= 0 || child(toks, k, "mark") >= 0 {
		return
	}
	r := t.Head
	for c := k - 1; c >= 0; c-- {
		if toks[c].Head == r && toks[c].Rel == "ccomp" && toks[c].UPOS == "VERB" && subtree(toks, c)[1] < k {
			t.Head = c
			return
		}
	}
	// "a bomber blew himself up in a market, killing 80 people, officials
	// said", with "said" read as a conjunct of "blew": the killing is
	// still the bomber's
	if c := toks[r].Head; c >= 0 && c < k && (toks[r].Rel == "conj" || toks[r].Rel == "parataxis") && toks[c].UPOS == "VERB" &&
		reportVerbs[toks[r].Lemma] && child(toks, r, "nsubj") >= 0 && child(toks, r, "cc") < 0 {
		t.Head = c
	}
}

// hyphenParticiple makes a participle glued by a hyphen to the word before
// it ("rebel-held", "Houthi-controlled") the modifier of the noun phrase
// after it when the parser made it a clause of the verb with that noun
// its object: in "warplanes pounded rebel-held eastern Aleppo, killing
// dozens", Aleppo is what was pounded and the killing is the pounding's.
func hyphenParticiple(toks []Token, k int) {
	t := toks[k]
	if t.XPOS != "VBN" || k < 2 || toks[k-1].Text != "-" || toks[k-1].Start != toks[k-2].End || t.Start != toks[k-1].End {
		return
	}
	v := t.Head
	if v < 0 || v >= k || toks[v].UPOS != "VERB" {
		return
	}
	switch t.Rel {
	case "ccomp", "xcomp", "conj", "advcl", "parataxis":
	default:
		return
	}
	h := child(toks, k, "obj")
	if h <= k {
		return
	}
	for j := k + 1; j < h; j++ {
		if u := toks[j].UPOS; u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "NUM" || !within(toks, j, h) {
			return // only the noun phrase's own modifiers between
		}
	}
	toks[h].Head, toks[h].Rel = v, "obj"
	toks[k].Head, toks[k].Rel = h, "amod"
	for c := range toks {
		if toks[c].Head == k && c > h {
			toks[c].Head = v // what follows the phrase is the verb's
		}
	}
}

// objectAsReporterSubject gives back to a verb with no object the noun
// the parser made the subject of a later reporting verb conjoined to it,
// and gives that verb the name right before it, set off by a comma, as
// its subject: in "Turkish authorities have detained 10,000 soldiers ...,
// Interior Minister Efkan Ala said", the soldiers were detained and the
// minister said so.
func objectAsReporterSubject(toks []Token) {
	for r := range toks {
		t := toks[r]
		v := t.Head
		if !reportVerbs[t.Lemma] || t.Rel != "conj" && t.Rel != "parataxis" || v < 0 || v > r || toks[v].UPOS != "VERB" || child(toks, v, "obj") >= 0 || r < 2 {
			continue
		}
		s := child(toks, r, "nsubj")
		if s < 0 || s <= v || s >= r || toks[s].UPOS != "NOUN" && toks[s].UPOS != "PROPN" {
			continue
		}
		if toks[r-1].UPOS != "PROPN" {
			continue
		}
		n := nameHead(toks, r-1)
		if st := subtree(toks, n); n == s || commaBefore(toks, st[0]) < 0 || st[1] != r-1 || within(toks, r, n) {
			continue
		}
		toks[s].Head, toks[s].Rel = v, "obj"
		toks[n].Head, toks[n].Rel = r, "nsubj"
		if c := commaBefore(toks, subtree(toks, n)[0]); c >= 0 {
			toks[c].Head = r
		}
		return
	}
}

// trailingReporter gives a sentence-final reporting verb with no subject
// the conjunct before it that the parser hung in the reported clause,
// with the place phrase between them: in "..., killing 20 people, relief
// officials in Nairobi said", the officials say it (they are not a second
// object of "killing") and "in Nairobi" is where they are, not where the
// killing was.
func trailingReporter(toks []Token) {
	r := subjectlessReporter(toks)
	if r < 0 {
		// (or the reporting verb is the root's parataxis: "..., killing
		// 23 civilians and wounding dozens, police said")
		if r = len(toks) - 1; r > 0 && toks[r].UPOS == "PUNCT" {
			r--
		}
		if h := toks[r].Head; r < 3 || h < 0 || toks[h].Head >= 0 || toks[r].Rel != "parataxis" || toks[r].UPOS != "VERB" ||
			!reportForms[strings.ToLower(toks[r].Text)] || child(toks, r, "nsubj") >= 0 {
			return
		}
	}
	for i := r + 1; i < len(toks); i++ {
		if toks[i].UPOS != "PUNCT" {
			return
		}
	}
	// the phrase right before the verb: "in Nairobi"
	p := -1
	end := r - 1
	if toks[end].UPOS == "PROPN" || toks[end].UPOS == "NOUN" {
		if h := toks[end].Head; h >= 0 && h < r && toks[h].Rel != "flat" {
			p = end
			for toks[p].Rel == "flat" || toks[p].Rel == "compound" {
				p = toks[p].Head
			}
			if st := subtree(toks, p); st[1] != end || st[0] < 1 || toks[st[0]].UPOS != "ADP" {
				p = -1
			} else {
				end = st[0] - 1
			}
		}
	}
	c := end
	for c >= 0 && (toks[c].Rel == "compound" || toks[c].Rel == "amod") && toks[c].Head > c {
		c = toks[c].Head
	}
	if c < 1 || toks[c].Rel != "conj" || toks[c].UPOS != "NOUN" && toks[c].UPOS != "PROPN" {
		return
	}
	st := subtree(toks, c)
	comma := commaBefore(toks, st[0])
	if st[1] != end || comma < 0 || child(toks, c, "cc") >= 0 {
		return
	}
	toks[c].Head, toks[c].Rel = r, "nsubj"
	toks[comma].Head = r
	if p >= 0 {
		toks[p].Head, toks[p].Rel = c, "nmod"
	}
}

// speakerRelative hangs a clause ", which said ..." read as a sentential
// relative clause (advcl:relcl) on the name right before the comma: the
// name said it ("drew condemnation from the United States, which said it
// would impose sanctions").
func speakerRelative(toks []Token, v int) {
	if toks[v].Rel != "advcl:relcl" || !reportForms[strings.ToLower(toks[v].Text)] && !warnForms[strings.ToLower(toks[v].Text)] {
		return
	}
	w := child(toks, v, "nsubj")
	if w < 2 || w != v-1 || toks[w-1].Text != "," || !strings.EqualFold(toks[w].Text, "which") && !strings.EqualFold(toks[w].Text, "who") {
		return
	}
	n := nameHead(toks, w-2)
	if toks[n].UPOS != "PROPN" || within(toks, n, v) {
		return
	}
	toks[v].Head, toks[v].Rel = n, "acl:relcl"
}

// daysAfter rebuilds "..., days after London expelled the same number of
// Russians", parsed with "days" a conjunct of the object before and the
// verb a conjunct of the clause before: the verb opens an adverbial clause
// that "after" marks, the name before it is its subject, and "days"
// measures the interval.
func daysAfter(toks []Token, i int) {
	if i < 1 || i+3 >= len(toks) || !intervalNouns[strings.ToLower(toks[i].Text)] || toks[i-1].Text != "," {
		return
	}
	if w := strings.ToLower(toks[i+1].Text); w != "after" && w != "before" {
		return
	}
	v := -1
	for k := i + 2; k < len(toks) && k <= i+8; k++ {
		if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || toks[k].UPOS == "PUNCT" {
			if toks[k].UPOS == "VERB" && tensed(toks[k].XPOS) {
				v = k
			}
			break
		}
	}
	if v < 0 || toks[v].Rel != "conj" || toks[v].Head < 0 || toks[v].Head >= i || child(toks, v, "nsubj") >= 0 {
		return
	}
	s := -1 // the subject: the word of the phrase between whose head lies outside it
	for k := i + 2; k < v; k++ {
		if h := toks[k].Head; h < i+2 || h >= v {
			if s >= 0 {
				return
			}
			s = k
		}
	}
	if s < 0 || toks[s].UPOS != "PROPN" && toks[s].UPOS != "NOUN" && toks[s].UPOS != "PRON" {
		return
	}
	toks[v].Rel = "advcl"
	toks[s].Head, toks[s].Rel = v, "nsubj"
	toks[i+1].Head, toks[i+1].Rel, toks[i+1].UPOS = v, "mark", "SCONJ"
	toks[i].Head, toks[i].Rel = v, "obl:npmod"
	toks[i-1].Head = v
	for k := i + 2; k < s; k++ {
		if toks[k].Head == s || toks[k].Head == i+1 {
			toks[k].Head = s
		}
	}
}

// intervalNouns measure the time between two events: "days after".
var intervalNouns = map[string]bool{"hours": true, "days": true, "weeks": true, "months": true, "years": true, "minutes": true}

// warnForms are past forms of verbs of announcing that a relative clause
// about a speaker opens with.
var warnForms = map[string]bool{"announced": true, "warned": true, "threatened": true, "vowed": true, "pledged": true, "promised": true}

// nameHead climbs from the last word k of a name to the word it hangs on
// ("Fumio Kishida" → "Fumio"): up flat and compound relations, leftwards.
func nameHead(toks []Token, k int) int {
	for k > 0 && (toks[k].Rel == "flat" || toks[k].Rel == "compound") && toks[k].Head >= 0 && toks[k].Head < k {
		k = toks[k].Head
	}
	return k
}

// ofSubject rebuilds a subject with an of-phrase that the parser read as
// a noun root with a relative clause whose subject is the of-phrase's
// noun: "Supporters of former Brazilian President Jair Bolsonaro stormed
// Congress" had "Supporters" the root, "of" a marker of "stormed" and
// Bolsonaro its subject (and so the one who stormed).
func ofSubject(toks []Token) {
	r := rootOf(toks)
	if r < 0 || r+2 >= len(toks) || toks[r].UPOS != "NOUN" || !strings.EqualFold(toks[r+1].Text, "of") || child(toks, r, "cop") >= 0 || child(toks, r, "nsubj") >= 0 {
		return
	}
	m := r + 1
	v := toks[m].Head
	if v <= m || toks[v].UPOS != "VERB" || toks[v].Head != r || !strings.HasPrefix(toks[v].Rel, "acl") && toks[v].Rel != "advcl" || toks[m].Rel != "mark" && toks[m].Rel != "case" {
		return
	}
	s := child(toks, v, "nsubj")
	if s <= m || s >= v || subtree(toks, s)[1] != v-1 {
		return
	}
	for k := m + 1; k < v; k++ {
		if relPronouns[strings.ToLower(toks[k].Text)] {
			return // a relative clause of its own: checked before anything moves
		}
	}
	for k := m + 1; k < v; k++ {
		if toks[k].Head == v && k != s {
			// "former", hung on the verb: a modifier of the name
			toks[k].Head = s
			if toks[k].UPOS == "ADJ" {
				toks[k].Rel = "amod"
			}
		}
	}
	toks[v].Head, toks[v].Rel = -1, "root"
	toks[r].Head, toks[r].Rel = v, "nsubj"
	toks[s].Head, toks[s].Rel = r, "nmod"
	toks[m].Head, toks[m].Rel = s, "case"
}

// appositiveReporter gives a reporting verb with no subject, hung on the
// clause before it, the name right before it set off by a comma that the
// parser made an appositive in that clause: "Britain will expel 23
// Russian diplomats, Prime Minister Theresa May told parliament" had May
// an appositive of the diplomats (and so the expulsion's target).
func appositiveReporter(toks []Token, r int) {
	t := toks[r]
	if r < 3 || t.UPOS != "VERB" || !reportForms[strings.ToLower(t.Text)] || t.Head < 0 || t.Head > r || child(toks, r, "nsubj") >= 0 ||
		t.Rel != "advcl" && t.Rel != "parataxis" && t.Rel != "conj" {
		return
	}
	n := nameHead(toks, r-1)
	if toks[n].UPOS != "PROPN" || toks[n].Rel != "appos" || toks[n].Head < 0 || toks[n].Head > n {
		return
	}
	makeReporter(toks, n, r, 1)
}

// stolenSubject gives a reporting verb after a comma the phrase right
// before it when the parser took the object of the clause before for its
// subject: "pledged $500 million to help rebuild Afghanistan, Foreign
// Minister Makiko Tanaka told a conference" had Afghanistan telling, and
// "accusing Azerbaijan of launching an assault ..., the government in
// Yerevan said" Azerbaijan saying. The object goes back to the verb right
// before it.
func stolenSubject(toks []Token, r int) {
	t := toks[r]
	if r < 4 || t.UPOS != "VERB" || !reportForms[strings.ToLower(t.Text)] {
		return
	}
	s := child(toks, r, "nsubj")
	if s < 0 || s > r {
		return
	}
	// the phrase between the last comma and the verb, one subtree
	c := r - 1
	for c > s && toks[c].Text != "," {
		c--
	}
	if c <= s || c == r-1 {
		return
	}
	p := -1
	for k := c + 1; k < r; k++ {
		if h := toks[k].Head; h <= c || h >= r {
			if p >= 0 {
				return
			}
			p = k
		}
	}
	if p < 0 || toks[p].UPOS != "NOUN" && toks[p].UPOS != "PROPN" || within(toks, r, p) {
		return
	}
	v := subtree(toks, s)[0] - 1 // the verb right before the object
	if v < 0 || toks[v].UPOS != "VERB" || child(toks, v, "obj") >= 0 || within(toks, v, s) {
		return
	}
	ph, prel := toks[p].Head, toks[p].Rel
	toks[p].Head, toks[p].Rel = r, "nsubj"
	if subtree(toks, s)[1] >= c {
		toks[p].Head, toks[p].Rel = ph, prel // the object's phrase reaches past the comma by more than the reporter
		return
	}
	toks[s].Head, toks[s].Rel = v, "obj"
	toks[c].Head = r
}

// makeReporter makes the name n the subject of the reporting verb r, when
// n's phrase ends right before r and a comma at or after position min
// sets it off (the comma then hangs on r too).
func makeReporter(toks []Token, n, r, min int) {
	st := subtree(toks, n)
	comma := commaBefore(toks, st[0])
	if st[1] != r-1 || comma < min {
		return
	}
	toks[n].Head, toks[n].Rel = r, "nsubj"
	toks[comma].Head = r
}

// subjectlessReporter returns the sentence's root when it is a reporting
// verb ("said", "told") with no subject, at least three words in, else -1:
// the parser gave its subject to the reported clause.
func subjectlessReporter(toks []Token) int {
	r := rootOf(toks)
	if r < 3 || toks[r].UPOS != "VERB" || !reportForms[strings.ToLower(toks[r].Text)] || child(toks, r, "nsubj") >= 0 {
		return -1
	}
	return r
}

// reporterOblique gives a reporting root verb with no subject the name
// right before it, set off by a comma, that the parser hung on the
// reported clause's verb as a bare oblique or object: "Japan and Britain
// signed a pact, Prime Minister Fumio Kishida said after talks in London"
// had Kishida an oblique of "signed" (and so the pact's other party).
func reporterOblique(toks []Token) {
	r := subjectlessReporter(toks)
	if r < 0 {
		return
	}
	n := nameHead(toks, r-1)
	c := toks[n].Head
	if toks[n].UPOS != "PROPN" || c < 0 || c >= n || toks[c].Head != r || toks[c].Rel != "ccomp" || toks[n].Rel != "obl" && toks[n].Rel != "obj" || child(toks, n, "case") >= 0 {
		return
	}
	makeReporter(toks, n, r, 2)
}

// relativeConj makes a relative clause of a verb read as a conjunct whose
// subject is "who" or "which" right after a comma that follows its head's
// object: in "Turkey ordered the Dutch envoy, who had been summoned twice,
// to leave", "summoned" is the envoy's clause, and the infinitive after
// the clause's closing comma, hung on it, is what the order asks.
func relativeConj(toks []Token, v int) {
	t := &toks[v]
	h := t.Head
	if t.Rel != "conj" || t.UPOS != "VERB" || h < 0 || h > v || child(toks, v, "cc") >= 0 {
		return
	}
	s := -1
	for _, rel := range []string{"nsubj", "nsubj:pass"} {
		if k := child(toks, v, rel); k >= 0 {
			s = k
		}
	}
	if s < 2 || toks[s-1].Text != "," || toks[s].UPOS != "PRON" {
		return
	}
	switch strings.ToLower(toks[s].Text) {
	case "who", "which":
	default:
		return
	}
	n := s - 2
	for n > h && toks[n].Rel != "obj" {
		n = toks[n].Head // the object's head word, from its last word
		if n < 0 || n >= s {
			return
		}
	}
	if n <= h || toks[n].Head != h || toks[n].Rel != "obj" {
		n = s - 2 // or any noun phrase ending at the comma
		if k := toks[n].Head; k > h && k < n && (toks[n].Rel == "compound" || toks[n].Rel == "flat") {
			n = k
		}
		if n <= h || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || toks[n].Rel != "obl" && toks[n].Rel != "nmod" && toks[n].Rel != "iobj" {
			return
		}
	}
	t.Head, t.Rel = n, "acl:relcl"
	for k := v + 1; k < len(toks); k++ {
		if toks[k].Head == v && toks[k].Rel == "advcl" && toks[k].UPOS == "VERB" && k >= 2 && toks[k-1].Text == "to" && toks[k-2].Text == "," {
			toks[k].Head, toks[k].Rel = h, "xcomp" // "..., to leave the country"
			toks[k-2].Head = k
		}
	}
}

// dayModifier reattaches to the verb a phrase the parser hung on a day
// name between them: in "agreed on Wednesday to a four-day truce", the
// truce is what was agreed to, not a part of Wednesday ("from Monday to
// Friday" stays); a gerund after "of" goes to the verb's object ("accused
// the troops on Wednesday of torturing prisoners").
func dayModifier(toks []Token, n int) {
	t := &toks[n]
	h := t.Head
	if t.Rel != "nmod" && t.Rel != "appos" || h < 0 || h > n || toks[h].Rel != "obl" || toks[h].UPOS != "PROPN" || !weekdays[strings.ToLower(toks[h].Text)] || timeNames[strings.ToLower(t.Text)] {
		return
	}
	v := toks[h].Head
	if v < 0 || v > h || toks[v].UPOS != "VERB" {
		return
	}
	c := h + 1
	if t.XPOS == "VBG" && c < n && strings.EqualFold(toks[c].Text, "of") && toks[c].Head == n {
		// "accused Indonesian troops on Wednesday of torturing
		// prisoners": the gerund is the object's, as in "accused the
		// troops of torturing"
		t.Head, t.Rel = v, "advcl"
		if o := child(toks, v, "obj"); o >= 0 && o < h {
			t.Head, t.Rel = o, "acl"
		}
		toks[c].Rel = "mark"
		return
	}
	if t.UPOS != "NOUN" && !(t.UPOS == "PROPN" && c < n && strings.EqualFold(toks[c].Text, "by")) {
		return
	}
	if c >= n || toks[c].UPOS != "ADP" || subtree(toks, n)[0] != c {
		return
	}
	by := false
	switch strings.ToLower(toks[c].Text) {
	case "to", "with", "against", "for":
	case "by":
		// "was frozen on Tuesday by Britain, Denmark and the
		// Netherlands": the passive's agents, listed on the day
		by = child(toks, v, "aux:pass") >= 0
		if !by {
			return
		}
	default:
		return
	}
	if f := child(toks, h, "case"); f >= 0 && strings.EqualFold(toks[f].Text, "from") {
		return
	}
	t.Head, t.Rel = v, "obl"
	if by {
		t.Rel = "obl:agent"
		for k := n + 1; k < len(toks); k++ {
			if toks[k].Head == h && toks[k].Rel == "conj" {
				toks[k].Head = n
			}
		}
	}
	toks[c].Head, toks[c].Rel = n, "case" // ("to a week-long truce", with "to" read as the case of "week")
}

// dayClause makes the clause after "on <day> that" the complement of the
// verb before the day, where the parser hung it on the day name, on the
// "that" or on a place the day modifies ("agreed in Ankara on Monday
// that"): in "the ministry said on Tuesday that troops had killed 20
// rebels" what was said is that troops had killed, not a part of Tuesday;
// "that" marks the clause.
func dayClause(toks []Token, c int) {
	if c < 2 || toks[c].UPOS != "SCONJ" || !strings.EqualFold(toks[c].Text, "that") {
		return
	}
	h := c - 1
	if !weekdays[strings.ToLower(toks[h].Text)] {
		return
	}
	owner := h // the word by which the day phrase hangs on the verb
	if n := toks[h].Head; toks[h].Rel == "nmod" && n >= 0 && n < h && toks[n].Rel == "obl" {
		owner = n // "agreed in Ankara on Monday that ...", with the day a modifier of the place
	} else if toks[h].Rel != "obl" {
		return
	}
	v := toks[owner].Head
	if v < 0 || v > h || toks[v].UPOS != "VERB" || !clauseTakers[strings.ToLower(toks[v].Lemma)] {
		return
	}
	k := -1
	for j := c + 1; j < len(toks) && k < 0; j++ {
		if toks[j].Head != h && toks[j].Head != c && toks[j].Head != owner {
			continue
		}
		switch toks[j].Rel {
		case "ccomp", "advcl", "acl", "acl:relcl", "parataxis", "dep", "xcomp":
			k = j
		}
	}
	if k < 0 {
		return
	}
	toks[k].Head, toks[k].Rel = v, "ccomp"
	toks[h].Head, toks[h].Rel = v, "obl"
	for j := range toks {
		if toks[j].Head == c && j != k {
			toks[j].Head = k
		}
	}
	toks[c].Head, toks[c].Rel = k, "mark"
}

// thatAdverbial makes a clause marked by "that" that the parser read as an
// adverbial clause (or an open complement) of a verb that takes clauses
// that verb's complement: "Australia demanded that France abandon its
// tests" had "abandon" an adverbial clause ("so that", "now that" and
// "such ... that" stay).
func thatAdverbial(toks []Token, k int) {
	t := &toks[k]
	v := t.Head
	if t.Rel != "advcl" && t.Rel != "xcomp" || v < 0 || v > k || toks[v].UPOS != "VERB" || !clauseTakers[strings.ToLower(toks[v].Lemma)] {
		return
	}
	m := child(toks, k, "mark")
	if m < 0 || m < v || !strings.EqualFold(toks[m].Text, "that") || toks[m].UPOS != "SCONJ" {
		return
	}
	switch strings.ToLower(toks[m-1].Text) {
	case "so", "such", "now", "order", "given", "except", "provided", "providing", "seeing":
		return
	}
	t.Rel = "ccomp"
}

// betweenConj gives a "between" phrase with one member the conjunct that
// the parser hung on the phrase's head right after it: in "talks between
// the government and the Moro Islamic Liberation Front resumed", the
// Front is the second side of the talks, not a second subject.
func betweenConj(toks []Token, n int) {
	t := &toks[n]
	h := t.Head
	if h < 0 || h > n || !strings.HasPrefix(t.Rel, "nmod") && t.Rel != "obl" || child(toks, n, "conj") >= 0 {
		return
	}
	if cs := child(toks, n, "case"); cs < 0 || !strings.EqualFold(toks[cs].Text, "between") {
		return
	}
	end := subtree(toks, n)[1]
	for c := end + 1; c < len(toks); c++ {
		if toks[c].Head != h || toks[c].Rel != "conj" {
			continue
		}
		switch toks[c].UPOS {
		case "NOUN", "PROPN", "NUM", "PRON":
		default:
			return // "the war between Microsoft and Google is brewing"
		}
		st := subtree(toks, c)
		if st[0] != end+1 || !strings.EqualFold(toks[st[0]].Text, "and") {
			return
		}
		toks[c].Head = n
		return
	}
}

// nameAfterTitle makes a name the parser hung on the verb right after its
// object, a common noun, the object, with that noun its title: in "police
// arrested opposition leader Kizza Besigye" the leader is Besigye, not a
// second phrase of "arrested".
func nameAfterTitle(toks []Token, n int) {
	t := &toks[n]
	v := t.Head
	if t.UPOS != "PROPN" || v < 0 || v > n || toks[v].UPOS != "VERB" || t.Rel != "obl" && t.Rel != "obl:unmarked" && t.Rel != "dep" || child(toks, n, "case") >= 0 {
		return
	}
	st := subtree(toks, n)
	o := st[0] - 1
	if o <= v || toks[o].Head != v || toks[o].Rel != "obj" && toks[o].Rel != "nsubj:pass" || toks[o].XPOS != "NN" || toks[o].Text != strings.ToLower(toks[o].Text) {
		return
	}
	for k := st[0]; k <= st[1]; k++ {
		w := strings.ToLower(toks[k].Text)
		if toks[k].UPOS != "PROPN" || timeNames[w] || months[w] || strings.Contains(w, "-") {
			return // only the name's words ("made a third arrest Wednesday", "mid-January")
		}
	}
	t.Head, t.Rel = v, toks[o].Rel
	toks[o].Head, toks[o].Rel = n, "nmod:desc"
}

// adjectiveConjHead makes a noun the parser made the last conjunct of
// coordinated adjectives the head they modify: in "Senegalese and Gambian
// troops began exercises" the troops are the subject, modified by both
// adjectives, not a third conjunct of "Senegalese".
func adjectiveConjHead(toks []Token, n int) {
	t := &toks[n]
	a := t.Head
	if t.Rel != "conj" || t.UPOS != "NOUN" || a < 0 || a >= n-1 || toks[a].UPOS != "ADJ" || child(toks, n, "cc") >= 0 {
		return
	}
	g := n - 1
	if toks[g].UPOS != "ADJ" || toks[g].Head != a || toks[g].Rel != "conj" || child(toks, g, "cc") < 0 {
		return
	}
	for k := range toks {
		if toks[k].Head == n && k < a {
			return // anything of the noun's before the adjectives
		}
	}
	t.Head, t.Rel = toks[a].Head, toks[a].Rel
	toks[a].Head, toks[a].Rel = n, "amod"
	for k := range toks {
		if toks[k].Head == a && k > n {
			toks[k].Head = n // what followed the phrase hung on the adjective
		}
	}
}

// formerObject makes the object of a verb the name that the parser hung
// on a "former" read as the verb's predicate: in "captured former Iraqi
// President Saddam Hussein", Saddam Hussein was captured; "former" is his.
func formerObject(toks []Token, a int) {
	t := &toks[a]
	v := t.Head
	if t.Rel != "xcomp" || t.UPOS != "ADJ" || v < 0 || v > a || toks[v].UPOS != "VERB" || child(toks, v, "obj") >= 0 {
		return
	}
	switch strings.ToLower(t.Text) {
	case "former", "ousted", "deposed", "exiled", "jailed", "detained":
	default:
		return
	}
	n := -1
	for k := a + 1; k < len(toks); k++ {
		if toks[k].Head == a && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") && child(toks, k, "case") < 0 && subtree(toks, k)[0] == a+1 {
			n = k
			break
		}
	}
	if n < 0 {
		return
	}
	toks[n].Head, toks[n].Rel = v, "obj"
	for k := range toks {
		if toks[k].Head == a && k != n {
			toks[k].Head = v // what else hung on the adjective is the verb's ("in a hole")
		}
	}
	t.Head, t.Rel = n, "amod"
}

// commaParticiple reattaches to the verb a participle clause after a
// comma that the parser hung on the verb's object: in "attacked Israeli
// towns near the border on Saturday, killing hundreds", the attackers
// killed, not the towns. The object's phrase must end with a time or place
// phrase before the comma, where the parser loses the clause's head.
func commaParticiple(toks []Token, k int) {
	t := &toks[k]
	h := t.Head
	if t.Rel != "acl" || t.XPOS != "VBG" || h < 0 || h > k || k < 2 || toks[k-1].Text != "," || child(toks, k, "nsubj") >= 0 {
		return
	}
	if toks[h].Rel != "obj" || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
		return
	}
	v := toks[h].Head
	if v < 0 || toks[v].UPOS != "VERB" {
		return
	}
	last := k - 2 // the word before the comma ends a phrase hung on the object
	n := last
	for steps := 0; n >= 0 && toks[n].Head != h; steps++ {
		if steps > len(toks) {
			return // a cycle a repair left
		}
		n = toks[n].Head
	}
	if n < 0 || n == last && toks[n].Rel != "nmod" || toks[n].Rel != "nmod" || !weekdays[strings.ToLower(toks[last].Text)] && toks[last].UPOS != "PROPN" {
		return
	}
	t.Head, t.Rel = v, "advcl"
}

// openingClauseSubject gives a verb with no subject the noun phrase right
// before it that the parser made a conjunct inside the participle clause
// opening the sentence: in "Speaking in Brussels, NATO Secretary-General
// Jaap de Hoop Scheffer urged", the secretary-general urged; he is not a
// second place he spoke in.
func openingClauseSubject(toks []Token, v int) {
	if v < 3 || toks[v].UPOS != "VERB" || child(toks, v, "nsubj") >= 0 || child(toks, v, "nsubj:pass") >= 0 || child(toks, v, "expl") >= 0 {
		return
	}
	a := child(toks, v, "advcl")
	if a < 0 {
		a = child(toks, v, "csubj") // "Defying warnings from Beijing, Pelosi met", read as the verb's subject
	}
	if a < 0 || a > v || subtree(toks, a)[0] != 0 || toks[a].XPOS != "VBG" && toks[a].XPOS != "VBN" {
		return
	}
	c := v - 1
	for (toks[c].Rel == "flat" || toks[c].Rel == "compound") && toks[c].Head >= 0 && toks[c].Head < v {
		c = toks[c].Head
	}
	if toks[c].Rel != "conj" || toks[c].UPOS != "PROPN" && toks[c].UPOS != "NOUN" || !within(toks, c, a) || child(toks, c, "cc") >= 0 {
		return
	}
	h := toks[c].Head
	// the name's other words the parser made conjuncts of the same word
	// ("U.S. House Speaker Nancy Pelosi", with "House" and "Nancy" too)
	first := subtree(toks, c)[0]
	for k := c - 1; k > a && toks[k].Text != ","; k-- {
		if toks[k].Head == h && toks[k].Rel == "conj" && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") {
			first = min(first, subtree(toks, k)[0])
		}
	}
	comma := commaBefore(toks, first)
	if subtree(toks, c)[1] != v-1 || comma < 0 {
		return
	}
	for k := comma + 1; k < c; k++ {
		if toks[k].Head == h && toks[k].Rel == "conj" {
			toks[k].Head, toks[k].Rel = c, "compound"
		}
	}
	toks[c].Head, toks[c].Rel = v, "nsubj"
	toks[comma].Head = a // the comma closes the opening clause
	if strings.HasPrefix(toks[a].Rel, "csubj") {
		toks[a].Rel = "advcl"
	}
}

// weekdays are the days of the week, lower case.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// commaBefore returns the comma that opens the phrase whose first token
// is first: first itself, where the parser put the comma inside the
// phrase, or the token before it; -1 if neither is a comma (or the comma
// would open the sentence).
func commaBefore(toks []Token, first int) int {
	for _, k := range []int{first, first - 1} {
		if k >= 1 && toks[k].Text == "," {
			return k
		}
	}
	return -1
}

// reportForms are the past and present forms of the verbs that end wire
// copy's sentences ("..., police said").
var reportForms = map[string]bool{"said": true, "says": true, "reported": true, "report": true, "say": true, "told": true, "added": true, "confirmed": true, "stated": true}

// subordinators are the words that introduce a clause and a noun phrase
// alike ("after the clash", "after the clash killed three soldiers").
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "till": true, "as": true}

// subordinateClause reattaches the finite conjunct v when what precedes it
// is a noun phrase with a subordinator as case marker, in an oblique of
// v's head: "recalled its ambassador after a border clash killed three
// soldiers" is parsed with "clash" an oblique of "recalled" and "killed"
// its conjunct; the clash is the subject of "killed", "after" marks that
// clause, and the clause is an adverbial clause of "recalled". So is "fled
// into Macedonia as Serb forces shelled villages", with "as Serb forces"
// hung on "Macedonia".
func subordinateClause(toks []Token, v int) bool {
	if !tensed(toks[v].XPOS) {
		return false
	}
	h := toks[v].Head
	m, c := -1, -1 // the clause's subject and its subordinator
	if o := v - 1; (toks[v].Rel == "conj" || toks[v].Rel == "advcl") && o > 0 && subtree(toks, o)[1] == v-1 {
		for steps := 0; o >= 0 && toks[o].Head != v; steps++ {
			if steps > len(toks) {
				return false // a cycle a repair left: no walk round it
			}
			o = toks[o].Head
		}
		if o > h && (toks[o].Rel == "obl" || toks[o].Rel == "nsubj") {
			if c := subordinator(toks, o); c >= 0 {
				// "fired warning shots after Pakistani soldiers crossed
				// the line", with "after Pakistani soldiers" an oblique
				// (or a subject with a case marker) of the conjunct
				// "crossed"
				makeClause(toks, v, o, c)
				return true
			}
		}
	}
	if n := child(toks, v, "nsubj"); n >= 0 && n < v && toks[v].Rel == "conj" && h >= 0 && h < n && child(toks, h, "obj") < 0 && subtree(toks, n)[0] == h+1 && subtree(toks, n)[1] == v-1 {
		// "lodged a protest with Beijing after Chinese ships entered its
		// waters", with "protest" the subject of "entered" and "ships" a
		// modifier of "protest": the protest is what was lodged, and the
		// ships entered
		for m := n + 1; m < v; m++ {
			if toks[m].Head < 0 || !within(toks, m, n) || subtree(toks, m)[1] != v-1 {
				continue
			}
			if f := subordinator(toks, m); f >= 0 {
				toks[n].Head, toks[n].Rel = h, "obj"
				makeClause(toks, v, m, f)
				return true
			}
		}
	}
	if child(toks, v, "nsubj") >= 0 {
		return false
	}
	n := v - 1
	for steps := 0; ; steps++ {
		if steps > len(toks) {
			return false // a cycle a repair left
		}
		if m < 0 && subtree(toks, n)[1] == v-1 {
			if f := subordinator(toks, n); f >= 0 {
				m, c = n, f
			}
		}
		if toks[n].Head == h {
			break
		}
		n = toks[n].Head
		if n < 0 || n >= v {
			return false
		}
	}
	if m < 0 || n <= h || subtree(toks, n)[1] != v-1 {
		return false
	}
	if toks[v].Rel == "acl" {
		// "detained a politician days after a bomb killed five
		// soldiers", with "killed" a clause of "politician": the clause
		// is the detaining verb's
		if toks[n].Rel != "nmod" || toks[h].Head < 0 || toks[toks[h].Head].UPOS != "VERB" {
			return false
		}
		toks[v].Head = toks[h].Head
	} else if toks[n].Rel != "obl" && !(toks[n].Rel == "obj" && m != n) {
		return false
	}
	makeClause(toks, v, m, c)
	return true
}

// subordinateCoordinated reattaches the finite conjunct v whose "and"
// joins its subject to a noun phrase a subordinator opens, hung on the
// clause before: "shook hands on Monday as Israel and the PLO signed a
// declaration", with "as Israel" hung on "Monday" and the PLO alone the
// subject of "signed", a conjunct of "shook". Israel and the PLO are the
// subject of an adverbial clause "as" opens.
func subordinateCoordinated(toks []Token, v int) bool {
	if !tensed(toks[v].XPOS) {
		return false
	}
	if n, cc := child(toks, v, "nsubj"), child(toks, v, "cc"); toks[v].Rel == "conj" && n > 0 && cc > 1 && n < v && cc == subtree(toks, n)[0]-1 && cc < n &&
		(toks[n].UPOS == "PROPN" || toks[n].UPOS == "NOUN") {
		p := cc - 1
		for p >= 0 && toks[p].Head >= 0 && toks[p].Head > p && toks[p].Head < cc {
			p = toks[p].Head
		}
		if p >= 0 && p < cc && (toks[p].UPOS == "PROPN" || toks[p].UPOS == "NOUN") && subtree(toks, p)[1] == cc-1 && !within(toks, p, v) {
			if f := subordinator(toks, p); f >= 0 && toks[p].Head < f {
				makeClause(toks, v, p, f)
				toks[n].Head, toks[n].Rel = p, "conj"
				toks[cc].Head = n
				return true
			}
		}
	}
	return false
}

// subordinator returns the subordinator ("after", "as") that opens the
// subtree of n as n's case marker, or -1.
func subordinator(toks []Token, n int) int {
	f := subtree(toks, n)[0]
	if toks[f].Head == n && toks[f].Rel == "case" && subordinators[strings.ToLower(toks[f].Text)] {
		return f
	}
	return -1
}

// makeClause makes v an adverbial clause with subject s, marked by the
// subordinator c.
func makeClause(toks []Token, v, s, c int) {
	toks[s].Head, toks[s].Rel = v, "nsubj"
	toks[c].Head, toks[c].Rel, toks[c].UPOS = v, "mark", "SCONJ"
	toks[v].Rel = "advcl"
}

// reducedRelative reattaches the past-tense conjunct v whose subject comes
// right before it when its head, a verb, has no object: "shot down 30
// Russian drones launched at Kyiv" is parsed with "drones" the subject of
// "launched" and "launched" a conjunct of "shot"; the drones are what was
// shot down, and "launched at Kyiv" is a participle modifying them.
func reducedRelative(toks []Token, v int) bool {
	if toks[v].XPOS != "VBD" && toks[v].XPOS != "VBN" || !strings.HasSuffix(toks[v].Text, "ed") {
		return false
	}
	h := toks[v].Head
	n := child(toks, v, "nsubj")
	if n < 0 || toks[n].Rel != "nsubj" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || subtree(toks, n)[1] != v-1 ||
		toks[h].UPOS != "VERB" || child(toks, h, "obj") >= 0 || child(toks, h, "ccomp") >= 0 || child(toks, h, "xcomp") >= 0 {
		return false
	}
	if child(toks, v, "obj") >= 0 || child(toks, v, "ccomp") >= 0 {
		return false // "every time her parents changed her clothes"
	}
	for k := range toks {
		if toks[k].Head == v && k < v && k != n {
			return false // "... and the drones reportedly launched": more than a subject before it
		}
	}
	for k := h + 1; k < subtree(toks, n)[0]; k++ {
		if toks[k].Head != h || toks[k].Rel != "compound:prt" {
			return false // the subject follows its head's verb (and particle) directly
		}
	}
	toks[n].Head, toks[n].Rel = h, "obj"
	toks[v].Head, toks[v].Rel, toks[v].XPOS = n, "acl", "VBN"
	return true
}

// tensed reports whether xpos is a finite verb's: past or present.
func tensed(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

// toInfinitive reports whether the verb at i is a bare form marked by "to".
func toInfinitive(toks []Token, i int) bool {
	m := child(toks, i, "mark")
	return toks[i].XPOS == "VB" && m >= 0 && strings.EqualFold(toks[m].Text, "to")
}

// rootOf returns the root of toks (the last, should repairs have left two),
// or -1.
func rootOf(toks []Token) int {
	r := -1
	for i := range toks {
		if toks[i].Head == -1 {
			r = i
		}
	}
	return r
}

// child returns the first child of h whose relation is rel or a subtype of
// it, or -1.
func child(toks []Token, h int, rel string) int {
	for k := range toks {
		if r := toks[k].Rel; toks[k].Head == h && (r == rel || strings.HasPrefix(r, rel+":")) {
			return k
		}
	}
	return -1
}

// subtree returns the first and last token of the subtree of i.
func subtree(toks []Token, i int) [2]int {
	first, last := i, i
	for k := range toks {
		for a, n := k, 0; a >= 0 && n <= len(toks); a, n = toks[a].Head, n+1 { // (bounded: no endless walk round a cycle)
			if a == i {
				first, last = min(first, k), max(last, k)
				break
			}
			if toks[a].Head == a {
				break
			}
		}
	}
	return [2]int{first, last}
}

// strandedObject reattaches the noun n, parsed as the complement clause of
// a later verb though it has no subject or copula, as the object of the
// verb right before it when that verb has none: "kidnapped more than 100
// students from a school, officials said" is parsed with "students" a
// complement of "said".
func strandedObject(toks []Token, n int) {
	if child(toks, n, "nsubj") >= 0 || child(toks, n, "cop") >= 0 || child(toks, n, "mark") >= 0 {
		return
	}
	first := subtree(toks, n)[0]
	if first == 0 || toks[first-1].UPOS == "PUNCT" {
		return
	}
	v := first - 1
	for v >= 0 && toks[v].UPOS != "VERB" {
		v = toks[v].Head
		if v < 0 || v >= first {
			return
		}
	}
	if v < 0 || toks[v].XPOS == "VBG" && toks[v].Rel == "amod" || subtree(toks, v)[1] != first-1 || child(toks, v, "obj") >= 0 || child(toks, v, "ccomp") >= 0 || child(toks, v, "xcomp") >= 0 {
		return
	}
	toks[n].Head, toks[n].Rel = v, "obj"
}

// zeroRelative reattaches the conjunct v, whose subject is a pronoun right
// after its head's object, as a relative clause of that object when v has
// no object of its own: "expelled a Russian diplomat it accused of
// spying" is parsed with "accused" a conjunct of "expelled".
func zeroRelative(toks []Token, v int) bool {
	h := toks[v].Head
	p := child(toks, v, "nsubj")
	if p < 0 || toks[p].UPOS != "PRON" || subtree(toks, p) != [2]int{p, p} || p != v-1 && !(p == v-2 && toks[v-1].Rel == "aux" && toks[v-1].Head == v) {
		return false
	}
	if child(toks, v, "obj") >= 0 || child(toks, v, "ccomp") >= 0 || child(toks, v, "mark") >= 0 {
		return false
	}
	o := child(toks, h, "obj")
	if o < 0 || o > p || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" || subtree(toks, o)[1] != p-1 {
		return false
	}
	switch strings.ToLower(toks[p].Text) {
	case "it", "he", "she", "they", "we", "i", "you":
	default:
		return false
	}
	toks[v].Head, toks[v].Rel = o, "acl:relcl"
	return true
}

// splitSubject joins two subjects of verb v that a preposition separates:
// "Police in Hong Kong arrested six people" is parsed with "in" a marker
// of "arrested" and both "Police" and "Hong Kong" its subjects; a verb has
// one subject, and "in Hong Kong" modifies the police.
func splitSubject(toks []Token, v int) {
	s1, s2 := -1, -1
	for k := range toks {
		if toks[k].Head == v && toks[k].Rel == "nsubj" {
			if s1 < 0 {
				s1 = k
			} else if s2 < 0 {
				s2 = k
			} else {
				return
			}
		}
	}
	if s2 < 0 || s2 > v {
		return
	}
	if c := s2 - 1; c > s1 && toks[c].Head == s1 && toks[c].Rel == "conj" && toks[c].UPOS == "NOUN" && toks[s2].UPOS == "NOUN" && child(toks, c, "cc") >= 0 && subtree(toks, s2)[0] == s2 {
		// "The Syrian government and opposition delegates held talks",
		// with "opposition" a conjunct of "government" and "delegates"
		// a second subject: the delegates are the conjunct, the
		// opposition's
		toks[s2].Head, toks[s2].Rel = s1, "conj"
		toks[child(toks, c, "cc")].Head = s2
		toks[c].Head, toks[c].Rel = s2, "compound"
		return
	}
	if e := subtree(toks, s1)[1]; e+1 == subtree(toks, s2)[0] && toks[e].Rel == "case" && toks[e].Head == s1 && (toks[e].Text == "'s" || toks[e].Text == "’s") {
		// "Jordan's King Abdullah met", with "Jordan" a second subject:
		// the possessor of the first
		toks[s1].Head, toks[s1].Rel = s2, "nmod:poss"
		return
	}
	p := subtree(toks, s1)[1] + 1
	if p == s2 && subtree(toks, s2)[0] == s2 && toks[s2].UPOS == "PROPN" && toks[s2-1].UPOS == "NOUN" && s2-1 != s1 && within(toks, s2-1, s1) &&
		toks[s2-1].Rel != "nsubj" && toks[s2-1].Rel != "obj" && !strings.HasPrefix(toks[v].Rel, "acl") {
		// "A suicide bombing at a hotel in the Kenyan capital Nairobi
		// killed", with "Nairobi" a second subject: the name of the
		// noun before it, inside the first subject's phrase
		toks[s2].Head, toks[s2].Rel = s2-1, "appos"
		return
	}
	if p+1 == subtree(toks, s2)[0] && toks[p].Head == v && toks[p].Rel == "cc" && strings.EqualFold(toks[p].Text, "and") {
		// "Sudan's army and the Rapid Support Forces battled", with
		// "and" hung on the verb: one coordinated subject
		toks[s2].Head, toks[s2].Rel = s1, "conj"
		toks[p].Head = s2
		return
	}
	if c := subtree(toks, s2)[0]; c == p && toks[c].Head == s2 && toks[c].Rel == "case" && (toks[s1].UPOS == "NOUN" || toks[s1].UPOS == "PROPN") && (toks[s2].UPOS == "NOUN" || toks[s2].UPOS == "PROPN") {
		// "A car bomb attack by suspected insurgents killed", with the
		// by-phrase a second subject: a subject takes no preposition,
		// so the phrase modifies the first
		toks[s2].Head, toks[s2].Rel = s1, "nmod"
		return
	}
	if p+1 != subtree(toks, s2)[0] || toks[p].Head != v || toks[s1].UPOS != "NOUN" && toks[s1].UPOS != "PROPN" || toks[s2].UPOS != "PROPN" {
		return
	}
	switch strings.ToLower(toks[p].Text) {
	case "in", "of", "from", "at":
	default:
		return
	}
	toks[s2].Head, toks[s2].Rel = s1, "nmod"
	toks[p].Head, toks[p].Rel, toks[p].UPOS, toks[p].XPOS = s2, "case", "ADP", "IN"
}

// bareObject makes the object of verb v a name the parser made its bare
// oblique, with no preposition, right after the verb when the verb has no
// object: "killed Iranian Major General Qassem Soleimani" had "Qassem" an
// oblique (times keep theirs: "obl:tmod").
func bareObject(toks []Token, k int) {
	t := &toks[k]
	v := t.Head
	if t.Rel != "obl" || t.UPOS != "PROPN" || v < 0 || v > k || toks[v].UPOS != "VERB" || strings.EqualFold(toks[v].Lemma, "be") || child(toks, k, "case") >= 0 || child(toks, v, "obj") >= 0 ||
		subtree(toks, k)[0] != v+1 || child(toks, v, "nsubj:pass") >= 0 || child(toks, v, "aux:pass") >= 0 {
		return
	}
	if l := strings.ToLower(t.Text); weekdays[l] || months[l] {
		return
	}
	t.Rel = "obj"
}

// asAdjectiveObject makes the object of a verb the phrase after "as" and
// an adjective, shifted after the adjective it is described by, that the
// parser made an "as" oblique with the adjective its modifier:
// "condemned as illegal Russia's annexation of Crimea" (the annexation is
// condemned, and called illegal).
func asAdjectiveObject(toks []Token, n int) {
	t := &toks[n]
	v := t.Head
	if t.Rel != "obl" || v < 0 || v > n || toks[v].UPOS != "VERB" || child(toks, v, "obj") >= 0 {
		return
	}
	a := subtree(toks, n)[0]
	if a != v+1 || !strings.EqualFold(toks[a].Text, "as") || toks[a].Head != n || a+2 >= n || toks[a+1].UPOS != "ADJ" || toks[a+1].Rel != "amod" || !within(toks, a+1, n) {
		return
	}
	if toks[a+1].Text != strings.ToLower(toks[a+1].Text) {
		return // "resign as Foreign Affairs minister": a title
	}
	full := false // the phrase has its determiner or possessor: "the", "Russia's"
	for k := a + 2; k < n; k++ {
		full = full || toks[k].Rel == "det" || toks[k].Rel == "nmod:poss"
	}
	if !full {
		return
	}
	t.Rel = "obj"
	toks[a+1].Head, toks[a+1].Rel = v, "xcomp"
	toks[a].Head, toks[a].Rel = a+1, "mark"
}

// compoundObject makes a bare singular noun that the parser made a verb's
// object, right before the verb's other object, a compound of that
// object: "held live-fire military drills" had "fire" an object (and so
// a ceasefire, "held fire"). A determiner, possessor or number of its own
// makes it a first object ("gave the army weapons").
func compoundObject(toks []Token, k int) {
	t := &toks[k]
	v := t.Head
	if t.Rel != "obj" || t.XPOS != "NN" || v < 0 || v > k {
		return
	}
	for c := range toks {
		if toks[c].Head == k && (toks[c].Rel == "det" || toks[c].Rel == "nmod:poss" || toks[c].Rel == "nummod") {
			return
		}
	}
	end := subtree(toks, k)[1]
	for o := end + 1; o < len(toks); o++ {
		if toks[o].Head == v && toks[o].Rel == "obj" && subtree(toks, o)[0] == end+1 && (toks[o].UPOS == "NOUN" || toks[o].UPOS == "PROPN") {
			t.Head, t.Rel = o, "compound"
			return
		}
	}
}

// listedCompound makes a conjunct of a "compound" that follows its head
// after a comma and is followed by conjuncts of its own: "Spain, Ireland and Norway
// recognised" is parsed with "Ireland" a compound of "Spain" and "Norway"
// a conjunct of "Ireland"; all three are conjuncts of the first.
func listedCompound(toks []Token, k int) {
	h := toks[k].Head
	if toks[k].Rel != "compound" || h < 0 || h >= k-1 || toks[k-1].Text != "," || toks[k].UPOS != "PROPN" || toks[h].UPOS != "PROPN" {
		return
	}
	if child(toks, k, "conj") < 0 {
		return // "Sochi, Russia": a place and its country, which UD treebanks make a compound
	}
	for j := h + 1; j < k-1; j++ {
		if toks[j].Head != h || toks[j].Rel != "flat" && toks[j].Rel != "conj" && toks[j].Rel != "punct" && toks[j].Rel != "cc" {
			return // only the head's own name, or earlier list items, between
		}
	}
	joinList(toks, k, h, k-1)
}

// joinList makes k, after the comma c, a conjunct of h, and k's own
// conjuncts h's.
func joinList(toks []Token, k, h, c int) {
	if within(toks, h, k) {
		return // h inside k's own phrase: joining would make a cycle
	}
	toks[k].Head, toks[k].Rel = h, "conj"
	toks[c].Head = k
	for j := range toks {
		if toks[j].Head == k && toks[j].Rel == "conj" {
			toks[j].Head = h
		}
	}
}

// listedAfterName makes a list item of a proper noun hung on the verb
// after a comma, with list items of its own, when the comma follows a
// proper noun in a phrase of that verb: "rejected demands from Saudi
// Arabia, the UAE, Bahrain and Egypt" is parsed with "the UAE" an oblique
// of "rejected" and Bahrain and Egypt its conjuncts; all four are
// conjuncts of "Arabia".
func listedAfterName(toks []Token, k int) {
	t := &toks[k]
	if t.UPOS != "PROPN" || t.Rel != "obl" && t.Rel != "obj" && t.Rel != "appos" || t.Head < 0 || t.Head > k || child(toks, k, "conj") < 0 || child(toks, k, "case") >= 0 {
		return
	}
	c := k - 1
	if toks[c].UPOS == "DET" && toks[c].Head == k {
		c--
	}
	if c < 2 || toks[c].Text != "," || toks[c-1].UPOS != "PROPN" {
		return
	}
	p := c - 1 // the name before the comma, or the head of its words
	for (toks[p].Rel == "flat" || toks[p].Rel == "compound") && toks[p].Head > p-3 && toks[p].Head < c {
		p = toks[p].Head
	}
	if toks[p].UPOS != "PROPN" || !within(toks, p, t.Head) || p == t.Head || subtree(toks, p)[1] != c-1 {
		return
	}
	joinList(toks, k, p, c)
}

// titledPair rebuilds a sentence-opening subject of two titled names,
// "Ghanaian President John Mahama and opposition leader Nana Akufo-Addo
// signed", which the parser breaks in many ways (the first name flat on
// the adjective, or a compound of the second title, the adjective the
// verb's oblique...), when the first conjunct is an optional adjective, one
// title word and the name: the name heads the subject, the title and the
// adjective are its, and the second title, the verb's subject as parsed,
// is its conjunct.
func titledPair(toks []Token) {
	v := rootOf(toks)
	if v < 6 || toks[v].UPOS != "VERB" {
		return
	}
	i := 0
	if toks[0].UPOS == "ADJ" || toks[0].UPOS == "PROPN" && titleWords[strings.ToLower(toks[1].Text)] {
		i = 1 // (a nationality tagged as a name: "Zimbabwean")
	}
	if !titleWords[strings.ToLower(toks[i].Text)] || toks[i].UPOS != "PROPN" && toks[i].UPOS != "NOUN" {
		return
	}
	n := i + 1
	a := n
	for a < v && toks[a].UPOS == "PROPN" && !titleWords[strings.ToLower(toks[a].Text)] {
		a++
	}
	if a == n || a+2 >= v || toks[a].UPOS != "CCONJ" || toks[n].Head == v {
		return // (and a first name already the verb's is the parser's right reading)
	}
	h := -1
	for k := a + 1; k < v; k++ {
		if toks[k].Head == v && strings.HasPrefix(toks[k].Rel, "nsubj") {
			h = k
		}
	}
	if h < 0 || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
		return
	}
	for k := a + 1; k < v; k++ {
		if k > h && (toks[k].Head == v || toks[k].Head < a) {
			return // the second name ends at the verb
		}
		if u := toks[k].UPOS; u != "NOUN" && u != "PROPN" && u != "ADJ" && u != "PUNCT" && u != "DET" {
			return // a title and a name, nothing else
		}
	}
	if i == 1 {
		toks[0].Head, toks[0].Rel = i, "amod"
	}
	toks[i].Head, toks[i].Rel = n, "nmod:desc"
	toks[n].Head, toks[n].Rel = v, toks[h].Rel
	for k := n + 1; k < a; k++ {
		toks[k].Head, toks[k].Rel = n, "flat"
	}
	toks[a].Head, toks[a].Rel = h, "cc"
	for k := a + 1; k < h; k++ {
		if toks[k].Head < a+1 || toks[k].Head > h {
			toks[k].Head, toks[k].Rel = h, "compound" // "opposition"
			if toks[k].UPOS == "ADJ" {
				toks[k].Rel = "amod"
			}
		}
	}
	toks[h].Head, toks[h].Rel = n, "conj"
}

// daySubject rebuilds a sentence opening with a titled name and "on" and
// a day name, which the parser made the subject: in "Ukrainian President
// Volodymyr Zelenskiy on Sunday accused Russian troops of war crimes",
// "Sunday" was the subject, "on" a marker, "Ukrainian" an adverb of the
// verb and the name its conjunct. The name is the subject, the day the
// time, the adjective the title's (and the verb the root where the parser
// made the name the root and the verb its adverbial clause).
func daySubject(toks []Token, d int) {
	v := toks[d].Head
	if d < 3 || toks[d].Rel != "nsubj" || !weekdays[strings.ToLower(toks[d].Text)] || v < 0 || v < d || toks[v].UPOS != "VERB" || strings.ToLower(toks[d-1].Text) != "on" {
		return
	}
	n, title := -1, -1
	for k := 0; k < d-1; k++ {
		switch toks[k].UPOS {
		case "ADJ", "PROPN", "NOUN":
		case "PUNCT":
			if toks[k].XPOS != "HYPH" {
				return
			}
		default:
			return
		}
		if toks[k].UPOS == "PROPN" && toks[k].Rel != "nmod:desc" && toks[k].Rel != "flat" && n < 0 && k > 0 && toks[k-1].Rel == "nmod:desc" && toks[k-1].Head == k {
			n, title = k, k-1
		}
	}
	if n < 0 || within(toks, v, d-1) || within(toks, d, d-1) {
		return // (no arc that would close a cycle)
	}
	if within(toks, v, n) {
		// "Russian President Boris Yeltsin on Saturday hosted ...",
		// with the name the root and the verb its adverbial clause:
		// the verb is the root
		if toks[v].Head != n || toks[n].Head >= 0 {
			return
		}
		toks[v].Head, toks[v].Rel = -1, "root"
		for k := range toks {
			if toks[k].Head == n && k > v && toks[k].Rel == "punct" {
				toks[k].Head = v
			}
		}
	}
	toks[n].Head, toks[n].Rel = v, "nsubj"
	toks[d].Rel = "obl"
	toks[d-1].Head, toks[d-1].Rel = d, "case"
	for k := 0; k < title; k++ {
		if h := toks[k].Head; (h < 0 || h >= d-1 || h == k) && !within(toks, title, k) {
			toks[k].Head, toks[k].Rel = title, "amod"
			if toks[k].UPOS != "ADJ" {
				toks[k].Rel = "compound"
			}
		}
	}
}

// appositiveTitledConj rebuilds the second of two titled names when the
// parser made its title the conjunct of the first name and hung its own
// name on the first name: in "North Korean leader Kim Jong Il and South
// Korean President Kim Dae-jung signed", "President" was a conjunct of
// "Kim Jong Il" and "Kim Dae-jung" a list item of it. The second name is
// the conjunct, of the first conjunct's head (the first title, whose
// appositive the first name is), and the title is its. A titled second
// name hung as a conjunct on the first name goes to the first title too.
func appositiveTitledConj(toks []Token, t int) {
	n1 := toks[t].Head
	if toks[t].Rel != "conj" || toks[t].UPOS != "PROPN" || n1 < 0 || n1 > t || toks[n1].UPOS != "PROPN" {
		return
	}
	if !titleWords[strings.ToLower(toks[t].Text)] {
		// the second name parsed right but hung on the first name, the
		// appositive of the first title ("leader Kim Jong Un and South
		// Korean President Moon Jae-in"): it is the title's conjunct
		if s := toks[n1].Head; toks[n1].Rel == "appos" && s >= 0 && s < n1 && child(toks, t, "nmod:desc") >= 0 {
			toks[t].Head = s
		}
		return
	}
	n2 := t + 1
	if n2 >= len(toks) || toks[n2].UPOS != "PROPN" || toks[n2].Head != n1 || titleWords[strings.ToLower(toks[n2].Text)] {
		return
	}
	head := n1
	if toks[n1].Rel == "appos" && toks[n1].Head >= 0 && toks[n1].Head < n1 {
		head = toks[n1].Head // "leader Kim Jong Il": the conjunct is the leader's
	}
	toks[n2].Head, toks[n2].Rel = head, "conj"
	toks[t].Head, toks[t].Rel = n2, "nmod:desc"
	for k := range toks {
		if toks[k].Head == t && toks[k].Rel == "cc" {
			toks[k].Head = n2
		}
	}
}

// prepositionTitledName rebuilds a prepositional phrase whose object is a
// titled name ("with Indian Prime Minister Manmohan Singh", "to former
// Bolivian President Evo Morales") when the parser hung a word of the name
// on the preposition (as goeswith, object, conjunct) or the preposition on
// a word of the name other than its head: the name's first word heads it,
// the title is its nmod:desc with the adjectives and title words before it
// as the title's, the preposition is its case, and the phrase hangs on the
// noun or verb before the preposition (past a day name).
func prepositionTitledName(toks []Token, p int) {
	if toks[p].UPOS != "ADP" || p < 1 || titleWords[strings.ToLower(toks[p-1].Text)] {
		return // (not "Secretary of State John Kerry")
	}
	t, j := -1, p+1
	for ; j < len(toks); j++ {
		w := strings.ToLower(toks[j].Text)
		if officeTitles[w] || t >= 0 && t == j-1 && titleWords[w] && toks[j].UPOS != "DET" {
			t = j // (and "Prime Minister", "Secretary General")
			continue
		}
		if j+1 < len(toks) && titleWords[w] && officeTitles[strings.ToLower(toks[j+1].Text)] {
			continue // "Prime", "Foreign", "Defence"
		}
		if u := toks[j].UPOS; u != "ADJ" && u != "DET" {
			break
		}
	}
	if t < 0 || j >= len(toks) || toks[j].UPOS != "PROPN" || t != j-1 {
		return
	}
	e := j
	for e+1 < len(toks) && toks[e+1].UPOS == "PROPN" {
		e++
	}
	in := func(k int) bool { return k > p && k <= e }
	broken := in(toks[p].Head) && toks[p].Head != j
	for k := p + 1; k <= e; k++ {
		broken = broken || toks[k].Head == p
	}
	if !broken {
		return
	}
	h, rel := p-1, "nmod"
	if timeNames[strings.ToLower(toks[h].Text)] && toks[h].Head >= 0 {
		h = toks[h].Head
	}
	switch toks[h].UPOS {
	case "NOUN", "PROPN":
	case "VERB", "ADJ":
		rel = "obl"
	default:
		return
	}
	if in(h) || h == p || within(toks, h, j) || within(toks, h, p) {
		return // (no cycle)
	}
	for k := range toks {
		if (toks[k].Head == p || in(toks[k].Head) && toks[k].Head != j) && !in(k) && k != p {
			toks[k].Head = j // "who resigned", hung on "former"
		}
	}
	for k := p + 1; k < t; k++ {
		toks[k].Head, toks[k].Rel = t, "amod"
		switch toks[k].UPOS {
		case "DET":
			toks[k].Rel = "det"
		case "PROPN", "NOUN":
			toks[k].Rel = "compound"
		}
	}
	toks[t].Head, toks[t].Rel = j, "nmod:desc"
	for k := j + 1; k <= e; k++ {
		toks[k].Head, toks[k].Rel = j, "flat"
	}
	toks[j].Head, toks[j].Rel = h, rel
	toks[p].Head, toks[p].Rel = j, "case"
}

// officeTitles are the titles of office that precede names in news copy.
var officeTitles = map[string]bool{
	"president": true, "president-elect": true, "minister": true, "premier": true, "chancellor": true, "king": true,
	"queen": true, "prince": true, "emir": true, "sheikh": true, "leader": true, "commander": true, "general": true,
	"secretary": true, "envoy": true, "ambassador": true, "senator": true, "governor": true, "mayor": true,
	"pope": true, "ayatollah": true, "colonel": true, "emperor": true, "chairman": true, "spokesman": true,
}

// nameBeforeAnd makes a full name that the parser hung as a compound on the
// title of the next name in a pair the first of the pair: in "Nigerian
// President Bola Tinubu and opposition leader Peter Obi signed", "Bola"
// was a compound of "leader". The first name heads the pair, the title of
// the second is its conjunct, and what came before the first name is the
// first name's.
func nameBeforeAnd(toks []Token, x int) {
	h := toks[x].Head
	if toks[x].Rel != "compound" || toks[x].UPOS != "PROPN" || h <= x || child(toks, x, "flat") < 0 || toks[h].UPOS != "NOUN" {
		return
	}
	st := subtree(toks, x)
	a := st[1] + 1
	if a >= h || toks[a].UPOS != "CCONJ" || !within(toks, a, h) {
		return
	}
	named := false
	for k := h + 1; k < len(toks); k++ {
		named = named || toks[k].Head == h && toks[k].UPOS == "PROPN" && (toks[k].Rel == "appos" || toks[k].Rel == "flat")
	}
	if !named {
		return
	}
	for k := range toks {
		if toks[k].Head == h && k < st[0] {
			toks[k].Head = x // "Nigerian"
		}
	}
	toks[x].Head, toks[x].Rel = toks[h].Head, toks[h].Rel
	toks[h].Head, toks[h].Rel = x, "conj"
	toks[a].Head, toks[a].Rel = h, "cc"
}

// openingAdjective reattaches a sentence's first word, an adjective that
// the parser hung on the verb, to the noun after it when that noun is part
// of the verb's subject: "Burundian President Pierre Nkurunziza accused
// Rwanda" is parsed with "Burundian" an adverbial clause of "accused".
func openingAdjective(toks []Token) {
	if len(toks) >= 3 && toks[0].UPOS == "ADJ" && strings.HasPrefix(toks[0].Rel, "nsubj") && toks[0].Head > 1 {
		// "Former Pakistani Prime Minister Imran Khan was arrested",
		// with "Former" a second subject: the adjective of the first
		// noun of the subject after it
		v := toks[0].Head
		for s := 1; s < v; s++ {
			if toks[s].Head == v && toks[s].Rel == toks[0].Rel && subtree(toks, s)[0] == 1 {
				n := 1
				for n < s && toks[n].UPOS == "ADJ" {
					n++
				}
				if within(toks, n, 0) || !within(toks, n, s) {
					return // (a tree the other repairs left crossed: no cycle)
				}
				toks[0].Head, toks[0].Rel = n, "amod"
				return
			}
		}
	}
	if len(toks) < 3 || toks[0].UPOS != "ADJ" || toks[1].UPOS != "PROPN" && toks[1].UPOS != "NOUN" && toks[1].XPOS != "NNP" {
		return // (a capitalised title word read as an adjective: "Prime")
	}
	if toks[0].Head < 0 {
		// "Venezuelan President Hugo Chavez expelled the U.S.
		// ambassador", with the adjective the root and the verb its
		// clausal subject: the verb is the root, the adjective its
		// subject's title's
		for v := 2; v < len(toks); v++ {
			h := toks[v].Head
			if h < 0 || h >= v || !within(toks, h, 0) || toks[v].UPOS != "VERB" {
				continue
			}
			switch r := toks[v].Rel; {
			case strings.HasPrefix(r, "csubj"), r == "ccomp":
			case (r == "acl:relcl" || r == "acl") && toks[v].XPOS == "VBD" && child(toks, v, "nsubj") < 0:
				// "Bolivian President Evo Morales expelled", with the verb
				// a relative clause or a participle of the name
			default:
				continue
			}
			subj := child(toks, v, "nsubj")
			if subj >= 0 && subtree(toks, subj)[0] != 1 {
				return
			}
			if subj < 0 {
				for f := 2; f < v; f++ {
					if toks[f].Head == 0 && toks[f].Rel == "flat" && toks[f].UPOS == "PROPN" && toks[1].Head == f {
						subj = f
						break
					}
				}
				if subj < 0 {
					return
				}
				toks[subj].Head, toks[subj].Rel = v, "nsubj"
			}
			toks[v].Head, toks[v].Rel = -1, "root"
			toks[0].Head, toks[0].Rel = 1, "amod"
			for k := range toks {
				if toks[k].Head == 0 && k != 0 {
					toks[k].Head = v
				}
			}
			return
		}
		return
	}
	v := toks[0].Head
	if v <= 1 || toks[v].UPOS != "VERB" {
		return
	}
	if s := child(toks, v, "nsubj"); toks[0].Rel == "obl" && s > 2 && s < v {
		// "Kenyan President Mwai Kibaki and opposition leader Raila
		// Odinga signed", with the adjective an oblique, the first name
		// its appositive and the second the subject: the first name is
		// the subject, the second its conjunct
		st := subtree(toks, s)
		f := st[0] - 1
		for f > 1 && toks[f].Head != 0 {
			f--
		}
		if f > 1 && toks[f].UPOS == "PROPN" && (toks[f].Rel == "appos" || toks[f].Rel == "flat") && toks[1].Head == f &&
			toks[st[0]].UPOS == "CCONJ" && subtree(toks, f)[1] == st[0]-1 && !within(toks, f, s) {
			toks[f].Head, toks[f].Rel = v, "nsubj"
			toks[s].Head, toks[s].Rel = f, "conj"
			toks[st[0]].Head, toks[st[0]].Rel = s, "cc"
			toks[0].Head, toks[0].Rel = 1, "amod"
			return
		}
	}
	if strings.HasPrefix(toks[0].Rel, "nsubj") || toks[0].Rel == "obl" && child(toks, v, "nsubj") < 0 {
		// "Russian President Vladimir Putin and ... signed", with the
		// adjective the subject (or an oblique of a verb with no
		// subject) and the name its flat or appositive child ("Estonian
		// President Alar Karis on Tuesday condemned"): the name is the
		// subject, the adjective its title's
		rel := toks[0].Rel
		if rel == "obl" {
			rel = "nsubj"
		}
		for f := 2; f < v; f++ {
			// (or an oblique whose phrase opens right after it:
			// "Ethiopian Prime Minister Abiy Ahmed and ... signed")
			if toks[f].Head == 0 && toks[f].UPOS == "PROPN" && ((toks[f].Rel == "flat" || toks[f].Rel == "appos") && toks[1].Head == f ||
				(toks[f].Rel == "obl" || toks[f].Rel == "nmod") && subtree(toks, f)[0] == 1) {
				toks[f].Head, toks[f].Rel = v, rel
				toks[0].Head, toks[0].Rel = 1, "amod"
				for c := range toks {
					if toks[c].Head == 0 && toks[c].Rel == "conj" {
						toks[c].Head = f // the second name of "Putin and Kim"
					}
				}
				return
			}
		}
	}
	for k, n := 1, 0; k > 0 && k < len(toks) && n <= len(toks); k, n = toks[k].Head, n+1 {
		if toks[k].Head == v {
			if strings.HasPrefix(toks[k].Rel, "nsubj") && k < v {
				toks[0].Head, toks[0].Rel = 1, "amod"
			}
			return
		}
		if toks[k].Head < 0 || toks[k].Head >= v {
			return
		}
	}
}

// complementizerObject reattaches the clause under a "that" tagged as a
// subordinating conjunction but parsed as its verb's object: "denied that
// Beijing had sold missile technology" is parsed with "that" the object of
// "denied" and "sold" a clausal complement of "that". The clause is the
// verb's complement and "that" marks it. So for a "that" parsed as a
// noun's modifier ("reports that soldiers had tortured rebels": the
// clause is the noun's), and a gerund right after "that" parsed as an
// adverbial clause is its verb's subject ("warned that selling weapons
// would damage relations").
func complementizerObject(toks []Token, c int) {
	t := &toks[c]
	if t.UPOS != "SCONJ" || !strings.EqualFold(t.Text, "that") || t.Head < 0 {
		return
	}
	if t.Rel == "mark" {
		// "warned that selling weapons to Taiwan would damage relations",
		// with "selling" an adverbial clause of "damage" marked by
		// "that": the gerund is the subject, "that" marks its head
		if g := t.Head; toks[g].XPOS == "VBG" && toks[g].Rel == "advcl" && g == c+1 && toks[g].Head > g && child(toks, toks[g].Head, "nsubj") < 0 && child(toks, toks[g].Head, "mark") < 0 {
			h := toks[g].Head
			toks[g].Rel = "csubj"
			t.Head = h
		}
		return
	}
	noun := t.Rel == "nmod" && (toks[t.Head].UPOS == "NOUN" || toks[t.Head].UPOS == "PROPN")
	if t.Head > c || t.Rel != "obj" && !noun || !noun && toks[t.Head].UPOS != "VERB" {
		return
	}
	v := -1
	for k := range toks {
		if toks[k].Head != c {
			continue
		}
		if v >= 0 || k < c || toks[k].Rel != "ccomp" && toks[k].Rel != "acl:relcl" && toks[k].Rel != "acl" {
			return // more than one clause, or anything else under "that"
		}
		v = k
	}
	if v < 0 || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
		return
	}
	toks[v].Head, toks[v].Rel = t.Head, "ccomp"
	if noun {
		toks[v].Rel = "acl" // "reports that soldiers had tortured rebels": the reports' content
	}
	t.Head, t.Rel = v, "mark"
}

// nounRoot makes a finite verb the root when the parser made the
// sentence's subject the root and hung the verb under it:
//   - under a participle modifying it: "Rwandan troops fighting alongside
//     Congolese rebels captured the town", with "captured" a complement of
//     "fighting";
//   - after a time phrase: "Prime Minister Benjamin Netanyahu on Sunday
//     rejected a proposal", with "rejected" in parataxis with the name;
//   - with the second of two coordinated subjects as its own: "The
//     Colombian government and the FARC rebels agreed", with "agreed" a
//     conjunct of "government" and "rebels" its subject, or a clause of
//     the second subject.
//
// The noun becomes the verb's subject (and the second subject its
// conjunct).
// placedSubject finds, under the noun root r, a finite clause (advcl, acl)
// a marked by a locative preposition m right after the noun's own words,
// whose only subject s is a name starting right after m ("Protesters |in|
// Hong Kong blocked"); it returns a, s and m, or -1s.
func placedSubject(toks []Token, r int) (a, s, m int) {
	m = r + 1
	for m < len(toks) && toks[m].Rel != "mark" {
		if !within(toks, m, r) || toks[m].UPOS == "VERB" || toks[m].UPOS == "PUNCT" {
			return -1, -1, -1
		}
		m++
	}
	if m >= len(toks) {
		return -1, -1, -1
	}
	switch strings.ToLower(toks[m].Text) {
	case "in", "from", "at", "of", "between":
	default:
		return -1, -1, -1
	}
	a = toks[m].Head
	if a <= m || toks[a].Head != r || toks[a].Rel != "advcl" && toks[a].Rel != "acl" || toks[a].UPOS != "VERB" || !tensed(toks[a].XPOS) {
		return -1, -1, -1
	}
	for k := r + 1; k < m; k++ {
		if within(toks, k, a) {
			return -1, -1, -1
		}
	}
	s = -1
	for k := range toks {
		if toks[k].Head == a && (toks[k].Rel == "nsubj" || toks[k].Rel == "nsubj:pass") {
			if s >= 0 {
				return -1, -1, -1
			}
			s = k
		}
	}
	if s < 0 || s > a || toks[s].UPOS != "PROPN" && (toks[s].UPOS != "ADJ" || !capitalized(toks[s].Text)) || subtree(toks, s)[0] != m+1 || subtree(toks, s)[1] != a-1 {
		return -1, -1, -1
	}
	return a, s, m
}

// appositiveVerb finds the only verb of a sentence whose root r is a name
// with an appositive set off by commas, when the parser hung the verb
// right after the second comma on the appositive or the name as a participle
// ("Naji Sabri, Iraq's foreign minister, accused ..."); else -1. A
// participle there with an agent ("by"), an auxiliary or a verb after it
// describes the appositive.
func appositiveVerb(toks []Token, r int, finite func(int) bool) int {
	if toks[r].UPOS != "PROPN" || r+1 >= len(toks) || toks[r+1].Text != "," && child(toks, r, "flat") < 0 {
		return -1
	}
	a := -1
	for k := r + 1; k < len(toks); k++ {
		if toks[k].Head == r && toks[k].Rel == "appos" {
			a = k
			break
		}
	}
	if a < 0 {
		return -1
	}
	v := a + 1
	for v < len(toks) && ((toks[v].Head != a && toks[v].Head != r) || toks[v].Rel != "acl") {
		v++
	}
	if v >= len(toks) || toks[v-1].Text != "," || toks[v].UPOS != "VERB" ||
		toks[v].XPOS != "VBD" && toks[v].XPOS != "VBN" || !strings.HasSuffix(strings.ToLower(toks[v].Text), "ed") && !irregularPast(strings.ToLower(toks[v].Text)) {
		return -1
	}
	if child(toks, v, "aux") >= 0 || child(toks, v, "aux:pass") >= 0 || child(toks, v, "nsubj") >= 0 {
		return -1
	}
	for k := range toks {
		if g := toks[k]; g.Head == v && g.Rel == "obl:agent" && child(toks, k, "case") >= 0 {
			return -1 // "..., backed by the army,": a participle
		}
		if (finite(k) || toks[k].UPOS == "AUX" || toks[k].UPOS == "VERB" && toks[k].Rel == "conj") && !within(toks, k, v) {
			return -1
		}
	}
	return v
}

// titledNameUnder returns the first word of a name that a capitalized
// adjective at s heads as its flat child, with the title before the name
// hung on it ("Russian President Vladimir Putin" with "Russian" the head
// and "Vladimir" its flat child), or -1.
func titledNameUnder(toks []Token, s int) int {
	if toks[s].UPOS != "ADJ" || s+2 >= len(toks) {
		return -1
	}
	for f := s + 2; f < len(toks) && f <= s+3; f++ {
		if toks[f].Head == s && toks[f].Rel == "flat" && toks[f].UPOS == "PROPN" && toks[s+1].Head == f && toks[s+1].UPOS == "PROPN" {
			return f
		}
	}
	return -1
}

func nounRoot(toks []Token) {
	r := -1
	for i := range toks {
		if toks[i].Head < 0 {
			r = i
			break
		}
	}
	if r < 0 || toks[r].UPOS != "NOUN" && toks[r].UPOS != "PROPN" || child(toks, r, "nsubj") >= 0 || child(toks, r, "cop") >= 0 {
		return
	}
	finite := func(v int) bool {
		return tensed(toks[v].XPOS) && toks[v].UPOS == "VERB" && child(toks, v, "mark") < 0
	}
	promote := func(v int) {
		toks[v].Head, toks[v].Rel = -1, "root"
		toks[r].Head, toks[r].Rel = v, "nsubj"
		for k := range toks {
			if toks[k].Head == r && k > v && toks[k].Rel == "punct" {
				toks[k].Head = v
			}
		}
	}
	if p := finiteAcl(toks, r, finite); p >= 0 {
		// "An ambush by suspected militants killed 12 soldiers", with
		// the past tense "killed" a clause of "militants": the verb
		promote(p)
		return
	}
	if p := participleRoot(toks, r, finite); p >= 0 {
		// "Hundreds of thousands of protesters rallied in Kiev", with
		// "rallied" a participle of "thousands" and no finite verb
		// outside it: the sentence's verb, in the past
		toks[p].XPOS = "VBD"
		promote(p)
		return
	}
	if v := appositiveVerb(toks, r, finite); v >= 0 {
		// "Naji Sabri, Iraq's foreign minister, accused President George
		// W. Bush of launching a war", with "accused" a participle of the
		// appositive and its object an agent with no "by": the
		// sentence's verb
		toks[v].XPOS = "VBD"
		for k := range toks {
			if toks[k].Head == v && toks[k].Rel == "obl:agent" && child(toks, k, "case") < 0 {
				toks[k].Rel = "obj"
			}
		}
		promote(v)
		return
	}
	if a, s, m := placedSubject(toks, r); a >= 0 {
		// "Protesters in Hong Kong blocked roads", with "in" a marker of
		// "blocked", "Hong Kong" its subject and the clause hung on the
		// noun: the noun is the subject, the place its modifier
		promote(a)
		toks[s].Head, toks[s].Rel = r, "nmod"
		toks[m].Head, toks[m].Rel, toks[m].UPOS = s, "case", "ADP"
		if f := titledNameUnder(toks, s); f >= 0 {
			// "Talks between Russian President Vladimir Putin and ...",
			// with the demonym heading the name
			toks[f].Head, toks[f].Rel = r, "nmod"
			toks[s].Head, toks[s].Rel = s+1, "amod"
			for k := range toks {
				if toks[k].Head == s && k != s+1 {
					toks[k].Head = f
				}
			}
		}
		return
	}
	for a := r + 1; a < len(toks); a++ {
		if h := toks[a].Head; h > r && toks[h].Head == r && toks[h].Rel == "conj" && toks[a].Rel == "acl" && finite(a) && child(toks, a, "nsubj") < 0 && within(toks, a-1, h) {
			// "The Sri Lankan government and the Tamil Tigers agreed",
			// with "agreed" a clause of "Tigers"
			promote(a)
			return
		}
		if toks[a].Head != r {
			continue
		}
		if toks[a].Rel == "acl" && (toks[a].XPOS == "VBG" || toks[a].XPOS == "VBN") {
			for v := a + 1; v < len(toks); v++ {
				if toks[v].Head == a && finite(v) && (toks[v].Rel == "ccomp" || toks[v].Rel == "conj" || toks[v].Rel == "parataxis") && child(toks, v, "nsubj") < 0 {
					promote(v)
					return
				}
				if s := child(toks, v, "nsubj"); toks[v].Head == a && finite(v) && toks[v].Rel == "conj" && toks[a].XPOS == "VBN" &&
					s > a && child(toks, v, "cc") < 0 && toks[subtree(toks, s)[0]].Rel == "case" && strings.EqualFold(toks[subtree(toks, s)[0]].Text, "by") {
					// "Iraqi troops backed by U.S. air power shelled
					// villages", with the agent the subject of "shelled":
					// the agent is the participle's, the noun the verb's
					promote(v)
					toks[s].Head, toks[s].Rel = a, "obl:agent"
					return
				}
			}
			return
		}
		if !finite(a) || toks[a].Rel != "parataxis" && toks[a].Rel != "conj" && toks[a].Rel != "dep" {
			continue
		}
		if s := child(toks, a, "nsubj"); s >= 0 {
			c := child(toks, a, "cc")
			if toks[a].Rel != "conj" || c <= r || c > s || toks[s].UPOS != "NOUN" && toks[s].UPOS != "PROPN" || toks[c-1].UPOS == "PUNCT" ||
				subtree(toks, s)[0] != c+1 && subtree(toks, s)[0] != c || subtree(toks, s)[1] != a-1 {
				return
			}
			// "The Colombian government and the FARC rebels agreed"
			promote(a)
			toks[s].Head, toks[s].Rel = r, "conj"
			toks[c].Head = s
			return
		}
		// "Netanyahu on Sunday rejected": only a time phrase between
		timed := false
		for k := r + 1; k < a; k++ {
			if toks[k].UPOS == "VERB" || toks[k].UPOS == "CCONJ" || toks[k].UPOS == "PUNCT" || !within(toks, k, r) {
				return
			}
			timed = timed || timeNames[strings.ToLower(toks[k].Text)]
		}
		if !timed || child(toks, a, "cc") >= 0 {
			return
		}
		promote(a)
		for k := r + 1; k < a; k++ {
			if toks[k].Head == r && toks[k].Rel != "flat" && toks[k].Rel != "compound" && toks[k].Rel != "appos" && k > subtree(toks, k)[0] {
				toks[k].Head, toks[k].Rel = a, "obl" // the time phrase modifies the verb
			}
		}
		return
	}
}

// participleRoot returns the past participle that a sentence read as a
// noun phrase (root r) hangs on a noun right before it, with a phrase of
// its own and no agent or auxiliary, when no finite verb stands outside
// it; else -1.
func participleRoot(toks []Token, r int, finite func(int) bool) int {
	p := -1
	for k := r + 1; k < len(toks); k++ {
		if t := toks[k]; t.XPOS == "VBN" && t.Rel == "acl" && t.Head < k && within(toks, k, r) && (toks[k-1].XPOS == "NNS" || toks[k-1].XPOS == "NNPS") {
			p = k
			break
		}
	}
	if p < 0 || child(toks, p, "obl:agent") >= 0 || child(toks, p, "aux") >= 0 || child(toks, p, "aux:pass") >= 0 || child(toks, p, "obl") < 0 {
		return -1
	}
	if f := strings.ToLower(toks[p].Text); !strings.HasSuffix(f, "ed") && !irregularPast(f) {
		return -1 // "questions given to ...": a participle only
	}
	for k := range toks {
		if (finite(k) || toks[k].UPOS == "AUX") && !within(toks, k, p) {
			return -1
		}
		if k < p && (toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || toks[k].UPOS == "PUNCT" && toks[k].XPOS != "HYPH") {
			return -1 // only the subject's noun phrase before it (a hyphen inside a name is part of it: "al-Shabaab")
		}
	}
	return p
}

// finiteAcl returns a past tense with an object or an oblique that the
// parser hung as a reduced clause (acl) on the plural noun or the name
// right before it, inside the noun root r's phrase, when nothing before it
// but that phrase (with participles modifying its nouns) and no finite
// verb outside it stands in the sentence; else -1. UD has no past tense as
// a reduced clause.
func finiteAcl(toks []Token, r int, finite func(int) bool) int {
	p := -1
	for k := r + 1; k < len(toks); k++ {
		t := toks[k]
		if t.XPOS != "VBD" || t.Rel != "acl" || !within(toks, k, r) {
			continue
		}
		if t.Head == k-1 && (toks[k-1].XPOS == "NNS" || toks[k-1].XPOS == "NNPS" || acronym(toks[k-1].Text)) || toks[k-1].XPOS == "NNP" && (t.Head == k-1 || toks[k-1].Rel == "flat" && toks[k-1].Head == t.Head) {
			p = k // (after a name: "Prime Minister Kevin Rudd apologised")
			break
		}
	}
	if p < 0 || child(toks, p, "obj") < 0 && child(toks, p, "obl") < 0 {
		return -1
	}
	for k := range toks {
		if (finite(k) || toks[k].UPOS == "AUX") && !within(toks, k, p) {
			return -1
		}
		if k < p && (toks[k].UPOS == "VERB" && toks[k].Rel != "amod" || toks[k].UPOS == "AUX" || toks[k].UPOS == "PUNCT") {
			return -1 // only the subject's noun phrase before it
		}
	}
	return p
}

// acronym reports whether w is an acronym in capitals ("SPLM"), a name
// whatever tag it was given.
func acronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// cyclic reports whether the heads of toks make a cycle.
func cyclic(toks []Token) bool {
	var buf [128]uint8
	state := buf[:0] // 0 unseen, 1 on the path walked now, 2 known to reach the root
	if len(toks) <= len(buf) {
		state = buf[:len(toks)]
	} else {
		state = make([]uint8, len(toks))
	}
	for k := range toks {
		a := k
		for a >= 0 && a < len(toks) && state[a] == 0 {
			state[a] = 1
			a = toks[a].Head
		}
		if a >= 0 && a < len(toks) && state[a] == 1 {
			return true
		}
		for b := k; b >= 0 && b < len(toks) && state[b] == 1; b = toks[b].Head {
			state[b] = 2
		}
	}
	return false
}

// within reports whether token k is in the subtree of r.
func within(toks []Token, k, r int) bool {
	for n := 0; k >= 0 && n < len(toks); n++ {
		if k == r {
			return true
		}
		k = toks[k].Head
	}
	return false
}

// months are the months of the year, lower case.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// timeNames are the words of a time phrase between a subject and its verb
// in news ("Netanyahu on Sunday rejected"), the weekdays among them.
var timeNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true,
	"earlier": true, "later": true, "week": true, "month": true, "weekend": true, "night": true,
}

// agentRelative reattaches a past tense read as a clausal complement with
// the noun before it as its subject, when it has an agent ("by") phrase
// and no object, and its head verb has no object: "condemned the nuclear
// tests carried out by India and Pakistan" is parsed with "tests" the
// subject of "carried"; the tests are what was condemned, and "carried out
// by India and Pakistan" is a participle modifying them.
func agentRelative(toks []Token, v int) {
	t := &toks[v]
	if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBN" || !strings.HasSuffix(strings.ToLower(t.Text), "ed") {
		return
	}
	h, n := t.Head, child(toks, v, "nsubj")
	if h < 0 || h > v || n < 0 || toks[h].UPOS != "VERB" || child(toks, h, "obj") >= 0 || child(toks, v, "obj") >= 0 ||
		child(toks, v, "mark") >= 0 || child(toks, v, "aux") >= 0 || subtree(toks, n)[1] != v-1 ||
		toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
		return
	}
	for k := h + 1; k < subtree(toks, n)[0]; k++ {
		if toks[k].Head != h || toks[k].Rel != "compound:prt" {
			return // the noun follows its head verb (and particle) directly
		}
	}
	agent := -1
	for k := v + 1; k < len(toks); k++ {
		if c := child(toks, k, "case"); toks[k].Head == v && toks[k].Rel == "obl" && c >= 0 && strings.EqualFold(toks[c].Text, "by") {
			agent = k
			break
		}
	}
	if agent < 0 {
		return
	}
	toks[n].Head, toks[n].Rel = h, "obj"
	t.Head, t.Rel, t.XPOS = n, "acl", "VBN"
	toks[agent].Rel = "obl:agent"
	for k := v + 1; k < len(toks); k++ {
		if toks[k].Head == v && toks[k].Rel == "conj" && toks[k].UPOS == "VERB" && child(toks, k, "nsubj") < 0 {
			toks[k].Head = h // "... by India and Pakistan and urged both countries": the condemning verb's conjunct
		}
	}
}

// accordingTo makes a source of information an oblique when the parser
// made it the subject, and its conjunct after a comma the subject:
// "According to Lebanese police, Israeli warplanes attacked" is parsed
// with "police" the subject of "attacked" and "warplanes" its conjunct.
func accordingTo(toks []Token, n int) {
	t := &toks[n]
	if t.Rel != "nsubj" || t.Head < 0 {
		return
	}
	c := child(toks, n, "case")
	if c < 0 || c > n || !strings.EqualFold(toks[c].Text, "according") {
		return
	}
	v := t.Head
	t.Rel = "obl"
	for k := n + 1; k < v; k++ {
		if toks[k].Head == n && toks[k].Rel == "conj" && toks[k-1].UPOS != "CCONJ" && child(toks, k, "cc") < 0 {
			toks[k].Head, toks[k].Rel = v, "nsubj" // the comma's conjunct is the clause's subject
			for p := n + 1; p < k; p++ {
				if toks[p].Head == n && toks[p].Rel == "punct" {
					toks[p].Head = v
				}
			}
			return
		}
	}
}

// relativeObject reattaches a reported clause that the parser hung on a
// relative clause inside the reporting verb's object: "said the gunmen
// who attacked the city had come from Pakistan" is parsed with "the
// gunmen" the object of "said", "the city" the subject of "had come" and
// "had come" a complement of "attacked". The city is what was attacked,
// the gunmen the subject of "had come", and "had come" what was said.
func relativeObject(toks []Token, r int) {
	t := &toks[r]
	if t.Rel != "acl:relcl" || t.UPOS != "VERB" || child(toks, r, "obj") >= 0 || clauseTakers[strings.ToLower(t.Lemma)] {
		return
	}
	g := t.Head
	if g < 0 || g > r || toks[g].Rel != "obj" || toks[g].Head < 0 || toks[toks[g].Head].UPOS != "VERB" {
		return
	}
	s := toks[g].Head
	if w := child(toks, r, "nsubj"); w < 0 || w > r || !relPronouns[strings.ToLower(toks[w].Text)] {
		return
	}
	c := -1
	for k := r + 1; k < len(toks); k++ {
		if toks[k].Head == r && toks[k].Rel == "ccomp" {
			c = k
			break
		}
	}
	if c < 0 || child(toks, c, "aux") < 0 && toks[c].XPOS != "VBD" && toks[c].XPOS != "VBZ" {
		return
	}
	n := child(toks, c, "nsubj")
	if n < 0 || subtree(toks, n)[0] != r+1 || subtree(toks, n)[1] >= c || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
		return
	}
	toks[n].Head, toks[n].Rel = r, "obj"
	toks[c].Head, toks[c].Rel = s, "ccomp"
	toks[g].Head, toks[g].Rel = c, "nsubj"
}

// clauseTakers are verbs whose complement is a clause ("the man who said
// the city had fallen"): their relative clauses keep it.
var clauseTakers = map[string]bool{
	"say": true, "tell": true, "think": true, "believe": true, "know": true, "claim": true,
	"report": true, "announce": true, "insist": true, "warn": true, "fear": true, "hope": true,
	"argue": true, "suggest": true, "predict": true, "deny": true, "admit": true, "feel": true,
	"find": true, "learn": true, "show": true, "confirm": true, "realize": true, "realise": true,
	"hear": true, "see": true, "understand": true, "agree": true, "decide": true, "ensure": true,
	"notice": true, "assume": true, "expect": true, "guess": true, "mean": true, "wish": true,
	"state": true, "explain": true, "reveal": true, "note": true, "add": true, "write": true,
	"recall": true, "remember": true, "forget": true, "doubt": true, "wonder": true, "prove": true,
	"make": true, "help": true, "let": true, "want": true, "need": true, "promise": true, "pretend": true,
	"seem": true, "appear": true, "tweet": true, "post": true, "ask": true, "demand": true,
	"urge": true, "stress": true, "reiterate": true, "acknowledge": true, "allege": true, "charge": true,
	"declare": true, "concede": true, "complain": true, "assert": true, "indicate": true, "rule": true,
	"vow": true, "pledge": true, "swear": true, "threaten": true, "maintain": true, "repeat": true,
}

// thatClauseOfVerb hangs a clause opened by "that", read as a second
// complement of a reporting verb (after it or at the end of the sentence),
// on the verb or predicate adjective of the first complement right before
// it, when that has no complement of its own ("said he was optimistic that
// talks would resume"): in "Greece insisted on Friday that Albania return the ferry, a
// spokesman said", the insistence is that Albania return it, and the
// spokesman said that Greece insisted.
func thatClauseOfVerb(toks []Token, c int) {
	t := &toks[c]
	r := t.Head
	if t.Rel != "ccomp" || t.UPOS != "VERB" || r < 0 {
		return
	}
	st := subtree(toks, c)
	m := st[0]
	if toks[m].Rel != "mark" || strings.ToLower(toks[m].Text) != "that" || toks[m].Head != c && (toks[m].Head < 0 || toks[toks[m].Head].Head != c) {
		return // (the mark may hang on the clause's subject)
	}
	v := -1
	for k := st[0] - 1; k >= 0 && k != r; k-- {
		// a verb, or an adjective with its copula ("said he was
		// optimistic that talks would resume")
		if toks[k].Head == r && toks[k].Rel == "ccomp" && (toks[k].UPOS == "VERB" || toks[k].UPOS == "ADJ" && child(toks, k, "cop") >= 0) {
			v = k
			break
		}
	}
	if v < 0 || child(toks, v, "ccomp") >= 0 || subtree(toks, v)[1] != st[0]-1 {
		return
	}
	if o := child(toks, v, "obj"); o >= 0 {
		// "rejected an opposition proposal that he step down, a
		// spokesman said": the proposal's content
		if contentNouns[strings.ToLower(toks[o].Lemma)] && subtree(toks, o)[1] == st[0]-1 {
			t.Head, t.Rel = o, "acl"
			toks[m].Head = c
		}
		return
	}
	t.Head = v
	toks[m].Head = c
}

// contentNouns take a that-clause saying what they propose, claim or
// fear ("a proposal that he step down").
var contentNouns = map[string]bool{
	"proposal": true, "demand": true, "request": true, "claim": true, "report": true, "allegation": true,
	"accusation": true, "charge": true, "suggestion": true, "idea": true, "fact": true, "news": true,
	"fear": true, "hope": true, "belief": true, "assurance": true, "guarantee": true, "promise": true,
	"pledge": true, "warning": true, "statement": true, "condition": true, "ultimatum": true, "rumour": true,
	"rumor": true, "evidence": true, "proof": true, "insistence": true,
}

// participleSpeech are verbs of speech whose participle after a report
// goes on with what the reporter says: "accusing", "adding", "urging"
// (but not "demanding", "calling for" or "rejecting": "police said
// protesters were blocking roads, demanding ..." is the protesters'
// demand).
var participleSpeech = map[string]bool{
	"accuse": true, "warn": true, "add": true, "describe": true, "blame": true, "insist": true, "cite": true,
	"say": true, "stress": true, "urge": true,
}

// participleAnswer are acts that, in a participle after a demand, answer
// for the one who demands: "demanded that Syria withdraw its troops,
// rejecting a phased pullout offered by Damascus" (what is demanded has
// not happened, so the participle is no description of it).
var participleAnswer = map[string]bool{"reject": true, "dismiss": true, "call": true, "deny": true, "threaten": true, "vow": true}

// demandVerbs demand what their complement clause says.
var demandVerbs = map[string]bool{"demand": true, "insist": true, "urge": true, "ask": true, "request": true}

// reportingVerbs introduce what someone said, denied or claimed.
var reportingVerbs = map[string]bool{
	"say": true, "tell": true, "announce": true, "declare": true, "state": true, "deny": true, "insist": true,
	"claim": true, "allege": true, "charge": true, "warn": true, "admit": true, "acknowledge": true,
}

// reporterParticiple hangs on a reporting verb a participle of speech
// that, after a comma, follows the clause the verb reports and that the
// parser hung on a verb inside that clause: in "Iran said Washington was
// violating the deal, accusing the United States of economic terrorism",
// Iran accuses, not Washington.
func reporterParticiple(toks []Token, k int) {
	t := &toks[k]
	if t.XPOS != "VBG" || !participleSpeech[t.Lemma] && !participleAnswer[t.Lemma] || k < 2 || toks[k-1].Text != "," || t.Rel != "advcl" && t.Rel != "conj" {
		return
	}
	if child(toks, k, "nsubj") >= 0 || child(toks, k, "mark") >= 0 || child(toks, k, "cc") >= 0 || child(toks, k, "aux") >= 0 {
		return
	}
	h := t.Head
	if h < 0 || h > k || participleSpeech[toks[h].Lemma] || reportingVerbs[toks[h].Lemma] {
		return
	}
	// up from h to the reported clause
	c := h
	for c >= 0 && toks[c].Rel != "ccomp" {
		if toks[c].Rel == "root" || toks[c].Rel == "acl:relcl" || toks[c].Rel == "advcl" {
			return
		}
		c = toks[c].Head
	}
	if c < 0 {
		return
	}
	r := toks[c].Head
	if r < 0 || r > c || toks[r].UPOS != "VERB" || !reportingVerbs[toks[r].Lemma] && !demandVerbs[toks[r].Lemma] {
		return
	}
	if !participleSpeech[t.Lemma] && !demandVerbs[toks[r].Lemma] {
		return // a rejection after a report is as often the reported people's
	}
	// the clause, less the participle's phrase, ends at the comma
	last := c
	for i := c; i < k-1; i++ {
		if within(toks, i, c) {
			last = i
		}
	}
	if last != k-2 {
		return
	}
	t.Head, t.Rel = r, "advcl"
	toks[k-1].Head = k
}

// adpositionHead turns a preposition the parser made the head of its
// phrase (a nmod or obl with the noun under it, or a particle or adverb
// with the noun hung on it as goeswith or fixed) into the case marker of
// that noun: in "rejected an offer of talks from Colombian President
// Alvaro Uribe", "from" was a nmod of "talks" and "Alvaro" hung on it
// (goeswith); in "pulled out of planned talks with Armenian Prime
// Minister Nikol Pashinyan", "with" was an adverb of "talks".
func adpositionHead(toks []Token, k int) {
	t := &toks[k]
	prt := t.Rel == "compound:prt" || t.Rel == "advmod" // "called on" with "Bashar" hung on "on"; "talks with" with "Nikol" hung on "with"
	if t.UPOS != "ADP" || t.Rel != "nmod" && t.Rel != "obl" && !prt || t.Head < 0 {
		return
	}
	c := -1
	for i := k + 1; i < len(toks); i++ {
		if toks[i].Head == k {
			// (but "of course" is an adverb, with "course" fixed)
			if u := toks[i].UPOS; (u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM") && (!prt || toks[i].Rel == "goeswith" || toks[i].Rel == "fixed" && t.Rel != "advmod") {
				c = i
			}
			break
		}
	}
	if c < 0 {
		return
	}
	if prt {
		t.Rel = "obl"
		if u := toks[t.Head].UPOS; t.Head < k && (u == "NOUN" || u == "PROPN" || u == "PRON") {
			t.Rel = "nmod"
		}
	}
	for i := range toks {
		if toks[i].Head == k && i != c {
			toks[i].Head = c
		}
	}
	toks[c].Head, toks[c].Rel = t.Head, t.Rel
	t.Head, t.Rel = c, "case"
}

// objectInfinitive hangs on its verb, as the verb's complement, an
// infinitive that the parser hung on the verb's indirect object: in "would
// not allow ASEAN special envoy Erywan Yusof to meet the detained leader",
// the envoy is allowed (an indirect object, as UD has it) and "to meet" is
// what "allow" governs.
func objectInfinitive(toks []Token, k int) {
	t := &toks[k]
	if t.Rel != "iobj" || t.Head < 0 || t.Head > k || child(toks, t.Head, "obj") >= 0 || child(toks, t.Head, "xcomp") >= 0 {
		return
	}
	for i := k + 1; i < len(toks); i++ {
		if c := &toks[i]; c.Head == k && (c.Rel == "advcl" || c.Rel == "acl") && c.UPOS == "VERB" && c.XPOS == "VB" {
			if toInfinitive(toks, i) {
				c.Head, c.Rel = t.Head, "xcomp"
			}
			return
		}
	}
}

// vocativeConjunct makes the first conjunct of a subject a name the
// parser read as a vocative before a comma: in "Mali, Burkina Faso and
// Niger announced", Mali was addressed and only Burkina Faso and Niger
// announced. The other conjuncts hang on the first, as UD has them.
func vocativeConjunct(toks []Token, k int) {
	t := &toks[k]
	if t.Rel != "vocative" || t.UPOS != "PROPN" || t.Head <= k {
		return
	}
	v := t.Head
	comma := -1
	for i := k + 1; i < v; i++ {
		if toks[i].Head == k && toks[i].Rel == "punct" && toks[i].Text == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return
	}
	s := -1
	for i := comma + 1; i < v; i++ {
		if r := toks[i].Rel; toks[i].Head == v && (r == "nsubj" || r == "nsubj:pass") {
			s = i
			break
		}
	}
	if s < 0 || toks[s].UPOS != "PROPN" || child(toks, s, "conj") < 0 {
		return
	}
	for i := range toks {
		if toks[i].Head == s && toks[i].Rel == "conj" && toks[i].UPOS != "PROPN" {
			return // ("John, you and I ...": he is addressed)
		}
	}
	for i := range toks {
		if toks[i].Head == s && toks[i].Rel == "conj" {
			toks[i].Head = k
		}
	}
	t.Rel = toks[s].Rel
	toks[s].Head, toks[s].Rel = k, "conj"
	toks[comma].Head = s
}

// splitNameObject joins to the phrase after it a one-word name the parser
// made its verb's object, when the next word opens a name hung, with no
// preposition, on the same verb: in "hosted Solomon Islands Prime Minister
// Manasseh Sogavare", "Solomon" was the object and "Manasseh" an oblique;
// the object is the whole name, of which "Solomon" is the first word.
func splitNameObject(toks []Token, k int) {
	t := &toks[k]
	if t.Rel != "obj" || t.UPOS != "PROPN" || t.Head < 0 || t.Head > k || k+1 >= len(toks) {
		return
	}
	for i := range toks {
		if toks[i].Head == k {
			return
		}
	}
	n := toks[k+1]
	h := n.Head
	if n.UPOS != "PROPN" || n.Rel != "compound" || h <= k+1 || toks[h].Head != t.Head || !strings.HasPrefix(toks[h].Rel, "obl") ||
		toks[h].UPOS != "PROPN" || child(toks, h, "case") >= 0 {
		return
	}
	t.Head, t.Rel = h, "compound"
	toks[h].Rel = "obj"
}

// adjectiveObject makes the object of a verb with no object the name
// after an adjective the parser made the verb's complement, with the name
// an appositive (or a vocative) of the adjective: in "detained Malian President Ibrahim
// Boubacar Keita" the president is detained and "Malian" his.
func adjectiveObject(toks []Token, k int) {
	t := &toks[k]
	v := t.Head
	if t.UPOS != "ADJ" || t.Rel != "xcomp" || v != k-1 || toks[v].UPOS != "VERB" || child(toks, v, "obj") >= 0 {
		return
	}
	e := k + 1 // the end of the name's words
	for e < len(toks) && (toks[e].UPOS == "PROPN" || toks[e].UPOS == "NOUN" && e == k+1) {
		e++
	}
	if e == k+1 {
		return
	}
	h := -1 // the word of the name hung outside it
	for i := k + 1; i < e; i++ {
		if toks[i].Head < k+1 || toks[i].Head >= e {
			if h >= 0 {
				return
			}
			h = i
		}
	}
	if h < 0 || toks[h].Rel != "appos" && toks[h].Rel != "vocative" || toks[h].Head != k {
		return
	}
	toks[h].Head, toks[h].Rel = v, "obj"
	t.Head, t.Rel = h, "amod"
}

// meansNouns are the ways of travel and transport that a bare "by"
// phrase names: "by air", "by road".
var meansNouns = map[string]bool{
	"air": true, "sea": true, "land": true, "road": true, "rail": true, "water": true, "river": true,
	"boat": true, "ship": true, "plane": true, "helicopter": true, "bus": true, "truck": true,
	"train": true, "car": true, "foot": true, "ferry": true, "convoy": true,
}

// meansOblique hangs on the verb a bare "by" phrase naming a means of
// travel that the parser made a modifier of the verb's object: in "had
// rescued more than 1,500 people by air and water", the people were
// rescued by air; they are not "people by air".
func meansOblique(toks []Token, k int) {
	t := &toks[k]
	if t.Rel != "nmod" || t.UPOS != "NOUN" || t.Head < 0 || t.Head > k || !meansNouns[strings.ToLower(t.Text)] {
		return
	}
	h := t.Head
	if toks[h].Rel != "obj" || toks[h].Head < 0 || toks[toks[h].Head].UPOS != "VERB" {
		return
	}
	by := false
	for i := h + 1; i < k; i++ {
		if toks[i].Head == k {
			if toks[i].Rel != "case" || !strings.EqualFold(toks[i].Text, "by") {
				return // "by the river", "by his car": a place or a thing, not the means
			}
			by = true
		}
	}
	if by {
		t.Head, t.Rel = toks[h].Head, "obl"
	}
}

// objectPronoun maps a subject pronoun to the object pronoun that cannot
// refer to it in its own clause.
var objectPronoun = map[string]string{"he": "him", "she": "her", "they": "them"}

// boundParticiple hangs on the main verb a participle after a comma that
// the parser hung on a subordinate clause whose pronoun subject the
// participle's pronoun object repeats: in "gunships fired missiles at the
// cleric as he left a mosque, killing him", "killing him" cannot be his own
// act (that would be "himself"); the gunships killed him.
func boundParticiple(toks []Token, k int) {
	t := &toks[k]
	if t.XPOS != "VBG" || t.Rel != "advcl" && t.Rel != "conj" || k < 2 || toks[k-1].Text != "," || child(toks, k, "nsubj") >= 0 {
		return
	}
	h := t.Head
	if h < 0 || h > k || toks[h].UPOS != "VERB" || toks[h].Rel != "advcl" || child(toks, h, "mark") < 0 {
		return
	}
	g := toks[h].Head
	s, o := child(toks, h, "nsubj"), child(toks, k, "obj")
	if g < 0 || g > h || toks[g].UPOS != "VERB" || s < 0 || o < 0 {
		return
	}
	if obj, ok := objectPronoun[strings.ToLower(toks[s].Text)]; !ok || strings.ToLower(toks[o].Text) != obj {
		return
	}
	t.Head, t.Rel = g, "advcl"
}

// namingVerbs take an object and what it is called or found to be.
var namingVerbs = map[string]bool{"call": true, "declare": true, "deem": true, "consider": true, "brand": true, "label": true, "find": true}

// predicativeAdjective makes an adjective right after the object of a
// verb of naming, read as a modifier after its noun, that verb's
// predicative complement: in "China called the U.S. sanctions illegal",
// China called them illegal.
func predicativeAdjective(toks []Token, k int) {
	t := &toks[k]
	h := t.Head
	if t.UPOS != "ADJ" || t.Rel != "amod" || h < 0 || h != k-1 || toks[h].Rel != "obj" {
		return
	}
	v := toks[h].Head
	if v < 0 || v > h || toks[v].UPOS != "VERB" || !namingVerbs[toks[v].Lemma] || child(toks, k, "obl") >= 0 || child(toks, k, "xcomp") >= 0 {
		return
	}
	t.Head, t.Rel = v, "xcomp"
}

// listedNoun makes a noun phrase that the parser hung as a list item on
// the name right before it, with no punctuation between, the head that
// the name modifies: in "U.N. weapons inspectors searched the homes",
// the inspectors search, and "U.N." is their compound.
func listedNoun(toks []Token, k int) {
	t := &toks[k]
	h := t.Head
	if t.Rel != "list" || t.UPOS != "NOUN" || h < 0 || h > k || toks[h].UPOS != "PROPN" {
		return
	}
	if toks[h].Rel == "root" || subtree(toks, k)[0] != h+1 {
		return // the phrase right after the name, in a clause ("File" lists after a file name stay)
	}
	for i := range toks {
		if toks[i].Head == h && i != k && i > h {
			return // the name has words of its own after it
		}
	}
	t.Head, t.Rel = toks[h].Head, toks[h].Rel
	toks[h].Head, toks[h].Rel = k, "compound"
	for i := range toks {
		if toks[i].Head == h && i < h && (toks[i].Rel == "det" || toks[i].Rel == "amod") {
			toks[i].Head = k // "the U.N. weapons inspectors"
		}
	}
}

// titledNameConj rebuilds a coordination of two titled names that the
// parser broke after "and": in "North Korean leader Kim Jong Il and South
// Korean President Kim Dae-jung signed", "South" was a conjunct of "Il"
// and "Kim Dae-jung" a second apposition of "leader". The second name
// becomes the conjunct of the first's head, and the words before it
// modify it.
func titledNameConj(toks []Token, c int) {
	k := c + 1
	if k >= len(toks) || toks[c].UPOS != "CCONJ" || toks[k].Rel != "conj" || toks[k].Head < 0 || toks[toks[k].Head].Rel != "flat" || toks[k].UPOS != "PROPN" {
		return
	}
	n := toks[k].Head
	for steps := 0; toks[n].Rel == "flat" && toks[n].Head >= 0; steps++ {
		if steps > len(toks) {
			return // a cycle a repair left
		}
		n = toks[n].Head
	}
	g := n
	if toks[n].Rel == "appos" && toks[n].Head >= 0 && toks[n].Head < n {
		g = toks[n].Head
	}
	m := -1
	for i := k + 1; i < len(toks); i++ {
		if toks[i].Rel == "appos" && (toks[i].Head == g || toks[i].Head == n) && toks[i].UPOS == "PROPN" {
			m = i
			break
		}
		if toks[i].UPOS == "VERB" || toks[i].UPOS == "PUNCT" {
			return
		}
	}
	if m < 0 {
		return
	}
	for i := k + 1; i < m; i++ {
		if toks[i].Head < k || toks[i].Head > m {
			return // only the second name's modifiers between
		}
	}
	toks[m].Head, toks[m].Rel = g, "conj"
	toks[c].Head = m
	if k+1 < m && (toks[k+1].UPOS == "ADJ" || toks[k+1].UPOS == "PROPN") {
		toks[k].Head, toks[k].Rel = k+1, "compound" // "South Korean"
	} else {
		toks[k].Head, toks[k].Rel = m, "compound"
	}
}

// dayThenSubject separates a day name from the noun phrase after it when
// the parser joined them and that noun phrase is the subject of the clause
// a reporting verb reports without "that": in "India said on Tuesday its
// warplanes had struck a camp", the warplanes struck, and Tuesday is when
// India said so.
func dayThenSubject(toks []Token, d int) {
	if d < 2 || !weekdays[strings.ToLower(toks[d].Text)] || toks[d].Rel != "compound" || strings.ToLower(toks[d-1].Text) != "on" {
		return
	}
	n := toks[d].Head
	if f := subtree(toks, n)[0]; n <= d || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || f != d && f != d-1 {
		return
	}
	r := toks[n].Head
	if r < 0 || r > d || toks[r].UPOS != "VERB" || !clauseTakers[strings.ToLower(toks[r].Lemma)] {
		return
	}
	// the clause's verb right after the phrase (after its auxiliaries)
	x := n + 1
	for x < len(toks) && toks[x].UPOS == "AUX" {
		x++
	}
	if x >= len(toks) || toks[x].UPOS != "VERB" || toks[x].Head != r || toks[x].Rel != "ccomp" || child(toks, x, "nsubj") >= 0 {
		return
	}
	for i := n + 1; i < x; i++ {
		if toks[i].Head != x {
			return
		}
	}
	toks[n].Head, toks[n].Rel = x, "nsubj"
	toks[d].Head, toks[d].Rel = r, "obl"
	toks[d-1].Head = d
}

// dayAppositive gives back to the clause a reporting verb reports without
// "that" the subject the parser made an appositive of the day name before
// it: in "Biden said on Thursday the United States would send more
// weapons", "the United States" was an appositive of "Thursday" and "send"
// had no subject (and, at times, was the root, "said" its parataxis).
func dayAppositive(toks []Token, n int) {
	d := toks[n].Head
	if toks[n].Rel != "appos" || d < 1 || !weekdays[strings.ToLower(toks[d].Text)] || toks[d].Rel != "obl" || strings.ToLower(toks[d-1].Text) != "on" {
		return
	}
	sp := subtree(toks, n)
	r := toks[d].Head
	if sp[0] != d+1 || r < 0 || r > d || toks[r].UPOS != "VERB" || !clauseTakers[strings.ToLower(toks[r].Lemma)] {
		return
	}
	x := sp[1] + 1
	for x < len(toks) && toks[x].UPOS == "AUX" {
		x++
	}
	if x >= len(toks) || toks[x].UPOS != "VERB" || child(toks, x, "nsubj") >= 0 {
		return
	}
	switch {
	case toks[x].Head == r && toks[x].Rel == "ccomp":
	case toks[r].Head == x && toks[r].Rel == "parataxis" && toks[x].Head < 0:
		// the reported verb made the root, the reporter its parataxis
		toks[r].Head, toks[r].Rel = -1, "root"
		toks[x].Head, toks[x].Rel = r, "ccomp"
		for k := range toks {
			if toks[k].Head == x && k < r && toks[k].Rel != "punct" {
				toks[k].Head = r // the reporter's own words before it
			}
		}
	default:
		return
	}
	toks[n].Head, toks[n].Rel = x, "nsubj"
}

// whoseClause rebuilds a sentence whose subject has a relative clause
// opened by "whose" that the parser made the main clause: in "Netanyahu,
// whose forces intercepted most of them, vowed to retaliate", Netanyahu
// vowed; the interception is what his forces did.
func whoseClause(toks []Token, w int) {
	if w < 2 || strings.ToLower(toks[w].Text) != "whose" || toks[w].Rel != "nmod:poss" || toks[w-1].Text != "," {
		return
	}
	n := toks[w].Head
	if n < 0 || toks[n].Rel != "nsubj" {
		return
	}
	r := toks[n].Head
	if r < 0 || toks[r].UPOS != "VERB" || toks[r].Rel != "root" {
		return
	}
	a := w - 2 // the name before the comma
	for toks[a].Head > a && toks[a].Head < w-1 && (toks[a].Rel == "flat" || toks[a].Rel == "compound") {
		a = toks[a].Head
	}
	for toks[a].Rel == "flat" && toks[a].Head >= 0 && toks[a].Head < a {
		a = toks[a].Head
	}
	if toks[a].Head != r || toks[a].Rel != "nsubj" || toks[a].UPOS != "PROPN" && toks[a].UPOS != "NOUN" {
		return
	}
	c := -1
	for k := r + 1; k < len(toks); k++ {
		if toks[k].Head == r && toks[k].Rel == "conj" && toks[k].UPOS == "VERB" && toks[k-1].Text == "," && child(toks, k, "nsubj") < 0 && child(toks, k, "cc") < 0 {
			c = k
			break
		}
	}
	if c < 0 {
		return
	}
	toks[c].Head, toks[c].Rel = -1, "root"
	for k := c + 1; k < len(toks); k++ {
		if toks[k].Head == r {
			toks[k].Head = c // the final punctuation
		}
	}
	toks[c-1].Head = c
	toks[a].Head, toks[a].Rel = c, "nsubj"
	toks[r].Head, toks[r].Rel = a, "acl:relcl"
	toks[w-1].Head = r
}

// dayReported makes a clause with its own subject that the parser hung on
// a day name as a relative clause, right after it, the clause the verb of
// the day phrase reports: in "the negotiator said on Friday he was
// optimistic that talks would resume", he was optimistic is what was said,
// not a kind of Friday.
func dayReported(toks []Token, k int) {
	t := &toks[k]
	d := t.Head
	if t.Rel != "acl:relcl" || d < 0 || d >= k || !weekdays[strings.ToLower(toks[d].Text)] || toks[d].Rel != "obl" {
		return
	}
	r := toks[d].Head
	if r < 0 || r > d || toks[r].UPOS != "VERB" || !clauseTakers[strings.ToLower(toks[r].Lemma)] || subtree(toks, k)[0] != d+1 {
		return
	}
	s := child(toks, k, "nsubj")
	if s < 0 || toks[s].UPOS == "PRON" && (strings.EqualFold(toks[s].Text, "who") || strings.EqualFold(toks[s].Text, "which") || strings.EqualFold(toks[s].Text, "that")) {
		return
	}
	t.Head, t.Rel = r, "ccomp"
}

// absoluteWith makes "with" + noun + participle an absolute clause, as UD
// has it: in "signed an accord on Friday, with U.S. President Donald Trump
// looking on", "looking" is a clause of "signed" with "Trump" its subject
// and "with" its marker; the parser had Trump in a with-phrase of
// "signed", a partner in the signing.
func absoluteWith(toks []Token, n int) {
	t := &toks[n]
	v := t.Head
	if t.Rel != "obl" || v < 0 || v > n || toks[v].UPOS != "VERB" || t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "PRON" {
		return
	}
	w := child(toks, n, "case")
	if w < 0 || !strings.EqualFold(toks[w].Text, "with") {
		return
	}
	g := subtree(toks, n)[1] + 1
	for g < len(toks) && toks[g].Head == n && toks[g].UPOS != "VERB" {
		g = subtree(toks, g)[1] + 1 // a child of the noun after it
	}
	if g >= len(toks) || toks[g].XPOS != "VBG" || child(toks, g, "nsubj") >= 0 {
		return
	}
	if h := toks[g].Head; !(h == n && toks[g].Rel == "acl") && !(h == v && toks[g].Rel == "advcl") {
		return
	}
	toks[g].Head, toks[g].Rel = v, "advcl"
	t.Head, t.Rel = g, "nsubj"
	toks[w].Head, toks[w].Rel = g, "mark"
	for k := range toks {
		if toks[k].Head == n && k < w && toks[k].Rel == "punct" {
			toks[k].Head = g // the comma before "with"
		}
	}
}

// relativeThenPredicate gives a name made the root, with a relative clause
// opened by "who", "whose" or "which" after a comma, its predicate: a verb
// with no subject that the parser made a conjunct of the relative clause
// after its closing comma. In "Aung San Suu Kyi, whose party won the
// election by a landslide, called on the rulers to open a dialogue",
// "called" is the root with the name its subject.
func relativeThenPredicate(toks []Token) {
	r := rootOf(toks)
	if r < 0 || toks[r].UPOS != "PROPN" && toks[r].UPOS != "NOUN" {
		return
	}
	e := r // the name's last word
	for e+1 < len(toks) && toks[e+1].Head >= r && toks[e+1].Head <= e && toks[e+1].Rel == "flat" {
		e++
	}
	if e+2 >= len(toks) || toks[e+1].Text != "," {
		return
	}
	switch strings.ToLower(toks[e+2].Text) {
	case "who", "whose", "which":
	default:
		return
	}
	for a := e + 2; a < len(toks); a++ {
		if toks[a].Head != r || toks[a].Rel != "acl" && toks[a].Rel != "acl:relcl" || toks[a].UPOS != "VERB" {
			continue
		}
		for v := a + 1; v < len(toks); v++ {
			if toks[v].Head != a || toks[v].Rel != "conj" || toks[v].UPOS != "VERB" || toks[v-1].Text != "," ||
				child(toks, v, "nsubj") >= 0 || child(toks, v, "cc") >= 0 {
				continue
			}
			toks[v].Head, toks[v].Rel = -1, "root"
			toks[r].Head, toks[r].Rel = v, "nsubj"
			toks[a].Rel = "acl:relcl"
			toks[v-1].Head = a // the comma closing the relative clause
			for k := v + 1; k < len(toks); k++ {
				if toks[k].Head == r && toks[k].Rel == "punct" {
					toks[k].Head = v
				}
			}
			return
		}
	}
}

// participleRootVerb makes the finite verb the root of a sentence whose
// subject is followed by a participle the parser made the root: in
// "African Union leaders meeting in Addis Ababa on Sunday called on the
// junta to free the president", "called" was a clause of "meeting", with
// "on Sunday" read as its marker and subject. The participle modifies the
// subject, and a day the parser made the verb's subject is the
// participle's time.
func participleRootVerb(toks []Token) {
	g := rootOf(toks)
	if g < 1 || toks[g].XPOS != "VBG" || child(toks, g, "aux") >= 0 || child(toks, g, "cop") >= 0 {
		return
	}
	s := child(toks, g, "nsubj")
	if s < 0 || s > g {
		return
	}
	for f := g + 1; f < len(toks); f++ {
		t := &toks[f]
		if t.Head != g || t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" || toks[f-1].Text == "," {
			continue
		}
		switch t.Rel {
		case "advcl", "conj", "parataxis", "ccomp":
		default:
			continue
		}
		day := child(toks, f, "nsubj")
		if day >= 0 && !timeNames[strings.ToLower(toks[day].Text)] {
			return
		}
		m := child(toks, f, "mark")
		if m >= 0 && (day < 0 || m != day-1) || child(toks, f, "cc") >= 0 {
			return
		}
		t.Head, t.Rel = -1, "root"
		toks[s].Head, toks[s].Rel = f, "nsubj"
		toks[g].Head, toks[g].Rel = s, "acl"
		if day >= 0 {
			toks[day].Head, toks[day].Rel = g, "obl"
			if m >= 0 {
				toks[m].Head, toks[m].Rel = day, "case"
			}
		}
		for k := f + 1; k < len(toks); k++ {
			if toks[k].Head == g && toks[k].Rel == "punct" {
				toks[k].Head = f
			}
		}
		return
	}
}

// nounArgument makes a compound of a noun hung as an object (or a
// dislocated phrase) on the noun right after it, which no noun takes, or
// on the verb whose subject that noun is: in "Chinese customs officials
// seized", "customs" modifies "officials".
func nounArgument(toks []Token, n int) {
	t := &toks[n]
	if n+1 >= len(toks) || t.UPOS != "NOUN" || toks[n+1].UPOS != "NOUN" && toks[n+1].UPOS != "PROPN" {
		return
	}
	switch t.Rel {
	case "obj", "iobj", "dislocated":
	default:
		return
	}
	switch {
	case t.Head == n+1:
	case t.Head >= 0 && t.Head == toks[n+1].Head && strings.HasPrefix(toks[n+1].Rel, "nsubj") && t.Head > n:
		// both hung on the verb, the second as its subject
	default:
		return
	}
	t.Head, t.Rel = n+1, "compound"
}

// orderedObject makes an object of the noun phrase a verb of ordering or
// asking has before its "to" infinitive, which the parser hung on the verb
// as a bare oblique with the infinitive an adverbial clause: in "ordered
// seven senior United Nations officials to leave the country", the
// officials are told to leave.
func orderedObject(toks []Token, n int) {
	t := &toks[n]
	v := t.Head
	if t.Rel != "obl" && t.Rel != "obl:unmarked" || t.UPOS != "NOUN" && t.UPOS != "PROPN" || v < 0 || v > n || !orderVerbs[strings.ToLower(toks[v].Lemma)] ||
		child(toks, n, "case") >= 0 || child(toks, v, "obj") >= 0 {
		return
	}
	w := subtree(toks, n)[1] + 1
	if w+1 >= len(toks) || strings.ToLower(toks[w].Text) != "to" || toks[w].Head != w+1 || toks[w+1].Head != v || toks[w+1].Rel != "advcl" || toks[w+1].UPOS != "VERB" {
		return
	}
	t.Rel = "obj"
	toks[w+1].Rel = "xcomp"
}

// markedConj makes a complement of a verb the clause opened by "that" that
// the parser hung on it as a conjunct, with no conjunction before it, and
// a particle the parser read as its object's preposition the verb's: in
// "demanded on Friday that the Taliban government hand over leaders of the
// Pakistani Taliban", "hand" was a conjunct of "demanded" and "over" the
// case of "leaders".
func markedConj(toks []Token, w int) {
	t := &toks[w]
	v := t.Head
	if t.Rel != "conj" || t.UPOS != "VERB" || v < 0 || v > w || toks[v].UPOS != "VERB" || child(toks, w, "cc") >= 0 {
		return
	}
	m := child(toks, w, "mark")
	if m < 0 || strings.ToLower(toks[m].Text) != "that" || m < v {
		return
	}
	t.Rel = "ccomp"
	if p := w + 1; p+1 < len(toks) && phrasalParticles[strings.ToLower(toks[p].Text)] && toks[p].Rel == "case" && toks[p].Head > p &&
		toks[toks[p].Head].Head == w && strings.HasPrefix(toks[toks[p].Head].Rel, "obl") && child(toks, w, "obj") < 0 {
		o := toks[p].Head
		toks[p].Head, toks[p].Rel, toks[p].UPOS, toks[p].XPOS = w, "compound:prt", "ADP", "RP"
		toks[o].Rel = "obj"
	}
}

// gerundComplement makes a complement the gerund right after a verb (and
// its particle), with no marker, that the parser hung on it as an
// adverbial clause: "ruled out imposing a no-fly zone", as UD has
// "considered imposing", "denied having".
func gerundComplement(toks []Token, w int) {
	t := &toks[w]
	v := t.Head
	if t.Rel != "advcl" || t.XPOS != "VBG" || v < 0 || v >= w || toks[v].UPOS != "VERB" || !gerundTakers[strings.ToLower(toks[v].Lemma)] || child(toks, w, "mark") >= 0 {
		return
	}
	for k := v + 1; k < w; k++ {
		if toks[k].Head != v || toks[k].Rel != "compound:prt" {
			return
		}
	}
	t.Rel = "xcomp"
}

// gerundTakers take a gerund as their complement.
var gerundTakers = map[string]bool{
	"rule": true, "consider": true, "deny": true, "avoid": true, "stop": true, "resume": true, "risk": true,
	"admit": true, "suggest": true, "propose": true, "delay": true, "postpone": true, "contemplate": true,
	"recommend": true, "mull": true, "weigh": true, "halt": true, "quit": true, "finish": true, "discuss": true,
}

// orderVerbs tell or ask their object to do something.
var orderVerbs = map[string]bool{
	"order": true, "tell": true, "ask": true, "urge": true, "force": true, "instruct": true, "direct": true,
	"allow": true, "permit": true, "persuade": true, "invite": true, "command": true, "compel": true,
}

// ditransitives take a recipient before what they give.
var ditransitives = map[string]bool{
	"offer": true, "give": true, "grant": true, "send": true, "award": true, "promise": true,
	"hand": true, "lend": true, "sell": true, "deny": true, "owe": true, "pay": true,
}

// nameRecipient makes the name that opens the object of a verb that gives
// its indirect object: in "North Korea offered South Korea military talks"
// the parser read "South Korea military talks" as one noun phrase. The
// name must open the phrase with no determiner and be followed by a
// modifier of the object's noun ("military").
func nameRecipient(toks []Token, o int) {
	t := &toks[o]
	v := t.Head
	if t.Rel != "obj" || t.UPOS != "NOUN" || v < 0 || v > o || !ditransitives[toks[v].Lemma] || child(toks, v, "iobj") >= 0 {
		return
	}
	first := subtree(toks, o)[0]
	c := first
	if toks[c].UPOS != "PROPN" {
		return
	}
	for steps := 0; toks[c].Head != o; steps++ {
		if steps > len(toks) {
			return // a cycle a repair left
		}
		c = toks[c].Head // the name's head ("Korea" of "South Korea")
		if c < first || c >= o || toks[c].UPOS != "PROPN" {
			return
		}
	}
	last := subtree(toks, c)[1]
	if toks[c].Rel != "compound" || last+1 >= o || toks[last+1].Head != o || toks[last+1].Rel != "amod" && toks[last+1].Rel != "compound" {
		return
	}
	toks[c].Head, toks[c].Rel = v, "iobj"
}

// contactRelative makes a relative clause with no pronoun of a verb the
// parser made the complement of the verb before it, with that verb's
// object as its own: in "The FARC released three American contractors they
// had held hostage", "held" was a complement of "released" and the
// contractors what was held. A verb that takes clauses keeps its
// complement ("told the reporters they had seen it" has no object of
// "seen" before it).
func contactRelative(toks []Token, w int) {
	t := &toks[w]
	v := t.Head
	if t.Rel != "ccomp" || t.UPOS != "VERB" || v < 0 || v > w || clauseTakers[strings.ToLower(toks[v].Lemma)] || child(toks, v, "obj") >= 0 || child(toks, w, "mark") >= 0 {
		return
	}
	o := child(toks, w, "obj")
	s := child(toks, w, "nsubj")
	if o < 0 || s < 0 || !(o < s && s < w) || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" || toks[s].UPOS != "PRON" {
		return
	}
	if subtree(toks, o)[1] != s-1 || subtree(toks, o)[0] <= v {
		return
	}
	toks[o].Head, toks[o].Rel = v, "obj"
	t.Head, t.Rel = o, "acl:relcl"
}

// contactAdverbial makes a clause with no marker and no object, opened by
// a pronoun subject right after the verb's object, that the parser hung on
// the verb as an adverbial clause, a relative clause of the object: in
// "demanded that Russia pull back the troops it has massed near the
// border", "massed" was an adverbial clause of "pull", and the troops not
// what was massed.
func contactAdverbial(toks []Token, w int) {
	t := &toks[w]
	v := t.Head
	if t.Rel != "advcl" || t.UPOS != "VERB" || v < 0 || v > w || child(toks, w, "mark") >= 0 || child(toks, w, "obj") >= 0 || child(toks, w, "ccomp") >= 0 || child(toks, w, "xcomp") >= 0 {
		return
	}
	o := child(toks, v, "obj")
	s := child(toks, w, "nsubj")
	if o < 0 || s < 0 || !(o < s && s < w) || toks[o].UPOS != "NOUN" || toks[s].UPOS != "PRON" || subtree(toks, o)[1] != s-1 {
		return
	}
	if l := strings.ToLower(toks[s].Text); l == "that" || l == "which" || l == "who" || l == "what" {
		return
	}
	t.Head, t.Rel = o, "acl:relcl"
}

// splitObject joins an object noun to the noun phrase the parser hung on
// the verb right after it as a bare oblique, with no preposition: in "would
// send emergency relief goods to Nepal", "emergency" was the object and
// "goods" an oblique; the phrase is one object, "goods" its head and
// "emergency" a compound. A noun conjunct the parser hung on the verb after
// that phrase ("and a medical team") is the object's.
func splitObject(toks []Token, n int) {
	t := &toks[n]
	v := t.Head
	if t.Rel != "obl" || t.UPOS != "NOUN" || v < 0 || v > n || toks[v].UPOS != "VERB" || child(toks, n, "case") >= 0 {
		return
	}
	o := child(toks, v, "obj")
	sp := subtree(toks, n)
	if o < 0 || toks[o].XPOS != "NN" || o+1 >= n || sp[0] != o+1 || slices.ContainsFunc(toks, func(c Token) bool { return c.Head == o }) {
		return // (a bare singular noun, no phrase of its own)
	}
	for k := sp[0]; k <= sp[1]; k++ {
		if toks[k].UPOS == "DET" || toks[k].UPOS == "NUM" || toks[k].UPOS == "PRON" {
			return // a second phrase of its own: "gave the ministry a week"
		}
	}
	if timeNames[strings.ToLower(t.Text)] || strings.ToLower(t.Text) != t.Text {
		return // "hit the town Monday", "killed five people overnight"
	}
	toks[n].Head, toks[n].Rel = v, "obj"
	toks[o].Head, toks[o].Rel = n, "compound"
	for k := n + 1; k < len(toks); k++ {
		if toks[k].Head == v && toks[k].Rel == "conj" && toks[k].UPOS == "NOUN" {
			toks[k].Head = n
		}
	}
}

// nameAfterObject makes a name the parser hung on the verb, with no
// preposition, right after the verb's common-noun object that object's
// appositive: in "accused his sacked deputy Riek Machar of plotting a
// coup", "Machar" was an oblique of "accused"; the clause the parser hung
// on the name goes to the verb.
func nameAfterObject(toks []Token, p int) {
	t := &toks[p]
	v := t.Head
	if t.UPOS != "PROPN" || v < 0 || v > p || toks[v].UPOS != "VERB" || t.Rel != "obl" && t.Rel != "obl:unmarked" || child(toks, p, "case") >= 0 {
		return
	}
	o := child(toks, v, "obj")
	sp := subtree(toks, p)
	if o < 0 || o > p || toks[o].UPOS != "NOUN" {
		return
	}
	if so := subtree(toks, o); so[1]+1 != sp[0] || toks[sp[0]].UPOS == "PUNCT" || timeNames[strings.ToLower(t.Text)] {
		return
	}
	t.Head, t.Rel = o, "appos"
	for k := p + 1; k < len(toks); k++ {
		if toks[k].Head == p && (toks[k].Rel == "advcl" || toks[k].Rel == "acl") {
			toks[k].Head, toks[k].Rel = v, "advcl"
		}
	}
}

// secondSubject gives back to the clause before a comma a noun the parser
// made the subject of a reporting verb after it that already has one: in
// "The government accused Darfur rebels of violating the truce, a member
// of the team has said", "rebels" is the object of "accused"; in "youths
// threw stones during demonstrations against violations by the army,
// officials said", "violations" is a modifier of "demonstrations". A verb
// has one subject (UD has none with two), and the nearer one is the
// reporter's.
func secondSubject(toks []Token, v int) {
	if !reportingVerbs[toks[v].Lemma] {
		return
	}
	var subj []int
	for k := range toks {
		if toks[k].Head == v && (toks[k].Rel == "nsubj" || toks[k].Rel == "nsubj:pass") && k < v {
			subj = append(subj, k)
		}
	}
	if len(subj) != 2 {
		return
	}
	s1, s2 := subj[0], subj[1]
	comma := subtree(toks, s2)[0] - 1
	if toks[comma+1].Text == "," {
		comma++ // the comma hung on the reporter (punctuation is placed after the repairs)
	}
	if comma <= s1 || toks[comma].Text != "," || subtree(toks, s1)[1] > comma || toks[s1].UPOS != "NOUN" && toks[s1].UPOS != "PROPN" {
		return
	}
	first := subtree(toks, s1)[0]
	if first < 1 {
		return
	}
	c := child(toks, s1, "case")
	if c < 0 && toks[first].UPOS == "ADP" && toks[first].Rel == "case" {
		c = first // "against the alleged human rights violations", "against" hung on "rights"
		toks[c].Head = s1
	}
	if c >= 0 {
		if c != first || c < 1 {
			return
		}
		h := c - 1 // the phrase before the preposition
		for toks[h].Head > h && toks[h].Head < c {
			h = toks[h].Head
		}
		switch toks[h].UPOS {
		case "NOUN", "PROPN":
			toks[s1].Head, toks[s1].Rel = h, "nmod"
		case "VERB":
			toks[s1].Head, toks[s1].Rel = h, "obl"
		}
		return
	}
	u := first - 1
	if toks[u].UPOS != "VERB" || child(toks, u, "obj") >= 0 || toks[u].Head == s1 {
		return
	}
	toks[s1].Head, toks[s1].Rel = u, "obj"
}

// twoSubjects mends a verb the parser gave two subjects, which UD never
// has: a day or other time word, or a phrase with a preposition, is an
// oblique ("Iran on Friday demanded", "the speaker said Saturday").
func twoSubjects(toks []Token, v int) {
	var subj []int
	for k := range toks {
		if toks[k].Head == v && strings.HasPrefix(toks[k].Rel, "nsubj") {
			subj = append(subj, k)
		}
	}
	if len(subj) != 2 {
		return
	}
	for _, s := range subj {
		w := strings.ToLower(toks[s].Text)
		if timeNames[w] {
			toks[s].Rel = "obl:unmarked"
			if p := s - 1; p >= 0 && child(toks, s, "case") < 0 && toks[p].UPOS == "ADP" && !hasChild(toks, p) {
				toks[p].Head, toks[p].Rel = s, "case" // "on", read as the verb's marker
			}
			if child(toks, s, "case") >= 0 {
				toks[s].Rel = "obl"
			}
			return
		}
	}
	if s1 := subj[0]; child(toks, s1, "case") >= 0 && s1 < v {
		toks[s1].Rel = "obl"
	}
}

// predicativeVerbs take an object and a predicate describing it ("called
// the sanctions illegal").
var predicativeVerbs = map[string]bool{
	"call": true, "consider": true, "declare": true, "deem": true, "find": true, "label": true,
	"brand": true, "term": true, "make": true, "pronounce": true,
}

// objectPredicate makes the adjective after a verb's object the verb's
// predicate, when the parser hung it on the object's noun as a modifier,
// which English puts before the noun: "China called the American sanctions
// illegal" had "illegal" modifying "sanctions".
//
// An adjective or a noun in quotation marks right after the object is the
// predicate too, wherever the parser hung it ("called the British
// sanctions 'illegal' on Monday" had it modify "Monday"; "called the
// judges 'crooks'" had the noun an appositive).
func objectPredicate(toks []Token, a int) {
	t := &toks[a]
	o := t.Head
	if n := child(toks, a, "nsubj"); n >= 0 && o >= 0 && o < n && n < a && t.UPOS == "ADJ" && t.Rel == "amod" && toks[n].UPOS == "PROPN" && toks[o].Rel == "obj" &&
		toks[o].Head >= 0 && predicativeVerbs[toks[toks[o].Head].Lemma] {
		toks[n].Head, toks[n].Rel = o, "appos" // "found opposition leader Alexei Navalny guilty", the name read as the adjective's subject
	}
	quoted := a >= 2 && a+1 < len(toks) && quoteMark(toks[a-1].Text) && quoteMark(toks[a+1].Text) && toks[a-1].Start > toks[a-2].End
	if quoted {
		o = a - 2
	}
	if t.UPOS != "ADJ" && !(quoted && t.UPOS == "NOUN") || t.Rel != "amod" && !(quoted && t.Rel == "appos") || o < 0 || o != a-1 && !quoted && !(o < a && within(toks, a-1, o) && !within(toks, a-1, a)) || toks[o].Rel != "obj" || toks[o].Head < 0 || !predicativeVerbs[toks[toks[o].Head].Lemma] {
		return // (right after the object's phrase: "found opposition leader Alexei Navalny guilty")
	}
	if !quoted && a+1 < len(toks) && (toks[a+1].UPOS == "NOUN" || toks[a+1].UPOS == "PROPN") {
		return
	}
	if quoted && within(toks, toks[o].Head, a) {
		return // (no cycle)
	}
	t.Head, t.Rel = toks[o].Head, "xcomp"
	if quoted {
		toks[a-1].Head, toks[a+1].Head = a, a
	}
	for k := a + 1; k < len(toks); k++ {
		if w := strings.ToLower(toks[k].Text); (toks[k].Head == a && toks[k].Rel == "obl" || quoted && toks[k].Head == o && toks[k].Rel == "nmod") && timeNames[w] {
			toks[k].Head, toks[k].Rel = t.Head, "obl" // "on Friday": when the verb's act happened
		}
	}
}

// quoteMark reports whether w is a quotation mark.
func quoteMark(w string) bool {
	switch w {
	case "'", "\"", "\u2018", "\u2019", "\u201c", "\u201d", "``", "''":
		return true
	}
	return false
}
