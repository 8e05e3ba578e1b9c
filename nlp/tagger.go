package nlp

import (
	"math"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tagger is a greedy left-to-right averaged perceptron predicting the joint
// UPOS+XPOS tag, with a tag dictionary for frequent unambiguous words and
// ambiguity classes of the surrounding words as features.
type tagger struct {
	classes []string          // "UPOS\tXPOS"
	upos    []string          // per class
	xpos    []string          // per class
	dict    map[string]int    // exact form -> class for frequent unambiguous words
	amb     map[string]uint32 // lowercased form -> ambiguity class id
	cands   map[string]string // frequent form -> its possible classes (one byte each)
	model   *qmodel
	model2  *qmodel // second pass, with the first pass's tags of the right context; may be nil
	finite  []bool  // per class: finite verb or modal
	vbd     int     // class of VERB/VBD, -1 if none
	nn, nnp int     // classes of NOUN/NN and PROPN/NNP, -1 if none
	nns     int     // class of NOUN/NNS, -1 if none
	sconj   int     // class of SCONJ/IN, -1 if none
	vb      int     // class of VERB/VB, -1 if none
	to      int     // class of PART/TO, -1 if none
	jj      int     // class of ADJ/JJ, -1 if none
	vbn     int     // class of VERB/VBN, -1 if none
	vbp     int     // class of VERB/VBP, -1 if none
	lquote  int     // class of PUNCT/``, -1 if none
	nominal string  // the noun, proper noun and adjective classes, as in cands
	aux     []bool  // per class: an auxiliary's
	wh      []bool  // per class: a wh-word's (WDT, WP, WP$)
	// runtime is true in a loaded model: the run-time rules for words the
	// training data says too little about apply (elided articles, noun
	// suffixes, auxiliaries as a closed class). Training's own tagging
	// (jackknifed tags, dev scores) leaves them out, so that a retrain
	// reproduces the committed model, which predates them.
	runtime bool
}

const tagBits = 19

const tagPrune = 0.0

// candMin is how often a form must occur in training for its tags to be
// restricted to those it was seen with.
const candMin = 10

var startHash = strHash("-START-")
var start2Hash = strHash("-START2-")
var endHash = strHash("-END-")

func (tg *tagger) features(ws []wf, i int, p1, p2 uint64, out []uint64) []uint64 {
	w := &ws[i]
	get := func(k int) *wf {
		if k < 0 || k >= len(ws) {
			return nil
		}
		return &ws[k]
	}
	var wm1l, wm1s, wm2l, wp1l, wp1s, wp2l, wp1a, wp2a, wm1a uint64 = startHash, startHash, start2Hash, endHash, endHash, endHash, endHash, endHash, startHash
	if x := get(i - 1); x != nil {
		wm1l, wm1s, wm1a = x.lower, x.suf3, x.amb
	}
	if x := get(i - 2); x != nil {
		wm2l = x.lower
	}
	if x := get(i + 1); x != nil {
		wp1l, wp1s, wp1a = x.lower, x.suf3, x.amb
	}
	if x := get(i + 2); x != nil {
		wp2l, wp2a = x.lower, x.amb
	}
	first := b2u(i == 0)
	out = append(out,
		f1(0, 0),
		f1(1, w.form),
		f1(2, w.lower),
		f1(3, w.suf3),
		f1(4, w.pre1),
		f1(5, p1),
		f1(6, p2),
		f2(7, p1, p2),
		f2(8, p1, w.lower),
		f1(9, wm1l),
		f1(10, wm1s),
		f1(11, wm2l),
		f1(12, wp1l),
		f1(13, wp1s),
		f1(14, wp2l),
		f1(15, w.shape),
		f1(16, w.suf1),
		f1(17, w.suf2),
		f1(18, w.suf4),
		f1(19, w.pre2),
		f1(20, w.pre3),
		f1(21, w.amb),
		f1(22, wp1a),
		f1(23, wp2a),
		f2(24, w.amb, wp1a),
		f2(25, p1, wp1a),
		f2(26, w.lower, wp1l),
		f2(27, wm1l, w.lower),
		f2(28, w.shape, p1),
		f2(29, first, w.shape),
		f2(30, w.amb, p1),
		f2(31, wm1a, w.amb),
		f3(32, p1, w.amb, wp1a),
		f2(33, w.suf3, wp1l),
		f2(34, w.suf3, p1),
		f1(35, w.norm),
		f3(36, b2u(w.cap), b2u(w.allCap), first),
		f2(37, b2u(w.hasDigit), b2u(w.hasHyph)),
	)
	return out
}

// features2 adds, for the second pass, the first pass's tags r around i.
func (tg *tagger) features2(ws []wf, i int, p1, p2 uint64, r []int, vctx []uint8, out []uint64) []uint64 {
	out = tg.features(ws, i, p1, p2, out)
	rt := func(k int) uint64 {
		if k < 0 {
			return startHash
		}
		if k >= len(r) {
			return endHash
		}
		return uint64(r[k]) + 1
	}
	r0, r1, r2 := rt(i), rt(i+1), rt(i+2)
	w := &ws[i]
	return append(out,
		f1(40, r0), f1(41, r1), f1(42, r2), f2(43, r1, r2), f2(44, p1, r1), f3(45, p1, r0, r1),
		f2(46, w.lower, r1), f2(47, w.amb, r1), f2(48, r0, w.amb), f2(49, w.suf3, r1), f3(50, w.amb, r1, r2),
		// is there a finite verb before / after this word (first pass)?
		f2(51, w.amb, uint64(vctx[i])), f2(52, w.suf2, uint64(vctx[i])), f3(53, r0, uint64(vctx[i]), p1),
	)
}

// verbContext marks, for each word, whether the first pass r found a finite
// verb or modal before it (bit 1) and after it (bit 2).
func (tg *tagger) verbContext(r []int, out []uint8) []uint8 {
	out = append(out[:0], make([]uint8, len(r))...)
	seen := false
	for i, c := range r {
		if seen {
			out[i] |= 1
		}
		if tg.finite[c] {
			seen = true
		}
	}
	seen = false
	for i := len(r) - 1; i >= 0; i-- {
		if seen {
			out[i] |= 2
		}
		if tg.finite[r[i]] {
			seen = true
		}
	}
	return out
}

// initFinite marks the classes of finite verbs and modals.
func (tg *tagger) initFinite() {
	tg.vbd, tg.nn, tg.nnp, tg.nns, tg.sconj, tg.vb, tg.to, tg.jj, tg.vbn, tg.vbp = -1, -1, -1, -1, -1, -1, -1, -1, -1, -1
	tg.lquote = -1
	var nominal []byte
	tg.aux = make([]bool, len(tg.classes))
	tg.wh = make([]bool, len(tg.classes))
	for i, c := range tg.classes {
		u, x, _ := strings.Cut(c, "\t")
		if u == "NOUN" || u == "PROPN" || u == "ADJ" {
			nominal = append(nominal, byte(i))
		}
		tg.aux[i] = u == "AUX"
		tg.wh[i] = x == "WDT" || x == "WP" || x == "WP$"
		switch c {
		case "VERB\tVBD":
			tg.vbd = i
		case "NOUN\tNN":
			tg.nn = i
		case "PROPN\tNNP":
			tg.nnp = i
		case "NOUN\tNNS":
			tg.nns = i
		case "SCONJ\tIN":
			tg.sconj = i
		case "VERB\tVB":
			tg.vb = i
		case "PART\tTO":
			tg.to = i
		case "ADJ\tJJ":
			tg.jj = i
		case "VERB\tVBN":
			tg.vbn = i
		case "VERB\tVBP":
			tg.vbp = i
		case "PUNCT\t``":
			tg.lquote = i
		}
	}
	tg.nominal = string(nominal)
	tg.finite = make([]bool, len(tg.classes))
	for i, x := range tg.xpos {
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			tg.finite[i] = true
		}
	}
}

// mayBe reports whether training lets form f take class c: its tags are
// not restricted, or c is among them.
func (tg *tagger) mayBe(f string, c int) bool {
	cs := tg.cands[f]
	return cs == "" || strings.IndexByte(cs, byte(c)) >= 0
}

// tag assigns class indices to the words of ws (forms gives the raw forms).
func (tg *tagger) tag(forms []string, ws []wf, out []int) {
	margins := make([]float32, len(ws))
	tg.pass(forms, ws, nil, out, margins)
	if tg.runtime {
		tg.thatAfterDay(forms, out, margins)
	}
	if tg.model2 != nil {
		r := append([]int(nil), out...)
		tg.pass(forms, ws, r, out, margins)
	}
}

// thatAfterDay (applied at run time, between the two passes) fixes two
// words after "on <day>" that either pass may misread, and keeps their
// tags for the second pass, which reads the words after them with the
// fixed tag on their left: a "to" with a lower-case word that can be a
// base verb and a noun phrase after it is an infinitive ("promised on
// Thursday to free all jailed leaders" had "to" a preposition and "free"
// an adjective); a "that" with no verb right after it is a subordinating
// conjunction ("demanded on Wednesday that France abandon its tests" had
// "that" open a relative clause of "Wednesday", with "abandon" a past
// tense; but "rejected a motion on Saturday that would have ..." keeps
// its relative pronoun).
func (tg *tagger) thatAfterDay(forms []string, out []int, margins []float32) {
	if tg.sconj < 0 {
		return
	}
	for i := 2; i < len(forms); i++ {
		if !afterOnDay(forms, i) {
			continue
		}
		if forms[i] == "to" && i+2 < len(forms) && tg.to >= 0 && tg.vb >= 0 {
			next := tg.upos[out[i+2]]
			if u := tg.upos[out[i+1]]; (u == "ADJ" || tg.xpos[out[i+1]] == "NN") && (next == "DET" || next == "NUM" || next == "PRON" || next == "PROPN") &&
				strings.ToLower(forms[i+1]) == forms[i+1] {
				if tg.mayBe(forms[i+1], tg.vb) {
					out[i], margins[i] = tg.to, 1e30
					out[i+1], margins[i+1] = tg.vb, 1e30
				}
			}
			continue
		}
		if i+1 < len(forms) {
			if u := tg.upos[out[i+1]]; u == "VERB" || u == "AUX" {
				continue
			}
		}
		if forms[i] == "that" || forms[i] == "That" {
			out[i], margins[i] = tg.sconj, 1e30
		}
	}
}

