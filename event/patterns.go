package event

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/nlp"
)

// ErrPattern marks a malformed line in a pattern file; it comes wrapped in
// a *PatternError naming the file and line.
var ErrPattern = errors.New("invalid pattern")

// PatternError is a bad line in a pattern file.
type PatternError struct {
	File string
	Line int
	Msg  string
}

// Error returns "file:line: message".
func (e *PatternError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Unwrap returns ErrPattern.
func (e *PatternError) Unwrap() error { return ErrPattern }

// Pattern is one line of a pattern dictionary: a trigger with constraints
// that, when a sentence matches it, yields an event of Code.
//
// The text format, one pattern a line ("#" starts a comment):
//
//	CODE  TRIGGER  [~obj|obj]  [+prep]  [>verb|verb]  [!PLOVER[:mode]]  [=id]
//
//	125  rule_out  ~talk|negotiation|dialogue
//	020  call  +on  >rejoin|return|resume
//	195  launch  ~airstrike|strike  +against
//	042  visit
//	190  @airstrike  +against
//
// TRIGGER is a verb lemma, with particles joined by "_" ("rule_out",
// "carry_out"), or "@lemma" for a noun that names an event by itself. "~"
// requires the verb's direct object (or a passive verb's subject) to have
// one of the head lemmas ("~@country": to be a state named by its name; "~@place": a town or capital named by its name; "~@person": a person named in full); "+" requires a phrase with that preposition and
// takes the target from it; ">" requires a complement verb with one of the
// lemmas; "=" names the pattern (default ROOT-NAME.trigger[.object]).
type Pattern struct {
	Code     string
	Verb     string // lemma; "" for a noun trigger
	Particle string
	Noun     string // lemma of a noun trigger
	Objects  []string
	Prep     string
	Comps    []string
	ID       string
	// PLOVER and PLOVERMode, when set ("!RETREAT:resign"), replace the
	// PLOVER type and mode that the CAMEO code maps to, for an act the
	// PLOVER manual places elsewhere; a negated or future act keeps the
	// mapping of the code it becomes.
	PLOVER, PLOVERMode string
	File               string
	Line               int
}

// Trigger returns the pattern's trigger as written in the file.
func (p *Pattern) Trigger() string {
	switch {
	case p.Noun != "":
		return "@" + p.Noun
	case p.Particle != "":
		return p.Verb + "_" + p.Particle
	}
	return p.Verb
}

// specificity ranks patterns: the more constraints, the earlier they are
// tried.
func (p *Pattern) specificity() int {
	n := 0
	if p.Particle != "" {
		n += 2
	}
	if len(p.Objects) > 0 {
		n += 2
		for _, o := range p.Objects {
			if strings.Contains(o, "_") {
				n++ // "hunger_strike" is narrower than "strike"
				break
			}
		}
	}
	switch {
	case len(p.Comps) == 1 && p.Comps[0] == "*":
		n++ // any complement: a fallback
	case len(p.Comps) > 0:
		n += 2
	}
	if p.Prep != "" {
		n++
	}
	return n
}

// Patterns is a loaded pattern dictionary, indexed by trigger lemma.
type Patterns struct {
	byVerb map[string][]*Pattern
	byNoun map[string][]*Pattern
	all    []*Pattern
	forms  map[string]string // inflected form → pattern verb lemma
}

// LemmaOf returns the pattern verb an inflected form belongs to
// ("shelled" → "shell", "rioted" → "riot"), for words the lemmatizer got
// wrong, or "".
func (ps *Patterns) LemmaOf(form string) string { return ps.forms[strings.ToLower(form)] }

// inflections returns the regular inflected forms of a verb: -s, -ed and
// -ing, with the spelling rules of English (doubled consonants, dropped
// e, y to i).
func inflections(v string) []string {
	if v == "" {
		return nil
	}
	out := []string{v + "s", v + "ed", v + "ing"}
	last := v[len(v)-1]
	switch {
	case last == 'e':
		out = append(out, v+"d", v[:len(v)-1]+"ing")
	case last == 'y' && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		out = append(out, v[:len(v)-1]+"ies", v[:len(v)-1]+"ied")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		out = append(out, v+"es")
	}
	// shell → shelled, ban → banned, signal → signalled
	if n := len(v); n >= 3 && !strings.ContainsRune("aeiouwxy", rune(last)) && strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3])) {
		out = append(out, v+string(last)+"ed", v+string(last)+"ing")
	}
	return out
}

// All returns every pattern in load order.
func (ps *Patterns) All() []*Pattern { return ps.all }

// Verb returns the patterns triggered by a verb lemma, most specific first.
func (ps *Patterns) Verb(lemma string) []*Pattern { return ps.byVerb[lemma] }

// Noun returns the patterns triggered by a noun lemma, most specific first.
func (ps *Patterns) Noun(lemma string) []*Pattern { return ps.byNoun[lemma] }

// HasVerb reports whether any pattern is triggered by the verb lemma.
func (ps *Patterns) HasVerb(lemma string) bool { return len(ps.byVerb[lemma]) > 0 }

// NewPatterns indexes patterns. A pattern with the same ID as an earlier
// one replaces it, so user files overlay the embedded ones.
func NewPatterns(pats []*Pattern) *Patterns {
	ps := &Patterns{byVerb: map[string][]*Pattern{}, byNoun: map[string][]*Pattern{}}
	ps.add(pats)
	return ps
}

