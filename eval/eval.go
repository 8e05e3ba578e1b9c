// Package eval scores the event coder against gold-standard files: PLOVER
// gold standard records (JSON) and PETRARCH validation files (XML).
//
// Every gold sentence is coded on its own, dated by its gold date. A coded
// event counts at the level analysts check first: the triple (source
// country, target country, event type), where a country is an ISO 3166
// alpha-3 code or IGO/NGO, and the type is the PLOVER type (PLOVER files)
// or the CAMEO root (PETRARCH files). Precision, recall and F1 are
// computed over the triples of all sentences; so is actor accuracy, the
// share of gold actors that some coded event of the sentence names with the
// right country.
package eval

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/nlp"
)

// Kinds of gold files.
const (
	KindPLOVER   = "plover"
	KindPETRARCH = "petrarch"
)

// ErrFormat means a gold file is neither PLOVER JSON nor PETRARCH XML.
var ErrFormat = errors.New("unknown gold file format")

// Triple is one coded or gold event at the level of countries and type.
type Triple struct {
	Source, Target, Type string
}

// String writes the triple as "SOURCE TYPE TARGET".
func (t Triple) String() string { return t.Source + " " + t.Type + " " + t.Target }

// Item is one gold sentence.
type Item struct {
	ID, Text, Date string
	Gold           []Triple
	// Codes are the gold CAMEO codes (PETRARCH files), by triple.
	Codes map[Triple]string
	// Actors are the gold actors' countries.
	Actors []string
}

// Gold is a parsed gold file.
type Gold struct {
	Kind  string
	Items []Item
}

// ReadFile reads a gold file, telling PLOVER JSON from PETRARCH XML by its
// first character.
func ReadFile(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read gold file: %w", err)
	}
	g, err := Read(b)
	if err != nil {
		return nil, fmt.Errorf("cannot read gold file %s: %w", path, err)
	}
	return g, nil
}

// Read parses a gold file's bytes.
func Read(b []byte) (*Gold, error) {
	t := bytes.TrimLeft(b, " \t\r\n\ufeff")
	switch {
	case len(t) > 0 && t[0] == '[':
		return readPLOVER(t)
	case len(t) > 0 && t[0] == '<':
		return readPETRARCH(t)
	}
	return nil, ErrFormat
}

type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
}

// actors accepts a list of actors or "" (no actor).
type actors []ploverActor

// UnmarshalJSON reads a list of actors, or "" for none.
func (a *actors) UnmarshalJSON(b []byte) error {
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte(`"`)) {
		*a = nil
		return nil
	}
	return json.Unmarshal(b, (*[]ploverActor)(a))
}

type ploverRecord struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Source actors `json:"source"`
	Target actors `json:"target"`
	Event  string `json:"event"`
	Text   string `json:"text"`
}

func readPLOVER(b []byte) (*Gold, error) {
	var recs []ploverRecord
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, fmt.Errorf("cannot parse PLOVER JSON: %w", err)
	}
	g := &Gold{Kind: KindPLOVER}
	for i, r := range recs {
		if strings.TrimSpace(r.Text) == "" {
			return nil, fmt.Errorf("record %d (%s): no text", i+1, r.ID)
		}
		it := Item{ID: r.ID, Text: r.Text, Date: r.Date}
		typ := cameo.NormalizePLOVER(r.Event)
		srcs, tgts := goldCountries(r.Source), goldCountries(r.Target)
		it.Actors = append(append(it.Actors, srcs...), tgts...)
		it.Gold = cross(srcs, tgts, typ)
		g.Items = append(g.Items, it)
	}
	return g, nil
}