// samePast (applied at run time, after tag) retags as a past tense a
// verb whose past is its base form ("put", "cut", "hit", "set"...), read as
// a base form, right after a singular noun or he, she or it: no base form
// follows a singular subject ("Greece put its armed forces on alert" had
// "put" a base form, and then "armed" the sentence's verb).
func (tg *tagger) samePast(forms []string, out []int) {
	if tg.vbd < 0 {
		return
	}
	for i := 1; i < len(out); i++ {
		if tg.xpos[out[i]] != "VB" || !samePastVerbs[forms[i]] {
			continue
		}
		switch x := tg.xpos[out[i-1]]; {
		case x == "NNP" || x == "NN":
		case x == "PRP" && (forms[i-1] == "he" || forms[i-1] == "she" || forms[i-1] == "it" || forms[i-1] == "He" || forms[i-1] == "She" || forms[i-1] == "It"):
		default:
			continue
		}
		// and the noun phrase is a subject, not the object of a verb
		// before it ("let the market set prices")
		k := i - 1
		for k > 0 && (strings.HasPrefix(tg.xpos[out[k-1]], "NN") || strings.HasPrefix(tg.xpos[out[k-1]], "JJ") || tg.xpos[out[k-1]] == "DT" || tg.xpos[out[k-1]] == "PRP$" || tg.xpos[out[k-1]] == "CD" || tg.xpos[out[k-1]] == "POS") {
			k--
		}
		if k > 0 {
			if u := tg.upos[out[k-1]]; u == "VERB" || u == "AUX" || tg.xpos[out[k-1]] == "TO" {
				continue
			}
		}
		out[i] = tg.vbd
	}
}

// samePastVerbs are the verbs whose past tense is their base form.
var samePastVerbs = map[string]bool{
	"put": true, "cut": true, "hit": true, "set": true, "let": true, "shut": true, "spread": true,
	"cast": true, "quit": true, "hurt": true, "burst": true, "cost": true, "bid": true, "thrust": true,
	"split": true, "upset": true, "broadcast": true, "forecast": true, "shed": true, "beat": true,
}

// nameBeforeVerb (applied at run time, after tag) retags as a proper noun
// a capitalized word inside a sentence, after another capitalized word,
// that training saw too seldom to list and that the tagger read as a
// present tense right before a finite verb: "Human Rights Watch
// criticised" had "Watch" a verb.
func (tg *tagger) nameBeforeVerb(forms []string, out []int) {
	if tg.nnp < 0 {
		return
	}
	for i := 1; i+1 < len(out); i++ {
		f := forms[i]
		if x := tg.xpos[out[i]]; x != "VBP" && x != "VBZ" && x != "VB" || !tg.finite[out[i+1]] || !capitalized(f) {
			continue
		}
		if capitalized(forms[i-1]) && tg.unlisted(f) {
			out[i] = tg.nnp
		}
	}
}

// unseenAdverb (applied at run time, after tag) retags as a base verb a
// lower-case word the tagger read as an adverb that training saw too
// seldom to list and that does not end in -ly, between a noun phrase and
// the start of another: "demanded that the United States extradite
// Gulen" had "extradite" an adverb (common adverbs are all listed). (The
// same read as a noun between two names, "that Washington extradite
// Gulen", is left: titles such as "Party nominee Ken Cuccinelli" look
// alike.)
func (tg *tagger) unseenAdverb(forms []string, out []int) {
	if tg.vb < 0 {
		return
	}
	for i := 1; i+1 < len(out); i++ {
		f := forms[i]
		if tg.xpos[out[i]] != "RB" || strings.ToLower(f) != f || strings.HasSuffix(f, "ly") || !tg.unlisted(f) {
			continue
		}
		switch tg.upos[out[i-1]] {
		case "NOUN", "PROPN":
		default:
			continue // ("see you arond 9:30": a misspelt preposition)
		}
		switch tg.upos[out[i+1]] {
		case "DET", "PROPN", "NOUN":
			out[i] = tg.vb
		}
	}
}

// hyphenParticles join the words of names written with hyphens
// ("Jaish-e-Mohammed", "Hizb-ul-Mujahideen", "Tehreek-e-Taliban").
var hyphenParticles = map[string]bool{"e": true, "i": true, "ul": true, "al": true, "el": true, "ud": true, "ur": true, "o": true, "as": true}

// hyphenName (applied at run time, after tag) tags as a proper noun a
// capitalized word made of capitalized parts and name particles joined by
// hyphens, after the first word: "the militant group Jaish-e-Mohammed" had
// a verb.
func (tg *tagger) hyphenName(forms []string, out []int) {
	if tg.nnp < 0 {
		return
	}
	for i := 1; i < len(out); i++ {
		f := forms[i]
		if !capitalized(f) || !strings.Contains(f, "-") || tg.xpos[out[i]] == "NNP" || tg.xpos[out[i]] == "NNPS" {
			continue
		}
		parts := strings.Split(f, "-")
		ok, particle := len(parts) >= 3, false
		for _, p := range parts {
			switch {
			case hyphenParticles[p]:
				particle = true
			case !capitalized(p):
				ok = false
			}
		}
		if ok && particle {
			out[i] = tg.nnp
		}
	}
}

// mandativeVerbs take a clause whose verb is a bare infinitive: "demanded
// that the rebels free the hostages".
var mandativeVerbs = map[string]bool{
	"demand": true, "demands": true, "demanded": true, "demanding": true, "urge": true, "urges": true, "urged": true,
	"insist": true, "insists": true, "insisted": true, "ask": true, "asks": true, "asked": true, "request": true,
	"requested": true, "propose": true, "proposed": true, "recommend": true, "recommended": true,
}

// mandativeVerb (applied at run time, after tag) retags as a base verb an
// adjective or noun that training saw as a verb, when it follows the noun
// (and an adverb) that is the subject of a clause opened by "that" after a
// verb of demand, a noun phrase follows it and the clause has no other
// verb: "demanded that the RUF free hundreds of peacekeepers" had "free"
// an adjective ("the free press", after an article, stays).
func (tg *tagger) mandativeVerb(forms []string, out []int) {
	if tg.vb < 0 {
		return
	}
	for v := 0; v+3 < len(out); v++ {
		if !mandativeVerbs[strings.ToLower(forms[v])] {
			continue
		}
		i := v // "that" at i+1, after a time phrase ("demanded on Monday that")
		for i+2 < len(out) && i < v+3 && !strings.EqualFold(forms[i+1], "that") && (tg.xpos[out[i+1]] == "IN" || tg.xpos[out[i+1]] == "NNP" || tg.xpos[out[i+1]] == "RB") {
			i++
		}
		if !strings.EqualFold(forms[i+1], "that") {
			continue
		}
		// the subject may hold adjectives and hyphens: "that Syrian
		// President Bashar al-Assad step down"
		for j := i + 3; j+1 < len(out) && (tg.nominalSubject(out[j-1]) || tg.xpos[out[j-1]] == "RB" || tg.xpos[out[j-1]] == "JJ" || tg.xpos[out[j-1]] == "HYPH"); j++ {
			if tg.mandativeAt(forms, out, j) {
				out[j] = tg.vb
				break
			}
		}
	}
}

// mandativeAt reports whether the word at j, after the subject of a
// mandative clause, is its verb (see mandativeVerb).
func (tg *tagger) mandativeAt(forms []string, out []int, j int) bool {
	if !tg.nounTag(out[j-1]) && !(tg.xpos[out[j-1]] == "RB" && tg.nounTag(out[j-2])) {
		return false
	}
	if x := tg.xpos[out[j]]; x != "JJ" && x != "NN" || !isLower(forms[j]) {
		return false
	}
	if !tg.mayBe(forms[j], tg.vb) {
		return false // never a verb in training
	}
	// the clause has its verb already: "that Iraq nuclear weapons be
	// destroyed", "that Iraq nuclear weapons posed a threat" (but "that
	// Manila tow away a ship it grounded" has a relative's)
	if j+2 < len(out) && tg.nounTag(out[j+1]) && tg.finite[out[j+2]] {
		return false
	}
	for k := j + 1; k < len(out) && forms[k] != "," && forms[k] != ";"; k++ {
		switch tg.xpos[out[k]] {
		case "VB", "MD":
			return false
		}
	}
	switch x := tg.xpos[out[j+1]]; {
	case x == "DT" || x == "CD" || x == "NNS" || x == "NNP" || x == "NNPS" || x == "PRP$" || x == "PRP" || x == "RP":
		return true
	case x == "RB" && (phrasalParticles[strings.ToLower(forms[j+1])] || strings.EqualFold(forms[j+1], "away")):
		return true
	case x == "IN" && phrasalParticles[strings.ToLower(forms[j+1])] && phrasalHeads[forms[j]]:
		return true // a particle read as a preposition: "that Pakistan hand over 20 fugitives" (but "that talks over the dispute")
	}
	return false
}

