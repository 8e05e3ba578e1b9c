package actor

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ImportPETRARCH reads an actor dictionary in PETRARCH/TABARI format and
// converts its records to Entries:
//
//	IBRAHIM_RAISI_  [IRNGOV]      # a primary phrase with an optional default code
//	+EBRAHIM_RAISI_               # synonyms
//		[IRNJUD 190307-210618]    # date restrictions, indented: from-to,
//		[IRNGOV >210803]          # >date (from date on), <date (up to date)
//
// Dates are YYMMDD (years below 40 are 20xx) or YYYYMMDD; limits are
// inclusive. "#" and ";" start comments, as do one-line <!-- --> comments.
// Names are converted from capitals to title case ("AL-QAEDA" → "Al-Qaeda")
// and the kind is guessed from the code (see dict/actors/README.md). name is
// used in errors. Every bad record is reported as a *ParseError, joined; the
// good entries are returned.
func ImportPETRARCH(r io.Reader, name string) ([]Entry, error) {
	var (
		entries []Entry
		errs    []error
		cur     *Entry
		bad     bool
		lineNo  int
		seen    = map[string]int{}
	)
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &ParseError{name, line, fmt.Sprintf(format, args...)})
	}
	finish := func() {
		if cur == nil {
			return
		}
		if !bad {
			if msg := mergePETRARCHCodes(cur); msg != "" {
				fail(cur.Line, "record %q: %s", cur.Name, msg)
				bad = true
			}
		}
		if !bad {
			cur.Kind = guessKind(cur)
			if first, ok := seen[cur.Name]; ok {
				fail(cur.Line, "record %q: duplicate (first at line %d)", cur.Name, first)
			} else {
				seen[cur.Name] = cur.Line
				entries = append(entries, *cur)
			}
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
		line := stripPETRARCHComment(raw)
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		switch {
		case strings.HasPrefix(trimmed, "+"):
			if cur == nil {
				fail(lineNo, "synonym %q before any record", trimmed)
				continue
			}
			phrase, codes, msg := splitPETRARCHLine(trimmed[1:])
			if msg != "" {
				fail(lineNo, "record %q: %s", cur.Name, msg)
				bad = true
				continue
			}
			n := Name{Text: titleCase(phrase)}
			if len(codes) == 1 && !codes[0].dated() {
				n.Code = codes[0].Code
			} else if len(codes) > 0 {
				fail(lineNo, "record %q: a synonym may carry one undated code only", cur.Name)
				bad = true
				continue
			}
			if n.Text != "" && n.Text != cur.Name {
				cur.Aliases = append(cur.Aliases, n)
			}
		case strings.HasPrefix(trimmed, "["):
			if cur == nil {
				fail(lineNo, "date restriction %q before any record", trimmed)
				continue
			}
			_, codes, msg := splitPETRARCHLine(trimmed)
			if msg != "" {
				fail(lineNo, "record %q: %s", cur.Name, msg)
				bad = true
				continue
			}
			cur.Codes = append(cur.Codes, codes...)
		default:
			finish()
			phrase, codes, msg := splitPETRARCHLine(trimmed)
			cur = &Entry{Name: titleCase(phrase), File: name, Line: lineNo, Codes: codes}
			if msg != "" {
				fail(lineNo, "record %q: %s", phrase, msg)
				bad = true
			} else if cur.Name == "" {
				fail(lineNo, "record with no name")
				bad = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("cannot read PETRARCH dictionary %s: %w", name, err))
	}
	finish()
	return entries, errors.Join(errs...)
}

// stripPETRARCHComment removes "#" and ";" comments and one-line
// <!-- --> comments.
func stripPETRARCHComment(s string) string {
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "-->")
		if j < 0 {
			s = s[:i]
			break
		}
		s = s[:i] + s[i+j+3:]
	}
	if i := strings.IndexAny(s, "#;"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, " \t\r")
}