func goldCountries(as actors) []string {
	var out []string
	for _, a := range as {
		if c := normCountry(a.Code); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// cross makes the triples of every source with every target.
func cross(srcs, tgts []string, typ string) []Triple {
	if len(srcs) == 0 {
		srcs = []string{"---"}
	}
	if len(tgts) == 0 {
		tgts = []string{"---"}
	}
	var out []Triple
	for _, s := range srcs {
		for _, t := range tgts {
			out = append(out, Triple{s, t, typ})
		}
	}
	return out
}

// aliases maps old or non-ISO country codes to ISO 3166 alpha-3, and the
// ISO codes of former states to the CAMEO codes dyad gives them (the Soviet
// Union, East Germany, Czechoslovakia); the Federal Republic of Yugoslavia
// (FRY, 1992-2003) is Yugoslavia (YUG), as CAMEO codes it.
var aliases = map[string]string{
	"JAP": "JPN", "UK": "GBR", "GER": "DEU", "VTN": "VNM", "ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "KSV": "XKX",
	"SUN": "USR", "DDR": "GME", "GDR": "GME", "CSK": "CZA", "FRY": "YUG",
}

// normCountry reduces an actor code to the level eval compares: the
// country (first three letters), IGO or NGO.
func normCountry(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) < 3 {
		return ""
	}
	c := code[:3]
	if a, ok := aliases[c]; ok {
		return a
	}
	return c
}

// Country returns the country eval compares for a coded actor.
func Country(a *dyad.Actor) string {
	if a == nil {
		return "---"
	}
	switch {
	case strings.HasPrefix(a.Code, "IGO"):
		return "IGO"
	case strings.HasPrefix(a.Code, "NGO") && len(a.Country) == 3 && a.Country != "NGO" && a.Country != "IGO":
		// "NGOUSA": an NGO with a known home country counts as that
		// country, as the CAMEO codebook (3.2) means such codes to be
		// combined with the country's other actors
		return normCountry(a.Country)
	case strings.HasPrefix(a.Code, "NGO"):
		return "NGO"
	case len(a.Country) == 3:
		return normCountry(a.Country)
	case a.Code != "" && !strings.HasPrefix(a.Code, "---"):
		return normCountry(a.Code)
	}
	return "---"
}

type petrarchSentence struct {
	ID      string `xml:"id,attr"`
	Date    string `xml:"date,attr"`
	Text    string `xml:"Text"`
	Codings []struct {
		Source string `xml:"sourcecode,attr"`
		Target string `xml:"targetcode,attr"`
		Event  string `xml:"eventcode,attr"`
	} `xml:"EventCoding"`
}

// readPETRARCH reads <Sentence> elements wherever they stand in the file.
func readPETRARCH(b []byte) (*Gold, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	g := &Gold{Kind: KindPETRARCH}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("cannot parse PETRARCH XML: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		var s petrarchSentence
		if err := dec.DecodeElement(&s, &se); err != nil {
			return nil, fmt.Errorf("cannot parse PETRARCH XML sentence %d: %w", len(g.Items)+1, err)
		}
		it := Item{ID: s.ID, Text: strings.Join(strings.Fields(s.Text), " "), Date: petrarchDate(s.Date), Codes: map[Triple]string{}}
		for _, c := range s.Codings {
			code := strings.TrimSpace(c.Event)
			tr := Triple{normCountry(c.Source), normCountry(c.Target), cameo.RootOf(code)}
			if tr.Source == "" {
				tr.Source = "---"
			}
			if tr.Target == "" {
				tr.Target = "---"
			}
			it.Gold = append(it.Gold, tr)
			it.Codes[tr] = code
			it.Actors = append(it.Actors, tr.Source, tr.Target)
		}
		g.Items = append(g.Items, it)
	}
	if len(g.Items) == 0 {
		return nil, fmt.Errorf("%w: no <Sentence> elements", ErrFormat)
	}
	return g, nil
}

// petrarchDate reads 20150805 or 2015-08-05 as YYYY-MM-DD.
func petrarchDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 8 && !strings.Contains(s, "-") {
		return s[:4] + "-" + s[4:6] + "-" + s[6:]
	}
	return s
}

// Coder codes one sentence's text, published on date, into events.
type Coder func(text, date string) []dyad.Event

// Counts are true positives, false positives and false negatives, with
// precision, recall and F1: the same counts the NER evaluation keeps.
type Counts = nlp.PRF

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Miss is a gold sentence whose triples were not all found, or where the
// coder found triples the gold lacks.
type Miss struct {
	Item     Item
	Missing  []Triple
	Extra    []Triple
	Evidence []string
}