// phrasalHeads are the verbs of phrasal verbs a demand names, whose base
// form is also a noun: "hand over", "step down", "pull back".
var phrasalHeads = map[string]bool{"hand": true, "step": true, "pull": true, "turn": true, "stand": true, "back": true, "scale": true, "wind": true, "call": true, "lay": true, "shut": true}

// nominalSubject reports whether class c may be part of a clause's subject
// noun phrase.
func (tg *tagger) nominalSubject(c int) bool {
	switch tg.xpos[c] {
	case "DT", "NNP", "NNPS", "NN", "NNS", "POS", "PRP", "CD":
		return true
	}
	return false
}

// nounTag reports whether class c is a noun or a pronoun.
func (tg *tagger) nounTag(c int) bool {
	switch tg.xpos[c] {
	case "NNP", "NNPS", "NN", "NNS", "PRP":
		return true
	}
	return false
}

// unlisted reports whether training saw the form f too seldom to list it
// in the tag dictionary or restrict its tags.
func (tg *tagger) unlisted(f string) bool {
	f = normQuotes(f)
	_, fixed := tg.dict[f]
	return !fixed && tg.cands[f] == ""
}

// capitalized reports whether f starts with an ASCII capital.
func capitalized(f string) bool { return f != "" && f[0] >= 'A' && f[0] <= 'Z' }

// afterOnDay reports whether "on" and a day name stand right before the
// word at i ("said on Tuesday that", "promised on Thursday to").
func afterOnDay(forms []string, i int) bool {
	return i >= 2 && i <= len(forms) && strings.EqualFold(forms[i-2], "on") && weekdays[strings.ToLower(forms[i-1])]
}

// afterModal (applied at run time, after tag) retags as a base verb an
// adjective or noun right after a modal that follows its subject (or after
// the modal and an adverb in -ly), with a noun phrase after it,
// unless training restricted the word to tags that have no base verb:
// "Hezbollah must free two soldiers" had "free" an adjective.
func (tg *tagger) afterModal(forms []string, out []int) {
	if tg.vb < 0 {
		return
	}
	for i := 2; i+1 < len(out); i++ {
		m := i - 1
		if tg.xpos[out[m]] == "RB" && strings.HasSuffix(forms[m], "ly") && m >= 2 {
			m-- // "they would unilaterally free six hostages"
		}
		if tg.xpos[out[m]] != "MD" || m < 1 {
			continue
		}
		switch tg.upos[out[m-1]] {
		case "NOUN", "PROPN", "PRON", "NUM":
		default:
			continue // "Would dinner Thursday work?": the subject follows the modal
		}
		if u := tg.upos[out[i]]; u != "ADJ" && u != "NOUN" {
			continue
		}
		f := forms[i]
		if !tg.mayBe(normQuotes(f), tg.vb) || strings.ToLower(f) != f {
			continue // a word training never saw as a base verb, or a name
		}
		switch tg.upos[out[i+1]] {
		case "DET", "NUM", "PRON", "PROPN":
			out[i] = tg.vb
		}
	}
}

// finiteVerb (applied at run time, after tag) retags as past tense (VBD) the first past participle of a
// sentence that has no finite verb and no auxiliary before the participle:
// "Iran's president-elect ruled out talks" is a clause, not a noun phrase
// with a reduced relative.
//
// A sentence whose finite verbs all stand in clauses opened by a
// subordinator after the participle is treated alike when an object
// follows the participle: "Israeli jets bombed targets in Gaza after
// militants fired rockets" (but not "documents seized after the raid
// showed", with no object, nor "troops sent to the region clashed").
func (tg *tagger) finiteVerb(forms []string, out []int) {
	if tg.vbd < 0 {
		return
	}
	firstFinite := -1
	for j, c := range out {
		if tg.finite[c] {
			firstFinite = j
			break
		}
	}
	for i, c := range out {
		if tg.upos[c] == "AUX" || firstFinite >= 0 && i >= firstFinite {
			return
		}
		adj := tg.xpos[c] == "JJ" && strings.HasSuffix(strings.ToLower(forms[i]), "ed")
		if firstFinite >= 0 && adj {
			continue
		}
		if tg.xpos[c] != "VBN" && !adj || i == 0 || forms[i-1] == "-" {
			continue // ("Fiji's military-led government threatened": "led" is part of a modifier)
		}
		if firstFinite >= 0 && !tg.subordinateFinites(forms, out, i) {
			return
		}
		byNext := i+1 < len(out) && strings.EqualFold(forms[i+1], "by")
		if u := tg.upos[out[i-1]]; u != "NOUN" && u != "PROPN" && u != "PRON" || byNext {
			if adj || byNext || u == "ADP" && i+1 < len(out) && tg.upos[out[i+1]] == "NOUN" {
				continue // "the FARC's renewed offensive": an adjective in a noun phrase; "troops backed by Russian air power shelled": a passive modifier, the verb later; "an attack by suspected insurgents killed": the participle modifies the noun after it
			}
			return
		}
		f := normQuotes(forms[i])
		ok := strings.HasSuffix(strings.ToLower(f), "ed") || irregularPast(strings.ToLower(f)) // ("struck")
		if cs, known := tg.cands[f]; known {
			ok = strings.IndexByte(cs, byte(tg.vbd)) >= 0 // ("Colombia and the rebels resumed talks", with "resumed" an adjective)
		}
		if ok {
			out[i] = tg.vbd
		}
		return
	}
}

// subordinateFinites reports whether an object follows the participle at
// i and every finite verb after it stands in a clause that a subordinator
// or a participle after a comma opens after i ("after militants fired
// rockets", ", saying they would") or is the last verb, a reporter's after
// a comma ("..., officials said").
func (tg *tagger) subordinateFinites(forms []string, out []int, i int) bool {
	o := i + 1 // where the object starts: after a particle and a day ("ruled out on Monday any talks")
	if o < len(out) && tg.xpos[out[o]] == "RP" {
		o++
	}
	if afterOnDay(forms, o+2) {
		o += 2
	}
	if o >= len(out) || !clauseStarts[tg.upos[out[o]]] || tg.upos[out[o]] == "PRON" && tg.xpos[out[o]] != "PRP$" {
		return false
	}
	last := -1 // the last finite verb
	for j, c := range out {
		if tg.finite[c] {
			last = j
		}
	}
	open, comma := false, false
	for j := i + 1; j < len(out); j++ {
		w := strings.ToLower(forms[j])
		if opensClause(w) || w == "because" || forms[j-1] == "," && tg.xpos[out[j]] == "VBG" {
			open = true // (or a participle's clause: "..., saying they would")
		}
		comma = comma || w == ","
		if tg.finite[out[j]] {
			if !open && !(comma && reportForms[w] && j == last) {
				return false // (", Pentagon officials said": the reporter's verb)
			}
			open = false
		}
	}
	return true
}

// opensClause reports whether the lower-case word w can open a
// subordinate clause: "after", "as", "when", "while"...
func opensClause(w string) bool { return subordinators[w] || w == "when" || w == "while" }

// modifierGerunds are -ing forms that name a kind of thing before a noun
// ("drinking water", "polling stations", "training camps").
var modifierGerunds = map[string]bool{
	"drinking": true, "cooking": true, "building": true, "sleeping": true, "washing": true, "fishing": true,
	"housing": true, "polling": true, "voting": true, "training": true, "landing": true, "heating": true,
}

// catenativeForms are forms of verbs that take a gerund as their object:
// "started building houses", "denied training militants".
var catenativeForms = map[string]bool{
	"start": true, "starts": true, "started": true, "begin": true, "begins": true, "began": true, "begun": true,
	"stop": true, "stops": true, "stopped": true, "keep": true, "keeps": true, "kept": true,
	"continue": true, "continues": true, "continued": true, "resume": true, "resumes": true, "resumed": true,
	"avoid": true, "avoids": true, "avoided": true, "finish": true, "finished": true, "quit": true, "quits": true,
	"consider": true, "considers": true, "considered": true, "deny": true, "denies": true, "denied": true,
	"admit": true, "admits": true, "admitted": true, "risk": true, "risks": true, "risked": true,
	"enjoy": true, "enjoyed": true, "suggest": true, "suggested": true, "recommend": true, "recommended": true,
	"include": true, "includes": true, "included": true, "involve": true, "involves": true, "involved": true,
	"discuss": true, "discussed": true, "mean": true, "meant": true, "like": true, "liked": true, "love": true,
	"loved": true, "hate": true, "hated": true, "prefer": true, "preferred": true, "try": true, "tried": true,
	"end": true, "ended": true, "halt": true, "halted": true, "suspend": true, "suspended": true,
}

// modifierGerund (applied at run time, after tag) retags as a noun an
// -ing form of the kind of a thing, read as a gerund right after a lexical
// verb and before a noun: "delivered drinking water to Tonga", "attacked
// polling stations" (but "started building houses", after a verb that
// takes a gerund, keeps its verb); and as an adjective one between such a
// verb and an adjective with its noun.
func (tg *tagger) modifierGerund(forms []string, out []int) {
	if tg.nn < 0 {
		return
	}
	for i := 1; i+1 < len(out); i++ {
		if tg.xpos[out[i]] != "VBG" || !modifierGerunds[strings.ToLower(forms[i])] || tg.upos[out[i-1]] != "VERB" ||
			catenativeForms[strings.ToLower(forms[i-1])] {
			continue
		}
		if x := tg.xpos[out[i+1]]; x == "NN" || x == "NNS" {
			out[i] = tg.nn
		}
	}
	if tg.jj < 0 {
		return
	}
	// and as an adjective one before an adjective and a noun: "imposed
	// sweeping new sanctions", "faced growing public anger" (but not
	// after a gerund: "considering sending naval vessels")
	for i := 1; i+2 < len(out); i++ {
		if tg.xpos[out[i]] != "VBG" || tg.upos[out[i-1]] != "VERB" || tg.xpos[out[i-1]] == "VBG" || catenativeForms[strings.ToLower(forms[i-1])] || !tg.mayBe(forms[i], tg.jj) {
			continue
		}
		if x := tg.xpos[out[i+2]]; tg.xpos[out[i+1]] == "JJ" && (x == "NN" || x == "NNS") {
			out[i] = tg.jj
		}
	}
}

