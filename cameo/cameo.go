package cameo

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

//go:embed codes.tsv
var codesTSV string

//go:embed plover.tsv
var ploverTSV string

// Code is one CAMEO event code with its place in the hierarchy, its
// QuadClass and Goldstein value, and its PLOVER equivalent.
type Code struct {
	// Code is the CAMEO code: two digits for a root ("19"), three or four
	// digits below it ("195", "1951").
	Code string
	// Root is the two-digit root (cue category) of Code.
	Root string
	// Name is the CAMEO name; roots are in capitals ("FIGHT").
	Name string
	// Level is 1 for a root, 2 for a three-digit code, 3 for a four-digit
	// code.
	Level int
	// Quad is the QuadClass: 1 verbal cooperation, 2 material
	// cooperation, 3 verbal conflict, 4 material conflict.
	Quad int
	// Goldstein is the Goldstein scale value, -10 to +10.
	Goldstein float64
	// PLOVER is the PLOVER event type, such as "REJECT"; "" for the CAMEO
	// 01 statements, which PLOVER drops.
	PLOVER string
	// PLOVERMode is the PLOVER mode, such as "meet"; often "".
	PLOVERMode string
	// PLOVERContext is the PLOVER context; several contexts are joined by
	// ";" ("crime;corruption"). Often "".
	PLOVERContext string
	// Parent is the code one level up ("19" for "195", "195" for
	// "1951"); "" for a root.
	Parent string
	// PLOVERFrom is the code whose row of the CAMEO to PLOVER conversion
	// table gave the PLOVER fields: Code itself, a parent, the parallel
	// DEMAND code for an APPEAL code, or "" when PLOVER drops the code.
	PLOVERFrom string
	// Note says why a field differs from the sources, or is "".
	Note string
}

// PLOVERType is one PLOVER event type.
type PLOVERType struct {
	// Name is the event type, such as "ASSAULT".
	Name string
	// Quad is its QuadClass-like category: 1 verbal cooperation, 2
	// material cooperation, 3 verbal conflict, 4 material conflict.
	Quad int
	// Modes are the modes the PLOVER manual 2.0 lists for the type.
	Modes []string
	// LegacyModes are modes of the 2021 CAMEO to PLOVER conversion table
	// that the manual 2.0 no longer lists. Codes may carry them.
	LegacyModes []string
	// Description is a one-line summary.
	Description string
}

// HasMode reports whether mode is one of the type's modes or legacy modes.
// The empty mode is always allowed.
func (t PLOVERType) HasMode(mode string) bool {
	return mode == "" || slices.Contains(t.Modes, mode) || slices.Contains(t.LegacyModes, mode)
}

var (
	ploverTypes []PLOVERType
	codes       []Code
	// index2/3/4 map the numeric value of a code of that many digits to
	// its position in codes plus one; 0 means unknown.
	index2 [100]uint16
	index3 [1000]uint16
	index4 [10000]uint16
	roots  []Code
)

func init() {
	var err error
	ploverTypes, err = ParsePLOVER(strings.NewReader(ploverTSV), "plover.tsv")
	if err != nil {
		panic(err)
	}
	codes, err = Parse(strings.NewReader(codesTSV), "codes.tsv")
	if err != nil {
		panic(err)
	}
	for i, c := range codes {
		n, _ := digits(c.Code)
		switch len(c.Code) {
		case 2:
			index2[n] = uint16(i + 1)
			roots = append(roots, c)
		case 3:
			index3[n] = uint16(i + 1)
		case 4:
			index4[n] = uint16(i + 1)
		}
	}
}

