package actor

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/dyadproject/dyad/dict"
)

// Entry kinds. An entry's kind says how its names are matched and how its
// code is composed with others.
const (
	KindCountry = "country" // a state or territory; its code is its ISO alpha-3 code
	KindRegion  = "region"  // a CAMEO international region (MEA, AFR, ...)
	KindIGO     = "igo"     // an intergovernmental organisation
	KindNGO     = "ngo"     // a non-governmental organisation or movement
	KindGroup   = "group"   // an armed group, party, ethnic or religious group
	KindPerson  = "person"  // a named person
	KindAgent   = "agent"   // a common noun that names a role: "president", "troops"
	KindOrg     = "org"     // any other organisation: a ministry, a company, a newspaper
	// Match kinds that are not entry kinds: a country's capital or seat of
	// power used as a metonym.
	KindCapital = "capital"
	KindSeat    = "seat"
)

var knownKeys = map[string]bool{
	"kind": true, "code": true, "country": true, "alias": true, "plural": true,
	"adj": true, "capital": true, "seat": true, "role": true, "generic": true,
}

var entryKinds = map[string]bool{
	KindCountry: true, KindRegion: true, KindIGO: true, KindNGO: true,
	KindGroup: true, KindPerson: true, KindAgent: true, KindOrg: true,
}

// ErrInvalid is wrapped by every error about a bad dictionary entry, so that
// callers can tell a bad dictionary from an unreadable one with errors.Is.
var ErrInvalid = errors.New("invalid dictionary entry")

// ParseError is one bad line or entry of a dictionary file. Its message has
// the form "file:line: message". It wraps ErrInvalid.
type ParseError struct {
	File string // the file name, relative to the folder loaded
	Line int    // 1-based line number
	Msg  string // what is wrong
}

// Error returns "file:line: message".
func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Unwrap returns ErrInvalid.
func (e *ParseError) Unwrap() error { return ErrInvalid }

// DatedCode is a CAMEO actor code valid from From to To inclusive
// (YYYY-MM-DD). An empty From or To leaves that side open; a code with both
// empty is the entry's default, used when no dated code covers the date.
type DatedCode struct {
	Code string // the CAMEO code
	From string // first day, YYYY-MM-DD, or "" for open
	To   string // last day, YYYY-MM-DD, or "" for open
}

// covers reports whether date (YYYY-MM-DD) falls in the code's range.
func (c DatedCode) covers(date string) bool {
	return (c.From == "" || date >= c.From) && (c.To == "" || date <= c.To)
}

func (c DatedCode) dated() bool { return c.From != "" || c.To != "" }

// Name is one way of writing an entry in text: an alias, a plural, an
// adjective, a capital or a seat of power. Code, when set, overrides the
// entry's own code for this name ("president-elect = ELI").
type Name struct {
	Text   string // the words as written in the dictionary
	Code   string // a code that overrides the entry's, or ""
	Plural bool   // a plural form ("officials")
}

// Entry is one record of an actor dictionary.
type Entry struct {
	// Name is the canonical name, the line that opens the entry.
	Name string
	// Kind is one of the Kind constants for entries.
	Kind string
	// Codes are the entry's codes; several when they depend on the date.
	Codes []DatedCode
	// Country is ISO 3166-1 alpha-3, or a CAMEO code where there is no
	// country. Empty means: the first three letters of the code (agents
	// have no country).
	Country string
	// Aliases are further names of the entry, Plurals its plural forms
	// (agents, groups).
	Aliases []Name
	Plurals []Name
	// Adjectives are adjectives and demonyms ("Iranian", "Iranians").
	Adjectives []Name
	// Capitals are capital cities used as metonyms ("Tehran said").
	Capitals []Name
	// Seats are seats of power used as metonyms; their Code says which
	// part of the state they stand for ("the Pentagon" = USAMIL).
	Seats []Name
	// Roles are default role codes of the entry, added to those its code
	// carries.
	Roles []string
	// Generic marks an agent noun that takes the roles of the organisation
	// it belongs to when one is named ("military spokesman" is MIL).
	Generic bool
	// File and Line locate the entry's first line.
	File string
	Line int
}