// pastAfterAnd (applied at run time, after tag) retags as a past tense a
// regular past read as an adjective right after "and" that follows no
// noun or adjective, before the noun phrase it takes: "demanded that Assad
// step down and imposed new sanctions" ("rebels and armed groups", after a
// noun, stays an adjective).
func (tg *tagger) pastAfterAnd(forms []string, out []int) {
	if tg.vbd < 0 {
		return
	}
	for i := 2; i+1 < len(out); i++ {
		if tg.xpos[out[i]] != "JJ" || !strings.EqualFold(forms[i-1], "and") || !strings.HasSuffix(forms[i], "ed") || !isLower(forms[i]) || !tg.mayBe(forms[i], tg.vbd) {
			continue
		}
		switch tg.upos[out[i-2]] {
		case "NOUN", "PROPN", "ADJ", "NUM", "PRON", "PUNCT":
			continue
		}
		if x := tg.xpos[out[i+1]]; x == "JJ" || x == "DT" || x == "NNS" || x == "NN" || x == "CD" || x == "PRP$" {
			out[i] = tg.vbd
		}
	}
}

// year reports whether w is four digits ("1865"), a year rather than a
// count.
func year(w string) bool {
	return len(w) == 4 && strings.Trim(w, "0123456789") == ""
}

// nounAfterPrep (applied at run time, after tag) retags as a plural noun
// (NNS) a present-tense verb in -s right after a preposition that takes no
// clause without a subject: "after clashes between Hezbollah and Israel",
// "amid protests", "despite warnings"; and one after a number above one
// and the adjectives and nouns of its phrase.
func (tg *tagger) nounAfterPrep(forms []string, out []int) {
	if tg.nns < 0 {
		return
	}
	for i := 1; i < len(out); i++ {
		prev := strings.ToLower(forms[i-1])
		// and after "over", "about" or "on" when "that" or "of" follows
		// ("demanded an explanation over reports that Russia had ...")
		topic := (prev == "over" || prev == "about" || prev == "on") && i+1 < len(forms) && (forms[i+1] == "that" || forms[i+1] == "of")
		if tg.xpos[out[i]] == "VBZ" && tg.upos[out[i]] == "VERB" && (closedPreps[prev] || topic) && strings.HasSuffix(forms[i], "s") {
			out[i] = tg.nns
		}
	}
	// and one counted by a number above one, with only adjectives and
	// nouns between: "seized three Ukrainian navy vessels" (a number of
	// things takes no verb in -s; "one man dies" does)
	for i := 1; i < len(out); i++ {
		if tg.xpos[out[i]] != "VBZ" || tg.upos[out[i]] != "VERB" || !strings.HasSuffix(forms[i], "s") {
			continue
		}
		j := i - 1
		for j > 0 && (tg.xpos[out[j]] == "JJ" || tg.xpos[out[j]] == "NN" || tg.xpos[out[j]] == "NNP") {
			j--
		}
		// (not a year, nor a number counting the singular noun after it:
		// "This 1865 daguerreotype illustrates", "My 8 year old daughter
		// loves")
		if n := strings.ToLower(forms[j]); j < i-1 && tg.xpos[out[j]] == "CD" && n != "one" && n != "1" && !year(n) && tg.xpos[out[j+1]] != "NN" {
			out[i] = tg.nns
		}
	}
}

// allegedAdjective (applied at run time, after tag) retags as an
// adjective "suspected" or "alleged" read as a participle right after a
// lexical verb and before a noun phrase: "jets struck suspected PKK
// hideouts", "police arrested alleged smugglers" (but "he suspected
// nothing", after a pronoun, and "had suspected them", after an
// auxiliary, keep their verbs); and any past participle between a gerund
// and a noun ("hiding banned weapons").
func (tg *tagger) allegedAdjective(forms []string, out []int) {
	if tg.jj < 0 {
		return
	}
	for i := 1; i+1 < len(out); i++ {
		if tg.upos[out[i]] != "VERB" || tg.upos[out[i-1]] != "VERB" || !strings.EqualFold(forms[i], "suspected") && !strings.EqualFold(forms[i], "alleged") {
			continue
		}
		switch tg.upos[out[i+1]] {
		case "NOUN", "PROPN", "ADJ", "NUM":
			out[i] = tg.jj
		}
	}
	// and any past participle right after a gerund (not "having",
	// "being", "getting"), before a noun: "was hiding banned weapons"
	for i := 1; i+1 < len(out); i++ {
		if tg.xpos[out[i]] != "VBN" || tg.xpos[out[i-1]] != "VBG" || !tg.mayBe(forms[i], tg.jj) {
			continue
		}
		switch strings.ToLower(forms[i-1]) {
		case "having", "being", "getting", "becoming", "seeming":
			continue
		}
		if u := tg.upos[out[i+1]]; u == "NOUN" || u == "ADJ" {
			out[i] = tg.jj
		}
	}
}

// fightingBetween (applied at run time, after tag) retags as a noun a
// gerund that opens a sentence before "between" when a finite verb
// follows: "Fighting between Ethiopian troops and Tigrayan forces spread
// to Amhara" is about the fighting.
func (tg *tagger) fightingBetween(forms []string, out []int) {
	if tg.nn < 0 || len(out) < 4 || tg.xpos[out[0]] != "VBG" || !strings.EqualFold(forms[1], "between") {
		return
	}
	if slices.ContainsFunc(out[2:], func(c int) bool { return tg.finite[c] }) {
		out[0] = tg.nn
	}
}

// openingFighting (applied at run time, after tag) retags a gerund of
// fighting after an opening capitalized word and right before a finite
// verb as a noun, and the word before as its adjective: "Fierce fighting
// raged near the border" had "Fierce" read as a name and "fighting" as
// its verb.
func (tg *tagger) openingFighting(forms []string, out []int) {
	if tg.nn >= 0 && tg.jj >= 0 && len(out) >= 4 && tg.xpos[out[1]] == "VBG" && conflictGerunds[strings.ToLower(forms[1])] && tg.finite[out[2]] &&
		(tg.xpos[out[0]] == "JJ" || tg.xpos[out[0]] == "NNP") && capitalized(forms[0]) {
		out[0], out[1] = tg.jj, tg.nn
	}
}

// conflictGerunds are -ing nouns of fighting that open wire sentences
// after an adjective ("Heavy fighting", "Fierce shelling").
var conflictGerunds = map[string]bool{"fighting": true, "shelling": true, "bombing": true, "gunfire": true, "rioting": true, "looting": true, "firing": true}

// possessedGerund (applied at run time, after tag) retags as an adjective
// "ruling", "governing" or "warring" right after a possessive and before
// a noun: "Mali's ruling junta" (the parse read "ruling" as a clause with
// "junta" its object). UD tags such modifiers VERB, so other gerunds are
// left alone.
func (tg *tagger) possessedGerund(forms []string, out []int) {
	if tg.jj < 0 {
		return
	}
	for i := 1; i+1 < len(out); i++ {
		if tg.xpos[out[i]] != "VBG" || tg.xpos[out[i-1]] != "POS" || tg.upos[out[i+1]] != "NOUN" && tg.upos[out[i+1]] != "PROPN" {
			continue
		}
		if w := strings.ToLower(forms[i]); w == "ruling" || w == "governing" || w == "warring" {
			out[i] = tg.jj
		}
	}
}

// appositivePassive (applied at run time, after tag, before finiteVerb)
// retags as a past participle a past tense right before "by" in a noun
// phrase set off by a comma: "dissolved all parties on Monday, a decision
// quickly condemned by the African Union" is about the dissolving, and
// the decision was condemned.
func (tg *tagger) appositivePassive(forms []string, out []int) {
	if tg.vbn < 0 {
		return
	}
	for i := 3; i+1 < len(out); i++ {
		if tg.xpos[out[i]] != "VBD" || !strings.EqualFold(forms[i+1], "by") || !strings.HasSuffix(strings.ToLower(forms[i]), "ed") {
			continue
		}
		n := i - 1
		if tg.upos[out[n]] == "ADV" {
			n--
		}
		if n >= 2 && tg.upos[out[n]] == "NOUN" && tg.upos[out[n-1]] == "DET" && forms[n-2] == "," {
			out[i] = tg.vbn
		}
	}
}

// closedPreps are prepositions that a finite verb cannot follow directly.
var closedPreps = map[string]bool{
	"after": true, "before": true, "amid": true, "amidst": true, "despite": true, "during": true,
	"following": true, "between": true, "among": true, "against": true, "without": true,
}

