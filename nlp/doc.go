// Package nlp is dyad's linguistic core, in pure Go: a tokenizer that keeps
// byte offsets, a part-of-speech tagger (UPOS and XPOS), a lemmatizer, a
// dependency parser producing Universal Dependencies relations, and a named
// entity recogniser for PERSON, ORG and LOC.
//
// The models are trained by [Train] (the "dyad nlp train" command) from the
// UD English EWT (CC BY-SA 4.0) and GUM (CC BY 4.0) treebanks and embedded in
// the binary; [Load] decodes them once.
//
// Methods:
//   - tagger: greedy averaged perceptron over hashed features predicting the
//     joint UPOS+XPOS tag, with a tag dictionary for frequent unambiguous
//     words and ambiguity classes of the neighbouring words, and a second
//     pass that sees the first pass's tags on both sides;
//   - lemmatizer: exceptions learnt from the treebanks' lemma column, a list
//     of English irregular verbs, and suffix edit rules keyed by XPOS;
//   - parser: greedy arc-hybrid transition system (root at the end of the
//     buffer): an averaged perceptron over Zhang & Nivre style features
//     chooses SHIFT/LEFT/RIGHT and a second one labels each arc as it is
//     made; trained with a dynamic oracle and exploration, on jackknifed
//     predicted tags and on gold tags;
//   - recogniser: greedy BIO perceptron trained on GUM's named person,
//     organization and place mentions (head PROPN), trimmed to the name.
//
// Weights are quantized (int16, or int8 with a shared exponent per row for
// the three-class transition model), stored sparsely and gzip-compressed in
// sections that are decoded in parallel. Scoring gathers the weight rows of
// all features before summing them, so that their cache misses overlap.
//
// The event coder uses [Model.Parse] (or [Model.ParseBatch] for the
// sentences of an article together) and the [Sentence] helpers (Subjects,
// Objects, Obliques, NounPhrase, Entities, ...) without knowing how the parse
// was made.
package nlp
