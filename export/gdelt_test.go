package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixedNow is the DATEADDED time of the tests.
var fixedNow = func() time.Time { return time.Date(2021, 6, 22, 14, 30, 0, 0, time.UTC) }

// testCountries is a fixed country table, so that the golden files do not
// change with the gazetteer.
func testCountries(iso3 string) (string, string, bool) {
	c, ok := testCountryTable[iso3]
	return c[0], c[1], ok
}

var testCountryTable = map[string][2]string{
	"IRN": {"Iran", "IR"}, "USA": {"United States", "US"}, "AUT": {"Austria", "AU"},
	"YEM": {"Yemen", "YM"}, "SAU": {"Saudi Arabia", "SA"}, "ISR": {"Israel", "IS"},
	"SYR": {"Syria", "SY"}, "IRQ": {"Iraq", "IZ"}, "ROU": {"Romania", "RO"},
}

func actorOf(text, code, country, name string, start, end int, roles ...string) *dyad.Actor {
	if roles == nil {
		roles = []string{}
	}
	return &dyad.Actor{Text: text, Code: code, Country: country, Name: name, Roles: roles, Span: dyad.Span{start, end}, Known: true}
}

// gdeltSample is a hand-built coded article with events that exercise the
// columns: actors with roles, groups and no country, places of every
// kind, a missing target and place, a negated event, a missing date.
func gdeltSample() *dyad.Coded {
	text := []string{
		"Iran's president-elect Ebrahim Raisi ruled out talks with the United States in Vienna.",
		"The Houthis fired missiles into Saudi Arabia.\tThe UN condemned it.",
		"Israel did not strike Syria. Soleimani was killed in Baghdad.",
	}
	return &dyad.Coded{
		Article: dyad.Article{ID: "a89e8973", DocID: "000_89e8973d0803841e", URL: "https://example.com/news/iran", Published: "2021-06-22", Paragraphs: text},
		Sentences: []dyad.Sentence{
			{Index: 0, Paragraph: 0}, {Index: 1, Paragraph: 1}, {Index: 2, Paragraph: 1}, {Index: 3, Paragraph: 2}, {Index: 4, Paragraph: 2},
		},
		Tone: dyad.Tone{Tone: -3.125},
		Events: []dyad.Event{
			{
				DocID: "000_89e8973d0803841e", Sentence: 0, CAMEO: "125", Root: "12", Quad: 3, Goldstein: -5, PLOVER: "REJECT", PLOVERMode: "meet",
				Source: actorOf("Iran's president-elect Ebrahim Raisi", "IRNELI", "IRN", "Ebrahim Raisi", 0, 36, "ELI"),
				Target: actorOf("the United States", "USA", "USA", "", 58, 75),
				Date:   "2021-06-21", DatePrecision: "day",
				Place:    &dyad.Place{Name: "Vienna", Country: "AUT", Lat: 48.2085, Lon: 16.3721, ADM1: "AT-9", FIPS: "AU", Feature: "city"},
				Modality: "asserted",
				Evidence: dyad.Evidence{Trigger: "ruled out", Pattern: "125.rule_out.talks", TriggerSpan: dyad.Span{37, 46}},
			},
			{
				DocID: "000_89e8973d0803841e", Sentence: 1, CAMEO: "195", Root: "19", Quad: 4, Goldstein: -10, PLOVER: "ASSAULT", PLOVERMode: "aerial",
				Source: actorOf("The Houthis", "YEMREB", "YEM", "Houthis", 88, 99, "REB"),
				Target: actorOf("Saudi Arabia", "SAU", "SAU", "", 120, 132),
				Date:   "2021-06", DatePrecision: "month",
				Place:    &dyad.Place{Name: "Saudi Arabia", Country: "SAU", Lat: 24, Lon: 45, FIPS: "SA", Feature: "country"},
				Evidence: dyad.Evidence{Trigger: "fired", TriggerSpan: dyad.Span{100, 105}},
			},
			{
				DocID: "000_89e8973d0803841e", Sentence: 2, CAMEO: "1121", Root: "11", Quad: 3, Goldstein: -2,
				Source:   actorOf("The UN", "IGOUNO", "IGO", "United Nations", 134, 140),
				Date:     "",
				Evidence: dyad.Evidence{Trigger: "condemned", TriggerSpan: dyad.Span{141, 150}},
			},
			{
				DocID: "000_89e8973d0803841e", Sentence: 3, CAMEO: "195", Root: "19", Quad: 4, Goldstein: -10,
				Source: actorOf("Israel", "ISR", "ISR", "", 160, 166), Target: actorOf("Syria", "SYR", "SYR", "", 184, 189),
				Date: "2021-06-20", Negated: true,
				Evidence: dyad.Evidence{Trigger: "strike", TriggerSpan: dyad.Span{177, 183}},
			},
			{
				DocID: "000_89e8973d0803841e", Sentence: 4, CAMEO: "186", Root: "18", Quad: 4, Goldstein: -10,
				Source: actorOf("", "---MIL", "", "", 0, 0, "MIL"),
				Target: actorOf("Soleimani", "IRNMIL", "IRN", "Qasem Soleimani", 191, 200, "MIL"),
				Date:   "2020-01-03",
				Place:  &dyad.Place{Name: "Baghdad", Country: "IRQ", Lat: 33.3406, Lon: 44.4009, FIPS: "IZ", Feature: "city"},
			},
		},
	}
}

