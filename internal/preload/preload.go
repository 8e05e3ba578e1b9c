// Package preload starts loading dyad's language models, gazetteer and
// actor dictionaries when the program starts, for the commands that need
// them, so that the work overlaps with the package initialisers of the
// dependencies that run before main (go-dateparser, pulled in by the HTML
// extractor, compiles its regular expressions for about 0.3 s on one
// core). The loaders are the packages' own, which load once: the pipeline
// later waits for the same work instead of repeating it.
//
// Import it for its side effect from a command's main package only; its
// import path sorts before those dependencies, and it depends on none of
// them, so its initialiser runs first.
package preload

import (
	"os"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/geo"
	"github.com/dyadproject/dyad/nlp"
)

// commands are the dyad commands that code text.
var commands = map[string]bool{"code": true, "ingest": true, "eval": true, "demo": true}

func init() {
	if len(os.Args) < 2 || !commands[os.Args[1]] {
		return
	}
	go nlp.Load()
	go geo.Default()
	go actor.Default()
}
