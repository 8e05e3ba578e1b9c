// Package tone scores the tone of a text with word lists, in the manner of
// GDELT's V1.5 tone: the percentages of its words that are positive,
// negative, active verbs, and pronouns of self and group.
//
//	t := tone.Score(article.Text())
//	// t.Tone = t.Positive - t.Negative, in percent of t.WordCount words
//
// The lexicons are dyad's own, written for news about politics, diplomacy
// and conflict, and embedded from the lexicon folder:
//
//   - lexicon/positive.txt, lexicon/negative.txt: a few hundred words each,
//     with their inflected forms (there is no stemming);
//   - lexicon/negation.txt: negators such as "not", "never", "didn't",
//     which flip the polarity of the next Window (3) words within a clause;
//   - lexicon/activity.txt: active verbs ("attack", "march", "sign");
//   - lexicon/self.txt: "I", "we", "our" and the like.
//
// The files are plain text, one word and its forms a line, "#" comments;
// positive.txt documents the format. New builds a Scorer from a folder of
// edited copies (os.DirFS), so users can change the lexicons without
// touching code.
//
// Score tokenises in one pass over the bytes, without regular expressions
// and without allocating for words of up to 64 bytes: words are runs of
// letters and digits with inner apostrophes (straight or curly) and hyphens,
// matched case-insensitively.
package tone