// CodeAt returns the entry's code on date (YYYY-MM-DD); "" means the
// latest: the open-ended dated code if there is one, else the default,
// else the dated code that ends last. It returns "" when no code applies.
func (e *Entry) CodeAt(date string) string {
	var def string
	hasDef := false
	for _, c := range e.Codes {
		if !c.dated() {
			def, hasDef = c.Code, true
		}
	}
	if date != "" {
		for _, c := range e.Codes {
			if c.dated() && c.covers(date) {
				return c.Code
			}
		}
		if hasDef {
			return def
		}
		if len(e.Codes) == 0 && e.Country != "" {
			return e.Country
		}
		return ""
	}
	best := -1
	for i, c := range e.Codes {
		if !c.dated() {
			continue
		}
		if c.To == "" {
			if best < 0 || e.Codes[best].To != "" || c.From > e.Codes[best].From {
				best = i
			}
			continue
		}
		if best >= 0 && e.Codes[best].To == "" {
			continue
		}
		if best < 0 || c.To > e.Codes[best].To {
			best = i
		}
	}
	if best >= 0 && e.Codes[best].To == "" {
		return e.Codes[best].Code
	}
	if hasDef {
		return def
	}
	if best >= 0 {
		return e.Codes[best].Code
	}
	if e.Country != "" {
		return e.Country
	}
	return ""
}

// Dictionary is a loaded set of actor entries with an index for finding
// them in text. It is safe for concurrent use by Find, Resolve and Unknown;
// Overlay must not run concurrently with them.
type Dictionary struct {
	entries []*Entry
	byName  map[string]*Entry
	idx     *index
	regions map[string]bool // codes of the region entries ("WAF", "MEA")
	// surnames lists the people by the last word of each of their names
	// (lower case), for titled surnames ("President Clinton").
	surnames map[string][]*Entry
}

// Entries returns the dictionary's entries in load order. The slice and
// the entries must not be modified.
func (d *Dictionary) Entries() []*Entry { return d.entries }

// Lookup returns the entry with the canonical name, if any.
func (d *Dictionary) Lookup(name string) (*Entry, bool) {
	e, ok := d.byName[name]
	return e, ok
}

// Len returns the number of entries.
func (d *Dictionary) Len() int { return len(d.entries) }

// New builds a dictionary from entries, later entries replacing earlier ones
// with the same canonical name.
func New(entries []*Entry) *Dictionary {
	d := &Dictionary{byName: map[string]*Entry{}}
	d.merge(entries)
	return d
}

func (d *Dictionary) merge(entries []*Entry) {
	all := make([]*Entry, 0, len(d.entries)+len(entries))
	byName := make(map[string]*Entry, len(d.byName)+len(entries))
	replaced := map[string]*Entry{}
	for _, e := range entries {
		replaced[e.Name] = e
	}
	for _, e := range d.entries {
		if r, ok := replaced[e.Name]; ok {
			e = r
			delete(replaced, e.Name)
		}
		all = append(all, e)
		byName[e.Name] = e
	}
	for _, e := range entries {
		if _, ok := replaced[e.Name]; ok {
			all = append(all, e)
			byName[e.Name] = e
			delete(replaced, e.Name)
		}
	}
	d.entries, d.byName = all, byName
	d.idx = buildIndex(all)
	d.regions = map[string]bool{}
	d.surnames = map[string][]*Entry{}
	for _, e := range all {
		if e.Kind == KindPerson {
			seen := map[string]bool{}
			names := []string{e.Name}
			for _, n := range e.Aliases {
				names = append(names, n.Text)
			}
			for _, n := range names {
				if f := strings.Fields(n); len(f) > 1 {
					if l := strings.ToLower(f[len(f)-1]); !seen[l] {
						seen[l] = true
						d.surnames[l] = append(d.surnames[l], e)
					}
				}
			}
		}
		if e.Kind == KindRegion {
			for _, c := range e.Codes {
				d.regions[c.Code] = true
			}
		}
	}
}

