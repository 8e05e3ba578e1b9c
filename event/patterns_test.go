package event

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyadproject/dyad/cameo"
)

func TestParsePatterns(t *testing.T) {
	src := `# comment
125  rule_out  ~talk|negotiation            # trailing comment
020  call  +on  >rejoin|return  =appeal.rejoin
190  @airstrike  +against

999  attack
042
195  launch  ~airstrike  +against  +on
190  fire  %x
`
	pats, errs := ParsePatterns(strings.NewReader(src), "test.txt")
	if len(pats) != 3 {
		t.Fatalf("got %d patterns, want 3", len(pats))
	}
	p := pats[0]
	if p.Code != "125" || p.Verb != "rule" || p.Particle != "out" || strings.Join(p.Objects, ",") != "talk,negotiation" || p.Line != 2 {
		t.Errorf("pattern 1 = %+v", p)
	}
	if p.ID != "125.reject.rule_out.talk" {
		t.Errorf("default id = %q", p.ID)
	}
	if p := pats[1]; p.Prep != "on" || strings.Join(p.Comps, ",") != "rejoin,return" || p.ID != "appeal.rejoin" {
		t.Errorf("pattern 2 = %+v", p)
	}
	if p := pats[2]; p.Noun != "airstrike" || p.Prep != "against" || p.Trigger() != "@airstrike" {
		t.Errorf("pattern 3 = %+v", p)
	}
	wantLines := []string{"test.txt:6:", "test.txt:7:", "test.txt:8:", "test.txt:9:"}
	if len(errs) != len(wantLines) {
		t.Fatalf("errors = %v", errs)
	}
	for i, err := range errs {
		if !strings.HasPrefix(err.Error(), wantLines[i]) || !errors.Is(err, ErrPattern) {
			t.Errorf("error %d = %v, want %s... wrapping ErrPattern", i, err, wantLines[i])
		}
	}
}

func TestOverlay(t *testing.T) {
	base := fstest.MapFS{"p/a.txt": {Data: []byte("042 visit\n040 meet =consult.meet\n")}}
	ps, err := LoadPatterns(base, "p")
	if err != nil {
		t.Fatal(err)
	}
	user := fstest.MapFS{"u/mine.txt": {Data: []byte("043 meet =consult.meet\n190 clash\n")}}
	if err := ps.Overlay(user, "u"); err != nil {
		t.Fatal(err)
	}
	if got := ps.Verb("meet"); len(got) != 1 || got[0].Code != "043" {
		t.Errorf("meet = %+v, want the user's pattern to replace the embedded one", got)
	}
	if !ps.HasVerb("clash") || !ps.HasVerb("visit") || len(ps.All()) != 3 {
		t.Errorf("overlay lost or failed to add patterns: %d", len(ps.All()))
	}
	bad := fstest.MapFS{"b/x.txt": {Data: []byte("12 \n")}}
	if err := ps.Overlay(bad, "b"); err == nil || !strings.Contains(err.Error(), "b/x.txt:1") {
		t.Errorf("bad overlay error = %v", err)
	}
}

func TestSpecificityOrder(t *testing.T) {
	pats, _ := ParsePatterns(strings.NewReader("190 launch\n195 launch ~airstrike +against\n190 launch ~attack\n"), "x")
	ps := NewPatterns(pats)
	got := ps.Verb("launch")
	if got[0].Code != "195" || got[2].Code != "190" || len(got[2].Objects) != 0 {
		t.Errorf("order = %v %v %v", got[0].ID, got[1].ID, got[2].ID)
	}
}

// TestEmbeddedPatterns checks the embedded dictionary loads and covers
// every CAMEO root and most codes.
func TestEmbeddedPatterns(t *testing.T) {
	ps, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	roots := map[string]bool{}
	for _, p := range ps.All() {
		codes[p.Code] = true
		roots[cameo.RootOf(p.Code)] = true
	}
	for _, r := range cameo.Roots() {
		if !roots[r.Code] {
			t.Errorf("no pattern for CAMEO root %s %s", r.Code, r.Name)
		}
	}
	t.Logf("%d patterns cover %d codes", len(ps.All()), len(codes))
}
