package nlp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lemmatizer maps (form, XPOS) to a lemma: first an exceptions table learnt
// from the treebanks' lemma column (overridden by a list of English irregular
// verbs), then suffix rules learnt from the same data, keyed by XPOS and the
// word's last letters.
type lemmatizer struct {
	table map[string]string // lower form + "\t" + XPOS -> edit script
	rules map[string]string // XPOS + "\t" + suffix -> edit script
}

// An edit script is "c|n|add": c is 'l' (lowercase the form first) or 'k'
// (keep case); n bytes are cut from the end, then add is appended. A script
// "=lemma" gives a cased lemma literally.

func editScript(form, lemma string) string {
	if lemma != strings.ToLower(lemma) && strings.EqualFold(lemma, form) {
		return "=" + lemma // a cased lemma spelt like the form: literal ("i" -> "I")
	}
	c := "k"
	base := form
	if lemma == strings.ToLower(lemma) {
		c = "l"
		base = strings.ToLower(form)
	}
	k := 0
	for k < len(base) && k < len(lemma) && base[k] == lemma[k] {
		k++
	}
	return c + "|" + strconv.Itoa(len(base)-k) + "|" + lemma[k:]
}

func applyScript(form, sc string) string {
	if strings.HasPrefix(sc, "=") {
		return sc[1:]
	}
	c, rest, ok1 := strings.Cut(sc, "|")
	num, add, ok2 := strings.Cut(rest, "|")
	if !ok1 || !ok2 {
		return form
	}
	if c == "l" {
		form = strings.ToLower(form)
	}
	n, err := strconv.Atoi(num)
	if err != nil || n > len(form) {
		return form
	}
	if n == 0 && add == "" {
		return form
	}
	return form[:len(form)-n] + add
}

func trainLemmatizer(ss []TreebankSentence) *lemmatizer {
	tab := map[string]map[string]int{}
	rul := map[string]map[string]int{}
	add := func(m map[string]map[string]int, k, v string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v]++
	}
	for _, s := range ss {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" {
				continue
			}
			f := normQuotes(w.Form)
			l := normQuotes(w.Lemma)
			sc := editScript(f, l)
			add(tab, strings.ToLower(f)+"\t"+w.XPOS, sc)
			add(tab, strings.ToLower(f)+"\t"+w.UPOS+"\t"+w.XPOS, sc)
			lf := strings.ToLower(f)
			if strings.HasPrefix(sc, "=") {
				continue // literal lemmas are not suffix rules
			}
			for k := 1; k <= 5; k++ {
				if utf8.RuneCountInString(lf) <= k {
					break
				}
				add(rul, w.XPOS+"\t"+suffix(lf, k), sc)
			}
		}
	}
	lm := &lemmatizer{table: map[string]string{}, rules: map[string]string{}}
	best := func(m map[string]int) (string, int, int) {
		b, bn, tot := "", -1, 0
		for k, n := range m {
			tot += n
			if n > bn || (n == bn && k < b) {
				b, bn = k, n
			}
		}
		return b, bn, tot
	}
	for k, m := range tab {
		b, _, _ := best(m)
		lm.table[k] = b
	}
	for k, m := range rul {
		b, bn, tot := best(m)
		if tot >= 3 && float64(bn)/float64(tot) >= 0.6 {
			lm.rules[k] = b
		}
	}
	// irregular verbs (general English morphology) override noisy lemmas
	set := func(form, xpos, base string) {
		sc := editScript(form, base)
		lm.table[form+"\t"+xpos] = sc
		lm.table[form+"\tVERB\t"+xpos] = sc
		lm.table[form+"\tAUX\t"+xpos] = sc
	}
	for _, line := range irregularVerbs {
		f := strings.Fields(line)
		base := f[0]
		for _, past := range strings.Split(f[1], "/") {
			set(past, "VBD", base)
			if f[2] == f[1] {
				set(past, "VBN", base)
			}
		}
		for _, pp := range strings.Split(f[2], "/") {
			set(pp, "VBN", base)
		}
	}
	return lm
}

