package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/geo"
)

// GDELTColumns are the 61 columns of a GDELT 2.0 event record, in the order
// of the GDELT Event Codebook V2.0 (2015-02-19) and of GDELT's
// *.export.CSV files. The files carry no header row; this list is for
// readers that want to name the columns.
var GDELTColumns = [...]string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELT geographic match types (the *Geo_Type columns), as the GDELT
// codebook defines them. GeoNone is written when there is no place.
const (
	GeoNone       = 0
	GeoCountry    = 1
	GeoUSState    = 2
	GeoUSCity     = 3
	GeoWorldCity  = 4
	GeoWorldState = 5
)

// CountryLookup returns the English name and the FIPS 10-4 code of the
// country with an ISO 3166-1 alpha-3 code, and whether it knows it.
type CountryLookup func(iso3 string) (name, fips string, ok bool)

// GDELTOptions configure a GDELT writer. The zero value is ready to use.
type GDELTOptions struct {
	// Now gives the DATEADDED time (written in UTC). Nil means time.Now;
	// tests set a fixed time.
	Now func() time.Time
	// Countries names countries for the *Geo_FullName columns and gives
	// their FIPS codes when a Place has none. Nil means the gazetteer built
	// into dyad (package geo), loaded on first use.
	Countries CountryLookup
	// Negated writes events that the text negates ("Iran did not reject
	// the talks"). GDELT has no column to mark negation, so by default they
	// are left out: a GDELT reader would take them as having happened.
	Negated bool
}

// GDELTWriter writes dyad events as GDELT 2.0 event records: tab-separated,
// 61 columns, no header, one line per event, as GDELT's export files.
//
// How dyad's fields fill GDELT's columns:
//
//   - GLOBALEVENTID is EventID: a positive 63-bit hash of the article ID,
//     the sentence and the event's identity, stable across runs and
//     across `dyad code` and `dyad export`.
//   - SQLDATE, MonthYear, Year and FractionDate come from the event date,
//     else the article's publication date, else DATEADDED's day.
//   - Actor codes are split into GDELT's fields by 3-letter segment: the
//     country (ISO codes mapped to CAMEO by CAMEOCountry), CAMEO role and
//     generic codes (GOV, MIL, IGO...) as Type1..3, religion codes (MOS,
//     CHR + denomination), ethnic codes (KUR, ARB, lower-case CAMEOECS
//     codes), and the first remaining segment as KnownGroupCode (UNO in
//     IGOUNO, ALQ in IMGMOSALQ). Actor names are upper-cased, as GDELT's.
//   - IsRootEvent is 1 for an event in the article's first paragraph.
//   - NumMentions, NumSources and NumArticles are 1: one article.
//   - AvgTone is the article's tone (dyad.Tone.Tone, GDELT's own scale).
//   - ActionGeo_* come from Event.Place; see gdeltGeo. Actor1Geo_* and
//     Actor2Geo_* are left empty (type 0): dyad places events, not actors.
//   - SOURCEURL is the article's URL, else its document ID.
type GDELTWriter struct {
	bw  *bufio.Writer
	opt GDELTOptions
	buf []byte
	ids idCounter

	countriesOnce sync.Once
	countries     CountryLookup
}

// NewGDELT returns a writer of GDELT 2.0 event records.
func NewGDELT(w io.Writer, opt GDELTOptions) *GDELTWriter {
	return &GDELTWriter{bw: bufio.NewWriterSize(w, 64<<10), opt: opt, buf: make([]byte, 0, 1024)}
}

// gdeltArticle is what a GDELT record needs of the article an event comes
// from.
type gdeltArticle struct {
	id, url, docID, published string
	tone                      float64
	// sentences gives each sentence's paragraph, for IsRootEvent; may be
	// empty.
	sentences []dyad.Sentence
}

func articleOf(c *dyad.Coded) gdeltArticle {
	a := &c.Article
	return gdeltArticle{id: a.ID, url: a.URL, docID: a.DocID, published: a.Published, tone: c.Tone.Tone, sentences: c.Sentences}
}