// Load reads every *.txt file in dir of fsys, in name order, and returns
// the dictionary. Every bad line or entry is reported as a *ParseError
// ("file:line: message", wrapping ErrInvalid); they are all collected and
// returned joined (errors.Join), together with a dictionary of the entries
// that were good. An unreadable folder or file is returned as an error that
// does not wrap ErrInvalid.
func Load(fsys fs.FS, dir string) (*Dictionary, error) {
	entries, err := readDir(fsys, dir)
	return New(entries), err
}

func readDir(fsys fs.FS, dir string) ([]*Entry, error) {
	des, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("cannot read actor dictionaries in %s: %w", dir, err)
	}
	var files []string
	for _, de := range des {
		if !de.IsDir() && strings.HasSuffix(de.Name(), ".txt") {
			files = append(files, de.Name())
		}
	}
	sort.Strings(files)
	var entries []*Entry
	var errs []error
	seen := map[string]*Entry{}
	for _, name := range files {
		p := path.Join(dir, name)
		f, err := fsys.Open(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("cannot open actor dictionary %s: %w", p, err))
			continue
		}
		es, perrs := Parse(f, name)
		f.Close()
		errs = append(errs, perrs...)
		for _, e := range es {
			if first, ok := seen[e.Name]; ok {
				errs = append(errs, &ParseError{e.File, e.Line,
					fmt.Sprintf("duplicate entry %q (first defined at %s:%d)", e.Name, first.File, first.Line)})
				continue
			}
			seen[e.Name] = e
			entries = append(entries, e)
		}
	}
	return entries, errors.Join(errs...)
}

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
	defaultErr  error
)

// Default returns the dictionary embedded in the binary (dict.FS, folder
// "actors"). It is loaded once; each call returns a Dictionary of its own
// that shares the loaded entries, so Overlay on it does not change what
// other callers see.
func Default() (*Dictionary, error) {
	defaultOnce.Do(func() {
		defaultDict, defaultErr = Load(dict.FS, "actors")
		if defaultErr != nil {
			defaultErr = fmt.Errorf("cannot load embedded actor dictionaries: %w", defaultErr)
		}
	})
	if defaultErr != nil {
		return nil, defaultErr
	}
	c := *defaultDict
	return &c, nil
}

// Overlay loads the *.txt dictionaries in dir of fsys and adds their
// entries to d; an entry with the canonical name of an existing one
// replaces it. If any entry is bad, d is left unchanged and the errors are
// returned as Load returns them.
func (d *Dictionary) Overlay(fsys fs.FS, dir string) error {
	entries, err := readDir(fsys, dir)
	if err != nil {
		return err
	}
	d.merge(entries)
	return nil
}

