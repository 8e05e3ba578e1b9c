package actor

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestImportPETRARCH(t *testing.T) {
	f, err := os.Open("testdata/petrarch_actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := ImportPETRARCH(f, "petrarch_actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Entry{}
	for _, e := range es {
		byName[e.Name] = e
	}
	tests := []struct {
		name, kind string
		aliases    []string
		codes      []DatedCode
	}{
		{"Islamic Republic of Nowhere", KindCountry, []string{"Nowhere", "Nowherestan"}, []DatedCode{{Code: "NWH"}}},
		{"Ebrahim Raisi", KindPerson, []string{"Raisi", "Ibrahim Raisi"}, []DatedCode{
			{"IRNJUD", "2019-03-07", "2021-06-18"}, {"IRNELI", "2021-06-19", "2021-08-02"},
			{"IRNGOV", "2021-08-03", "2024-05-19"}, {"IRNELI", "2024-05-20", ""}}},
		{"James Byrnes", KindPerson, nil, []DatedCode{{"USAELI", "1897-01-01", "1945-07-02"}, {"USAGOV", "1945-07-03", "1947-01-21"}}},
		{"Al-Qaeda", KindGroup, []string{"Al Qaida"}, []DatedCode{{Code: "IMGMOSALQ"}}},
		{"Old Minister", KindPerson, nil, []DatedCode{{"NWHGOV", "", "1999-12-31"}, {Code: "NWHELI"}}},
		{"United Nations", KindIGO, []string{"UN"}, []DatedCode{{Code: "IGOUNO"}}},
		{"Repeated Ranges", KindPerson, nil, []DatedCode{{"AFGGOV", "1979-12-27", "1986-11-24"}}},
	}
	if len(es) != len(tests) {
		t.Errorf("imported %d entries, want %d", len(es), len(tests))
	}
	for _, tt := range tests {
		e, ok := byName[tt.name]
		if !ok {
			t.Errorf("no entry %q in %v", tt.name, es)
			continue
		}
		if e.Kind != tt.kind {
			t.Errorf("%s: kind %q, want %q", tt.name, e.Kind, tt.kind)
		}
		var al []string
		for _, a := range e.Aliases {
			al = append(al, a.Text)
		}
		if strings.Join(al, "|") != strings.Join(tt.aliases, "|") {
			t.Errorf("%s: aliases %q, want %q", tt.name, al, tt.aliases)
		}
		if len(e.Codes) != len(tt.codes) {
			t.Errorf("%s: codes %v, want %v", tt.name, e.Codes, tt.codes)
			continue
		}
		for i := range e.Codes {
			if e.Codes[i] != tt.codes[i] {
				t.Errorf("%s: code %d = %v, want %v", tt.name, i, e.Codes[i], tt.codes[i])
			}
		}
	}
	if e := byName["Islamic Republic of Nowhere"]; e.File != "petrarch_actors.txt" || e.Line != 5 {
		t.Errorf("Nowhere located at %s:%d", e.File, e.Line)
	}

	// Written in dyad format, the entries load back and code by date.
	var buf bytes.Buffer
	if err := WriteEntries(&buf, es); err != nil {
		t.Fatal(err)
	}
	d, err := Load(fstest.MapFS{"x/imported.txt": {Data: buf.Bytes()}}, "x")
	if err != nil {
		t.Fatalf("reloading the written entries: %v\n%s", err, buf.String())
	}
	for _, c := range []struct{ text, date, code string }{
		{"Raisi", "2021-06-22", "IRNELI"},
		{"Raisi", "2021-09-01", "IRNGOV"},
		{"Nowherestan", "", "NWH"},
		{"Old Minister", "1995-01-01", "NWHGOV"},
		{"Old Minister", "2005-01-01", "NWHELI"},
		{"UN", "", "IGOUNO"},
	} {
		ms := d.Find(c.text, 0, c.date)
		if len(ms) != 1 || ms[0].Actor.Code != c.code {
			t.Errorf("imported %q on %s = %+v, want %s", c.text, c.date, ms, c.code)
		}
	}
}

func TestImportPETRARCHErrors(t *testing.T) {
	src := "+ORPHAN_\nGOOD_ [ABC]\nBAD_DATE_\n\t[ABCGOV 991340-000101]\nNO_CODE_\nOVERLAP_\n\t[ABCGOV 900101-951231]\n\t[ABCOPP 950101-991231]\nBAD_CODE_ [abc def ghi]\nGOOD_ [ABD]\n"
	es, err := ImportPETRARCH(strings.NewReader(src), "bad.txt")
	if len(es) != 1 || es[0].Name != "Good" {
		t.Errorf("good entries = %+v, want only Good", es)
	}
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("error %v does not wrap ErrInvalid", err)
	}
	for _, want := range []string{"bad.txt:1: ", "bad.txt:4: ", "bad.txt:5: ", "bad.txt:6: ", "bad.txt:9: ", "bad.txt:10: "} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"AL-QAEDA":             "Al-Qaeda",
		"BANK OF ENGLAND":      "Bank of England",
		"O'BRIEN":              "O'Brien",
		"PKK REBELS":           "PKK Rebels",
		"Already Mixed Case":   "Already Mixed Case",
		"MOHAMMAD JAVAD ZARIF": "Mohammad Javad Zarif",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}
