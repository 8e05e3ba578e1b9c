package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/dyadproject/dyad/geo"
)

func main() {
	g, _ := geo.Default()
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<20)
	for sc.Scan() {
		s := sc.Text()
		for _, tp := range g.Find(s, 0, geo.NewContext()) {
			fmt.Printf("%s\t%s\t%s\t%s\t%s\n", tp.Text, tp.Place.Country, tp.Place.Feature, tp.Place.Name, s)
		}
	}
}