// Check loads the dictionaries in the folder dir of the file system and
// returns every problem found, one error per bad line or entry, for
// `dyad dict check`. It returns nil when the folder is good.
func Check(dir string) []error {
	_, err := readDir(os.DirFS(dir), ".")
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Parse reads one dictionary file in dyad format. name is the file name
// used in errors and in Entry.File. It returns the good entries and one
// *ParseError per problem. Duplicate canonical names within a folder are
// detected by Load, not here.
func Parse(r io.Reader, name string) ([]*Entry, []error) {
	var (
		entries []*Entry
		errs    []error
		cur     *Entry
		bad     bool
		lineNo  int
	)
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &ParseError{name, line, fmt.Sprintf(format, args...)})
	}
	finish := func() {
		if cur == nil {
			return
		}
		if bad {
			// Already reported; whole-entry checks would only echo it.
		} else if msg := validate(cur); msg != "" {
			fail(cur.Line, "entry %q: %s", cur.Name, msg)
			bad = true
		}
		if !bad {
			entries = append(entries, cur)
		}
		cur, bad = nil, false
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		lineNo++
		raw := sc.Text()
		if lineNo == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		line := stripComment(raw)
		if strings.TrimSpace(line) == "" {
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		line = strings.TrimSpace(line)
		if !indented {
			if k, _, ok := strings.Cut(line, ":"); ok && knownKeys[strings.TrimSpace(k)] {
				// "kind: country" at column 0 is a missing indent, not a name.
				fail(lineNo, "attribute %q must be indented", line)
				bad = cur != nil
				continue
			}
			finish()
			cur = &Entry{Name: line, File: name, Line: lineNo}
			continue
		}
		if cur == nil {
			fail(lineNo, "attribute line before any entry name")
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !ok || key == "" {
			fail(lineNo, "entry %q: want \"key: value\", got %q", cur.Name, line)
			bad = true
			continue
		}
		if val == "" {
			fail(lineNo, "entry %q: empty value for %q", cur.Name, key)
			bad = true
			continue
		}
		if msg := setAttr(cur, key, val); msg != "" {
			fail(lineNo, "entry %q: %s", cur.Name, msg)
			bad = true
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("cannot read actor dictionary %s: %w", name, err))
	}
	finish()
	return entries, errs
}

// stripComment removes a "#" comment: one that starts the line or follows
// a space or tab.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return strings.TrimRight(s[:i], " \t")
		}
	}
	return strings.TrimRight(s, " \t\r")
}

func setAttr(e *Entry, key, val string) string {
	switch key {
	case "kind":
		if e.Kind != "" {
			return "kind given twice"
		}
		if !entryKinds[val] {
			return fmt.Sprintf("unknown kind %q (want country, region, igo, ngo, group, person, agent or org)", val)
		}
		e.Kind = val
	case "code":
		c, msg := parseDatedCode(val)
		if msg != "" {
			return msg
		}
		e.Codes = append(e.Codes, c)
	case "country":
		if e.Country != "" {
			return "country given twice"
		}
		if !isCode(val) || len(val) != 3 {
			return fmt.Sprintf("bad country %q: want three capital letters", val)
		}
		e.Country = val
	case "alias", "plural", "adj", "capital", "seat":
		for _, part := range strings.Split(val, ";") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			n := Name{Text: part, Plural: key == "plural"}
			if t, c, ok := strings.Cut(part, "="); ok {
				n.Text, n.Code = strings.TrimSpace(t), strings.TrimSpace(c)
				if n.Text == "" {
					return fmt.Sprintf("empty name before \"= %s\" in %s", n.Code, key)
				}
				if !isCode(n.Code) {
					return fmt.Sprintf("bad code %q for %s %q", n.Code, key, n.Text)
				}
			}
			if len(tokenize(n.Text)) == 0 {
				return fmt.Sprintf("%s %q has no words", key, n.Text)
			}
			switch key {
			case "alias", "plural":
				if n.Plural {
					e.Plurals = append(e.Plurals, n)
				} else {
					e.Aliases = append(e.Aliases, n)
				}
			case "adj":
				e.Adjectives = append(e.Adjectives, n)
			case "capital":
				e.Capitals = append(e.Capitals, n)
			case "seat":
				e.Seats = append(e.Seats, n)
			}
		}
	case "role":
		for _, part := range strings.Split(val, ";") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			if len(part) != 3 || !isCode(part) {
				return fmt.Sprintf("bad role %q: want a three-letter code", part)
			}
			e.Roles = append(e.Roles, part)
		}
	case "generic":
		switch strings.ToLower(val) {
		case "yes", "true":
			e.Generic = true
		case "no", "false":
			e.Generic = false
		default:
			return fmt.Sprintf("bad generic %q: want yes or no", val)
		}
	default:
		return fmt.Sprintf("unknown key %q", key)
	}
	return ""
}