// lemma returns the lemma of form with tags upos and xpos.
func (lm *lemmatizer) lemma(form, upos, xpos string) string {
	l := lm.lookup(form, upos, xpos)
	if (xpos == "VBD" || xpos == "VBN") && len(l) > 2 && len(form) == len(l)+2 && strings.HasSuffix(strings.ToLower(form), "eed") {
		// "freed", "decreed", "guaranteed": "-d" is the ending; the
		// treebanks' "freed" → "fre" and the learnt rules cut "-ed"
		return form[:len(form)-1]
	}
	if lf := strings.ToLower(form); (xpos == "VBD" || xpos == "VBN") && !lm.known(lf) {
		// "overran", "upheld": a prefix on an irregular past that no
		// treebank has keeps the verb's base
		for _, p := range verbPrefixes {
			if rest, ok := strings.CutPrefix(lf, p); ok && len(rest) >= 3 && irregularPast(rest) {
				return form[:len(p)] + lm.lookup(form[len(p):], upos, xpos)
			}
		}
	}
	return l
}

// known reports whether the lemma table holds the lower-case form lf as a
// past tense or participle.
func (lm *lemmatizer) known(lf string) bool {
	for _, x := range []string{"VBD", "VBN"} {
		if _, ok := lm.table[lf+"\t"+x]; ok {
			return true
		}
		if _, ok := lm.table[lf+"\tVERB\t"+x]; ok {
			return true
		}
	}
	return false
}

// lookup is lemma without the fix for "-eed".
func (lm *lemmatizer) lookup(form, upos, xpos string) string {
	f := normQuotes(form)
	lf := strings.ToLower(f)
	var buf [96]byte
	key := append(append(append(append(append(buf[:0], lf...), '\t'), upos...), '\t'), xpos...)
	if sc, ok := lm.table[string(key)]; ok {
		return applyScript(f, sc)
	}
	key = append(append(append(buf[:0], lf...), '\t'), xpos...)
	if sc, ok := lm.table[string(key)]; ok {
		return applyScript(f, sc)
	}
	// past tense and past participle share the regular form; a "present"
	// without its -s is a past the tagger missed ("froze" as VBZ)
	other := ""
	switch {
	case xpos == "VBD":
		other = "VBN"
	case xpos == "VBN":
		other = "VBD"
	case xpos == "VBZ" && !strings.HasSuffix(lf, "s"):
		other = "VBD"
	}
	if other != "" {
		key = append(append(append(buf[:0], lf...), '\t'), other...)
		if sc, ok := lm.table[string(key)]; ok {
			return applyScript(f, sc)
		}
	}
	if upos == "PROPN" {
		return f
	}
	if upos == "NUM" || upos == "PUNCT" || upos == "SYM" || upos == "X" {
		return f
	}
	if (xpos == "VBD" || xpos == "VBN") && strings.HasSuffix(lf, "lled") && len(lf) > 5 {
		return doubledL(f)
	}
	n := utf8.RuneCountInString(lf)
	for k := 5; k >= 1; k-- {
		if n <= k {
			continue
		}
		key := append(append(append(buf[:0], xpos...), '\t'), suffix(lf, k)...)
		if sc, ok := lm.rules[string(key)]; ok {
			return applyScript(f, sc)
		}
	}
	r, _ := utf8.DecodeRuneInString(f)
	if unicode.IsUpper(r) && f != strings.ToUpper(f) {
		return lf
	}
	return f
}