// verbInNoun (applied at run time, after tag) retags as past tense (VBD)
// the first word of a sentence with no verb before it (and none after it in
// its own clause) that was seen in
// training as a past tense or participle, right after a noun and before a
// phrase:
// "Kenyan police shot dead two protesters" had "police shot" as a noun.
func (tg *tagger) verbInNoun(forms []string, out []int) {
	if tg.vbd < 0 {
		return
	}
	for i := 1; i+1 < len(out); i++ {
		if u := tg.upos[out[i]]; u == "VERB" || u == "AUX" {
			return // a verb before: the sentence has its clause
		}
		if tg.upos[out[i]] != "NOUN" || tg.xpos[out[i]] != "NN" {
			continue
		}
		if u := tg.upos[out[i-1]]; u != "NOUN" && u != "PROPN" {
			continue
		}
		next := i + 1
		if particles[strings.ToLower(forms[next])] && next+1 < len(out) {
			next++ // "Poland shot down a Russian drone"
		}
		switch tg.upos[out[next]] {
		case "DET", "NUM", "ADJ", "PROPN", "PRON":
		default:
			continue
		}
		if tg.verbAfter(out, next) {
			continue // the clause has its verb later: "police shot ... were ...", keep the noun
		}
		if cs, ok := tg.cands[normQuotes(forms[i])]; ok && strings.ContainsFunc(cs, func(r rune) bool { x := tg.xpos[r]; return x == "VBD" || x == "VBN" }) {
			out[i] = tg.vbd // "shot": seen as a participle, a past tense here
			return
		}
	}
}

// unseenPast (applied at run time, after tag) retags as past tense (VBD)
// the simple past of an irregular verb that training never saw, read as
// another part of speech right after a noun or pronoun: "and Japan froze
// new aid loans" had "froze" as an adverb.
func (tg *tagger) unseenPast(forms []string, out []int) {
	if tg.vbd < 0 {
		return
	}
	for i := 1; i < len(out); i++ {
		f := normQuotes(forms[i])
		if !irregularPast(f) || pastHomographs[f] {
			continue // (and "Marie Heard", "Desert Rose": names)
		}
		if _, known := tg.cands[f]; known {
			continue
		}
		if u, x := tg.upos[out[i]], tg.xpos[out[i]]; u == "AUX" || u == "VERB" && (x == "VBD" || x == "VBN") {
			continue // (a present, "Courts upheld the ban" with VBP, is a past too)
		}
		if u := tg.upos[out[i-1]]; u == "NOUN" || u == "PROPN" || u == "PRON" {
			out[i] = tg.vbd
		}
	}
}

// pastHomographs are irregular past forms that are also common nouns or
// adjectives ("a bit", "bound for", "fed up").
var pastHomographs = map[string]bool{
	"bit": true, "bound": true, "bent": true, "fed": true, "lay": true, "left": true, "found": true,
	"ground": true, "saw": true, "felt": true, "wound": true, "rose": true, "shot": true, "spoke": true,
	"lit": true, "fell": true, "led": true, "read": true, "hid": true, "ate": true, "wore": true,
	"dove": true, "sang": true, "bore": true, "lent": true, "stove": true,
}

// nameThenInfinitive (applied at run time, after tag) retags as past tense
// (VBD) a participle right after a proper noun or a plural noun when an
// infinitive follows it, perhaps after a day: "The Economic Community of
// West African States threatened on Sunday to use force" had "threatened"
// as a participle modifying "States", and so had "Opposition parties
// threatened on Friday to boycott the election". Such nouns are seldom
// modified by a reduced relative with an infinitive ("the man asked to
// leave" has a singular common noun). On the treebanks: EWT dev +5 heads,
// GUM dev -1, EWT train -9, the test sets unchanged.
func (tg *tagger) nameThenInfinitive(forms []string, out []int) {
	if tg.vbd < 0 {
		return
	}
	for i := 1; i+2 < len(out); i++ {
		if tg.xpos[out[i]] != "VBN" || tg.upos[out[i-1]] != "PROPN" && tg.xpos[out[i-1]] != "NNS" || !strings.HasSuffix(strings.ToLower(forms[i]), "ed") {
			continue
		}
		j := i + 1
		if strings.EqualFold(forms[j], "on") && j+2 < len(out) && tg.upos[out[j+1]] == "PROPN" {
			j += 2 // "on Sunday"
		}
		if j+1 < len(out) && strings.EqualFold(forms[j], "to") && tg.xpos[out[j+1]] == "VB" {
			if cs, known := tg.cands[normQuotes(forms[i])]; !known || strings.IndexByte(cs, byte(tg.vbd)) >= 0 {
				out[i] = tg.vbd
			}
		}
	}
}

// pastInClause (applied at run time, after tag) retags as past tense (VBD)
// a participle read as a modifier right after a noun when a subordinator
// before it opens a clause that has no verb yet: "fled into Macedonia as
// Serbian police shelled villages" had "shelled villages" as a noun phrase.
func (tg *tagger) pastInClause(forms []string, out []int) {
	if tg.vbd < 0 {
		return
	}
	open := false // a subordinator with no verb after it yet
	for i := range out {
		u, x := tg.upos[out[i]], tg.xpos[out[i]]
		if u == "VERB" || u == "AUX" {
			if open && x == "VBN" && i+1 < len(out) && strings.HasSuffix(strings.ToLower(forms[i]), "ed") {
				switch p := tg.upos[out[i-1]]; {
				case p != "NOUN" && p != "PROPN":
				case !clauseStarts[tg.upos[out[i+1]]]:
				default:
					out[i] = tg.vbd
				}
			}
			open = false
			continue
		}
		if opensClause(strings.ToLower(forms[i])) {
			open = true
		}
	}
}

// regnalNumber (applied at run time, after tag) runs finiteVerb with a
// Roman numeral of two letters or more after a proper noun read as part
// of the name, as the word before a participle: "Pope John Paul II called
// for" had "called" as a participle. The numeral keeps its tag (NUM, as
// in the treebanks).
func (tg *tagger) regnalNumber(forms []string, out []int) {
	if tg.nnp < 0 {
		return
	}
	var kept [4]int
	var at [4]int
	n := 0
	for i := 1; i < len(out) && n < len(at); i++ {
		if f := forms[i]; len(f) >= 2 && len(f) <= 4 && strings.Trim(f, "IVX") == "" && tg.xpos[out[i-1]] == "NNP" && tg.upos[out[i]] == "NUM" {
			kept[n], at[n] = out[i], i
			out[i] = tg.nnp
			n++
		}
	}
	if n == 0 {
		return
	}
	tg.finiteVerb(forms, out)
	for k := range n {
		out[at[k]] = kept[k]
	}
}

// toPhrasalVerb (applied at run time, after tag) tags as an infinitive a
// singular noun after "to" that can be a verb and has a particle after it,
// and "hand" before "power" or "control": "urged the militaries to hand
// over power" had "hand" a noun, and the appeal no complement. A singular
// noun that can be a verb, between a plural noun or "they" or "we" and a
// particle with a noun phrase after it, is a present tense (or a base
// form, if training saw no other): "demanded that Iraqi authorities hand
// over rebel leaders" had "authorities hand" a compound.
func (tg *tagger) toPhrasalVerb(forms []string, out []int) {
	if tg.vb < 0 || tg.to < 0 {
		return
	}
	for i := 1; i+2 < len(out) && tg.vbp >= 0; i++ {
		if tg.xpos[out[i]] != "NN" || !isLower(forms[i]) || !phrasalParticles[forms[i+1]] {
			continue
		}
		if p := strings.ToLower(forms[i-1]); tg.xpos[out[i-1]] != "NNS" && p != "they" && p != "we" {
			continue
		}
		if x := tg.xpos[out[i+2]]; x != "DT" && x != "PRP$" && x != "CD" && x != "JJ" && x != "NNS" && x != "NNP" && x != "NNPS" {
			continue
		}
		switch cs := tg.cands[forms[i]]; {
		case cs == "":
			// a word too rare for its tags to be listed: no evidence
			// it is a verb ("North Korea fires missile over Japan")
		case strings.IndexByte(cs, byte(tg.vbp)) >= 0:
			out[i] = tg.vbp
		case strings.IndexByte(cs, byte(tg.vb)) >= 0:
			out[i] = tg.vb // a verb seen only in its base form ("hand")
		}
	}
	for i := 1; i+1 < len(out); i++ {
		if !strings.EqualFold(forms[i-1], "to") || tg.xpos[out[i]] != "NN" || !isLower(forms[i]) {
			continue
		}
		if next := strings.ToLower(forms[i+1]); !phrasalParticles[next] && !(forms[i] == "hand" && (next == "power" || next == "control")) {
			continue // ("to hand power to civilians")
		}
		if !tg.mayBe(forms[i], tg.vb) {
			continue // never a verb in training
		}
		out[i-1], out[i] = tg.to, tg.vb
	}
}

// compassName (applied at run time, after tag) tags as a proper noun a
// capitalized point of the compass read as an adverb before a capitalized
// word: "East German police arrested" opened with an adverb, and the
// police were Germany's.
func (tg *tagger) compassName(forms []string, out []int) {
	if tg.nnp < 0 {
		return
	}
	for i := 0; i+1 < len(out); i++ {
		switch forms[i] {
		case "East", "West", "North", "South":
		default:
			continue
		}
		if tg.upos[out[i]] == "ADV" && capitalized(forms[i+1]) && tg.upos[out[i+1]] != "VERB" && tg.upos[out[i+1]] != "AUX" {
			out[i] = tg.nnp
		}
	}
}

// adjectiveOnly (applied at run time, after tag) tags as an adjective a
// word that is never a noun, read as one: "found opposition leader Alexei
// Navalny guilty of embezzlement" had "guilty" a noun in apposition.
func (tg *tagger) adjectiveOnly(forms []string, out []int) {
	if tg.jj < 0 {
		return
	}
	for i := 1; i < len(out); i++ {
		if onlyAdjectives[forms[i]] && tg.upos[out[i]] == "NOUN" {
			out[i] = tg.jj
		}
	}
}

// onlyAdjectives are words never used as nouns.
var onlyAdjectives = map[string]bool{"guilty": true, "liable": true}

