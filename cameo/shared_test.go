package cameo

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sharedDir is where the shared CAMEO sources live, relative to this
// package: ../shared from the repository root.
var sharedDir = filepath.Join("..", "..", "shared", "data", "cameo")

// openShared opens a file of the shared CAMEO sources, or skips the test
// when they are absent.
func openShared(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedDir, name))
	if os.IsNotExist(err) {
		t.Skipf("shared CAMEO sources absent (%s): skipping the comparison with them", filepath.Join(sharedDir, name))
	}
	if err != nil {
		t.Fatalf("cannot open shared source: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

var spaces = regexp.MustCompile(`\s+`)

// TestSharedCodes checks the embedded table against the shared CAMEO event
// code list: the same codes with the same root, level, QuadClass and
// Goldstein value, and the same names except where a note says why not.
func TestSharedCodes(t *testing.T) {
	f := openShared(t, "cameo_events_merged.tsv")
	sc := bufio.NewScanner(f)
	seen := map[string]bool{}
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue // header
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 7 {
			t.Fatalf("cameo_events_merged.tsv:%d: %d fields, want 7", line, len(fields))
		}
		code, root, level, quad, goldstein, name := fields[0], fields[1], fields[3], fields[4], fields[5], fields[6]
		seen[code] = true
		c, ok := Lookup(code)
		if !ok {
			t.Errorf("shared code %s (%s) missing", code, name)
			continue
		}
		if c.Root != root || strconv.Itoa(c.Level) != level || strconv.Itoa(c.Quad) != quad {
			t.Errorf("%s: root/level/quad %s/%d/%d, shared %s/%s/%s", code, c.Root, c.Level, c.Quad, root, level, quad)
		}
		if g, err := strconv.ParseFloat(goldstein, 64); err != nil || g != c.Goldstein {
			t.Errorf("%s: Goldstein %v, shared %s", code, c.Goldstein, goldstein)
		}
		name = strings.TrimSpace(spaces.ReplaceAllString(name, " "))
		renamed := strings.Contains(c.Note, "name:")
		switch {
		case !renamed && c.Name != name:
			t.Errorf("%s: name %q, shared %q, and no note says why", code, c.Name, name)
		case renamed && c.Name == name:
			t.Errorf("%s: note %q but the name equals the shared one", code, c.Note)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, c := range All() {
		if !seen[c.Code] {
			t.Errorf("code %s is not in the shared list", c.Code)
		}
	}
	if len(seen) != len(All()) {
		t.Errorf("shared list has %d codes, embedded %d", len(seen), len(All()))
	}
}

// TestSharedManualNames checks that names taken from the CAMEO manual
// instead of the code list are the manual's.
func TestSharedManualNames(t *testing.T) {
	f := openShared(t, filepath.Join("manual", "chapter_6_cameo_event_codes.md"))
	re := regexp.MustCompile(`^(?:#+ |- )?(\d{2,4}):\s*(.*)$`)
	manual := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := re.FindStringSubmatch(strings.TrimSpace(sc.Text())); m != nil {
			manual[m[1]] = strings.TrimSpace(m[2])
		}
	}
	n := 0
	for _, c := range All() {
		if !strings.Contains(c.Note, "name: from the CAMEO 1.1b3 manual") {
			continue
		}
		n++
		if manual[c.Code] != c.Name {
			t.Errorf("%s: name %q, manual %q", c.Code, c.Name, manual[c.Code])
		}
	}
	if n == 0 {
		t.Error("no name taken from the manual; the test checks nothing")
	}
}

// ploverRow is one row of the CAMEO to PLOVER conversion table.
type ploverRow struct{ typ, mode, context string }

// readCAMEO2PLOVER parses the shared conversion table; for a code listed
// twice the first row counts.
func readCAMEO2PLOVER(t *testing.T) map[string]ploverRow {
	f := openShared(t, "CAMEO2PLOVER-2021.txt")
	rows := map[string]ploverRow{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		text := sc.Text()
		code, rest, ok := strings.Cut(text, ":")
		if !ok || code == "" || strings.Trim(code, "0123456789") != "" {
			continue
		}
		body, _, _ := strings.Cut(rest, "#")
		parts := strings.Split(body, ",")
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		var ctx []string
		for c := range strings.SplitSeq(parts[2], ";") {
			if c = strings.TrimSpace(c); c != "" {
				ctx = append(ctx, c)
			}
		}
		if _, dup := rows[code]; !dup {
			rows[code] = ploverRow{strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), strings.Join(ctx, ";")}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestSharedPLOVER checks the PLOVER columns against the shared conversion
// table: each code takes the row PLOVERFrom names, that row is the code's own
// or, where the code has none, its nearest parent's (or for an APPEAL the
// parallel DEMAND code's), and any departure is explained in the note.
func TestSharedPLOVER(t *testing.T) {
	rows := readCAMEO2PLOVER(t)
	if len(rows) < 250 {
		t.Fatalf("read %d rows from the conversion table; parser broken?", len(rows))
	}
	for _, c := range All() {
		if c.PLOVERFrom == "" {
			if _, ok := rows[c.Code]; ok {
				t.Errorf("%s: no PLOVER mapping, but the table has a row", c.Code)
			}
			continue
		}
		row, ok := rows[c.PLOVERFrom]
		if !ok {
			t.Errorf("%s: PLOVER mapping from %s, which the table does not list", c.Code, c.PLOVERFrom)
			continue
		}
		if c.PLOVERFrom != c.Code {
			if _, own := rows[c.Code]; own {
				t.Errorf("%s: mapped from %s although the table has a row for %s", c.Code, c.PLOVERFrom, c.Code)
			}
			if c.Root != "02" {
				// The nearest listed parent.
				for p := c.Code[:len(c.Code)-1]; len(p) > len(c.PLOVERFrom); p = p[:len(p)-1] {
					if _, ok := rows[p]; ok {
						t.Errorf("%s: mapped from %s, but the nearer parent %s has a row", c.Code, c.PLOVERFrom, p)
					}
				}
			}
			if !strings.Contains(c.Note, "plover:") {
				t.Errorf("%s: mapped from %s without a note", c.Code, c.PLOVERFrom)
			}
		}
		got := ploverRow{c.PLOVER, c.PLOVERMode, c.PLOVERContext}
		repaired := strings.Contains(c.Note, "plover:") && c.PLOVERFrom == c.Code
		switch {
		case !repaired && got != row:
			t.Errorf("%s: PLOVER %+v, table row %s %+v, and no note says why", c.Code, got, c.PLOVERFrom, row)
		case repaired && got.typ != row.typ && !strings.Contains(c.Note, "plover: type"):
			t.Errorf("%s: repaired row changes the type %s to %s", c.Code, row.typ, got.typ)
		}
	}
}
