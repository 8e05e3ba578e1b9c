package actor

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// sharedDir returns ../shared relative to the repository root, or skips.
func sharedDir(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found at %s: skipping the test against the CAMEO manual", dir)
	}
	return dir
}

// notPlaces are the three-letter codes of the CAMEO actor list that name
// no state, territory or region: ethnic and religious groups, generic
// international codes and a party.
var notPlaces = map[string]bool{
	"ABN": true, "ARB": true, "ATH": true, "BAH": true, "BUD": true, "CHR": true, "CON": true,
	"CRO": true, "GYP": true, "HIN": true, "HUT": true, "JAN": true, "JEW": true, "KUR": true,
	"MOS": true, "PAG": true, "PAL": true, "SER": true, "SIK": true, "SLA": true, "SNL": true,
	"TAM": true, "TAO": true, "TRG": true, "TRK": true, "TUT": true, "UIG": true, "ZRO": true,
	"IGO": true, "IMG": true, "INT": true, "MNC": true, "NGM": true, "NGO": true, "UIS": true,
	"CMN": true,
}

// legacyCodes maps codes of the 2003 CAMEO list to the ISO codes used now.
var legacyCodes = map[string]string{
	"ROM": "ROU", // Romania
	"TMP": "TLS", // East Timor
	"MTN": "MNE", // Montenegro
	"IMY": "IMN", // Isle of Man (a typo for IMN in the list)
}

// TestCAMEOCountryCodes checks that every state, territory and region code
// of the CAMEO actor code list (manual chapter 7; chapter 9, the ISO
// chapter, carries no table) is in the embedded dictionaries.
func TestCAMEOCountryCodes(t *testing.T) {
	path := filepath.Join(sharedDir(t), "data", "cameo", "manual", "chapter_7_keds_project_actor_codes.md")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("CAMEO manual chapter 7 not found: %v", err)
	}
	defer f.Close()
	d := testDict(t)
	have := map[string]bool{}
	for _, e := range d.Entries() {
		if e.Kind != KindCountry && e.Kind != KindRegion {
			continue
		}
		for _, c := range e.Codes {
			have[c.Code] = true
			have[prefix3(c.Code)] = true
		}
		for _, ns := range [][]Name{e.Aliases, e.Adjectives} {
			for _, n := range ns {
				if n.Code != "" {
					have[n.Code] = true
				}
			}
		}
	}
	row := regexp.MustCompile(`^\|\s*([A-Z]{3})\s*\|\s*(.*?)\s*\|`)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		m := row.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		code, desc := m[1], m[2]
		if notPlaces[code] || strings.Contains(desc, "role code") || strings.Contains(desc, "Unidentified") {
			continue
		}
		n++
		if c, ok := legacyCodes[code]; ok {
			code = c
		}
		if !have[code] {
			t.Errorf("CAMEO code %s (%s) is in no country or region entry", m[1], desc)
		}
	}
	if n < 150 {
		t.Fatalf("read only %d state and region codes from %s: has the table changed?", n, path)
	}
}

// TestCountryEntries checks the country entries: ISO-style codes, no code
// used by two current entries (but a bare, dated name like "Congo" may
// name another entry's country), every UN member state present once.
func TestCountryEntries(t *testing.T) {
	d := testDict(t)
	byCode := map[string]string{}
	for _, e := range d.Entries() {
		if e.Kind != KindCountry {
			continue
		}
		code := e.CodeAt("")
		if len(code) != 3 {
			t.Errorf("%s: latest code %q is not three letters", e.Name, code)
		}
		if len(e.Codes) > 1 && len(e.Aliases)+len(e.Adjectives)+len(e.Capitals) == 0 {
			continue // a bare name whose country changed ("Congo": COG, then COD)
		}
		if other, ok := byCode[code]; ok && code != "SCG" && code != "USR" {
			t.Errorf("%s and %s share the code %s", e.Name, other, code)
		}
		byCode[code] = e.Name
	}
	// A sample across continents; the count below covers the rest.
	for _, c := range []string{"IRN", "USA", "RUS", "CHN", "ISR", "PSE", "VAT", "SSD", "TLS", "MNE", "SRB", "XKX", "TWN", "ESH", "KOR", "PRK", "COD", "COG", "CIV", "SWZ", "MKD"} {
		if _, ok := byCode[c]; !ok {
			t.Errorf("no country entry codes %s", c)
		}
	}
	if len(byCode) < 193+2+40 {
		t.Errorf("%d distinct country codes, want the 193 UN members, 2 observers and the main territories", len(byCode))
	}
}