// splitPETRARCHLine splits "NAME_ [CODE] [CODE >yymmdd]" into the phrase
// (underscores as spaces) and its codes.
func splitPETRARCHLine(s string) (string, []DatedCode, string) {
	phrase := s
	var codes []DatedCode
	if i := strings.IndexByte(s, '['); i >= 0 {
		phrase = s[:i]
		rest := s[i:]
		for rest != "" {
			rest = strings.TrimSpace(rest)
			if rest == "" {
				break
			}
			if rest[0] != '[' {
				return "", nil, fmt.Sprintf("unexpected %q after a code", rest)
			}
			j := strings.IndexAny(rest, "]}")
			if j < 0 {
				return "", nil, fmt.Sprintf("unclosed code %q", rest)
			}
			c, msg := parsePETRARCHCode(rest[1:j])
			if msg != "" {
				return "", nil, msg
			}
			codes = append(codes, c)
			rest = rest[j+1:]
		}
	}
	phrase = strings.TrimSpace(strings.ReplaceAll(phrase, "_", " "))
	phrase = strings.Join(strings.Fields(phrase), " ")
	return phrase, codes, ""
}

// parsePETRARCHCode parses "IRNGOV", "IRNGOV 190307-210618",
// "IRNGOV >210803" or "IRNGOV <190306".
func parsePETRARCHCode(s string) (DatedCode, string) {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return DatedCode{}, fmt.Sprintf("bad code %q", "["+s+"]")
	}
	c := DatedCode{Code: strings.ToUpper(f[0])}
	if !isCode(c.Code) {
		return c, fmt.Sprintf("bad code %q", f[0])
	}
	if len(f) == 1 {
		return c, ""
	}
	r := f[1]
	var err string
	switch {
	case strings.HasPrefix(r, ">"):
		c.From, err = petrarchDate(r[1:])
	case strings.HasPrefix(r, "<"):
		c.To, err = petrarchDate(r[1:])
	case strings.Contains(r, "-"):
		a, b, _ := strings.Cut(r, "-")
		if c.From, err = petrarchDate(a); err == "" {
			c.To, err = petrarchDate(b)
		}
		if err == "" && c.From > c.To {
			err = fmt.Sprintf("date range %q ends before it starts", r)
		}
	default:
		err = fmt.Sprintf("bad date restriction %q", r)
	}
	return c, err
}

// petrarchDate converts YYMMDD or YYYYMMDD to YYYY-MM-DD.
func petrarchDate(s string) (string, string) {
	var d string
	switch len(s) {
	case 6:
		century := "19"
		if s[:2] < "40" {
			century = "20"
		}
		d = century + s[:2] + "-" + s[2:4] + "-" + s[4:]
	case 8:
		d = s[:4] + "-" + s[4:6] + "-" + s[6:]
	default:
		return "", fmt.Sprintf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	if !validDate(d) {
		return "", fmt.Sprintf("bad date %q", s)
	}
	return d, ""
}

// mergePETRARCHCodes cleans an imported record's codes: repeated default
// codes and overlapping ranges of the same code are merged; overlapping
// ranges of different codes are an error.
func mergePETRARCHCodes(e *Entry) string {
	if len(e.Codes) == 0 {
		return "no code"
	}
	var defaults []string
	var dated []DatedCode
	for _, c := range e.Codes {
		if c.dated() {
			dated = append(dated, c)
		} else {
			defaults = append(defaults, c.Code)
		}
	}
	// The last default wins, as a restriction "[CODE]" restates the default.
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].From < dated[j].From })
	var merged []DatedCode
	for _, c := range dated {
		if n := len(merged); n > 0 && merged[n-1].Code == c.Code && overlap(merged[n-1], c) {
			m := &merged[n-1]
			if c.To == "" || (m.To != "" && c.To > m.To) {
				m.To = c.To
			}
			continue
		}
		for i := range merged {
			m := &merged[i]
			if !overlap(*m, c) {
				continue
			}
			// PETRARCH limits are inclusive, and dictionaries often end one
			// code on the day the next begins: the next wins that day.
			if m.To != "" && m.To == c.From && m.From < c.From {
				m.To = dayBefore(c.From)
				continue
			}
			return fmt.Sprintf("code %s %s..%s overlaps code %s %s..%s", c.Code, c.From, c.To, m.Code, m.From, m.To)
		}
		merged = append(merged, c)
	}
	if len(defaults) > 0 {
		merged = append(merged, DatedCode{Code: defaults[len(defaults)-1]})
	}
	e.Codes = merged
	return ""
}

