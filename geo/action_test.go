package geo

import (
	"strings"
	"testing"
)

func TestActionPlace(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence, trigger, want string // want "" for nil
	}{
		{"Turkey has carried out dozens of drone strikes against suspected militant positions in Iraq this year.", "carried", "Iraq"},
		{"The Saudi army's chief of staff, General Fayyad al-Ruwaili, arrived in Washington on Monday for talks with the Pentagon.", "arrived", "Washington, D.C."},
		{"The attack came after the US military killed a militia commander in a Baghdad drone strike.", "killed", "Baghdad"},
		{"Several rockets struck an air base in Iraq that hosts US troops.", "struck", "Iraq"},
		{"The Houthis continue to launch drones into Saudi Arabia despite the truce.", "launch", "Saudi Arabia"},
		{"Venezuela's president ruled out new negotiations with the United States.", "ruled out", ""},
		{"Iran-backed militias attacked the convoy.", "attacked", ""},
		{"Police fired tear gas at protesters in central Baghdad, Iraq's health ministry said.", "fired", "Baghdad"},
		{"A Kabul-based rights group documented the killings.", "documented", "Kabul"},
		{"Russia and Ukraine exchanged prisoners on Saturday, but fighting continued near Bakhmut.", "fighting", "Bakhmut"},
		{"Russia and Ukraine exchanged prisoners on Saturday, but fighting continued near Bakhmut.", "exchanged", ""},
		{"Officials said the Vienna talks would resume next week.", "talks", "Vienna"},
		{"The minister condemned the attack.", "condemned", ""},
		{"The envoy held talks in Amman after flying in via Cairo.", "held", "Amman"},
		{"The released hostages were flown home via Doha on Sunday.", "flown", ""},
		{"Protesters in Tehran chanted against the government, and police in Isfahan arrested dozens.", "arrested", "Isfahan"},
		{"Thousands marched in Lagos, where police fired tear gas at the crowd.", "fired", "Lagos"},
		{"The president, who met his Japanese counterpart in Toronto on Saturday, again refused to free the rebels.", "refused", ""},
		{"The president, who met his Japanese counterpart in Toronto on Saturday, again refused to free the rebels.", "met", "Toronto"},
		{"Pakistan carried out nuclear tests on Thursday, drawing swift condemnation from Japan.", "carried", ""},
		{"The missile flew over Japan, drawing protests from neighbouring South Korea.", "flew", "Japan"},
		{"North Korea fired a missile, drawing condemnation from Tokyo and Seoul.", "fired", ""},
		{"Thousands marched in Lagos, where police fired tear gas at the crowd.", "marched", "Lagos"},
		{"The envoy flew from Cairo to Amman, where he met the king.", "met", "Amman"},
	}
	for _, tc := range tests {
		ctx := NewContext()
		const base = 1000
		tps := g.Find(tc.sentence, base, ctx)
		trig := strings.Index(tc.sentence, tc.trigger)
		if trig < 0 {
			t.Fatalf("no trigger %q in %q", tc.trigger, tc.sentence)
		}
		p := ActionPlace(tps, tc.sentence, base, base+trig)
		got := ""
		if p != nil {
			got = p.Name
			if p.Span == nil || tc.sentence[p.Span[0]-base:p.Span[1]-base] == "" {
				t.Errorf("%q: place without a span", tc.sentence)
			}
		}
		if got != tc.want {
			t.Errorf("ActionPlace(%q, trigger %q) = %q, want %q", tc.sentence, tc.trigger, got, tc.want)
		}
	}
}
