package geo

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/geo/names"
	"github.com/dyadproject/dyad/internal/gzipsize"
	gzip "github.com/klauspost/compress/gzip" // about twice as fast as compress/gzip here
)

//go:embed data/gazetteer.tsv.gz
var embedded []byte

// Feature values of dyad.Place.Feature.
const (
	FeatureCountry = "country"
	FeatureADM1    = "adm1"
	FeatureCity    = "city"
)

// ErrFormat reports gazetteer data that cannot be parsed.
var ErrFormat = errors.New("bad gazetteer data")

// Candidate is a place that a name may refer to.
type Candidate struct {
	dyad.Place
	// Population is the GeoNames population of a city, or the summed
	// population of the towns of a division or country (a lower bound).
	Population int
	// ID is the GeoNames ID; places written for dyad (and divisions
	// GeoNames gives no ID for) have negative IDs.
	ID int
}

// Gazetteer is an offline index of countries, first-level divisions and
// cities. It is safe for concurrent use.
type Gazetteer struct {
	places    []place
	countries []country
	admins    []admin
	// ix maps name keys (see package names) to places, best first.
	ix     index
	byISO3 map[string]int16
	// demonyms maps folded demonyms ("iraqi", "south korean") to
	// countries; demonymWords is the most words of one.
	demonyms     map[string]int16
	demonymWords int
}

type kind uint8

const (
	kindCountry kind = iota
	kindADM1
	kindCity
)

type place struct {
	name     string
	lat, lon float32
	pop      int32
	id       int32
	country  int16
	admin    int32 // index into admins, -1 if none
	kind     kind
	fcode    string
	common   bool
	capital  bool    // a national capital
	seat     bool    // a division whose seat has its name
	prior    float32 // context-free score
}

type country struct {
	iso3, iso2, fips string
	place            int32
	neighbours       []int16
}

type admin struct {
	code, fips string
	place      int32
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer built into the binary, loading it on first
// use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultG, defaultErr = loadEmbedded()
	})
	return defaultG, defaultErr
}

// loadEmbedded loads the embedded data, sizing its buffer from the gzip
// trailer, which holds the data's size (mod 2^32).
func loadEmbedded() (*Gazetteer, error) {
	return load(bytes.NewReader(embedded), gzipsize.Of(embedded))
}

// Preload starts loading the embedded gazetteer in the background, so
// that a program can overlap it with its own start-up; Default then waits
// for it.
func Preload() {
	go Default()
}

// Load reads a gazetteer in the format cmd/gazetteer writes (gzip'd TSV).
func Load(r io.Reader) (*Gazetteer, error) {
	return load(r, 0)
}

