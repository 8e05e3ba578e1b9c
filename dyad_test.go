package dyad

import "testing"

func TestSetCountry(t *testing.T) {
	for _, tt := range []struct {
		code, country, wantCode string
	}{
		{"---GOV", "CHL", "CHLGOV"},       // "the government"
		{"---MILREB", "COL", "COLMILREB"}, // two roles
		{"---", "EGY", "EGY"},             // no role at all
		{"GOV", "IRN", "IRNGOV"},          // a bare role code
	} {
		a := Actor{Code: tt.code, Roles: []string{}}
		a.SetCountry(tt.country)
		if a.Code != tt.wantCode || a.Country != tt.country {
			t.Errorf("%q.SetCountry(%q): code %q country %q, want %q %q", tt.code, tt.country, a.Code, a.Country, tt.wantCode, tt.country)
		}
	}
}

func TestForeign(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"foreign aid agencies", true},
		{"Foreign troops", true},
		{"the embassy", true}, // a state's mission abroad, not the host's
		{"two staff at the consulate", true},
		{"embassies", true},
		{"the government", false},
		{"foreigners", false},
		{"the embassy's", true},
	} {
		if got := (Actor{Text: tt.text}).Foreign(); got != tt.want {
			t.Errorf("Actor{Text: %q}.Foreign() = %v, want %v", tt.text, got, tt.want)
		}
	}
}