// attributiveParticiple (applied at run time, after tag) tags as an
// adjective, for the parser, a past participle between an article and a
// name, and appends its index to at: "militants of the outlawed PKK
// declared" had the PKK the participle's object and "declared" a clause of
// the militants. The treebanks tag such words VBN: the caller gives them
// that tag back after parsing.
func (tg *tagger) attributiveParticiple(forms []string, out []int, at []int) []int {
	if tg.jj < 0 {
		return at
	}
	for i := 1; i+1 < len(out); i++ {
		switch strings.ToLower(forms[i-1]) {
		case "the", "a", "an":
		default:
			continue
		}
		if tg.xpos[out[i]] == "VBN" && tg.upos[out[i+1]] == "PROPN" && isLower(forms[i]) {
			out[i] = tg.jj
			at = append(at, i)
		}
	}
	return at
}

// talksNoun (applied at run time, after tag) retags as a plural noun
// "talks" read as a present tense after "that" and before "with" or
// "between", when a modal follows within the clause: "optimistic that
// talks with the rebels would resume" is about the talks.
func (tg *tagger) talksNoun(forms []string, out []int) {
	if tg.nns < 0 {
		return
	}
	for i := 1; i+1 < len(out); i++ {
		if forms[i] != "talks" || tg.xpos[out[i]] != "VBZ" || !strings.EqualFold(forms[i-1], "that") {
			continue
		}
		if n := strings.ToLower(forms[i+1]); n != "with" && n != "between" {
			continue
		}
		for j := i + 2; j < len(out) && j <= i+8; j++ {
			if tg.xpos[out[j]] == "MD" {
				out[i] = tg.nns
				if tg.sconj >= 0 {
					out[i-1] = tg.sconj // and "that" opens the clause
				}
				break
			}
			if tg.upos[out[j]] == "VERB" || forms[j] == "," {
				break
			}
		}
	}
}

// demandsNoun (applied at run time, after tag) retags as a plural noun a
// present tense of a noun of speech ("demands", "calls", "offers") right
// after the noun that follows a past tense: "rejected opposition demands
// for a new election" had "demands" a verb, and the rejection a clause.
func (tg *tagger) demandsNoun(forms []string, out []int) {
	if tg.nns < 0 {
		return
	}
	for i := 2; i < len(out); i++ {
		if tg.xpos[out[i]] != "VBZ" || !speechNouns[forms[i]] {
			continue
		}
		if tg.xpos[out[i-1]] == "NN" && tg.xpos[out[i-2]] == "VBD" {
			out[i] = tg.nns
			continue
		}
		// "rebuffing United Nations appeals": after a name that follows a
		// verb, the name's appeals
		j := i - 1
		for j >= 0 && (tg.xpos[out[j]] == "NNP" || tg.xpos[out[j]] == "NNPS") {
			j--
		}
		if j >= 0 && j < i-1 {
			switch tg.xpos[out[j]] {
			case "VBG", "VBD", "VB", "VBP", "VBZ":
				out[i] = tg.nns
			}
		}
	}
}

// speechNouns are plural nouns of speech acts that are also present
// tenses.
var speechNouns = map[string]bool{
	"demands": true, "calls": true, "appeals": true, "offers": true, "proposals": true, "claims": true,
	"threats": true, "pleas": true, "requests": true, "protests": true, "accusations": true, "warnings": true,
}

// phrasalParticles follow the verbs of phrasal verbs: "hand over", "step
// down".
var phrasalParticles = map[string]bool{"over": true, "down": true, "up": true, "off": true, "out": true, "back": true}

// nounForms (applied at run time, after tag) retags as nouns two kinds of
// word the tagger reads as modifiers or verbs at the end of a noun phrase:
// an -ing noun after a noun ("closed its main border crossing with
// Afghanistan" had "crossing" as a gerund), and "national" or "local"
// after an adjective of nationality, with no noun after it ("pardoned a
// Saudi national convicted of spying" had "national" as an adjective);
// and a present after "a" and a plural noun ("an arms embargo"); and a
// noun of people in -men opening the sentence, read as a name ("Gunmen").
func (tg *tagger) nounForms(forms []string, out []int) {
	if tg.nn < 0 || tg.nns < 0 {
		return
	}
	for i, f := range forms {
		if tg.nnp >= 0 && tg.upos[out[i]] == "NUM" && modelName(f) {
			out[i] = tg.nnp // "F-16", "MiG-29": names, not numbers
		}
		if tg.nnp >= 0 && i > 0 && i+1 < len(forms) && nameParticles[f] && tg.xpos[out[i-1]] == "NNP" && tg.xpos[out[i+1]] == "NNP" &&
			(tg.upos[out[i]] == "VERB" || tg.upos[out[i]] == "AUX") {
			out[i] = tg.nnp // "Dar es Salaam", "Sharm el Sheikh": a particle of the name, not a verb
		}
	}
	if len(out) > 1 && (tg.xpos[out[0]] == "NNP" || tg.xpos[out[0]] == "NNPS") && forms[1] == strings.ToLower(forms[1]) {
		// "Gunmen armed with rifles attacked": a capital opening the
		// sentence makes no name of a noun of people the treebanks lack
		if f := strings.ToLower(forms[0]); menNouns[f] {
			out[0] = tg.nn
			if strings.HasSuffix(f, "men") {
				out[0] = tg.nns
			}
		}
	}
	for i := 1; i < len(out); i++ {
		next := ""
		if i+1 < len(out) {
			next = tg.upos[out[i+1]]
		}
		ends := next == "" || next == "ADP" || next == "PUNCT" || next == "CCONJ" || next == "VERB" && tg.xpos[out[i+1]] == "VBN"
		f := strings.ToLower(forms[i])
		switch {
		case tg.xpos[out[i]] == "VBG" && ingNouns[f] && tg.xpos[out[i-1]] == "NN" && ends && next != "VERB":
			out[i] = tg.nn
		case tg.upos[out[i]] == "ADJ" && (f == "national" || f == "local") && tg.upos[out[i-1]] == "ADJ" && ends && next != "CCONJ":
			out[i] = tg.nn // (but "local or international forces")
		case tg.upos[out[i]] == "ADJ" && (f == "nationals" || f == "locals") && ends && next != "CCONJ":
			out[i] = tg.nns
		case i >= 2 && (tg.xpos[out[i]] == "VBP" || tg.xpos[out[i]] == "VB" || tg.xpos[out[i]] == "VBG" && !strings.HasSuffix(f, "ing")) && tg.xpos[out[i-1]] == "NNS" && !strings.HasSuffix(f, "s"):
			// "an arms embargo", "a weapons shipment", "an 18-year arms
			// embargo": "a" and a plural open a compound whose head comes
			// next; so does a possessive before "arms" or "weapons" ("its
			// arms embargo"; but "its troops control")
			if !auxiliaries[f] && tg.compoundOpens(forms, out, i-1) {
				out[i] = tg.nn
			}
		}
	}
}

// compoundOpens reports whether the plural noun at p opens a compound:
// "a" or "an" comes before it, perhaps across numbers, adjectives and
// hyphenated words ("an 18-year arms"), or a possessive comes right before
// "arms" or "weapons".
func (tg *tagger) compoundOpens(forms []string, out []int, p int) bool {
	if w := strings.ToLower(forms[p]); (w == "arms" || w == "weapons") && p >= 1 {
		switch strings.ToLower(forms[p-1]) {
		case "its", "their", "his", "her", "our", "'s", "’s":
			return true
		}
	}
	for k := p - 1; k >= 0 && k >= p-5; k-- {
		switch w := strings.ToLower(forms[k]); {
		case w == "a" || w == "an":
			return true
		case w == "-" || k+1 < len(forms) && forms[k+1] == "-" || k >= 1 && forms[k-1] == "-":
			continue // "18-year"
		case tg.upos[out[k]] == "ADJ" && w != "many" && w != "few":
			continue // ("a story countless other jokes have told": "story" ends a phrase; "a great many people fear": a quantity)
		}
		return false
	}
	return false
}

// nameParticles are the lower-case words inside Arabic, Spanish, French
// and Dutch names.
var nameParticles = map[string]bool{
	"es": true, "el": true, "al": true, "ul": true, "ed": true, "de": true, "da": true, "di": true, "du": true,
	"la": true, "le": true, "bin": true, "ibn": true, "abu": true, "van": true, "von": true, "der": true, "y": true,
}

// modelName reports whether f names a model of weapon or the like:
// letters, the first a capital, a hyphen and digits ("F-16", "S-400").
func modelName(f string) bool {
	k := strings.IndexByte(f, '-')
	return k > 0 && k <= 5 && k < len(f)-1 && f[0] >= 'A' && f[0] <= 'Z' && strings.TrimLeft(f[k+1:], "0123456789") == "" &&
		strings.TrimLeft(strings.ToLower(f[:k]), "abcdefghijklmnopqrstuvwxyz") == ""
}

// menNouns are nouns of people in -man and -men, few of them in the
// treebanks, that news opens sentences with.
var menNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields("gun police militia tribes clans fisher service spokes kins herds congress " +
		"law frog horse assembly council fire sea air business work news camera chair states trades " +
		"infantry marks rifle crafts country noble sales bands lines") {
		menNouns[w+"man"], menNouns[w+"men"] = true, true
	}
}

// ingNouns are nouns in -ing that news puts after another noun ("border
// crossing", "cabinet meeting", "suicide bombing").
// ("a gunman shooting at police", "a bird sitting on the eggs": verbs
// after a noun are left alone).
var ingNouns = map[string]bool{
	"crossing": true, "meeting": true, "building": true, "bombing": true, "uprising": true,
	"hearing": true, "ruling": true, "funding": true, "spending": true, "offering": true,
	"gathering": true, "briefing": true, "opening": true,
}

