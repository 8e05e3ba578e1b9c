package quote

import "strings"

// Lexicon flags of a word (lower-cased).
const (
	// fSpeech marks a verb of saying that attributes a quote before or
	// after it: said, told, added, wrote, tweeted, warned...
	fSpeech uint32 = 1 << iota
	// fEval marks a verb that frames a quoted word or phrase as someone's
	// words only when it comes before the quote: called the talks
	// “constructive”, described it as “a step”.
	fEval
	// fPart marks a participle of saying whose subject is the subject of
	// the main clause: saying, adding, calling...
	fPart
	// fStop marks words that end a noun phrase: conjunctions,
	// subordinators, auxiliaries, negation.
	fStop
	// fRel marks relative pronouns: who, which, that.
	fRel
	// fAux marks auxiliaries and adverbs that may stand between a subject
	// and its verb of saying (also, later, has, had).
	fAux
	// fTime marks weekday and time words: Monday, yesterday, earlier.
	fTime
	// fDet marks determiners and possessive pronouns.
	fDet
	// fPron marks personal pronouns that can name a speaker.
	fPron
	// fPrepIn marks prepositions that may stand inside a speaker's noun
	// phrase: a spokesman for the ministry, officials in Baghdad.
	fPrepIn
	// fPrep marks the other prepositions, which end a speaker's noun
	// phrase when it follows its verb.
	fPrep
	// fAbbrev marks abbreviations whose period is not a sentence end.
	fAbbrev
)

var lexicon = map[string]uint32{}

func addWords(f uint32, words string) {
	for _, w := range strings.Fields(words) {
		lexicon[w] |= f
	}
}

func init() {
	addWords(fSpeech, `said says say told tells added adds wrote writes tweeted tweets posted
		stated states declared declares warned warns insisted insists argued argues noted notes
		explained explains continued continues asked asks replied replies responded responds
		urged urges stressed stresses emphasised emphasized emphasises emphasizes cautioned
		cautions claimed claims acknowledged acknowledges admitted admits announced announces
		vowed vows pledged pledges promised promises complained complains conceded concedes
		observed observes remarked remarks recalled recalls suggested suggests predicted
		predicts quipped shouted shouts chanted chant chants wondered wonders boasted boasts
		confirmed confirms countered counters retorted lamented laments charged alleged alleges
		maintained maintains reiterated reiterates concluded concludes commented comments
		testified texted messaged reported reports announced agreed agrees disagreed
		acknowledged mused sighed yelled screamed whispered pleaded pleads demanded demands
		conceded tweeted recounted recounts explained added`)
	addWords(fEval, `called calls described describes dubbed dubs termed terms branded brands
		labelled labeled labels hailed hails condemned condemns denounced denounces criticised
		criticized criticises criticizes accused accuses praised praises welcomed welcomes
		rejected rejects dismissed dismisses threatened threatens slammed blasted characterised
		characterized deemed deems considered considers`)
	addWords(fPart, `saying adding telling writing tweeting warning insisting arguing noting
		explaining calling describing urging stressing emphasising emphasizing accusing
		condemning denouncing criticising criticizing dismissing branding labelling labeling
		claiming declaring vowing pledging promising asking replying responding according`)
	addWords(fStop, `that which who whom whose what when where while because although though if
		unless but or nor so as after before since until than whether and not never
		is was were are be been being am has have had having will would shall should can could
		may might must do does did to`)
	addWords(fRel, `who which that`)
	addWords(fAux, `also later earlier again then previously separately repeatedly publicly
		privately recently reportedly once further subsequently simply flatly openly has had
		have was is were are would will could may might had already still however meanwhile
		too now yesterday today tonight`)
	addWords(fTime, `monday tuesday wednesday thursday friday saturday sunday today yesterday
		tonight tomorrow morning afternoon evening night earlier later week month year last
		this next late early`)
	addWords(fDet, `the a an this these those his her its their our my your another several
		some many two three four five six seven eight nine ten dozens hundreds thousands one
		both all any each`)
	addWords(fPron, `he she they it we i you`)
	addWords(fPrepIn, `of for from at in with`)
	addWords(fPrep, `in on at during to after before while when via outside inside near
		amid upon by with without over through into onto across against toward towards under
		about around behind beside between beyond following despite like per`)
	addWords(fAbbrev, `mr mrs ms dr prof rev gen maj lt col capt cpt sgt cpl pvt adm cmdr brig
		sen rep gov pres amb sec st mt ft hon jr sr no nos vol co corp inc ltd vs etc approx
		jan feb mar apr jun jul aug sep sept oct nov dec lieut supt insp`)
}

// lookup returns the lexicon flags of word, compared in lower case. It
// does not allocate for ASCII words.
func lookup(word string) uint32 {
	var buf [24]byte
	if len(word) > len(buf) {
		return 0
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 0x80 {
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lexicon[string(buf[:len(word)])]
}