// validate checks an entry as a whole and fills derived fields.
func validate(e *Entry) string {
	if e.Kind == "" {
		return "no kind"
	}
	if len(tokenize(e.Name)) == 0 {
		return "name has no words"
	}
	if len(e.Codes) == 0 && e.Country == "" {
		return "no code and no country"
	}
	if e.Kind != KindAgent && len(e.Codes) == 0 {
		e.Codes = []DatedCode{{Code: e.Country}}
	}
	defaults := 0
	for i, c := range e.Codes {
		if !c.dated() {
			defaults++
			continue
		}
		for _, o := range e.Codes[:i] {
			if o.dated() && overlap(c, o) {
				return fmt.Sprintf("code %s %s..%s overlaps code %s %s..%s", c.Code, c.From, c.To, o.Code, o.From, o.To)
			}
		}
	}
	if defaults > 1 {
		return "more than one undated code"
	}
	if len(e.Seats) > 0 || len(e.Capitals) > 0 {
		if e.Kind != KindCountry && e.Kind != KindRegion {
			return "capital and seat are for countries"
		}
	}
	if e.Generic && e.Kind != KindAgent {
		return "generic is for agents"
	}
	return ""
}

func overlap(a, b DatedCode) bool {
	// Two ranges overlap unless one ends before the other starts.
	if a.To != "" && b.From != "" && a.To < b.From {
		return false
	}
	if b.To != "" && a.From != "" && b.To < a.From {
		return false
	}
	return true
}

// parseDatedCode parses "IRNGOV", "IRNGOV 2021-08-03..2024-05-19",
// "IRNELI 2024-05-20.." or "IRNJUD ..2021-06-18".
func parseDatedCode(val string) (DatedCode, string) {
	f := strings.Fields(val)
	if len(f) == 0 || len(f) > 2 {
		return DatedCode{}, fmt.Sprintf("bad code %q: want \"CODE\" or \"CODE FROM..TO\"", val)
	}
	c := DatedCode{Code: f[0]}
	if !isCode(c.Code) {
		return c, fmt.Sprintf("bad code %q: want 3 to 15 capital letters or digits", c.Code)
	}
	if len(f) == 1 {
		return c, ""
	}
	from, to, ok := strings.Cut(f[1], "..")
	if !ok {
		return c, fmt.Sprintf("bad date range %q: want FROM..TO", f[1])
	}
	if from == "" && to == "" {
		return c, fmt.Sprintf("bad date range %q: both sides open; leave the range out", f[1])
	}
	for _, d := range []string{from, to} {
		if d != "" && !validDate(d) {
			return c, fmt.Sprintf("bad date %q in %q: want YYYY-MM-DD", d, f[1])
		}
	}
	if from != "" && to != "" && from > to {
		return c, fmt.Sprintf("bad date range %q: ends before it starts", f[1])
	}
	c.From, c.To = from, to
	return c, ""
}

// isCode reports whether s is a CAMEO code: 3 to 15 capital letters or
// digits.
func isCode(s string) bool {
	if len(s) < 3 || len(s) > 15 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return true
}

var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// validDate reports whether s is a YYYY-MM-DD calendar date.
func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	n := func(b string) int {
		v := 0
		for i := 0; i < len(b); i++ {
			if b[i] < '0' || b[i] > '9' {
				return -1
			}
			v = v*10 + int(b[i]-'0')
		}
		return v
	}
	y, m, d := n(s[:4]), n(s[5:7]), n(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > monthDays[m] {
		return false
	}
	if m == 2 && d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		return false
	}
	return true
}

// titled returns the one person whose name ends in surname and who holds,
// on date, an office of role (GOV, MIL, ...): "President Clinton" in 1997
// is Bill Clinton, not Hillary Clinton. It returns nil when no one or more
// than one fits.
func (d *Dictionary) titled(surname, role, date string) *Entry {
	var found *Entry
	for _, e := range d.surnames[strings.ToLower(surname)] {
		code := e.CodeAt(date)
		if code == "" || !strings.HasSuffix(code, role) || strings.HasSuffix(code, "ELI") {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}
