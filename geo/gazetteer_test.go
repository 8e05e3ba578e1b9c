package geo

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
)

func mustDefault(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestDefaultContents(t *testing.T) {
	g := mustDefault(t)
	var countries, adm1, cities, full int
	for i := range g.places {
		p := &g.places[i]
		switch p.kind {
		case kindCountry:
			countries++
		case kindADM1:
			adm1++
		case kindCity:
			cities++
			c := g.countries[p.country]
			if len(c.iso3) == 3 && c.fips != "" && p.pop > 0 && (p.lat != 0 || p.lon != 0) {
				full++
			}
		}
	}
	t.Logf("%d countries, %d divisions, %d cities (%d with coordinates, population, ISO3 and FIPS)", countries, adm1, cities, full)
	if countries < 240 || adm1 < 3000 || full < 20000 {
		t.Errorf("gazetteer too small: %d countries, %d divisions, %d complete cities", countries, adm1, full)
	}
}

func TestLookup(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, country, feature, place string
	}{
		{"Kiev", "UKR", FeatureCity, "Kyiv"},
		{"kyiv", "UKR", FeatureCity, "Kyiv"},
		{"Washington", "USA", FeatureCity, "Washington, D.C."},
		{"Georgia", "GEO", FeatureCountry, "Georgia"},
		{"Paris", "FRA", FeatureCity, "Paris"},
		{"CÓRDOBA", "ARG", FeatureCity, "Córdoba"},
		{"Gaza", "PSE", FeatureADM1, "Gaza Strip"},
		{"Gaza City", "PSE", FeatureCity, "Gaza City"},
		{"DRC", "COD", FeatureCountry, "Democratic Republic of the Congo"},
		{"Congo", "COD", FeatureCountry, "Democratic Republic of the Congo"},
		{"Korea", "KOR", FeatureCountry, "South Korea"},
		{"Baghdad", "IRQ", FeatureCity, "Baghdad"},
		{"Hodeidah", "YEM", FeatureCity, "Al Ḩudaydah"},
		{"Donbas", "UKR", FeatureADM1, "Donbas"},
	}
	for _, tc := range tests {
		cs := g.Lookup(tc.name)
		if len(cs) == 0 {
			t.Errorf("Lookup(%q): nothing", tc.name)
			continue
		}
		c := cs[0]
		if c.Country != tc.country || c.Feature != tc.feature || c.Name != tc.place {
			t.Errorf("Lookup(%q)[0] = %s %s %s, want %s %s %s", tc.name, c.Country, c.Feature, c.Name, tc.country, tc.feature, tc.place)
		}
	}
	// All the places of a name, best first.
	var us bool
	for _, c := range g.Lookup("Georgia") {
		if c.Country == "USA" && c.Feature == FeatureADM1 {
			us = true
		}
	}
	if !us {
		t.Error(`Lookup("Georgia") lacks the US state`)
	}
	if cs := g.Lookup("Nowhere-on-Earth-Xq"); len(cs) != 0 {
		t.Errorf("Lookup of an unknown name = %v", cs)
	}
}

func TestPlaceCodes(t *testing.T) {
	g := mustDefault(t)
	c, ok := g.Country("IRQ")
	if !ok || c.FIPS != "IZ" || c.Name != "Iraq" || c.Feature != FeatureCountry {
		t.Errorf("Country(IRQ) = %+v, %v", c, ok)
	}
	if b := g.Lookup("Baghdad")[0]; b.ADM1 != "IQ-BG" || b.FIPS != "IZ" || b.Lat < 33 || b.Lat > 34 || b.ID != 98182 {
		t.Errorf("Baghdad = %+v", b)
	}
	if k := g.Lookup("Khan Younis")[0]; k.Country != "PSE" || k.FIPS != "GZ" {
		t.Errorf("Khan Younis = %+v, want PSE with FIPS GZ", k)
	}
	if _, ok := g.Country("XXX"); ok {
		t.Error("Country(XXX) found")
	}
}

func TestFindContext(t *testing.T) {
	g := mustDefault(t)
	resolve := func(ctx *Context, sentences ...string) []Toponym {
		var last []Toponym
		for _, s := range sentences {
			last = g.Find(s, 0, ctx)
		}
		return last
	}
	tests := []struct {
		name      string
		sentences []string
		text      string
		country   string
		feature   string
	}{
		{"georgia near tbilisi", []string{"Protests continued in Tbilisi.", "Georgia's parliament passed the law."}, "Georgia", "GEO", FeatureCountry},
		{"georgia near russia", []string{"Russia warned its neighbours.", "Georgia's parliament passed the law."}, "Georgia", "GEO", FeatureCountry},
		{"georgia near atlanta", []string{"Voters queued in Atlanta.", "Georgia's election board met."}, "Georgia", "USA", FeatureADM1},
		{"paris in texas", []string{"A storm hit Texas.", "Homes were destroyed in Paris."}, "Paris", "USA", FeatureCity},
		{"paris alone", []string{"Homes were destroyed in Paris."}, "Paris", "FRA", FeatureCity},
		// a town of the story's country does not beat a city eight times its size
		{"geneva with americans", []string{"The United States sent its envoy.", "American and Russian diplomats met in Geneva."}, "Geneva", "CHE", FeatureCity},
		{"odessa with americans", []string{"Washington pledged more air defences to Ukraine.", "U.S. officials said missiles hit Odessa."}, "Odessa", "UKR", FeatureCity},
		{"odessa in texas", []string{"Oil prices rose in Texas.", "A rig exploded near Odessa."}, "Odessa", "USA", FeatureCity},
		{"paris texas", []string{"He grew up in Paris, Texas."}, "Paris", "USA", FeatureCity},
		{"tripoli lebanon", []string{"Lebanon's army deployed in the north.", "Lebanese troops entered Tripoli."}, "Tripoli", "LBN", FeatureCity},
		{"tripoli libya", []string{"Militias clashed in Tripoli."}, "Tripoli", "LBY", FeatureCity},
		{"washington said", []string{"Washington said the talks would go on."}, "Washington", "USA", FeatureCity},
		{"idlib province", []string{"Shelling hit Idlib province."}, "Idlib", "SYR", FeatureADM1},
		{"washington state", []string{"Fires burned in Washington state."}, "Washington", "USA", FeatureADM1},
		// a small town of far countries, in a story about another: no place
		{"moura in mali", []string{"Mali's army moved north.", "Soldiers killed civilians in the village of Moura."}, "Moura", "", ""},
	}
	for _, tc := range tests {
		tps := resolve(NewContext(), tc.sentences...)
		var hit *Toponym
		for i := range tps {
			if tps[i].Text == tc.text {
				hit = &tps[i]
			}
		}
		if hit == nil && tc.country == "" {
			continue
		}
		if hit == nil {
			t.Errorf("%s: %q not found in %q", tc.name, tc.text, tc.sentences[len(tc.sentences)-1])
			continue
		}
		if hit.Place.Country != tc.country || hit.Place.Feature != tc.feature {
			t.Errorf("%s: %q → %s %s %s, want %s %s", tc.name, tc.text, hit.Place.Country, hit.Place.Feature, hit.Place.Name, tc.country, tc.feature)
		}
	}
}

