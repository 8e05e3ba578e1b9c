// Command dyad codes political events from news: who did what to whom,
// when and where, in CAMEO and PLOVER. Run "dyad help" for the commands.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/dyadproject/dyad/cli"
	_ "github.com/dyadproject/dyad/internal/preload" // models load while dependencies initialise
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