// Report is the outcome of scoring.
type Report struct {
	Kind      string
	Sentences int
	// Overall counts triples (source country, target country, type).
	Overall Counts
	// Types counts event types alone, per sentence.
	Types Counts
	// ByType counts triples per gold or coded type.
	ByType map[string]*Counts
	// ActorsFound and ActorsTotal: gold actors named with the right
	// country by some event of their sentence.
	ActorsFound, ActorsTotal int
	// ExactCodes and RootMatches: among triples matched at the root,
	// how many had the exact gold CAMEO code (PETRARCH files).
	ExactCodes, RootMatches int
	Misses                  []Miss
}

// Score codes every gold sentence and scores the events.
func Score(g *Gold, code Coder) *Report {
	r := &Report{Kind: g.Kind, ByType: map[string]*Counts{}}
	for _, it := range g.Items {
		r.Sentences++
		events := code(it.Text, it.Date)
		pred := map[Triple]string{}
		var evidence []string
		types := map[string]bool{}
		named := map[string]bool{}
		for _, e := range events {
			if e.Negated {
				continue
			}
			typ := cameo.NormalizePLOVER(e.PLOVER)
			if g.Kind == KindPETRARCH {
				typ = e.Root
			}
			if typ == "" {
				continue
			}
			tr := Triple{Country(e.Source), Country(e.Target), typ}
			if _, ok := pred[tr]; !ok {
				pred[tr] = e.CAMEO
			}
			types[typ] = true
			named[tr.Source], named[tr.Target] = true, true
			evidence = append(evidence, fmt.Sprintf("%s %s [%s] %q", tr, e.CAMEO, e.Evidence.Pattern, e.Evidence.Trigger))
		}
		gold := map[Triple]bool{}
		goldTypes := map[string]bool{}
		for _, t := range it.Gold {
			gold[t] = true
			goldTypes[t.Type] = true
		}
		reconcileJoint(gold, pred)
		var miss Miss
		for t := range gold {
			c := r.byType(t.Type)
			if code, ok := pred[t]; ok {
				r.Overall.TP++
				c.TP++
				if g.Kind == KindPETRARCH {
					r.RootMatches++
					if code == it.Codes[t] {
						r.ExactCodes++
					}
				}
			} else {
				r.Overall.FN++
				c.FN++
				miss.Missing = append(miss.Missing, t)
			}
		}
		for t := range pred {
			if !gold[t] {
				r.Overall.FP++
				r.byType(t.Type).FP++
				miss.Extra = append(miss.Extra, t)
			}
		}
		for t := range goldTypes {
			if types[t] {
				r.Types.TP++
			} else {
				r.Types.FN++
			}
		}
		for t := range types {
			if !goldTypes[t] {
				r.Types.FP++
			}
		}
		for _, a := range it.Actors {
			if a == "---" {
				continue
			}
			r.ActorsTotal++
			if named[a] {
				r.ActorsFound++
			}
		}
		if len(miss.Missing)+len(miss.Extra) > 0 {
			miss.Item, miss.Evidence = it, evidence
			sortTriples(miss.Missing)
			sortTriples(miss.Extra)
			r.Misses = append(r.Misses, miss)
		}
	}
	return r
}

// noTarget is the country of a missing target.
const noTarget = "---"

