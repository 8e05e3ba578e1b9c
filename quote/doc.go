// Package quote finds the direct quotes of a news article and the words
// that name who said them.
//
// Find scans each paragraph for quotation marks, pairs them into quotes,
// and looks in the sentence around each quote for its attribution. It needs
// no parse: a small lexicon of verbs of saying and of the words that end a
// noun phrase is enough for the few shapes that news writing uses. The
// speaker is returned as written ("Raisi", "he", "Russian envoy Mikhail
// Ulyanov", "the minister"); resolving it to an actor code, and a pronoun
// to its antecedent, is left to the caller.
//
// # Quote marks
//
// Curly double (“ ”), straight double ("), low and angle marks („ « »),
// curly single (‘ ’) and straight single (') quotes are recognised, in
// British style (single outside, double inside) as well as American. A mark
// between two letters (Iran’s, don't, O'Brien), a mark before digits (’90s)
// and a single quote that never closes in its paragraph are apostrophes.
// Quotes of the other kind inside a quote are part of its text. A trailing
// comma inside the marks (“…,” he said) belongs to the framing sentence and
// is trimmed from Quote.Text; a final period, question or exclamation mark
// is kept.
//
// # Attribution
//
// A full quote is attributed first by the words that follow it, up to the
// end of the sentence or the next quote:
//
//	“…,” Lavrov said at a press conference.                   → Lavrov
//	“…,” said Tomas Brenner, the ministry’s former negotiator. → Tomas Brenner
//	“…,” a meteorologist at the weather service warned.        → a meteorologist at the weather service
//	“…,” according to the Venezuelan Observatory.              → the Venezuelan Observatory
//	“…,” he told reporters. / “…?” she asked.                  → he / she
//
// and failing that by the words before it in its sentence:
//
//	A senior official said: “…”                → A senior official
//	Riquelme told Reuters that “…”           → Riquelme
//	The minister hit back, adding: “…”         → The minister
//	According to a Saudi official, “…”         → a Saudi official
//
// An appositive or relative clause between commas is skipped (Paula
// Riquelme, who was appointed on Friday, called … → Paula Riquelme), except that
// a name after a description is kept with it (An EU spokeswoman, Elena
// Varga, called … → An EU spokeswoman, Elena Varga; said the foreign
// minister, Sergei Lavrov → the foreign minister, Sergei Lavrov). Titles
// before a name stay (Chilean envoy Paula Riquelme). The verbs are a
// fixed list of verbs of saying (said, told, added, wrote, tweeted,
// warned, insisted…), their participles (saying, adding), "according to",
// and, before a quote only, verbs that frame someone's words (called,
// described … as, dubbed, accused … of, condemned … as).
//
// # Quotes over several sentences and paragraphs
//
// A quote runs from its opening to its closing mark whatever the sentences
// in between, and is one Quote whose Sentence is where it starts. A quote
// interrupted by its attribution (“…,” he said. “…”) gives two Quotes; the
// second, having no attribution of its own, continues the speaker of the
// quote before it in the paragraph. News style runs a long quote over
// several paragraphs by leaving each paragraph but the last unclosed and
// opening the next with a quote mark: each paragraph's part is its own
// Quote (a Span cannot skip the paragraph break), all with the speaker
// named anywhere in the chain. A paragraph that opens with an unattributed
// quote continues the last speaker of the paragraph before. An inherited
// Speaker's Text and Span are those of the mention that named it.
//
// # Partial and scare quotes
//
// A quote that opens inside the narrator's sentence — not at the start of
// a paragraph or sentence and not after a colon, comma or dash — is
// Partial: called the quota “untouchable”, told Reuters that
// “the draft is nearly done”. Its speaker is the subject of the verb
// before it (or, failing that, the attribution after it).
//
// A partial quote of at most three words that nothing attributes — no verb
// of saying or framing in its sentence, no speaker to continue — is taken
// for a scare quote, a nickname or a title (the so-called “Islamic State”,
// a ship named the “Sierra Madre”) and is not returned. Longer unattributed
// quotes are returned with a nil Speaker.
//
// Find does not use regular expressions; it tokenizes only the text around
// quote marks and allocates little, so it costs a small fraction of the
// time of sentence splitting.
package quote