func (ps *Patterns) add(pats []*Pattern) {
	index := map[string]int{}
	for i, p := range ps.all {
		index[p.ID] = i
	}
	for _, p := range pats {
		if i, ok := index[p.ID]; ok {
			ps.all[i] = p
			continue
		}
		index[p.ID] = len(ps.all)
		ps.all = append(ps.all, p)
	}
	ps.byVerb = map[string][]*Pattern{}
	ps.byNoun = map[string][]*Pattern{}
	ps.forms = map[string]string{}
	for _, p := range ps.all {
		if p.Noun != "" {
			// "@drone_strike" is found under its head, "strike".
			head := p.Noun
			if _, h, ok := strings.Cut(p.Noun, "_"); ok {
				head = h
			}
			ps.byNoun[head] = append(ps.byNoun[head], p)
		} else {
			ps.byVerb[p.Verb] = append(ps.byVerb[p.Verb], p)
			for _, f := range append(inflections(p.Verb), nlp.IrregularForms(p.Verb)...) {
				if _, ok := ps.forms[f]; !ok {
					ps.forms[f] = p.Verb
				}
			}
		}
	}
	for _, m := range []map[string][]*Pattern{ps.byVerb, ps.byNoun} {
		for _, list := range m {
			sort.SliceStable(list, func(i, j int) bool { return list[i].specificity() > list[j].specificity() })
		}
	}
}

// LoadPatterns reads every *.txt file of dir in fsys.
func LoadPatterns(fsys fs.FS, dir string) (*Patterns, error) {
	ps := NewPatterns(nil)
	if err := ps.Overlay(fsys, dir); err != nil {
		return nil, err
	}
	return ps, nil
}

// Overlay adds the patterns of every *.txt file of dir in fsys; a pattern
// whose ID is already loaded replaces the old one.
func (ps *Patterns) Overlay(fsys fs.FS, dir string) error {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return fmt.Errorf("cannot list pattern files in %s: %w", dir, err)
	}
	var pats []*Pattern
	var errs []error
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return fmt.Errorf("cannot open pattern file: %w", err)
		}
		p, e := ParsePatterns(f, name)
		f.Close()
		pats = append(pats, p...)
		errs = append(errs, e...)
	}
	if len(errs) > 0 {
		return fmt.Errorf("cannot load patterns: %w", errors.Join(errs...))
	}
	ps.add(pats)
	return nil
}

// DefaultPatterns loads the embedded pattern dictionary.
func DefaultPatterns() (*Patterns, error) {
	return LoadPatterns(dict.FS, "patterns")
}

// ParsePatterns reads a pattern file. It returns the good patterns and a
// *PatternError for every bad line.
func ParsePatterns(r io.Reader, file string) ([]*Pattern, []error) {
	var pats []*Pattern
	var errs []error
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		p, msg := parsePattern(f)
		if msg != "" {
			errs = append(errs, &PatternError{File: file, Line: n, Msg: msg})
			continue
		}
		p.File, p.Line = file, n
		pats = append(pats, p)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("cannot read %s: %w", file, err))
	}
	return pats, errs
}

func parsePattern(f []string) (*Pattern, string) {
	if len(f) < 2 {
		return nil, "want CODE TRIGGER [constraints]"
	}
	code, ok := cameo.Lookup(f[0])
	if !ok {
		return nil, fmt.Sprintf("unknown CAMEO code %q", f[0])
	}
	p := &Pattern{Code: code.Code}
	trig := strings.ToLower(f[1])
	switch {
	case strings.HasPrefix(trig, "@"):
		p.Noun = trig[1:]
		if p.Noun == "" {
			return nil, "empty noun trigger"
		}
	default:
		verb, prt, _ := strings.Cut(trig, "_")
		if verb == "" || strings.ContainsAny(verb, "~+>=") {
			return nil, fmt.Sprintf("bad trigger %q", f[1])
		}
		p.Verb, p.Particle = verb, prt
	}
	for _, c := range f[2:] {
		if len(c) < 2 {
			return nil, fmt.Sprintf("bad constraint %q", c)
		}
		val := strings.ToLower(c[1:])
		switch c[0] {
		case '~':
			p.Objects = append(p.Objects, strings.Split(val, "|")...)
		case '+':
			if p.Prep != "" {
				return nil, "more than one +prep"
			}
			p.Prep = strings.ReplaceAll(val, "_", " ")
		case '>':
			p.Comps = append(p.Comps, strings.Split(val, "|")...)
		case '=':
			p.ID = c[1:]
		case '!':
			name, mode, _ := strings.Cut(c[1:], ":")
			t, ok := cameo.LookupPLOVER(name)
			if !ok || !t.HasMode(strings.ToLower(mode)) {
				return nil, fmt.Sprintf("unknown PLOVER type or mode %q", c[1:])
			}
			p.PLOVER, p.PLOVERMode = t.Name, strings.ToLower(mode)
		default:
			return nil, fmt.Sprintf("bad constraint %q: want ~object, +prep, >complement, !PLOVER[:mode] or =id", c)
		}
	}
	if p.ID == "" {
		p.ID = defaultID(p, code)
	}
	return p, ""
}

// defaultID names a pattern after its code's root and trigger, as in
// "reject.rule_out.talk".
func defaultID(p *Pattern, code cameo.Code) string {
	root, _ := cameo.Lookup(code.Root)
	name := strings.ToLower(strings.Fields(root.Name)[0])
	trig := p.Trigger()
	if p.Noun != "" {
		trig = "n." + p.Noun // nouns and verbs of one lemma stay apart
	}
	id := p.Code + "." + name + "." + trig
	if len(p.Objects) > 0 {
		id += "." + p.Objects[0]
	}
	if p.Prep != "" {
		id += "." + strings.ReplaceAll(p.Prep, " ", "_")
	}
	if len(p.Comps) > 0 {
		id += ".to_" + p.Comps[0]
	}
	return id
}
