package pipeline

import (
	"testing"

	"github.com/dyadproject/dyad"
)

func TestSharedCountry(t *testing.T) {
	tests := []struct {
		name        string
		a, other    dyad.Actor
		wantCode    string
		wantCountry string
	}{
		{"role takes the state's country", dyad.Actor{Code: "---LEG", Roles: []string{"LEG"}}, dyad.Actor{Code: "DZA", Country: "DZA"}, "DZALEG", "DZA"},
		{"named country kept", dyad.Actor{Code: "FRAGOV", Country: "FRA", Roles: []string{"GOV"}}, dyad.Actor{Code: "DZA", Country: "DZA"}, "FRAGOV", "FRA"},
		{"an IGO lends no country", dyad.Actor{Code: "---MIL", Roles: []string{"MIL"}}, dyad.Actor{Code: "IGOUNO", Country: "IGO"}, "---MIL", ""},
		{"no role, no country", dyad.Actor{Code: "---", Roles: []string{}}, dyad.Actor{Code: "DZA", Country: "DZA"}, "---", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, other := tc.a, tc.other
			sharedCountry(&a, &other)
			if a.Code != tc.wantCode || a.Country != tc.wantCountry {
				t.Errorf("got %s %q, want %s %q", a.Code, a.Country, tc.wantCode, tc.wantCountry)
			}
		})
	}
}

func TestImplicitTarget(t *testing.T) {
	dza := dyad.Actor{Code: "DZAGOV", Country: "DZA", Roles: []string{"GOV"}}
	tests := []struct {
		name string
		ev   dyad.Event
		want string
	}{
		{"protest targets the government", dyad.Event{CAMEO: "142", Source: &dyad.Actor{Code: "DZA", Country: "DZA"}}, "DZAGOV"},
		{"protest abroad targets the host", dyad.Event{CAMEO: "141", Source: &dyad.Actor{Code: "DZA", Country: "DZA"}, Place: &dyad.Place{Country: "FRA"}}, "FRAGOV"},
		{"curfew falls on the people", dyad.Event{CAMEO: "1723", Source: &dza}, "DZACVL"},
		{"easing a curfew too", dyad.Event{CAMEO: "0813", Source: &dza}, "DZACVL"},
		{"a meeting has no implicit target", dyad.Event{CAMEO: "040", Source: &dza}, ""},
		{"negated: nothing", dyad.Event{CAMEO: "1723", Source: &dza, Negated: true}, ""},
		{"named target kept", dyad.Event{CAMEO: "1723", Source: &dza, Target: &dyad.Actor{Code: "DZAOPP"}}, "DZAOPP"},
		{"an IGO imposes on no country of its own", dyad.Event{CAMEO: "172", Source: &dyad.Actor{Code: "IGOUNO", Country: "IGO"}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev := tc.ev
			implicitTarget(&ev)
			got := ""
			if ev.Target != nil {
				got = ev.Target.Code
			}
			if got != tc.want {
				t.Errorf("target %q, want %q", got, tc.want)
			}
		})
	}
}
