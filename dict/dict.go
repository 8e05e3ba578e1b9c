// Package dict embeds dyad's own dictionaries: the actor dictionaries under
// actors/ and the event pattern dictionaries under patterns/. Both are plain
// text in formats documented in their folders' README.md files, so that
// users can read them and overlay their own without touching code.
package dict

import "embed"

// FS holds the embedded dictionary files, rooted at this folder: paths are
// "actors/..." and "patterns/...".
//
//go:embed actors patterns
var FS embed.FS