// load reads a gazetteer; size, if known, is the uncompressed size.
func load(r io.Reader, size int) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("cannot load gazetteer: %w", err)
	}
	defer zr.Close()
	var buf strings.Builder
	buf.Grow(max(size, 1<<20) + 1)
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("cannot load gazetteer: %w", err)
	}
	data := buf.String()
	g := &Gazetteer{byISO3: map[string]int16{}, demonyms: map[string]int16{}}
	g.places = make([]place, 0, 140000)
	byISO2 := map[string]int16{}
	type adminKey struct{ cc, code string }
	adminByCode := map[adminKey]int32{} // country, GeoNames admin1 code → admins index
	capitals := map[int32]bool{}
	// The names are keyed and hashed in another goroutine while this one
	// parses: batches of (place, name, aliases).
	type pending struct {
		place              int32
		name, aliases, alt string
	}
	jobs := make(chan []pending, 16)
	b := newIndexBuilder(200000)
	keyed := make(chan struct{})
	go func() {
		defer close(keyed)
		for batch := range jobs {
			for _, a := range batch {
				b.add(a.place, a.name, false)
				for k, list := range [2]string{a.aliases, a.alt} {
					for rest := list; rest != ""; {
						name := rest
						if i := strings.IndexByte(rest, '|'); i >= 0 {
							name, rest = rest[:i], rest[i+1:]
						} else {
							rest = ""
						}
						b.add(a.place, name, k == 1)
					}
				}
			}
		}
	}()
	batch := make([]pending, 0, 2048)
	closed := false
	finish := func() {
		if !closed {
			closed = true
			jobs <- batch
			close(jobs)
			<-keyed
		}
	}
	defer finish()
	var neighbours [][]string
	var f [16]string
	line := 0
	for len(data) > 0 {
		line++
		t := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			t, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		if t == "" || t[0] == '#' {
			continue
		}
		n := split(t, f[:])
		fail := func(what string) error {
			return fmt.Errorf("cannot load gazetteer line %d: %s: %w", line, what, ErrFormat)
		}
		var al, alt string
		switch t[0] {
		case 'C':
			if n != 13 {
				return nil, fail("country wants 13 fields")
			}
			p := place{name: f[5], kind: kindCountry, admin: -1, fcode: "PCLI"}
			if err := parsePlace(&p, f[1], f[6], f[7], f[8]); err != nil {
				return nil, fail(err.Error())
			}
			ci := int16(len(g.countries))
			p.country = ci
			g.countries = append(g.countries, country{iso3: f[2], iso2: f[3], fips: f[4], place: int32(len(g.places))})
			g.places = append(g.places, p)
			g.byISO3[f[2]] = ci
			byISO2[f[3]] = ci
			if capID, err := strconv.Atoi(f[9]); err == nil && capID != 0 {
				capitals[int32(capID)] = true
			}
			neighbours = append(neighbours, splitNonEmpty(f[10], ","))
			al = f[11]
			for _, d := range splitNonEmpty(f[12], "|") {
				g.demonyms[names.Key(d)] = ci
				g.demonymWords = max(g.demonymWords, names.Words(d))
			}
		case 'A':
			if n != 12 {
				return nil, fail("division wants 12 fields")
			}
			ci, ok := byISO2[f[2]]
			if !ok {
				return nil, fail("unknown country " + f[2])
			}
			p := place{name: f[6], kind: kindADM1, country: ci, fcode: "ADM1", common: f[10] == "w"}
			if err := parsePlace(&p, f[1], f[7], f[8], f[9]); err != nil {
				return nil, fail(err.Error())
			}
			ai := int32(len(g.admins))
			p.admin = ai
			code := f[4]
			if code == "" && f[3] != "" {
				code = f[2] + "." + f[3]
			}
			g.admins = append(g.admins, admin{code: code, fips: f[5], place: int32(len(g.places))})
			g.places = append(g.places, p)
			if f[3] != "" {
				adminByCode[adminKey{f[2], f[3]}] = ai
			}
			al = f[11]
		case 'P':
			if n != 12 {
				return nil, fail("city wants 12 fields")
			}
			ci, ok := byISO2[f[2]]
			if !ok {
				return nil, fail("unknown country " + f[2])
			}
			p := place{name: f[5], kind: kindCity, country: ci, admin: -1, fcode: f[4], common: f[9] == "w"}
			if err := parsePlace(&p, f[1], f[6], f[7], f[8]); err != nil {
				return nil, fail(err.Error())
			}
			if f[3] != "" {
				if ai, ok := adminByCode[adminKey{f[2], f[3]}]; ok {
					p.admin = ai
				}
			}
			p.capital = capitals[p.id]
			g.places = append(g.places, p)
			al, alt = f[10], f[11]
		default:
			return nil, fail("unknown record type")
		}
		pi := int32(len(g.places) - 1)
		batch = append(batch, pending{pi, g.places[pi].name, al, alt})
		if len(batch) == cap(batch) {
			jobs <- batch
			batch = make([]pending, 0, 2048)
		}
	}
	for i, ns := range neighbours {
		for _, iso3 := range ns {
			if ci, ok := g.byISO3[iso3]; ok {
				g.countries[i].neighbours = append(g.countries[i].neighbours, ci)
			}
		}
	}
	for i := range g.places {
		g.places[i].prior = prior(&g.places[i])
	}
	finish()
	g.ix = b.build()
	g.markSeats()
	g.ix.sortCandidates(func(p int32, alt bool) float32 {
		if alt {
			return g.places[p].prior - altPenalty
		}
		return g.places[p].prior
	})
	return g, nil
}

// markSeats finds cities that share a name with the division they are the
// seat or the bulk of (Baghdad, Kyiv, New York City) and ranks the
// division below them: "Baghdad" is the city unless a cue says otherwise.
func (g *Gazetteer) markSeats() {
	g.ix.eachKey(func(ps []int32) {
		for _, a := range ps {
			pa := &g.places[a]
			if pa.kind != kindADM1 || pa.seat {
				continue
			}
			for _, c := range ps {
				pc := &g.places[c]
				if pc.kind != kindCity || pc.country != pa.country {
					continue
				}
				// Its own seat, a national capital (Kyiv beside Kyiv
				// Oblast) or the bulk of its people (Moscow).
				if pa.admin == pc.admin && pc.fcode == "PPLA" || pc.capital || float64(pc.pop) > 0.25*float64(pa.pop) {
					pa.seat = true
					pa.prior -= seatBonus
					break
				}
			}
		}
	})
}

const seatBonus = 1.0

// altPenalty lowers a place found by one of GeoNames' alternate names
// only: they include other languages' words and old names ("Hamas" for
// Hamm, "Africa" for Mahdia).
const altPenalty = 1.5