// clauseStarts are the tags that can open a verb's object.
var clauseStarts = map[string]bool{"NOUN": true, "PROPN": true, "DET": true, "NUM": true, "ADJ": true, "PRON": true}

// particles are the adverbs of phrasal verbs of force ("shot down").
var particles = map[string]bool{"down": true, "up": true, "off": true, "out": true}

// verbAfter reports whether a verb of the main clause follows position
// i: one not in a relative clause (after "that", "which", "who").
func (tg *tagger) verbAfter(out []int, i int) bool {
	for k := i + 1; k < len(out); k++ {
		if x := tg.xpos[out[k]]; x == "WDT" || x == "WP" || x == "IN" {
			return false // what follows is another clause's
		}
		if u := tg.upos[out[k]]; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// tag2Margin: the second pass leaves alone the words whose first-pass margin
// between the best and the second-best tag is at least this large.
var tag2Margin float32 = 50

// pass runs one greedy pass: the first when r is nil (recording each word's
// margin), else the second.
func (tg *tagger) pass(forms []string, ws []wf, r []int, out []int, margins []float32) {
	var fbuf [64]uint64
	var sbuf [256]int32
	feats := fbuf[:0]
	scores := sbuf[:len(tg.classes)]
	p1, p2 := startHash, start2Hash
	var vctx []uint8
	if r != nil {
		vctx = tg.verbContext(r, nil)
	}
	for i := range ws {
		var c int
		ok := r != nil && margins[i] >= tag2Margin // kept from the first pass (dictionary words too)
		if ok {
			c = r[i]
		}
		f := ""
		noAux, noWh := false, false
		if !ok {
			f = normQuotes(forms[i])
			c, ok = tg.dict[f]
		}
		var cs string
		if !ok {
			cs = tg.cands[f]
			if cs == "" && tg.runtime {
				c, ok = tg.elided(f)
				if !ok && (nounSuffix(f) || tg.pluralCompound(f)) {
					cs = tg.nominal // "Chechen separatists attacked", "Turkish warplanes bombed": never a verb
				}
				// "warplanes struck suspected positions": auxiliaries are
				// a closed class (the full scores are read, faster than a
				// subset this large)
				noAux = !ok && cs == "" && !auxiliaries[strings.ToLower(f)]
				// "Human Rights Watch accused": a capitalized word
				// inside the sentence that training saw too seldom to
				// list is no wh-word (it read "Watch" as "which")
				noWh = noAux && i > 0 && capitalized(f)
			}
		}
		if !ok {
			if len(cs) == 1 {
				c, ok = int(cs[0]), true // the only tag seen: scoring would pick it
			}
		}
		if !ok {
			m := tg.model
			if r == nil {
				feats = tg.features(ws, i, p1, p2, feats[:0])
			} else {
				feats = tg.features2(ws, i, p1, p2, r, vctx, feats[:0])
				m = tg.model2
			}
			second := int32(math.MinInt32)
			if cs != "" {
				m.scoreSubset(feats, cs, scores)
				c = int(cs[0])
				for k := 1; k < len(cs); k++ {
					if v := scores[cs[k]]; v > scores[c] {
						second = scores[c]
						c = int(cs[k])
					} else if v > second {
						second = v
					}
				}
			} else {
				m.score(feats, scores)
				c = argmaxI(scores)
				if noAux && tg.aux[c] || noWh && tg.wh[c] {
					c = -1
					for k, v := range scores {
						if !tg.aux[k] && !(noWh && tg.wh[k]) && (c < 0 || v > scores[c]) {
							c = k
						}
					}
				}
				for k, v := range scores {
					if k != c && v > second && !(noAux && tg.aux[k]) && !(noWh && tg.wh[k]) {
						second = v
					}
				}
			}
			if r == nil {
				margins[i] = float32(int64(scores[c])-int64(second)) * m.scale
			}
		} else if r == nil {
			margins[i] = 1e30
		}
		out[i] = c
		p2 = p1
		p1 = uint64(c) + 1
	}
}

// trainSecondPass trains model2 from the jackknifed first-pass classes jk
// (one slice per training sentence, aligned with train).
func (tg *tagger) trainSecondPass(train, dev []TreebankSentence, jk [][]int, epochs int, seed int64, bits uint, logf func(string, ...any)) {
	tr := tg.examples(train)
	for i := range tr {
		tr[i].first = jk[i]
	}
	dv := tg.examples(dev)
	p := newTrainer(bitsOr(bits, tagBits), len(tg.classes))
	rng := rand.New(rand.NewSource(seed))
	scores := make([]float32, len(tg.classes))
	var feats []uint64
	first := tg.model2
	tg.model2 = nil
	bestAcc := tg.accuracy(dv)
	logf("tagger first pass: dev UPOS %.4f", bestAcc)
	best := first
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(tr), func(i, j int) { tr[i], tr[j] = tr[j], tr[i] })
		for _, e := range tr {
			p1, p2 := startHash, start2Hash
			vctx := tg.verbContext(e.first, nil)
			for i := range e.ws {
				var c int
				if dc, ok := tg.dict[normQuotes(e.forms[i])]; ok {
					c = dc
				} else {
					feats = tg.features2(e.ws, i, p1, p2, e.first, vctx, feats[:0])
					p.score(feats, scores)
					c = tg.best(normQuotes(e.forms[i]), scores)
					if e.gold[i] >= 0 {
						p.update(feats, e.gold[i], c)
					}
				}
				p2, p1 = p1, uint64(c)+1
			}
		}
		tg.model2 = p.averaged(tagPrune)
		acc := tg.accuracy(dv)
		logf("tagger second pass epoch %d: dev UPOS %.4f", ep+1, acc)
		if acc > bestAcc {
			bestAcc, best = acc, tg.model2
		}
	}
	tg.model2 = best
}

func (tg *tagger) examples(ss []TreebankSentence) []tagEx {
	idx := map[string]int{}
	for i, c := range tg.classes {
		idx[c] = i
	}
	out := make([]tagEx, len(ss))
	for i, s := range ss {
		e := tagEx{forms: make([]string, len(s.Words)), ws: make([]wf, len(s.Words)), gold: make([]int, len(s.Words))}
		for j, w := range s.Words {
			e.forms[j] = w.Form
			e.ws[j] = makeWF(w.Form, tg.amb)
			c, ok := idx[w.UPOS+"\t"+w.XPOS]
			if !ok {
				c = -1
			}
			e.gold[j] = c
		}
		out[i] = e
	}
	return out
}

func argmax(s []float32) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

// trainTagger learns a tagger from sentences; dev, if not nil, selects the
// best epoch. logf reports progress.
func trainTagger(train, dev []TreebankSentence, epochs int, seed int64, bits uint, logf func(string, ...any)) *tagger {
	tg := &tagger{dict: map[string]int{}, amb: map[string]uint32{}, cands: map[string]string{}}
	classIdx := map[string]int{}
	formCounts := map[string]map[int]int{}
	lowerCounts := map[string]map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			k := w.UPOS + "\t" + w.XPOS
			c, ok := classIdx[k]
			if !ok {
				c = len(tg.classes)
				classIdx[k] = c
				tg.classes = append(tg.classes, k)
				tg.upos = append(tg.upos, w.UPOS)
				tg.xpos = append(tg.xpos, w.XPOS)
			}
			f := normQuotes(w.Form)
			if formCounts[f] == nil {
				formCounts[f] = map[int]int{}
			}
			formCounts[f][c]++
			l := strings.ToLower(f)
			if lowerCounts[l] == nil {
				lowerCounts[l] = map[string]int{}
			}
			lowerCounts[l][w.XPOS]++
		}
	}
	for f, m := range formCounts {
		n, best, bc := 0, 0, -1
		for c, k := range m {
			n += k
			if k > best || (k == best && c < bc) {
				best, bc = k, c
			}
		}
		if n >= 20 && float64(best)/float64(n) >= 0.995 {
			tg.dict[f] = bc
		} else if n >= candMin {
			var cs []byte
			for c := range m {
				cs = append(cs, byte(c))
			}
			sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
			tg.cands[f] = string(cs)
		}
	}
	tg.amb = buildAmb(lowerCounts)
	tg.initFinite()
	mk := func(ss []TreebankSentence) []tagEx {
		out := make([]tagEx, len(ss))
		for i, s := range ss {
			e := tagEx{forms: make([]string, len(s.Words)), ws: make([]wf, len(s.Words)), gold: make([]int, len(s.Words))}
			for j, w := range s.Words {
				e.forms[j] = w.Form
				e.ws[j] = makeWF(w.Form, tg.amb)
				c, ok := classIdx[w.UPOS+"\t"+w.XPOS]
				if !ok {
					c = -1
				}
				e.gold[j] = c
			}
			out[i] = e
		}
		return out
	}
	tr := mk(train)
	dv := mk(dev)
	p := newTrainer(bitsOr(bits, tagBits), len(tg.classes))
	rng := rand.New(rand.NewSource(seed))
	scores := make([]float32, len(tg.classes))
	var feats []uint64
	var best *qmodel
	bestAcc := -1.0
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(tr), func(i, j int) { tr[i], tr[j] = tr[j], tr[i] })
		correct, total := 0, 0
		for _, e := range tr {
			p1, p2 := startHash, start2Hash
			for i := range e.ws {
				var c int
				if dc, ok := tg.dict[normQuotes(e.forms[i])]; ok {
					c = dc
				} else {
					feats = tg.features(e.ws, i, p1, p2, feats[:0])
					p.score(feats, scores)
					c = tg.best(normQuotes(e.forms[i]), scores)
					p.update(feats, e.gold[i], c)
				}
				if c == e.gold[i] {
					correct++
				}
				total++
				p2, p1 = p1, uint64(c)+1
			}
		}
		tg.model = p.averaged(tagPrune)
		acc := tg.accuracy(dv)
		logf("tagger epoch %d: train %.4f dev UPOS+XPOS %.4f", ep+1, float64(correct)/float64(total), acc)
		if acc > bestAcc {
			bestAcc, best = acc, tg.model
		}
	}
	tg.model = best
	return tg
}

