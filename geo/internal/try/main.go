package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dyadproject/dyad/geo"
)

func main() {
	t := time.Now()
	g, err := geo.Default()
	if err != nil {
		panic(err)
	}
	fmt.Println("load", time.Since(t), g.Len())
	if len(os.Args) > 1 && os.Args[1] == "-l" {
		for _, n := range os.Args[2:] {
			for i, c := range g.Lookup(n) {
				if i > 8 { break }
				fmt.Printf("  %s: %+v\n", n, c)
			}
		}
		return
	}
	ctx := geo.NewContext()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" { continue }
		for _, tp := range g.Find(line, 0, ctx) {
			fmt.Printf("%-20q → %s %s %s %s (%.2f)\n", tp.Text, tp.Place.Country, tp.Place.Feature, tp.Place.Name, tp.Place.ADM1, tp.Score)
		}
	}
}