// gdeltUSSample has US places and an article without URL or ID.
func gdeltUSSample() *dyad.Coded {
	return &dyad.Coded{
		Article: dyad.Article{DocID: "d2", Paragraphs: []string{"Protesters in Houston and Texas and Romania."}},
		Events: []dyad.Event{
			{DocID: "d2", CAMEO: "141", Root: "14", Quad: 3, Goldstein: -6.5,
				Source: actorOf("Protesters", "USAOPP", "USA", "", 0, 10, "OPP"), Date: "2021-06-01",
				Place: &dyad.Place{Name: "Houston", Country: "USA", Lat: 29.7633, Lon: -95.3633, ADM1: "US-TX", FIPS: "US", Feature: "city"}},
			{DocID: "d2", CAMEO: "141", Root: "14", Quad: 3, Goldstein: -6.5,
				Source: actorOf("Protesters", "USAOPP", "USA", "", 0, 10, "OPP"), Date: "2021-06-01",
				Place: &dyad.Place{Name: "Texas", Country: "USA", Lat: 31.25, Lon: -99.25, ADM1: "US-TX", Feature: "adm1"}},
			{DocID: "d2", CAMEO: "141", Root: "14", Quad: 3, Goldstein: -6.5,
				Source: actorOf("Romanian protesters", "ROUOPP", "ROU", "", 0, 10, "OPP"), Date: "2021-06-01",
				Place: &dyad.Place{Name: "Romania", Country: "ROU", Lat: 46, Lon: 25}},
		},
	}
}

func writeGDELT(t testing.TB, opt GDELTOptions, cs ...*dyad.Coded) string {
	t.Helper()
	var b bytes.Buffer
	w := NewGDELT(&b, opt)
	for _, c := range cs {
		if err := w.Write(c); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("cannot read golden file (run go test -update): %v", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("%s line %d:\ngot  %q\nwant %q", path, i+1, g, w)
			}
		}
	}
}

func TestGDELTGolden(t *testing.T) {
	got := writeGDELT(t, GDELTOptions{Now: fixedNow, Countries: testCountries}, gdeltSample(), gdeltUSSample())
	checkGolden(t, "gdelt.golden", got)
}

func TestGDELTFieldCount(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("GDELTColumns has %d names, want 61", len(GDELTColumns))
	}
	got := writeGDELT(t, GDELTOptions{Now: fixedNow, Countries: testCountries, Negated: true}, gdeltSample(), gdeltUSSample(), &dyad.Coded{})
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 8 {
		t.Fatalf("got %d records, want 8 (every event, negated ones included):\n%s", len(lines), got)
	}
	for i, l := range lines {
		if n := len(strings.Split(l, "\t")); n != 61 {
			t.Errorf("record %d has %d fields, want 61: %q", i, n, l)
		}
	}
}

