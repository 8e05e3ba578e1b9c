package cameo

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// rootQuad is the QuadClass of each CAMEO root, from the CAMEO manual: 01-05
// verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict,
// 14-20 material conflict.
func rootQuad(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "13":
		return 3
	}
	return 4
}

func TestAllCodes(t *testing.T) {
	all := All()
	if len(all) != 311 {
		t.Fatalf("All() has %d codes, want 311", len(all))
	}
	if !slices.IsSortedFunc(all, func(a, b Code) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("All() is not in code order")
	}
	perLevel := map[int]int{}
	for _, c := range all {
		perLevel[c.Level]++
		if len(c.Code) < 2 || len(c.Code) > 4 {
			t.Errorf("%s: not 2 to 4 digits", c.Code)
			continue
		}
		if c.Root != c.Code[:2] || !strings.HasPrefix(c.Code, c.Root) {
			t.Errorf("%s: root %q", c.Code, c.Root)
		}
		if c.Level != len(c.Code)-1 {
			t.Errorf("%s: level %d, want %d", c.Code, c.Level, len(c.Code)-1)
		}
		if c.Quad != rootQuad(c.Root) {
			t.Errorf("%s: quad %d, want %d for root %s", c.Code, c.Quad, rootQuad(c.Root), c.Root)
		}
		if r := MustLookup(c.Root); r.Quad != c.Quad {
			t.Errorf("%s: quad %d differs from its root's %d", c.Code, c.Quad, r.Quad)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of [-10, 10]", c.Code, c.Goldstein)
		}
		if c.Name == "" {
			t.Errorf("%s: no name", c.Code)
		}
		if c.Level > 1 {
			if _, ok := Lookup(c.Parent); !ok || !strings.HasPrefix(c.Code, c.Parent) || len(c.Parent) != len(c.Code)-1 {
				t.Errorf("%s: parent %q", c.Code, c.Parent)
			}
		} else if c.Parent != "" {
			t.Errorf("%s: root with parent %q", c.Code, c.Parent)
		}
		if got, ok := Lookup(c.Code); !ok || got != c {
			t.Errorf("Lookup(%s) = %+v, %v; want %+v", c.Code, got, ok, c)
		}
		checkPLOVER(t, c)
	}
	if perLevel[1] != 20 {
		t.Errorf("%d roots, want 20", perLevel[1])
	}
	if perLevel[1]+perLevel[2]+perLevel[3] != len(all) {
		t.Errorf("levels %v do not add up to %d", perLevel, len(all))
	}
}

// checkPLOVER checks the PLOVER fields of c: a known type and mode for every
// code but the CAMEO 01 statements, which PLOVER drops, and a PLOVERFrom
// that is the code, one of its parents or, for an APPEAL, the parallel DEMAND
// code.
func checkPLOVER(t *testing.T, c Code) {
	t.Helper()
	if c.Root == "01" {
		if c.PLOVER != "" || c.PLOVERFrom != "" || c.PLOVERMode != "" || c.PLOVERContext != "" {
			t.Errorf("%s: CAMEO 01 has PLOVER %q/%q/%q from %q; PLOVER drops it", c.Code, c.PLOVER, c.PLOVERMode, c.PLOVERContext, c.PLOVERFrom)
		}
		if !strings.Contains(c.Note, "plover:") {
			t.Errorf("%s: dropped PLOVER mapping without a note", c.Code)
		}
		return
	}
	pt, ok := LookupPLOVER(c.PLOVER)
	if !ok || pt.Name != c.PLOVER {
		t.Errorf("%s: PLOVER %q is not a PLOVER event type", c.Code, c.PLOVER)
		return
	}
	if !pt.HasMode(c.PLOVERMode) {
		t.Errorf("%s: %q is not a mode of %s", c.Code, c.PLOVERMode, c.PLOVER)
	}
	switch {
	case c.Root == "02":
		if want := "10" + c.Code[2:]; c.PLOVERFrom != want {
			t.Errorf("%s: APPEAL mapped from %q, want the parallel DEMAND code %s", c.Code, c.PLOVERFrom, want)
		}
		if d := MustLookup(c.PLOVERFrom); d.PLOVER != c.PLOVER || d.PLOVERMode != c.PLOVERMode || d.PLOVERContext != c.PLOVERContext {
			t.Errorf("%s: PLOVER %s/%s/%s differs from %s's %s/%s/%s", c.Code, c.PLOVER, c.PLOVERMode, c.PLOVERContext, d.Code, d.PLOVER, d.PLOVERMode, d.PLOVERContext)
		}
	case !strings.HasPrefix(c.Code, c.PLOVERFrom):
		t.Errorf("%s: PLOVER mapping from %q, neither the code nor a parent", c.Code, c.PLOVERFrom)
	}
	for _, ctx := range strings.Split(c.PLOVERContext, ";") {
		if ctx != strings.TrimSpace(ctx) || ctx != strings.ToLower(ctx) || strings.Contains(ctx, " ") {
			t.Errorf("%s: malformed context %q", c.Code, ctx)
		}
	}
}