// reconcileJoint relates the two ways of coding an act that two or more
// parties do together. PLOVER names every party as an actor and none as
// the recipient ("Jordan and Britain agreed on joint exercises": JOR and
// GBR, no target); CAMEO datasets code each party toward the other ("Russia
// and China signed a deal": RUS→CHN and CHN→RUS). Where the gold codes an
// act of one type between the same parties one way and the coder the
// other, the coder's events are rewritten to the gold's form, so that one
// act counts once. Nothing else is changed: a party the gold does not name
// stays an error.
func reconcileJoint(gold map[Triple]bool, pred map[Triple]string) {
	types := map[string]bool{}
	for t := range gold {
		types[t.Type] = true
	}
	for typ := range types {
		joint := map[string]bool{} // the gold's parties of a joint act of typ
		for t := range gold {
			if t.Type == typ && t.Target == noTarget && t.Source != noTarget {
				joint[t.Source] = true
			}
		}
		if len(joint) >= 2 {
			// the coder's "A toward B" between two of the gold's parties
			for t, code := range pred {
				if t.Type == typ && joint[t.Source] && joint[t.Target] && t.Source != t.Target {
					delete(pred, t)
					for _, c := range []string{t.Source, t.Target} {
						if j := (Triple{c, noTarget, typ}); pred[j] == "" {
							pred[j] = code
						}
					}
				}
			}
			continue
		}
		// the gold's "A toward B and B toward A": the coder's A and B
		// with no target, or A toward B alone
		for t := range gold {
			if t.Type != typ || t.Source == noTarget || t.Target == noTarget || t.Source >= t.Target || !gold[Triple{t.Target, t.Source, typ}] {
				continue
			}
			ab, ba := Triple{t.Source, t.Target, typ}, Triple{t.Target, t.Source, typ}
			if c, ok := pred[ab]; ok && pred[ba] == "" {
				pred[ba] = c // the coder's "A toward B" for the act the gold codes both ways
				continue
			}
			if c, ok := pred[ba]; ok && pred[ab] == "" {
				pred[ab] = c
				continue
			}
			a, b := Triple{t.Source, noTarget, typ}, Triple{t.Target, noTarget, typ}
			ca, okA := pred[a]
			cb, okB := pred[b]
			if !okA || !okB {
				continue
			}
			delete(pred, a)
			delete(pred, b)
			pred[Triple{t.Source, t.Target, typ}] = ca
			pred[Triple{t.Target, t.Source, typ}] = cb
		}
	}
}

func (r *Report) byType(t string) *Counts {
	c := r.ByType[t]
	if c == nil {
		c = &Counts{}
		r.ByType[t] = c
	}
	return c
}

func sortTriples(ts []Triple) {
	sort.Slice(ts, func(i, j int) bool { return ts[i].String() < ts[j].String() })
}

// Write prints the report: misses (if verbose), per-type figures, actor
// accuracy, and on the last line the overall precision, recall and F1.
func (r *Report) Write(w io.Writer, verbose bool) {
	if verbose {
		for _, m := range r.Misses {
			fmt.Fprintf(w, "MISS %s: %s\n", m.Item.ID, m.Item.Text)
			for _, t := range m.Missing {
				fmt.Fprintf(w, "  missing  %s\n", t)
			}
			for _, t := range m.Extra {
				fmt.Fprintf(w, "  extra    %s\n", t)
			}
			for _, e := range m.Evidence {
				fmt.Fprintf(w, "  coded    %s\n", e)
			}
		}
		fmt.Fprintln(w)
	}
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(w, "%-12s %5s %5s %5s %6s %6s %6s\n", "type", "tp", "fp", "fn", "P", "R", "F1")
	for _, t := range types {
		c := r.ByType[t]
		fmt.Fprintf(w, "%-12s %5d %5d %5d %6.3f %6.3f %6.3f\n", t, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	fmt.Fprintf(w, "\nsentences %d\n", r.Sentences)
	fmt.Fprintf(w, "event type alone:  P %.3f  R %.3f  F1 %.3f\n", r.Types.Precision(), r.Types.Recall(), r.Types.F1())
	fmt.Fprintf(w, "actors named with the right country: %d/%d = %.3f\n", r.ActorsFound, r.ActorsTotal, ratio(r.ActorsFound, r.ActorsTotal))
	if r.Kind == KindPETRARCH {
		fmt.Fprintf(w, "exact CAMEO code among root matches: %d/%d = %.3f\n", r.ExactCodes, r.RootMatches, ratio(r.ExactCodes, r.RootMatches))
	}
	fmt.Fprintf(w, "overall (source country, target country, type): P %.3f  R %.3f  F1 %.3f\n", r.Overall.Precision(), r.Overall.Recall(), r.Overall.F1())
}
