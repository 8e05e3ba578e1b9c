package actor

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/dyadproject/dyad/dict"
)

var (
	coreOnce sync.Once
	coreDict *Dictionary
	coreErr  error
)

// testDict returns the dictionary the tests use: this package's embedded
// files (countries, regions, agents) plus testdata/people.txt, so that the
// tests do not depend on the people dictionaries others maintain.
func testDict(t testing.TB) *Dictionary {
	t.Helper()
	coreOnce.Do(func() {
		var all []*Entry
		for _, name := range []string{"countries.txt", "regions.txt", "agents.txt"} {
			f, err := dict.FS.Open("actors/" + name)
			if err != nil {
				coreErr = err
				return
			}
			es, errs := Parse(f, name)
			f.Close()
			if len(errs) > 0 {
				coreErr = errors.Join(errs...)
				return
			}
			all = append(all, es...)
		}
		f, err := os.Open("testdata/people.txt")
		if err != nil {
			coreErr = err
			return
		}
		defer f.Close()
		es, errs := Parse(f, "people.txt")
		if len(errs) > 0 {
			coreErr = errors.Join(errs...)
			return
		}
		coreDict = New(append(all, es...))
	})
	if coreErr != nil {
		t.Fatal(coreErr)
	}
	return coreDict
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		good  int
		errs  []string // substrings, one per expected error, in order
		lines []int
	}{
		{"good", "Iran\n  kind: country\n  code: IRN\n  adj: Iranian; Iranians\n", 1, nil, nil},
		{"comments and blank lines", "# head\n\nIran   # the country\n  kind: country  # kind\n  code: IRN\n\n", 1, nil, nil},
		{"dated codes", "Raisi\n  kind: person\n  code: IRNJUD ..2021-06-18\n  code: IRNELI 2021-06-19..2021-08-02\n  code: IRNGOV 2021-08-03..\n", 1, nil, nil},
		{"attribute before entry", "  kind: country\nIran\n  kind: country\n  code: IRN\n", 1, []string{"attribute line before any entry"}, []int{1}},
		{"unknown key", "Iran\n  kind: country\n  code: IRN\n  capitol: Tehran\n", 0, []string{`unknown key "capitol"`}, []int{4}},
		{"unknown kind", "Iran\n  kind: nation\n  code: IRN\n", 0, []string{`unknown kind "nation"`}, []int{2}},
		{"no kind", "Iran\n  code: IRN\n", 0, []string{"no kind"}, []int{1}},
		{"no code", "Iran\n  kind: country\n", 0, []string{"no code and no country"}, []int{1}},
		{"bad code", "Iran\n  kind: country\n  code: irn\n", 0, []string{`bad code "irn"`}, []int{3}},
		{"bad date", "X\n  kind: person\n  code: IRNGOV 2021-13-01..\n", 0, []string{`bad date "2021-13-01"`}, []int{3}},
		{"reversed range", "X\n  kind: person\n  code: IRNGOV 2021-05-01..2021-04-01\n", 0, []string{"ends before it starts"}, []int{3}},
		{"overlap", "X\n  kind: person\n  code: IRNGOV 2020-01-01..2021-01-01\n  code: IRNELI 2020-06-01..\n", 0, []string{"overlaps"}, []int{1}},
		{"two defaults", "X\n  kind: person\n  code: IRNGOV\n  code: IRNELI\n", 0, []string{"more than one undated code"}, []int{1}},
		{"missing indent", "Iran\nkind: country\n  code: IRN\n", 0, []string{"must be indented"}, []int{2}},
		{"bad override", "president\n  kind: agent\n  code: GOV\n  alias: president-elect = eli\n", 0, []string{`bad code "eli"`}, []int{4}},
		{"bad role", "X\n  kind: group\n  code: YEMREB\n  role: REBEL\n", 0, []string{`bad role "REBEL"`}, []int{4}},
		{"seat on a person", "X\n  kind: person\n  code: USAGOV\n  seat: White House = USAGOV\n", 0, []string{"capital and seat are for countries"}, []int{1}},
		{"two errors, one good", "A\n  kind: bogus\n  code: AAA\nIran\n  kind: country\n  code: IRN\nB\n  kind: person\n  code: 12\n", 1,
			[]string{`unknown kind "bogus"`, `bad code "12"`}, []int{2, 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, errs := Parse(strings.NewReader(tt.src), "test.txt")
			if len(es) != tt.good {
				t.Errorf("got %d good entries, want %d", len(es), tt.good)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("got errors %v, want %d", errs, len(tt.errs))
			}
			for i, err := range errs {
				if !strings.Contains(err.Error(), tt.errs[i]) {
					t.Errorf("error %d = %q, want it to contain %q", i, err, tt.errs[i])
				}
				var pe *ParseError
				if !errors.As(err, &pe) || !errors.Is(err, ErrInvalid) {
					t.Errorf("error %q is not a *ParseError wrapping ErrInvalid", err)
					continue
				}
				if pe.File != "test.txt" || pe.Line != tt.lines[i] {
					t.Errorf("error %q at %s:%d, want test.txt:%d", err, pe.File, pe.Line, tt.lines[i])
				}
				if want := "test.txt:"; !strings.HasPrefix(err.Error(), want) {
					t.Errorf("error %q does not start with %q", err, want)
				}
			}
		})
	}
}

func TestLoadCollectsAllErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"d/a.txt":     {Data: []byte("Iran\n  kind: country\n  code: IRN\nBad\n  kind: nope\n  code: XXX\n")},
		"d/b.txt":     {Data: []byte("Iran\n  kind: country\n  code: IRN\nIraq\n  kind: country\n  code: IRQ\n  wrong: x\n")},
		"d/notes.md":  {Data: []byte("not a dictionary")},
		"d/c.txt":     {Data: []byte("Syria\n  kind: country\n  code: SYR\n")},
		"other/x.txt": {Data: []byte("garbage\n")},
	}
	d, err := Load(fsys, "d")
	if err == nil {
		t.Fatal("Load: no error")
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("error %v does not wrap ErrInvalid", err)
	}
	msg := err.Error()
	for _, want := range []string{"a.txt:5: ", "b.txt:1: duplicate entry \"Iran\" (first defined at a.txt:1)", "b.txt:7: "} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	if d == nil || d.Len() != 2 {
		t.Fatalf("partial dictionary has %v entries, want 2 (Iran, Syria)", d.Len())
	}
	if _, ok := d.Lookup("Syria"); !ok {
		t.Error("Syria missing from the partial dictionary")
	}
	if _, err := Load(fsys, "missing"); err == nil || errors.Is(err, ErrInvalid) {
		t.Errorf("Load of a missing folder: %v, want a non-ErrInvalid error", err)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", "Iran\n  kind: country\n  code: IRN\n")
	if errs := Check(dir); errs != nil {
		t.Fatalf("Check(good) = %v", errs)
	}
	write("bad.txt", "X\n  kind: person\n  code: IRNGOV 2021-02-30..\nY\n  kind: agent\n")
	errs := Check(dir)
	if len(errs) != 2 {
		t.Fatalf("Check = %v, want 2 errors", errs)
	}
	if !strings.HasPrefix(errs[0].Error(), "bad.txt:3: ") || !strings.HasPrefix(errs[1].Error(), "bad.txt:4: ") {
		t.Errorf("Check errors = %q, %q", errs[0], errs[1])
	}
	if errs := Check(filepath.Join(dir, "nope")); len(errs) != 1 {
		t.Errorf("Check(missing) = %v, want one error", errs)
	}
}

// TestMediaOutlets: an outlet's journalists are its country's media, and
// words an outlet's acronym shares name no outlet.
func TestMediaOutlets(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatalf("embedded dictionaries: %v", err)
	}
	for _, c := range []struct{ phrase, code string }{
		{"Wall Street Journal reporter Daniel Pearl", "USAMED"},
		{"Al Jazeera journalists", "QATMED"},
		{"a Reuters correspondent", "GBRMED"},
		{"CCTV footage", ""},
	} {
		got := d.Resolve(c.phrase, 0, "2023-06-01")
		code := ""
		if len(got) > 0 {
			code = got[0].Code
		}
		if code != c.code {
			t.Errorf("Resolve(%q) = %+v, want %q", c.phrase, got, c.code)
		}
	}
}

func TestDefaultAndOverlay(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatalf("embedded dictionaries: %v", err)
	}
	if d.Len() < 300 {
		t.Errorf("Default has %d entries, want at least 300", d.Len())
	}
	user := fstest.MapFS{
		"u/mine.txt": {Data: []byte("Iran\n  kind: country\n  code: IRN\n  alias: Iranistan\n\nJane Roe\n  kind: person\n  code: GBRGOV\n")},
	}
	if err := d.Overlay(user, "u"); err != nil {
		t.Fatal(err)
	}
	if ms := d.Find("Iranistan and Jane Roe met.", 0, ""); len(ms) != 2 || ms[0].Actor.Code != "IRN" || ms[1].Actor.Code != "GBRGOV" {
		t.Errorf("after Overlay: %+v", ms)
	}
	// The replaced entry lost its embedded aliases.
	if ms := d.Find("the Islamic Republic of Iran", 0, ""); len(ms) != 0 && ms[0].Text != "Iran" {
		t.Errorf("replaced entry still matches its old aliases: %+v", ms)
	}
	// Other users of Default are not affected.
	d2, _ := Default()
	if ms := d2.Find("Iranistan", 0, ""); len(ms) != 0 {
		t.Errorf("Overlay leaked into another Default(): %+v", ms)
	}
	bad := fstest.MapFS{"u/bad.txt": {Data: []byte("X\n  kind: what\n")}}
	before := d.Len()
	if err := d.Overlay(bad, "u"); !errors.Is(err, ErrInvalid) {
		t.Errorf("Overlay(bad) = %v, want ErrInvalid", err)
	}
	if d.Len() != before {
		t.Error("a failed Overlay changed the dictionary")
	}
}

func TestCodeAt(t *testing.T) {
	d := testDict(t)
	raisi, ok := d.Lookup("Ebrahim Raisi")
	if !ok {
		t.Fatal("no Raisi in testdata")
	}
	tests := []struct{ date, want string }{
		{"2019-03-07", "IRNJUD"},
		{"2021-06-18", "IRNJUD"},
		{"2021-06-19", "IRNELI"},
		{"2021-06-22", "IRNELI"},
		{"2021-08-03", "IRNGOV"},
		{"2024-05-20", "IRNELI"},
		{"", "IRNELI"},
		{"2010-01-01", ""},
	}
	for _, tt := range tests {
		if got := raisi.CodeAt(tt.date); got != tt.want {
			t.Errorf("Raisi on %q = %q, want %q", tt.date, got, tt.want)
		}
	}
	serbia, _ := d.Lookup("Serbia")
	for date, want := range map[string]string{"1990-01-01": "YUGSRB", "2000-01-01": "FRYSRB", "2005-01-01": "SCGSRB", "2010-01-01": "SRB", "": "SRB"} {
		if got := serbia.CodeAt(date); got != want {
			t.Errorf("Serbia on %q = %q, want %q", date, got, want)
		}
	}
}