// gdeltRecords writes cs and returns the records as maps of column name to
// value.
func gdeltRecords(t *testing.T, opt GDELTOptions, cs ...*dyad.Coded) []map[string]string {
	t.Helper()
	var out []map[string]string
	for _, l := range strings.Split(strings.TrimSuffix(writeGDELT(t, opt, cs...), "\n"), "\n") {
		f := strings.Split(l, "\t")
		if len(f) != len(GDELTColumns) {
			t.Fatalf("record has %d fields: %q", len(f), l)
		}
		m := map[string]string{}
		for i, c := range GDELTColumns {
			m[c] = f[i]
		}
		out = append(out, m)
	}
	return out
}

func TestGDELTColumns(t *testing.T) {
	recs := gdeltRecords(t, GDELTOptions{Now: fixedNow, Countries: testCountries}, gdeltSample(), gdeltUSSample())
	if len(recs) != 7 {
		t.Fatalf("got %d records, want 7 (the negated event left out)", len(recs))
	}
	tests := []struct {
		rec    int
		column string
		want   string
	}{
		{0, "SQLDATE", "20210621"},
		{0, "MonthYear", "202106"},
		{0, "Year", "2021"},
		{0, "FractionDate", "2021.5507"}, // (6*30+21)/365
		{0, "Actor1Code", "IRNELI"},
		{0, "Actor1Name", "EBRAHIM RAISI"},
		{0, "Actor1CountryCode", "IRN"},
		{0, "Actor1Type1Code", "ELI"},
		{0, "Actor2Name", "UNITED STATES"},
		{0, "Actor2Type1Code", ""},
		{0, "IsRootEvent", "1"},
		{0, "EventCode", "125"},
		{0, "EventBaseCode", "125"},
		{0, "EventRootCode", "12"},
		{0, "QuadClass", "3"},
		{0, "GoldsteinScale", "-5.0"},
		{0, "NumMentions", "1"},
		{0, "AvgTone", "-3.125"},
		{0, "Actor1Geo_Type", "0"},
		{0, "ActionGeo_Type", "4"},
		{0, "ActionGeo_FullName", "Vienna, Austria"},
		{0, "ActionGeo_CountryCode", "AU"},
		{0, "ActionGeo_ADM1Code", "AU"},
		{0, "ActionGeo_Lat", "48.2085"},
		{0, "ActionGeo_Long", "16.3721"},
		{0, "DATEADDED", "20210622143000"},
		{0, "SOURCEURL", "https://example.com/news/iran"},
		{1, "SQLDATE", "20210601"}, // month precision
		{1, "IsRootEvent", "0"},
		{1, "ActionGeo_Type", "1"},
		{1, "ActionGeo_FullName", "Saudi Arabia"},
		{1, "ActionGeo_FeatureID", "SA"},
		{1, "Actor1Type1Code", "REB"},
		{2, "SQLDATE", "20210622"}, // no event date: the publication date
		{2, "Actor1CountryCode", ""},
		{2, "Actor1KnownGroupCode", "UNO"},
		{2, "Actor1Type1Code", "IGO"},
		{2, "EventBaseCode", "112"},
		{2, "EventRootCode", "11"},
		{2, "Actor2Code", ""},
		{2, "ActionGeo_Type", "0"},
		{3, "Actor1Code", "MIL"}, // "---MIL": no country
		{3, "Actor1CountryCode", ""},
		{3, "Actor1Type1Code", "MIL"},
		{3, "ActionGeo_FullName", "Baghdad, Iraq"},
		{4, "ActionGeo_Type", "3"},
		{4, "ActionGeo_FullName", "Houston, United States"},
		{4, "ActionGeo_ADM1Code", "USTX"},
		{4, "ActionGeo_FeatureID", ""},
		{4, "SOURCEURL", "d2"},
		{4, "Actor1Type1Code", "OPP"},
		{5, "ActionGeo_Type", "2"},
		{5, "ActionGeo_CountryCode", "US"}, // from the country table: the place has no FIPS
		{5, "ActionGeo_ADM1Code", "USTX"},
		{5, "ActionGeo_FeatureID", "USTX"},
		{6, "Actor1CountryCode", "ROM"}, // CAMEO's code for Romania
		{6, "Actor1Code", "ROMOPP"},
		{6, "ActionGeo_Type", "1"}, // no Feature, but the country's name
		{6, "ActionGeo_CountryCode", "RO"},
	}
	for _, tt := range tests {
		if got := recs[tt.rec][tt.column]; got != tt.want {
			t.Errorf("record %d %s = %q, want %q", tt.rec, tt.column, got, tt.want)
		}
	}
	seen := map[string]bool{}
	for i, r := range recs {
		id := r["GLOBALEVENTID"]
		if id == "" || id[0] == '-' || id == "0" {
			t.Errorf("record %d: GLOBALEVENTID %q is not positive", i, id)
		}
		if seen[id] {
			t.Errorf("record %d: GLOBALEVENTID %s repeats", i, id)
		}
		seen[id] = true
	}
}