type tagEx struct {
	forms []string
	ws    []wf
	gold  []int
	first []int // jackknifed first-pass classes, for the second pass
}

// accuracy returns the UPOS accuracy on examples.
func (tg *tagger) accuracy(exs []tagEx) float64 {
	n, ok := 0, 0
	var pred []int
	for _, e := range exs {
		pred = append(pred[:0], make([]int, len(e.ws))...)
		tg.tag(e.forms, e.ws, pred)
		for i, g := range e.gold {
			n++
			if g >= 0 && tg.upos[g] == tg.upos[pred[i]] {
				ok++
			}
		}
	}
	return float64(ok) / float64(max(n, 1))
}

// setClasses fills upos and xpos from classes.
func (tg *tagger) setClasses() {
	tg.upos = make([]string, len(tg.classes))
	tg.xpos = make([]string, len(tg.classes))
	for i, c := range tg.classes {
		u, x, _ := strings.Cut(c, "\t")
		tg.upos[i], tg.xpos[i] = u, x
	}
	tg.initFinite()
}

// tagClasses returns the predicted class names ("UPOS\tXPOS") of treebank words.
func (tg *tagger) tagClasses(ws []Word) []string {
	forms := make([]string, len(ws))
	w := make([]wf, len(ws))
	for i, x := range ws {
		forms[i] = x.Form
		w[i] = makeWF(x.Form, tg.amb)
	}
	tags := make([]int, len(ws))
	tg.tag(forms, w, tags)
	out := make([]string, len(ws))
	for i, c := range tags {
		out[i] = tg.classes[c]
	}
	return out
}

// best returns the best-scoring class allowed for form.
func (tg *tagger) best(form string, scores []float32) int {
	cs, ok := tg.cands[form]
	if !ok {
		return argmax(scores)
	}
	c := int(cs[0])
	for k := 1; k < len(cs); k++ {
		if scores[cs[k]] > scores[c] {
			c = int(cs[k])
		}
	}
	return c
}

// buildAmb assigns an ambiguity class (the set of XPOS tags with at least 5%
// of its occurrences) to every lowercased form seen at least 3 times.
func buildAmb(lowerCounts map[string]map[string]int) map[string]uint32 {
	amb := map[string]uint32{}
	ambIDs := map[string]uint32{}
	for _, l := range sortedKeys(lowerCounts) {
		m := lowerCounts[l]
		n := 0
		for _, k := range m {
			n += k
		}
		if n < 3 {
			continue
		}
		var set []string
		for t, k := range m {
			if float64(k)/float64(n) >= 0.05 {
				set = append(set, t)
			}
		}
		sort.Strings(set)
		key := strings.Join(set, " ")
		id, ok := ambIDs[key]
		if !ok {
			id = uint32(len(ambIDs))
			ambIDs[key] = id
		}
		amb[l] = id
	}
	return amb
}

// ambOf builds the ambiguity classes of treebank sentences.
func ambOf(ss []TreebankSentence) map[string]uint32 {
	lowerCounts := map[string]map[string]int{}
	for _, s := range ss {
		for _, w := range s.Words {
			l := strings.ToLower(normQuotes(w.Form))
			if lowerCounts[l] == nil {
				lowerCounts[l] = map[string]int{}
			}
			lowerCounts[l][w.XPOS]++
		}
	}
	return buildAmb(lowerCounts)
}

// elided tags a French or Italian word with an elided article that the
// treebanks never saw ("chargé d'affaires", "Côte d'Ivoire"): a noun, a
// proper one when capitalised after the apostrophe. Left to the model,
// "d'affaires" is a verb for its -s.
func (tg *tagger) elided(f string) (int, bool) {
	if len(f) < 5 || tg.nn < 0 || tg.nnp < 0 || f[1] != '\'' || !strings.ContainsRune("dDlL", rune(f[0])) {
		return 0, false
	}
	for _, r := range f[2:] {
		if !unicode.IsLetter(r) {
			return 0, false
		}
	}
	if r, _ := utf8.DecodeRuneInString(f[2:]); unicode.IsUpper(r) {
		return tg.nnp, true
	}
	return tg.nn, true
}

// pluralCompound reports whether the form f, unseen in training, is a
// compound whose last word is a plural noun of vessels and craft
// ("warplanes", "gunboats", "gunships", "airships"), which is never a verb.
func (tg *tagger) pluralCompound(f string) bool {
	if f != strings.ToLower(f) {
		return false
	}
	for _, head := range compoundHeads {
		if strings.HasSuffix(f, head) && len(f) >= len(head)+3 {
			return true
		}
	}
	return false
}

// compoundHeads are the plural nouns that end compounds of vessels and
// craft.
var compoundHeads = []string{"planes", "boats", "ships", "jets", "copters", "craft", "carriers"}

// nounSuffixes end words that are nouns or adjectives, never verbs.
var nounSuffixes = []string{"ists", "isms", "ism", "ities", "ity", "ness", "hoods"}

// nounSuffix reports whether form f ends in a suffix of nouns and
// adjectives only ("separatists"; not "-tions": "mentions", "sanctions"): used for
// words the treebanks never showed, which the model may take for verbs by
// their -s.
func nounSuffix(f string) bool {
	l := strings.ToLower(f)
	if strings.HasSuffix(l, "ists") && len(l) > 5 && strings.IndexByte("sxwo", l[len(l)-5]) >= 0 || strings.HasSuffix(l, "enlists") ||
		strings.HasSuffix(l, "witness") || strings.HasSuffix(l, "harness") {
		return false // "insists", "exists", "twists", "hoists", "enlists", "witness": verbs
	}
	for _, suf := range nounSuffixes {
		if len(l) > len(suf)+2 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	// A verb and its particle written as one word are a noun: "hideouts",
	// "crackdown", "standoffs", "buildup" (but "shouts", "sprouts",
	// "scoff": no such verb before the particle).
	w := strings.TrimSuffix(l, "s")
	for _, prt := range []string{"out", "down", "up", "off"} {
		if before, ok := strings.CutSuffix(w, prt); ok && len(before) >= 3 && strings.ContainsAny(before, "aeiouy") {
			return true
		}
	}
	return false
}

// auxiliaries are the forms English auxiliaries take (UD's AUX: be, have,
// do, the modals and their contractions); a word the tagger knows too little
// to restrict is never given their tag unless it is one of them.
var auxiliaries = map[string]bool{
	"be": true, "is": true, "am": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"'s": true, "’s": true, "'re": true, "’re": true, "'m": true, "’m": true, "s": true, "re": true, "m": true,
	"have": true, "has": true, "had": true, "having": true, "'ve": true, "’ve": true, "'d": true, "’d": true, "ve": true, "d": true,
	"do": true, "does": true, "did": true, "done": true, "doing": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "ought": true, "'ll": true, "’ll": true, "ll": true, "wo": true, "ca": true, "sha": true, "ai": true, "v": true, "du": true,
	"´s": true, "´re": true, "´m": true, "´ve": true, "´d": true, "´ll": true,
	"get": true, "gets": true, "got": true, "gotten": true, "getting": true, "need": true, "dare": true, "used": true,
	"b": true, "r": true, "u": true, "wil": true, "wud": true, "cud": true, "shud": true, "dont": true, "cant": true, "wont": true, "im": true,
}

// finalReporter (applied at run time, after tag) retags as a past tense a
// reporting verb read as a participle at the end of a sentence, after a
// comma and the noun phrase of its speaker: "Jordan and Britain have
// agreed to hold exercises, a Jordanian official confirmed." had
// "confirmed" a participle modifying "official".
// openingQuote tags a single quotation mark that opens a quotation (a
// space before it, a word right after it) as an opening quote: in "called
// the judges 'crooks'", the mark before "crooks" is no possessive ending
// of "judges" (that one follows its word: "the judges' ruling").
func (tg *tagger) openingQuote(toks []Token, out []int) {
	if tg.lquote < 0 {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		if t := toks[i]; (t.Text == "'" || t.Text == "\u2018") && toks[i-1].End < t.Start && toks[i+1].Start == t.End {
			if r, _ := utf8.DecodeRuneInString(toks[i+1].Text); unicode.IsLetter(r) || unicode.IsDigit(r) {
				out[i] = tg.lquote
			}
		}
	}
}

func (tg *tagger) finalReporter(forms []string, out []int) {
	if tg.vbd < 0 || len(out) < 5 {
		return
	}
	v := len(out) - 1
	for v > 0 && tg.upos[out[v]] == "PUNCT" {
		v--
	}
	if tg.xpos[out[v]] != "VBN" || !finalReporters[strings.ToLower(forms[v])] || !tg.mayBe(forms[v], tg.vbd) {
		return
	}
	k := v - 1
	if !tg.nounTag(out[k]) {
		return
	}
	for k > 0 && (tg.nounTag(out[k]) || tg.upos[out[k]] == "ADJ" || tg.upos[out[k]] == "DET") {
		k--
	}
	if forms[k] != "," || k < 2 {
		return
	}
	out[v] = tg.vbd
}

// finalReporters are the past forms of verbs of saying that end a
// sentence after their speaker.
var finalReporters = map[string]bool{
	"said": true, "confirmed": true, "announced": true, "reported": true, "added": true,
	"stated": true, "claimed": true, "noted": true, "told": true, "declared": true,
}