// Write writes one record per event of c.
func (g *GDELTWriter) Write(c *dyad.Coded) error {
	art := articleOf(c)
	added := g.dateAdded()
	g.ids.reset()
	for i := range c.Events {
		e := &c.Events[i]
		id := g.ids.next(articleKey(&art, e), e)
		if e.Negated && !g.opt.Negated {
			continue
		}
		if err := g.writeEvent(e, &art, id, added); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes any buffered records.
func (g *GDELTWriter) Flush() error {
	if err := g.bw.Flush(); err != nil {
		return fmt.Errorf("cannot write GDELT records: %w", err)
	}
	return nil
}

// dateAdded returns DATEADDED for records written now.
func (g *GDELTWriter) dateAdded() time.Time {
	if g.opt.Now != nil {
		return g.opt.Now().UTC()
	}
	return time.Now().UTC()
}

// country looks up a country, loading the default lookup on first use.
func (g *GDELTWriter) country(iso3 string) (name, fips string, ok bool) {
	if iso3 == "" {
		return "", "", false
	}
	g.countriesOnce.Do(func() {
		g.countries = g.opt.Countries
		if g.countries == nil {
			g.countries = GazetteerCountries()
		}
	})
	return g.countries(iso3)
}

// GazetteerCountries returns a CountryLookup over the gazetteer built into
// dyad (geo.Default), loaded on the first lookup. If the gazetteer cannot
// be loaded, every lookup fails.
func GazetteerCountries() CountryLookup {
	var once sync.Once
	var gz *geo.Gazetteer
	return func(iso3 string) (string, string, bool) {
		once.Do(func() { gz, _ = geo.Default() })
		if gz == nil {
			return "", "", false
		}
		c, ok := gz.Country(iso3)
		if !ok {
			return "", "", false
		}
		return c.Place.Name, c.Place.FIPS, true
	}
}

// writeEvent appends one record to the output.
func (g *GDELTWriter) writeEvent(e *dyad.Event, art *gdeltArticle, id int64, added time.Time) error {
	b := g.appendRecord(g.buf[:0], e, art, id, added)
	g.buf = b
	if _, err := g.bw.Write(b); err != nil {
		return fmt.Errorf("cannot write GDELT record of article %s: %w", art.id, err)
	}
	return nil
}

// appendRecord appends the 61 tab-separated fields of e and a newline.
func (g *GDELTWriter) appendRecord(b []byte, e *dyad.Event, art *gdeltArticle, id int64, added time.Time) []byte {
	tab := func(b []byte) []byte { return append(b, '\t') }
	b = strconv.AppendInt(b, id, 10)
	b = tab(b)

	y, m, d, ok := parseDate(e.Date)
	if !ok {
		y, m, d, ok = parseDate(art.published)
	}
	if !ok {
		y, m, d = added.Year(), int(added.Month()), added.Day()
	}
	b = appendPadded(b, y*10000+m*100+d, 8)
	b = tab(b)
	b = appendPadded(b, y*100+m, 6)
	b = tab(b)
	b = appendPadded(b, y, 4)
	b = tab(b)
	b = strconv.AppendFloat(b, float64(y)+float64(m*30+d)/365, 'f', 4, 64)
	b = tab(b)

	b = g.appendActor(b, e.Source)
	b = g.appendActor(b, e.Target)

	if isRootEvent(art.sentences, e.Sentence) {
		b = append(b, '1')
	} else {
		b = append(b, '0')
	}
	b = tab(b)
	b = appendField(b, e.CAMEO)
	b = tab(b)
	b = appendField(b, baseCode(e.CAMEO))
	b = tab(b)
	root := e.Root
	if root == "" && len(e.CAMEO) >= 2 {
		root = e.CAMEO[:2]
	}
	b = appendField(b, root)
	b = tab(b)
	b = strconv.AppendInt(b, int64(e.Quad), 10)
	b = tab(b)
	b = strconv.AppendFloat(b, e.Goldstein, 'f', 1, 64)
	b = append(b, "\t1\t1\t1\t"...)
	b = strconv.AppendFloat(b, art.tone, 'f', -1, 64)
	b = tab(b)

	// Actor1Geo_* and Actor2Geo_*: dyad does not place actors.
	b = append(b, "0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t"...)
	b = g.appendGeo(b, e.Place)

	b = added.AppendFormat(b, "20060102150405")
	b = tab(b)
	src := art.url
	if src == "" {
		src = art.docID
	}
	if src == "" {
		src = e.DocID
	}
	b = appendField(b, src)
	return append(b, '\n')
}

// appendActor appends the ten actor columns and a tab.
func (g *GDELTWriter) appendActor(b []byte, a *dyad.Actor) []byte {
	if a == nil {
		return append(b, "\t\t\t\t\t\t\t\t\t\t"...)
	}
	f := g.splitActor(a)
	b = appendField(b, f.code)
	b = append(b, '\t')
	b = appendUpperField(b, f.name)
	b = append(b, '\t')
	for _, s := range [...]string{f.country, f.group, f.ethnic, f.religion[0], f.religion[1], f.types[0], f.types[1], f.types[2]} {
		b = appendField(b, s)
		b = append(b, '\t')
	}
	return b
}

// gdeltActor holds an actor's GDELT columns; name is written upper-cased.
type gdeltActor struct {
	code, name, country, group, ethnic string
	religion                           [2]string
	types                              [3]string
}

// Generic CAMEO codes of international and unidentified actors. They are
// types in GDELT, not countries.
var genericCodes = map[string]bool{
	"IGO": true, "NGO": true, "NGM": true, "IMG": true, "MNC": true, "INT": true, "UIS": true,
}

// typeCodes are type codes GDELT writes in Type1..3 beyond the role codes
// of package actor (actor.IsRole): generic codes, settlers, peacekeepers.
var typeCodes = map[string]bool{"INT": true, "SET": true, "PKO": true}

// religionCodes are the first three letters of CAMEO religion codes
// (CAMEO manual, table 4.1).
var religionCodes = map[string]bool{
	"ATH": true, "BAH": true, "BUD": true, "CHR": true, "CON": true, "HIN": true, "JAN": true,
	"JEW": true, "MOS": true, "SHN": true, "SIK": true, "TAO": true, "ZRO": true, "PAG": true,
	"ABR": true, "ADR": true, "EAR": true, "INR": true, "IRR": true, "ITR": true, "NRM": true,
}

// denominationCodes are second trios of CAMEO religion codes (chapters 4
// and 8 of the manual: Shia, Sunni, Catholic...), read as Religion2Code
// when they follow a religion code.
var denominationCodes = map[string]bool{
	"ALE": true, "ANG": true, "AST": true, "CPT": true, "CTH": true, "DEN": true, "DOX": true,
	"DRZ": true, "GNO": true, "HSD": true, "JHW": true, "LDS": true, "MAH": true, "MAY": true,
	"MLN": true, "MRN": true, "OFF": true, "ORT": true, "PRO": true, "RAC": true, "SFI": true,
	"SHI": true, "SUN": true, "SYN": true, "THR": true, "UDX": true, "VAJ": true, "WLB": true,
}

// ethnicCodes are the ethnic-group codes of the CAMEO actor list (manual,
// chapter 7). The lower-case codes of the CAMEO ethnic coding scheme
// (chapter 5) are recognised by their case.
var ethnicCodes = map[string]bool{
	"ABN": true, "ARB": true, "CRO": true, "GYP": true, "HUT": true, "KUR": true, "PAL": true,
	"SER": true, "SLA": true, "SNL": true, "TAM": true, "TRG": true, "TRK": true, "TUT": true, "UIG": true,
}

// regionCodes are the CAMEO region codes dyad's dictionaries use
// (dict/actors/regions.txt). GDELT writes them as country codes.
var regionCodes = map[string]bool{
	"AFR": true, "ASA": true, "BLK": true, "CAS": true, "CAU": true, "CEU": true, "CFR": true,
	"CRB": true, "EAF": true, "EEU": true, "EIN": true, "EUR": true, "KAS": true, "LAM": true,
	"MDT": true, "MEA": true, "NAF": true, "NMR": true, "PGS": true, "SAF": true, "SAM": true,
	"SAS": true, "SCN": true, "SEA": true, "TER": true, "WAF": true, "WST": true,
}

// cameoCountries maps the ISO 3166-1 alpha-3 codes dyad uses to the CAMEO
// codes of the CAMEO 1.1b3 actor list (manual, chapter 7) where the two
// differ. Kosovo, which has no ISO code (dyad uses the user-assigned XKX),
// is KSV, the segment CAMEO gives it (SRBKSV). Every other code is the
// same in both: South Sudan (SSD) and other states the 2012 list lacks
// keep their ISO code, as GDELT writes them.
var cameoCountries = map[string]string{
	"ROU": "ROM", // Romania
	"TLS": "TMP", // East Timor
	"MNE": "MTN", // Montenegro
	"XKX": "KSV", // Kosovo
}

// CAMEOCountry returns the CAMEO country code for an ISO 3166-1 alpha-3
// code; codes that CAMEO writes the same way are returned unchanged.
func CAMEOCountry(iso3 string) string {
	if c, ok := cameoCountries[iso3]; ok {
		return c
	}
	return iso3
}

// splitActor breaks an actor's code into GDELT's columns.
func (g *GDELTWriter) splitActor(a *dyad.Actor) gdeltActor {
	var f gdeltActor
	// dyad writes an agent with no country as "---" + roles.
	f.code = strings.TrimLeft(a.Code, "-")
	name := a.Name
	if name == "" {
		name = a.Text
		if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
			name = name[4:]
		}
	}
	f.name = name
	if a.Country != "" && !genericCodes[a.Country] {
		f.country = CAMEOCountry(a.Country)
		// Write the code with CAMEO's country code too (ROUGOV → ROMGOV).
		if f.country != a.Country && strings.HasPrefix(f.code, a.Country) {
			f.code = f.country + f.code[len(a.Country):]
		}
	}
	nt, nr := 0, 0
	addType := func(s string) {
		for _, t := range f.types[:nt] {
			if t == s {
				return
			}
		}
		if nt < len(f.types) {
			f.types[nt] = s
			nt++
		}
	}
	addReligion := func(s string) {
		if nr < len(f.religion) {
			f.religion[nr] = s
			nr++
		}
	}
	prevReligion := false
	for i := 0; i+3 <= len(f.code); i += 3 {
		s := f.code[i : i+3]
		isRel := false
		switch {
		case i == 0 && (s == a.Country || s == f.country || regionCodes[s]):
			if f.country == "" && !genericCodes[s] {
				f.country = CAMEOCountry(s)
			}
			if genericCodes[s] {
				addType(s)
			}
		case religionCodes[s]: // before roles: the actor package counts CHR, MOS... as roles
			addReligion(s)
			isRel = true
		case genericCodes[s] || typeCodes[s] || actor.IsRole(s):
			addType(s)
		case prevReligion && denominationCodes[s]:
			addReligion(s)
			isRel = true
		case ethnicCodes[s] || isLower3(s):
			if f.ethnic == "" {
				f.ethnic = s
			}
		case regionCodes[s]:
			// a region inside an international code (IGOWSTNAT): not a group.
		case f.group == "" && !g.isCountry(s, &f):
			f.group = s
		}
		prevReligion = isRel
	}
	for _, r := range a.Roles {
		if religionCodes[r] {
			if !slices.Contains(f.religion[:], r) {
				addReligion(r)
			}
			continue
		}
		addType(r)
	}
	return f
}

// isCountry reports whether a segment inside an international actor's
// code is a country (NGOISRHRI); it fills f.country if empty.
func (g *GDELTWriter) isCountry(s string, f *gdeltActor) bool {
	if !isUpper3(s) {
		return false
	}
	if _, _, ok := g.country(s); !ok {
		return false
	}
	if f.country == "" {
		f.country = CAMEOCountry(s)
	}
	return true
}

func isUpper3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

func isLower3(s string) bool {
	return len(s) == 3 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' && s[2] >= 'a' && s[2] <= 'z'
}

// gdeltGeo holds the eight geography columns of a place. The full name
// is name, followed by ", " and country when country is not empty.
type gdeltGeo struct {
	typ                                int
	name, country, fips, adm1, feature string
	lat, lon                           float64
}

// placeGeo fills GDELT's geography columns from a dyad place:
//
//   - Type: 1 for a country, 2 a US state, 3 a US city, 4 a city elsewhere,
//     5 a first-level division elsewhere (Place.Feature "country", "adm1",
//     "city"; a place without Feature is a country when it bears the
//     country's name, else a city).
//   - FullName: "Name" for a country, "Name, Country" otherwise. GDELT
//     writes "City, State, Country"; dyad's places do not name the state.
//   - CountryCode: Place.FIPS, else the FIPS code of Place.Country.
//   - ADM1Code: the FIPS country code, followed for US places by the
//     state's postal code (USTX), as GDELT writes it. Elsewhere dyad knows
//     ISO 3166-2 and GeoNames division codes but not FIPS ones, so the
//     ADM1Code is the country code alone.
//   - ADM2Code: empty.
//   - FeatureID: the country code for a country and the ADM1Code for a US
//     state, as GDELT writes them; empty for cities (dyad's gazetteer keeps
//     GeoNames IDs, not GNS or GNIS ones) and other divisions.
func (g *GDELTWriter) placeGeo(p *dyad.Place) gdeltGeo {
	var r gdeltGeo
	if p == nil || p.Name == "" && p.Country == "" {
		return r
	}
	cname, cfips, _ := g.country(p.Country)
	r.fips = p.FIPS
	if r.fips == "" {
		r.fips = cfips
	}
	r.lat, r.lon = p.Lat, p.Lon
	us := p.Country == "USA"
	switch p.Feature {
	case geo.FeatureCountry:
		r.typ = GeoCountry
	case geo.FeatureADM1:
		r.typ = GeoWorldState
		if us {
			r.typ = GeoUSState
		}
	case geo.FeatureCity:
		r.typ = GeoWorldCity
		if us {
			r.typ = GeoUSCity
		}
	default:
		switch {
		case cname != "" && strings.EqualFold(p.Name, cname):
			r.typ = GeoCountry
		case us:
			r.typ = GeoUSCity
		default:
			r.typ = GeoWorldCity
		}
	}
	switch {
	case r.typ == GeoCountry && cname != "":
		r.name = cname
	case cname != "" && p.Name != "" && !strings.EqualFold(p.Name, cname):
		r.name, r.country = p.Name, cname
	case p.Name != "":
		r.name = p.Name
	default:
		r.name = cname
	}
	r.adm1 = r.fips
	if us && r.typ != GeoCountry && r.fips == "US" {
		if st := usState(p.ADM1); st != "" {
			r.adm1 = "US" + st
		}
	}
	switch r.typ {
	case GeoCountry:
		r.feature = r.fips
	case GeoUSState:
		if r.adm1 != r.fips {
			r.feature = r.adm1
		}
	}
	return r
}

// usState returns the postal code of a US state from an ADM1 code written
// "US-TX" (ISO 3166-2), "US.TX" (GeoNames) or "TX", or "".
func usState(adm1 string) string {
	if i := strings.LastIndexAny(adm1, "-."); i >= 0 {
		adm1 = adm1[i+1:]
	}
	if len(adm1) == 2 && adm1[0] >= 'A' && adm1[0] <= 'Z' && adm1[1] >= 'A' && adm1[1] <= 'Z' {
		return adm1
	}
	return ""
}

// appendGeo appends the eight geography columns of p and a tab.
func (g *GDELTWriter) appendGeo(b []byte, p *dyad.Place) []byte {
	r := g.placeGeo(p)
	if r.typ == GeoNone {
		return append(b, "0\t\t\t\t\t\t\t\t"...)
	}
	b = strconv.AppendInt(b, int64(r.typ), 10)
	b = append(b, '\t')
	b = appendField(b, r.name)
	if r.country != "" {
		b = append(b, ", "...)
		b = appendField(b, r.country)
	}
	b = append(b, '\t')
	b = appendField(b, r.fips)
	b = append(b, '\t')
	b = appendField(b, r.adm1)
	b = append(b, "\t\t"...) // ADM2Code
	b = strconv.AppendFloat(b, r.lat, 'f', -1, 64)
	b = append(b, '\t')
	b = strconv.AppendFloat(b, r.lon, 'f', -1, 64)
	b = append(b, '\t')
	b = appendField(b, r.feature)
	return append(b, '\t')
}

// isRootEvent reports whether sentence idx lies in the article's first
// paragraph, GDELT's lead-paragraph test. Without sentence information only
// the first sentence counts.
func isRootEvent(sentences []dyad.Sentence, idx int) bool {
	if idx >= 0 && idx < len(sentences) && sentences[idx].Index == idx {
		return sentences[idx].Paragraph == 0
	}
	for i := range sentences {
		if sentences[i].Index == idx {
			return sentences[i].Paragraph == 0
		}
	}
	return idx == 0
}

// baseCode returns GDELT's EventBaseCode: the three-digit parent of a
// four-digit code, else the code itself.
func baseCode(code string) string {
	if len(code) == 4 {
		return code[:3]
	}
	return code
}

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY (a missing month or day is
// 1).
func parseDate(s string) (y, m, d int, ok bool) {
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, len(s) > 0
	}
	m, d = 1, 1
	switch {
	case len(s) >= 10 && s[4] == '-' && s[7] == '-':
		var ok1, ok2, ok3 bool
		y, ok1 = num(s[:4])
		m, ok2 = num(s[5:7])
		d, ok3 = num(s[8:10])
		ok = ok1 && ok2 && ok3
	case len(s) == 7 && s[4] == '-':
		var ok1, ok2 bool
		y, ok1 = num(s[:4])
		m, ok2 = num(s[5:7])
		ok = ok1 && ok2
	case len(s) == 4:
		y, ok = num(s)
	}
	if !ok || y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// appendPadded appends n with leading zeros to width digits.
func appendPadded(b []byte, n, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// appendUpperField appends s upper-cased, as appendField.
func appendUpperField(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if r == '\t' || r == '\n' || r == '\r' {
					r = ' '
				}
				b = utf8.AppendRune(b, unicode.ToUpper(r))
			}
			return b
		}
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c == '\t' || c == '\n' || c == '\r':
			c = ' '
		}
		b = append(b, c)
	}
	return b
}

// appendField appends s with tabs, newlines and carriage returns turned
// into spaces, so that a field never breaks a record.
func appendField(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == '\n' || c == '\r' {
			c = ' '
		}
		b = append(b, c)
	}
	return b
}