func TestSplitActor(t *testing.T) {
	g := NewGDELT(&bytes.Buffer{}, GDELTOptions{Countries: testCountries})
	tests := []struct {
		a    *dyad.Actor
		want gdeltActor
	}{
		{actorOf("Iranian officials", "IRNGOV", "IRN", "", 0, 0, "GOV"),
			gdeltActor{code: "IRNGOV", name: "IRANIAN OFFICIALS", country: "IRN", types: [3]string{"GOV"}}},
		{actorOf("al-Qaeda", "IMGMOSALQ", "IMG", "al-Qaeda", 0, 0),
			gdeltActor{code: "IMGMOSALQ", name: "AL-QAEDA", group: "ALQ", religion: [2]string{"MOS"}, types: [3]string{"IMG"}}},
		{actorOf("NATO", "IGOWSTNAT", "IGO", "NATO", 0, 0),
			gdeltActor{code: "IGOWSTNAT", name: "NATO", group: "NAT", types: [3]string{"IGO"}}},
		{actorOf("UNHCR", "IGOUNOREFHCR", "IGO", "", 0, 0, "REF"),
			gdeltActor{code: "IGOUNOREFHCR", name: "UNHCR", group: "UNO", types: [3]string{"IGO", "REF"}}},
		{actorOf("B'Tselem", "NGOISRHRI", "NGO", "", 0, 0, "HRI"),
			gdeltActor{code: "NGOISRHRI", name: "B'TSELEM", country: "ISR", types: [3]string{"NGO", "HRI"}}},
		{actorOf("Shia militias", "IRQMOSSHIUAF", "IRQ", "", 0, 0, "UAF"),
			gdeltActor{code: "IRQMOSSHIUAF", name: "SHIA MILITIAS", country: "IRQ", religion: [2]string{"MOS", "SHI"}, types: [3]string{"UAF"}}},
		{actorOf("Kurdish rebels", "IRQKURREB", "IRQ", "", 0, 0, "REB"),
			gdeltActor{code: "IRQKURREB", name: "KURDISH REBELS", country: "IRQ", ethnic: "KUR", types: [3]string{"REB"}}},
		{actorOf("Middle East leaders", "MEAGOV", "MEA", "", 0, 0, "GOV"),
			gdeltActor{code: "MEAGOV", name: "MIDDLE EAST LEADERS", country: "MEA", types: [3]string{"GOV"}}},
		{actorOf("government troops", "---GOVMILELIMED", "", "", 0, 0, "GOV", "MIL", "ELI", "MED"),
			gdeltActor{code: "GOVMILELIMED", name: "GOVERNMENT TROOPS", types: [3]string{"GOV", "MIL", "ELI"}}},
		{actorOf("Romania", "ROU", "ROU", "", 0, 0),
			gdeltActor{code: "ROM", name: "ROMANIA", country: "ROM"}},
		{actorOf("Romanian police", "ROUCOP", "ROU", "", 0, 0, "COP"),
			gdeltActor{code: "ROMCOP", name: "ROMANIAN POLICE", country: "ROM", types: [3]string{"COP"}}},
	}
	for _, tt := range tests {
		got := g.splitActor(tt.a)
		got.name = string(appendUpperField(nil, got.name)) // as appendActor writes it
		if got != tt.want {
			t.Errorf("splitActor(%s) = %+v, want %+v", tt.a.Code, got, tt.want)
		}
	}
}