func TestRoots(t *testing.T) {
	roots := Roots()
	if len(roots) != 20 {
		t.Fatalf("Roots() has %d codes, want 20", len(roots))
	}
	for i, r := range roots {
		if want := fmt.Sprintf("%02d", i+1); r.Code != want || r.Level != 1 || r.Root != want {
			t.Errorf("root %d = %s (level %d, root %s), want %s", i, r.Code, r.Level, r.Root, want)
		}
		if r.Name != strings.ToUpper(r.Name) {
			t.Errorf("root %s name %q is not in capitals", r.Code, r.Name)
		}
	}
	roots[0].Name = "changed"
	if Roots()[0].Name == "changed" || MustLookup("01").Name == "changed" {
		t.Error("Roots() returns the package's own slice")
	}
}

// TestKnownCodes checks single facts from the CAMEO and PLOVER manuals.
func TestKnownCodes(t *testing.T) {
	tests := []struct {
		code, name, plover, mode, context string
		quad                              int
		goldstein                         float64
	}{
		{"01", "MAKE PUBLIC STATEMENT", "", "", "", 1, 0},
		{"0231", "Appeal for economic aid", "REQUEST", "assist", "economic", 1, 3.4},
		{"036", "Express intent to meet or negotiate", "AGREE", "", "diplomatic", 1, 4},
		{"042", "Make a visit", "CONSULT", "visit", "", 1, 1.9},
		{"043", "Host a visit", "CONSULT", "visit", "", 1, 2.8},
		{"072", "Provide military aid", "AID", "", "military", 2, 8.3},
		{"0841", "Return, release person(s)", "RETREAT", "release", "legal", 2, 7},
		{"083", "Accede to requests or demands for political reform not specified below", "CONCEDE", "", "political_institutions", 2, 5},
		{"091", "Investigate crime, corruption", "ACCUSE", "investigate", "crime;corruption", 3, -2},
		{"1056", "Demand de-escalation of military engagement", "REQUEST", "yield", "military", 3, -5},
		{"125", "Reject proposal to meet, discuss, or negotiate", "REJECT", "meet", "diplomatic", 3, -5},
		{"1385", "Threaten attack with WMD", "THREATEN", "violence", "cbrn", 3, -7},
		{"1412", "Demonstrate for policy change", "PROTEST", "demo", "executive", 4, -6.5},
		{"163", "Impose embargo, boycott, or sanctions", "SANCTION", "discontinue", "diplomatic", 4, -8},
		{"173", "Arrest, detain, or charge with legal action", "COERCE", "arrest", "legal", 4, -5},
		{"186", "Assassinate", "ASSAULT", "assassinate", "", 4, -10},
		{"195", "Employ aerial weapons", "ASSAULT", "heavy-weapons", "military", 4, -10},
		{"2042", "Detonate nuclear weapons", "ASSAULT", "unconventional", "cbrn", 4, -10},
	}
	for _, tt := range tests {
		c := MustLookup(tt.code)
		if c.Name != tt.name || c.PLOVER != tt.plover || c.PLOVERMode != tt.mode || c.PLOVERContext != tt.context || c.Quad != tt.quad || c.Goldstein != tt.goldstein {
			t.Errorf("%s = %q %s/%s/%s quad %d Goldstein %v; want %q %s/%s/%s quad %d Goldstein %v",
				tt.code, c.Name, c.PLOVER, c.PLOVERMode, c.PLOVERContext, c.Quad, c.Goldstein,
				tt.name, tt.plover, tt.mode, tt.context, tt.quad, tt.goldstein)
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, code := range []string{"", "0", "1", "00", "21", "99", "000", "1213", "0195", " 195", "195 ", "19a", "12345", "٠١"} {
		if c, ok := Lookup(code); ok {
			t.Errorf("Lookup(%q) = %+v, want unknown", code, c)
		}
	}
}

func TestMustLookupPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustLookup(\"999\") did not panic")
		}
	}()
	MustLookup("999")
}

