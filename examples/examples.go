// Package examples embeds dyad's sample corpus: short wire-style articles
// written for dyad (see corpus/README.md), used by "dyad demo" and by
// end-to-end tests.
package examples

import "embed"

// Corpus holds the sample articles under "corpus/": scraped text pages
// (*.txt) and HTML pages (*.html).
//
//go:embed corpus/*.txt corpus/*.html
var Corpus embed.FS

// Batch holds examples/batch.jsonl, a few documents in the --input jsonl
// form.
//
//go:embed batch.jsonl
var Batch []byte
