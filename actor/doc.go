// Package actor finds and codes the actors of news text: who is named, and
// with which CAMEO actor code.
//
// # Dictionaries
//
// Actors come from plain-text dictionaries in the format documented in
// dict/actors/README.md: an entry starts with its canonical name at the
// start of a line and continues with indented "key: value" lines (kind,
// code, country, alias, plural, adj, capital, seat, role, generic). Codes may
// be dated, so that a person's code follows their career ("IRNJUD
// 2019-03-07..2021-06-18"). Load reads a folder of *.txt files and reports
// every bad line as "file:line: message" (a *ParseError wrapping
// ErrInvalid); Default loads the dictionaries embedded in the binary;
// Overlay adds a user's folder on top, replacing entries by canonical name;
// Check serves `dyad dict check`. ImportPETRARCH converts PETRARCH/TABARI
// actor dictionaries and WriteEntries writes entries back in dyad format.
//
// # Finding and resolving actors
//
// Find scans text for the longest dictionary names on token boundaries,
// using an index keyed by first token (no regular expressions): proper names
// match case-sensitively (or in ALL CAPS), agent nouns in any case, and a
// possessive 's is noted. Each Match carries a dyad.Actor with the code for
// the article's date.
//
// Resolve composes the actor of a whole noun phrase from its matches:
// a country, adjective, capital or seat gives the country; an agent noun
// gives the role ("Iran's president-elect" → IRNELI, "US forces" →
// USAMIL); a person or group gives its own code; "former" makes an elite
// (ELI); "X-backed" names a backer, not the actor; a place after "in" or
// "from" gives the country when nothing else does ("Iran-backed militias in
// Iraq" → IRQ); coordinated modifiers give one actor each ("Hungarian and
// Romanian officials"). Unknown reports capitalised multi-word names that no
// dictionary knows, with the country and role the phrase gives them, so
// that analysts can add them.
//
// ResolveKinds is Resolve with the kind and number of each actor, which the
// Tracker needs. An actor with a role but no country has the code "---" +
// roles ("---GOV"), as in PETRARCH; its Country is empty.
//
// # Coreference
//
// A Tracker follows the actors of one article: the coder feeds it the
// actors it resolved, sentence by sentence, with Observe, and asks it what
// "he", "they", "it", "the country", "the president-elect" or a bare surname
// refers to with Refer. It picks the most recent compatible antecedent.
package actor