// prior is a place's score before any context: countries first, then by
// population, capitals and seats of government up.
func prior(p *place) float32 {
	lp := math.Log10(float64(p.pop) + 100)
	switch p.kind {
	case kindCountry:
		return float32(8.8 + 0.1*lp)
	case kindADM1:
		return float32(lp + 0.3)
	}
	s := lp
	switch p.fcode {
	case "PPLC":
		s += 1.5
	case "PPLA":
		s += 0.6
	case "PPLA2":
		s += 0.3
	case "PPLA3", "PPLA4", "PPLA5":
		s += 0.1
	case "PPLX":
		s -= 1
	}
	if p.capital && p.fcode != "PPLC" {
		s += 1.5
	}
	return float32(s)
}

func parsePlace(p *place, id, lat, lon, pop string) error {
	i, err := strconv.Atoi(id)
	if err != nil {
		return fmt.Errorf("bad id %q", id)
	}
	la, ok1 := parseDegrees(lat)
	lo, ok2 := parseDegrees(lon)
	if !ok1 || !ok2 {
		return fmt.Errorf("bad coordinates %q %q", lat, lon)
	}
	n, err := strconv.Atoi(pop)
	if err != nil {
		return fmt.Errorf("bad population %q", pop)
	}
	if n > math.MaxInt32 {
		n = math.MaxInt32
	}
	p.id, p.lat, p.lon, p.pop = int32(i), la, lo, int32(n)
	return nil
}

// parseDegrees parses a decimal such as "-33.8679" faster than
// strconv.ParseFloat; the gazetteer writes at most 4 decimals.
func parseDegrees(s string) (float32, bool) {
	neg := false
	if s != "" && s[0] == '-' {
		neg, s = true, s[1:]
	}
	if s == "" {
		return 0, false
	}
	var whole, frac, scale int64 = 0, 0, 1
	dot := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' && !dot:
			dot = true
		case c >= '0' && c <= '9':
			if dot {
				if scale < 1e9 {
					frac = frac*10 + int64(c-'0')
					scale *= 10
				}
			} else {
				whole = whole*10 + int64(c-'0')
			}
		default:
			return 0, false
		}
	}
	v := float64(whole) + float64(frac)/float64(scale)
	if neg {
		v = -v
	}
	return float32(v), true
}

// split splits a tab-separated line into f and returns the field count
// (up to len(f); the last field keeps any further tabs).
func split(s string, f []string) int {
	n := 0
	for n < len(f)-1 {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			break
		}
		f[n] = s[:i]
		s = s[i+1:]
		n++
	}
	f[n] = s
	return n + 1
}

func splitNonEmpty(s, sep string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, sep)
}

// Lookup returns every place with that name or alias, best first (by
// kind, population and rank: countries, capitals, division seats), without
// context. The match ignores case and accents.
func (g *Gazetteer) Lookup(name string) []Candidate {
	k := names.Key(name)
	var ps []int32
	if names.IsAcronym(name) {
		ps, _ = g.ix.lookup(append([]byte{acronymMark}, k...))
	}
	if len(ps) == 0 {
		ps, _ = g.ix.lookup([]byte(k))
	}
	out := make([]Candidate, len(ps))
	for i, pi := range ps {
		out[i] = g.candidate(pi)
	}
	return out
}

// Country returns the country with an ISO 3166-1 alpha-3 code.
func (g *Gazetteer) Country(iso3 string) (Candidate, bool) {
	ci, ok := g.byISO3[iso3]
	if !ok {
		return Candidate{}, false
	}
	return g.candidate(g.countries[ci].place), true
}

// Len returns the number of places in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.places) }

func (g *Gazetteer) candidate(pi int32) Candidate {
	p := &g.places[pi]
	c := &g.countries[p.country]
	pl := dyad.Place{
		Name:    p.name,
		Country: c.iso3,
		Lat:     round(p.lat),
		Lon:     round(p.lon),
		FIPS:    c.fips,
	}
	switch p.kind {
	case kindCountry:
		pl.Feature = FeatureCountry
	case kindADM1:
		pl.Feature = FeatureADM1
	default:
		pl.Feature = FeatureCity
	}
	if p.admin >= 0 {
		a := &g.admins[p.admin]
		pl.ADM1 = a.code
		if a.fips != "" {
			pl.FIPS = a.fips
		}
	}
	return Candidate{Place: pl, Population: int(p.pop), ID: int(p.id)}
}

// round gives float32 coordinates back at the precision they were stored
// with (1e-4 degrees), without float32 noise.
func round(x float32) float64 {
	return math.Round(float64(x)*1e4) / 1e4
}
