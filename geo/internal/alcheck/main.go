package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/dyadproject/dyad/geo"
)

func main() {
	g, _ := geo.Default()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 5 || f[0] != "alias" {
			continue
		}
		for _, a := range strings.Split(f[4], ";") {
			cs := g.Lookup(a)
			if len(cs) == 0 {
				fmt.Println("NONE", a)
				continue
			}
			c := cs[0]
			if c.Country != f[1] || c.Feature != f[2] {
				fmt.Printf("%s → %s %s %s (line wants %s %s %s)\n", a, c.Country, c.Feature, c.Name, f[1], f[2], f[3])
			}
		}
	}
}
