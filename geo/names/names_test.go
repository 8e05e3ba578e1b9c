package names

import (
	"reflect"
	"testing"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"Port-au-Prince", "port au prince"},
		{"U.S.", "us"},
		{"Washington, D.C.", "washington dc"},
		{"Ḩamāh", "hamah"},
		{"Dar‘ā", "dar'a"},
		{"‘Ayn al ‘Arab", "ayn al arab"},
		{"St. Petersburg", "st petersburg"},
		{"Kraków", "krakow"},
		{"Straße", "strasse"},
		{"Ålesund", "alesund"},
		{"ŁÓDŹ", "lodz"},
		{"Sana'a", "sana'a"},
		{"  Gaza   Strip ", "gaza strip"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokens(t *testing.T) {
	type tok struct {
		Text       string
		Cap, Upper bool
	}
	tests := []struct {
		in   string
		want []tok
	}{
		{"Iran's president", []tok{{"Iran", true, false}, {"president", false, false}}},
		{"the U.S. and N'Djamena", []tok{{"the", false, false}, {"U.S.", true, true}, {"and", false, false}, {"N'Djamena", true, false}}},
		{"Iran-backed, Philippines' forces", []tok{{"Iran", true, false}, {"backed", false, false}, {"Philippines", true, false}, {"forces", false, false}}},
		{"US (2019)", []tok{{"US", true, true}, {"2019", false, true}}},
	}
	for _, tc := range tests {
		var got []tok
		for _, tk := range Tokens(tc.in, nil) {
			got = append(got, tok{tc.in[tk.Start:tk.End], tk.Cap, tk.Upper})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Tokens(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestIsAcronym(t *testing.T) {
	for in, want := range map[string]bool{"US": true, "U.S.": true, "DRC": true, "Us": false, "A": false, "UNESCOS": false, "Iraq": false} {
		if got := IsAcronym(in); got != want {
			t.Errorf("IsAcronym(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestStrip(t *testing.T) {
	for in, want := range map[string]string{
		"Basra Governorate":            "Basra",
		"Kyiv Oblast":                  "Kyiv",
		"Tibet Autonomous Region":      "Tibet",
		"Province":                     "",
		"Gaza Strip":                   "",
		"Sistan and Baluchestan":       "",
		"North Rhine-Westphalia State": "North Rhine-Westphalia",
	} {
		if got := Strip(in); got != want {
			t.Errorf("Strip(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	s := "Turkey has carried out dozens of drone strikes against suspected militant positions in Iraq this year."
	var buf []Token
	for b.Loop() {
		buf = Tokens(s, buf[:0])
	}
}