// digits returns the numeric value of a code of 2 to 4 ASCII digits.
func digits(s string) (int, bool) {
	if len(s) < 2 || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// Lookup returns the code named by code, such as "195". Codes are matched
// exactly: "0195" or " 195" are unknown.
func Lookup(code string) (Code, bool) {
	n, ok := digits(code)
	if !ok {
		return Code{}, false
	}
	var i uint16
	switch len(code) {
	case 2:
		i = index2[n]
	case 3:
		i = index3[n]
	default:
		i = index4[n]
	}
	if i == 0 {
		return Code{}, false
	}
	return codes[i-1], true
}

// MustLookup is like Lookup but panics when code is unknown. It is meant for
// tests and for tables written in Go.
func MustLookup(code string) Code {
	c, ok := Lookup(code)
	if !ok {
		panic(fmt.Sprintf("cameo: unknown event code %q", code))
	}
	return c
}

// All returns every code in code order ("01", "010", ..., "2042"). The slice
// is a copy that the caller may change.
func All() []Code {
	return slices.Clone(codes)
}

// Roots returns the 20 root codes "01" to "20" in order. The slice is a copy
// that the caller may change.
func Roots() []Code {
	return slices.Clone(roots)
}

// RootOf returns the two-digit root of code: the root of a known code, or
// the first two digits of a code of 2 to 4 digits whose first two digits are
// a root (so that codes from other CAMEO versions, such as "1952", still
// find their root). It returns "" for anything else.
func RootOf(code string) string {
	if c, ok := Lookup(code); ok {
		return c.Root
	}
	if _, ok := digits(code); !ok {
		return ""
	}
	if c, ok := Lookup(code[:2]); ok {
		return c.Code
	}
	return ""
}

// PLOVERTypes returns the 16 PLOVER event types, from AGREE (verbal
// cooperation) to ASSAULT (material conflict).
func PLOVERTypes() []string {
	names := make([]string, len(ploverTypes))
	for i, t := range ploverTypes {
		names[i] = t.Name
	}
	return names
}

// LookupPLOVER returns the PLOVER event type named by label, after
// NormalizePLOVER: LookupPLOVER("fight") returns ASSAULT.
func LookupPLOVER(label string) (PLOVERType, bool) {
	name := NormalizePLOVER(label)
	for _, t := range ploverTypes {
		if t.Name == name {
			t.Modes = slices.Clone(t.Modes)
			t.LegacyModes = slices.Clone(t.LegacyModes)
			return t, true
		}
	}
	return PLOVERType{}, false
}

// NormalizePLOVER returns label as a current PLOVER event type: it trims
// spaces, upper-cases, and maps the labels of earlier PLOVER drafts (still
// used in the PLOVER gold standard) to their successors: DEMAND to REQUEST,
// DISAPPROVE and INVESTIGATE to ACCUSE, FIGHT to ASSAULT. Any other label
// is returned trimmed and upper-cased; use LookupPLOVER to tell whether it
// is a PLOVER type.
func NormalizePLOVER(label string) string {
	label = strings.ToUpper(strings.TrimSpace(label))
	switch label {
	case "DEMAND":
		return "REQUEST"
	case "DISAPPROVE", "INVESTIGATE":
		return "ACCUSE"
	case "FIGHT":
		return "ASSAULT"
	}
	return label
}

// splitFields splits a table line on tabs and turns "-" into "".
func splitFields(line string) []string {
	f := strings.Split(line, "\t")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
		if f[i] == "-" {
			f[i] = ""
		}
	}
	return f
}

// errLine wraps err with the file and line it was found on.
func errLine(file string, line int, err error) error {
	return fmt.Errorf("cannot parse %s:%d: %w", file, line, err)
}

// ParsePLOVER reads a table of PLOVER event types in the format of the
// embedded plover.tsv (see its header). file names the input in errors.
func ParsePLOVER(r io.Reader, file string) ([]PLOVERType, error) {
	var types []PLOVERType
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := splitFields(text)
		if len(f) != 5 {
			return nil, errLine(file, line, fmt.Errorf("want 5 tab-separated fields, have %d", len(f)))
		}
		t := PLOVERType{Name: f[0], Modes: splitList(f[2]), LegacyModes: splitList(f[3]), Description: f[4]}
		if t.Name == "" || strings.ToUpper(t.Name) != t.Name {
			return nil, errLine(file, line, fmt.Errorf("type %q is not an upper-case name", t.Name))
		}
		q, err := strconv.Atoi(f[1])
		if err != nil || q < 1 || q > 4 {
			return nil, errLine(file, line, fmt.Errorf("quad %q is not 1 to 4", f[1]))
		}
		t.Quad = q
		if slices.ContainsFunc(types, func(u PLOVERType) bool { return u.Name == t.Name }) {
			return nil, errLine(file, line, fmt.Errorf("type %s listed twice", t.Name))
		}
		types = append(types, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", file, err)
	}
	if len(types) == 0 {
		return nil, fmt.Errorf("cannot parse %s: %w", file, errors.New("no PLOVER types"))
	}
	return types, nil
}

