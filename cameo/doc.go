// Package cameo holds the CAMEO event code tables as project data: the 311
// event codes of CAMEO 1.1b3 with their name, root, level, QuadClass and
// Goldstein value, and their mapping to the PLOVER ontology (event type,
// mode, context).
//
// The tables are plain text, embedded in the binary and parsed once at
// start-up:
//
//   - codes.tsv: one CAMEO code a line, with its PLOVER equivalent and a
//     note wherever dyad departs from its sources.
//   - plover.tsv: the 16 PLOVER event types with their QuadClass-like
//     category and their modes.
//
// Both files document their columns and sources in a header. The facts come
// from the GDELT/CAMEO event code list, chapter 6 of the CAMEO manual, the
// 2021 CAMEO to PLOVER conversion table and the PLOVER manual 2.0. Where those
// disagree, or PLOVER has no equivalent, codes.tsv says what dyad does:
//
//   - CAMEO 01 (MAKE PUBLIC STATEMENT) has no PLOVER type: Code.PLOVER is "".
//   - CAMEO 02 (APPEAL), which PLOVER drops, is mapped like the parallel
//     10 (DEMAND) code (0231 like 1031), to REQUEST.
//   - CAMEO 08 (YIELD) splits into CONCEDE (080-083) and RETREAT (084-087).
//   - Code.PLOVERFrom names the code whose conversion-table row was used.
//
// Labels of older PLOVER drafts, as in the PLOVER gold standard, are mapped
// by NormalizePLOVER: DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are
// ACCUSE, FIGHT is ASSAULT.
//
// Lookup is a table index, without allocation or hashing; All and Roots
// return copies.
package cameo
