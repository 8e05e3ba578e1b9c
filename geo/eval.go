package geo

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/dyadproject/dyad/geo/names"
)

// Example is one place mention of a geoparsing test set: a sentence of a
// document, the words naming the place, and the expected place. Country
// "-" marks words that must not be taken for a place ("Washington" in
// "George Washington"). A row with an empty Mention holds a sentence with
// no place, read for its context only.
type Example struct {
	Doc      string
	Sentence string
	Mention  string
	// Country is the expected ISO 3166-1 alpha-3 code, or "-".
	Country string
	// Name is any name of the expected place; with Country and Feature it
	// picks the place (the first that Lookup returns).
	Name    string
	Feature string
	Line    int
}

// ReadExamples reads a test set: tab-separated lines of doc, sentence,
// mention, ISO3, name and feature; lines starting with '#' are comments.
func ReadExamples(r io.Reader) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("cannot read examples line %d: want 6 fields, have %d: %w", line, len(f), ErrFormat)
		}
		e := Example{Doc: f[0], Sentence: f[1], Mention: f[2], Country: f[3], Name: f[4], Feature: f[5], Line: line}
		if e.Mention != "" && wordIndex(e.Sentence, e.Mention) < 0 {
			return nil, fmt.Errorf("cannot read examples line %d: %q is not in the sentence: %w", line, e.Mention, ErrFormat)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read examples: %w", err)
	}
	return out, nil
}

// EvalResult counts how a gazetteer did on a test set.
type EvalResult struct {
	// Mentions is the number of place mentions; Found those recognised
	// at the right words; RightCountry those resolved to the right
	// country; RightPlace those resolved to the very place expected.
	Mentions, Found, RightCountry, RightPlace int
	// Negatives is the number of words that are not places;
	// FalsePositives those taken for places all the same.
	Negatives, FalsePositives int
	// Errors describes each miss, one line each.
	Errors []string
}

// CountryAccuracy is RightCountry / Mentions.
func (r EvalResult) CountryAccuracy() float64 { return ratio(r.RightCountry, r.Mentions) }

// PlaceAccuracy is RightPlace / Mentions.
func (r EvalResult) PlaceAccuracy() float64 { return ratio(r.RightPlace, r.Mentions) }

// Recall is Found / Mentions.
func (r EvalResult) Recall() float64 { return ratio(r.Found, r.Mentions) }

// FalsePositiveRate is FalsePositives / Negatives.
func (r EvalResult) FalsePositiveRate() float64 { return ratio(r.FalsePositives, r.Negatives) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// String summarises the result on one line.
func (r EvalResult) String() string {
	return fmt.Sprintf("mentions %d: found %.1f%%, right country %.1f%%, exact place %.1f%%; false positives %d of %d",
		r.Mentions, 100*r.Recall(), 100*r.CountryAccuracy(), 100*r.PlaceAccuracy(), r.FalsePositives, r.Negatives)
}

// Evaluate runs Find over the examples, one Context per document and one
// Find per sentence, in file order, and scores each mention: found when a
// toponym covers the mention's first occurrence in the sentence.
func Evaluate(g *Gazetteer, examples []Example) EvalResult {
	var r EvalResult
	ctxs := map[string]*Context{}
	type key struct{ doc, sentence string }
	found := map[key][]Toponym{}
	for _, e := range examples {
		k := key{e.Doc, e.Sentence}
		tps, done := found[k]
		if !done {
			ctx := ctxs[e.Doc]
			if ctx == nil {
				ctx = NewContext()
				ctxs[e.Doc] = ctx
			}
			tps = g.Find(e.Sentence, 0, ctx)
			if tps == nil {
				tps = []Toponym{}
			}
			found[k] = tps
		}
		if e.Mention == "" {
			continue
		}
		start := wordIndex(e.Sentence, e.Mention)
		end := start + len(e.Mention)
		var hit *Toponym
		for i := range tps {
			if tps[i].Start < end && start < tps[i].End {
				hit = &tps[i]
				break
			}
		}
		where := fmt.Sprintf("line %d (%s): %q", e.Line, e.Doc, e.Mention)
		if e.Country == "-" {
			r.Negatives++
			if hit != nil {
				r.FalsePositives++
				r.Errors = append(r.Errors, fmt.Sprintf("%s: not a place, found %s %s %s", where, hit.Place.Country, hit.Place.Feature, hit.Place.Name))
			}
			continue
		}
		r.Mentions++
		if hit == nil {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: not found, want %s %s %s", where, e.Country, e.Feature, e.Name))
			continue
		}
		r.Found++
		if hit.Place.Country != e.Country {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: got %s %s %s, want %s %s %s", where,
				hit.Place.Country, hit.Place.Feature, hit.Place.Name, e.Country, e.Feature, e.Name))
			continue
		}
		r.RightCountry++
		want, ok := g.expected(e)
		if !ok {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: the gazetteer has no %s %s %s", where, e.Country, e.Feature, e.Name))
			continue
		}
		if g.sameCandidate(hit, want) {
			r.RightPlace++
		} else {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: got %s %s %s, want %s %s %s", where,
				hit.Place.Country, hit.Place.Feature, hit.Place.Name, want.Country, want.Feature, want.Name))
		}
	}
	return r
}

// wordIndex returns the first occurrence of w in s that starts and ends
// at word boundaries ("Niger" is not in "Nigeria"), or -1.
func wordIndex(s, w string) int {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(w)
		before := i == 0 || !isWordByte(s[i-1])
		after := end == len(s) || !isWordByte(s[end])
		if before && after {
			return i
		}
		off = i + 1
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// expected finds the place an example names: the first of that country
// and feature, by Lookup's order, that has the name as its own or as an
// alias rather than only as a GeoNames alternate name.
func (g *Gazetteer) expected(e Example) (Candidate, bool) {
	k := names.Key(e.Name)
	var ps []int32
	var alt []bool
	if names.IsAcronym(e.Name) {
		ps, alt = g.ix.lookup(append([]byte{acronymMark}, k...))
	}
	if len(ps) == 0 {
		ps, alt = g.ix.lookup([]byte(k))
	}
	found := -1
	for i, pi := range ps {
		c := g.candidate(pi)
		if c.Country != e.Country || c.Feature != e.Feature {
			continue
		}
		if !alt[i] {
			return c, true
		}
		if found < 0 {
			found = i
		}
	}
	if found >= 0 {
		return g.candidate(ps[found]), true
	}
	return Candidate{}, false
}

func (g *Gazetteer) sameCandidate(t *Toponym, c Candidate) bool {
	return t.Place.Country == c.Country && t.Place.Feature == c.Feature &&
		names.Key(t.Place.Name) == names.Key(c.Name) && t.Place.Lat == c.Lat && t.Place.Lon == c.Lon
}
