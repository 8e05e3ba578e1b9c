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
0831 resign !retreat:RESIGN
999  attack
042
195  launch  ~airstrike  +against  +on
190  fire  %x
0831 quit !RETREAT:sulk
`
	pats, errs := ParsePatterns(strings.NewReader(src), "test.txt")
	if len(pats) != 4 {
		t.Fatalf("got %d patterns, want 4", len(pats))
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
	if p := pats[3]; p.PLOVER != "RETREAT" || p.PLOVERMode != "resign" {
		t.Errorf("pattern 4 = %+v, want PLOVER RETREAT resign", p)
	}
	wantLines := []string{"test.txt:6:", "test.txt:7:", "test.txt:8:", "test.txt:9:", "test.txt:10:"}
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

// TestPLOVEROverride: a pattern's !TYPE:mode gives its events that PLOVER
// reading; the negated or future act keeps the mapping of its new code.
func TestPLOVEROverride(t *testing.T) {
	c, _ := dictCoder(t)
	tests := []struct{ text, conll, code, plover, mode string }{
		{"Kenya's president resigned.", `Kenya Kenya PROPN 3 nmod:poss
's 's PART 1 case
president president NOUN 4 nsubj
resigned resign VERB 0 root
. . PUNCT 4 punct`, "0831", "RETREAT", "resign"},
		{"Kenya's president will resign.", `Kenya Kenya PROPN 3 nmod:poss
's 's PART 1 case
president president NOUN 5 nsubj
will will AUX 5 aux
resign resign VERB 0 root
. . PUNCT 5 punct`, "034", "AGREE", ""},
		{"Kenya indicted two Ugandan officials.", `Kenya Kenya PROPN 2 nsubj
indicted indict VERB 0 root
two two NUM 5 nummod
Ugandan Ugandan ADJ 5 amod
officials official NOUN 2 obj
. . PUNCT 2 punct`, "173", "ACCUSE", "allege"},
	}
	for _, tt := range tests {
		_, evs := codeDyads(t, c, tt.text, tt.conll)
		if len(evs) != 1 {
			t.Fatalf("%q: %d events, want 1", tt.text, len(evs))
		}
		if e := evs[0]; e.CAMEO != tt.code || e.PLOVER != tt.plover || e.PLOVERMode != tt.mode {
			t.Errorf("%q: %s %s/%s, want %s %s/%s", tt.text, e.CAMEO, e.PLOVER, e.PLOVERMode, tt.code, tt.plover, tt.mode)
		}
	}
}