func TestFindNotPlaces(t *testing.T) {
	g := mustDefault(t)
	for _, s := range []string{
		"George Washington crossed the river.",
		"The Washington Post reported it first.",
		"Chad Smith was charged on Monday.",
		"Us and them, the singer said.",
		"Nice work, he said.",
		"Michael Jordan retired.",
		"Queen Victoria reigned for 63 years.",
		"Mr. Lincoln said no.",
		"The Geneva Conventions apply.",
		"Al-Monitor reported the story.",
		"T-Mobile raised prices.",
		"Ships sailed through the Red Sea.",
		"They crossed the Jordan River at dawn.",
		"The talks resume in March.",
		"Hamas and the Taliban issued statements.",
		"Western papers printed the cartoons.",
		"Protesters set fire to buildings in the capital's Chinatown district.",
		"Shops were looted downtown and in Midtown.",
	} {
		if tps := g.Find(s, 0, NewContext()); len(tps) != 0 {
			t.Errorf("Find(%q) = %q → %s, want nothing", s, tps[0].Text, tps[0].Place.Name)
		}
	}
}

func TestFindSpans(t *testing.T) {
	g := mustDefault(t)
	const base = 500
	s := "Iran-backed militias in the Gaza Strip and the U.S. disagreed."
	tps := g.Find(s, base, nil)
	want := []string{"Iran", "Gaza Strip", "U.S."}
	if len(tps) != len(want) {
		t.Fatalf("Find(%q) = %v, want %v", s, tps, want)
	}
	for i, tp := range tps {
		if tp.Text != want[i] || s[tp.Start-base:tp.End-base] != tp.Text {
			t.Errorf("toponym %d = %q at [%d,%d), want %q", i, tp.Text, tp.Start, tp.End, want[i])
		}
		if tp.Place.Span == nil || tp.Place.Span[0] != tp.Start || tp.Place.Span[1] != tp.End {
			t.Errorf("toponym %q: place span %v, want [%d %d]", tp.Text, tp.Place.Span, tp.Start, tp.End)
		}
	}
	if tps := g.Find("", 0, nil); tps != nil {
		t.Errorf("Find of nothing = %v", tps)
	}
}

func TestContextCounts(t *testing.T) {
	g := mustDefault(t)
	ctx := NewContext()
	g.Find("Iraqi forces entered Mosul, and Iran protested.", 0, ctx)
	if ctx.Count("IRQ") != 2 || ctx.Count("IRN") != 1 {
		t.Errorf("counts IRQ %d, IRN %d; want 2, 1 (a demonym and a city; a country)", ctx.Count("IRQ"), ctx.Count("IRN"))
	}
	ctx.AddCountry("IRN")
	ctx.AddCountry("IRN")
	if f := ctx.Focus(); len(f) != 2 || f[0] != "IRN" {
		t.Errorf("Focus = %v, want IRN first", f)
	}
	var nilCtx *Context
	nilCtx.AddCountry("IRQ")
	if nilCtx.Count("IRQ") != 0 || nilCtx.Focus() != nil {
		t.Error("a nil Context should count nothing")
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(strings.NewReader("not gzip")); err == nil {
		t.Error("Load of non-gzip data succeeded")
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("# header\nC\t1\tXXX\tXX\tXX\tNowhere\tnot-a-number\t0\t0\t0\t\t\t\n"))
	zw.Close()
	if _, err := Load(&buf); !errors.Is(err, ErrFormat) {
		t.Errorf("Load of bad data: %v, want ErrFormat", err)
	}
}

func TestFindAcronyms(t *testing.T) {
	g := mustDefault(t)
	s := "The DRC and the UAE signed a deal with the US, the UK and NATO."
	var got []string
	for _, tp := range g.Find(s, 0, nil) {
		got = append(got, tp.Text+"="+tp.Place.Country)
	}
	want := "DRC=COD UAE=ARE US=USA UK=GBR"
	if strings.Join(got, " ") != want {
		t.Errorf("Find(%q) = %v, want %s", s, got, want)
	}
}

func TestPreload(t *testing.T) {
	Preload()
	g, err := Default()
	if err != nil || g == nil || g.Len() == 0 {
		t.Fatalf("Default after Preload = %v, %v", g, err)
	}
}