func TestAppendUpperField(t *testing.T) {
	for in, want := range map[string]string{
		"al-Qaeda":           "AL-QAEDA",
		"Sébastien\tLecornu": "SÉBASTIEN LECORNU",
		"Erdoğan\nsaid":      "ERDOĞAN SAID",
		"":                   "",
		"Ümit\r":             "ÜMIT ",
	} {
		if got := string(appendUpperField([]byte("x\t"), in)); got != "x\t"+want {
			t.Errorf("appendUpperField(%q) = %q, want %q", in, got, "x\t"+want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		y, m, d int
		ok      bool
	}{
		{"2021-06-21", 2021, 6, 21, true},
		{"2021-06-21T10:00:00Z", 2021, 6, 21, true},
		{"2021-06", 2021, 6, 1, true},
		{"2021", 2021, 1, 1, true},
		{"", 0, 0, 0, false},
		{"2021-13-01", 0, 0, 0, false},
		{"June 2021", 0, 0, 0, false},
	}
	for _, tt := range tests {
		y, m, d, ok := parseDate(tt.in)
		if y != tt.y || m != tt.m || d != tt.d || ok != tt.ok {
			t.Errorf("parseDate(%q) = %d, %d, %d, %v; want %d, %d, %d, %v", tt.in, y, m, d, ok, tt.y, tt.m, tt.d, tt.ok)
		}
	}
}

func TestEventIDStable(t *testing.T) {
	c := gdeltSample()
	a := EventIDs(c.Article.ID, c.Events)
	// Dropping an event does not change the others' IDs.
	b := EventIDs(c.Article.ID, append(append([]dyad.Event{}, c.Events[:1]...), c.Events[2:]...))
	if a[0] != b[0] || a[2] != b[1] || a[4] != b[3] {
		t.Errorf("IDs changed when another event was dropped: %v, %v", a, b)
	}
	// Two identical events get different IDs, in order.
	dup := []dyad.Event{c.Events[0], c.Events[0]}
	d := EventIDs(c.Article.ID, dup)
	if d[0] == d[1] || d[0] != a[0] {
		t.Errorf("identical events: IDs %v, first want %d", d, a[0])
	}
	// Another article, other IDs.
	if e := EventIDs("other", c.Events[:1]); e[0] == a[0] {
		t.Errorf("same ID in two articles: %d", e[0])
	}
	for _, id := range append(a, d...) {
		if id <= 0 {
			t.Errorf("ID %d is not positive", id)
		}
	}
	if EventID(c.Article.ID, &c.Events[0], 0) != a[0] {
		t.Error("EventID and EventIDs disagree")
	}
}

func TestGDELTDefaultCountries(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gazetteer")
	}
	name, fips, ok := GazetteerCountries()("IRN")
	if !ok || name != "Iran" || fips != "IR" {
		t.Errorf("gazetteer lookup of IRN = %q, %q, %v; want Iran, IR", name, fips, ok)
	}
	if _, _, ok := GazetteerCountries()("ZZZ"); ok {
		t.Error("ZZZ found")
	}
}

func TestNewGDELT(t *testing.T) {
	var b bytes.Buffer
	w, err := New("gdelt", &b)
	if err != nil {
		t.Fatal(err)
	}
	c := gdeltUSSample()
	c.Events = c.Events[:1]
	c.Events[0].Place = nil
	if err := w.Write(c); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if n := len(strings.Split(strings.TrimSuffix(b.String(), "\n"), "\t")); n != 61 {
		t.Errorf("New(\"gdelt\") wrote %d fields", n)
	}
}

// BenchmarkGDELT measures GDELT record writing; it reports records per
// second of CPU-bound work (the output is discarded).
func BenchmarkGDELT(b *testing.B) {
	c := gdeltSample()
	for i := 0; i < 6; i++ { // 25 events an article
		c.Events = append(c.Events, c.Events[:4]...)
	}
	w := NewGDELT(discard{}, GDELTOptions{Now: fixedNow, Countries: testCountries, Negated: true})
	events := 0
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(c); err != nil {
			b.Fatal(err)
		}
		events += len(c.Events)
	}
	w.Flush()
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "rows/s")
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
