// Command dyadnlp runs the "dyad nlp" subcommands on their own, for training
// and evaluating the models without building the whole dyad binary.
package main

import (
	"os"

	"github.com/dyadproject/dyad/nlp/nlpcmd"
)

func main() { os.Exit(nlpcmd.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