func TestRootOf(t *testing.T) {
	tests := map[string]string{
		"01": "01", "010": "01", "0211": "02", "195": "19", "2042": "20",
		"1952": "19", // ICEWS code, not in CAMEO 1.1b3: still has a root
		"":     "", "1": "", "21": "", "215": "", "19x": "", "12345": "",
	}
	for code, want := range tests {
		if got := RootOf(code); got != want {
			t.Errorf("RootOf(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestPLOVERTypes(t *testing.T) {
	want := map[string]int{
		"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
		"COOPERATE": 2, "AID": 2, "RETREAT": 2,
		"REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
		"PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
	}
	types := PLOVERTypes()
	if len(types) != 16 {
		t.Fatalf("PLOVERTypes() = %v, want 16 types", types)
	}
	last := 0
	for _, name := range types {
		pt, ok := LookupPLOVER(name)
		if !ok || pt.Quad != want[name] {
			t.Errorf("PLOVER %s: quad %d (found %v), want %d", name, pt.Quad, ok, want[name])
		}
		if pt.Quad < last {
			t.Errorf("PLOVERTypes() not ordered by quad at %s", name)
		}
		last = pt.Quad
		if pt.Description == "" {
			t.Errorf("PLOVER %s: no description", name)
		}
		for _, m := range pt.LegacyModes {
			if slices.Contains(pt.Modes, m) {
				t.Errorf("PLOVER %s: legacy mode %q is also a current mode", name, m)
			}
		}
	}
	// Every legacy mode is used by some code; otherwise it is stale.
	used := map[string]bool{}
	for _, c := range All() {
		used[c.PLOVER+"/"+c.PLOVERMode] = true
	}
	for _, name := range types {
		pt, _ := LookupPLOVER(name)
		for _, m := range pt.LegacyModes {
			if !used[name+"/"+m] {
				t.Errorf("PLOVER %s: legacy mode %q used by no code", name, m)
			}
		}
	}
	if _, ok := LookupPLOVER("YIELD"); ok {
		t.Error("LookupPLOVER(YIELD) found a type; YIELD is a CAMEO root, not a PLOVER type")
	}
}

func TestNormalizePLOVER(t *testing.T) {
	tests := map[string]string{
		"DEMAND": "REQUEST", "demand": "REQUEST", " Disapprove ": "ACCUSE",
		"INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT", "fight": "ASSAULT",
		"REQUEST": "REQUEST", "assault": "ASSAULT", "Agree": "AGREE",
		"": "", "NOTATYPE": "NOTATYPE", "crime": "CRIME",
	}
	for in, want := range tests {
		if got := NormalizePLOVER(in); got != want {
			t.Errorf("NormalizePLOVER(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	good := "01\t01\t-\t1\t1\t0.0\t-\t-\t-\t-\tMAKE PUBLIC STATEMENT\t-\n"
	tests := []struct{ name, input, want string }{
		{"fields", "01\t01\t-\t1\n", "x.tsv:1: want 12"},
		{"code", "1x\t1x\t-\t1\t1\t0\t-\t-\t-\t-\tX\t-\n", "not 2 to 4 digits"},
		{"root", "010\t02\t01\t2\t1\t0\t-\t-\t-\t-\tX\t-\n", "root"},
		{"level", "# c\n\n" + good + "010\t01\t01\t3\t1\t0\t-\t-\t-\t-\tX\t-\n", "x.tsv:4: code 010: level"},
		{"quad", "01\t01\t-\t1\t5\t0\t-\t-\t-\t-\tX\t-\n", "quad"},
		{"goldstein", "01\t01\t-\t1\t1\t10.5\t-\t-\t-\t-\tX\t-\n", "Goldstein"},
		{"plover", "01\t01\t-\t1\t1\t0\tYIELD\t-\t-\t01\tX\t-\n", "not a PLOVER event type"},
		{"mode", "01\t01\t-\t1\t1\t0\tCONSULT\triot\t-\t01\tX\t-\n", "not a mode"},
		{"from", "01\t01\t-\t1\t1\t0\tCONSULT\t-\t-\t-\tX\t-\n", "plover_from"},
		{"dup", good + good, "already listed on line 1"},
		{"parent", "010\t01\t01\t2\t1\t0\t-\t-\t-\t-\tX\t-\n", "parent 01 is not listed"},
		{"quad of root", good + "010\t01\t01\t2\t2\t0\t-\t-\t-\t-\tX\t-\n", "differs from root"},
		{"empty", "# nothing\n", "no codes"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.input), "x.tsv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Parse error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if codes, err := Parse(strings.NewReader(good), "x.tsv"); err != nil || len(codes) != 1 || codes[0].Name != "MAKE PUBLIC STATEMENT" {
		t.Errorf("Parse(good) = %+v, %v", codes, err)
	}
}

func TestParsePLOVERErrors(t *testing.T) {
	tests := []struct{ input, want string }{
		{"AGREE\t1\t-\t-\n", "want 5"},
		{"agree\t1\t-\t-\tx\n", "upper-case"},
		{"AGREE\t0\t-\t-\tx\n", "quad"},
		{"AGREE\t1\t-\t-\tx\nAGREE\t1\t-\t-\tx\n", "p.tsv:2: type AGREE listed twice"},
		{"", "no PLOVER types"},
	}
	for _, tt := range tests {
		_, err := ParsePLOVER(strings.NewReader(tt.input), "p.tsv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParsePLOVER(%q) error %v, want one containing %q", tt.input, err, tt.want)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	all := All()
	keys := make([]string, len(all))
	for i, c := range all {
		keys[i] = c.Code
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, ok := Lookup(keys[i%len(keys)]); !ok {
			b.Fatal("unknown code")
		}
	}
}