// dayBefore returns the day before date (YYYY-MM-DD).
func dayBefore(date string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	return t.AddDate(0, 0, -1).Format("2006-01-02")
}

// guessKind guesses an imported record's kind from its code.
func guessKind(e *Entry) string {
	code := e.CodeAt("")
	switch {
	case strings.HasPrefix(code, "IGO"):
		return KindIGO
	case strings.HasPrefix(code, "NGO"), strings.HasPrefix(code, "NGM"):
		return KindNGO
	case strings.HasPrefix(code, "IMG"):
		return KindGroup
	case len(code) == 3 && len(e.Codes) == 1 && !roleCodes[code]:
		return KindCountry
	}
	return KindPerson
}

// titleCase turns "AL-QAEDA" into "Al-Qaeda" and "BANK OF ENGLAND" into
// "Bank of England"; names with lower-case letters are kept.
func titleCase(s string) string {
	for _, r := range s {
		if unicode.IsLower(r) {
			return s
		}
	}
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 {
			switch lw {
			case "of", "and", "the", "for", "in", "on", "de", "del", "la", "van", "von", "der", "bin", "ibn":
				words[i] = lw
				continue
			}
		}
		if len(w) <= 4 && (!hasVowel(w) || len(words) == 1 && len(w) <= 3) {
			continue // an acronym such as "PKK" or "UN"
		}
		var b strings.Builder
		up := true
		for _, r := range lw {
			if up && unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
				up = false
				continue
			}
			b.WriteRune(r)
			if r == '-' || r == '\'' || r == '.' || r == '(' {
				up = true
			}
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

func hasVowel(s string) bool {
	return strings.ContainsAny(strings.ToLower(s), "aeiouy")
}

// WriteEntries writes entries in the dyad dictionary format, one block per
// entry, separated by blank lines.
func WriteEntries(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriter(w)
	for i, e := range entries {
		if i > 0 {
			bw.WriteString("\n")
		}
		fmt.Fprintf(bw, "%s\n", e.Name)
		fmt.Fprintf(bw, "  kind: %s\n", e.Kind)
		if e.Country != "" {
			fmt.Fprintf(bw, "  country: %s\n", e.Country)
		}
		for _, c := range e.Codes {
			switch {
			case c.dated():
				fmt.Fprintf(bw, "  code: %s %s..%s\n", c.Code, c.From, c.To)
			default:
				fmt.Fprintf(bw, "  code: %s\n", c.Code)
			}
		}
		writeNames(bw, "alias", e.Aliases)
		writeNames(bw, "plural", e.Plurals)
		writeNames(bw, "adj", e.Adjectives)
		writeNames(bw, "capital", e.Capitals)
		writeNames(bw, "seat", e.Seats)
		if len(e.Roles) > 0 {
			fmt.Fprintf(bw, "  role: %s\n", strings.Join(e.Roles, "; "))
		}
		if e.Generic {
			bw.WriteString("  generic: yes\n")
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cannot write actor dictionary: %w", err)
	}
	return nil
}

// writeNames writes a list of names, wrapping lines at about 100 bytes.
func writeNames(w *bufio.Writer, key string, names []Name) {
	var line []string
	n := 0
	flush := func() {
		if len(line) > 0 {
			fmt.Fprintf(w, "  %s: %s\n", key, strings.Join(line, "; "))
		}
		line, n = nil, 0
	}
	for _, nm := range names {
		s := nm.Text
		if nm.Code != "" {
			s += " = " + nm.Code
		}
		if n > 0 && n+utf8.RuneCountInString(s) > 90 {
			flush()
		}
		line = append(line, s)
		n += utf8.RuneCountInString(s) + 2
	}
	flush()
}
