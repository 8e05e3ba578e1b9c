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