// irregularVerbs lists English irregular verbs: base, past, past participle.
var irregularVerbs = []string{
	"arise arose arisen", "awake awoke awoken", "be was/were been", "bear bore borne/born", "beat beat beaten",
	"become became become", "begin began begun", "bend bent bent", "bet bet bet", "bid bid bid", "bind bound bound",
	"bite bit bitten", "bleed bled bled", "blow blew blown", "break broke broken", "breed bred bred", "bring brought brought",
	"broadcast broadcast broadcast", "build built built", "burn burnt burnt", "burst burst burst", "buy bought bought",
	"cast cast cast", "catch caught caught", "choose chose chosen", "cling clung clung", "come came come", "cost cost cost",
	"creep crept crept", "cut cut cut", "deal dealt dealt", "dig dug dug", "do did done", "draw drew drawn",
	"dream dreamt dreamt", "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen", "feed fed fed",
	"feel felt felt", "fight fought fought", "find found found", "flee fled fled", "fling flung flung", "fly flew flown",
	"forbid forbade forbidden", "forecast forecast forecast", "foresee foresaw foreseen", "forget forgot forgotten",
	"forgive forgave forgiven", "freeze froze frozen", "get got gotten/got", "give gave given", "go went gone",
	"grow grew grown", "hang hung hung", "have had had", "hear heard heard", "hide hid hidden",
	"hit hit hit", "hold held held", "hurt hurt hurt", "keep kept kept", "kneel knelt knelt", "know knew known",
	"lay laid laid", "lead led led", "lean leant leant", "leap leapt leapt", "learn learnt learnt", "leave left left",
	"lend lent lent", "let let let", "lie lay lain", "light lit lit", "lose lost lost", "make made made", "mean meant meant",
	"meet met met", "mislead misled misled", "mistake mistook mistaken", "overcome overcame overcome", "overtake overtook overtaken",
	"overthrow overthrew overthrown", "pay paid paid", "prove proved proven", "put put put", "quit quit quit", "read read read",
	"rebuild rebuilt rebuilt", "rid rid rid", "ride rode ridden", "ring rang rung", "rise rose risen", "run ran run",
	"say said said", "see saw seen", "seek sought sought", "sell sold sold", "send sent sent", "set set set",
	"shake shook shaken", "shed shed shed", "shine shone shone", "shoot shot shot", "show showed shown", "shrink shrank shrunk",
	"shut shut shut", "sing sang sung", "sink sank sunk", "sit sat sat", "slay slew slain", "sleep slept slept",
	"slide slid slid", "speak spoke spoken", "speed sped sped", "spend spent spent", "spin spun spun", "split split split",
	"spread spread spread", "spring sprang sprung", "stand stood stood", "steal stole stolen", "stick stuck stuck",
	"sting stung stung", "stink stank stunk", "strike struck struck", "strive strove striven", "swear swore sworn",
	"sweep swept swept", "swim swam swum", "swing swung swung", "take took taken", "teach taught taught", "tear tore torn",
	"tell told told", "think thought thought", "throw threw thrown", "thrust thrust thrust", "tread trod trodden",
	"undergo underwent undergone", "understand understood understood", "undertake undertook undertaken", "uphold upheld upheld",
	"upset upset upset", "wake woke woken", "wear wore worn", "weave wove woven", "weep wept wept", "win won won",
	"withdraw withdrew withdrawn", "withhold withheld withheld", "withstand withstood withstood",
	"write wrote written", "outrun outran outrun", "oversee oversaw overseen", "override overrode overridden",
}

// doubledL returns the base of a past form in -lled that no treebank
// lists: a verb of one syllable keeps its double l ("shelled" → "shell",
// "quelled" → "quell"), a longer one doubled a single l before -ed
// ("patrolled" → "patrol", "travelled" → "travel"). The learnt suffix
// rules guess either way by the letters before.
func doubledL(form string) string {
	stem := form[:len(form)-2]
	groups, vowel := 0, false
	for i, r := range strings.ToLower(stem[:len(stem)-2]) {
		v := strings.ContainsRune("aeiou", r) || r == 'y' && i > 0
		if v && !vowel {
			groups++
		}
		vowel = v
	}
	if groups <= 1 {
		return stem
	}
	return stem[:len(stem)-1]
}