// splitList splits a comma-separated list; "" gives nil.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// Parse reads a table of CAMEO event codes in the format of the embedded
// codes.tsv (see its header) and checks it: codes of 2 to 4 digits, each
// listed once, root, parent and level agreeing with the code, every parent
// listed, quad 1 to 4 and equal to the root's, Goldstein in [-10, 10], and
// PLOVER types and modes known to the embedded PLOVER table. The codes are
// returned in code order. file names the input in errors.
func Parse(r io.Reader, file string) ([]Code, error) {
	var out []Code
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		c, err := parseCode(splitFields(text))
		if err != nil {
			return nil, errLine(file, line, err)
		}
		if prev, dup := seen[c.Code]; dup {
			return nil, errLine(file, line, fmt.Errorf("code %s already listed on line %d", c.Code, prev))
		}
		seen[c.Code] = line
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", file, err)
	}
	slices.SortFunc(out, func(a, b Code) int { return strings.Compare(a.Code, b.Code) })
	byCode := make(map[string]Code, len(out))
	for _, c := range out {
		byCode[c.Code] = c
	}
	for _, c := range out {
		if c.Parent == "" {
			continue
		}
		if _, ok := byCode[c.Parent]; !ok {
			return nil, errLine(file, seen[c.Code], fmt.Errorf("code %s: parent %s is not listed", c.Code, c.Parent))
		}
		if root := byCode[c.Root]; root.Quad != c.Quad {
			return nil, errLine(file, seen[c.Code], fmt.Errorf("code %s: quad %d differs from root %s's %d", c.Code, c.Quad, c.Root, root.Quad))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("cannot parse %s: %w", file, errors.New("no codes"))
	}
	return out, nil
}

// parseCode turns the fields of one line of codes.tsv into a Code.
func parseCode(f []string) (Code, error) {
	if len(f) != 12 {
		return Code{}, fmt.Errorf("want 12 tab-separated fields, have %d", len(f))
	}
	c := Code{
		Code: f[0], Root: f[1], Parent: f[2],
		PLOVER: f[6], PLOVERMode: f[7], PLOVERContext: f[8], PLOVERFrom: f[9],
		Name: f[10], Note: f[11],
	}
	if _, ok := digits(c.Code); !ok {
		return Code{}, fmt.Errorf("code %q is not 2 to 4 digits", c.Code)
	}
	if c.Root != c.Code[:2] {
		return Code{}, fmt.Errorf("code %s: root %q is not its first two digits", c.Code, c.Root)
	}
	var parent string
	switch len(c.Code) {
	case 3:
		parent = c.Code[:2]
	case 4:
		parent = c.Code[:3]
	}
	if c.Parent != parent {
		return Code{}, fmt.Errorf("code %s: parent %q, want %q", c.Code, c.Parent, parent)
	}
	level, err := strconv.Atoi(f[3])
	if err != nil || level != len(c.Code)-1 {
		return Code{}, fmt.Errorf("code %s: level %q, want %d", c.Code, f[3], len(c.Code)-1)
	}
	c.Level = level
	quad, err := strconv.Atoi(f[4])
	if err != nil || quad < 1 || quad > 4 {
		return Code{}, fmt.Errorf("code %s: quad %q is not 1 to 4", c.Code, f[4])
	}
	c.Quad = quad
	g, err := strconv.ParseFloat(f[5], 64)
	if err != nil || g < -10 || g > 10 {
		return Code{}, fmt.Errorf("code %s: Goldstein value %q is not a number in [-10, 10]", c.Code, f[5])
	}
	c.Goldstein = g
	if c.Name == "" {
		return Code{}, fmt.Errorf("code %s: no name", c.Code)
	}
	if c.PLOVER == "" {
		if c.PLOVERMode != "" || c.PLOVERContext != "" || c.PLOVERFrom != "" {
			return Code{}, fmt.Errorf("code %s: PLOVER mode, context or source without a PLOVER type", c.Code)
		}
		return c, nil
	}
	var pt *PLOVERType
	for i := range ploverTypes {
		if ploverTypes[i].Name == c.PLOVER {
			pt = &ploverTypes[i]
		}
	}
	if pt == nil {
		return Code{}, fmt.Errorf("code %s: %q is not a PLOVER event type", c.Code, c.PLOVER)
	}
	if !pt.HasMode(c.PLOVERMode) {
		return Code{}, fmt.Errorf("code %s: %q is not a mode of PLOVER %s", c.Code, c.PLOVERMode, c.PLOVER)
	}
	if _, ok := digits(c.PLOVERFrom); !ok {
		return Code{}, fmt.Errorf("code %s: plover_from %q is not a code", c.Code, c.PLOVERFrom)
	}
	return c, nil
}
