// Package event codes events from parsed sentences: who did what to whom,
// in CAMEO and PLOVER, with the evidence for each.
//
// The coder walks the dependency parse of each sentence (package nlp). For
// every predicate whose lemma triggers a pattern of the pattern dictionary
// (see Pattern for the format; the embedded dictionary is in
// dict/patterns), it checks the pattern's constraints on the object, the
// prepositional phrases and the complement verb, takes the source from the
// subject (or the agent of a passive) and the target from the object, the
// indirect object or the phrase the pattern names, resolves both through the
// actor dictionaries and article coreference, and emits one event per
// (source, target, code). Negation and modality (future, hypothetical,
// conditional, question) are read from the parse; a negated cooperative act
// becomes the rejection CAMEO codes for it. A sentence that matches no
// pattern yields no event: there is no default code.
package event
