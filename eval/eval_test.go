package eval

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

const ploverSample = `[
 {"id": "t1", "date": "2020-01-02", "event": "DEMAND", "text": "Chile urged Peru to withdraw.",
  "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Peru", "code": "PER"}]},
 {"id": "t2", "date": "2020-01-02", "event": "AGREE", "text": "Chile and Peru agreed to hold exercises.",
  "source": [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Peru", "code": "PER"}], "target": ""},
 {"id": "t3", "date": "2020-01-02", "event": "FIGHT", "text": "Japanese troops clashed with rebels.",
  "source": [{"actorText": "Japanese troops", "code": "JAP"}], "target": [{"actorText": "the UN", "code": "IGOUNO"}]}
]`

func ev(src, tgt, plover, root, code string) dyad.Event {
	e := dyad.Event{PLOVER: plover, Root: root, CAMEO: code}
	if src != "" {
		e.Source = &dyad.Actor{Code: src, Country: src[:3]}
	}
	if tgt != "" {
		e.Target = &dyad.Actor{Code: tgt, Country: tgt[:3]}
	}
	return e
}

func TestScorePLOVER(t *testing.T) {
	g, err := Read([]byte(ploverSample))
	if err != nil {
		t.Fatal(err)
	}
	if g.Kind != KindPLOVER || len(g.Items) != 3 {
		t.Fatalf("kind %s, %d items", g.Kind, len(g.Items))
	}
	if got := g.Items[2].Gold[0]; got != (Triple{"JPN", "IGO", "ASSAULT"}) {
		t.Errorf("old labels and codes not normalised: %v", got)
	}
	coded := map[string][]dyad.Event{
		// right: REQUEST is the new name of DEMAND.
		"Chile urged Peru to withdraw.": {ev("CHLGOV", "PER", "REQUEST", "10", "100")},
		// one of two gold triples found, plus a wrong one (a party the
		// gold does not name).
		"Chile and Peru agreed to hold exercises.": {ev("CHL", "", "AGREE", "03", "030"), ev("PER", "BOL", "AGREE", "03", "030")},
		// negated events are not counted.
		"Japanese troops clashed with rebels.": {{PLOVER: "ASSAULT", Negated: true, Source: &dyad.Actor{Code: "JPN", Country: "JPN"}}},
	}
	r := Score(g, func(text, date string) []dyad.Event {
		if date != "2020-01-02" {
			t.Errorf("date %q not passed", date)
		}
		return coded[text]
	})
	if r.Overall != (Counts{TP: 2, FP: 1, FN: 2}) {
		t.Errorf("overall = %+v", r.Overall)
	}
	if math.Abs(r.Overall.F1()-2*(2.0/3)*(0.5)/(2.0/3+0.5)) > 1e-9 {
		t.Errorf("F1 = %v", r.Overall.F1())
	}
	if r.ActorsTotal != 6 || r.ActorsFound != 4 {
		t.Errorf("actors %d/%d, want 4/6", r.ActorsFound, r.ActorsTotal)
	}
	var b bytes.Buffer
	r.Write(&b, true)
	out := b.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "overall") || !strings.Contains(last, "F1 0.571") {
		t.Errorf("last line = %q", last)
	}
	for _, want := range []string{"MISS t2", "missing  PER AGREE ---", "extra    PER AGREE BOL", "REQUEST"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

const petrarchSample = `<?xml version="1.0"?>
<Sentences>
<Sentence date="20150805" id="s1" source="x">
<Text>
Egypt condemned the attack by Israel.
</Text>
<EventCoding sourcecode="EGYGOV" targetcode="ISR" eventcode="111"/>
</Sentence>
<Sentence date="2015-08-06" id="s2">
<Text>Turkey hosted talks.</Text>
<EventCoding sourcecode="TUR" targetcode="" eventcode="043"/>
</Sentence>
</Sentences>`

func TestScorePETRARCH(t *testing.T) {
	g, err := Read([]byte(petrarchSample))
	if err != nil {
		t.Fatal(err)
	}
	if g.Kind != KindPETRARCH || len(g.Items) != 2 || g.Items[0].Date != "2015-08-05" || g.Items[0].Text != "Egypt condemned the attack by Israel." {
		t.Fatalf("parsed %+v", g)
	}
	r := Score(g, func(text, date string) []dyad.Event {
		if strings.HasPrefix(text, "Egypt") {
			return []dyad.Event{ev("EGY", "ISRMIL", "ACCUSE", "11", "112")}
		}
		return []dyad.Event{ev("TUR", "", "CONSULT", "04", "043")}
	})
	if r.Overall != (Counts{TP: 2}) || r.RootMatches != 2 || r.ExactCodes != 1 {
		t.Errorf("report %+v", r)
	}
}

func TestReadBad(t *testing.T) {
	for _, in := range []string{"", "hello", `[{"id": "x", "text": ""}]`, `<Sentences></Sentences>`, `[{"id": 3`} {
		if _, err := Read([]byte(in)); err == nil {
			t.Errorf("Read(%q) succeeded", in)
		}
	}
	if _, err := Read([]byte("hello")); !errors.Is(err, ErrFormat) {
		t.Errorf("want ErrFormat, got %v", err)
	}
}

// TestCountry: the level eval compares actors at.
func TestCountry(t *testing.T) {
	for _, tt := range []struct {
		a    *dyad.Actor
		want string
	}{
		{nil, "---"},
		{&dyad.Actor{Code: "IRNGOV", Country: "IRN"}, "IRN"},
		{&dyad.Actor{Code: "IGOUNO", Country: "IGO"}, "IGO"},
		{&dyad.Actor{Code: "NGOHRIAMN", Country: "NGO"}, "NGO"},
		{&dyad.Actor{Code: "NGO"}, "NGO"},
		{&dyad.Actor{Code: "NGOUSA", Country: "USA"}, "USA"},
		{&dyad.Actor{Code: "---MIL"}, "---"},
		{&dyad.Actor{Code: "JAPGOV"}, "JPN"},
		{&dyad.Actor{Code: "SUNMIL"}, "USR"},
		{&dyad.Actor{Code: "USRMIL", Country: "USR"}, "USR"},
		{&dyad.Actor{Code: "FRYMIL", Country: "FRY"}, "YUG"},
	} {
		if got := Country(tt.a); got != tt.want {
			t.Errorf("Country(%+v) = %s, want %s", tt.a, got, tt.want)
		}
	}
}

// TestReconcileJoint: an act two parties do together counts once, whether
// the gold and the coder name both as actors (PLOVER) or each toward the
// other (CAMEO datasets); a party the gold does not name stays an error.
func TestReconcileJoint(t *testing.T) {
	tr := func(s, tg, typ string) Triple { return Triple{s, tg, typ} }
	tests := []struct {
		name       string
		gold       []Triple
		pred       []Triple
		tp, fp, fn int
	}{
		{"joint gold, directed coder", []Triple{tr("USA", "---", "CONSULT"), tr("RUS", "---", "CONSULT")}, []Triple{tr("USA", "RUS", "CONSULT")}, 2, 0, 0},
		{"pairwise gold, joint coder", []Triple{tr("RUS", "CHN", "05"), tr("CHN", "RUS", "05")}, []Triple{tr("RUS", "---", "05"), tr("CHN", "---", "05")}, 2, 0, 0},
		{"same form", []Triple{tr("RUS", "CHN", "05"), tr("CHN", "RUS", "05")}, []Triple{tr("RUS", "CHN", "05"), tr("CHN", "RUS", "05")}, 2, 0, 0},
		{"another party", []Triple{tr("USA", "---", "CONSULT"), tr("RUS", "---", "CONSULT")}, []Triple{tr("USA", "CHN", "CONSULT")}, 0, 1, 2},
		{"another type", []Triple{tr("USA", "---", "CONSULT"), tr("RUS", "---", "CONSULT")}, []Triple{tr("USA", "RUS", "ACCUSE")}, 0, 1, 2},
		{"one party of a pairwise gold", []Triple{tr("RUS", "CHN", "05"), tr("CHN", "RUS", "05")}, []Triple{tr("RUS", "---", "05")}, 0, 1, 2},
		{"one direction of a pairwise gold", []Triple{tr("RUS", "CHN", "05"), tr("CHN", "RUS", "05")}, []Triple{tr("RUS", "CHN", "05")}, 2, 0, 0},
		{"one direction of a one-way gold", []Triple{tr("RUS", "CHN", "05")}, []Triple{tr("CHN", "RUS", "05")}, 0, 1, 1},
	}
	for _, tt := range tests {
		g := &Gold{Kind: KindPLOVER, Items: []Item{{ID: "x", Text: "x", Gold: tt.gold}}}
		r := Score(g, func(text, date string) []dyad.Event {
			var out []dyad.Event
			for _, p := range tt.pred {
				e := dyad.Event{Source: &dyad.Actor{Code: p.Source, Country: p.Source}, PLOVER: p.Type, Root: "05", CAMEO: "050"}
				if p.Target != "---" {
					e.Target = &dyad.Actor{Code: p.Target, Country: p.Target}
				}
				out = append(out, e)
			}
			return out
		})
		if r.Overall != (Counts{TP: tt.tp, FP: tt.fp, FN: tt.fn}) {
			t.Errorf("%s: %+v, want TP %d FP %d FN %d", tt.name, r.Overall, tt.tp, tt.fp, tt.fn)
		}
	}
}
